"""State licensing application questions: shipped for every board, checked, bundle-overridable."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import resources
from referral_directory import hsds, tabular
from referral_directory.directory import Directory, national_resources
from referral_directory.errors import HsdsError
from referral_directory.facts import taxonomy
from referral_directory.licensing import (
    BOARDS,
    JURISDICTIONS,
    SERVICE_ID,
    BoardAnswer,
    LicensingTable,
    check_complete,
    is_licensing_service,
    national,
    read_service,
    read_services,
    to_service,
)
from tests.referral_directory.test_bundle import NOW, PINNED, _eap, _publish

READ = date(2026, 12, 4)


def _shipped_service() -> dict[str, Any]:
    document = json.loads(resources.read_text("directory/national.json"))
    return next(s for s in document["contents"] if s["id"] == SERVICE_ID)


def test_every_state_and_dc_appears_once_for_both_boards() -> None:
    answers = national().answers()
    assert len(JURISDICTIONS) == 51 and {"DC", "WY", "AL"} <= {s for s, _ in JURISDICTIONS}
    assert len(answers) == 51 * 2
    for board in BOARDS:
        assert sorted(a.state for a in answers if a.board == board) == sorted(
            s for s, _ in JURISDICTIONS
        )


def test_every_answer_has_an_https_source_and_the_date_it_was_read() -> None:
    answered = [a for a in national().answers() if a.answered]
    assert answered, "at least some boards are sourced"
    for answer in answered:
        assert answer.source_url.startswith("https://"), answer
        assert answer.checked == READ, answer
        assert answer.method.startswith("checked against a stored copy")
        assert answer.statement
    # "Confirmed" means a government page (the board's own, a statute) or the Breen
    # Foundation's verification; news, societies and journals stay unconfirmed.
    for answer in answered:
        host = answer.source_url.split("/")[2]
        assert answer.confirmed == (host.endswith(".gov") or host == "drlornabreen.org"), answer


def test_unconfirmed_boards_say_so_and_are_never_marked_confirmed() -> None:
    unconfirmed = [a for a in national().answers() if not a.answered]
    assert len(unconfirmed) > 51  # most boards: we say plainly that we could not confirm
    for answer in unconfirmed:
        assert not answer.confirmed
        if answer.statement:  # a dated or partial source: worded as not confirming it
            words = answer.statement.casefold()
            assert "could not confirm" in words or "may have changed" in words
            assert answer.source_url.startswith("https://") and answer.checked == READ


def test_what_the_sources_say_for_a_few_boards() -> None:
    table = national()
    assert table.answer("WA", "medical").answer == "current_only"
    assert table.answer("WA", "medical").confirmed
    assert table.answer("VA", "nursing").answer == "current_only"
    assert not table.answer("VA", "nursing").confirmed  # a journal report, not the board
    assert table.answer("FL", "medical").answer == "not_confirmed"  # 2020 data only
    assert table.answer("CA", "nursing") == BoardAnswer("CA", "nursing")


def test_the_licensing_service_is_hsds_but_no_resource_to_list() -> None:
    service = _shipped_service()
    hsds.check_record("service", service, "national.json", 0)
    assert is_licensing_service(service)
    assert not is_licensing_service(to_service([]))  # no board named: an ordinary service
    names = {r.name for r in national_resources()}
    assert "State licensing application questions" not in names
    directory = Directory(national_resources())
    assert all(r.id != SERVICE_ID for r in directory.search("licensing"))


def test_hsds_round_trip_keeps_every_answer() -> None:
    answers = national().answers()
    service = to_service(answers)
    text = hsds.dumps(hsds.page([service]))
    again = read_services(hsds.read_json(text, kind="service").services)
    assert sorted(again, key=repr) == sorted(answers, key=repr)


def test_the_tabular_form_carries_the_answers_too(tmp_path: Path) -> None:
    # IT may keep its overrides in a spreadsheet: the HSDS tables, attributes and all.
    service = to_service([OHIO_NURSING, WA_MEDICAL])
    tables = {
        "service": [{k: v for k, v in service.items() if not isinstance(v, list | dict)}],
        "organization": [service["organization"]],
        "attribute": service["attributes"],
        "taxonomy_term": [
            {k: v for k, v in t.items() if k != "x_confide_value"}
            for t in taxonomy()["taxonomy_terms"]
        ],
    }
    tabular.write_tabular(tables, tmp_path)
    (read,) = tabular.read_tabular(tmp_path).services
    assert sorted(read_service(read), key=repr) == sorted([OHIO_NURSING, WA_MEDICAL], key=repr)


def _entry(service: dict[str, Any], state: str, board: str) -> list[dict[str, Any]]:
    """The board_question attribute of one board and every attribute linked to it."""
    by_id = {a["id"]: a for a in service["attributes"]}
    linked = [a for a in service["attributes"] if a["link_entity"] == "attribute"]
    for attr in linked:
        if attr["value"] == state and any(
            b["link_id"] == attr["link_id"] and b["value"] == board for b in linked
        ):
            entry = by_id[attr["link_id"]]
            return [entry, *(b for b in linked if b["link_id"] == entry["id"])]
    raise AssertionError((state, board))


def _value(rows: list[dict[str, Any]], code_value: str) -> dict[str, Any]:
    return next(a for a in rows if a["value"] == code_value)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda rows: rows[0].update(value="maybe"), "board_question"),
        (lambda rows: _value(rows, "WA").update(value="ZZ"), "board_state"),
        (lambda rows: _value(rows, "medical").update(value="dental"), "board_type"),
        (
            lambda rows: next(a for a in rows if a["value"].startswith("https://")).update(
                value="http://wmc.wa.gov/news"
            ),
            "claim_source",
        ),
        (lambda rows: _value(rows, "2026-12-04").update(value="4 December"), "claim_checked"),
    ],
)
def test_a_bad_entry_is_refused_at_import_naming_the_field(change: Any, field: str) -> None:
    service = copy.deepcopy(_shipped_service())
    change(_entry(service, "WA", "medical"))
    with pytest.raises(HsdsError) as error:
        hsds.read_json(json.dumps(service), "bundle", kind="service")
    assert field in error.value.field


def test_an_answer_without_source_or_date_is_refused() -> None:
    service = copy.deepcopy(_shipped_service())
    rows = _entry(service, "WA", "medical")
    dated = _value(rows, "2026-12-04")
    service["attributes"] = [a for a in service["attributes"] if a is not dated]
    with pytest.raises(HsdsError, match="date"):
        read_service(service)
    sourced = next(a for a in rows if a["value"].startswith("https://"))
    service["attributes"] = [a for a in service["attributes"] if a is not sourced]
    with pytest.raises(HsdsError, match="source"):
        read_service(service)


def test_a_board_missing_or_named_twice_is_refused() -> None:
    answers = list(national().answers())
    with pytest.raises(HsdsError, match="missing"):
        check_complete(answers[1:])
    with pytest.raises(HsdsError, match="more than once"):
        check_complete([*answers, answers[0]])
    service = to_service(answers)
    twin = to_service([answers[0]], service_id="0c1b6a40-5a6e-4f5e-8a57-1d1c8f7b2e11")
    with pytest.raises(HsdsError, match="named twice"):
        read_services([service, twin])


def test_a_table_without_an_entry_says_not_confirmed() -> None:
    table = LicensingTable([])
    assert table.answer("OH", "nursing") == BoardAnswer("OH", "nursing", "not_confirmed")
    with pytest.raises(KeyError):
        table.answer("PR", "medical")  # Puerto Rico is outside the data's scope


# -- the organization's signed bundle ---------------------------------------------------

OHIO_NURSING = BoardAnswer(
    "OH",
    "nursing",
    "current_only",
    "Our legal team read the Ohio Board of Nursing's 2026 application: it asks only about "
    "current impairment.",
    "https://intranet.example.org/licensing/ohio",
    date(2026, 11, 20),
    confirmed=True,
    method="read by the wellness office",
)
WA_MEDICAL = BoardAnswer(
    "WA",
    "medical",
    "asks_past",
    "An example override: the organization says the commission's form changed.",
    "https://intranet.example.org/licensing/wa",
    date(2026, 11, 21),
)


def _bundle_with_answers(*answers: BoardAnswer) -> bytes:
    eap = json.loads(_eap("EAP with licensing"))["contents"]
    service = to_service(answers, service_id="5d4b1c6a-0e0b-4c85-9d1a-2b0f3b9c7d10")
    return hsds.dumps(hsds.page([*eap, service])).encode()


def test_a_signed_bundle_overrides_a_state_and_leaves_the_rest(
    data_dir: Path, tmp_path: Path
) -> None:
    path = _publish(tmp_path, 5, data=_bundle_with_answers(OHIO_NURSING, WA_MEDICAL))
    directory = Directory.open(data_dir, pinned_keys=PINNED, bundle_path=path, now=NOW)
    assert directory.warnings == [] and directory.bundle_info is not None
    ohio = directory.licensing.answer("OH", "nursing")
    assert ohio.answer == "current_only" and ohio.origin == "organization"
    assert ohio.source_url == OHIO_NURSING.source_url and ohio.checked == date(2026, 11, 20)
    assert directory.licensing.answer("WA", "medical").answer == "asks_past"
    # Everything else stays as shipped, and the licensing service is no listed resource.
    assert directory.licensing.answer("WA", "nursing") == national().answer("WA", "nursing")
    assert directory.licensing.answer("OH", "medical").origin == "national"
    assert {r.name for r in directory.resources if r.origin == "organization"} == {
        "EAP with licensing"
    }
    # Stored and reopened without the offer, the override holds.
    again = Directory.open(data_dir, pinned_keys=PINNED, now=NOW)
    assert again.licensing.answer("OH", "nursing") == ohio


def test_a_bundle_with_a_bad_licensing_entry_is_refused(data_dir: Path, tmp_path: Path) -> None:
    bad = to_service([OHIO_NURSING], service_id="5d4b1c6a-0e0b-4c85-9d1a-2b0f3b9c7d10")
    next(a for a in bad["attributes"] if a["value"] == OHIO_NURSING.source_url)["value"] = (
        "http://intranet.example.org/licensing/ohio"
    )
    path = _publish(tmp_path, 6, data=hsds.dumps(hsds.page([bad])).encode())
    directory = Directory.open(data_dir, pinned_keys=PINNED, bundle_path=path, now=NOW)
    assert directory.refusal is not None and "https" in directory.refusal.detail
    assert directory.licensing.answer("OH", "nursing") == national().answer("OH", "nursing")


def test_a_bundle_naming_a_board_in_two_services_keeps_the_shipped_answers(
    data_dir: Path, tmp_path: Path
) -> None:
    first = to_service([OHIO_NURSING], service_id="5d4b1c6a-0e0b-4c85-9d1a-2b0f3b9c7d10")
    second = to_service([OHIO_NURSING], service_id="0c1b6a40-5a6e-4f5e-8a57-1d1c8f7b2e11")
    path = _publish(tmp_path, 8, data=hsds.dumps(hsds.page([first, second])).encode())
    directory = Directory.open(data_dir, pinned_keys=PINNED, bundle_path=path, now=NOW)
    assert any("named twice" in w for w in directory.warnings)
    assert directory.licensing.answer("OH", "nursing") == national().answer("OH", "nursing")
