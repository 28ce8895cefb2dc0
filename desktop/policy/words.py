"""The policy settings' names and values in words, for the "Organization settings" page
and `confide-admin policy show` (Qt-free).

The schema's titles are English data; each is marked here in the "PoliciesPage" context
(a test holds the two alike), and the page passes its translate function. Left out, the
words are English (the command-line tools). Values the organization wrote (an EAP's name,
a bundle's location, a time) stay as written.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

from desktop.words import QT_TRANSLATE_NOOP, Translate, english

CONTEXT: Final = "PoliciesPage"

TITLES: Final = {
    "organization_name": QT_TRANSLATE_NOOP("PoliciesPage", "Organization name"),
    "eap": QT_TRANSLATE_NOOP("PoliciesPage", "Employee Assistance Program"),
    "directory_bundle": QT_TRANSLATE_NOOP("PoliciesPage", "Directory bundle"),
    "quick_unlock_allowed": QT_TRANSLATE_NOOP("PoliciesPage", "Offer quick unlock"),
    "quick_unlock_max_days": QT_TRANSLATE_NOOP(
        "PoliciesPage", "Longest quick-unlock lifetime (days)"),
    "peer_log_allowed": QT_TRANSLATE_NOOP("PoliciesPage", "Offer the peer supporter's log"),
    "max_auto_lock_minutes": QT_TRANSLATE_NOOP(
        "PoliciesPage", "Longest auto-lock time (minutes)"),
    "reminder_defaults": QT_TRANSLATE_NOOP("PoliciesPage", "Check-in reminder defaults"),
    "prevalence_tokens_allowed": QT_TRANSLATE_NOOP(
        "PoliciesPage", "Offer anonymous burnout prevalence tokens"),
    "language": QT_TRANSLATE_NOOP("PoliciesPage", "Language"),
    "personal_export_allowed": QT_TRANSLATE_NOOP("PoliciesPage", "Offer personal export"),
}
NOT_SET: Final = QT_TRANSLATE_NOOP("PoliciesPage", "not set")
YES: Final = QT_TRANSLATE_NOOP("PoliciesPage", "yes")
NO: Final = QT_TRANSLATE_NOOP("PoliciesPage", "no")
DAY_NAMES: Final = {
    "monday": QT_TRANSLATE_NOOP("PoliciesPage", "Mon"),
    "tuesday": QT_TRANSLATE_NOOP("PoliciesPage", "Tue"),
    "wednesday": QT_TRANSLATE_NOOP("PoliciesPage", "Wed"),
    "thursday": QT_TRANSLATE_NOOP("PoliciesPage", "Thu"),
    "friday": QT_TRANSLATE_NOOP("PoliciesPage", "Fri"),
    "saturday": QT_TRANSLATE_NOOP("PoliciesPage", "Sat"),
    "sunday": QT_TRANSLATE_NOOP("PoliciesPage", "Sun"),
}
# The language setting: each language by its own name (as the language choice shows it).
SYSTEM_LANGUAGE: Final = QT_TRANSLATE_NOOP("PoliciesPage", "Same as the computer")
ENDONYMS: Final = {"en": "English", "es": "Español"}
_AT: Final = QT_TRANSLATE_NOOP("PoliciesPage", "{days} at {time}")
_NO_REMINDERS: Final = QT_TRANSLATE_NOOP("PoliciesPage", "no reminders")
_QUIET: Final = QT_TRANSLATE_NOOP("PoliciesPage", "{reminders}; quiet {start}-{end}")
# Spanish, like English, has one form for 1 and another for the rest.
_ONE_KEY: Final = QT_TRANSLATE_NOOP("PoliciesPage", "{location} (1 pinned key{floor})")
_KEYS: Final = QT_TRANSLATE_NOOP("PoliciesPage", "{location} ({count} pinned keys{floor})")
_FLOOR: Final = QT_TRANSLATE_NOOP("PoliciesPage", ", version {minimum} or newer")


def title_text(name: str, title: str, translate: Translate = english) -> str:
    """A setting's name in words: the schema's `title`, translated when it is marked here."""
    return translate(CONTEXT, TITLES[name]) if name in TITLES else title


def _reminders_text(value: Mapping[str, Any], translate: Translate) -> str:
    days = [translate(CONTEXT, DAY_NAMES[str(d)]) if str(d) in DAY_NAMES else str(d)
            for d in value.get("days", [])]
    text = (translate(CONTEXT, _AT).format(days=", ".join(days), time=value.get("time"))
            if days else translate(CONTEXT, _NO_REMINDERS))
    quiet = value.get("quiet_hours")
    if isinstance(quiet, Mapping):
        text = translate(CONTEXT, _QUIET).format(
            reminders=text, start=quiet.get("start"), end=quiet.get("end"))
    return text


def _eap_text(value: Mapping[str, Any], _translate: Translate) -> str:
    # The organization's own words: its name, phone labels and hours.
    phones = ", ".join(f"{p.get('label')} {p.get('number')}" for p in value.get("phones", []))
    hours = f"; {value['hours']}" if value.get("hours") else ""
    return f"{value.get('name')}: {phones}{hours}"


def _bundle_text(value: Mapping[str, Any], translate: Translate) -> str:
    count = len(value.get("pinned_public_keys", []))
    minimum = value.get("minimum_version")
    floor = translate(CONTEXT, _FLOOR).format(minimum=minimum) if minimum else ""
    words = translate(CONTEXT, _ONE_KEY if count == 1 else _KEYS)
    return words.format(location=value.get("location"), count=count, floor=floor)


_OBJECT_TEXT: Final = {
    "eap": _eap_text,
    "directory_bundle": _bundle_text,
    "reminder_defaults": _reminders_text,
}


def _language_text(value: str, translate: Translate) -> str:
    if value == "system":
        return translate(CONTEXT, SYSTEM_LANGUAGE)
    return ENDONYMS.get(value, value)


def value_text(name: str, value: Any, translate: Translate = english) -> str:
    """A setting's value in words for the settings page."""
    if value is None:
        return translate(CONTEXT, NOT_SET)
    if isinstance(value, bool):
        return translate(CONTEXT, YES if value else NO)
    if isinstance(value, Mapping) and name in _OBJECT_TEXT:
        return _OBJECT_TEXT[name](value, translate)
    if name == "language" and isinstance(value, str):
        return _language_text(value, translate)
    if isinstance(value, int | str):
        return str(value)
    return json.dumps(value, sort_keys=True)
