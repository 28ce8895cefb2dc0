"""What the peer log tells the supporter when a vault job fails, in plain words.

Core errors carry data and the views turn them into words here, so recording, correcting
and deleting a contact name the same cause the same way. The words never quote the note.
"""

from __future__ import annotations

from crypto.errors import DiskFull, VaultError
from desktop.peer_log.store import UnresolvedIdentifiers


def failure_text(error: BaseException, undone: str) -> str:
    """A sentence naming the cause of `error` and what was not done.

    Args:
        error: what the vault job raised.
        undone: what did not happen, as a clause: "the contact was not saved".
    """
    if isinstance(error, UnresolvedIdentifiers):
        return f"The note still holds an identifier, so {undone}. Redact it first."
    if isinstance(error, DiskFull):
        return f"The disk is full, so {undone}. Free some space and try again."
    if isinstance(error, VaultError):
        return f"The vault could not be reached, so {undone}."
    if isinstance(error, KeyError):  # deleted meanwhile, e.g. in another window
        return f"That contact is no longer in the log, so {undone}."
    return f"Something went wrong, so {undone}. Please try again."
