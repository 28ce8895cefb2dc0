"""The Confide application: one folder per feature, Qt-free logic beside its Qt view."""

# The one place the version is written (pyproject reads it); no importlib.metadata at start.
__version__ = "0.1.0"
