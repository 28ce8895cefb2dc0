"""Preferences: validation, the file round trip, malformed files, the policy limit."""

from __future__ import annotations

import json
import logging
import stat
from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.records.reminder_schedule import ReminderSchedule
from desktop.settings.logic import (
    AUTO_LOCK_RANGE,
    LANGUAGES,
    QUICK_UNLOCK_RANGE,
    THEMES,
    Preferences,
    effective_auto_lock,
    language_in_force,
    load_preferences,
    parse_preferences,
    preferences_path,
    reminder_in_force,
    save_preferences,
    serialize_preferences,
)

valid_prefs = st.builds(
    Preferences,
    theme=st.sampled_from(THEMES),
    language=st.sampled_from(LANGUAGES),
    auto_lock_minutes=st.integers(*AUTO_LOCK_RANGE),
    quick_unlock_days=st.integers(*QUICK_UNLOCK_RANGE),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)


def test_defaults() -> None:
    prefs = Preferences()
    assert (prefs.theme, prefs.auto_lock_minutes, prefs.quick_unlock_days) == ("system", 5, 7)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"theme": "blue"},
        {"auto_lock_minutes": 0},
        {"auto_lock_minutes": 61},
        {"auto_lock_minutes": True},
        {"quick_unlock_days": 0},
        {"quick_unlock_days": 31},
    ],
)
def test_invalid_values_are_refused_on_construction(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=next(iter(kwargs))):
        Preferences(**kwargs)  # type: ignore[arg-type]  # deliberately wrong values


@given(valid_prefs)
def test_bytes_round_trip(prefs: Preferences) -> None:
    assert parse_preferences(serialize_preferences(prefs)) == prefs


@given(valid_prefs)
def test_file_round_trip(tmp_path_factory: pytest.TempPathFactory, prefs: Preferences) -> None:
    folder = tmp_path_factory.mktemp("prefs")
    save_preferences(folder, prefs)
    assert load_preferences(folder) == prefs


def test_file_is_owner_only_and_replaced_atomically(data_dir: Path) -> None:
    save_preferences(data_dir, Preferences(theme="dark"))
    save_preferences(data_dir, Preferences(theme="light"))
    path = preferences_path(data_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in data_dir.iterdir()] == ["preferences.json"]  # no temp file left
    assert json.loads(path.read_text("utf-8"))["theme"] == "light"


def test_missing_file_gives_defaults_quietly(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert load_preferences(data_dir) == Preferences()
    assert not caplog.records


@given(st.binary())
def test_any_bytes_never_crash(raw: bytes) -> None:
    assert isinstance(parse_preferences(raw), Preferences)


@given(json_values)
def test_any_json_never_crashes(value: object) -> None:
    assert isinstance(parse_preferences(json.dumps(value).encode()), Preferences)


@given(
    st.dictionaries(
        st.sampled_from(["theme", "auto_lock_minutes", "quick_unlock_days", "other"]),
        json_values,
    )
)
def test_each_field_falls_back_on_its_own(data: dict[str, object]) -> None:
    prefs = parse_preferences(json.dumps(data).encode())
    defaults = Preferences()
    for name in ("theme", "auto_lock_minutes", "quick_unlock_days"):
        given_value = data.get(name)
        try:
            Preferences(**{name: given_value})  # type: ignore[arg-type]  # probing validity
        except ValueError:
            assert getattr(prefs, name) == getattr(defaults, name)
        else:
            assert getattr(prefs, name) == given_value


def test_malformed_file_logs_reason_without_content(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    preferences_path(data_dir).write_text('{"theme": "secret-purple", "auto_lock_minutes": 5')
    with caplog.at_level(logging.WARNING):
        assert load_preferences(data_dir) == Preferences()
    assert "JSONDecodeError" in caplog.text
    assert "secret-purple" not in caplog.text


def test_bad_field_logs_name_not_value(data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    preferences_path(data_dir).write_text(
        json.dumps({"theme": "my-private-word", "auto_lock_minutes": 12})
    )
    with caplog.at_level(logging.WARNING):
        prefs = load_preferences(data_dir)
    assert prefs == Preferences(auto_lock_minutes=12)
    assert "theme" in caplog.text
    assert "my-private-word" not in caplog.text


def test_unreadable_file_gives_defaults(data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    preferences_path(data_dir).mkdir()  # reading a folder fails with an OSError
    with caplog.at_level(logging.WARNING):
        assert load_preferences(data_dir) == Preferences()
    assert "could not be read" in caplog.text


@pytest.mark.parametrize(
    ("minutes", "policy", "expected"),
    [
        (5, None, 5),
        (30, 10, 10),
        (5, 10, 5),
        (5, 0, 1),
        (60, 600, 60),
        (0, None, 1),
        (99, None, 60),
    ],
)
def test_effective_auto_lock(minutes: int, policy: int | None, expected: int) -> None:
    assert effective_auto_lock(minutes, policy) == expected


@given(st.integers(-100, 200), st.none() | st.integers(-100, 200))
def test_effective_auto_lock_never_exceeds_policy_or_range(
    minutes: int, policy: int | None
) -> None:
    result = effective_auto_lock(minutes, policy)
    assert AUTO_LOCK_RANGE[0] <= result <= AUTO_LOCK_RANGE[1]
    if policy is not None and policy >= AUTO_LOCK_RANGE[0]:
        assert result <= policy
    assert result <= max(minutes, AUTO_LOCK_RANGE[0])


reminder_schedules = st.builds(
    ReminderSchedule,
    weekdays=st.frozensets(st.integers(0, 6), min_size=1),
    time_of_day=st.builds(time, st.integers(0, 23), st.integers(0, 59)),
)


@given(valid_prefs, st.none() | reminder_schedules)
def test_reminder_round_trip(prefs: Preferences, reminder: ReminderSchedule | None) -> None:
    with_reminder = replace(prefs, reminder=reminder)
    assert parse_preferences(serialize_preferences(with_reminder)) == with_reminder


def test_reminder_with_quiet_hours_round_trips_through_the_file(data_dir: Path) -> None:
    reminder = ReminderSchedule(frozenset({0, 3}), time(18, 30), time(22, 0), time(7, 0))
    save_preferences(data_dir, Preferences(reminder=reminder))
    assert load_preferences(data_dir).reminder == reminder
    stored = json.loads(preferences_path(data_dir).read_text("utf-8"))["reminder"]
    assert stored == {
        "weekdays": [0, 3],
        "time": "18:30",
        "quiet_hours": {"start": "22:00", "end": "07:00"},
    }


def test_bad_reminder_turns_reminders_off_and_keeps_the_rest(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    preferences_path(data_dir).write_text(
        json.dumps({"theme": "dark", "reminder": {"weekdays": [1], "time": "half-past-six"}})
    )
    with caplog.at_level(logging.WARNING):
        prefs = load_preferences(data_dir)
    assert prefs == Preferences(theme="dark")
    assert "reminder" in caplog.text and "time" in caplog.text
    assert "half-past-six" not in caplog.text


def test_reminder_must_be_a_schedule() -> None:
    with pytest.raises(ValueError, match="reminder"):
        Preferences(reminder="18:30")  # type: ignore[arg-type]  # deliberately wrong value


def test_the_reminder_in_force_is_the_organizations_when_managed() -> None:
    own = ReminderSchedule(frozenset({4}), time(19, 0))
    suggested = ReminderSchedule(frozenset({0}), time(8, 30))
    assert reminder_in_force(own, suggested, managed=True) == suggested
    assert reminder_in_force(None, None, managed=True) is None  # managed "no reminders"
    assert reminder_in_force(own, suggested, managed=False) == own
    assert reminder_in_force(None, suggested, managed=False) == suggested


def test_the_language_is_kept_and_a_bad_one_falls_back_alone(data_dir: Path) -> None:
    save_preferences(data_dir, Preferences(language="es", theme="dark"))
    assert load_preferences(data_dir).language == "es"
    prefs = parse_preferences(b'{"language": "klingon", "theme": "dark"}')
    assert (prefs.language, prefs.theme) == ("system", "dark")


@pytest.mark.parametrize(
    ("own", "policy", "managed", "system", "shown"),
    [
        ("system", "system", False, "es_US", "es"),  # follows the computer
        ("system", "system", False, "es-MX", "es"),
        ("system", "system", False, "en_GB", "en"),
        ("system", "system", False, "fr_FR", "en"),  # no French translation: English
        ("en", "system", False, "es_US", "en"),  # the person's choice beats the computer
        ("system", "es", False, "en_US", "es"),  # the organization's recommendation
        ("en", "es", False, "en_US", "en"),  # ... which the person may change
        ("en", "es", True, "en_US", "es"),  # managed: the organization's, whatever was saved
        ("es", "system", True, "en_US", "en"),  # managed "system": the computer's
    ],
)
def test_language_in_force(own: str, policy: str, managed: bool, system: str, shown: str) -> None:
    assert language_in_force(own, policy, managed=managed, system=system) == shown
