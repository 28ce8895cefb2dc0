"""The unlock screen's tests share the vault thread, as the app has one."""

from __future__ import annotations

from tests.worker_fixtures import worker  # noqa: F401 - a fixture for this folder
