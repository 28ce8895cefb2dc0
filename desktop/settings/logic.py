"""Non-personal UI preferences kept in `preferences.json` beside the vault.

Only choices that reveal nothing about the person live here (theme, text size, language,
auto-lock, how long quick unlock lasts, the days and times of content-free reminders),
because the file is readable before the vault is unlocked: the lock screen needs the theme,
the language and the auto-lock limit before anyone has typed a passphrase, and reminders
run while the vault is locked.

A damaged or hand-edited file never stops the app: what cannot be read falls back to the
default and the reason is logged (the reason names the field, never its value).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, cast, get_args

from crypto.atomic import write_atomic
from desktop.records.reminder_schedule import ReminderSchedule, ScheduleInvalid

log = logging.getLogger(__name__)

Theme = Literal["system", "light", "dark"]
THEMES: Final[tuple[Theme, ...]] = get_args(Theme)
Language = Literal["system", "en", "es"]
LANGUAGES: Final[tuple[Language, ...]] = get_args(Language)
# The languages Confide has translations for; "en" is the source language of every string.
TRANSLATED: Final = ("es",)

FILE_NAME: Final = "preferences.json"
AUTO_LOCK_RANGE: Final = (1, 60)  # minutes
QUICK_UNLOCK_RANGE: Final = (1, 30)  # days
FORMAT_VERSION: Final = 1
TEXT_SIZES: Final = (100, 125, 150, 200)  # percent of the system's text size


@dataclass(frozen=True)
class Preferences:
    """The person's UI preferences; an instance is always valid.

    Attributes:
        theme: "system" follows the desktop, or "light" / "dark".
        language: "system" follows the computer's language, or "en" / "es".
        auto_lock_minutes: idle minutes before the vault locks, 1-60.
        quick_unlock_days: how long a quick-unlock keyring entry lives, 1-30.
        reminder: when to show a content-free reminder; None for no reminders. The
            schedule is read before unlock so reminders work while the vault is locked.
        text_size: percent of the system's text size, one of TEXT_SIZES.

    Raises:
        ValueError: on construction with a value outside its allowed set.
    """

    theme: Theme = "system"
    language: Language = "system"
    auto_lock_minutes: int = 5
    quick_unlock_days: int = 7
    reminder: ReminderSchedule | None = None
    text_size: int = 100

    def __post_init__(self) -> None:
        for name, problem in _problems(self):
            raise ValueError(f"{name}: {problem}")
        if not isinstance(self.reminder, ReminderSchedule | None):
            raise ValueError("reminder: not a reminder schedule")


def _in_range(value: object, bounds: tuple[int, int]) -> str | None:
    # bool is an int in Python; `true` in the file is a mistake, not the number 1.
    if not isinstance(value, int) or isinstance(value, bool):
        return "not a whole number"
    low, high = bounds
    if not low <= value <= high:
        return f"outside {low}-{high}"
    return None


def _theme_problem(value: object) -> str | None:
    return None if value in THEMES else "not one of " + ", ".join(THEMES)


def _language_problem(value: object) -> str | None:
    return None if value in LANGUAGES else "not one of " + ", ".join(LANGUAGES)


_CHECKS: Final[dict[str, Callable[[object], str | None]]] = {
    "theme": _theme_problem,
    "language": _language_problem,
    "auto_lock_minutes": lambda value: _in_range(value, AUTO_LOCK_RANGE),
    "quick_unlock_days": lambda value: _in_range(value, QUICK_UNLOCK_RANGE),
    "text_size": lambda value: (
        None if value in TEXT_SIZES and not isinstance(value, bool) else "not a text size"
    ),
}


def _problems(prefs: Preferences) -> list[tuple[str, str]]:
    found = ((name, check(getattr(prefs, name))) for name, check in _CHECKS.items())
    return [(name, problem) for name, problem in found if problem is not None]


def preferences_path(data_dir: Path) -> Path:
    """Where the preferences of the vault in `data_dir` are kept."""
    return data_dir / FILE_NAME


def parse_preferences(raw: bytes) -> Preferences:
    """Read preferences from the file's bytes, never failing.

    Each field that is missing or invalid takes its default on its own, so one bad
    hand edit does not reset the others. Unknown fields (from a newer Confide) are ignored.
    """
    defaults = Preferences()
    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        log.warning("preferences unreadable (%s); using defaults", type(exc).__name__)
        return defaults
    if not isinstance(data, dict):
        log.warning("preferences are not a JSON object; using defaults")
        return defaults
    values: dict[str, Any] = {}
    for name, check in _CHECKS.items():
        value = data.get(name, getattr(defaults, name))
        problem = check(value)
        if problem is not None:
            log.warning("preference %s %s; using its default", name, problem)
            value = getattr(defaults, name)
        values[name] = value
    return Preferences(
        theme=cast(Theme, values["theme"]),
        language=cast(Language, values["language"]),
        auto_lock_minutes=values["auto_lock_minutes"],
        quick_unlock_days=values["quick_unlock_days"],
        reminder=_parse_reminder(data.get("reminder")),
        text_size=values["text_size"],
    )


def _parse_reminder(value: object) -> ReminderSchedule | None:
    if value is None:
        return None
    try:
        return ReminderSchedule.from_json(value)
    except ScheduleInvalid as exc:
        # exc names the part and the problem, never the value.
        log.warning("preference reminder %s; reminders are off", exc)
        return None


def serialize_preferences(prefs: Preferences) -> bytes:
    """The file's bytes for `prefs` (stable key order, so saving twice writes the same file)."""
    payload = {
        "version": FORMAT_VERSION,
        "theme": prefs.theme,
        "language": prefs.language,
        "auto_lock_minutes": prefs.auto_lock_minutes,
        "quick_unlock_days": prefs.quick_unlock_days,
        "reminder": None if prefs.reminder is None else prefs.reminder.to_json(),
        "text_size": prefs.text_size,
    }
    return (json.dumps(payload, indent=2, sort_keys=True) + "\n").encode("utf-8")


def load_preferences(data_dir: Path) -> Preferences:
    """Load the preferences in `data_dir`; a missing or unreadable file gives the defaults."""
    path = preferences_path(data_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Preferences()
    except OSError as exc:
        log.warning("preferences could not be read (%s); using defaults", type(exc).__name__)
        return Preferences()
    return parse_preferences(raw)


def save_preferences(data_dir: Path, prefs: Preferences) -> None:
    """Write `prefs` atomically, readable by the owner only.

    Raises:
        crypto.errors.DiskFull: no room; the previous file is untouched.
        crypto.errors.EnvironmentProblem: any other OS error; the previous file is untouched.
    """
    write_atomic(preferences_path(data_dir), serialize_preferences(prefs))


def effective_auto_lock(minutes: int, policy_max: int | None) -> int:
    """The idle minutes that actually apply once the organization's limit is taken into account.

    The person may choose a shorter time than the policy allows, never a longer one; the
    result always stays within the allowed range, even for a nonsensical policy value
    (a policy of 0 cannot turn auto-lock off).
    """
    low, high = AUTO_LOCK_RANGE
    limit = high if policy_max is None else max(low, min(high, policy_max))
    return max(low, min(limit, minutes))


def reminder_in_force(
    own: ReminderSchedule | None, suggested: ReminderSchedule | None, *, managed: bool
) -> ReminderSchedule | None:
    """The reminder schedule that applies.

    The organization's schedule when managed policy locks it (whatever the person saved
    before), otherwise the person's own, otherwise the one the organization suggests.
    """
    if managed:
        return suggested
    return own or suggested


def language_in_force(own: str, policy_value: object, *, managed: bool, system: str) -> str:
    """The language Confide shows: "en" or one of `TRANSLATED`.

    The same precedence as every other setting: the organization's language when managed
    policy locks it, else the person's own choice, else the organization's recommended
    language, else the computer's. "system" at any level means the computer's language,
    and a language Confide has no translation for falls back to English.

    Args:
        own: the person's preference ("system", "en" or "es").
        policy_value: the policy's `language` value (managed, recommended or default).
        managed: whether managed policy locks the language.
        system: the computer's locale name, e.g. "es_US" or "en_GB" (QLocale.system()).
    """
    chosen = str(policy_value) if managed or own == "system" else own
    if chosen not in LANGUAGES or chosen == "system":
        chosen = system.replace("-", "_").split("_", 1)[0].lower()
    return chosen if chosen in TRANSLATED else "en"
