"""Everything one supporter releases, together, pins no count from 1 to 10.

The outside review's attacks, each now refused, in a real vault: a January and a first-
quarter report subtracted to February; totals inside one report forcing a "<11" cell;
a forged count under a recomputed checksum; a merge of one supporter's overlapping
periods; epsilon spent past the monthly budget. Then a property test: random logs and
random sequences of releases through the ledger, audited exactly (GLPK) at the end.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.admin import cli
from desktop.peer_merge.merge import MergeRefused, merge_reports
from desktop.peer_reports.ledger import EPSILON_BUDGET, Ledger, ReleaseRefused
from desktop.records.peer.audit import Pinned, Released, pinned_cells
from desktop.records.peer.model import ContactType, Event, PeerContact, Referral, RoleGroup, Support
from desktop.records.peer.report import (
    SHAPE,
    TABLES,
    AggregateReport,
    as_released,
    build_report,
    count_contacts,
    inner_grid,
    months_between,
    shared_margins,
    with_margins,
)
from desktop.records.peer.report_file import (
    ReportInvalid,
    checksum,
    file_stem,
    from_json,
    public_key_hex,
    public_key_id,
    to_json,
)
from desktop.records.peer.suppress import Cell, disclosed_cells, suppress

AT = datetime(2025, 6, 1, 12, tzinfo=UTC)
TODAY = date(2026, 1, 5)
JANUARY = months_between("2025-01", "2025-01")
Q1 = months_between("2025-01", "2025-03")
IN_PERSON_ROW, VIDEO_ROW = 0, 2  # rows of the contact-type table


def contact(day: date, kind: ContactType = ContactType.PHONE, **changes: object) -> PeerContact:
    fields: dict[str, object] = {
        "contact_date": day,
        "contact_type": kind,
        "role_group": RoleGroup.NURSE,
        "events": frozenset({Event.SURGE}),
        "duration_minutes": 25,
        "recorded_at": AT,
    }
    fields.update(changes)
    return PeerContact(**fields)  # type: ignore[arg-type]  # test helper


def review_log() -> list[PeerContact]:
    """The review's numbers: January 40 contacts (21 in person), February 3 (2 in
    person, 1 video), March none; so the first quarter has 43 (23 in person)."""
    january = [contact(date(2025, 1, 5), ContactType.IN_PERSON) for _ in range(21)]
    january += [contact(date(2025, 1, 6)) for _ in range(19)]
    february = [contact(date(2025, 2, 3), ContactType.IN_PERSON) for _ in range(2)]
    february.append(contact(date(2025, 2, 4), ContactType.VIDEO))
    return january + february


@pytest.fixture
def vault(data_dir: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    vault, _code = Vault.create(data_dir, "release rules test passphrase", kdf_params=fast_kdf)
    yield vault
    vault.lock()


def release(ledger: Ledger, log: list[PeerContact], months: tuple[str, ...],
            epsilon: float | None = None) -> AggregateReport:
    """What the report page does: check, build against the ledger, record."""
    ledger.check(months, epsilon)
    report = build_report(count_contacts(log), months, "Team", TODAY, epsilon=epsilon,
                          earlier=ledger.earlier())
    ledger.record(report, AT)
    return report


# --- the January / first-quarter subtraction ------------------------------------------


def test_a_first_quarter_after_january_is_refused_as_overlapping(vault: Vault) -> None:
    ledger = Ledger(vault)
    release(ledger, review_log(), JANUARY)
    with pytest.raises(ReleaseRefused) as refused:
        ledger.check(Q1, None)
    assert refused.value.detail.startswith(
        "Q1 2025 (January to March) overlaps the report already released for January 2025"
    )
    with pytest.raises(ReleaseRefused):  # and again when recording, whatever the page did
        ledger.record(build_report(count_contacts(review_log()), Q1, "Team", TODAY), AT)
    assert [e.months for e in ledger.entries()] == [JANUARY]
    release(ledger, review_log(), months_between("2025-02", "2025-02"))  # apart: fine


def test_the_audit_sees_the_subtraction_the_period_rules_prevent() -> None:
    log = review_log()
    january = build_report(count_contacts(log), JANUARY, "Team", TODAY)
    quarter = build_report(count_contacts(log), Q1, "Team", TODAY)  # as before: no ledger
    pins = pinned_cells([as_released(january, "jan"), as_released(quarter, "q1")], SHAPE)
    february = {(p.where[0], p.where[1]): p.value for p in pins if p.where[2] == 1}
    assert february[(0, IN_PERSON_ROW)] == 2 and february[(0, VIDEO_ROW)] == 1
    assert len(pins) >= 3
    # Built against the ledger, the quarter withholds until even this pins nothing.
    safer = build_report(count_contacts(log), Q1, "Team", TODAY,
                         earlier=[as_released(january, "jan")])
    assert pinned_cells([as_released(january, "jan"), as_released(safer, "q1")], SHAPE) == []


# --- totals inside one report forcing a "<11" cell -------------------------------------


def test_shown_totals_that_force_a_small_count_are_withheld() -> None:
    # 11 contacts in February, all about a surge, 10 of them also about moral distress.
    log = [contact(date(2025, 2, 3), events=frozenset({Event.SURGE, Event.MORAL_DISTRESS}))
           for _ in range(10)]
    log.append(contact(date(2025, 2, 3)))
    months = months_between("2025-02", "2025-02")
    # What suppression alone published: surge "*", moral distress "<11", mentions 21,
    # contacts 11. A contact names an event once, so surge <= 11 and distress = 21 - surge
    # >= 10: distress is pinned to 10. The interval rule did not know the row limit.
    report = build_report(count_contacts(log), months, "Team", TODAY)
    codes = [code for code, _label in report.table("events").spec.rows]
    distress, surge = codes.index(Event.MORAL_DISTRESS.value), codes.index(Event.SURGE.value)
    old: list[list[list[int | str]]] = [[list(row) for row in t.grid] for t in report.tables]
    old[3] = [[0, 0] for _ in range(len(codes))]
    old[3].append([21, 21])
    old[3][distress], old[3][surge] = ["<11", "<11"], ["*", "*"]
    old_release = Released("old", months, tuple(tuple(map(tuple, g)) for g in old))
    assert not [v for v in disclosed_cells(old).values() if 1 <= v <= 10]  # interval: blind
    assert Pinned("old", (3, distress, 0), 10) in pinned_cells([old_release], SHAPE)
    # Now the report leaves with nothing pinned, and still shows what it can.
    assert pinned_cells([as_released(report)], SHAPE) == []
    assert report.total_contacts == 11


# Eleven contacts in a quarter (found by a random search on the old suppression): the
# (day, type, role, events, minutes, support, referrals) of each.
ELEVEN = [
    ("2025-03-20", "PHONE", "PHYSICIAN", ["PATIENT_DEATH", "PERSONAL_FAMILY"], 45,
     ["LISTENING"], []),
    ("2025-03-02", "IN_PERSON", "SUPPORT_STAFF", ["MORAL_DISTRESS", "WORKPLACE_VIOLENCE"], 5,
     [], []),
    ("2025-03-21", "PHONE", "STUDENT", ["PATIENT_DEATH"], 20, ["COPING", "LISTENING"], []),
    ("2025-01-16", "IN_PERSON", "PHYSICIAN", ["PATIENT_DEATH"], 5, [], []),
    ("2025-01-02", "PHONE", "STUDENT", ["PATIENT_DEATH"], 45, ["LISTENING", "NORMALISING"], []),
    ("2025-03-08", "VIDEO", "SUPPORT_STAFF", ["PERSONAL_FAMILY"], 5, ["NORMALISING"], ["EAP"]),
    ("2025-02-05", "IN_PERSON", "PHYSICIAN", ["WORKPLACE_VIOLENCE"], 5, [], ["CRISIS_LINE"]),
    ("2025-03-30", "PHONE", "OTHER", ["PATIENT_DEATH"], 45, [], ["CRISIS_LINE"]),
    ("2025-03-05", "VIDEO", "OTHER", ["MORAL_DISTRESS", "PERSONAL_FAMILY"], 45, [],
     ["CRISIS_LINE"]),
    ("2025-03-03", "VIDEO", "SUPPORT_STAFF", ["PERSONAL_FAMILY"], 20, [], []),
    ("2025-03-21", "PHONE", "STUDENT", ["PATIENT_DEATH", "WORKPLACE_VIOLENCE"], 5, [],
     ["CRISIS_LINE"]),
]


def test_a_row_of_small_counts_forced_to_one_by_shown_totals_is_withheld() -> None:
    log = [
        contact(date.fromisoformat(day), ContactType[kind], role_group=RoleGroup[role],
                events=frozenset(Event[e] for e in events), duration_minutes=minutes,
                support=frozenset(Support[x] for x in support),
                referrals=frozenset(Referral[x] for x in referrals))
        for day, kind, role, events, minutes, support, referrals in ELEVEN
    ]
    counts = count_contacts(log)
    grids = [
        with_margins(cast("list[list[Cell]]", inner_grid(spec, counts[spec.id], Q1)))
        for spec in TABLES
    ]
    old = suppress(grids, shared_margins(TABLES, len(Q1)))  # suppression alone, as before
    # Contacts 11 in all, mentions 15 with 12 in March: every contact names at least one
    # event, so January and February have at most 3 contacts, and their rows of "<11"
    # (at least 1 each) are forced: in person in January and February, 1 each.
    assert old[0][0][:3] == ["<11", "<11", "<11"] and old[0][-1][-1] == 11
    pins = pinned_cells([Released("old", Q1, tuple(tuple(map(tuple, g)) for g in old))], SHAPE)
    assert {Pinned("old", (0, 0, 0), 1), Pinned("old", (0, 0, 1), 1)} <= set(pins)
    report = build_report(counts, Q1, "Team", TODAY)
    assert pinned_cells([as_released(report)], SHAPE) == []


def test_a_row_of_small_counts_under_a_shown_total_is_withheld() -> None:
    # A year where one role group had one contact in each of 11 months: a row of eleven
    # "<11" whose total 11 would force each to 1.
    log = [contact(date(2025, m, 3)) for m in range(1, 13) for _ in range(30)]
    log += [contact(date(2025, m, 4), role_group=RoleGroup.PHYSICIAN) for m in range(1, 12)]
    report = build_report(count_contacts(log), months_between("2025-01", "2025-12"), "T", TODAY)
    assert pinned_cells([as_released(report)], SHAPE) == []


# --- signatures ------------------------------------------------------------------------


def test_a_forged_count_is_refused() -> None:
    key = Ed25519PrivateKey.generate()
    report = build_report(count_contacts(review_log()), Q1, "Team", TODAY)
    text = to_json(report, key)
    assert from_json(text) == replace(report, signers=(public_key_hex(key),))
    document = json.loads(text)
    document["tables"][0]["rows"][IN_PERSON_ROW]["months"][0] = 25  # a forged count
    document["tables"][0]["rows"][IN_PERSON_ROW]["total"] = 27
    with pytest.raises(ReportInvalid) as refused:
        from_json(json.dumps(document))
    assert refused.value.reason == "signature"
    # The old forgery: drop the signature and recompute a checksum.
    del document["signature"]
    document["checksum"] = {"algorithm": "sha256", "value": checksum(document)}
    with pytest.raises(ReportInvalid) as unsigned:
        from_json(json.dumps(document))
    assert unsigned.value.reason == "unsigned"
    # Re-signing with another key verifies, but under another key: only a pinned key
    # tells the coordinator whose report it is.
    del document["checksum"]
    forger = Ed25519PrivateKey.generate()
    forged = from_json(to_json(replace(report, signers=("",)), forger))
    assert public_key_id(forged.signers[0]) != public_key_id(public_key_hex(key))


def test_the_admin_command_names_a_forged_report_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.json"
    key = Ed25519PrivateKey.generate()
    path.write_text(to_json(build_report(count_contacts(review_log()), Q1, "Team", TODAY), key))
    assert cli.main(["report", "verify", str(path)]) == 0
    assert f"signed by key {public_key_id(public_key_hex(key))}" in capsys.readouterr().out
    path.write_text(path.read_text().replace('"total": 43', '"total": 44', 1))
    assert cli.main(["report", "verify", str(path)]) == 1
    assert capsys.readouterr().err == (
        f"{path}: refused: the signature does not match (the file was changed after it "
        "was signed)\n"
    )


# --- merging ---------------------------------------------------------------------------


def signed(report: AggregateReport, key: Ed25519PrivateKey) -> AggregateReport:
    return from_json(to_json(report, key))


def test_merge_refuses_one_supporters_overlapping_periods(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = review_log()
    mine, theirs = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    january = build_report(count_contacts(log), JANUARY, "Team", TODAY)
    quarter = build_report(count_contacts(log), Q1, "Team", TODAY)
    with pytest.raises(MergeRefused, match="same supporter overlap"):
        merge_reports([signed(january, mine), signed(quarter, mine)], "All", TODAY)
    # Two supporters' reports may cover the same months.
    merged = merge_reports([signed(january, mine), signed(quarter, theirs)], "All", TODAY)
    assert merged.reports_merged == 2
    with pytest.raises(MergeRefused, match="merged report is not signed"):
        merge_reports([merged, signed(quarter, mine)], "All", TODAY)
    files = []
    for i, report in enumerate((january, quarter)):
        files.append(tmp_path / f"r{i}.json")
        files[-1].write_text(to_json(report, mine))
    out = tmp_path / "merged.json"
    assert cli.main(["report", "merge", *map(str, files), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "confide-admin: cannot merge: two reports signed by the same supporter overlap "
        "(January 2025 and Q1 2025 (January to March))"
    )
    assert not out.exists()


def test_merge_refuses_a_period_off_the_grid() -> None:
    key = Ed25519PrivateKey.generate()
    odd = build_report(count_contacts(review_log()), months_between("2025-02", "2025-03"),
                       "Team", TODAY)
    other = build_report(count_contacts(review_log()), Q1, "Team", TODAY)
    with pytest.raises(MergeRefused, match="not a whole calendar month"):
        merge_reports([signed(odd, key), signed(other, Ed25519PrivateKey.generate())], "A", TODAY)


# --- the ledger: budget, figures, key, undo --------------------------------------------


def test_epsilon_past_the_monthly_budget_is_refused(vault: Vault) -> None:
    ledger = Ledger(vault)
    release(ledger, review_log(), Q1, epsilon=1.5)
    with pytest.raises(ReleaseRefused) as refused:
        ledger.check(JANUARY, 1.0)
    assert refused.value.detail == (
        "January 2025 has 0.5 of its privacy budget (epsilon 2 a month) left, "
        "less than the 1 this report would spend"
    )
    release(ledger, review_log(), JANUARY, epsilon=0.5)  # exactly the budget
    with pytest.raises(ReleaseRefused, match="overlaps"):
        ledger.check(months_between("2025-02", "2025-02"), None)  # exact beside noise: no
    assert [(e.months, e.epsilon) for e in ledger.entries()] == [(Q1, 1.5), (JANUARY, 0.5)]
    assert EPSILON_BUDGET == 2.0


def test_the_ledger_keeps_figures_never_contacts(vault: Vault) -> None:
    ledger = Ledger(vault)
    log = [replace(c, note="Talked with Zebediah about the night") for c in review_log()]
    report = release(ledger, log, JANUARY)
    (entry,) = ledger.entries()
    assert entry.report_id == report.sources[0] and entry.released_at.startswith("2025-06-01")
    assert entry.as_released().grids == tuple(t.grid for t in report.tables)
    assert "Zebediah" not in json.dumps(entry.figures) and "2025-01-05" not in str(entry.figures)
    ledger.forget(report.sources[0])  # its files could not be written: nothing left
    assert ledger.entries() == []
    key = ledger.signing_key()
    assert public_key_hex(ledger.signing_key()) == public_key_hex(key)  # kept in the vault


# --- the property ----------------------------------------------------------------------

GRID = [
    months_between(a, b)
    for a, b in [
        ("2025-01", "2025-01"), ("2025-02", "2025-02"), ("2025-03", "2025-03"),
        ("2025-04", "2025-04"), ("2025-01", "2025-03"), ("2025-04", "2025-06"),
        ("2025-01", "2025-06"),
    ]
]


@st.composite
def contacts(draw: st.DrawFn) -> PeerContact:
    return PeerContact(
        contact_date=date(2025, 1, 1) + timedelta(days=draw(st.integers(0, 180))),
        contact_type=draw(st.sampled_from(ContactType)),
        role_group=draw(st.sampled_from(list(RoleGroup)[:3])),  # skewed: big and small
        events=frozenset(draw(st.lists(st.sampled_from(Event), min_size=1, max_size=2))),
        duration_minutes=draw(st.integers(0, 90)),
        recorded_at=AT,
        support=frozenset(draw(st.lists(st.sampled_from(Support), max_size=2))),
        referrals=frozenset(draw(st.lists(st.sampled_from(Referral), max_size=1))),
    )


TIMES: list[float] = []


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    st.lists(contacts(), max_size=120),
    st.lists(st.tuples(st.sampled_from(GRID), st.sampled_from([None, None, 0.5, 1.0])),
             min_size=1, max_size=5),
)
def test_no_sequence_of_releases_pins_a_small_count(
    log: list[PeerContact], attempts: list[tuple[tuple[str, ...], float | None]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        vault, _code = Vault.create(Path(folder), "property passphrase words",
                                    kdf_params=KdfParams.minimum())
        try:
            ledger = Ledger(vault)
            for months, epsilon in attempts:
                try:
                    ledger.check(months, epsilon)
                except ReleaseRefused:
                    continue
                started = time.perf_counter()
                report = build_report(count_contacts(log), months, "Team", TODAY,
                                      epsilon=epsilon, earlier=ledger.earlier())
                TIMES.append(time.perf_counter() - started)
                ledger.record(report, AT)
            released = ledger.earlier()
            # Whatever was allowed never overlaps an exact release...
            for i, one in enumerate(released):
                for other in released[i + 1:]:
                    if one.exact or other.exact:
                        assert not set(one.months) & set(other.months)
            # ...and the exact audit over everything released pins nothing.
            assert pinned_cells(released, SHAPE) == []
        finally:
            vault.lock()


def test_noised_releases_of_one_period_get_files_of_their_own() -> None:
    log = review_log()
    one, two = (build_report(count_contacts(log), Q1, "T", TODAY, epsilon=0.5) for _ in "12")
    exact = build_report(count_contacts(log), Q1, "T", TODAY)
    assert file_stem(exact) == "confide-peer-report-2025-01_to_2025-03"
    assert len({file_stem(one), file_stem(two), file_stem(exact)}) == 3
