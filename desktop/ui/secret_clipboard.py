"""Copy a secret (the recovery code) to the clipboard for a short while, and say so to the OS.

A recovery code left on the clipboard opens the vault for whoever pastes next, and clipboard
managers keep a history of everything copied. So a copied secret:

* carries the hints clipboard managers honour: KDE's ``x-kde-passwordManagerHint: secret``,
  Windows' ``ExcludeClipboardContentFromMonitorProcessing`` and a zero
  ``CanIncludeInClipboardHistory`` / ``CanUploadToCloudClipboard``, and macOS's concealed
  pasteboard type (the formats password managers use on each system);
* is cleared after `HOLD_SECONDS`, and at lock and quick exit (`clear_secret`), but only if
  the clipboard still holds it: something the person copied since is theirs to keep.

A private marker format says "this is Confide's secret", so no object has to outlive the
window it was copied from: the timer is owned by the application and checks the marker.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QMimeData, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

HOLD_SECONDS: Final = 45
MARKER: Final = "application/x-confide-secret"
_WINDOWS: Final = 'application/x-qt-windows-mime;value="{}"'
_HINTS: Final = {
    "x-kde-passwordManagerHint": b"secret",
    _WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"): b"\x01\x00\x00\x00",
    _WINDOWS.format("CanIncludeInClipboardHistory"): b"\x00\x00\x00\x00",
    _WINDOWS.format("CanUploadToCloudClipboard"): b"\x00\x00\x00\x00",
    "application/x-nspasteboard-concealed-type": b"secret",
}


def copy_secret(text: str, *, hold_ms: int = HOLD_SECONDS * 1000) -> None:
    """Put `text` on the clipboard, marked secret, and clear it after `hold_ms`."""
    data = QMimeData()
    data.setText(text)
    for mime, value in _HINTS.items():
        data.setData(mime, value)
    data.setData(MARKER, b"1")
    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(data, QClipboard.Mode.Clipboard)
    app = QCoreApplication.instance()
    if app is not None:  # owned by the application: the dialog that copied may be gone
        QTimer.singleShot(hold_ms, app, clear_secret)


def clear_secret() -> bool:
    """Clear the clipboard if it still holds a secret Confide put there; True if it did."""
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData(QClipboard.Mode.Clipboard)
    if data is None or not data.hasFormat(MARKER):
        return False
    clipboard.clear(QClipboard.Mode.Clipboard)
    return True
