"""The log in a real vault, the report file's checksum, merging rules and the admin command."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.admin import cli
from desktop.peer_merge.merge import MergeRefused, merge_cells, merge_reports
from desktop.records.peer.model import ContactType, Event, PeerContact, Referral, RoleGroup
from desktop.records.peer.report import build_report, check_label, count_contacts, months_between
from desktop.records.peer.report_file import ReportInvalid, from_json, to_json
from desktop.records.peer.store import PeerLogStore, UnresolvedIdentifiers
from desktop.records.peer.suppress import SMALL, WITHHELD, suppress

AT = datetime(2025, 6, 1, 12, tzinfo=UTC)
MONTHS = months_between("2025-01", "2025-06")


def contact(day: date, note: str = "", **changes: object) -> PeerContact:
    fields: dict[str, object] = {
        "contact_date": day,
        "contact_type": ContactType.PHONE,
        "role_group": RoleGroup.NURSE,
        "events": frozenset({Event.MORAL_DISTRESS}),
        "duration_minutes": 25,
        "recorded_at": AT,
        "note": note,
    }
    fields.update(changes)
    return PeerContact(**fields)  # type: ignore[arg-type]  # test helper


@pytest.fixture
def store(data_dir: Path, fast_kdf: KdfParams) -> PeerLogStore:
    vault, _code = Vault.create(data_dir, "peer log test passphrase", kdf_params=fast_kdf)
    return PeerLogStore(vault)


def test_model_rules_name_the_field() -> None:
    with pytest.raises(ValueError, match="at least one"):
        contact(date(2025, 1, 1), events=frozenset())
    with pytest.raises(ValueError, match="duration"):
        contact(date(2025, 1, 1), duration_minutes=1441)
    with pytest.raises(ValueError, match="before the contact"):
        contact(date(2025, 1, 5), follow_up=date(2025, 1, 4))
    assert not hasattr(PeerContact, "name")


def test_a_note_with_an_identifier_is_refused_until_resolved(store: PeerLogStore) -> None:
    note = "Met Jordan Mitchell after the shift"
    with pytest.raises(UnresolvedIdentifiers) as refused:
        store.save(contact(date(2025, 2, 3), note))
    assert refused.value.kinds == ["name"] and "Jordan" not in str(refused.value)
    assert store.recent(5) == []
    contact_id = store.save(
        contact(date(2025, 2, 3), note), frozenset({("name", "Jordan Mitchell")})
    )
    assert store.get(contact_id).note == note
    assert store.save(contact(date(2025, 2, 3), "Call 988 tonight if needed")) > 0


def test_follow_ups_and_counts(store: PeerLogStore) -> None:
    first = store.save(contact(date(2025, 3, 1), follow_up=date(2025, 3, 8)))
    store.save(
        contact(
            date(2025, 3, 2),
            follow_up=date(2025, 4, 1),
            referrals=frozenset({Referral.EAP, Referral.CRISIS_LINE}),
        )
    )
    assert [i for i, _ in store.due_follow_ups(date(2025, 3, 10))] == [first]
    store.mark_follow_up_done(first)
    assert store.due_follow_ups(date(2025, 3, 10)) == []
    with pytest.raises(KeyError):
        store.mark_follow_up_done(9999)
    logged = [c for _i, c in store.between(date(2025, 1, 1), date(2025, 12, 31))]
    assert store.counts(date(2025, 1, 1), date(2025, 12, 31)) == count_contacts(logged)


def test_a_list_is_read_without_its_notes(store: PeerLogStore) -> None:
    noted = store.save(contact(date(2025, 4, 1), "Talked about sleep", follow_up=date(2025, 4, 8)))
    store.save(contact(date(2025, 5, 1), "Walked through the week"))
    store.save(contact(date(2025, 7, 1), "Outside the period"))
    listed = store.listed_between(date(2025, 4, 1), date(2025, 5, 31))
    whole = store.between(date(2025, 4, 1), date(2025, 5, 31))
    assert [i for i, _c in listed] == [i for i, _c in whole]
    assert [c.note for _i, c in listed] == ["", ""]
    assert [replace(c, note="") for _i, c in whole] == [c for _i, c in listed]  # all else kept
    assert store.get(noted).note == "Talked about sleep"  # opening one reads its note


def test_a_contact_is_corrected_and_deleted(store: PeerLogStore) -> None:
    kept = store.save(contact(date(2025, 4, 1), "Talked about sleep"))
    gone = store.save(contact(date(2025, 4, 2), follow_up=date(2025, 4, 9)))
    corrected = contact(date(2025, 4, 1), "Talked about sleep and rest", duration_minutes=40)
    with pytest.raises(UnresolvedIdentifiers):  # an edit is checked like a new contact
        store.update(kept, contact(date(2025, 4, 1), "Met Jordan Mitchell again"))
    store.update(kept, corrected)
    assert store.get(kept) == corrected
    store.delete(gone)
    assert [i for i, _c in store.recent(10)] == [kept]
    assert store.due_follow_ups(date(2025, 5, 1)) == []  # its follow-up went with it
    with pytest.raises(KeyError):
        store.delete(gone)
    with pytest.raises(KeyError):
        store.get(gone)
    with pytest.raises(KeyError):
        store.update(gone, corrected)


def test_a_tampered_or_damaged_file_is_refused() -> None:
    report = build_report(count_contacts([contact(date(2025, 1, 2))] * 30), MONTHS, "Team", AT)
    merged = merge_reports([report, replace(report, sources=("0" * 32,))], "All", AT)
    text = to_json(merged)  # a merged report carries a checksum
    assert from_json(text) == merged
    document = json.loads(text)
    document["tables"][0]["rows"][0]["total"] = 12
    with pytest.raises(ReportInvalid) as refused:
        from_json(json.dumps(document))
    assert refused.value.reason == "checksum"
    # A file whose checksum was recomputed still may not show a small count.
    from desktop.records.peer.report_file import checksum

    document["tables"][0]["rows"][1]["total"] = 5
    body = {k: v for k, v in document.items() if k != "checksum"}
    document["checksum"]["value"] = checksum(body)
    with pytest.raises(ReportInvalid) as broken:
        from_json(json.dumps(document))
    assert broken.value.reason == "rules"
    with pytest.raises(ReportInvalid):
        from_json("not json")


def test_merge_cells_treat_small_as_one_to_ten() -> None:
    assert merge_cells([12, 0, 30]) == 42
    assert merge_cells([SMALL, 0]) == SMALL
    assert merge_cells([SMALL, 40]) == WITHHELD  # 41..50: hidden, never a range
    assert merge_cells([SMALL, SMALL]) == WITHHELD  # 2..20 might be 11 or more
    assert merge_cells([WITHHELD, 0]) == WITHHELD


def test_merge_refuses_the_same_report_twice() -> None:
    report = build_report(count_contacts([contact(date(2025, 1, 2))] * 30), MONTHS, "A", AT)
    other = build_report(count_contacts([contact(date(2025, 2, 2))] * 30), MONTHS, "B", AT)
    with pytest.raises(MergeRefused):
        merge_reports([report, report], "All", AT)
    merged = merge_reports([report, other], "All", AT)
    with pytest.raises(MergeRefused):
        merge_reports([merged, other], "All", AT)  # `other` is inside `merged` already
    assert merged.total_contacts == 60


def test_complementary_suppression_closes_a_lone_small_cell() -> None:
    grid = [[5, 20, 25], [30, 40, 70], [35, 60, 95]]
    published = suppress([grid])[0]
    assert published[0][0] == SMALL
    assert sum(isinstance(v, str) for v in published[0]) >= 2
    assert sum(isinstance(r[0], str) for r in published) >= 2


def test_labels_with_identifiers_are_refused() -> None:
    assert check_label("  Peer support, spring  ") == "Peer support, spring"
    with pytest.raises(ValueError, match="identifier"):
        check_label("Report for Jordan Mitchell")
    with pytest.raises(ValueError, match="one line"):
        check_label("two\nlines")


def test_admin_report_merge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = []
    for i, n in enumerate((40, 25)):
        days = [date(2025, 1 + k % 6, 3) for k in range(n)]
        report = build_report(count_contacts(contact(d) for d in days), MONTHS, "Team", AT)
        files.append(tmp_path / f"r{i}.json")
        files[-1].write_text(to_json(report, Ed25519PrivateKey.generate()))
    out = tmp_path / "merged.json"
    assert (
        cli.main(
            [
                "report",
                "merge",
                *map(str, files),
                "--out",
                str(out),
                "--csv",
                str(tmp_path / "merged.csv"),
            ]
        )
        == 0
    )
    merged = from_json(out.read_text())
    assert merged.reports_merged == 2 and merged.total_contacts == 65
    assert cli.main(["report", "verify", str(out)]) == 0
    document = json.loads(files[1].read_text())
    document["label"] = "changed"
    files[1].write_text(json.dumps(document))
    out.unlink()
    assert cli.main(["report", "merge", *map(str, files), "--out", str(out)]) == 1
    assert "signature does not match" in capsys.readouterr().err
    assert not out.exists()
    assert cli.main(["report", "verify", str(files[1])]) == 1


def test_noise_records_epsilon_and_changes_counts() -> None:
    log = [contact(date(2025, 1, 2) + timedelta(days=i % 150)) for i in range(400)]
    noisy = build_report(count_contacts(log), MONTHS, "Team", AT, epsilon=2.0)
    (noise,) = noisy.noise
    assert noise is not None and noise.epsilon == 2.0 and noise.scale == pytest.approx(28 / 2)
    assert json.loads(to_json(noisy))["noise"][0]["unit"] == "one contact"
