"""The merge page's tests share the vault thread, as the app has one."""

from __future__ import annotations

from tests.worker_fixtures import worker  # noqa: F401 - fixtures for this folder
