"""`confide-admin prevalence merge`: estimates, refusals, exit codes, hostile files."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.prevalence.token import Period, Token, make_token, new_device_secret
from tests.desktop.admin.test_cli_fuzz import HOSTILE, _assert_clean, _mutations, _run

Q3 = Period(2026, 3)


def write_tokens(folder: Path, tokens: list[Token], prefix: str = "t") -> list[str]:
    names = []
    for i, token in enumerate(tokens):
        path = folder / f"{prefix}{i:03}.json"
        path.write_text(token.to_text(), encoding="utf-8")
        names.append(str(path))
    return names


def survey(n: int, period: Period = Q3, *, seed: int = 7, resource: bool = True) -> list[Token]:
    """`n` people, a third burned out, each with their own vault secret."""
    draw = random.Random(seed)
    return [
        make_token(period, new_device_secret(), 4 if i % 3 == 0 else 1,
                   (i % 5 == 0) if resource else None, coin=draw.randrange)
        for i in range(n)
    ]


def merge(*names: str) -> tuple[int, str]:
    return _run(["prevalence", "merge", *names])


def test_a_quarter_with_enough_tokens_is_estimated(tmp_path: Path) -> None:
    code, text = merge(*write_tokens(tmp_path, survey(120)))
    assert code == 0, text
    lines = text.splitlines()
    assert lines[0] == "2026-Q3: 120 tokens"
    found = re.fullmatch(
        r"  burnout \(answer 3 or more\): (\d+\.\d)% \(95% CI (\d+\.\d)% to (\d+\.\d)%\), "
        r"from 120 tokens", lines[1])
    assert found, lines[1]
    low, high = float(found[2]), float(found[3])
    assert low <= 100 / 3 <= high  # the truth (a third) is in this seed's interval
    assert lines[2].startswith("  used a confidential resource: ")
    assert lines[2].endswith("from 120 tokens that answered")
    assert len(lines) == 3


def test_fewer_than_thirty_tokens_are_refused(tmp_path: Path) -> None:
    code, text = merge(*write_tokens(tmp_path, survey(29)))
    assert code == 1
    assert text == (
        "2026-Q3: refused: 29 token(s); at least 30 are needed before anything is reported\n"
    )
    assert "%" not in text


def test_the_resource_question_needs_thirty_answers_of_its_own(tmp_path: Path) -> None:
    tokens = survey(30, resource=False) + survey(5, seed=8)
    code, text = merge(*write_tokens(tmp_path, tokens))
    assert code == 1
    assert "  burnout (answer 3 or more): " in text
    assert "2026-Q3: confidential resource use not reported: 5 token(s); at least 30" in text
    assert "used a confidential resource:" not in text


def test_each_quarter_is_reported_on_its_own(tmp_path: Path) -> None:
    names = write_tokens(tmp_path, survey(40, Period(2026, 4)), "q4-")
    names += write_tokens(tmp_path, survey(31, Q3), "q3-")
    code, text = merge(*names)
    assert code == 0
    assert [line for line in text.splitlines() if not line.startswith(" ")] == [
        "2026-Q3: 31 tokens", "2026-Q4: 40 tokens"]


def test_a_second_token_from_the_same_vault_and_quarter_is_refused(tmp_path: Path) -> None:
    secret = new_device_secret()
    tokens = survey(40)
    first = make_token(Q3, secret, 4, None, coin=lambda n: 0)
    again = make_token(Q3, secret, 4, None, coin=lambda n: 3)  # a fresh draw: differs
    assert first.tag == again.tag and first != again
    names = write_tokens(tmp_path, [*tokens, first, again])
    code, text = merge(*names)
    assert code == 1
    assert text.splitlines() == [
        f"{names[-1]}: refused: a second token from the same vault for 2026-Q3 "
        f"(the first is {names[-2]})",
        "Nothing was reported. Remove the refused files and run again.",
    ]
    # The same file given twice is the same thing.
    code, text = merge(*names[:40], names[0])
    assert code == 1 and f"{names[0]}: refused: a second token" in text


def test_the_same_vault_in_another_quarter_is_not_a_duplicate(tmp_path: Path) -> None:
    secret = new_device_secret()
    names = write_tokens(tmp_path, survey(30) + survey(30, Period(2026, 4), seed=9))
    names += write_tokens(tmp_path, [make_token(Q3, secret, 1, None),
                                     make_token(Period(2026, 4), secret, 1, None)], "same-")
    code, text = merge(*names)
    assert code == 0, text
    assert "2026-Q3: 31 tokens" in text and "2026-Q4: 31 tokens" in text


def test_a_malformed_token_is_one_line_and_nothing_is_reported(tmp_path: Path) -> None:
    names = write_tokens(tmp_path, survey(40))
    bad = tmp_path / "bad.json"
    data = json.loads(Path(names[0]).read_text()) | {"burnout_3_or_more": 2}
    bad.write_text(json.dumps(data))
    code, text = merge(*names, str(bad))
    assert code == 1
    assert text.splitlines() == [
        f"{bad}: refused: burnout_3_or_more must be 0 or 1",
        "Nothing was reported. Remove the refused files and run again.",
    ]


def test_an_unreadable_file_is_exit_2(tmp_path: Path) -> None:
    code, text = merge(*write_tokens(tmp_path, survey(2)), "/nonexistent/token.json")
    assert code == 2
    assert text.splitlines() == ["confide-admin: cannot read /nonexistent/token.json: "
                                 "No such file or directory"]


def test_no_file_is_a_usage_error() -> None:
    code, _text = merge()
    assert code == 2


TOKEN = make_token(Q3, bytes(32), 3, True).to_text().encode()


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.one_of(st.sampled_from(HOSTILE), _mutations(TOKEN)))
@example(raw=TOKEN)
def test_hostile_token_files_end_in_one_line(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "token.json"
    path.write_bytes(raw)
    code, text = merge(str(path))
    _assert_clean(code, text)
    assert code == 1  # one token is never enough, and a broken one is refused
    assert len(text.splitlines()) <= 2
