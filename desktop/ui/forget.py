"""Forget what was typed: empty every text field of a window, and its undo history, at lock.

A page's `clear_personal_data()` drops what it loaded from the vault; this goes further for
what the person typed. Qt keeps every edit of a text field in its undo stack, so a note that
was typed, saved and then cleared can still be brought back with Ctrl+Z by whoever sits down
next, and each step stays in memory as its own copy. Emptying a field with `setText` or
`clear` also drops its undo and redo history (Qt documents both).

Signals are blocked while fields are emptied: a field's `textChanged` may start a save or
mark a draft changed, and the empty text is not the person's answer.

What this cannot do: Python strings and Qt's freed buffers are not overwritten, so copies
of the text may stay in the process's memory until it is reused. Locking closes the
windows; quitting ends the process.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QLineEdit, QWidget


@runtime_checkable
class PersonalPage(Protocol):
    """A page or panel that shows the person's data and can forget it."""

    def clear_personal_data(self) -> None:
        """Drop every loaded or typed personal value, and ignore late worker results."""


def forget_typed_text(root: QWidget) -> int:
    """Empty every text field under `root` (itself included) with its undo history.

    Returns how many fields were emptied (for the log and tests).
    """
    # Imported here: the unlock screen imports this module, and PySide builds these classes
    # (and their enums) on first import, which would delay its first paint.
    from PySide6.QtWidgets import QAbstractSpinBox, QPlainTextEdit, QTextEdit  # noqa: PLC0415

    fields = 0
    for field in [root, *root.findChildren(QWidget)]:
        if isinstance(field.parentWidget(), QAbstractSpinBox):
            continue  # a spin box's or date field's own line edit: a number, not words
        if isinstance(field, QLineEdit):
            with QSignalBlocker(field):
                field.setText("")  # also drops the undo/redo history
            fields += 1
        elif isinstance(field, QPlainTextEdit | QTextEdit):
            with QSignalBlocker(field), QSignalBlocker(field.document()):
                field.clear()
                field.document().clearUndoRedoStacks()
            fields += 1
    return fields


def forget_personal_data(root: QWidget) -> None:
    """Ask `root` and every page under it to forget its data, then empty its text fields."""
    pages = [w for w in [root, *root.findChildren(QWidget)] if isinstance(w, PersonalPage)]
    for page in pages:
        # A page clears the personal parts it is made of; each is asked once, by its page.
        if not any(_inside(page, other) for other in pages):
            page.clear_personal_data()
    forget_typed_text(root)


def _inside(widget: QWidget, other: QWidget) -> bool:
    """Whether `other` is a proper ancestor of `widget`."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is other:
            return True
        parent = parent.parentWidget()
    return False
