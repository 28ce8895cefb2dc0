"""History series: date ranges, downsampling that keeps the extremes, ticks, trends, sources."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto.vault import Vault
from desktop.history.axes import TickUnit, date_ticks, downsample, value_ticks
from desktop.history.choices import series_choices, series_key, split_key
from desktop.history.history import (
    DateRange,
    Direction,
    HistorySource,
    Point,
    RangePreset,
    Series,
    band_regions,
    date_range,
    questionnaire_series,
    trend,
)
from desktop.records.checkin_store import CheckInStore
from desktop.records.checkins import CheckIn
from desktop.records.instruments import Instrument, load_all
from desktop.records.results_store import ResultStore
from desktop.records.scoring import score

TODAY = date(2025, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def instruments() -> dict[str, Instrument]:
    return load_all()




# -- ranges ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("preset", "days"),
    [(RangePreset.DAYS_30, 30), (RangePreset.DAYS_90, 90), (RangePreset.YEAR, 365)],
)
def test_presets_end_today_and_span_their_days(preset: RangePreset, days: int) -> None:
    span = date_range(preset, TODAY, earliest=date(2000, 1, 1))  # earliest only matters for all
    assert span.end == TODAY and span.days == days


def test_all_starts_at_the_earliest_data_but_never_spans_under_30_days() -> None:
    assert date_range(RangePreset.ALL, TODAY, date(2015, 3, 1)).start == date(2015, 3, 1)
    assert date_range(RangePreset.ALL, TODAY, TODAY - timedelta(days=3)).days == 30
    assert date_range(RangePreset.ALL, TODAY, None).days == 30


# -- downsampling ---------------------------------------------------------------------------

_values = st.lists(st.floats(0, 27, allow_nan=False), min_size=1, max_size=800)


@given(_values, st.integers(1, 400))
def test_downsampling_keeps_extremes_ends_and_order(values: list[float], columns: int) -> None:
    span = DateRange(TODAY - timedelta(days=len(values) - 1), TODAY)
    points = [Point(span.start + timedelta(days=i), v) for i, v in enumerate(values)]
    kept = downsample(points, span, columns)
    assert len(kept) <= max(columns, 2) + 2
    assert kept[0] == points[0] and kept[-1] == points[-1]
    assert [p.day for p in kept] == sorted(p.day for p in kept)
    assert min(p.value for p in kept) == min(values)
    assert max(p.value for p in kept) == max(values)
    if len(points) <= columns:
        assert kept == points


def test_downsampling_ten_years_keeps_a_single_bad_day() -> None:
    span = DateRange(TODAY - timedelta(days=3649), TODAY)
    points = [Point(span.start + timedelta(days=i), 4.0) for i in range(3650)]
    points[1234] = Point(points[1234].day, 1.0)
    kept = downsample(points, span, 600)
    assert len(kept) <= 602
    assert points[1234] in kept


# -- bands, trend, ticks --------------------------------------------------------------------


def test_bands_become_touching_regions_over_the_whole_scale(
    instruments: dict[str, Instrument],
) -> None:
    phq9 = instruments["phq9"]
    regions = band_regions(phq9)
    assert [r.label for r in regions] == [
        b.label for b in sorted(phq9.bands, key=lambda b: b.min_score)
    ]
    assert regions[0].low == phq9.min_score and regions[-1].high == phq9.max_score
    assert all(a.high == b.low for a, b in pairwise(regions))
    assert regions[0].high == 4.5  # 0-4 "Minimal" meets 5-9 halfway


def _series(values: list[float]) -> Series:
    span = DateRange(TODAY - timedelta(days=len(values) - 1), TODAY)
    points = tuple(Point(span.start + timedelta(days=i), v) for i, v in enumerate(values))
    return Series("k", "Mood", "Mood", "", span, points, 1.0, 5.0)


@pytest.mark.parametrize(
    ("values", "direction"),
    [
        ([1, 2, 3, 4, 5], Direction.HIGHER),
        ([5, 4, 4, 2, 1], Direction.LOWER),
        ([3, 3, 3, 3], Direction.STEADY),
        ([3, 3.1, 2.9, 3], Direction.STEADY),
        ([4], None),
    ],
)
def test_trend_gives_latest_and_direction(values: list[float], direction: Direction | None) -> None:
    summary = trend(_series(values))
    assert summary is not None
    assert summary.latest.value == values[-1] and summary.latest.day == TODAY
    assert summary.direction is direction


def test_the_direction_comes_from_the_first_and_latest_values_it_is_quoted_with() -> None:
    # A least-squares slope called this rise-then-fall "up", and the page then read
    # "went up, from 4 to 2". The direction now comes from the two values it quotes.
    summary = trend(_series([4, 1, 10, 10, 10, 2]))
    assert summary is not None
    assert (summary.first.value, summary.latest.value) == (4, 2)
    assert summary.direction is Direction.LOWER


@given(st.lists(st.integers(min_value=1, max_value=5), min_size=2, max_size=30))
def test_the_direction_never_contradicts_the_quoted_values(values: list[int]) -> None:
    summary = trend(_series([float(v) for v in values]))
    assert summary is not None and summary.direction is not None
    change = summary.latest.value - summary.first.value
    if summary.direction is Direction.HIGHER:
        assert change > 0
    elif summary.direction is Direction.LOWER:
        assert change < 0
    else:
        assert abs(change) < 0.05 * 4


def test_series_know_which_way_is_better(instruments: dict[str, Instrument]) -> None:
    span = DateRange(TODAY, TODAY)
    assert questionnaire_series([], instruments["who5"], span).higher_is_better is True
    for key in ("phq9", "gad7", "burnout"):
        assert questionnaire_series([], instruments[key], span).higher_is_better is False


def test_an_empty_series_has_no_trend() -> None:
    assert trend(Series("k", "Mood", "Mood", "", DateRange(TODAY, TODAY), (), 1.0, 5.0)) is None


@pytest.mark.parametrize(
    ("days", "unit"),
    [(30, TickUnit.DAY), (90, TickUnit.DAY), (365, TickUnit.MONTH), (3650, TickUnit.YEAR)],
)
def test_date_ticks_fit_the_space_and_stay_inside(days: int, unit: TickUnit) -> None:
    span = DateRange(TODAY - timedelta(days=days - 1), TODAY)
    ticks, found = date_ticks(span, 8)
    assert found is unit
    assert 2 <= len(ticks) <= 8
    assert all(span.start <= t <= span.end for t in ticks)
    if unit is TickUnit.MONTH:
        assert all(t.day == 1 for t in ticks)
    if unit is TickUnit.YEAR:
        assert all((t.month, t.day) == (1, 1) for t in ticks)


def test_value_ticks_are_round_and_bounded() -> None:
    assert value_ticks(1, 5, 10) == [1, 2, 3, 4, 5]
    assert value_ticks(0, 27, 6) == [0, 5, 10, 15, 20, 25]
    assert value_ticks(0, 100, 3) == [0, 50, 100]


# -- from the vault -------------------------------------------------------------------------


def _checkin(day: date, mood: int) -> CheckIn:
    return CheckIn(day, datetime(day.year, day.month, day.day, 20, tzinfo=UTC), mood, 3, 4)


def test_sources_build_daily_weekly_and_questionnaire_series(
    vault: Vault, instruments: dict[str, Instrument]
) -> None:
    store = CheckInStore(vault)
    for offset, mood in ((0, 5), (1, 4), (2, 2), (200, 1)):
        store.save(_checkin(TODAY - timedelta(days=offset), mood))
    phq9 = instruments["phq9"]
    answers = [1] * len(phq9.items)
    ResultStore(vault).save(
        phq9, score(phq9, answers), answers, datetime(2025, 3, 1, 12, tzinfo=UTC)
    )
    source = HistorySource(vault, instruments)
    keys = [c.key for c in series_choices(instruments)]
    assert "checkin:mood" in keys and "instrument:phq9" in keys

    daily = source.load("checkin:mood:daily", RangePreset.DAYS_30, TODAY)
    assert [(p.day, p.value, p.note) for p in daily.points] == [
        (TODAY - timedelta(days=2), 2.0, "Low"),
        (TODAY - timedelta(days=1), 4.0, "Good"),
        (TODAY, 5.0, "Very good"),
    ]
    assert (daily.y_min, daily.y_max, daily.bands) == (1.0, 5.0, ())

    everything = source.load("checkin:mood:daily", RangePreset.ALL, TODAY)
    assert everything.span.start == TODAY - timedelta(days=200)
    assert len(everything.points) == 4

    weekly = source.load("checkin:mood:weekly", RangePreset.DAYS_30, TODAY)
    # The count is kept as a number: the view says "3 days" as a plural in its language.
    assert [(p.day, round(p.value, 6), p.days) for p in weekly.points] == [
        (date(2025, 3, 10), round(11 / 3, 6), 3)
    ]

    phq = source.load("instrument:phq9", RangePreset.DAYS_30, TODAY)
    assert [(p.value, p.note) for p in phq.points] == [(9.0, "Mild")]
    assert [p.risk for p in phq.points] == [True]  # item 9 was answered 1
    assert phq.bands == band_regions(phq9) and phq.y_max == 27
    assert source.load("instrument:phq9", RangePreset.DAYS_30, date(2025, 2, 1)).points == ()

    with pytest.raises(KeyError):
        source.load("checkin:mood:monthly", RangePreset.DAYS_30, TODAY)


def test_a_check_in_choice_loads_its_weekly_or_daily_series(
    instruments: dict[str, Instrument]
) -> None:
    choices = {c.key: c for c in series_choices(instruments)}
    assert choices["checkin:mood"].label == "Mood (check-in)" and choices["checkin:mood"].has_days
    assert not choices["instrument:phq9"].has_days  # every result is a point
    assert series_key("checkin:mood", daily=False) == "checkin:mood:weekly"
    assert series_key("checkin:mood", daily=True) == "checkin:mood:daily"
    assert series_key("instrument:phq9", daily=True) == "instrument:phq9"
    assert split_key("checkin:sleep:daily") == ("checkin:sleep", True)
    assert split_key("checkin:sleep:weekly") == ("checkin:sleep", False)
    assert split_key("instrument:phq9") == ("instrument:phq9", None)
