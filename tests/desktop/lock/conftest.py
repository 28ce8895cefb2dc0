"""The unlock screen's tests share the vault thread, as the app has one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.worker import Worker


@pytest.fixture
def worker(qapp: QApplication) -> Iterator[Worker]:
    made = Worker()
    yield made
    made.stop()
