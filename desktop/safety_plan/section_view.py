"""One step of the safety plan: its entries as a list edited where they stand.

Each entry is shown as the text itself. Enter, F2 or a double click opens it in place;
Enter keeps the change, Escape leaves it as it was. "Add a warning sign" (one button per
step, named for the step) puts a new, empty entry at the end, already open for typing;
Escape or an empty Enter drops it again. Delete removes the current entry and offers
Undo (a button beside Remove, and Ctrl+Z in the list) until the next removal or lock.
Alt+Up and Alt+Down move an entry. These keys are also said in the list's accessible
description. Every text field carries the sensitive-input hints so that predictive
keyboards neither learn nor suggest what is typed here.

The editor only edits: it says `changed()` after each finished change, and the page
saves the whole plan and shows the outcome in this step's `status` line, beside the
buttons.

Signals (StepEditor):
    changed(str): the person finished a change (an entry kept, added, removed, moved,
        undone), with words for what happened ("" for a plain edit).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
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
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.safety_plan.items_view import StepItemsModel
from desktop.safety_plan.model import ITEM_MAX_CHARS, MAX_ITEMS, PHONE_MAX_CHARS, PlanItem, Step
from desktop.ui.widgets import announce

SENSITIVE: Final = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
_Index = QModelIndex | QPersistentModelIndex
_EndEditHint = QAbstractItemDelegate.EndEditHint


def _tr(text: str) -> str:
    return QCoreApplication.translate("StepEditor", text)


def step_title(step: Step) -> str:
    """The step's title in the language in force (the model marks it for translation)."""
    return QCoreApplication.translate("SafetyPlan", step.title)


def add_text(step: Step) -> str:
    """The words on the step's one add button ("Add a warning sign").

    Whole phrases, not "Add a" + noun: other languages change the article with the noun.
    """
    words = {
        Step.WARNING_SIGNS: _tr("Add a warning sign"),
        Step.COPING_ALONE: _tr("Add something I can do"),
        Step.DISTRACTIONS: _tr("Add a person or place"),
        Step.HELPERS: _tr("Add a person to ask"),
        Step.PROFESSIONALS: _tr("Add a professional or service"),
        Step.SAFER_SURROUNDINGS: _tr("Add a way to stay safer"),
    }
    return words[step]


def keys_help() -> str:
    """How the list is used from the keyboard (its accessible description)."""
    return _tr(
        "Arrow keys move through the list; Enter or F2 changes an entry, Enter again keeps "
        "the change and Escape leaves it as it was; Delete removes an entry and Ctrl+Z "
        "brings it back; Alt+Up and Alt+Down move it."
    )


class StatusLine(QLabel):
    """A status line that takes no room while it has nothing to say."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(name)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's API
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


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
            what = _tr("Phone") if phone else _tr("Entry")
            editor.setAccessibleName(
                _tr("{what} in {step}, being changed").format(
                    what=what, step=step_title(self._step)))
            editor.setAccessibleDescription(_tr("Enter keeps it; Escape leaves it as it was."))
        return editor


class _ItemsTable(QTableView):
    """A table whose preferred height follows its rows (one to ten) in the current font."""

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


class StepEditor(QGroupBox):
    """One step: its prompt, its entries edited in place, one add button, and its status.

    Signals:
        changed(str): the person finished a change; the page saves the plan and says the
            words given (what happened, "" for a plain edit) with the outcome.
    """

    changed = Signal(str)

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        title = step_title(step)
        super().__init__(_tr("Step &{number}: {title}").format(number=step.number, title=title),
                         parent)
        self.step = step
        self.setAccessibleName(_tr("Step {number}: {title}").format(number=step.number,
                                                                    title=title))
        self.model = StepItemsModel(step, self)
        self._new_row: QPersistentModelIndex | None = None  # added, not yet typed in
        self._removed: tuple[int, tuple[str, str]] | None = None  # for Undo
        layout = QVBoxLayout(self)
        self.body = layout  # the page adds the crisis lines under step 5
        prompt = QLabel(QCoreApplication.translate("SafetyPlan", step.prompt), self)
        prompt.setWordWrap(True)
        prompt.setProperty("role", "muted")
        layout.addWidget(prompt)
        self.empty_note = QLabel(_tr("Nothing here yet."), self)
        self.empty_note.setProperty("role", "muted")
        layout.addWidget(self.empty_note)
        self._build_table(layout)
        self._build_buttons(layout)
        self.status = StatusLine(_tr("Status of {title}").format(title=title), self)
        layout.addWidget(self.status)

        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.modelReset,
        ):
            signal.connect(self._rows_changed)
        self.model.dataChanged.connect(self._on_data_changed)
        self._rows_changed()

    def _build_table(self, layout: QVBoxLayout) -> None:
        self.table = _ItemsTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("{title}, list").format(title=step_title(self.step)))
        self.table.setAccessibleDescription(keys_help())
        delegate = _SensitiveDelegate(self.step, self)
        self.table.setItemDelegate(delegate)
        # After the view has closed the editor: a new entry left empty is dropped.
        delegate.closeEditor.connect(self._editor_closed)
        self.table.setInputMethodHints(SENSITIVE)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self.step.has_phone:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        else:
            header.hide()  # one column of the entries themselves: a heading says nothing
        self.table.installEventFilter(self)
        layout.addWidget(self.table)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        title = step_title(self.step)
        self.add_button = QPushButton(add_text(self.step), self)
        self.add_button.setAccessibleName(add_text(self.step))
        self.add_button.setAccessibleDescription(
            _tr("Adds a new entry to {title}, ready to type in; Enter keeps it.").format(
                title=title))
        # Enter presses it too (a QPushButton takes Enter only when auto-default).
        self.add_button.setAutoDefault(True)
        self.add_button.clicked.connect(self.add_new)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)

        row = QHBoxLayout()
        self.remove_button = self._item_button(
            row, _tr("Remove"), _tr("Remove the current entry from {title}"))
        self.up_button = self._item_button(
            row, _tr("Move up"), _tr("Move the current entry up in {title}"))
        self.down_button = self._item_button(
            row, _tr("Move down"), _tr("Move the current entry down in {title}"))
        self.undo_button = self._item_button(
            row, _tr("Undo remove"), _tr("Bring back the entry just removed from {title}"))
        self.undo_button.hide()
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.undo_button.clicked.connect(self.undo_remove)
        row.addStretch(1)
        layout.addLayout(row)
        self._item_row = row

    def _item_button(self, row: QHBoxLayout, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name.format(title=step_title(self.step)))
        button.setAutoDefault(False)
        row.addWidget(button)
        return button

    # -- the person's actions -----------------------------------------------------------

    def add_new(self) -> None:
        """Add an empty entry at the end and open it for typing."""
        self._finish_editing()
        if self._new_row is not None and self._new_row.isValid():
            self.edit_row(self._new_row.row())  # one new entry at a time
            return
        if self.model.rowCount() >= MAX_ITEMS:
            self.say(_tr("This step holds at most {count} entries.").format(count=MAX_ITEMS))
            return
        row = self.model.insert(self.model.rowCount())
        self._new_row = QPersistentModelIndex(self.model.index(row, 0))
        self.edit_row(row)

    def edit_row(self, row: int, column: int = 0) -> None:
        """Open entry `row` (its `column`) for typing, where it stands."""
        index = self.model.index(row, column)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.edit(index)

    def remove_current(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        text, phone = self.model.row(row)
        self._drop_new_row_marker(row)
        self.model.remove(row)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if not text and not phone:
            return  # an entry never typed in: nothing to save or bring back
        self._removed = (row, (text, phone))
        self.undo_button.show()
        self.changed.emit(_tr("Removed \u201c{entry}\u201d. Undo remove (or Ctrl+Z in the "
                              "list) brings it back.").format(entry=text))

    def undo_remove(self) -> None:
        """Put the entry removed last back where it was."""
        if self._removed is None:
            return
        row, (text, phone) = self._removed
        self._removed = None
        self.undo_button.hide()
        row = self.model.insert(row, text, phone)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit(_tr("Brought back \u201c{entry}\u201d.").format(entry=text))

    def move_current(self, delta: int) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            return
        row = self.model.move(current.row(), delta)
        self.table.setCurrentIndex(self.model.index(row, current.column()))
        if row != current.row():
            self.changed.emit(_tr("Moved to place {place} of {count}.").format(
                place=row + 1, count=self.model.rowCount()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            current = self.table.currentIndex()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods and current.isValid():
                self.table.edit(current)  # Enter opens an entry, as F2 does
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
                self.remove_current()
                return True
            if key == Qt.Key.Key_Z and mods == Qt.KeyboardModifier.ControlModifier:
                self.undo_remove()
                return True
            if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return False

    # -- the end of an edit ---------------------------------------------------------------

    def _on_data_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex) -> None:
        new = self._new_row is not None and self._new_row.row() == top_left.row()
        if new and self.model.row(top_left.row())[0]:
            self._new_row = None  # typed in: from now on an entry like the others
            if self.step.has_phone and top_left.column() == 0:
                # A person or service usually comes with a number: its cell opens next
                # (Escape or Enter leaves it empty). Later, once the view has closed the
                # name's editor.
                row = QPersistentModelIndex(top_left)
                QTimer.singleShot(0, self, lambda: self._edit_phone(row))
        if self._new_row is None or not new:
            self.changed.emit("")

    def _edit_phone(self, index: QPersistentModelIndex) -> None:
        if index.isValid() and self.table.state() != QAbstractItemView.State.EditingState:
            self.edit_row(index.row(), 1)

    def _editor_closed(self, _editor: QWidget, _hint: _EndEditHint) -> None:
        if self._new_row is None:
            return
        if not self._new_row.isValid():
            self._new_row = None
            return
        row = self._new_row.row()
        text, phone = self.model.row(row)
        if not text:  # Escape, or Enter on nothing: the new entry is dropped, not saved
            self._new_row = None
            self.model.remove(row)
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            if phone:  # a number typed with no name: keep nothing half-made
                self.say(_tr("Nothing was added: an entry needs a name or words."))

    def _drop_new_row_marker(self, row: int) -> None:
        if self._new_row is not None and self._new_row.row() == row:
            self._new_row = None

    def _finish_editing(self) -> None:
        """Keep what is typed in an open entry (as Enter would)."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, _EndEditHint.NoHint)

    # -- state ----------------------------------------------------------------------------

    def _rows_changed(self) -> None:
        empty = self.model.rowCount() == 0
        # An empty list is no stop for Tab: Alt+<step number> then lands on the add button.
        self.table.setVisible(not empty)
        self.empty_note.setVisible(empty)
        self.table.updateGeometry()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setVisible(count > 0)

    def say(self, words: str) -> None:
        """Show `words` in this step's status line and have screen readers read them."""
        announce(self.status, words)

    def set_items(self, items: tuple[PlanItem, ...]) -> None:
        """Show `items` (not counted as the person's change)."""
        self._new_row = None
        self._removed = None
        self.undo_button.hide()
        self.blockSignals(True)
        try:
            self.model.set_items(items)
        finally:
            self.blockSignals(False)
        self._rows_changed()

    def rows(self) -> list[tuple[str, str]]:
        """The kept entries as (text, phone); a new entry not typed in yet is not one."""
        new = self._new_row.row() if self._new_row is not None and self._new_row.isValid() else -1
        return [row for i, row in enumerate(self.model.rows()) if i != new]

    def finish_editing(self) -> None:
        """Keep what is typed in an open entry, as Enter would (before a save or lock)."""
        self._finish_editing()

    def focus_item(self, index: int | None) -> None:
        """Put the keyboard focus on entry `index` (None: on the add button)."""
        if index is None or not 0 <= index < self.model.rowCount():
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.table.setCurrentIndex(self.model.index(index, 0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_personal_data(self) -> None:
        """Forget every entry, the one kept for Undo, and the status."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            editor = self.table.indexWidget(self.table.currentIndex())
            if editor is not None:
                self.table.closeEditor(editor, _EndEditHint.RevertModelCache)
        self.set_items(())
        self.status.clear()
