"""The ground floor every view stands on: the worker, the theme and shared widgets.

Imports no feature and not the shell (an import-linter layers contract checks it).
"""
