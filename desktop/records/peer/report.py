"""The aggregate report a peer supporter may give the program coordinator: counts only.

A report holds six fixed tables, each category x month with margins: contact type, role
group and duration (one row per contact: their totals are the contacts per month) and what
happened, support given and referrals (several per contact: their totals count mentions).
Every row and every month of the period is always present, so an absent row never says
anything. There is never a contact, a day, or any text the supporter typed: only the
category labels below, the months, a label checked for identifiers, and counts.

Building a report:
1. Counts come from the store as (table, code, month) -> count (`Counts`).
2. Optional differential privacy: discrete Laplace noise from Google's differential
   privacy library (through the `python-dp` binding) on every inner cell,
   calibrated to one contact's largest possible contribution to the whole report (it
   adds to one row of each one-per-contact table and to up to every row of the others),
   so the stated epsilon covers the whole report. Negative results become 0 and the
   margins are recomputed from the noisy cells (post-processing costs no privacy).
3. Small-cell and complementary suppression (`suppress`) -- after the noise, so the
   published cells still obey "no count from 1 to 10" -- then the exact audit
   (`audit.publish`, integer programs over this report and everything released before)
   withholds more cells until no hidden cell is pinned to a count from 1 to 10.

Periods come from a fixed grid (`period.period_name`).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from desktop.records.peer import deid
from desktop.records.peer.audit import Released, Shape, publish
from desktop.records.peer.model import ContactType, Event, PeerContact, Referral, RoleGroup, Support
from desktop.records.peer.suppress import Cell, Where
from desktop.records.peer.words import Refusal
from desktop.words import QT_TRANSLATE_NOOP

FORMAT: Final = "confide-peer-support-report"
FORMAT_VERSION: Final = 2  # 2: signed, with signers; 1 (checksum only) is refused
LABEL_MAX_CHARS: Final = 80
MAX_MONTHS: Final = 36
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")

Counts = Mapping[str, Mapping[tuple[str, str], int]]  # table id -> (row code, month) -> count


@dataclass(frozen=True)
class TableSpec:
    """One of the report's fixed tables.

    Attributes:
        id: the stable key in the report file.
        title: the heading people read.
        rows: (code, label) for every row, in order.
        per_contact: True when each contact counts in exactly one row (totals = contacts);
            False when it may count in several (totals = mentions).
    """

    id: str
    title: str
    rows: tuple[tuple[str, str], ...]
    per_contact: bool


DURATION_BUCKETS: Final = (
    ("up_to_15", QT_TRANSLATE_NOOP("PeerContact", "Up to 15 minutes"), 0, 15),
    ("16_to_30", QT_TRANSLATE_NOOP("PeerContact", "16 to 30 minutes"), 16, 30),
    ("31_to_60", QT_TRANSLATE_NOOP("PeerContact", "31 to 60 minutes"), 31, 60),
    ("over_60", QT_TRANSLATE_NOOP("PeerContact", "Over an hour"), 61, 1440),
)


def duration_bucket(minutes: int) -> str:
    """The duration bucket code for `minutes`."""
    for code, _label, low, high in DURATION_BUCKETS:
        if low <= minutes <= high:
            return code
    raise ValueError(f"duration {minutes} is outside 0-1440 minutes")


TABLES: Final = (
    TableSpec(
        "contact_type",
        QT_TRANSLATE_NOOP("PeerContact", "Contacts by type"),
        tuple((m.value, m.label) for m in ContactType),
        per_contact=True,
    ),
    TableSpec(
        "role_group",
        QT_TRANSLATE_NOOP("PeerContact", "Contacts by role group"),
        tuple((m.value, m.label) for m in RoleGroup),
        per_contact=True,
    ),
    TableSpec(
        "duration",
        QT_TRANSLATE_NOOP("PeerContact", "Contacts by duration"),
        tuple((code, label) for code, label, _lo, _hi in DURATION_BUCKETS),
        per_contact=True,
    ),
    TableSpec(
        "events",
        QT_TRANSLATE_NOOP("PeerContact", "What happened (a contact may name several)"),
        tuple((m.value, m.label) for m in Event),
        per_contact=False,
    ),
    TableSpec(
        "support",
        QT_TRANSLATE_NOOP("PeerContact", "Support given (a contact may have several)"),
        tuple((m.value, m.label) for m in Support),
        per_contact=False,
    ),
    TableSpec(
        "referrals",
        QT_TRANSLATE_NOOP("PeerContact", "Referrals by resource type (a contact may have several)"),
        tuple((m.value, m.label) for m in Referral),
        per_contact=False,
    ),
)
TABLE_IDS: Final = tuple(t.id for t in TABLES)
# What the exact audit knows of the tables: one row per contact, and that every contact
# names at least one "what happened" (the model refuses a contact without one).
SHAPE: Final = Shape(
    per_contact=tuple(t.per_contact for t in TABLES),
    required=tuple(t.id == "events" for t in TABLES),
)
# One contact adds 1 to a row of each per-contact table and up to 1 to every row of the others.
SENSITIVITY: Final = sum(1 if t.per_contact else len(t.rows) for t in TABLES)


def month_of(day: date) -> str:
    """A day's month as the report writes it ("2025-03")."""
    return f"{day.year:04d}-{day.month:02d}"


def check_month(text: object) -> str:
    """`text` if it is a month "YYYY-MM".

    Raises:
        ValueError: otherwise.
    """
    if not isinstance(text, str) or not _MONTH.match(text):
        raise ValueError(f"{text!r} is not a month written YYYY-MM")
    return text


def months_between(first: str, last: str) -> tuple[str, ...]:
    """Every month from `first` to `last` inclusive.

    Raises:
        ValueError: a month is malformed, `last` is before `first`, or the span is longer
            than `MAX_MONTHS`.
    """
    year, month = map(int, check_month(first).split("-"))
    end = check_month(last)
    if end < first:
        raise ValueError("the period ends before it starts")
    months = []
    while (current := f"{year:04d}-{month:02d}") <= end:
        months.append(current)
        if len(months) > MAX_MONTHS:
            raise ValueError(f"a report covers at most {MAX_MONTHS} months")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def check_label(label: str) -> str:
    """The report's label, stripped, if it is short, one line and free of identifiers.

    Raises:
        Refusal: a ValueError with the reason, in words a view can translate.
    """
    label = label.strip()
    if len(label) > LABEL_MAX_CHARS:
        raise Refusal(QT_TRANSLATE_NOOP(
            "PeerLogRefusal", "the label is {length} characters; the most is {most}"),
            length=len(label), most=LABEL_MAX_CHARS)
    if any(ch in label for ch in "\r\n\t"):
        raise Refusal(QT_TRANSLATE_NOOP("PeerLogRefusal", "the label must be one line"))
    if deid.find_identifiers(label):
        raise Refusal(QT_TRANSLATE_NOOP(
            "PeerLogRefusal",
            "the label looks like it holds an identifier (a name, place, "
            "date or number); choose words that identify no one"))
    return label


@dataclass(frozen=True)
class Noise:
    """Differential-privacy noise applied to a report before suppression.

    Attributes:
        epsilon: the privacy loss for the whole report, for one contact.
        scale: the discrete Laplace scale used (SENSITIVITY / epsilon).
    """

    epsilon: float
    scale: float
    mechanism: str = QT_TRANSLATE_NOOP(  # the PDF says it in the UI's language, JSON in English
        "ReportHtml", "discrete Laplace (Google differential privacy library, on integers)")
    unit: str = "one contact"


@dataclass(frozen=True)
class ReportTable:
    """One table as published: `grid` has a row per category plus a totals row, and a
    column per month plus a totals column; every cell is 0, >= 11, "<11" or "*"."""

    spec: TableSpec
    grid: tuple[tuple[Cell, ...], ...]

    @property
    def month_totals(self) -> tuple[Cell, ...]:
        return self.grid[-1][:-1]


@dataclass(frozen=True)
class AggregateReport:
    """What leaves the device: fixed tables of suppressed counts for whole months.

    Attributes:
        label: the supporter's label, checked for identifiers.
        months: every month of the period, "YYYY-MM", in order.
        tables: the six tables, in `TABLES` order.
        generated: the month the report was made ("YYYY-MM"; never a day).
        noise: one entry per supporter report inside it (a merge has several): the
            noise that report had, or None.
        sources: the random ids of the supporter reports inside it, in `noise`'s order
            (a supporter's own report: its own id). A merge refuses to count one twice.
            Each export draws a new id, so ids link nothing to a person or to each other.
        signers: per source, the Ed25519 public key (hex) that signed it, or "" when not
            known (a report not yet signed). One key stands for one supporter's vault.
    """

    label: str
    months: tuple[str, ...]
    tables: tuple[ReportTable, ...]
    generated: str
    noise: tuple[Noise | None, ...] = field(default=(None,))
    sources: tuple[str, ...] = field(default_factory=lambda: (new_report_id(),))
    signers: tuple[str, ...] = ("",)

    def __post_init__(self) -> None:
        if len(self.sources) != len(self.noise) or len(set(self.sources)) != len(self.sources):
            raise ValueError("each source report needs one distinct id and one noise entry")
        if len(self.signers) != len(self.sources):
            raise ValueError("each source report needs one signer entry")

    @property
    def reports_merged(self) -> int:
        return len(self.noise)

    def table(self, table_id: str) -> ReportTable:
        for table in self.tables:
            if table.spec.id == table_id:
                return table
        raise KeyError(table_id)

    @property
    def contacts_per_month(self) -> tuple[Cell, ...]:
        return self.table("contact_type").month_totals

    @property
    def total_contacts(self) -> Cell:
        return self.table("contact_type").grid[-1][-1]


def new_report_id() -> str:
    """A random id for a supporter's report (128 bits; carries no information)."""
    return secrets.token_hex(16)


def count_contacts(contacts: Iterable[PeerContact]) -> dict[str, dict[tuple[str, str], int]]:
    """Counts from contacts in memory (the store counts in SQL; tests compare the two)."""
    counts: dict[str, dict[tuple[str, str], int]] = {t: {} for t in TABLE_IDS}

    def add(table: str, code: str, month: str) -> None:
        cells = counts[table]
        cells[(code, month)] = cells.get((code, month), 0) + 1

    for contact in contacts:
        month = month_of(contact.contact_date)
        add("contact_type", contact.contact_type.value, month)
        add("role_group", contact.role_group.value, month)
        add("duration", duration_bucket(contact.duration_minutes), month)
        for event in contact.events:
            add("events", event.value, month)
        for support in contact.support:
            add("support", support.value, month)
        for referral in contact.referrals:
            add("referrals", referral.value, month)
    return counts


def inner_grid(
    spec: TableSpec, counts: Mapping[tuple[str, str], int], months: tuple[str, ...]
) -> list[list[int]]:
    """The table's category x month counts, without margins (months outside are ignored)."""
    return [[int(counts.get((code, month), 0)) for month in months] for code, _ in spec.rows]


def with_margins(inner: list[list[Cell]]) -> list[list[Cell]]:
    """`inner` plus a totals column and a totals row (exact counts only)."""
    rows = [[*row, sum(_exact(v) for v in row)] for row in inner]
    return [*rows, [sum(_exact(r[c]) for r in rows) for c in range(len(rows[0]))]]


def _exact(value: Cell) -> int:
    if not isinstance(value, int):
        raise TypeError("margins are added to exact counts only")
    return value


def shared_margins(tables: Iterable[TableSpec], months: int) -> list[list[Where]]:
    """The cells that hold the same quantity in every per-contact table: contacts per
    month and in all (the totals row), as `suppress` links."""
    per_contact = [(g, t) for g, t in enumerate(tables) if t.per_contact]
    if len(per_contact) < 2:
        return []
    return [[(g, len(t.rows), c) for g, t in per_contact] for c in range(months + 1)]


def add_noise(inner: list[list[list[int]]], epsilon: float) -> tuple[list[list[list[int]]], Noise]:
    """Every inner cell plus discrete Laplace noise for `epsilon` over the whole report.

    Raises:
        ValueError: epsilon is not a positive number.
    """
    if not epsilon > 0 or epsilon > 100:
        raise ValueError("epsilon must be more than 0 and at most 100")
    # Late: only reports with noise load the native library. Google's LaplaceMechanism
    # adds integer noise to an integer (checked in tests/desktop/records/peer).
    from pydp.algorithms.numerical_mechanisms import LaplaceMechanism  # noqa: PLC0415

    scale = SENSITIVITY / epsilon
    mechanism = LaplaceMechanism(epsilon=float(epsilon), sensitivity=float(SENSITIVITY))
    if abs(mechanism.diversity - scale) > scale * 1e-9:
        raise AssertionError("the noise does not give the stated epsilon")
    flat = [v for grid in inner for row in grid for v in row]
    noisy = iter(max(0, int(mechanism.add_noise(v))) for v in flat)
    shaped = [[[next(noisy) for _ in row] for row in grid] for grid in inner]
    return shaped, Noise(epsilon=float(epsilon), scale=scale)


def build_report(
    counts: Counts,
    months: tuple[str, ...],
    label: str,
    generated: date,
    *,
    epsilon: float | None = None,
    earlier: Sequence[Released] = (),
    signer: str = "",
    draw: Callable[[list[list[list[int]]], float],
                   tuple[list[list[list[int]]], Noise]] | None = None,
) -> AggregateReport:
    """The report as it may leave the device.

    Args:
        counts: from `PeerLogStore.counts` or `count_contacts`.
        months: the period, from `months_between`.
        label: already checked with `check_label`.
        generated: today; only its month is kept.
        epsilon: add differential-privacy noise with this epsilon (None: no noise).
        earlier: what the supporter released before (the ledger), for the exact audit.
        signer: the public key (hex) that will sign the file, if known.
        draw: adds the noise (default `add_noise`); the app passes `noise_draws.noised`,
            so a period's noise is drawn once.
    """
    inner = [inner_grid(spec, counts.get(spec.id, {}), months) for spec in TABLES]
    noise: Noise | None = None
    if epsilon is not None:
        inner, noise = (draw or add_noise)(inner, epsilon)
    grids: list[list[list[Cell]]] = [with_margins(list(g)) for g in inner]  # type: ignore[arg-type]  # int is a Cell
    links = shared_margins(TABLES, len(months)) if noise is None else []
    published = publish(grids, links, SHAPE, months, exact=noise is None, earlier=earlier)
    tables = tuple(
        ReportTable(spec, tuple(tuple(row) for row in grid))
        for spec, grid in zip(TABLES, published, strict=True)
    )
    return AggregateReport(
        label, months, tables, month_of(generated), (noise,), signers=(signer,)
    )


def as_released(report: AggregateReport, name: str | None = None) -> Released:
    """The report as the exact audit reads it."""
    return Released(
        name or report.sources[0],
        report.months,
        tuple(table.grid for table in report.tables),
        exact=all(n is None for n in report.noise),
    )
