"""`confide --demo`: a vault full of obviously fictional data, for trying the app out.

About six months of daily check-ins with a plausible rhythm: a nurse on three twelve-hour
shifts a week feels worse on shift days and after a run of them, sleeps worse after a
night, misses a check-in now and then, and names workload drivers; short-staffed shifts
weigh on mood, so the Insights page has a difference to show. Every note is marked
fictional so nobody mistakes a demo screen for a real person's data. Questionnaires follow
the app's default rhythm and are scored by the app's own engine; no demo answer is ever a
risk answer, so the demo never opens the crisis panel on its own.
"""

from __future__ import annotations

import json
import random
import secrets
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.peer_log.demo_log import add_demo_peer_log
from desktop.records.instruments import Instrument, load_all
from desktop.records.scoring import score
from desktop.safety_plan.model import PlanItem, SafetyPlan, Step
from desktop.safety_plan.store import SafetyPlanStore

STRESSORS = ("workload", "documentation", "staffing", "moral_distress", "violence", "home", "other")
DEMO_DAYS = 182
# Short, plain words: a demo passphrase is read off the screen and typed.
_WORDS = (
    "amber", "birch", "cedar", "delta", "ember", "fern", "grove", "harbor", "iris", "juniper",
    "kelp", "lark", "maple", "nectar", "opal", "pine", "quartz", "river", "sage", "tide",
    "umber", "violet", "willow", "yarrow", "zephyr", "otter", "heron", "comet", "meadow", "pebble",
)
_NOTES = (
    "(Demo, fictional) Quiet shift on the imaginary Ward Z.",
    "(Demo, fictional) Tea with the made-up night team helped.",
    "(Demo, fictional) Charting backlog after a long day shift.",
    "(Demo, fictional) Two call-outs on the pretend rota; ran short.",
    "(Demo, fictional) Walked the invented riverside path on my day off.",
    "(Demo, fictional) Hard conversation with a fictional family.",
    "(Demo, fictional) Slept in; felt human again.",
    "(Demo, fictional) Placeholder note: nothing real here.",
)
_INSERT = (
    "INSERT INTO checkin (day, recorded_at, mood, energy, sleep, stressors, note) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_RESPONSE = (
    "INSERT INTO questionnaire_response (instrument, instrument_version, completed_at, answers,"
    " score, band, risk) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
# Days between demo questionnaires: the app's default rhythm.
QUESTIONNAIRE_EVERY = {"phq9": 14, "gad7": 14, "who5": 7, "burnout": 30}
# Shift pattern by weekday (Mon=0): D = day shift, N = night shift, - = off.
_ROTA = ("D", "D", "-", "N", "-", "-", "D")


def demo_passphrase(rng: random.Random | None = None) -> str:
    """A readable passphrase such as "demo-fern-opal-tide-lark"."""
    choose = rng.choice if rng is not None else secrets.choice
    return "demo-" + "-".join(choose(_WORDS) for _ in range(4))


def _clamp(value: float) -> int:
    return max(1, min(5, round(value)))


def demo_checkins(today: date, days: int = DEMO_DAYS,
                  seed: int = 1922) -> list[tuple[str, str, int, int, int, str, str]]:
    """Rows for the checkin table, oldest first, ending yesterday; reproducible for `seed`."""
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not a secret
    rows = []
    strain = 0.0  # builds over runs of shifts, eases on days off
    for offset in range(days, 0, -1):
        day = today - timedelta(days=offset)
        shift = _ROTA[day.weekday()]
        after_night = _ROTA[(day.weekday() - 1) % 7] == "N"
        strain = strain + 0.6 if shift != "-" else max(0.0, strain - 0.8)
        if rng.random() < (0.22 if shift != "-" else 0.1):
            continue  # a missed day: too tired, or simply forgot
        on_shift = 0.4 if shift == "D" else 0.7 if shift == "N" else 0.0
        mood = _clamp(rng.gauss(3.9 - 0.3 * strain - on_shift, 0.7))
        energy = _clamp(rng.gauss(3.6 - 0.4 * strain - (0.8 if after_night else 0), 0.7))
        sleep = _clamp(rng.gauss(3.8 - (1.5 if after_night else 0) - 0.2 * strain, 0.6))
        stressors: list[str] = []
        if shift != "-":
            stressors += rng.sample(STRESSORS[:4], k=rng.choice((0, 1, 1, 2)))
            if rng.random() < 0.04:
                stressors.append("violence")
        if rng.random() < 0.12:
            stressors.append(rng.choice(("home", "other")))
        if shift != "-" and rng.random() < 0.2:
            stressors.append("staffing")  # short staffing comes often enough to show a pattern
        if "staffing" in stressors:
            mood = max(1, mood - 1)  # short-staffed shifts weigh on mood (Insights shows it)
        note = rng.choice(_NOTES) if rng.random() < 0.45 else ""
        at = datetime.combine(day, time(rng.choice((7, 19, 21, 22)), rng.randrange(60)), UTC)
        rows.append((day.isoformat(), at.isoformat(), mood, energy, sleep,
                     ",".join(sorted(set(stressors))), note))
    return rows


def _demo_answers(instrument: Instrument, rng: random.Random, strain: float) -> list[int]:
    """Mild-to-moderate answers that move with `strain` (0 calm .. 1 hard); never a risk item."""
    low, high = instrument.min_value, instrument.max_value
    # WHO-5 counts well-being up; the others count symptoms up.
    lean = 1 - strain if instrument.id == "who5" else strain
    answers = []
    for item in instrument.items:
        if any(risk.item == item.number for risk in instrument.risk_items):
            answers.append(low)  # demo data never shows a risk answer
            continue
        centre = low + (high - low) * (0.15 + 0.5 * lean)
        answers.append(max(low, min(high, round(rng.gauss(centre, 0.6)))))
    return answers


def demo_questionnaires(today: date, days: int = DEMO_DAYS, seed: int = 1922
                        ) -> list[tuple[str, str, str, str, int, str, int]]:
    """Rows for questionnaire_response, oldest first, reproducible for `seed`.

    PHQ-9 and GAD-7 fortnightly, WHO-5 weekly, the burnout item monthly; no risk item is
    ever positive.
    """
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not a secret
    instruments = load_all()
    rows = []
    for offset in range(days, 0, -1):
        day = today - timedelta(days=offset)
        # A harder stretch in the middle of the six months, easing towards the end.
        strain = 0.35 + 0.4 * max(0.0, 1 - abs(offset - days / 2) / (days / 4))
        for instrument_id, every in QUESTIONNAIRE_EVERY.items():
            if offset % every:
                continue
            instrument = instruments[instrument_id]
            answers = _demo_answers(instrument, rng, strain)
            result = score(instrument, answers)
            at = datetime.combine(day, time(20, rng.randrange(60)), UTC)
            rows.append((instrument.id, instrument.version, at.isoformat(), json.dumps(answers),
                         result.score, result.band.label, int(result.risk)))
    rows.sort(key=lambda row: row[2])
    return rows


def demo_safety_plan(today: date) -> SafetyPlan:
    """A filled-in plan so the safety plan and the crisis panel can be seen at once.

    Every person and number is fictional (555-01xx numbers are reserved for fiction).
    """
    return SafetyPlan(
        steps={
            Step.WARNING_SIGNS: (
                PlanItem("Lying awake after night shifts, replaying the day"),
                PlanItem("Skipping meals and canceling my walks"),
            ),
            Step.COPING_ALONE: (
                PlanItem("A long walk with music"),
                PlanItem("Ten minutes of slow breathing"),
                PlanItem("Cooking something simple"),
            ),
            Step.DISTRACTIONS: (
                PlanItem("The climbing gym on Saturday mornings"),
                PlanItem("The public library's reading room"),
            ),
            Step.HELPERS: (
                PlanItem("Sam, my sister (demo contact)", "555-0100"),
                PlanItem("Jordan from my old unit (demo contact)", "555-0101"),
            ),
            Step.PROFESSIONALS: (PlanItem("My family doctor (demo contact)", "555-0123"),),
            Step.SAFER_SURROUNDINGS: (
                PlanItem("Ask someone I trust to keep spare medicines for me"),
            ),
        },
        reasons="My garden, my nieces, and the patients who remember me. (Demo, fictional)",
        review_on=today + timedelta(days=90),
    )


def make_demo_vault(directory: Path, *, kdf_params: KdfParams | None = None) -> str:
    """Create a vault in `directory` with fictional data to try the app; returns its passphrase.

    Args:
        directory: an empty data folder (created if missing).
        kdf_params: Argon2id cost; None calibrates to this machine as a real vault would.
    """
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    passphrase = demo_passphrase()
    vault, _code = Vault.create(directory, passphrase, kdf_params=kdf_params)
    try:
        with vault.transaction() as conn:
            conn.executemany(_INSERT, demo_checkins(date.today()))
            conn.executemany(_INSERT_RESPONSE, demo_questionnaires(date.today()))
        SafetyPlanStore(vault).save(demo_safety_plan(date.today()), datetime.now(UTC))
        add_demo_peer_log(vault, date.today())  # peer mode on, with a fictional log
    finally:
        vault.lock()
    return passphrase
