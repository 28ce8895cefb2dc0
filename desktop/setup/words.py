"""What the first-run wizard says: its page texts and the words for a setup problem. No Qt."""

from __future__ import annotations

from desktop.setup.flow import CreateFailure, Issue, IssueKind

WELCOME_TEXT = (
    "Confide is a private place for your check-ins, your notes and the help you may need."
    "\n\nEverything stays on this computer, encrypted with a passphrase only you know. "
    "Your employer sees nothing, and Confide never connects to the internet."
)
CHOOSING_TEXT = (
    "Your passphrase opens your vault. Four or more unrelated words are easy to remember "
    "and hard to guess. Nobody, not even IT, can reset it for you."
)
CODE_TEXT = (
    "If you ever forget your passphrase, this code is the only other way in. Write it on "
    "paper and keep it somewhere safe, away from this computer.\n\nWithout your passphrase "
    "and this code, no one can recover your data, not even us. That is what keeps it private."
)
ROLES_TEXT = (
    "Everyone gets private check-ins, trends, a safety plan and the help directory."
)
CREATE_FAILURES = {
    CreateFailure.DISK_FULL: "The disk is full. Free some space, then try again.",
    CreateFailure.BUSY: "Another Confide window is using this folder. Close it, then try again.",
    CreateFailure.EXISTS: "A vault already exists in this folder. Restart Confide to unlock it.",
    CreateFailure.UNEXPECTED: "The vault could not be created. Please try again.",
}


def issue_text(issue: Issue) -> str:
    """Words for a setup problem (shown under the field it concerns)."""
    if issue.kind is IssueKind.CREATE_FAILED and issue.failure is not None:
        return CREATE_FAILURES[issue.failure]
    if issue.kind is IssueKind.CODE_GROUP_MISMATCH:
        groups = " and ".join(f"group {g}" for g in issue.groups)
        verb = "does" if len(issue.groups) == 1 else "do"
        return f"That {groups} {verb} not match your code. Check what you wrote down."
    return ""  # the other issues are shown by the fields themselves
