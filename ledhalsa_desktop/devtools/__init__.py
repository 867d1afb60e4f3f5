"""Tools for ourselves: screenshots, translation upkeep, demo data."""
