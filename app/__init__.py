"""conflict-kg's service and command line."""

__version__ = "0.1.0"
