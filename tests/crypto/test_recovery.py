from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto.recovery import ALPHABET, CODE_LEN, RecoveryCode


def test_code_has_at_least_128_bits_and_is_grouped_for_writing_down() -> None:
    code = RecoveryCode.generate()
    assert CODE_LEN * math.log2(len(ALPHABET)) >= 128
    assert len(code) == CODE_LEN
    shown = code.display()
    assert [len(g) for g in shown.split("-")] == [4] * 7


def test_codes_differ() -> None:
    assert len({RecoveryCode.generate() for _ in range(50)}) == 50


@given(st.builds(RecoveryCode.generate), st.sampled_from(["lower", "spaces", "lookalike"]))
def test_parse_forgives_how_people_type(code: RecoveryCode, style: str) -> None:
    typed = code.display()
    if style == "lower":
        typed = typed.lower()
    elif style == "spaces":
        typed = " ".join(code.groups())
    else:
        typed = typed.replace("0", "O").replace("1", "I")
    assert RecoveryCode.parse(typed) == code


@pytest.mark.parametrize(
    "typed", ["", "ABCD", "U" * CODE_LEN, "A" * (CODE_LEN + 1), "!" * CODE_LEN]
)
def test_parse_refuses_what_is_not_a_code(typed: str) -> None:
    with pytest.raises(ValueError, match="28 letters"):
        RecoveryCode.parse(typed)


def test_wrapping_key_depends_on_code_and_salt() -> None:
    a, b = RecoveryCode.generate(), RecoveryCode.generate()
    salt = b"s" * 16
    assert a.wrapping_key(salt) == RecoveryCode.parse(a.display()).wrapping_key(salt)
    assert a.wrapping_key(salt) != b.wrapping_key(salt)
    assert a.wrapping_key(salt) != a.wrapping_key(b"t" * 16)
