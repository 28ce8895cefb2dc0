"""The peer log's tests share the vault thread, as the app has one, and a vault made on it."""

from __future__ import annotations

from tests.worker_fixtures import vault, worker  # noqa: F401 - fixtures for this folder
