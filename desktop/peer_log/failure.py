"""What the peer log tells the supporter when a vault job fails, in plain words.

The causes only the peer log has (an identifier left in a note, a contact deleted
meanwhile) are worded here; the rest in `desktop.words`, shared by every view. The words
never quote the note.
"""

from __future__ import annotations

from desktop import words
from desktop.peer_log.store import UnresolvedIdentifiers


def failure_text(error: BaseException, undone: str) -> str:
    """A sentence naming the cause of `error` and what was not done.

    Args:
        error: what the vault job raised.
        undone: what did not happen, as a clause: "the contact was not saved".
    """
    if isinstance(error, UnresolvedIdentifiers):
        return f"The note still holds an identifier, so {undone}. Redact it first."
    if isinstance(error, KeyError):  # deleted meanwhile, e.g. in another window
        return f"That contact is no longer in the log, so {undone}."
    return words.failure_text(error, undone)
