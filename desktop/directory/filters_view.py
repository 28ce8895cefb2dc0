"""The filter controls of "Find help": how to reach, cost, open now, state, who it serves,
and the two confidentiality facts a frightened clinician asks about first.

Every control has a mnemonic (Alt+letter) and an accessible name. L, Q and H are left
alone: the main window uses them for Lock, Quick exit and "Need help now?", and S
belongs to the page's search field.

Signals (FilterBox):
    changed(): any control changed; read `filters()` for the new choice.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.directory.logic import CONTEXT, SERVES_WORDS
from desktop.directory.results import US_STATES
from desktop.directory.state_words import in_order
from desktop.ui.flow_layout import FlowLayout
from desktop.words import QT_TRANSLATE_NOOP
from referral_directory.model import Filters

# (the box's text with its mnemonic, its accessible name)
_MODALITY_TEXT: Final = {
    "call": (QT_TRANSLATE_NOOP("FilterBox", "&Call"), QT_TRANSLATE_NOOP("FilterBox", "Can call")),
    "text": (QT_TRANSLATE_NOOP("FilterBox", "&Text"), QT_TRANSLATE_NOOP("FilterBox", "Can text")),
    "chat": (QT_TRANSLATE_NOOP("FilterBox", "Ch&at"), QT_TRANSLATE_NOOP("FilterBox", "Can chat")),
    "video": (QT_TRANSLATE_NOOP("FilterBox", "&Video"),
              QT_TRANSLATE_NOOP("FilterBox", "Can video")),
    "in_person": (QT_TRANSLATE_NOOP("FilterBox", "In &person"),
                  QT_TRANSLATE_NOOP("FilterBox", "Can meet in person")),
}


def _check(text: str, accessible: str, parent: QWidget) -> QCheckBox:
    box = QCheckBox(text, parent)
    box.setAccessibleName(accessible)
    return box


MIN_LIST_CHARS: Final = 14


def _flow_row(column: QVBoxLayout) -> FlowLayout:
    """A row in `column` whose items wrap onto more lines when the width runs out."""
    row = QWidget()
    flow = FlowLayout(row)
    column.addWidget(row)
    return flow


class _Chooser(QComboBox):
    """A list that asks for its longest entry's width but may be narrowed to
    `MIN_LIST_CHARS` (its entry then cut) when the row has no more room."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(MIN_LIST_CHARS)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        # The policy sizes both hints for MIN_LIST_CHARS characters: "Todo el personal de
        # salud" was cut at 600 px and 200 % text with room to spare beside it.
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        least = MIN_LIST_CHARS * metrics.horizontalAdvance("X")
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                     default=0)
        return QSize(hint.width() + max(0, widest - least), hint.height())


def _pair(label: QLabel, combo: QComboBox) -> QWidget:
    """A label and its list, kept together on one line."""
    pair = QWidget()
    layout = QHBoxLayout(pair)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    # As wide as its longest entry when there is room, narrower (with the entry cut) when
    # not: a Spanish "who it serves" entry at 200 % is wider than a 600 px window.
    layout.addWidget(combo)
    return pair


class FilterBox(QGroupBox):
    """Check boxes and two lists that narrow the results; the defaults narrow nothing.

    Signals:
        changed(): a filter changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Filters"))
        self.setAccessibleName(self.tr("Filters"))
        # Each row flows: at 200 % text or in Spanish its parts wrap onto more lines
        # instead of making the page scroll sideways in a narrow window.
        column = QVBoxLayout(self)
        reach = _flow_row(column)
        reach.addWidget(QLabel(self.tr("How to reach:"), self))
        self.modality_checks: dict[str, QCheckBox] = {}
        for key, (text, accessible) in _MODALITY_TEXT.items():
            check = _check(self.tr(text), self.tr(accessible), self)
            self.modality_checks[key] = check
            reach.addWidget(check)

        self.free_check = _check(self.tr("&Free only"), self.tr("Free only"), self)
        self.open_now_check = _check(self.tr("&Open now"), self.tr("Open now"), self)
        self.employer_check = _check(
            self.tr("Employer is &never told"), self.tr("Employer is never told"), self
        )
        self.licensing_check = _check(
            self.tr("No licensing-&board exposure"), self.tr("No licensing-board exposure"), self
        )
        facts = _flow_row(column)
        for check in (self.free_check, self.open_now_check, self.employer_check,
                      self.licensing_check):
            facts.addWidget(check)

        self.state_combo = _Chooser(self)
        self.state_combo.setAccessibleName(self.tr("State"))
        self.state_combo.addItem(self.tr("Any state"), None)
        for code, name in in_order((c for c, _n in US_STATES), QCoreApplication.translate):
            self.state_combo.addItem(name, code)
        state_label = QLabel(self.tr("Stat&e"), self)
        state_label.setBuddy(self.state_combo)
        self.serves_combo = _Chooser(self)
        self.serves_combo.setAccessibleName(self.tr("Who it serves"))
        self.serves_combo.addItem(self.tr("Any health worker"), None)
        for key, words in SERVES_WORDS.items():
            if key != "all_health_workers":  # those resources are kept for every group
                self.serves_combo.addItem(QCoreApplication.translate(CONTEXT, words), key)
        serves_label = QLabel(self.tr("&Who it serves"), self)
        serves_label.setBuddy(self.serves_combo)
        lists = _flow_row(column)
        for label, combo in ((state_label, self.state_combo), (serves_label, self.serves_combo)):
            lists.addWidget(_pair(label, combo))

        for check in self._checks():
            check.toggled.connect(self.changed)
        for combo in (self.state_combo, self.serves_combo):
            combo.currentIndexChanged.connect(self.changed)

    def filters(self) -> Filters:
        """The directory's `Filters` for what the controls say."""
        state = self.state_combo.currentData()
        serves = self.serves_combo.currentData()
        return Filters(
            modalities=frozenset(k for k, box in self.modality_checks.items() if box.isChecked()),
            free_only=self.free_check.isChecked(),
            open_now=self.open_now_check.isChecked(),
            state=state if isinstance(state, str) else None,
            serves=serves if isinstance(serves, str) else None,
            employer_never=self.employer_check.isChecked(),
            licensing_none=self.licensing_check.isChecked(),
        )

    def on_count(self) -> int:
        """How many filters narrow the results (each box ticked, each list not at "Any")."""
        lists = (self.state_combo, self.serves_combo)
        return (sum(box.isChecked() for box in self._checks())
                + sum(combo.currentData() is not None for combo in lists))

    def _checks(self) -> list[QCheckBox]:
        return [
            *self.modality_checks.values(),
            self.free_check,
            self.open_now_check,
            self.employer_check,
            self.licensing_check,
        ]
