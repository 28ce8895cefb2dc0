"""Words several rooms say alike, Qt-free: failures, and who is told when help is used.

Core errors carry data and the views turn them into words here, so a full disk or an
unreachable vault reads the same in the check-in, the safety plan, the export and the
peer log. The words never quote what the person wrote.
"""

from __future__ import annotations

from typing import Final

from crypto.errors import DiskFull, VaultError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark `text` for translation in `context` without Qt: lupdate extracts it, and the
    view translates it when shown with `QCoreApplication.translate(context, text)`."""
    return text


# Beside every control a locked setting decides, and in the "Organization settings" table
# (policy and settings say it alike, in the PoliciesPage context).
MANAGED_TEXT: Final = QT_TRANSLATE_NOOP("PoliciesPage", "Managed by your organization")


def failure_text(error: BaseException, undone: str) -> str:
    """A sentence naming the cause of `error` and what was not done.

    Args:
        error: what the vault job raised.
        undone: what did not happen, as a clause: "the plan was not saved".
    """
    if isinstance(error, DiskFull):
        return f"The disk is full, so {undone}. Free some space and try again."
    if isinstance(error, VaultError):
        return f"The vault could not be reached, so {undone}."
    return f"Something went wrong, so {undone}. Please try again."


# Who learns that a person used a resource, by the resource's facts: the directory's
# detail pane and the crisis panel's EAP say it in the same words.
EMPLOYER_WORDS: Final = {
    "never": "Your employer is never told.",
    "possibly": "Your employer could be told: this service does not promise to keep it from them.",
}
LICENSING_WORDS: Final = {
    "none": "Using it is not reported to a licensing board and creates nothing you would "
    "have to declare on a license application.",
    "depends_on_state_question": (
        "This is care from a licensed clinician. Whether you would have to mention it on a "
        "license application depends on how your state board words its question; more and "
        "more boards ask only about current impairment."
    ),
    "possible": "A licensing board could learn of it.",
}
