"""The read-only "Organization settings" page: every policy in force and where it came from.

A person can see exactly what their organization set, what is locked ("Managed by your
organization"), what is only recommended, and which files had problems. The table comes
a turn after the heading (`StagedBuild`), so a first visit holds the GUI thread briefly.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from desktop.policy.effective import DEFAULT, USER, EffectivePolicy, PolicyLine
from desktop.ui.staged import StagedBuild, StagedParts
from desktop.ui.table_fit import FittedColumns, RowsTable
from desktop.ui.widgets import fill_with_scrolled
from desktop.words import QT_TRANSLATE_NOOP

COLUMNS = (QT_TRANSLATE_NOOP("PoliciesPage", "Setting"), QT_TRANSLATE_NOOP("PoliciesPage", "Value"),
           QT_TRANSLATE_NOOP("PoliciesPage", "Set by"), QT_TRANSLATE_NOOP("PoliciesPage", "Where"))
WHERE_COLUMN = 3
_Index = QModelIndex | QPersistentModelIndex
TABLE_AFTER_MS: Final = 50  # after the page's first paint, as the safety plan's parts
_SHOWN = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole})


def set_by(line: PolicyLine) -> str:
    """Who decided this setting, in plain words."""
    if line.locked:
        return QCoreApplication.translate("PoliciesPage", "Managed by your organization")
    if line.source.startswith("recommended"):
        return QCoreApplication.translate("PoliciesPage", "Recommended by your organization")
    if line.source == USER:
        return QCoreApplication.translate("PoliciesPage", "You")
    return QCoreApplication.translate("PoliciesPage", "Confide's default")


def where(line: PolicyLine) -> str:
    if line.source in (USER, DEFAULT):
        return ""
    return line.source.split(": ", 1)[-1]


class PolicyModel(QAbstractTableModel):
    """The policy lines as a table (read-only).

    The cells are worded once: a table that wraps and fits its rows asks for each cell
    dozens of times (4,500 calls on a first show), and wording them at each call held the
    page's first visit ~15 ms.
    """

    def __init__(self, lines: list[PolicyLine]) -> None:
        super().__init__()
        self._lines = lines
        self._cells = [(line.title or line.setting, line.value_text, set_by(line), where(line))
                       for line in lines]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _SHOWN or not index.isValid():  # the role first: most calls end here
            return None
        return self._cells[index.row()][index.column()]

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("PoliciesPage", COLUMNS[section])
        return None


class PoliciesPage(StagedParts, QWidget):
    """Every setting of the organization's policy, who set it, and any problems found."""

    def __init__(self, policy: EffectivePolicy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Organization settings"))
        # The page scrolls as a whole: at 200 % text in a short window the introduction
        # alone is taller than the page, and a squeezed label loses its lines.
        content = QWidget()
        layout = QVBoxLayout(content)
        heading = QLabel(self.tr("Organization settings"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)  # "Configuración de la organización" at 200 % text
        layout.addWidget(heading)
        name = policy.organization_name
        intro = QLabel(
            self.tr("{name} has set some of Confide's settings on this computer. Settings "
                    "marked \u201cManaged by your organization\u201d cannot be changed here. "
                    "None of them lets anyone see what you write in Confide.").format(name=name)
            if name else
            self.tr("Your organization can set some of Confide's settings on this computer. "
                    "Settings marked \u201cManaged by your organization\u201d cannot be "
                    "changed here. None of them lets anyone see what you write in Confide.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addStretch(1)  # the heading stays at the top until the table takes the room
        self._layout, self._policy = layout, policy
        fill_with_scrolled(self, content)
        # The table, then the problems under it, a turn each, shown together once built:
        # built with the heading, the first visit held the GUI thread 58-60 ms.
        parts = [self._build_table, self._build_problems]
        self._staged = StagedBuild(self, parts, lambda: None, delay_ms=TABLE_AFTER_MS)

    @property
    def model(self) -> PolicyModel:
        self.build_all()
        return self._model

    @property
    def table(self) -> RowsTable:
        self.build_all()
        return self._table

    @property
    def problems(self) -> QLabel:
        """The problems found in the policy files (hidden when there are none)."""
        self.build_all()
        return self._problems

    def _build_table(self) -> None:
        policy, layout = self._policy, self._layout
        layout.takeAt(layout.count() - 1)  # the stretch: the table takes the room now
        lines = policy.describe(translate=QCoreApplication.translate)
        self._model = PolicyModel(lines)
        self._table = RowsTable(5)  # the page scrolls rather than squeeze it
        # Headings and cells wrap, and each column keeps at least its longest word, so
        # "organización" is never cut to "organiza…" at 200 % text in a narrow window.
        self._columns = FittedColumns(self._table, wrap_cells=True)
        self._table.setModel(self._model)
        # "Where" names the policy file or registry key; with none (every line Confide's
        # default or the person's own) the empty column only took the room the others
        # needed, and in Spanish at 200 % text "predeterminado" was cut.
        self._table.setColumnHidden(WHERE_COLUMN, not any(where(line) for line in lines))
        self._table.setAccessibleName(self.tr("Settings and who set them"))
        self._table.verticalHeader().hide()
        self._columns.header.setStretchLastSection(True)
        self._table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._table.setWordWrap(True)
        layout.addWidget(self._table, 1)
        self._staged.hide_until_done(self._table)

    def _build_problems(self) -> None:
        policy = self._policy
        # The details stay in the words of the schema and `confide-admin validate`, which
        # IT works from; the person is told, in their language, what they mean and whom to show.
        details = "\n".join(f"{p.source}: {p.path}: {p.message}" for p in policy.problems)
        self._problems = QLabel(self.tr(
            "Some of your organization's settings could not be read and are left out; the "
            "table above shows what is in force instead. Nothing you wrote is affected. "
            "Please show these lines to your IT team:\n{details}").format(details=details))
        self._problems.setTextFormat(Qt.TextFormat.PlainText)
        self._problems.setWordWrap(True)
        self._problems.setProperty("role", "error")
        self._problems.setAccessibleName(self.tr("Problems in the policy files"))
        self._problems.setVisible(bool(policy.problems))
        self._layout.addWidget(self._problems)
        if policy.problems:
            self._staged.hide_until_done(self._problems)
