"""The demo vault: opens with the passphrase it returns, and its data looks like a real rhythm."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from statistics import mean

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop import demo


def test_passphrase_is_readable_and_random() -> None:
    first, second = demo.demo_passphrase(), demo.demo_passphrase()
    assert re.fullmatch(r"demo(-[a-z]+){4}", first)
    assert first != second  # 30**4 choices; a collision here would point at a fixed seed


def test_demo_vault_opens_and_holds_about_six_months(data_dir: Path, fast_kdf: KdfParams) -> None:
    passphrase = demo.make_demo_vault(data_dir, kdf_params=fast_kdf)
    vault = Vault.unlock(data_dir, passphrase)
    try:
        rows = vault.query("SELECT day, mood, energy, sleep, stressors, note FROM checkin")
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
