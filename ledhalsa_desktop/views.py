"""The views the program has; `--view` accepts these names."""

# in the navigation column, in this order
NAV_VIEWS: tuple[str, ...] = (
    "home",
    "program",
    "session",
    "diary",
    "progress",
    "exercises",
    "lessons",
    "settings",
)
# every view --view can open: the assessment is reached from Home and the program page, not the navigation
VIEWS: tuple[str, ...] = (*NAV_VIEWS, "assessment")
PLANNED_VIEWS: tuple[str, ...] = ()  # names --view will know in a later version
