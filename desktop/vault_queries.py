"""The part of `crypto.vault.Vault` a feature's store uses, written once for all of them.

Stores take this protocol rather than `Vault`, so a test may hand them a real vault and
read the type as what the store needs. Qt-free: stores run on the worker thread.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Protocol


class VaultQueries(Protocol):
    """Reads, single writes and transactions on an unlocked vault (worker thread only)."""

    def query(
        self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()
    ) -> list[tuple[Any, ...]]: ...

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> int: ...

    # Any: a sqlite3/sqlcipher3 connection, which the binding leaves untyped.
    def transaction(self) -> AbstractContextManager[Any]: ...
