"""What the vault keeps for prevalence tokens: the choice, the device secret, tokens made.

Three rows of the vault's `settings` table (as `desktop.roles` keeps roles; no
schema change): whether the person takes part, the random device secret the tags are made
from, and each quarter's saved token. Keeping the token itself means "save again" writes
the very same file: a second, freshly randomized token for the same quarter would let
whoever saw both average the noise away.

Every function runs vault queries, so in the app it is called on the worker only.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from desktop.prevalence.token import (
    SECRET_BYTES,
    Period,
    Token,
    TokenInvalid,
    new_device_secret,
    parse_token,
)

if TYPE_CHECKING:
    from crypto.vault import Vault

log = logging.getLogger(__name__)

OPT_IN_KEY: Final = "prevalence_opt_in"
DEVICE_SECRET_ROW: Final = "prevalence_device_secret"  # noqa: S105 - a row name, not a secret
TOKENS_KEY: Final = "prevalence_tokens"

_UPSERT: Final = (
    "INSERT INTO settings (key, value) VALUES (?, ?) "
    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
)


@dataclass(frozen=True)
class TokenState:
    """What the section shows for one quarter.

    Attributes:
        opted_in: the person chose to take part.
        saved: the token already saved for the quarter, if any.
    """

    opted_in: bool
    saved: Token | None


def _value(vault: Vault, key: str) -> str | None:
    rows = vault.query("SELECT value FROM settings WHERE key = ?", (key,))
    return str(rows[0][0]) if rows else None


def _saved_tokens(vault: Vault) -> dict[str, str]:
    raw = _value(vault, TOKENS_KEY)
    if raw is None:
        return {}
    try:
        loaded = json.loads(raw)
    except ValueError:
        loaded = None
    if not isinstance(loaded, dict):
        log.warning("stored prevalence tokens are unreadable; treating them as none")
        return {}
    return {str(k): str(v) for k, v in loaded.items()}


def read_state(vault: Vault, period: Period) -> TokenState:
    """Whether the person takes part, and the token saved for `period` (on the worker)."""
    saved = _saved_tokens(vault).get(str(period))
    token = None
    if saved is not None:
        try:
            token = parse_token(saved.encode("utf-8"))
        except TokenInvalid:
            log.warning("a stored prevalence token is unreadable")
    return TokenState(_value(vault, OPT_IN_KEY) == "1", token)


def set_opted_in(vault: Vault, opted_in: bool) -> bool:
    """Store the person's choice; returns it."""
    vault.execute(_UPSERT, (OPT_IN_KEY, "1" if opted_in else "0"))
    return opted_in


def device_secret(vault: Vault) -> bytes:
    """The vault's device secret, made and stored the first time it is needed."""
    with vault.transaction() as conn:
        rows = conn.execute(
            "SELECT value FROM settings WHERE key = ?", (DEVICE_SECRET_ROW,)
        ).fetchall()
        if rows:
            try:
                secret = bytes.fromhex(str(rows[0][0]))
            except ValueError:
                secret = b""
            if len(secret) == SECRET_BYTES:
                return secret
            log.warning("the stored prevalence secret is unreadable; making a new one")
        secret = new_device_secret()
        conn.execute(_UPSERT, (DEVICE_SECRET_ROW, secret.hex()))
        return secret


def record_token(vault: Vault, token: Token) -> Token:
    """Keep `token` as its quarter's token; returns the one kept.

    If a token is already kept for the quarter (saved from another window meanwhile),
    that one stays and is returned, so a quarter never has two.
    """
    with vault.transaction() as conn:  # read and written in one transaction
        kept = _saved_tokens(vault)
        existing = kept.get(str(token.period))
        if existing is not None:
            try:
                return parse_token(existing.encode("utf-8"))
            except TokenInvalid:
                log.warning("a stored prevalence token is unreadable; replacing it")
        kept[str(token.period)] = token.to_text()
        conn.execute(_UPSERT, (TOKENS_KEY, json.dumps(kept, sort_keys=True)))
        return token
