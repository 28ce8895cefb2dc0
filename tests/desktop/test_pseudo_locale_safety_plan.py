"""The safety plan editor in the pseudo-locale: every word it shows or says is translated.

The real page is built on a test vault holding a plan with entries in every step (people
with numbers in steps 4 and 5) and a review date; its widgets, its lists' headings and
cells as read aloud, an entry open for typing, and every status sentence it can say are
walked. Only the person's own words, the crisis data and Qt's dates may stay untouched.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from crypto.errors import DiskFull, VaultError
from crypto.vault import Vault
from desktop.safety_plan.model import InvalidPlan, PlanItem, Problem, SafetyPlan, Step
from desktop.safety_plan.store import SafetyPlanStore
from desktop.safety_plan.view import SafetyPlanPage
from desktop.safety_plan.words_view import failure_words, problem_text
from desktop.ui.dates import long_date
from desktop.ui.worker import Worker
from tests.desktop.i18n_fixtures import pseudo_locale
from tests.desktop.test_pseudo_locale import leftover, untranslated
from tests.worker_fixtures import vault, worker  # noqa: F401 - fixtures

NOW = datetime(2026, 3, 12, 20, 0, tzinfo=UTC)
REVIEW = date(2026, 6, 1)
# What the person wrote, one entry per step (and a number where a step takes one).
WRITTEN = {
    Step.WARNING_SIGNS: PlanItem("Skipping meals"),
    Step.COPING_ALONE: PlanItem("A walk outside"),
    Step.DISTRACTIONS: PlanItem("The library"),
    Step.HELPERS: PlanItem("Sam my sister", "555 0100"),
    Step.PROFESSIONALS: PlanItem("Dr Lee", "555 0199"),
    Step.SAFER_SURROUNDINGS: PlanItem("Pills with Sam"),
}
PERSONAL = [words for item in WRITTEN.values() for words in (item.text, item.phone) if words]


def _without(text: str, said: list[str]) -> str:
    for words in sorted(said, key=len, reverse=True):
        text = text.replace(words, " ")
    return text


def _model_texts(model: QAbstractItemModel) -> list[str]:
    """A list's column headings and its cells as a screen reader reads them."""
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal))
             for c in range(model.columnCount())]
    texts += [str(model.index(r, c).data(Qt.ItemDataRole.AccessibleTextRole))
              for r in range(model.rowCount()) for c in range(model.columnCount())]
    return texts


def test_the_safety_plan_editor_is_translated(qtbot: QtBot, vault: Vault,  # noqa: F811
                                              worker: Worker) -> None:  # noqa: F811
    plan = SafetyPlan({step: (item,) for step, item in WRITTEN.items()}, "My nieces", REVIEW)
    worker.run_blocking(lambda: SafetyPlanStore(vault).save(plan, NOW))
    with pseudo_locale():
        page = SafetyPlanPage(vault, worker, now=lambda: NOW)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded):
            page.resize(600, 1200)
            page.show()
        assert all(editor.rows() for editor in page.editors.values())
        dates = [long_date(NOW.astimezone().date()), page.review_date.text()]
        assert page.last_changed.text() and page.review_check.isChecked()
        assert untranslated(page, said=dates) == []

        # The lists as read aloud, with an empty phone cell ("none") too.
        helpers = page.editors[Step.HELPERS]
        helpers.model.insert(1, "Ana")
        texts = [t for e in page.editors.values() for t in _model_texts(e.model)]
        assert [t for t in texts if leftover(_without(t, [*PERSONAL, "Ana"]))] == []

        # An entry open for typing, and the buttons shown once one is current.
        helpers.table.setCurrentIndex(helpers.model.index(0, 1))
        helpers.table.edit(helpers.model.index(0, 1))
        open_entry = [e for e in helpers.findChildren(QLineEdit) if e.isVisible()]
        assert open_entry and untranslated(helpers, said=PERSONAL) == []
        helpers.finish_editing()

        # What the page says: each rule broken, each failed save, the steps' notes.
        said = [problem_text(InvalidPlan(problem, step, index))
                for problem in Problem for step in (None, Step.HELPERS) for index in (None, 2)]
        said += [failure_words(error) for error in (DiskFull(Path("x"), ""), VaultError(),
                                                    RuntimeError())]
        warning = page.editors[Step.WARNING_SIGNS]
        warning.table.setCurrentIndex(warning.model.index(0, 0))
        with qtbot.waitSignal(page.saved):
            warning.remove_current()
        said.append(warning.status.text())  # "Removed …, Undo remove … Saved."
        with qtbot.waitSignal(page.saved):
            warning.undo_remove()
        said.append(warning.status.text())  # "Brought back …"
        helpers.table.setCurrentIndex(helpers.model.index(0, 0))
        with qtbot.waitSignal(page.saved):
            helpers.move_current(1)
        said.append(helpers.status.text())  # "Moved to place 2 of 2."
        helpers.table.dropped.emit(True)  # a number typed with no name: nothing added
        said.append(helpers.status.text())
        for _ in range(30):
            warning.model.insert(0, "x")
        warning.add_new()  # the step is full
        said.append(warning.status.text())
        assert "\u27e7" in said[-1] and "30" in said[-1]
        assert all(said)
        assert [w for w in said if leftover(_without(w, [*PERSONAL, "x"]))] == []
