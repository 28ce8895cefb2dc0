"""Fixtures for the safety plan's Qt tests."""

from __future__ import annotations

from tests.worker_fixtures import vault, worker  # noqa: F401 - fixtures for this folder
