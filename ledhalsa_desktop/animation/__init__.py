"""The animation format, rigs, interpolation and kinematics. Plain Python, no Qt."""
