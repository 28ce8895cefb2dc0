"""Words several rooms say alike, Qt-free: failures, and who is told when help is used.

Core errors carry data and the views turn them into words here, so a full disk or an
unreachable vault reads the same in the check-in, the safety plan, the export and the
peer log. The words never quote what the person wrote.

Every sentence is marked for lupdate in the "Words" context; a view passes its translate
function (`QCoreApplication.translate`) to `failure_text`, and translates the
confidentiality words with `translate(CONTEXT, EMPLOYER_WORDS[...])` when it shows them.
Left out, the words are English (the command-line tools).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

from crypto.errors import DiskFull, VaultError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark `text` for translation in `context` without Qt: lupdate extracts it, and the
    view translates it when shown with `QCoreApplication.translate(context, text)`."""
    return text


# Beside every control a locked setting decides, and in the "Organization settings" table
# (policy and settings say it alike, in the PoliciesPage context).
MANAGED_TEXT: Final = QT_TRANSLATE_NOOP("PoliciesPage", "Managed by your organization")


# (context, text) -> the text in the language in force; QCoreApplication.translate fits.
Translate = Callable[[str, str], str]
CONTEXT: Final = "Words"


def english(_context: str, text: str) -> str:
    """The `Translate` that leaves every text in English (no Qt, or a log line)."""
    return text


DISK_FULL: Final = QT_TRANSLATE_NOOP(
    "Words", "The disk is full, so {undone}. Free some space and try again.")
UNREACHABLE: Final = QT_TRANSLATE_NOOP("Words", "The vault could not be reached, so {undone}.")
WENT_WRONG: Final = QT_TRANSLATE_NOOP(
    "Words", "Something went wrong, so {undone}. Please try again.")


# A room's own cause of failure, told before the shared ones: the error's type, and the
# sentence (with {undone}) marked in the room's context.
Cause = tuple[type[BaseException], str, str]


def failure_text(
    error: BaseException, undone: str, translate: Translate = english,
    causes: Iterable[Cause] = (),
) -> str:
    """A sentence naming the cause of `error` and what was not done.

    Args:
        error: what the vault job raised.
        undone: what did not happen, as a clause: "the plan was not saved" (already in
            the language in force: the caller translates its own clause).
        translate: the view's translate function (English when left out).
        causes: the room's own causes (the peer log's "the note still holds an
            identifier"), checked first; a full disk, an unreachable vault and the
            unexpected are worded here for every room.
    """
    for kind, context, words in causes:
        if isinstance(error, kind):
            return translate(context, words).format(undone=undone)
    if isinstance(error, DiskFull):
        words = DISK_FULL
    elif isinstance(error, VaultError):
        words = UNREACHABLE
    else:
        words = WENT_WRONG
    return failure_words(words, undone, translate)


def failure_words(words: str, undone: str, translate: Translate = english) -> str:
    """One of the failure sentences (DISK_FULL, UNREACHABLE, WENT_WRONG), saying `undone`.

    For a view that has already told the causes apart (the unlock screen and the setup
    wizard classify their failures), so its words are still those every room says.
    """
    return translate(CONTEXT, words).format(undone=undone)


# Who learns that a person used a resource, by the resource's facts: the directory's
# detail pane and the crisis panel's EAP say it in the same words.
# Marked English; shown through translate(CONTEXT, ...).
EMPLOYER_WORDS: Final = {
    "never": QT_TRANSLATE_NOOP("Words", "Your employer is never told."),
    "possibly": QT_TRANSLATE_NOOP(
        "Words",
        "Your employer could be told: this service does not promise to keep it from them."),
}
LICENSING_WORDS: Final = {
    "none": QT_TRANSLATE_NOOP(
        "Words",
        "Using it is not reported to a licensing board and creates nothing you would "
        "have to declare on a license application."),
    "depends_on_state_question": QT_TRANSLATE_NOOP(
        "Words",
        "This is care from a licensed clinician. Whether you would have to mention it on a "
        "license application depends on how your state board words its question; more and "
        "more boards ask only about current impairment.",
    ),
    "possible": QT_TRANSLATE_NOOP("Words", "A licensing board could learn of it."),
}
