"""The views the program has; `--view` accepts these names."""

VIEWS: tuple[str, ...] = ("home", "exercises", "session", "settings")
PLANNED_VIEWS: tuple[str, ...] = ("assessment", "diary", "progress", "lessons")
