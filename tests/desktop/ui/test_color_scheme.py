"""The desktop's colour scheme read straight from Qt's getter (desktop.ui.color_scheme)
is the one PySide's QStyleHints.colorScheme() gives. The offscreen platform always says
Unknown, so this checks the read reaches Qt's function, not every scheme."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.ui import color_scheme


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="read directly on Linux only")
def test_the_direct_read_is_qts_own_value(qapp: QApplication) -> None:
    hints = QGuiApplication.styleHints()
    assert color_scheme._read_directly(hints) == hints.colorScheme().value


def test_dark_is_what_qt_calls_dark(qapp: QApplication) -> None:
    assert Qt.ColorScheme.Dark.value == color_scheme.DARK
    expected = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    assert color_scheme.system_prefers_dark() is expected


def test_without_the_library_it_asks_pyside(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(color_scheme, "_LIBRARY", "libnot-a-qt-library.so.6")
    hints = QGuiApplication.styleHints()
    assert color_scheme._read_directly(hints) is None
    assert color_scheme.system_prefers_dark() is (hints.colorScheme() == Qt.ColorScheme.Dark)
