"""What the safety plan page says about its saves: a broken rule, a failed save, the last save.

The model's `InvalidPlan` carries where and what (a step, an entry, a `Problem`); these
turn it, a vault failure, or the time of the last save into words in the language in
force, naming the step and entry so the person can find it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from PySide6.QtCore import QCoreApplication

from crypto.errors import DiskFull, VaultError
from desktop.safety_plan.model import REASONS_TITLE, InvalidPlan, Problem
from desktop.ui.dates import long_date
from desktop.words import QT_TRANSLATE_NOOP

CONTEXT: Final = "SafetyPlanPage"
SAVED_TEXT: Final = QT_TRANSLATE_NOOP("SafetyPlanPage", "Saved.")
_PROBLEM_WORDS: Final = {
    Problem.EMPTY: QT_TRANSLATE_NOOP("SafetyPlanPage", "an entry has a phone number but no name"),
    Problem.TOO_LONG: QT_TRANSLATE_NOOP("SafetyPlanPage", "an entry is too long"),
    Problem.CONTROL_CHARACTERS: QT_TRANSLATE_NOOP(
        "SafetyPlanPage", "an entry holds a character that cannot be saved"),
    Problem.PHONE_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "SafetyPlanPage", "this step does not take phone numbers"),
    Problem.PHONE_WITHOUT_DIGITS: QT_TRANSLATE_NOOP(
        "SafetyPlanPage", "a phone number needs at least one digit"),
    Problem.TOO_MANY_ITEMS: QT_TRANSLATE_NOOP("SafetyPlanPage", "there are too many entries"),
}
_SOMETHING: Final = QT_TRANSLATE_NOOP("SafetyPlanPage", "something in it cannot be saved")


def problem_text(error: InvalidPlan) -> str:
    """An `InvalidPlan` in words, naming the step and entry."""
    what = QCoreApplication.translate(CONTEXT, _PROBLEM_WORDS.get(error.problem, _SOMETHING))
    if error.step is None:
        return QCoreApplication.translate(
            "SafetyPlanPage", "Not saved. In \u201c{title}\u201d: {what}.").format(
            title=QCoreApplication.translate("SafetyPlan", REASONS_TITLE), what=what)
    if error.index is None:
        return QCoreApplication.translate(
            "SafetyPlanPage", "Not saved. In step {number}: {what}.").format(
            number=error.step.number, what=what)
    return QCoreApplication.translate(
        "SafetyPlanPage", "Not saved. In step {number}, entry {entry}: {what}.").format(
        number=error.step.number, entry=error.index + 1, what=what)


def failure_words(error: BaseException) -> str:
    """Why a save failed, and that the change is still on the page."""
    if isinstance(error, DiskFull):
        return QCoreApplication.translate(
            "SafetyPlanPage", "Not saved: the disk is full. Free some space; your change "
            "stays here and is saved with the next one.")
    if isinstance(error, VaultError):
        return QCoreApplication.translate(
            "SafetyPlanPage",
            "Not saved: the vault could not be reached. Your change stays here.")
    return QCoreApplication.translate(
        "SafetyPlanPage",
        "Not saved: something went wrong. Your change stays here; please try again.")


def last_changed_text(at: datetime | None) -> str:
    """When the plan was last saved, as a day in the person's locale ("" for never)."""
    if at is None:
        return ""
    return QCoreApplication.translate("SafetyPlanPage", "Last changed {day}.").format(
        day=long_date(at.astimezone().date()))
