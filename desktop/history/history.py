"""History as data: the series a chart and its table show, date ranges, ticks and trends.

A `Series` is what one chart draws: dated points, the value range, and the instrument's
bands as horizontal regions. It comes from the daily check-in (one answer per day or a
weekly average) or from one questionnaire's saved results. Everything here is plain
Python, so the chart view only draws and the table only shows what is computed here.

`downsample` keeps a long series drawable at about one point per pixel column while
keeping every bucket's lowest and highest value, so a bad week never vanishes from a
ten-year chart.

Words: every English word here is marked for lupdate (context "History"; the check-in
scales' names and labels are marked in "CheckIns"), and the builders compose them through
a `Translate` they are given, so the page shows them in the language in force while this
module stays Qt-free. A count ("3 days") is a number on the point, put into words by the
view, because only a view can ask Qt for a plural.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Final

from desktop.records.band_words import band_name
from desktop.records.checkin_store import CheckInStore, DayTrend, WeekAverage
from desktop.records.checkins import SCALES, Scale
from desktop.records.instruments import Instrument
from desktop.records.results_store import ResultStore, SavedResult
from desktop.vault_queries import VaultQueries
from desktop.words import QT_TRANSLATE_NOOP, Translate, english

CHECKIN_PREFIX: Final = "checkin"
INSTRUMENT_PREFIX: Final = "instrument"
DAILY_GAP_DAYS: Final = 7  # a daily line breaks where a week or more has no check-in
WEEKLY_GAP_DAYS: Final = 21
STEADY_SHARE: Final = 0.05  # a change under 5% of the scale reads as "about the same"
CONTEXT: Final = "History"
SCALE_CONTEXT: Final = "CheckIns"  # where records.checkins marks the scales' words

# A `Translate` (desktop.words): QCoreApplication.translate fits, and it is thread-safe,
# so a series built on the worker is worded too.


DAILY_TITLE: Final = QT_TRANSLATE_NOOP("History", "{scale}, daily check-in")
WEEKLY_TITLE: Final = QT_TRANSLATE_NOOP("History", "{scale}, weekly average")
INSTRUMENT_TITLE: Final = QT_TRANSLATE_NOOP("History", "{title} score")
AVERAGE_HEADING: Final = QT_TRANSLATE_NOOP("History", "Average {scale}")
IN_WORDS: Final = QT_TRANSLATE_NOOP("History", "In words")
DAYS_CHECKED_IN: Final = QT_TRANSLATE_NOOP("History", "Days checked in")
SCORE: Final = QT_TRANSLATE_NOOP("History", "Score")
BAND: Final = QT_TRANSLATE_NOOP("History", "Band")


class RangePreset(Enum):
    """The date ranges the page offers; the value is the number of days (None: all)."""

    DAYS_30 = 30
    DAYS_90 = 90
    YEAR = 365
    ALL = None

    @property
    def label(self) -> str:
        """The English label, marked in context "History" (the view translates it)."""
        return {
            RangePreset.DAYS_30: QT_TRANSLATE_NOOP("History", "Last 30 days"),
            RangePreset.DAYS_90: QT_TRANSLATE_NOOP("History", "Last 90 days"),
            RangePreset.YEAR: QT_TRANSLATE_NOOP("History", "Last year"),
            RangePreset.ALL: QT_TRANSLATE_NOOP("History", "All time"),
        }[self]


@dataclass(frozen=True)
class DateRange:
    """From `start` to `end`, both days included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def date_range(preset: RangePreset, today: date, earliest: date | None = None) -> DateRange:
    """The days `preset` covers up to `today`; "all" starts at the earliest data.

    "All" never spans less than 30 days, so a new user's first week is not stretched
    across the whole chart.
    """
    days = preset.value if preset.value is not None else 30
    start = today - timedelta(days=days - 1)
    if preset is RangePreset.ALL and earliest is not None:
        start = min(start, earliest)
    return DateRange(start, today)


@dataclass(frozen=True)
class Point:
    """One value on one day; `note` is its words ("Good", "Moderate"), or for a weekly
    average `days` is how many days it holds (the view says "5 days").

    `risk` marks a questionnaire result whose risk item (PHQ-9 item 9) was answered above
    its threshold: the band alone ("Mild") must never stand for such a result.
    """

    day: date
    value: float
    note: str = ""
    risk: bool = False
    days: int | None = None


@dataclass(frozen=True)
class BandRegion:
    """A horizontal region of the chart, `low` to `high` in score units, with its label."""

    low: float
    high: float
    label: str


@dataclass(frozen=True)
class Series:
    """What one chart shows.

    Attributes:
        key: the selector key it was made for.
        title: what it is, e.g. "Mood, daily check-in" or "PHQ-9 score".
        value_name: the table's value column heading.
        note_name: the table's words column heading.
        span: the date range drawn (the x axis), whether or not it holds points.
        points: oldest first.
        y_min, y_max: the value axis.
        bands: the instrument's bands, lowest first (none for check-ins).
        decimals: digits after the point when a value is shown.
        max_gap_days: the line breaks across a longer gap (None: never).
        higher_is_better: True when up is better (check-ins, WHO-5), False when up is
            worse (PHQ-9, GAD-7, burnout), None when unknown.
    """

    key: str
    title: str
    value_name: str
    note_name: str
    span: DateRange
    points: tuple[Point, ...]
    y_min: float
    y_max: float
    bands: tuple[BandRegion, ...] = ()
    decimals: int = 0
    max_gap_days: int | None = None
    higher_is_better: bool | None = None

    def value_text(self, value: float) -> str:
        return f"{value:.{self.decimals}f}"


# -- building series ------------------------------------------------------------------------


def _scale_name(scale: Scale, translate: Translate) -> str:
    return translate(SCALE_CONTEXT, scale.name)


def series_title(scale: Scale, weekly: bool, translate: Translate = english) -> str:
    """"Mood, daily check-in" or "Mood, weekly average", in the language in force."""
    template = WEEKLY_TITLE if weekly else DAILY_TITLE
    return translate(CONTEXT, template).format(scale=_scale_name(scale, translate))


def instrument_title(instrument: Instrument, translate: Translate = english) -> str:
    """"PHQ-9 score" (the instrument's title is its own, never translated)."""
    return translate(CONTEXT, INSTRUMENT_TITLE).format(title=instrument.title)


def _scale(key: str) -> Scale:
    for scale in SCALES:
        if scale.key == key:
            return scale
    raise KeyError(key)


def daily_series(
    trend: Sequence[DayTrend], scale: Scale, span: DateRange, translate: Translate = english
) -> Series:
    """One check-in answer per day."""
    points = []
    for day in trend:
        value = float(getattr(day, scale.key))
        label = scale.labels[round(value) - 1]
        points.append(Point(day.day, value, translate(SCALE_CONTEXT, label)))
    return Series(
        f"{CHECKIN_PREFIX}:{scale.key}:daily",
        series_title(scale, False, translate),
        _scale_name(scale, translate),
        translate(CONTEXT, IN_WORDS),
        span,
        tuple(points),
        1.0,
        5.0,
        max_gap_days=DAILY_GAP_DAYS,
        higher_is_better=True,  # every check-in scale runs from worst (1) to best (5)
    )


def weekly_series(
    weeks: Sequence[WeekAverage], scale: Scale, span: DateRange,
    translate: Translate = english,
) -> Series:
    """The mean answer per Monday-to-Sunday week, dated by its Monday (or the range's start,
    for a week the range cuts, so that its point stays on the chart)."""
    points = tuple(
        Point(max(week.week_start, span.start), float(getattr(week, scale.key)),
              days=week.days)
        for week in weeks
    )
    return Series(
        f"{CHECKIN_PREFIX}:{scale.key}:weekly",
        series_title(scale, True, translate),
        translate(CONTEXT, AVERAGE_HEADING).format(scale=_scale_name(scale, translate).lower()),
        translate(CONTEXT, DAYS_CHECKED_IN),
        span,
        points,
        1.0,
        5.0,
        decimals=1,
        max_gap_days=WEEKLY_GAP_DAYS,
        higher_is_better=True,
    )


def band_regions(
    instrument: Instrument, translate: Translate = english
) -> tuple[BandRegion, ...]:
    """The bands as continuous regions: whole-number bands meet halfway between scores."""
    bands = sorted(instrument.bands, key=lambda b: b.min_score)
    regions = []
    for i, band in enumerate(bands):
        low = float(instrument.min_score) if i == 0 else band.min_score - 0.5
        high = float(instrument.max_score) if i == len(bands) - 1 else band.max_score + 0.5
        regions.append(BandRegion(low, high, band_name(band.label, translate)))
    return tuple(regions)


def questionnaire_series(
    results: Sequence[SavedResult], instrument: Instrument, span: DateRange,
    translate: Translate = english,
) -> Series:
    """One point per completed questionnaire, on the local day it was completed."""
    points = tuple(Point(r.completed_at.astimezone().date(), r.score,
                         band_name(r.band, translate), r.risk)
                   for r in results)
    return Series(
        f"{INSTRUMENT_PREFIX}:{instrument.id}",
        instrument_title(instrument, translate),
        translate(CONTEXT, SCORE),
        translate(CONTEXT, BAND),
        span,
        points,
        float(instrument.min_score),
        float(instrument.max_score),
        band_regions(instrument, translate),
        higher_is_better=instrument.higher_is_better,
    )


class HistorySource:
    """Builds the series for a selector key and range from the vault (worker thread only).

    Args:
        vault: an unlocked vault.
        instruments: the shipped instruments by id.
        translate: words the series' titles and headings (the page passes Qt's).
    """

    def __init__(self, vault: VaultQueries, instruments: Mapping[str, Instrument],
                 translate: Translate = english) -> None:
        self._vault = vault
        self._translate = translate
        self._checkins = CheckInStore(vault)
        self._results = ResultStore(vault)
        self._instruments = instruments

    def earliest(self, key: str) -> date | None:
        """The first day with data for `key` (None: no data yet)."""
        prefix, name = key.split(":")[:2]
        if prefix == CHECKIN_PREFIX:
            rows = self._vault.query("SELECT MIN(day) FROM checkin")
            return date.fromisoformat(rows[0][0]) if rows and rows[0][0] else None
        rows = self._vault.query(
            "SELECT MIN(completed_at) FROM questionnaire_response WHERE instrument = ?", (name,)
        )
        if not rows or not rows[0][0]:
            return None
        return datetime.fromisoformat(rows[0][0]).astimezone().date()

    def load(self, key: str, preset: RangePreset, today: date) -> Series:
        """The series `key` over `preset` ending `today`.

        Raises:
            KeyError: `key` is not a series (see `choices.series_key`).
        """
        span = date_range(preset, today, self.earliest(key) if preset is RangePreset.ALL else None)
        parts = key.split(":")
        if parts[0] == CHECKIN_PREFIX and len(parts) == 3:
            scale = _scale(parts[1])
            if parts[2] == "daily":
                return daily_series(self._checkins.daily_trend(span.start, span.end), scale,
                                    span, self._translate)
            if parts[2] == "weekly":
                return weekly_series(
                    self._checkins.weekly_averages(span.start, span.end), scale, span,
                    self._translate,
                )
        if parts[0] == INSTRUMENT_PREFIX and len(parts) == 2:
            instrument = self._instruments[parts[1]]
            # A day's margin each side: results are stored by UTC time, shown by local day.
            results = [
                r
                for r in self._results.history(
                    instrument.id, span.start - timedelta(days=1), span.end + timedelta(days=1)
                )
                if span.start <= r.completed_at.astimezone().date() <= span.end
            ]
            return questionnaire_series(results, instrument, span, self._translate)
        raise KeyError(key)


# -- drawing helpers ------------------------------------------------------------------------


class Direction(Enum):
    HIGHER = "higher"
    LOWER = "lower"
    STEADY = "steady"


@dataclass(frozen=True)
class Trend:
    """The first and latest point of a series and which way it moved between them."""

    latest: Point
    first: Point
    direction: Direction | None  # None: fewer than two points


def trend(series: Series) -> Trend | None:
    """The first and latest value and the direction from one to the other; None if empty.

    The direction is worked out from the same two figures the summary quotes ("went up,
    from 4 to 9"), so the words can never disagree with the numbers beside them. A change
    under `STEADY_SHARE` of the scale reads as steady.
    """
    points = series.points
    if not points:
        return None
    first, latest = points[0], points[-1]
    if len(points) < 2:
        return Trend(latest, first, None)
    change = latest.value - first.value
    if abs(change) < STEADY_SHARE * (series.y_max - series.y_min):
        direction = Direction.STEADY
    else:
        direction = Direction.HIGHER if change > 0 else Direction.LOWER
    return Trend(latest, first, direction)
