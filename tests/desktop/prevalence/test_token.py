"""Tokens: what one reveals (exactly epsilon per answer), their file, tags, and the parser."""

from __future__ import annotations

import json
import math
import time
from datetime import date
from fractions import Fraction
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.prevalence.token import (
    EPSILON,
    KEEP,
    KEYS,
    MAX_TOKEN_BYTES,
    ODDS,
    Period,
    Token,
    TokenInvalid,
    burned_out,
    device_tag,
    make_token,
    new_device_secret,
    parse_token,
    quarter_coin,
    randomize,
    written_probability,
)

SECRET = bytes(range(32))
Q3 = Period(2026, 3)


def test_a_single_answer_shifts_the_odds_by_exactly_e_to_the_epsilon() -> None:
    # From the implementation's own probabilities, for both written values.
    for written in (0, 1):
        ratio = written_probability(written, 1) / written_probability(written, 0)
        assert ratio in (ODDS, 1 / ODDS)
        assert max(ratio, 1 / ratio) == Fraction(3)
    assert ODDS == 3 and math.isclose(math.exp(EPSILON), 3.0)
    assert written_probability(1, 1) + written_probability(0, 1) == 1


def always(side: int, _sides: int) -> int:
    return side


def test_randomize_uses_the_stated_probabilities_over_every_draw() -> None:
    # Every outcome of the coin, counted: the written answer is kept in exactly 3 of 4.
    for truth in (False, True):
        written = [randomize(truth, coin=partial(always, side)) for side in range(4)]
        kept = Fraction(sum(w == int(truth) for w in written), 4)
        assert kept == KEEP == written_probability(int(truth), int(truth))


def test_making_the_token_again_gives_the_same_draw() -> None:
    # Declining and making it again must not redraw: 40 vaults, each token made twice.
    # With a fresh draw each time, two tokens would differ in about 4 of 10 pairs.
    for _ in range(40):
        secret = new_device_secret()
        assert make_token(Q3, secret, 4, True) == make_token(Q3, secret, 4, True)
        assert make_token(Q3, secret, 1, False) == make_token(Q3, secret, 1, False)


def test_the_quarter_coins_are_fair_and_independent() -> None:
    # Over 4,000 vaults: each coin keeps the answer about 3 in 4 times, the two answers'
    # coins agree as often as independent ones would (5 in 8), and the next quarter's
    # coin is a new draw. Bounds are 5 standard deviations wide.
    n = 4000
    kept_burnout = kept_resource = agree = same_next = 0
    for _ in range(n):
        secret = new_device_secret()
        b = quarter_coin(secret, Q3, "burnout")(4) < 3
        r = quarter_coin(secret, Q3, "resource")(4) < 3
        later = quarter_coin(secret, Period(2026, 4), "burnout")(4) < 3
        kept_burnout += b
        kept_resource += r
        agree += b == r
        same_next += b == later
    for count, p in ((kept_burnout, 0.75), (kept_resource, 0.75), (agree, 0.625),
                     (same_next, 0.625)):
        assert abs(count / n - p) < 5 * math.sqrt(p * (1 - p) / n), (count, p)
    with pytest.raises(ValueError, match="too short"):
        quarter_coin(b"short", Q3, "burnout")


def test_a_token_holds_only_its_six_keys_and_nothing_personal() -> None:
    token = make_token(Q3, SECRET, burnout_answer=4, resource_used=True, coin=lambda n: 0)
    text = token.to_text()
    data = json.loads(text)
    assert list(data) == list(KEYS)
    assert data == {
        "format": "confide-prevalence-token",
        "version": 1,
        "period": "2026-Q3",
        "tag": device_tag(SECRET, Q3),
        "burnout_3_or_more": 1,
        "used_confidential_resource": 1,
    }
    # No burnout score, date, time, secret or device name: only the six values above.
    assert SECRET.hex() not in text and len(text.encode()) < MAX_TOKEN_BYTES
    assert parse_token(text.encode()) == token


def test_the_resource_question_can_be_left_out() -> None:
    token = make_token(Q3, SECRET, burnout_answer=1, resource_used=None, coin=lambda n: 0)
    assert token.resource is None and token.burnout == 0
    assert json.loads(token.to_text())["used_confidential_resource"] is None


def test_burnout_is_three_or_more() -> None:
    assert [burned_out(a) for a in range(1, 6)] == [False, False, True, True, True]
    with pytest.raises(ValueError, match="1 to 5"):
        burned_out(6)


def test_tags_repeat_within_a_quarter_and_differ_across_quarters_and_vaults() -> None:
    assert device_tag(SECRET, Q3) == device_tag(SECRET, Period(2026, 3))
    assert device_tag(SECRET, Q3) != device_tag(SECRET, Period(2026, 4))
    assert device_tag(SECRET, Q3) != device_tag(new_device_secret(), Q3)
    with pytest.raises(ValueError, match="too short"):
        device_tag(b"short", Q3)


@pytest.mark.parametrize(
    ("day", "text", "first", "last"),
    [
        (date(2026, 1, 1), "2026-Q1", date(2026, 1, 1), date(2026, 3, 31)),
        (date(2024, 5, 31), "2024-Q2", date(2024, 4, 1), date(2024, 6, 30)),
        (date(2026, 9, 30), "2026-Q3", date(2026, 7, 1), date(2026, 9, 30)),
        (date(2026, 12, 31), "2026-Q4", date(2026, 10, 1), date(2026, 12, 31)),
    ],
)
def test_periods_are_calendar_quarters(day: date, text: str, first: date, last: date) -> None:
    period = Period.of(day)
    assert (str(period), period.first_day, period.last_day) == (text, first, last)
    assert Period.parse(text) == period


def good() -> dict[str, object]:
    return json.loads(Token(Q3, device_tag(SECRET, Q3), 1, 0).to_text())  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"format": "other"}, "not a Confide prevalence token"),
        ({"version": 2}, "version must be 1"),
        ({"version": True}, "version must be 1"),
        ({"period": "2026-Q5"}, "period must be a quarter"),
        ({"period": 2026}, "period must be a quarter"),
        ({"tag": "ABC"}, "tag must be 64 lowercase hex digits"),
        ({"tag": "A" * 64}, "tag must be 64 lowercase hex digits"),
        ({"burnout_3_or_more": 2}, "burnout_3_or_more must be 0 or 1"),
        ({"burnout_3_or_more": True}, "burnout_3_or_more must be 0 or 1"),
        ({"burnout_3_or_more": None}, "burnout_3_or_more must be 0 or 1"),
        ({"used_confidential_resource": "yes"}, "must be 0, 1 or null"),
        ({"name": "Dr Example"}, "the keys are not exactly"),
    ],
)
def test_malformed_tokens_are_refused_with_one_line(change: dict[str, object], reason: str) -> None:
    data = good() | change
    with pytest.raises(TokenInvalid, match=reason) as refused:
        parse_token(json.dumps(data).encode())
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xff\xfe", "not UTF-8"),
        (b"{", "not JSON"),
        (b"[1]", "not a JSON object"),
        (b" " * (MAX_TOKEN_BYTES + 1), "larger than a token"),
        (b'{"format": "confide-prevalence-token", "format": "x"}', "a key appears twice"),
        (b"[" * 500 + b"]" * 500, "not a JSON object"),
    ],
)
def test_files_that_are_not_tokens_are_refused(raw: bytes, reason: str) -> None:
    with pytest.raises(TokenInvalid, match=reason):
        parse_token(raw)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=MAX_TOKEN_BYTES + 50))
def test_the_parser_never_fails_otherwise_on_bytes(raw: bytes) -> None:
    started = time.perf_counter()
    try:
        parse_token(raw)
    except TokenInvalid as refused:
        assert "\n" not in str(refused)
    assert time.perf_counter() - started < 0.5


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=70),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=30), inner,
                                                                 max_size=7),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from([*KEYS, "extra"]), json_values, max_size=8), st.booleans())
def test_the_parser_refuses_or_accepts_near_tokens_cleanly(
    fields: dict[str, object], based_on_good: bool
) -> None:
    data = (good() | fields) if based_on_good else fields
    raw = json.dumps(data).encode()
    try:
        token = parse_token(raw)
    except TokenInvalid as refused:
        assert "\n" not in str(refused)
        return
    # Whatever is accepted writes back to the same data.
    assert json.loads(token.to_text()) == data
