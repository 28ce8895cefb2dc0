"""Property tests over random peer logs: what leaves the device keeps every rule.

- no exported cell lies between 1 and 10 (JSON and CSV);
- no hidden cell can be worked out from the shown cells, by single-unknown elimination
  along rows, columns and margins, nor by solving all the equations together;
- the exact audit (integer programs, GLPK) pins no hidden cell to 1..10;
- no free text, name or day-level date appears in the files;
- merged reports obey the same rules.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.peer_merge.merge import merge_reports
from desktop.records.peer.audit import pinned_cells
from desktop.records.peer.model import ContactType, Event, PeerContact, Referral, RoleGroup, Support
from desktop.records.peer.report import (
    SHAPE,
    AggregateReport,
    as_released,
    build_report,
    count_contacts,
    months_between,
)
from desktop.records.peer.report_file import from_json, public_key_hex, to_csv, to_json
from desktop.records.peer.suppress import MARKERS, disclosed_cells
from tests.desktop.records.peer.adversary import (
    DAY_DATE,
    grids_and_links,
    solve_linear,
    solve_lines,
)

SECRET_NOTE = "Talked with Zebediah Quillfeather about the night on 4 West"
START = date(2025, 1, 1)
TODAY = date(2025, 12, 1)
KEY = Ed25519PrivateKey.generate()
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def contacts(draw: st.DrawFn, days: int = 150) -> PeerContact:
    return PeerContact(
        contact_date=START + timedelta(days=draw(st.integers(0, days))),
        contact_type=draw(st.sampled_from(ContactType)),
        role_group=draw(st.sampled_from(RoleGroup)),
        events=frozenset(draw(st.lists(st.sampled_from(Event), min_size=1, max_size=3))),
        duration_minutes=draw(st.integers(0, 240)),
        recorded_at=datetime(2025, 6, 1, tzinfo=UTC),
        support=frozenset(draw(st.lists(st.sampled_from(Support), max_size=3))),
        referrals=frozenset(draw(st.lists(st.sampled_from(Referral), max_size=2))),
        note=SECRET_NOTE,
    )


# Skewed logs: many contacts in few categories, so big and small cells mix.
logs = st.lists(contacts(), max_size=160)
MONTHS = months_between("2025-01", "2025-06")


def assert_publishable(report: AggregateReport) -> None:
    grids, links = grids_and_links(report)
    for grid in grids:
        for row in grid:
            for cell in row:
                assert cell in MARKERS or (isinstance(cell, int) and (cell == 0 or cell >= 11))
    assert solve_lines(grids, links) == {}, "a hidden cell follows from a row or column"
    assert solve_linear(grids, links) == set(), "a hidden cell follows from the equations"
    pinned = disclosed_cells(grids, links)  # a sound interval attack: pins true values
    assert not [v for v in pinned.values() if 1 <= v <= 10], "a small count can be narrowed"
    assert pinned_cells([as_released(report)], SHAPE) == [], "the exact audit pins a cell"


def assert_files_clean(report: AggregateReport, label: str) -> None:
    own = report.reports_merged == 1
    text = to_json(report, KEY if own else None)
    document = json.loads(text)
    for table in document["tables"]:
        for row in table["rows"]:
            for cell in [*row["months"], row["total"]]:
                assert not (isinstance(cell, int) and 1 <= cell <= 10)
        for cell in [*table["month_totals"], table["total"]]:
            assert not (isinstance(cell, int) and 1 <= cell <= 10)
    table_csv = to_csv(report)
    for line in list(csv.reader(io.StringIO(table_csv)))[1:]:
        for cell in line[2:]:
            assert cell in MARKERS or int(cell) == 0 or int(cell) >= 11
    for exported in (text, table_csv):
        assert "Zebediah" not in exported and "Quillfeather" not in exported
        assert "West" not in exported
        assert not DAY_DATE.search(exported), DAY_DATE.search(exported)
    assert document["label"] == label
    assert from_json(text) == (replace(report, signers=(public_key_hex(KEY),)) if own else report)


@FAST
@given(logs)
def test_a_supporters_report_keeps_every_rule(log: list[PeerContact]) -> None:
    report = build_report(count_contacts(log), MONTHS, "Peer support team", TODAY)
    assert_publishable(report)
    assert_files_clean(report, "Peer support team")
    # Cells that are shown are the true counts.
    truth = count_contacts(log)
    for table in report.tables:
        for (code, _label), cells in zip(table.spec.rows, table.grid, strict=False):
            for month, cell in zip(MONTHS, cells, strict=False):
                true = truth[table.spec.id].get((code, month), 0)
                if isinstance(cell, int):
                    assert cell == true
                elif cell == "<11":
                    assert 1 <= true <= 10
                # "*" may hold any count


@settings(max_examples=10, deadline=None)
@given(logs, st.sampled_from([0.5, 1.0, 4.0]))
def test_noise_comes_before_suppression_and_is_recorded(
    log: list[PeerContact], epsilon: float
) -> None:
    report = build_report(count_contacts(log), MONTHS, "Noisy", TODAY, epsilon=epsilon)
    assert_publishable(report)
    assert_files_clean(report, "Noisy")
    (noise,) = report.noise
    assert noise is not None and noise.epsilon == epsilon
    assert json.loads(to_json(report))["noise"][0]["epsilon"] == epsilon


GRID = [("2025-01", "2025-06"), ("2025-01", "2025-03"), ("2025-04", "2025-06")]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(logs, min_size=2, max_size=3),
    st.lists(st.sampled_from(GRID), min_size=3, max_size=3),
)
def test_merged_reports_keep_every_rule(
    supporter_logs: list[list[PeerContact]], periods: list[tuple[str, str]]
) -> None:
    # Each log is another supporter's (their own key): their periods may overlap.
    reports = [
        build_report(count_contacts(log), months_between(*period), "Mine", TODAY)
        for log, period in zip(supporter_logs, periods, strict=False)
    ]
    merged = merge_reports(reports, "Whole program", TODAY)
    used = periods[: len(reports)]
    assert merged.months == months_between(min(p[0] for p in used), max(p[1] for p in used))
    assert_publishable(merged)
    assert_files_clean(merged, "Whole program")
    # A merged exact cell is the true total of the logs in that report's months.
    truth = count_contacts(c for log in supporter_logs for c in log)
    shown = merged.total_contacts
    if isinstance(shown, int) and used == [GRID[0]] * len(reports):
        assert shown == sum(truth["contact_type"].values())
