"""Ledhälsa Desktop: a home exercise program for knee, hip and hand osteoarthritis."""

__version__ = "0.3.0"
