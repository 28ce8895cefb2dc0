"""One step of the safety plan: its prompt, its entries, its buttons and its status.

The entries are a `StepList` (step_list_view), edited where they stand. This is the
step around them: "Add a warning sign" (one button per step, named for the step) puts a
new, empty entry at the end, already open for typing; Remove (or Delete in the list)
takes the current entry away and offers Undo (a button beside Remove, and Ctrl+Z in the
list) until the next removal or lock; Move up and Move down (Alt+Up, Alt+Down) move it.
These keys are also said in the list's accessible description.

The step only edits: it says `changed()` after each finished change, and the page
saves the whole plan and shows the outcome in this step's `status` line, beside the
buttons.

Signals (StepEditor):
    changed(str): the person finished a change (an entry kept, added, removed, moved,
        undone), with words for what happened ("" for a plain edit).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.safety_plan.crisis_lines import CrisisLine
from desktop.safety_plan.model import MAX_ITEMS, PlanItem, Step
from desktop.safety_plan.step_list_view import StepList, step_title
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.theme import scaled_font
from desktop.ui.widgets import announce


def add_text(step: Step) -> str:
    """The words on the step's one add button ("Add a warning sign").

    Whole phrases, not "Add a" + noun: other languages change the article with the noun.
    """
    words = {
        Step.WARNING_SIGNS: QCoreApplication.translate("StepEditor", "Add a warning sign"),
        Step.COPING_ALONE: QCoreApplication.translate("StepEditor", "Add something I can do"),
        Step.DISTRACTIONS: QCoreApplication.translate("StepEditor", "Add a person or place"),
        Step.HELPERS: QCoreApplication.translate("StepEditor", "Add a person to ask"),
        Step.PROFESSIONALS: QCoreApplication.translate(
            "StepEditor", "Add a professional or service"),
        Step.SAFER_SURROUNDINGS: QCoreApplication.translate(
            "StepEditor", "Add a way to stay safer"),
    }
    return words[step]


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


def crisis_label(crisis: Sequence[CrisisLine], parent: QWidget) -> QLabel:
    """The crisis lines step 5 always lists, under its own entries."""
    lines = "".join(
        f"<li><b>{html.escape(line.name)}</b>: {html.escape(line.how)}</li>" for line in crisis
    )
    always = html.escape(QCoreApplication.translate("StepEditor", "Always in your plan:"))
    label = QLabel(f"{always}<ul>{lines}</ul>", parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAccessibleName(
        QCoreApplication.translate(
            "StepEditor", "Crisis lines always in your plan: {lines}").format(
            lines="; ".join(f"{line.name}, {line.how}" for line in crisis))
    )
    return label


class StepEditor(QGroupBox):
    """One step: its prompt, its entries edited in place, one add button, and its status.

    Args:
        step: which step.
        crisis: crisis lines listed under the entries (step 5 lists them always).

    Signals:
        changed(str): the person finished a change; the page saves the plan and says the
            words given (what happened, "" for a plain edit) with the outcome.
    """

    changed = Signal(str)

    def __init__(self, step: Step, parent: QWidget | None = None, *,
                 crisis: Sequence[CrisisLine] = ()) -> None:
        title = step_title(step)
        super().__init__(parent)
        self.step = step
        self.setAccessibleName(self.tr("Step {number}: {title}").format(number=step.number,
                                                                    title=title))
        self._removed: tuple[int, tuple[str, str]] | None = None  # for Undo
        layout = QVBoxLayout(self)
        # The step's title is a heading that wraps (a group box's own title does not, and
        # at 200 % text it made the page scroll sideways); Alt+<number> reaches the step.
        self.heading = QLabel(QCoreApplication.translate("StepEditor", "Step &{number}: {title}")
                              .format(number=step.number, title=title), self)
        self.heading.setWordWrap(True)
        self.heading.setFont(scaled_font(self.heading, 1.0, bold=True))
        layout.addWidget(self.heading)
        prompt = QLabel(QCoreApplication.translate("SafetyPlan", step.prompt), self)
        prompt.setWordWrap(True)
        prompt.setProperty("role", "muted")
        layout.addWidget(prompt)
        self.empty_note = QLabel(self.tr("Nothing here yet."), self)
        self.empty_note.setProperty("role", "muted")
        layout.addWidget(self.empty_note)
        self.table = StepList(step, self)
        self.heading.setBuddy(self.table)
        self.model = self.table.items
        layout.addWidget(self.table)
        self._build_buttons(layout)
        if crisis:
            layout.addWidget(crisis_label(crisis, self))
        self.status = StatusLine(self.tr("Status of {title}").format(title=title), self)
        layout.addWidget(self.status)

        self.table.edited.connect(lambda: self.changed.emit(""))
        self.table.dropped.connect(self._new_entry_dropped)
        self.table.remove_pressed.connect(self.remove_current)
        self.table.undo_pressed.connect(self.undo_remove)
        self.table.move_pressed.connect(self.move_current)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.modelReset,
        ):
            signal.connect(self._rows_changed)
        self._rows_changed()

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        title = step_title(self.step)
        self.add_button = QPushButton(add_text(self.step), self)
        self.add_button.setAccessibleName(add_text(self.step))
        self.add_button.setAccessibleDescription(
            self.tr("Adds a new entry to {title}, ready to type in; Enter keeps it.").format(
                title=title))
        # Enter presses it too (a QPushButton takes Enter only when auto-default).
        self.add_button.setAutoDefault(True)
        self.add_button.clicked.connect(self.add_new)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)

        # The entry's buttons wrap onto a second line at 200 % text in a narrow window.
        buttons = QWidget(self)
        row = FlowLayout(buttons)
        self.remove_button = self._item_button(
            row, self.tr("Remove"), self.tr("Remove the current entry from {title}"))
        self.up_button = self._item_button(
            row, self.tr("Move up"), self.tr("Move the current entry up in {title}"))
        self.down_button = self._item_button(
            row, self.tr("Move down"), self.tr("Move the current entry down in {title}"))
        self.undo_button = self._item_button(
            row, self.tr("Undo remove"), self.tr("Bring back the entry just removed from {title}"))
        self.undo_button.hide()
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.undo_button.clicked.connect(self.undo_remove)
        layout.addWidget(buttons)

    def _item_button(self, row: FlowLayout, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name.format(title=step_title(self.step)))
        button.setAutoDefault(False)
        row.addWidget(button)
        return button

    # -- the person's actions -----------------------------------------------------------

    def add_new(self) -> None:
        """Add an empty entry at the end and open it for typing."""
        self.table.finish_editing()
        if not self.table.open_new_entry():
            self.say(self.tr("This step holds at most %n entries.", "", MAX_ITEMS))

    def remove_current(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        text, phone = self.table.take(row)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if not text and not phone:
            return  # an entry never typed in: nothing to save or bring back
        self._removed = (row, (text, phone))
        self.undo_button.show()
        self.changed.emit(self.tr("Removed \u201c{entry}\u201d. Undo remove (or Ctrl+Z in the "
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
        self.changed.emit(self.tr("Brought back \u201c{entry}\u201d.").format(entry=text))

    def move_current(self, delta: int) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            return
        row = self.model.move(current.row(), delta)
        self.table.setCurrentIndex(self.model.index(row, current.column()))
        if row != current.row():
            self.changed.emit(self.tr("Moved to place {place} of {count}.").format(
                place=row + 1, count=self.model.rowCount()))

    def _new_entry_dropped(self, had_number: bool) -> None:
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if had_number:
            self.say(self.tr("Nothing was added: an entry needs a name or words."))

    # -- state ----------------------------------------------------------------------------

    def _rows_changed(self) -> None:
        empty = self.model.rowCount() == 0
        # An empty list is no stop for Tab: Alt+<step number> then lands on the add button.
        self.table.setVisible(not empty)
        self.empty_note.setVisible(empty)
        # Alt+<number> focuses the list, or through it the add button while it is empty
        # (a label whose buddy is a button would also click it: an entry added unasked).
        if empty:
            self.table.setFocusProxy(self.add_button)
        else:  # Qt takes no proxy as nullptr; the binding's stubs do not say so
            self.table.setFocusProxy(None)  # type: ignore[arg-type]
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
        self._removed = None
        self.undo_button.hide()
        self.blockSignals(True)
        try:
            self.table.set_items(items)
        finally:
            self.blockSignals(False)
        self._rows_changed()

    def rows(self) -> list[tuple[str, str]]:
        """The kept entries as (text, phone); a new entry not typed in yet is not one."""
        return self.table.rows()

    def finish_editing(self) -> None:
        """Keep what is typed in an open entry, as Enter would (before a save or lock)."""
        self.table.finish_editing()

    def focus_item(self, index: int | None) -> None:
        """Put the keyboard focus on entry `index` (None: on the add button)."""
        if index is None or not 0 <= index < self.model.rowCount():
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.table.setCurrentIndex(self.model.index(index, 0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_personal_data(self) -> None:
        """Forget every entry, the one kept for Undo, and the status."""
        self.table.cancel_editing()
        self.set_items(())
        self.status.clear()
