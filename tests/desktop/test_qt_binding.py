"""The Qt binding must not leak references: PySide6 6.12.0 under Python 3.11 drops one
reference to None on every call that returns nothing, and the process aborts with
"none_dealloc" after a few minutes of use. This guards whichever version is installed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_keep_none_alive() -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    assert abs(sys.getrefcount(None) - before) < 50  # some slack for unrelated allocations
