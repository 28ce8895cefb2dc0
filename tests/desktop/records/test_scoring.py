"""The one scoring engine against the published rules, at every band edge of every instrument."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.records.instruments import Instrument, ItemFlag, load_all
from desktop.records.scoring import score

INSTRUMENTS = load_all()

# Written out from the publications, not read from the files, so a wrong file fails here.
# PHQ-9: 5/10/15/20 (Kroenke 2001); GAD-7: 5/10/15 (Spitzer 2006); PHQ-2/GAD-2: >=3 positive;
# WHO-5: raw <13 poor, <=28% (raw <=7) very low; single-item burnout: >=3 burnout.
EDGES: dict[str, list[tuple[int, str]]] = {
    "phq9": [
        (0, "Minimal"),
        (4, "Minimal"),
        (5, "Mild"),
        (9, "Mild"),
        (10, "Moderate"),
        (14, "Moderate"),
        (15, "Moderately severe"),
        (19, "Moderately severe"),
        (20, "Severe"),
        (27, "Severe"),
    ],
    "gad7": [
        (0, "Minimal"),
        (4, "Minimal"),
        (5, "Mild"),
        (9, "Mild"),
        (10, "Moderate"),
        (14, "Moderate"),
        (15, "Severe"),
        (21, "Severe"),
    ],
    "phq2": [
        (0, "Screen negative"),
        (2, "Screen negative"),
        (3, "Screen positive"),
        (6, "Screen positive"),
    ],
    "gad2": [
        (0, "Screen negative"),
        (2, "Screen negative"),
        (3, "Screen positive"),
        (6, "Screen positive"),
    ],
    "who5": [
        (0, "Very low well-being"),
        (7, "Very low well-being"),
        (8, "Low well-being"),
        (12, "Low well-being"),
        (13, "No sign of low well-being"),
        (25, "No sign of low well-being"),
    ],
    "burnout": [
        (1, "Not burned out"),
        (2, "Not burned out"),
        (3, "Burnout symptoms"),
        (5, "Burnout symptoms"),
    ],
}


def answers_for(instrument: Instrument, total: int) -> list[int]:
    """A valid answer set adding up to `total`, filled from the first item."""
    top, low = instrument.max_value, instrument.min_value
    answers = [low] * len(instrument.items)
    left = total - low * len(answers)
    for i in range(len(answers)):
        answers[i] += min(top - low, left)
        left -= answers[i] - low
    assert left == 0, f"{total} is out of reach"
    return answers


def test_every_instrument_has_its_edges_listed() -> None:
    assert set(EDGES) == set(INSTRUMENTS)


@pytest.mark.parametrize(
    ("key", "total", "label"), [(k, t, label) for k, edges in EDGES.items() for t, label in edges]
)
def test_band_edges(key: str, total: int, label: str) -> None:
    instrument = INSTRUMENTS[key]
    result = score(instrument, answers_for(instrument, total))
    assert result.score == total
    assert result.band.label == label


@pytest.mark.parametrize(
    ("raw", "percent"), [(0, 0.0), (7, 28.0), (12, 48.0), (13, 52.0), (25, 100.0)]
)
def test_who5_percentage_is_raw_times_four(raw: int, percent: float) -> None:
    who5 = INSTRUMENTS["who5"]
    assert score(who5, answers_for(who5, raw)).percentage == percent


def test_only_who5_has_a_percentage() -> None:
    phq9 = INSTRUMENTS["phq9"]
    assert score(phq9, [0] * 9).percentage is None


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_phq9_item9_above_zero_is_risk_whatever_the_total(item9: int) -> None:
    result = score(INSTRUMENTS["phq9"], [0] * 8 + [item9])
    assert result.risk_items == (9,) and result.risk
    assert result.band.label == "Minimal"  # a low total never hides the risk


def test_phq9_item9_zero_is_no_risk_even_when_severe() -> None:
    result = score(INSTRUMENTS["phq9"], [3] * 8 + [0])
    assert result.risk_items == () and not result.risk and result.band.label == "Severe"


@pytest.mark.parametrize(
    ("key", "answers"),
    [
        ("phq9", [0] * 8),
        ("phq9", [0] * 10),
        ("phq2", []),
        ("gad7", [0] * 6),
        ("phq9", [0] * 8 + [4]),
        ("phq9", [-1] + [0] * 8),
        ("who5", [6, 0, 0, 0, 0]),
        ("burnout", [0]),
        ("burnout", [6]),
        ("gad2", [True, 0]),
        ("gad2", [1.0, 0]),
        ("gad2", ["1", 0]),
    ],
)
def test_wrong_length_or_out_of_range_is_rejected(key: str, answers: list[object]) -> None:
    with pytest.raises(ValueError, match=INSTRUMENTS[key].title):
        score(INSTRUMENTS[key], answers)  # type: ignore[arg-type]  # wrong types on purpose


@st.composite
def answer_sets(draw: st.DrawFn) -> tuple[Instrument, list[int]]:
    instrument = draw(st.sampled_from(sorted(INSTRUMENTS.values(), key=lambda i: i.id)))
    values = [o.value for o in instrument.options]
    answers = draw(
        st.lists(
            st.sampled_from(values), min_size=len(instrument.items), max_size=len(instrument.items)
        )
    )
    return instrument, answers


@given(answer_sets())
def test_any_valid_answer_set_scores_in_range_and_in_exactly_one_band(
    case: tuple[Instrument, list[int]],
) -> None:
    instrument, answers = case
    result = score(instrument, answers)
    assert instrument.min_score <= result.score <= instrument.max_score
    assert result.score == sum(answers)
    assert [b for b in instrument.bands if b.contains(result.score)] == [result.band]
    assert set(result.risk_items) <= {r.item for r in instrument.risk_items}


# -- risk guidance and single-item flags, from the files --------------------------------------


def test_a_risk_answer_brings_its_guidance_and_no_risk_brings_none() -> None:
    phq9 = INSTRUMENTS["phq9"]
    risky = score(phq9, [1, 1, 0, 1, 1, 0, 0, 0, 1])
    assert risky.band.label == "Mild"
    assert risky.risk_guidance == (phq9.risk_items[0].guidance,)
    assert score(phq9, [1, 1, 0, 1, 1, 0, 0, 0, 0]).risk_guidance == ()


@pytest.mark.parametrize(
    ("answers", "flagged"),
    [
        ([5, 5, 5, 5, 1], (5,)),  # total 21, "No sign of low well-being", yet item 5 at 1
        ([0, 4, 4, 4, 4], (1,)),
        ([1, 0, 1, 0, 1], (1, 2, 3, 4, 5)),
        ([2, 2, 2, 2, 2], ()),  # 2 is above the rule's 0-1
        ([5, 5, 5, 5, 5], ()),
    ],
)
def test_who5_flags_any_item_answered_0_or_1(answers: list[int], flagged: tuple[int, ...]) -> None:
    who5 = INSTRUMENTS["who5"]
    result = score(who5, answers)
    assert [f.items for f in result.flags] == ([flagged] if flagged else [])
    if flagged:
        assert result.flags[0].message == who5.item_flags[0].message


def test_the_flag_rule_is_generic_not_who5_specific() -> None:
    phq9 = INSTRUMENTS["phq9"]
    ruled = replace(phq9, item_flags=(ItemFlag(0, (1, 2), "both core items at zero"),))
    assert [f.items for f in score(ruled, [0, 3] + [0] * 7).flags] == [(1,)]
    assert score(ruled, [1, 1] + [0] * 7).flags == ()
