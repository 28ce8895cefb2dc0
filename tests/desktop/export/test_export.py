"""The personal export's logic: CSV columns and escaping, the FHIR Bundle, sealing with age."""

from __future__ import annotations

import csv
import io
import json
import tarfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyrage
import pytest

from desktop.export import export
from desktop.export.export import (
    CHECKIN_COLUMNS,
    CHECKINS_CSV,
    LOINC,
    QUESTIONNAIRE_COLUMNS,
    QUESTIONNAIRES_CSV,
    QUESTIONNAIRES_FHIR,
    ExportChoice,
    Format,
)
from desktop.records.checkins import CheckIn, Stressor
from desktop.records.instruments import load_all
from desktop.records.results_store import SavedResult
from tests.age_tool import decrypt_with_age

INSTRUMENTS = load_all()
PHQ9 = INSTRUMENTS["phq9"]
AT = datetime(2025, 3, 12, 18, 30, tzinfo=UTC)
CANARY = "canary-7f3a: the night shift was hard"
PASSPHRASE = "export pass phrase"
PHQ9_ANSWERS = (1, 2, 1, 2, 1, 1, 1, 1, 0)


def _checkins() -> list[CheckIn]:
    return [
        CheckIn(date(2025, 3, 11), AT, 2, 3, 4, frozenset({Stressor.WORKLOAD, Stressor.HOME}),
                'said "no", then, =SUM(A1)\nsecond line'),
        CheckIn(date(2025, 3, 12), AT, 4, 4, 4, frozenset(), CANARY),
        CheckIn(date(2025, 3, 13), AT, 5, 5, 5, frozenset(), "=HYPERLINK(\"x\")"),
    ]  # fmt: skip


def _results() -> list[SavedResult]:
    return [
        SavedResult(1, "phq9", AT, 10.0, "Moderate", False, PHQ9_ANSWERS),
        SavedResult(2, "gad2", AT, 3.0, "Positive screen", False, (1, 2)),
        # An instrument this Confide no longer ships: still exported, answers as numbers.
        SavedResult(3, "retired", AT, 2.0, "Low", False, (1, 1)),
    ]


def _rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_checkins_csv_has_its_columns_and_every_note_in_full() -> None:
    rows = _rows(export.export_csv(_checkins(), [])[CHECKINS_CSV])
    assert tuple(rows[0]) == CHECKIN_COLUMNS
    assert rows[1] == [
        "2025-03-11", "2025-03-12T18:30:00+00:00", "2", "3", "4", "Workload; Home and caregiving",
        'said "no", then, =SUM(A1)\nsecond line',
    ]  # fmt: skip
    assert rows[2][-1] == CANARY and rows[2][5] == ""


def test_a_note_that_looks_like_a_formula_stays_text() -> None:
    rows = _rows(export.export_csv(_checkins(), [])[CHECKINS_CSV])
    assert rows[3][-1] == '\'=HYPERLINK("x")'


def test_questionnaires_csv_has_its_columns() -> None:
    rows = _rows(export.export_csv([], _results())[QUESTIONNAIRES_CSV])
    assert tuple(rows[0]) == QUESTIONNAIRE_COLUMNS
    assert rows[1] == [
        "phq9", "2025-03-12T18:30:00+00:00", "10", "Moderate", "no", "1 2 1 2 1 1 1 1 0", "",
    ]  # fmt: skip
    assert len(rows) == 4


def test_the_functional_answer_has_its_own_column_and_fhir_item() -> None:
    answered = [SavedResult(1, "phq9", AT, 10.0, "Moderate", False, PHQ9_ANSWERS, 1)]
    rows = _rows(export.export_csv([], answered)[QUESTIONNAIRES_CSV])
    assert rows[0][-1] == "functional" and rows[1][-1] == "1"
    assert rows[1][2] == "10", "the score is the scored items' sum alone"
    bundle = json.loads(export.export_fhir(answered, INSTRUMENTS))
    (questionnaire,) = _resources(bundle, "Questionnaire")
    defined = {i["linkId"]: i for i in questionnaire["item"]}
    assert defined["phq9/functional"]["code"] == [{"system": LOINC, "code": "69722-7"}]
    assert defined["phq9/functional"]["required"] is False
    (response,) = _resources(bundle, "QuestionnaireResponse")
    given = {i["linkId"]: i for i in response["item"]}
    assert given["phq9/functional"]["answer"] == [
        {"valueCoding": {"system": "urn:confide:answers:phq9:functional", "code": "1",
                         "display": "Somewhat difficult"}}
    ]  # fmt: skip
    assert given["phq9/functional"]["text"].startswith("If you checked off any problems")


def _fhir() -> dict[str, Any]:
    data = json.loads(export.export_fhir(_results(), INSTRUMENTS))
    assert isinstance(data, dict)
    return data


def _resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_fhir_bundle_holds_one_response_per_result() -> None:
    bundle = _fhir()
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(set(urls)) == len(urls) and all(u.startswith("urn:uuid:") for u in urls)
    responses = _resources(bundle, "QuestionnaireResponse")
    assert [r["questionnaire"] for r in responses] == [
        "urn:confide:questionnaire:phq9", "urn:confide:questionnaire:gad2",
        "urn:confide:questionnaire:retired",
    ]  # fmt: skip
    for response in responses:
        assert response["status"] == "completed"
        assert response["authored"] == "2025-03-12T18:30:00+00:00"
    # Only the instruments used, and only the ones Confide knows, are described.
    assert sorted(q["url"] for q in _resources(bundle, "Questionnaire")) == [
        "urn:confide:questionnaire:gad2", "urn:confide:questionnaire:phq9",
    ]  # fmt: skip


def test_phq9_response_items_and_answers() -> None:
    phq9 = _resources(_fhir(), "QuestionnaireResponse")[0]
    items = phq9["item"]
    assert [i["linkId"] for i in items] == [f"phq9/{n}" for n in range(1, 10)] + [
        "phq9/total", "phq9/band",
    ]  # fmt: skip
    assert items[0]["text"] == PHQ9.items[0].text
    assert items[1]["answer"] == [
        {"valueCoding": {"system": "urn:confide:answers:phq9", "code": "2",
                         "display": "More than half the days"}}
    ]  # fmt: skip
    assert items[9]["answer"] == [{"valueInteger": 10}]
    assert items[10]["answer"] == [{"valueString": "Moderate"}]


def test_phq9_carries_its_loinc_codes() -> None:
    (phq9,) = [q for q in _resources(_fhir(), "Questionnaire") if q["url"].endswith("phq9")]
    assert phq9["code"] == [{"system": LOINC, "code": "44249-1"}]
    codes = {i["linkId"]: i.get("code") for i in phq9["item"]}
    assert codes["phq9/1"] == [{"system": LOINC, "code": "44250-9"}]
    assert codes["phq9/9"] == [{"system": LOINC, "code": "44260-8"}]
    assert codes["phq9/total"] == [{"system": LOINC, "code": "44261-6"}]
    assert all(codes[f"phq9/{n}"] for n in range(1, 10))
    response_ids = {i["linkId"] for i in _resources(_fhir(), "QuestionnaireResponse")[0]["item"]}
    # Every response item is defined; the optional functional item was not answered here.
    assert response_ids == set(codes) - {"phq9/functional"}
    assert codes["phq9/functional"] == [{"system": LOINC, "code": "69722-7"}]


def test_an_unknown_instrument_exports_plain_numbers() -> None:
    retired = _resources(_fhir(), "QuestionnaireResponse")[2]
    assert retired["item"][0] == {"linkId": "retired/1", "answer": [{"valueInteger": 1}]}


def test_build_files_follows_the_choice() -> None:
    def names(choice: ExportChoice) -> set[str]:
        return set(export.build_files(choice, _checkins(), _results(), INSTRUMENTS))

    assert names(ExportChoice(True, True, Format.BOTH)) == {
        CHECKINS_CSV, QUESTIONNAIRES_CSV, QUESTIONNAIRES_FHIR,
    }  # fmt: skip
    assert names(ExportChoice(True, False, Format.FHIR)) == {CHECKINS_CSV}
    assert names(ExportChoice(False, True, Format.FHIR)) == {QUESTIONNAIRES_FHIR}
    assert names(ExportChoice(False, True, Format.CSV)) == {QUESTIONNAIRES_CSV}
    assert names(ExportChoice(False, False)) == set()
    assert ExportChoice(False, False).is_empty


def _untar(data: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
        out = {}
        for member in tar.getmembers():
            assert member.mode == 0o600
            extracted = tar.extractfile(member)
            assert extracted is not None
            out[member.name] = extracted.read()
        return out


def test_unencrypted_is_a_readable_tar() -> None:
    files = export.build_files(ExportChoice(True, True), _checkins(), _results(), INSTRUMENTS)
    assert _untar(export.seal(files, None)) == files


def test_an_empty_passphrase_is_refused() -> None:
    with pytest.raises(ValueError, match="empty passphrase"):
        export.seal({"a": b"b"}, "")


@pytest.fixture(scope="module")
def sealed() -> tuple[dict[str, bytes], bytes]:
    """One age encryption for the module: scrypt costs about a second per call, by design."""
    files = export.build_files(ExportChoice(True, True), _checkins(), _results(), INSTRUMENTS)
    return files, export.seal(files, PASSPHRASE)


def test_encrypted_round_trip_and_no_plaintext(sealed: tuple[dict[str, bytes], bytes]) -> None:
    files, data = sealed
    assert data.startswith(b"age-encryption.org/v1\n")
    assert CANARY.encode() not in data and b"phq9" not in data
    assert _untar(pyrage.passphrase.decrypt(data, PASSPHRASE)) == files


def test_the_standard_age_tool_opens_it(
    sealed: tuple[dict[str, bytes], bytes], tmp_path: Path
) -> None:
    """The person's clinician needs no Confide (age reads passphrases from a terminal)."""
    files, data = sealed
    source, out = tmp_path / "export.tar.age", tmp_path / "opened.tar"
    source.write_bytes(data)
    assert decrypt_with_age(source, out, PASSPHRASE) == 0
    assert _untar(out.read_bytes()) == files


def test_the_note_reaches_only_the_chosen_file(private_tmp: Path, tmp_path: Path) -> None:
    """Nothing but the final file is written: no plaintext copy in the temp folder."""
    files = export.build_files(ExportChoice(True, True), _checkins(), _results(), INSTRUMENTS)
    target = tmp_path / "chosen" / "export.tar"
    target.parent.mkdir()
    export.write_export(target, export.seal(files, None))
    assert CANARY.encode() in target.read_bytes()
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["export.tar"]
    for path in private_tmp.rglob("*"):
        assert not path.is_file() or CANARY.encode() not in path.read_bytes()


def test_suggested_name() -> None:
    day = date(2025, 3, 12)
    assert export.suggested_name(day, encrypted=True) == "confide-export-2025-03-12.tar.age"
    assert export.suggested_name(day, encrypted=False) == "confide-export-2025-03-12.tar"
