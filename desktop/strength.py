"""How strong a new passphrase is, and whether Confide accepts it.

The rule: at least 10 characters AND a zxcvbn score of 3 or more ("safely
unguessable"). Why both: the vault file can be copied off a lost laptop and guessed at
offline without limit, so the passphrase is the only wall. zxcvbn's score 3 means about
10^8 to 10^10 guesses for an attacker who knows common patterns; each guess costs a
calibrated Argon2id run (~0.5 s on this machine), which puts score 3 at years of work.
zxcvbn can overrate short random-looking strings, so 10 characters is a floor on top;
four ordinary words ("sunflower river quiet lamp") pass easily, which is what we suggest.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

MIN_LENGTH = 10
MIN_SCORE = 3
MAX_SCORE = 4
# zxcvbn's matching is super-linear in length; beyond this the score is already maximal.
_ESTIMATE_CHARS = 72  # also zxcvbn 4.5's own limit (it raises beyond it)
# Words an attacker would try first against this app's vaults.
_APP_WORDS = ("confide", "vault", "passphrase", "password", "nurse", "doctor", "hospital")


class Problem(Enum):
    """Why a passphrase is not accepted yet (None in `Strength.problem` means accepted)."""

    EMPTY = "empty"
    TOO_SHORT = "too-short"
    TOO_GUESSABLE = "too-guessable"


# A NamedTuple, not a dataclass: made before the unlock screen's first paint, where each
# frozen dataclass costs ~1 ms compiling its generated methods (same fields, repr, ==, hash).
class Strength(NamedTuple):
    """The verdict on one candidate passphrase.

    The words shown for it, in the language in force, are the view's
    (`desktop.ui.passphrase`).

    Attributes:
        score: zxcvbn's 0 to 4 (0 for an empty passphrase).
        problem: why it is refused, or None when it is accepted.
    """

    score: int
    problem: Problem | None

    @property
    def acceptable(self) -> bool:
        return self.problem is None


def assess(passphrase: str, personal_words: tuple[str, ...] = ()) -> Strength:
    """Judge `passphrase` against Confide's rule.

    Args:
        passphrase: the candidate.
        personal_words: words an attacker who knows the person would try (optional).
    """
    if not passphrase:
        return Strength(0, Problem.EMPTY)
    from zxcvbn import zxcvbn  # noqa: PLC0415 - ~20 ms; the unlock screen never needs it

    result = zxcvbn(passphrase[:_ESTIMATE_CHARS], user_inputs=[*_APP_WORDS, *personal_words])
    score = int(result["score"])
    if len(passphrase) < MIN_LENGTH:
        return Strength(min(score, 2), Problem.TOO_SHORT)  # the meter never says "Strong"
    if score < MIN_SCORE:
        return Strength(score, Problem.TOO_GUESSABLE)
    return Strength(score, None)


class NewPassphraseProblem(Enum):
    """What the person is told about a new passphrase and its confirmation."""

    TOO_SHORT = "too-short"
    TOO_GUESSABLE = "too-guessable"
    MISMATCH = "mismatch"


def new_passphrase_problems(
    strength: Strength, passphrase: str, confirmation: str
) -> tuple[NewPassphraseProblem, ...]:
    """Why a new passphrase is not taken yet: setup, the lock screen and settings alike.

    An empty field is not a problem yet; a confirmation is compared once it is typed.
    """
    problems = []
    if strength.problem is Problem.TOO_SHORT:
        problems.append(NewPassphraseProblem.TOO_SHORT)
    elif strength.problem is Problem.TOO_GUESSABLE:
        problems.append(NewPassphraseProblem.TOO_GUESSABLE)
    if confirmation and confirmation != passphrase:
        problems.append(NewPassphraseProblem.MISMATCH)
    return tuple(problems)


def new_passphrase_accepted(strength: Strength, passphrase: str, confirmation: str) -> bool:
    """The one acceptance rule: strong enough, and typed the same twice."""
    return strength.acceptable and passphrase == confirmation
