"""One step of the safety plan as an editable list: add, edit, remove and reorder by keyboard.

Keys, also said in each list's accessible description: type in the "new item" field and
press Enter to add; in the list, arrow keys move, F2 edits, Delete removes, Alt+Up and
Alt+Down move the item. Every text field carries the sensitive-input hints so that
predictive keyboards neither learn nor suggest what is typed here.

Signals (StepEditor):
    changed(): the person added, edited, removed or moved an item.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
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

from desktop.safety_plan.model import ITEM_MAX_CHARS, MAX_ITEMS, PHONE_MAX_CHARS, PlanItem, Step

SENSITIVE: Final = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
KEYS_HELP: Final = (
    "Arrow keys move through the list; F2 edits an item; Delete removes it; "
    "Alt+Up and Alt+Down move it."
)
_Index = QModelIndex | QPersistentModelIndex


def sensitive_line_edit(parent: QWidget, name: str, limit: int) -> QLineEdit:
    """A one-line field for private text: accessible name, length limit, no prediction."""
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    edit.setMaxLength(limit)
    edit.setInputMethodHints(SENSITIVE)
    return edit


class StepItemsModel(QAbstractTableModel):
    """A step's rows, (text, phone) each; one column, or two for steps with phone numbers."""

    def __init__(self, step: Step, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self._rows: list[list[str]] = []
        first = "Name" if step.has_phone else step.item_noun[:1].upper() + step.item_noun[1:]
        self._headers = [first, "Phone"] if step.has_phone else [first]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt's API
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._headers[index.column()]}: {value or 'none'}"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt's API
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not isinstance(value, str):
            return False
        self._rows[index.row()][index.column()] = value
        self.dataChanged.emit(index, index)
        return True

    # -- changing the rows --------------------------------------------------------------

    def set_items(self, items: tuple[PlanItem, ...]) -> None:
        self.beginResetModel()
        self._rows = [[item.text, item.phone][: len(self._headers)] for item in items]
        self.endResetModel()

    def rows(self) -> list[tuple[str, str]]:
        """Every row as (text, phone), in order, as typed."""
        return [(row[0], row[1] if len(row) > 1 else "") for row in self._rows]

    def append(self, text: str, phone: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([text, phone][: len(self._headers)])
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Move `row` by `delta` (-1 up, +1 down); returns where it went (same if at an end)."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        # beginMoveRows takes the row *before which* the moved row lands.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target


class _SensitiveDelegate(QStyledItemDelegate):
    """In-place editors get the same privacy hints and limits as the entry fields."""

    def __init__(self, phone_column: int | None, parent: QObject) -> None:
        super().__init__(parent)
        self._phone_column = phone_column

    def createEditor(  # noqa: N802 - Qt's API
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setInputMethodHints(SENSITIVE)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(
                PHONE_MAX_CHARS if index.column() == self._phone_column else ITEM_MAX_CHARS
            )
        return editor


class _ItemsTable(QTableView):
    """A table whose preferred height follows its rows (three to ten) in the current font."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        hint = super().sizeHint()
        model = self.model()
        rows = min(max(model.rowCount() if model else 0, 3), 10)
        line = self.fontMetrics().lineSpacing() + self.fontMetrics().height() // 2
        height = self.horizontalHeader().sizeHint().height() + rows * line + 2 * self.frameWidth()
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        return self.sizeHint()


class StepEditor(QGroupBox):
    """One step: its prompt, its items in a table, a field to add one, and the item buttons.

    Signals:
        changed(): the items changed by the person's hand.
        said(str): something to tell the person (the page shows and announces it).
    """

    changed = Signal()
    said = Signal(str)

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(f"Step &{step.number}: {step.title}", parent)
        self.step = step
        self.setAccessibleName(f"Step {step.number}: {step.title}")
        self.model = StepItemsModel(step, self)
        layout = QVBoxLayout(self)
        self.body = layout  # the page adds the crisis lines under step 5
        prompt = QLabel(step.prompt, self)
        prompt.setWordWrap(True)
        prompt.setProperty("role", "muted")
        layout.addWidget(prompt)

        # The entry comes first: Alt+<step number> lands in it, ready to type.
        self._build_entry(layout)
        self.table = _ItemsTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(f"{step.title}, list")
        self.table.setAccessibleDescription(KEYS_HELP)
        self.table.setItemDelegate(_SensitiveDelegate(1 if step.has_phone else None, self))
        self.table.setInputMethodHints(SENSITIVE)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if step.has_phone:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        layout.addWidget(self.table)

        self._build_item_buttons(layout)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.modelReset,
        ):
            signal.connect(self._rows_changed)
        self.model.dataChanged.connect(self.changed)
        self._update_buttons()

    def _build_entry(self, layout: QVBoxLayout) -> None:
        noun = self.step.item_noun
        row = QHBoxLayout()
        label = QLabel(f"New {noun}:" if not self.step.has_phone else "New name:", self)
        self.entry = sensitive_line_edit(self, f"New {noun} for {self.step.title}", ITEM_MAX_CHARS)
        label.setBuddy(self.entry)
        row.addWidget(label)
        row.addWidget(self.entry, stretch=3)
        self.phone_entry: QLineEdit | None = None
        if self.step.has_phone:
            phone_label = QLabel("Phone:", self)
            self.phone_entry = sensitive_line_edit(
                self, f"Phone of the new {noun} for {self.step.title}", PHONE_MAX_CHARS
            )
            phone_label.setBuddy(self.phone_entry)
            row.addWidget(phone_label)
            row.addWidget(self.phone_entry, stretch=1)
            self.phone_entry.returnPressed.connect(self.add_from_entry)
        self.entry.returnPressed.connect(self.add_from_entry)
        self.add_button = QPushButton("Add", self)
        self.add_button.setAccessibleName(f"Add {noun} to {self.step.title}")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_from_entry)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def _build_item_buttons(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.remove_button = self._item_button(row, "Remove", "Remove the selected item from")
        self.up_button = self._item_button(row, "Move up", "Move the selected item up in")
        self.down_button = self._item_button(row, "Move down", "Move the selected item down in")
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        row.addStretch(1)
        layout.addLayout(row)

    def _item_button(self, row: QHBoxLayout, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(f"{name} {self.step.title}")
        button.setAutoDefault(False)
        row.addWidget(button)
        return button

    # -- the person's actions -----------------------------------------------------------

    def add_from_entry(self) -> None:
        text = self.entry.text().strip()
        phone = self.phone_entry.text().strip() if self.phone_entry else ""
        if not text:
            self.said.emit(f"Type the {self.step.item_noun} first, then press Enter to add it.")
            self.entry.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.model.rowCount() >= MAX_ITEMS:
            self.said.emit(f"This step holds at most {MAX_ITEMS} items.")
            return
        row = self.model.append(text, phone)
        self.entry.clear()
        if self.phone_entry:
            self.phone_entry.clear()
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)  # ready for the next one
        self.said.emit(f"Added to {self.step.title}.")

    def remove_current(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        self.model.remove(row)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        self.said.emit(f"Removed from {self.step.title}.")

    def move_current(self, delta: int) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            return
        row = self.model.move(current.row(), delta)
        self.table.setCurrentIndex(self.model.index(row, current.column()))
        self.said.emit(f"Item moved to position {row + 1} of {self.model.rowCount()}.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
                self.remove_current()
                return True
            if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return False

    # -- state ----------------------------------------------------------------------------

    def _rows_changed(self) -> None:
        self.table.updateGeometry()
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def set_items(self, items: tuple[PlanItem, ...]) -> None:
        """Show `items` (not counted as the person's change)."""
        self.blockSignals(True)
        try:
            self.model.set_items(items)
        finally:
            self.blockSignals(False)
        self.table.updateGeometry()
        self._update_buttons()

    def rows(self) -> list[tuple[str, str]]:
        return self.model.rows()

    def focus_item(self, index: int | None) -> None:
        """Put the keyboard focus on item `index` (None: on the entry field)."""
        if index is None or not 0 <= index < self.model.rowCount():
            self.entry.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.table.setCurrentIndex(self.model.index(index, 0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_personal_data(self) -> None:
        self.set_items(())
        for edit in (self.entry, self.phone_entry):
            if edit is not None:
                edit.setText("")  # setText, unlike clear(), also empties the undo history
