"""What the peer log tells the supporter when a vault job fails, in plain words.

The causes only the peer log has (an identifier left in a note, a contact deleted
meanwhile) are worded here, and so are the shared ones (a full disk, an unreachable
vault), so the whole sentence is translated: the view passes its translate function and
`undone`, already translated. The words never quote the note.
"""

from __future__ import annotations

from typing import Final

from crypto.errors import DiskFull, VaultError
from desktop.records.peer.store import UnresolvedIdentifiers
from desktop.records.peer.words import Translate, untranslated
from desktop.words import QT_TRANSLATE_NOOP

CONTEXT: Final = "PeerLogFailure"
_IDENTIFIER: Final = QT_TRANSLATE_NOOP(
    "PeerLogFailure", "The note still holds an identifier, so {undone}. Redact it first.")
_GONE: Final = QT_TRANSLATE_NOOP(
    "PeerLogFailure", "That contact is no longer in the log, so {undone}.")
_DISK_FULL: Final = QT_TRANSLATE_NOOP(
    "PeerLogFailure", "The disk is full, so {undone}. Free some space and try again.")
_NO_VAULT: Final = QT_TRANSLATE_NOOP(
    "PeerLogFailure", "The vault could not be reached, so {undone}.")
_OTHER: Final = QT_TRANSLATE_NOOP(
    "PeerLogFailure", "Something went wrong, so {undone}. Please try again.")


def failure_text(error: BaseException, undone: str, tr: Translate = untranslated) -> str:
    """A sentence naming the cause of `error` and what was not done.

    Args:
        error: what the vault job raised.
        undone: what did not happen, as a clause: "the contact was not saved".
        tr: the view's translate function (English when left out).
    """
    if isinstance(error, UnresolvedIdentifiers):
        words = _IDENTIFIER
    elif isinstance(error, KeyError):  # deleted meanwhile, e.g. in another window
        words = _GONE
    elif isinstance(error, DiskFull):
        words = _DISK_FULL
    elif isinstance(error, VaultError):
        words = _NO_VAULT
    else:
        words = _OTHER
    return tr(CONTEXT, words).format(undone=undone)
