"""The Confide application: one folder per feature, Qt-free logic beside its Qt view."""
