"""What the first-run wizard says: its page texts and the words for a setup problem. No Qt.

Each text is marked for lupdate in the "SetupWizard" context, so the wizard translates
it with `self.tr(TEXT)` when it is shown.
"""

from __future__ import annotations

from desktop.setup.flow import CreateFailure, Issue, IssueKind
from desktop.words import (
    DISK_FULL,
    QT_TRANSLATE_NOOP,
    WENT_WRONG,
    Translate,
    english,
    failure_words,
)

CONTEXT = "SetupWizard"
WELCOME_TEXT = QT_TRANSLATE_NOOP(
    "SetupWizard",
    "Confide is a private place for your check-ins, your notes and the help you may need."
    "\n\nEverything stays on this computer, encrypted with a passphrase only you know. "
    "Your employer sees nothing, and Confide never connects to the internet.",
)
CHOOSING_TEXT = QT_TRANSLATE_NOOP(
    "SetupWizard",
    "Your passphrase opens your vault. Four or more unrelated words are easy to remember "
    "and hard to guess. Nobody, not even IT, can reset it for you.",
)
CODE_TEXT = QT_TRANSLATE_NOOP(
    "SetupWizard",
    "If you ever forget your passphrase, this code is the only other way in. Write it on "
    "paper and keep it somewhere safe, away from this computer.\n\nWithout your passphrase "
    "and this code, no one can recover your data, not even us. That is what keeps it private.",
)
ROLES_TEXT = QT_TRANSLATE_NOOP(
    "SetupWizard",
    "Everyone gets private check-ins, trends, a safety plan and the help directory.",
)
CREATE_FAILURES = {
    CreateFailure.BUSY: QT_TRANSLATE_NOOP(
        "SetupWizard", "Another Confide window is using this folder. Close it, then try again."),
    CreateFailure.EXISTS: QT_TRANSLATE_NOOP(
        "SetupWizard", "A vault already exists in this folder. Restart Confide to unlock it."),
}
# A full disk and the unexpected are said as every room says a failed vault job.
SHARED_CREATE_FAILURES = {CreateFailure.DISK_FULL: DISK_FULL, CreateFailure.UNEXPECTED: WENT_WRONG}
NOT_CREATED = QT_TRANSLATE_NOOP("SetupWizard", "your vault was not created")
ONE_MISMATCH = QT_TRANSLATE_NOOP(
    "SetupWizard", "That group {group} does not match your code. Check what you wrote down.")
TWO_MISMATCH = QT_TRANSLATE_NOOP(
    "SetupWizard",
    "That group {first} and group {second} do not match your code. Check what you wrote down.")
MANY_MISMATCH = QT_TRANSLATE_NOOP(
    "SetupWizard", "Groups {groups} do not match your code. Check what you wrote down.")

def issue_text(issue: Issue, translate: Translate = english) -> str:
    """Words for a setup problem (shown under the field it concerns).

    Args:
        issue: the problem.
        translate: the view's translation function (English when left out).
    """
    if issue.kind is IssueKind.CREATE_FAILED and issue.failure is not None:
        shared = SHARED_CREATE_FAILURES.get(issue.failure)
        if shared is not None:
            return failure_words(shared, translate(CONTEXT, NOT_CREATED), translate)
        return translate(CONTEXT, CREATE_FAILURES[issue.failure])
    if issue.kind is IssueKind.CODE_GROUP_MISMATCH:
        groups = issue.groups
        if len(groups) == 1:
            return translate(CONTEXT, ONE_MISMATCH).format(group=groups[0])
        if len(groups) == 2:
            return translate(CONTEXT, TWO_MISMATCH).format(first=groups[0], second=groups[1])
        return translate(CONTEXT, MANY_MISMATCH).format(groups=", ".join(map(str, groups)))
    return ""  # the other issues are shown by the fields themselves
