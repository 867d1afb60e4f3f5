"""The domain of Ledhälsa: plain Python, no Qt and no SQL."""
