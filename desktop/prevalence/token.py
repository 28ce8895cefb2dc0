"""Randomized-response tokens: an organization learns how common burnout is, not who has it.

Once per calendar quarter a person may make one token. It holds at most two answers,
each written truthfully with probability 3/4 and flipped with probability 1/4 (Warner's
randomized response):

- "burnout 3 or more this quarter": from the person's latest single-item burnout answer
  in the quarter (3 or more is the item's burnout cut-off);
- "used a confidential resource this quarter": only if the person answers it when making
  the token (yes or no); nothing is inferred from the vault.

For each answer, P(written 1 | true 1) / P(written 1 | true 0) = (3/4) / (1/4) = 3 and
likewise for a written 0, so a token shifts anyone's odds about that answer by at most a
factor of 3: local differential privacy with epsilon = ln 3 ~ 1.10 per answer. A token
with both answers costs at most 2 ln 3 ~ 2.20; four quarters a year at most 8 ln 3 ~ 8.79
(sequential composition; the coordinator knows who handed each file over, so tokens of
one person can be linked that way even though their tags cannot).

A token also carries a tag, HMAC-SHA256(device secret, quarter). The secret is random
and stays in the vault, so the same vault gives the same tag for a quarter (a second
token is caught as a duplicate) while tags of different quarters cannot be linked
without the secret. The token holds nothing else: see `Token.to_text`.

Each answer's coin is drawn once per quarter, as HMAC-SHA256(device secret, quarter and
question): making the token again gives the same draw, so nobody, the person included,
can redraw until it says what they prefer (a redraw would also bias the estimate). The
coin does not depend on the answer, so it stays a fair 3-in-4 draw; without the secret
nobody can recompute it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any, Final

FORMAT: Final = "confide-prevalence-token"
VERSION: Final = 1
KEEP: Final = Fraction(3, 4)  # probability an answer is written as it is
ODDS: Final = KEEP / (1 - KEEP)  # e^epsilon, exactly 3
EPSILON: Final = math.log(3)  # per answer
BURNOUT_CUTOFF: Final = 3  # single-item burnout: 3 or more describes burnout
MAX_TOKEN_BYTES: Final = 1024  # a real token is about 250 bytes
SECRET_BYTES: Final = 32
_TAG_CONTEXT: Final = b"confide prevalence tag v1\x00"
_COIN_CONTEXT: Final = b"confide prevalence coin v1\x00"

KEYS: Final = ("format", "version", "period", "tag", "burnout_3_or_more",
               "used_confidential_resource")
_PERIOD = re.compile(r"(\d{4})-Q([1-4])")
_TAG = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, order=True)
class Period:
    """A calendar quarter, written "2026-Q3"."""

    year: int
    quarter: int

    def __post_init__(self) -> None:
        if not (1 <= self.quarter <= 4 and 2000 <= self.year <= 9999):
            raise ValueError("a period is a quarter (1 to 4) of a year from 2000 to 9999")

    @classmethod
    def of(cls, day: date) -> Period:
        """The quarter `day` falls in."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, text: str) -> Period:
        """The quarter written as `text` ("2026-Q3"). Raises ValueError otherwise."""
        found = _PERIOD.fullmatch(text)
        if found is None:
            raise ValueError("a period is written like 2026-Q3")
        return cls(int(found[1]), int(found[2]))

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.quarter - 2, 1)

    @property
    def last_day(self) -> date:
        if self.quarter == 4:
            return date(self.year, 12, 31)
        return date.fromordinal(date(self.year, 3 * self.quarter + 1, 1).toordinal() - 1)

    def __str__(self) -> str:
        return f"{self.year}-Q{self.quarter}"


@dataclass(frozen=True)
class Token:
    """One person's randomized answers for one quarter, as handed over.

    Attributes:
        period: the quarter.
        tag: 64 hex digits, HMAC-SHA256(device secret, quarter).
        burnout: the written (randomized) burnout answer, 0 or 1.
        resource: the written (randomized) resource answer, 0 or 1, or None when the
            person chose not to include that question.
    """

    period: Period
    tag: str
    burnout: int
    resource: int | None

    def to_text(self) -> str:
        """The token file's whole content: these six keys, nothing else."""
        values = [FORMAT, VERSION, str(self.period), self.tag, self.burnout, self.resource]
        return json.dumps(dict(zip(KEYS, values, strict=True)), indent=1) + "\n"


class TokenInvalid(ValueError):
    """A token file that is not a well-formed token; `str()` is one line saying why."""


def burned_out(answer: int) -> bool:
    """Whether a single-item burnout answer (1 to 5) describes burnout."""
    if not 1 <= answer <= 5:
        raise ValueError("a single-item burnout answer is 1 to 5")
    return answer >= BURNOUT_CUTOFF


def written_probability(written: int, truth: int) -> Fraction:
    """P(the token says `written` | the true answer is `truth`), exactly, for one answer."""
    return KEEP if written == truth else 1 - KEEP


def randomize(truth: bool, coin: Callable[[int], int] = secrets.randbelow) -> int:
    """The answer to write: `truth` with probability 3/4, flipped with probability 1/4.

    Args:
        truth: the true answer.
        coin: `randbelow(n)`, uniform on 0..n-1 (tests pass a fixed one).
    """
    sides = KEEP.denominator
    keep = coin(sides) < KEEP.numerator
    return int(truth) if keep else 1 - int(truth)


def new_device_secret() -> bytes:
    """A fresh random secret for the tags (kept only in the vault)."""
    return secrets.token_bytes(SECRET_BYTES)


def device_tag(secret: bytes, period: Period) -> str:
    """HMAC-SHA256(secret, period) in hex: the same for one vault and quarter, else unlinkable."""
    if len(secret) < SECRET_BYTES:
        raise ValueError("the device secret is too short")
    message = _TAG_CONTEXT + str(period).encode("ascii")
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def quarter_coin(secret: bytes, period: Period, question: str) -> Callable[[int], int]:
    """The coin for one answer of one quarter: the same on every call (see the module doc).

    `coin(n)` is a 256-bit HMAC value modulo n: exactly uniform when n divides 2**256,
    as the 4 sides used here do.
    """
    if len(secret) < SECRET_BYTES:
        raise ValueError("the device secret is too short")
    message = _COIN_CONTEXT + f"{period}\x00{question}".encode("ascii")
    value = int.from_bytes(hmac.new(secret, message, hashlib.sha256).digest(), "big")
    return lambda sides: value % sides


def make_token(
    period: Period,
    secret: bytes,
    burnout_answer: int,
    resource_used: bool | None,
    coin: Callable[[int], int] | None = None,
) -> Token:
    """The quarter's token: both answers randomized independently.

    Args:
        period: the quarter the answers are about.
        secret: the vault's device secret.
        burnout_answer: the person's latest single-item burnout answer (1 to 5) in `period`.
        resource_used: what the person said when making the token, or None to leave it out.
        coin: one draw for both answers (tests); by default each answer's `quarter_coin`.
    """
    burnout_coin = coin or quarter_coin(secret, period, "burnout")
    resource_coin = coin or quarter_coin(secret, period, "resource")
    burnout = randomize(burned_out(burnout_answer), burnout_coin)
    resource = None if resource_used is None else randomize(resource_used, resource_coin)
    return Token(period, device_tag(secret, period), burnout, resource)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise TokenInvalid("a key appears twice")
    return dict(pairs)


def _bit(value: Any, name: str, allowed: str = "0 or 1") -> int:
    # bool is an int in Python; a token writes 0 and 1, never true and false.
    if type(value) is not int or value not in (0, 1):
        raise TokenInvalid(f"{name} must be {allowed}")
    return value


def parse_token(data: bytes) -> Token:
    """The token in a file's bytes, checked strictly.

    Raises:
        TokenInvalid: with one line saying what is wrong (never the file's content).
    """
    if len(data) > MAX_TOKEN_BYTES:
        raise TokenInvalid(f"larger than a token ({MAX_TOKEN_BYTES} bytes at most)")
    try:
        loaded = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except UnicodeDecodeError:
        raise TokenInvalid("not UTF-8 text") from None
    except RecursionError:
        raise TokenInvalid("not a token (nested too deeply)") from None
    except ValueError as exc:
        if isinstance(exc, TokenInvalid):
            raise
        raise TokenInvalid("not JSON") from None
    if not isinstance(loaded, dict):
        raise TokenInvalid("not a token (not a JSON object)")
    if loaded.get("format") != FORMAT:
        raise TokenInvalid("not a Confide prevalence token")
    if set(loaded) != set(KEYS):
        raise TokenInvalid("the keys are not exactly " + ", ".join(KEYS))
    version = loaded["version"]
    if type(version) is not int or version != VERSION:
        raise TokenInvalid(f"version must be {VERSION} (a newer Confide may have made it)")
    period_text, tag = loaded["period"], loaded["tag"]
    try:
        period = Period.parse(period_text if isinstance(period_text, str) else "")
    except ValueError:
        raise TokenInvalid("period must be a quarter like 2026-Q3") from None
    if not isinstance(tag, str) or _TAG.fullmatch(tag) is None:
        raise TokenInvalid("tag must be 64 lowercase hex digits")
    burnout = _bit(loaded["burnout_3_or_more"], "burnout_3_or_more")
    resource_value = loaded["used_confidential_resource"]
    resource = (None if resource_value is None
                else _bit(resource_value, "used_confidential_resource", "0, 1 or null"))
    return Token(period, tag, burnout, resource)
