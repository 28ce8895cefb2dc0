"""A step's entries as a list edited where they stand.

Each entry is shown as the text itself. Enter, F2 or a double click opens it in place;
Enter keeps the change, Escape leaves it as it was. A new entry is put at the end, open
for typing; Escape or an empty Enter drops it again, and in the steps with phone numbers
the number's cell opens once a name is kept. Every text field carries the
sensitive-input hints so that predictive keyboards neither learn nor suggest what is
typed here.

The list only edits entries. Delete, Ctrl+Z and Alt+Up/Down are passed on as signals to
the step, which owns removing, bringing back and moving (and their buttons).

Signals (StepList):
    edited(): an entry was kept with a change (a new one once it has words).
    dropped(bool): a new entry was left empty and taken away; True if a number had been
        typed in it without a name.
    remove_pressed(), undo_pressed(): Delete (or Backspace), Ctrl+Z.
    move_pressed(int): Alt+Up (-1) or Alt+Down (+1).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.safety_plan.items_view import StepItemsModel
from desktop.safety_plan.model import ITEM_MAX_CHARS, MAX_ITEMS, PHONE_MAX_CHARS, PlanItem, Step

SENSITIVE: Final = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
_Index = QModelIndex | QPersistentModelIndex
_EndEditHint = QAbstractItemDelegate.EndEditHint



def step_title(step: Step) -> str:
    """The step's title in the language in force (the model marks it for translation)."""
    return QCoreApplication.translate("SafetyPlan", step.title)


def keys_help() -> str:
    """How the list is used from the keyboard (its accessible description)."""
    return QCoreApplication.translate(
        "StepList",
        "Arrow keys move through the list; Enter or F2 changes an entry, Enter again keeps "
        "the change and Escape leaves it as it was; Delete removes an entry and Ctrl+Z "
        "brings it back; Alt+Up and Alt+Down move it."
    )


class _SensitiveDelegate(QStyledItemDelegate):
    """In-place editors get the privacy hints, a length limit and a name of their own."""

    def __init__(self, step: Step, parent: QObject) -> None:
        super().__init__(parent)
        self._step = step

    def createEditor(  # noqa: N802 - Qt's API
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setInputMethodHints(SENSITIVE)
        if isinstance(editor, QLineEdit):
            phone = index.column() == 1
            editor.setMaxLength(PHONE_MAX_CHARS if phone else ITEM_MAX_CHARS)
            what = (QCoreApplication.translate("StepList", "Phone") if phone
                    else QCoreApplication.translate("StepList", "Entry"))
            editor.setAccessibleName(
                QCoreApplication.translate("StepList", "{what} in {step}, being changed").format(
                    what=what, step=step_title(self._step)))
            editor.setAccessibleDescription(QCoreApplication.translate(
                "StepList", "Enter keeps it; Escape leaves it as it was."))
        return editor


class StepList(QTableView):
    """One step's entries, each edited where it stands; its height follows its rows.

    Signals:
        edited(): an entry was kept with a change.
        dropped(bool): a new, empty entry was taken away (True: a number had no name).
        remove_pressed(), undo_pressed(), move_pressed(int): the list's keys.
    """

    edited = Signal()
    dropped = Signal(bool)
    remove_pressed = Signal()
    undo_pressed = Signal()
    move_pressed = Signal(int)

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.items = StepItemsModel(step, self)
        self._new_row: QPersistentModelIndex | None = None  # added, not yet typed in
        self.setModel(self.items)
        self.setAccessibleName(self.tr("{title}, list").format(title=step_title(step)))
        self.setAccessibleDescription(keys_help())
        delegate = _SensitiveDelegate(step, self)
        self.setItemDelegate(delegate)
        # After the view has closed the editor: a new entry left empty is dropped.
        delegate.closeEditor.connect(self._editor_closed)
        self.setInputMethodHints(SENSITIVE)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if step.has_phone:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        else:
            header.hide()  # one column of the entries themselves: a heading says nothing
        self.items.dataChanged.connect(self._on_data_changed)

    # -- size: one to ten rows in the current font ------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        hint = super().sizeHint()
        model = self.model()
        count = model.rowCount() if model else 0
        rows_height = sum(self.rowHeight(r) for r in range(min(count, 10)))
        line = self.fontMetrics().lineSpacing() + self.fontMetrics().height() // 2
        rows_height = max(rows_height, min(max(count, 1), 10) * line)
        header = self.horizontalHeader()
        header_height = header.sizeHint().height() if not header.isHidden() else 0
        height = header_height + rows_height + 2 * self.frameWidth()
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return self.sizeHint()

    # -- editing ----------------------------------------------------------------------------

    def open_new_entry(self) -> bool:
        """Add an empty entry at the end and open it (False: the step is full)."""
        if self._new_row is not None and self._new_row.isValid():
            self.edit_row(self._new_row.row())  # one new entry at a time
            return True
        if self.items.rowCount() >= MAX_ITEMS:
            return False
        row = self.items.insert(self.items.rowCount())
        self._new_row = QPersistentModelIndex(self.items.index(row, 0))
        self.edit_row(row)
        return True

    def edit_row(self, row: int, column: int = 0) -> None:
        """Open entry `row` (its `column`) for typing, where it stands."""
        index = self.items.index(row, column)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        self.edit(index)

    def take(self, row: int) -> tuple[str, str]:
        """Remove entry `row`; returns it as (text, phone)."""
        entry = self.items.row(row)
        if self._new_row is not None and self._new_row.row() == row:
            self._new_row = None
        self.items.remove(row)
        return entry

    def finish_editing(self) -> None:
        """Keep what is typed in an open entry (as Enter would)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, _EndEditHint.NoHint)

    def cancel_editing(self) -> None:
        """Close an open entry without keeping what is typed in it."""
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                self.closeEditor(editor, _EndEditHint.RevertModelCache)

    def set_items(self, items: tuple[PlanItem, ...]) -> None:
        """Show `items`, none of them new."""
        self._new_row = None
        self.items.set_items(items)

    def rows(self) -> list[tuple[str, str]]:
        """The kept entries as (text, phone); a new entry not typed in yet is not one."""
        new = self._new_row.row() if self._new_row is not None and self._new_row.isValid() else -1
        return [row for i, row in enumerate(self.items.rows()) if i != new]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API
        if self.state() == QAbstractItemView.State.EditingState or not self._key(event):
            super().keyPressEvent(event)

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        current = self.currentIndex()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods and current.isValid():
            self.edit(current)  # Enter opens an entry, as F2 does
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
            self.remove_pressed.emit()
        elif key == Qt.Key.Key_Z and mods == Qt.KeyboardModifier.ControlModifier:
            self.undo_pressed.emit()
        elif mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_pressed.emit(-1 if key == Qt.Key.Key_Up else 1)
        else:
            return False
        return True

    # -- the end of an edit -----------------------------------------------------------------

    def _on_data_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex) -> None:
        new = self._new_row is not None and self._new_row.row() == top_left.row()
        if new and self.items.row(top_left.row())[0]:
            self._new_row = None  # typed in: from now on an entry like the others
            if self.step.has_phone and top_left.column() == 0:
                # A person or service usually comes with a number: its cell opens next
                # (Escape or Enter leaves it empty). Later, once the view has closed the
                # name's editor.
                row = QPersistentModelIndex(top_left)
                QTimer.singleShot(0, self, lambda: self._edit_phone(row))
        if self._new_row is None or not new:
            self.edited.emit()

    def _edit_phone(self, index: QPersistentModelIndex) -> None:
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            self.edit_row(index.row(), 1)

    def _editor_closed(self, _editor: QWidget, _hint: _EndEditHint) -> None:
        if self._new_row is None:
            return
        if not self._new_row.isValid():
            self._new_row = None
            return
        row = self._new_row.row()
        text, phone = self.items.row(row)
        if not text:  # Escape, or Enter on nothing: the new entry is dropped, not saved
            self._new_row = None
            self.items.remove(row)
            self.dropped.emit(bool(phone))  # a number typed with no name: nothing half-made
