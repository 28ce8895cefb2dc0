"""The demo vault: opens with the passphrase it returns, and its data looks like a real rhythm."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from statistics import mean

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop import demo
from desktop.demo import make_demo_vault
from desktop.records.instruments import load_all
from desktop.records.scoring import score
from desktop.safety_plan.model import Step


def test_passphrase_is_readable_and_random() -> None:
    first, second = demo.demo_passphrase(), demo.demo_passphrase()
    assert re.fullmatch(r"demo(-[a-z]+){4}", first)
    assert first != second  # 30**4 choices; a collision here would point at a fixed seed


def test_demo_vault_opens_and_holds_about_six_months(data_dir: Path, fast_kdf: KdfParams) -> None:
    passphrase = demo.make_demo_vault(data_dir, kdf_params=fast_kdf)
    vault = Vault.unlock(data_dir, passphrase)
    try:
        rows = vault.query("SELECT day, mood, energy, sleep, stressors, note FROM checkin")
        responses = vault.query("SELECT instrument, risk FROM questionnaire_response")
    finally:
        vault.lock()
    days = [date.fromisoformat(r[0]) for r in rows]
    assert len(set(days)) == len(days), "one check-in per day"
    assert 120 <= len(rows) < demo.DEMO_DAYS, "most days, but some missed"
    assert (max(days) - min(days)).days >= 170
    assert max(days) < date.today()
    for _day, mood, energy, sleep, stressors, note in rows:
        assert {mood, energy, sleep} <= {1, 2, 3, 4, 5}
        assert set(filter(None, stressors.split(","))) <= set(demo.STRESSORS)
        assert note == "" or note.startswith("(Demo, fictional)")
    assert any(r[5] for r in rows) and any(r[4] for r in rows)
    assert {r[0] for r in responses} == {"phq9", "gad7", "who5", "burnout"}
    assert not any(r[1] for r in responses), "no demo answer is a risk answer"


def test_questionnaires_follow_the_rhythm_and_score_by_the_engine() -> None:
    today = date(2024, 7, 1)
    rows = demo.demo_questionnaires(today)
    instruments = load_all()
    counts = {key: sum(1 for r in rows if r[0] == key) for key in demo.QUESTIONNAIRE_EVERY}
    assert counts == {"phq9": 13, "gad7": 13, "who5": 26, "burnout": 6}
    assert [r[2] for r in rows] == sorted(r[2] for r in rows)
    for instrument_id, version, at, answers_json, total, band, risk in rows:
        answers = json.loads(answers_json)
        result = score(instruments[instrument_id], answers)  # raises on an invalid set
        assert (version, total, band, risk) == (
            instruments[instrument_id].version, result.score, result.band.label, 0)
        assert date.fromisoformat(at[:10]) < today
        if instrument_id == "phq9":
            assert answers[8] == 0
    assert len({r[5] for r in rows if r[0] == "phq9"}) >= 2, "the bands vary over time"
    assert demo.demo_questionnaires(today, seed=3) == demo.demo_questionnaires(today, seed=3)


def test_rhythm_shift_days_feel_worse_than_days_off() -> None:
    rows = demo.demo_checkins(date(2024, 7, 1))

    def mood_on(kind: str) -> float:
        return mean(r[2] for r in rows if demo._ROTA[date.fromisoformat(r[0]).weekday()] == kind)

    assert mood_on("-") > mood_on("D") + 0.3
    after_night = [r[4] for r in rows if date.fromisoformat(r[0]).weekday() == 4]  # Friday
    others = [r[4] for r in rows if date.fromisoformat(r[0]).weekday() in (1, 2)]
    assert mean(after_night) < mean(others) - 0.5, "sleep suffers after a night shift"


def test_rows_are_reproducible_for_a_seed() -> None:
    today = date(2024, 7, 1)
    assert demo.demo_checkins(today, seed=5) == demo.demo_checkins(today, seed=5)
    assert demo.demo_checkins(today, seed=5) != demo.demo_checkins(today, seed=6)


def test_the_demo_has_a_safety_plan(tmp_path: Path) -> None:
    from desktop.safety_plan.store import SafetyPlanStore

    passphrase = make_demo_vault(tmp_path / "demo", kdf_params=KdfParams.minimum())
    vault = Vault.unlock(tmp_path / "demo", passphrase)
    try:
        stored = SafetyPlanStore(vault).load()
        assert stored is not None
        assert all(stored.plan.steps.get(step) for step in Step)  # every step filled in
    finally:
        vault.lock()
