"""The report page's tests share the vault thread and a vault made on it, as the app has
them (the release rules' and the noise draws' modules make their own vault, worker-free)."""

from __future__ import annotations

from tests.worker_fixtures import vault, worker  # noqa: F401 - fixtures for this folder
