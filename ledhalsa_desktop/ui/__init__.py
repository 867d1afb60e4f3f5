"""Everything that uses Qt: the window, one module per view, widgets, theme and translations."""
