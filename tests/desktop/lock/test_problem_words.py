"""A full disk or the unexpected is said on the unlock screen and in setup as every room
says a failed vault job (desktop.words), naming what was not done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from crypto.errors import DiskFull
from desktop.lock.flow import ProblemKind, UnlockProblem
from desktop.lock.problems_view import problem_text
from desktop.setup.flow import CreateFailure, Issue, IssueKind
from desktop.setup.words import issue_text
from desktop.words import failure_text


def test_the_unlock_screen_says_a_full_disk_as_every_room_does(qapp: QApplication) -> None:
    full = UnlockProblem(ProblemKind.DISK_FULL)
    opened = problem_text(full)
    assert opened == failure_text(DiskFull(Path("vault")), "your vault was not opened")
    assert opened == (
        "The disk is full, so your vault was not opened. Free some space and try again.")
    assert problem_text(full, saving=True) == (
        "The disk is full, so your new passphrase was not saved. Free some space and try again.")
    assert problem_text(UnlockProblem(ProblemKind.UNEXPECTED)) == (
        "Something went wrong, so your vault was not opened. Please try again.")


def test_setup_says_a_full_disk_as_every_room_does(qapp: QApplication) -> None:
    def said(failure: CreateFailure) -> str:
        return issue_text(Issue(IssueKind.CREATE_FAILED, failure=failure),
                          QCoreApplication.translate)

    assert said(CreateFailure.DISK_FULL) == (
        "The disk is full, so your vault was not created. Free some space and try again.")
    assert said(CreateFailure.UNEXPECTED) == (
        "Something went wrong, so your vault was not created. Please try again.")
    assert said(CreateFailure.BUSY).startswith("Another Confide window")  # still its own
