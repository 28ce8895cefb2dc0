"""Confide's top-level windows: bringing one up, and closing those that held personal data.

At lock, every window opened from the unlocked side goes, and what it showed goes first:
each page forgets what it loaded and each field what was typed (and its undo history)
now, not when Qt gets round to deleting the window.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.forget import forget_personal_data, forget_typed_text


def bring_up(window: QWidget) -> None:
    """Show `window` in front, with the keyboard."""
    window.show()
    window.raise_()
    window.activateWindow()


def discard(window: QWidget | None) -> None:
    """Empty `window`'s fields (a passphrase or note, and its undo history) and delete it."""
    if window is None:
        return
    forget_typed_text(window)
    window.hide()
    window.close()
    window.deleteLater()


def close_personal_windows(main_window: QWidget | None, keep: Iterable[QWidget | None]) -> None:
    """Close the main window and every other visible window but `keep`, forgetting first.

    Any visible window but those kept (the screen shown while locked, the help windows)
    was opened from the unlocked side.
    """
    # Here, not at the top: importing QDialog makes PySide build the class, which the
    # unlock screen would wait for.
    from PySide6.QtWidgets import QDialog  # noqa: PLC0415

    if main_window is not None:
        forget_personal_data(main_window)
    discard(main_window)
    kept = {id(window) for window in keep if window is not None}
    for widget in QApplication.topLevelWidgets():
        if id(widget) in kept or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()  # ends a nested exec() loop before deletion
        forget_personal_data(widget)
        widget.close()
        widget.deleteLater()
