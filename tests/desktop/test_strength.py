"""The passphrase rule: at least 10 characters and a zxcvbn score of 3 or more."""

from __future__ import annotations

import pytest
from zxcvbn import zxcvbn

from desktop.strength import MIN_LENGTH, Problem, assess


def test_empty_is_not_accepted_and_invites_a_choice() -> None:
    verdict = assess("")
    assert verdict.problem is Problem.EMPTY
    assert not verdict.acceptable
    assert verdict.score == 0


@pytest.mark.parametrize("short", ["a", "Xq#9!zV", "Tr0ub4d&3"])
def test_shorter_than_the_minimum_is_refused_even_if_random(short: str) -> None:
    assert len(short) < MIN_LENGTH
    verdict = assess(short)
    assert verdict.problem is Problem.TOO_SHORT
    assert verdict.score <= 2  # the meter never shows "Strong" for a refused passphrase


@pytest.mark.parametrize(
    "guessable",
    ["password123", "qwertyuiop", "Summer2024!", "abcdefghij", "confide2024!", "aaaaaaaaaaaaaaaa"],
)
def test_common_patterns_are_refused_with_a_reason(guessable: str) -> None:
    verdict = assess(guessable)
    assert verdict.problem is Problem.TOO_GUESSABLE
    assert verdict.score < 3


def test_app_words_count_against_the_passphrase() -> None:
    # "confide" and "vault" are the words an attacker would try first against this app.
    assert zxcvbn("confidevault")["score"] == 2
    assert assess("confidevault").score == 1


@pytest.mark.parametrize(
    "strong", ["sunflower river quiet lamp", "mydog likes 3 walks", "correct horse battery staple"]
)
def test_several_unrelated_words_are_accepted(strong: str) -> None:
    verdict = assess(strong)
    assert verdict.acceptable
    assert verdict.problem is None
    assert verdict.score >= 3


def test_personal_words_lower_the_score() -> None:
    phrase = "gonzalezmaria87"
    assert assess(phrase).acceptable
    assert not assess(phrase, personal_words=("GonzalezMaria87",)).acceptable


def test_very_long_passphrases_are_judged_quickly_and_accepted() -> None:
    verdict = assess("plum kettle orbit " * 500)
    assert verdict.acceptable


def test_one_acceptance_rule_for_every_new_passphrase() -> None:
    from desktop.strength import (
        NewPassphraseProblem,
        assess,
        new_passphrase_accepted,
        new_passphrase_problems,
    )

    strong = "correct horse battery staple orbit"
    assert new_passphrase_accepted(assess(strong), strong, strong)
    assert not new_passphrase_accepted(assess(strong), strong, strong + "x")
    assert not new_passphrase_accepted(assess("short"), "short", "short")
    assert new_passphrase_problems(assess(strong), strong, "") == ()  # not typed yet
    assert new_passphrase_problems(assess("short"), "short", "shirt") == (
        NewPassphraseProblem.TOO_SHORT, NewPassphraseProblem.MISMATCH)
    assert new_passphrase_problems(assess(""), "", "") == ()  # empty is not an error yet
