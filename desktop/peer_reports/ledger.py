"""The ledger of released reports, in the vault: what left, for which period, when.

Everything one supporter releases must together pin no count from 1 to 10. Three rules
keep that, checked here before a report is built and again, inside the transaction that
records it, before its files are written:

1. Fixed periods: a release covers a whole calendar month, quarter, half-year or year
   (`period.period_name`); grid periods are nested or apart.
2. No overlap: a release sharing a month with an earlier one is refused, naming it. The
   one exception is differential-privacy noise: a noised release may share months with
   earlier noised releases (never with an exact one), because noise is not subtracted
   away; instead it spends privacy budget (rule 3).
3. Budget: each calendar month has `EPSILON_BUDGET` to spend. A noised release spends its
   epsilon in every month it covers (a contact is counted in one month, so a report's
   epsilon is what it costs each of its months); a release that would take any month
   over the budget is refused.

The ledger keeps each release's figures as they were published (the report body: its
cells, never a contact), so the exact audit (`audit`) checks a new release against all
of them. It also keeps the supporter's Ed25519 signing key, made on first use.

Each release's period is also written outside the vault (`release_mirror`), and rules 2
and 3 read both: a restored older backup cannot forget a release made after it.

Every method runs vault queries: in the app, on the worker thread only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from desktop.peer_reports.noise_draws import forget_months
from desktop.peer_reports.release_mirror import (
    MirrorDamaged,
    MirroredRelease,
    add_to_mirror,
    read_mirror,
    remove_from_mirror,
)
from desktop.records.peer.audit import Released
from desktop.records.peer.period import named, overlaps, period_name
from desktop.records.peer.report import AggregateReport, months_between
from desktop.records.peer.report_file import from_body, to_body
from desktop.records.peer.suppress import Cell
from desktop.records.peer.words import Refusal
from desktop.vault_queries import VaultQueries
from desktop.words import QT_TRANSLATE_NOOP

# Per calendar month, the most epsilon all noised releases covering it may spend in total.
# 2.0 allows, for example, two releases at the page's default of 1.0.
EPSILON_BUDGET: Final = 2.0


class ReleaseRefused(Refusal):
    """This report may not be released; `detail` says why in words (no personal data),
    `words(tr)` the same in the language in force."""


@dataclass(frozen=True)
class LedgerEntry:
    """One release as the ledger keeps it.

    Attributes:
        report_id: the report's random id.
        months: the period.
        epsilon: the noise's epsilon, or None for exact counts.
        released_at: when (UTC, ISO 8601).
        figures: the report body as released (cells, labels, months; never a contact).
    """

    report_id: str
    months: tuple[str, ...]
    epsilon: float | None
    released_at: str
    figures: dict[str, Any]

    def as_report(self) -> AggregateReport:
        """The report exactly as released (its files can be written again from it)."""
        return from_body(self.figures)

    def as_released(self) -> Released:
        """The release as the exact audit reads it."""
        grids = []
        for table in self.figures["tables"]:
            rows: list[tuple[Cell, ...]] = [
                (*row["months"], row["total"]) for row in table["rows"]
            ]
            rows.append((*table["month_totals"], table["total"]))
            grids.append(tuple(rows))
        return Released(self.report_id, self.months, tuple(grids), exact=self.epsilon is None)


class Ledger:
    """The releases of one supporter's vault.

    Args:
        vault: an unlocked vault (used from the worker thread only).
    """

    def __init__(self, vault: VaultQueries, mirror: Path | None = None) -> None:
        self._vault = vault
        self._mirror = mirror

    def _mirrored(self, entries: list[LedgerEntry]) -> list[LedgerEntry]:
        """The releases only the mirror knows (made after the backup now restored)."""
        if self._mirror is None:
            return []
        try:
            mirrored = read_mirror(self._mirror)
        except MirrorDamaged as exc:
            raise ReleaseRefused(
                QT_TRANSLATE_NOOP(
                    "PeerLogRefusal",
                    "the record of earlier releases kept beside the vault ({name} in "
                    "{folder}) is damaged, so a new report could overlap one already "
                    "released; ask your IT team. Removing that file lets reports be made "
                    "again, without this check"),
                name=exc.path.name, folder=str(exc.path.parent),
            ) from None
        known = {e.report_id for e in entries}
        return [LedgerEntry(m.report_id, m.months, m.epsilon, m.released_at, {})
                for m in mirrored if m.report_id not in known]

    def entries(self) -> list[LedgerEntry]:
        """Every release, oldest first."""
        rows = self._vault.query(
            "SELECT report_id, first_month, last_month, epsilon, released_at, figures"
            " FROM report_release ORDER BY id"
        )
        return [_entry(row) for row in rows]

    def earlier(self) -> list[Released]:
        """Every release, as the exact audit reads them."""
        return [entry.as_released() for entry in self.entries()]

    def released_for(self, months: tuple[str, ...]) -> LedgerEntry | None:
        """The release of exactly `months`, if one was made: writing its files again
        reveals nothing new (after a crash between recording and writing, say)."""
        return next((e for e in self.entries() if e.months == months), None)

    def check(self, months: tuple[str, ...], epsilon: float | None) -> None:
        """Refuse a release of `months` (with noise `epsilon`, or none) the rules forbid.

        Raises:
            ReleaseRefused: off the grid, overlapping an earlier release, or over budget.
        """
        entries = self.entries()
        _check(months, epsilon, entries + self._mirrored(entries))

    def record(self, report: AggregateReport, now: datetime | None = None) -> bool:
        """Record `report` as released, checking the rules again in the same transaction
        (another release may have been recorded since the preview). Returns False when
        this very report was recorded before (its files are being written again).

        Raises:
            ReleaseRefused: as for `check`, or the report is a merge, or another report
                with its id was recorded.
        """
        if report.reports_merged != 1:
            raise ReleaseRefused(QT_TRANSLATE_NOOP(
                "PeerLogRefusal", "only a supporter's own report is recorded"))
        noise = report.noise[0]
        epsilon = None if noise is None else noise.epsilon
        when = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        figures = json.dumps(to_body(report), sort_keys=True, separators=(",", ":"))
        with self._vault.transaction() as conn:
            rows = conn.execute(
                "SELECT report_id, first_month, last_month, epsilon, released_at, figures"
                " FROM report_release ORDER BY id"
            ).fetchall()
            entries = [_entry(tuple(row)) for row in rows]
            same = [e for e in entries if e.report_id == report.sources[0]]
            if same and same[0].figures == json.loads(figures):
                return False
            if same:
                raise ReleaseRefused(QT_TRANSLATE_NOOP(
                    "PeerLogRefusal", "this report was released already"))
            _check(report.months, epsilon, entries + self._mirrored(entries))
            conn.execute(
                "INSERT INTO report_release(report_id, first_month, last_month, epsilon,"
                " released_at, figures) VALUES (?, ?, ?, ?, ?, ?)",
                (report.sources[0], report.months[0], report.months[-1], epsilon, when, figures),
            )
            forget_months(conn, report.months)  # released: never drawn for again
            if self._mirror is not None:  # inside the transaction: a failed write records nothing
                add_to_mirror(self._mirror, MirroredRelease(
                    report.sources[0], report.months, epsilon, when))
            return True

    def forget(self, report_id: str) -> None:
        """Remove a release whose files could not be written (nothing left the device)."""
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM report_release WHERE report_id = ?", (report_id,))
            if self._mirror is not None:
                remove_from_mirror(self._mirror, report_id)

    def signing_key(self, now: datetime | None = None) -> Ed25519PrivateKey:
        """The supporter's report signing key, made and stored on first use."""
        with self._vault.transaction() as conn:
            row = conn.execute("SELECT private_key FROM report_signing_key").fetchone()
            if row is not None:
                return Ed25519PrivateKey.from_private_bytes(bytes(row[0]))
            key = Ed25519PrivateKey.generate()
            raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
            when = (now or datetime.now(UTC)).isoformat(timespec="seconds")
            conn.execute("INSERT INTO report_signing_key VALUES (1, ?, ?)", (raw, when))
            return key


def _entry(row: tuple[Any, ...]) -> LedgerEntry:
    report_id, first, last, epsilon, released_at, figures = row
    return LedgerEntry(
        str(report_id),
        months_between(first, last),
        None if epsilon is None else float(epsilon),
        str(released_at),
        json.loads(figures),
    )


def _check(months: tuple[str, ...], epsilon: float | None, entries: list[LedgerEntry]) -> None:
    if period_name(months) is None:
        raise ReleaseRefused(
            QT_TRANSLATE_NOOP(
                "PeerLogRefusal",
                "{first} to {last} is not a whole calendar month, quarter, half-year or "
                "year; reports cover only those fixed periods"),
            first=months[0], last=months[-1],
        )
    for entry in entries:
        if not overlaps(months, entry.months):
            continue
        if epsilon is None or entry.epsilon is None:
            raise ReleaseRefused(
                QT_TRANSLATE_NOOP(
                    "PeerLogRefusal",
                    "{period} overlaps the report already released for {earlier} (released "
                    "{day}); together they could give a small count away"),
                period=named(months), earlier=named(entry.months),
                day=datetime.fromisoformat(entry.released_at).astimezone().date(),
            )
    if epsilon is None:
        return
    for month in months:
        spent = sum(e.epsilon or 0.0 for e in entries if month in e.months)
        if spent + epsilon > EPSILON_BUDGET + 1e-9:
            raise ReleaseRefused(
                QT_TRANSLATE_NOOP(
                    "PeerLogRefusal",
                    "{month} has {left} of its privacy budget (epsilon {budget} a month) "
                    "left, less than the {epsilon} this report would spend"),
                month=named((month,)), left=f"{EPSILON_BUDGET - spent:g}",
                budget=f"{EPSILON_BUDGET:g}", epsilon=f"{epsilon:g}",
            )
