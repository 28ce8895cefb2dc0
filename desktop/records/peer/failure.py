"""The causes of failure only the peer log has, for `desktop.words.failure_text`.

An identifier left in a note and a contact deleted meanwhile are worded here; a full
disk, an unreachable vault and the unexpected are worded in `desktop.words`, as in every
room. A view passes `CAUSES` with its translate function and `undone`, already
translated: `failure_text(error, undone, QCoreApplication.translate, CAUSES)`. The words
never quote the note.
"""

from __future__ import annotations

from typing import Final

from desktop.records.peer.store import UnresolvedIdentifiers
from desktop.words import QT_TRANSLATE_NOOP, Cause

CONTEXT: Final = "PeerLogFailure"
CAUSES: Final[tuple[Cause, ...]] = (
    (UnresolvedIdentifiers, CONTEXT, QT_TRANSLATE_NOOP(
        "PeerLogFailure", "The note still holds an identifier, so {undone}. Redact it first.")),
    # Deleted meanwhile, e.g. in another window.
    (KeyError, CONTEXT, QT_TRANSLATE_NOOP(
        "PeerLogFailure", "That contact is no longer in the log, so {undone}.")),
)
