"""The views the program has; `--view` accepts these names."""

VIEWS: tuple[str, ...] = ("home", "settings")
PLANNED_VIEWS: tuple[str, ...] = ("assessment", "session", "diary", "progress", "lessons")
