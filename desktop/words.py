"""How every view says a vault job failed: one wording for one cause, Qt-free.

Core errors carry data and the views turn them into words here, so a full disk or an
unreachable vault reads the same in the check-in, the safety plan, the export and the
peer log. The words never quote what the person wrote.
"""

from __future__ import annotations

from crypto.errors import DiskFull, VaultError


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
