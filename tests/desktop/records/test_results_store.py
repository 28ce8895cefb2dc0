"""Questionnaire results and crisis events against a real (fast-KDF) vault."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from crypto.vault import Vault
from desktop.records.instruments import Instrument, load_all
from desktop.records.results_store import (
    ResultStore,
    SavedResult,
    decode_answers,
    encode_answers,
)
from desktop.records.scoring import score

INSTRUMENTS = load_all()
PHQ9, WHO5 = INSTRUMENTS["phq9"], INSTRUMENTS["who5"]
AT = datetime(2025, 3, 12, 18, 30, tzinfo=UTC)




@pytest.fixture
def store(vault: Vault) -> ResultStore:
    return ResultStore(vault)


def _save(
    store: ResultStore, answers: list[int], at: datetime = AT, instrument: Instrument = PHQ9
) -> int:
    return store.save(instrument, score(instrument, answers), answers, at)


def test_save_and_read_back(store: ResultStore, vault: Vault) -> None:
    answers = [1, 2, 1, 2, 1, 1, 1, 1, 0]
    row_id = _save(store, answers)
    assert store.history("phq9") == [
        SavedResult(row_id, "phq9", AT, 10.0, "Moderate", False, tuple(answers))
    ]
    stored = vault.query("SELECT instrument_version, answers FROM questionnaire_response")
    assert stored == [(PHQ9.version, "[1, 2, 1, 2, 1, 1, 1, 1, 0]")]  # no functional: a list


def test_the_functional_answer_is_stored_with_the_result_and_not_scored(
    store: ResultStore, vault: Vault
) -> None:
    answers = [1, 2, 1, 2, 1, 1, 1, 1, 0]
    result = score(PHQ9, answers)
    row_id = store.save(PHQ9, result, answers, AT, functional=2)
    assert store.history("phq9") == [
        SavedResult(row_id, "phq9", AT, 10.0, "Moderate", False, tuple(answers), 2)
    ]
    stored = vault.query("SELECT answers, score FROM questionnaire_response")
    assert stored == [('{"items": [1, 2, 1, 2, 1, 1, 1, 1, 0], "functional": 2}', 10.0)]


def test_a_functional_answer_the_instrument_lacks_is_refused(
    store: ResultStore, vault: Vault
) -> None:
    with pytest.raises(ValueError, match="worth 4"):
        store.save(PHQ9, score(PHQ9, [0] * 9), [0] * 9, AT, functional=4)
    with pytest.raises(ValueError, match="no functional item"):
        store.save(WHO5, score(WHO5, [3] * 5), [3] * 5, AT, functional=0)
    assert vault.query("SELECT count(*) FROM questionnaire_response")[0][0] == 0


@pytest.mark.parametrize(
    ("text", "decoded"),
    [
        ("[0, 1, 2]", ((0, 1, 2), None)),
        ('{"items": [0, 1], "functional": 3}', ((0, 1), 3)),
        ('{"items": [0, 1], "functional": null}', ((0, 1), None)),
    ],
)
def test_both_stored_forms_read_back(
    text: str, decoded: tuple[tuple[int, ...], int | None]
) -> None:
    assert decode_answers(text) == decoded
    assert decode_answers(encode_answers(*decoded)) == decoded


def test_an_unknown_stored_form_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown form"):
        decode_answers('{"answers": [1]}')


def test_risk_is_stored(store: ResultStore) -> None:
    _save(store, [0] * 8 + [1])
    assert store.history("phq9")[0].risk is True


def test_history_is_per_instrument_oldest_first_and_date_bounded(store: ResultStore) -> None:
    for days in (20, 0, 10):
        _save(store, [0] * 9, AT - timedelta(days=days))
    store.save(WHO5, score(WHO5, [5] * 5), [5] * 5, AT)
    got = store.history("phq9")
    assert [r.completed_at for r in got] == sorted(r.completed_at for r in got)
    assert len(got) == 3
    assert [r.instrument_id for r in store.history("who5")] == ["who5"]
    assert store.history("who5")[0].score == 25.0
    middle = store.history("phq9", start=date(2025, 2, 28), end=date(2025, 3, 2))
    assert [r.completed_at.date() for r in middle] == [date(2025, 3, 2)]
    assert len(store.history("phq9", start=AT.date())) == 1
    assert len(store.history("phq9", end=AT.date())) == 3  # the whole end day counts


def test_times_are_stored_in_utc(store: ResultStore) -> None:
    local = datetime(2025, 3, 12, 20, 30, tzinfo=timezone(timedelta(hours=2)))
    _save(store, [0] * 9, local)
    assert store.history("phq9")[0].completed_at == local
    assert store.history("phq9")[0].completed_at.utcoffset() == timedelta(0)


def test_last_completed(store: ResultStore) -> None:
    assert store.last_completed("phq9") is None
    assert store.last_completed_all() == {}
    _save(store, [0] * 9, AT - timedelta(days=3))
    _save(store, [0] * 9, AT)
    store.save(WHO5, score(WHO5, [3] * 5), [3] * 5, AT - timedelta(days=1))
    assert store.last_completed("phq9") == AT
    assert store.last_completed_all() == {"phq9": AT, "who5": AT - timedelta(days=1)}


def test_crisis_event_is_recorded_in_the_vault(store: ResultStore, vault: Vault) -> None:
    row_id = store.record_crisis_event("phq9:item9", AT)
    assert vault.query("SELECT id, occurred_at, source FROM crisis_event") == [
        (row_id, AT.isoformat(), "phq9:item9")
    ]


def test_bad_input_is_refused_and_nothing_is_written(store: ResultStore, vault: Vault) -> None:
    with pytest.raises(ValueError, match="9 answers"):
        store.save(PHQ9, score(PHQ9, [0] * 9), [0] * 8, AT)
    with pytest.raises(ValueError, match="timezone"):
        _save(store, [0] * 9, AT.replace(tzinfo=None))
    with pytest.raises(ValueError, match="timezone"):
        store.record_crisis_event("phq9:item9", AT.replace(tzinfo=None))
    with pytest.raises(ValueError, match="source"):
        store.record_crisis_event(" ", AT)
    assert vault.query("SELECT count(*) FROM questionnaire_response")[0][0] == 0
    assert vault.query("SELECT count(*) FROM crisis_event")[0][0] == 0
