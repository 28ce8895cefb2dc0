"""What the lock screen says about an unlock problem, in plain words. No Qt.

Never a hint about which part of a secret was wrong.
"""

from __future__ import annotations

from desktop.lock.flow import ProblemKind, UnlockProblem

QUICK_REASONS = {
    "off": "Quick unlock is off.",
    "expired": "Quick unlock has expired.",
    "missing": "The quick-unlock key is no longer in this computer's keyring.",
    "keyring": "This computer's keyring cannot be reached.",
}


def problem_text(problem: UnlockProblem) -> str:  # noqa: PLR0911 - one sentence per problem
    """Words for an unlock problem. Never a hint about which part of a secret was wrong."""
    kind = problem.kind
    if kind is ProblemKind.WRONG_PASSPHRASE:
        return "That passphrase does not open this vault."
    if kind is ProblemKind.WRONG_CODE:
        return "That recovery code does not open this vault."
    if kind is ProblemKind.CODE_UNREADABLE:
        return "A recovery code has 28 letters and digits, in 7 groups of 4."
    if kind is ProblemKind.KEYRING_UNAVAILABLE:
        return ("This computer's keyring is not available, so quick unlock cannot be used. "
                "Please use your passphrase.")
    if kind is ProblemKind.QUICK_UNLOCK_ENDED:
        reason = QUICK_REASONS.get(problem.quick_reason, "Quick unlock ended.")
        return f"{reason} Please use your passphrase."
    if kind is ProblemKind.CORRUPT:
        return ("The vault files are damaged or are not a Confide vault. They have been left "
                "untouched. You can restore your data from a backup.")
    if kind is ProblemKind.MISSING:
        return ("Part of the vault is missing from this folder. Nothing was changed. If you "
                "moved it, put it back; otherwise you can restore from a backup.")
    if kind is ProblemKind.TOO_NEW:
        return ("This vault was saved by a newer version of Confide. Please update Confide "
                "to open it; the vault has not been changed.")
    if kind is ProblemKind.BUSY:
        return "Confide is already open in another window. Close it, then try again."
    if kind is ProblemKind.DISK_FULL:
        return "The disk is full. Free some space, then try again."
    if kind is ProblemKind.NEW_TOO_SHORT or kind is ProblemKind.NEW_TOO_GUESSABLE:
        return "Please choose a stronger passphrase."
    if kind is ProblemKind.NEW_MISMATCH:
        return "The two passphrases are not the same yet."
    return "Something went wrong. Please try again."
