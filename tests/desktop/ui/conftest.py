"""A real worker thread for the ground floor's tests, stopped after each."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.worker import Worker


@pytest.fixture
def worker(qtbot: QtBot) -> Iterator[Worker]:
    del qtbot  # a QApplication must exist before the worker's signals are used
    running = Worker()
    yield running
    running.stop()
