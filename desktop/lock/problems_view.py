"""The unlock screen's problems in words, in the language in force.

`desktop.lock.flow` gives a problem as data; these are its sentences. None ever hints at
which part of a secret was wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.lock.flow import ProblemKind, UnlockProblem
from desktop.words import DISK_FULL, WENT_WRONG, failure_words


def quick_reasons() -> dict[str, str]:
    """Why quick unlock ended, in the language in force (looked up when shown)."""
    translate = QCoreApplication.translate
    return {
        "off": translate("LockScreen", "Quick unlock is off."),
        "expired": translate("LockScreen", "Quick unlock has expired."),
        "missing": translate("LockScreen",
                             "The quick-unlock key is no longer in this computer's keyring."),
        "keyring": translate("LockScreen", "This computer's keyring cannot be reached."),
    }


def problem_text(  # noqa: PLR0911 - one sentence per problem
    problem: UnlockProblem, *, saving: bool = False
) -> str:
    """Words for an unlock problem. Never a hint about which part of a secret was wrong.

    `saving`: the problem came from saving a new passphrase (after a recovery code), not
    from opening the vault.
    """
    translate = QCoreApplication.translate
    kind = problem.kind
    if kind is ProblemKind.WRONG_PASSPHRASE:
        return translate("LockScreen", "That passphrase does not open this vault.")
    if kind is ProblemKind.WRONG_CODE:
        return translate("LockScreen", "That recovery code does not open this vault.")
    if kind is ProblemKind.CODE_UNREADABLE:
        return translate("LockScreen",
                         "A recovery code has 28 letters and digits, in 7 groups of 4.")
    if kind is ProblemKind.KEYRING_UNAVAILABLE:
        return translate("LockScreen",
                         "This computer's keyring is not available, so quick unlock cannot be "
                         "used. Please use your passphrase.")
    if kind is ProblemKind.QUICK_UNLOCK_ENDED:
        reason = quick_reasons().get(problem.quick_reason,
                                     translate("LockScreen", "Quick unlock ended."))
        return translate("LockScreen",
                         "{reason} Please use your passphrase.").format(reason=reason)
    if kind is ProblemKind.CORRUPT:
        return translate("LockScreen",
                         "The vault files are damaged or are not a Confide vault. They have "
                         "been left untouched. You can restore your data from a backup.")
    if kind is ProblemKind.MISSING:
        return translate("LockScreen",
                         "Part of the vault is missing from this folder. Nothing was changed. "
                         "If you moved it, put it back; otherwise you can restore from a "
                         "backup.")
    if kind is ProblemKind.TOO_NEW:
        return translate("LockScreen",
                         "This vault was saved by a newer version of Confide. Please update "
                         "Confide to open it; the vault has not been changed.")
    if kind is ProblemKind.BUSY:
        return translate("LockScreen",
                         "Confide is already open in another window. Close it, then try again.")
    if kind is ProblemKind.NEW_TOO_SHORT or kind is ProblemKind.NEW_TOO_GUESSABLE:
        return translate("LockScreen", "Please choose a stronger passphrase.")
    if kind is ProblemKind.NEW_MISMATCH:
        return translate("LockScreen", "The two passphrases are not the same yet.")
    # A full disk, or the unexpected: as every room words a failed vault job (desktop.words).
    undone = (translate("LockScreen", "your new passphrase was not saved") if saving
              else translate("LockScreen", "your vault was not opened"))
    words = DISK_FULL if kind is ProblemKind.DISK_FULL else WENT_WRONG
    return failure_words(words, undone, translate)
