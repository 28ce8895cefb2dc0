"""The directory's tests share the vault thread, as the app has one (the rollback guard's
tests; their `vault` is the root conftest's, made on the test's own thread)."""

from __future__ import annotations

from tests.worker_fixtures import worker  # noqa: F401 - fixtures for this folder
