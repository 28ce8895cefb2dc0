"""Whether the desktop asks for dark colours, read before the first paint without PySide's
`Qt` namespace.

`QStyleHints.colorScheme()` hands back a `Qt.ColorScheme`, and PySide builds the whole
`Qt` class to make one: 93 enum classes, some 30 ms of the unlock screen's start, for a
screen that needs none of them. On Linux the same Qt function is called through ctypes
on the library PySide already loaded (its C++ name is fixed by the Itanium ABI) and the
answer compared with Dark's value; elsewhere, or if that fails, PySide's own call.
"""

from __future__ import annotations

import ctypes
import logging
import sys

import shiboken6
from PySide6.QtGui import QGuiApplication, QStyleHints

log = logging.getLogger(__name__)

DARK = 2  # Qt::ColorScheme::Dark (qnamespace.h: Unknown 0, Light 1, Dark 2)
# QStyleHints::colorScheme() const: a plain function taking `this` under the Itanium ABI.
_GETTER = "_ZNK11QStyleHints11colorSchemeEv"
_LIBRARY = "libQt6Gui.so.6"  # by its soname: dlopen returns the copy already loaded


def system_prefers_dark() -> bool:
    """QStyleHints.colorScheme() is Dark (the desktop's choice, or one Qt was asked for)."""
    hints = QGuiApplication.styleHints()
    scheme = _read_directly(hints) if sys.platform.startswith("linux") else None
    if scheme is None:
        from PySide6.QtCore import Qt  # noqa: PLC0415 - the slow way, see above

        return hints.colorScheme() == Qt.ColorScheme.Dark
    return scheme == DARK


def _read_directly(hints: QStyleHints) -> int | None:
    """The scheme's value from Qt's own getter, or None when it cannot be reached."""
    try:
        getter = getattr(ctypes.CDLL(_LIBRARY), _GETTER)
    except (OSError, AttributeError) as error:
        log.info("colour scheme read through PySide: %s", type(error).__name__)
        return None
    getter.restype = ctypes.c_int
    getter.argtypes = [ctypes.c_void_p]
    address: int = shiboken6.getCppPointer(hints)[0]
    return int(getter(address))
