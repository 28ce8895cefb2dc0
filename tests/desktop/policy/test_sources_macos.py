# ruff: noqa: N802
# (Why: the OS functions keep their own names, e.g. winreg.OpenKey, CFRelease.)
"""The macOS reader, with a FAKE of the CoreFoundation calls (no macOS here).

The fake hands out integer handles like CF's references, serialises values with plistlib
as `CFPropertyListCreateData` would, serves the bytes from a real ctypes buffer (so the
reader's `ctypes.string_at` runs for real), and counts releases to catch leaks.
"""

from __future__ import annotations

import ctypes
import json
import os
import plistlib
from pathlib import Path
from typing import Any

import pytest

from desktop.policy import templates
from desktop.policy.effective import EffectivePolicy
from desktop.policy.sources_macos import (
    BUNDLE_ID,
    UTF8,
    XML_FORMAT,
    load_core_foundation,
    profile_settings,
    read_macos,
)

ME = os.getuid()


class FakeCoreFoundation:
    """A fake of the eight CoreFoundation functions, over a dict of managed preferences."""

    def __init__(self, preferences: dict[str, dict[str, tuple[Any, bool]]]) -> None:
        self.preferences = preferences  # bundle id -> key -> (value, forced)
        self.objects: dict[int, Any] = {}
        self.buffers: dict[int, ctypes.Array[ctypes.c_char]] = {}
        self.released: list[int] = []
        self.synchronized: list[str] = []
        self.unconvertible: set[str] = set()
        self._next = 100

    def _new(self, value: Any) -> int:
        self._next += 1
        self.objects[self._next] = value
        return self._next

    def CFStringCreateWithCString(self, alloc: None, text: bytes, encoding: int) -> int | None:
        assert alloc is None and encoding == UTF8
        return self._new(text.decode("utf-8"))

    def CFPreferencesAppSynchronize(self, app: int) -> bool:
        self.synchronized.append(self.objects[app])
        return True

    def CFPreferencesCopyAppValue(self, key: int, app: int) -> int | None:
        found = self.preferences.get(self.objects[app], {}).get(self.objects[key])
        return None if found is None else self._new(("value", self.objects[key], found[0]))

    def CFPreferencesAppValueIsForced(self, key: int, app: int) -> bool:
        return self.preferences[self.objects[app]][self.objects[key]][1]

    def CFPropertyListCreateData(
        self, alloc: None, plist: int, fmt: int, options: int, error: None
    ) -> int | None:
        assert fmt == XML_FORMAT and options == 0 and error is None
        _tag, key, value = self.objects[plist]
        if key in self.unconvertible:
            return None
        handle = self._new("data")
        self.buffers[handle] = ctypes.create_string_buffer(plistlib.dumps(value))
        return handle

    def CFDataGetLength(self, data: int) -> int:
        return len(self.buffers[data]) - 1  # without the buffer's closing NUL

    def CFDataGetBytePtr(self, data: int) -> int | None:
        return ctypes.addressof(self.buffers[data])

    def CFRelease(self, handle: int) -> None:
        assert handle in self.objects, "released something never created"
        assert handle not in self.released, "released twice"
        self.released.append(handle)

    def leaked(self) -> set[int]:
        return set(self.objects) - set(self.released)


EAP = {
    "name": "Example EAP",
    "phones": [{"number": "+1-800-555-0100", "label": "24/7"}],
    "confidentiality": {
        "employer_told": "never",
        "licensing_exposure": "none",
        "creates_treatment_record": False,
    },
}


def fake(**values: tuple[Any, bool]) -> FakeCoreFoundation:
    return FakeCoreFoundation({BUNDLE_ID: dict(values)})


def test_forced_values_are_managed_and_the_others_recommended(tmp_path: Path) -> None:
    cf = fake(
        quick_unlock_allowed=(False, True),
        eap=(EAP, True),
        max_auto_lock_minutes=(20, False),
        reminder_defaults=({"days": ["monday"], "time": "09:00"}, False),
    )

    reading = read_macos(cf, fallback=tmp_path / "absent.json")

    assert reading.problems == []
    assert [(d.level, dict(d.values)) for d in reading.documents] == [
        ("managed", {"quick_unlock_allowed": False, "eap": EAP}),
        (
            "recommended",
            {
                "max_auto_lock_minutes": 20,
                "reminder_defaults": {"days": ["monday"], "time": "09:00"},
            },
        ),
    ]
    assert reading.documents[0].source == f"macOS managed preferences ({BUNDLE_ID})"
    assert cf.synchronized == [BUNDLE_ID]
    assert cf.leaked() == set()


def test_nothing_set_reads_nothing_and_leaks_nothing(tmp_path: Path) -> None:
    cf = fake()
    reading = read_macos(cf, fallback=tmp_path / "absent.json")
    assert reading.documents == [] and reading.problems == []
    assert cf.leaked() == set()


def test_an_unconvertible_value_is_named_and_the_rest_read(tmp_path: Path) -> None:
    cf = fake(peer_log_allowed=(False, True), organization_name=("Example", True))
    cf.unconvertible.add("organization_name")

    reading = read_macos(cf, fallback=tmp_path / "absent.json")

    assert [(p.path, p.message) for p in reading.problems] == [
        ("$.organization_name", "cannot be converted to a property list")
    ]
    assert reading.documents[0].values == {"peer_log_allowed": False}
    assert cf.leaked() == set()


def test_a_wrongly_typed_preference_is_reported_by_validation(tmp_path: Path) -> None:
    cf = fake(max_auto_lock_minutes=("15", True))
    policy = EffectivePolicy.resolve(read_macos(cf, fallback=tmp_path / "absent.json"))
    assert [(p.path, p.message) for p in policy.problems] == [
        ("$.max_auto_lock_minutes", "must be a whole number")
    ]
    assert policy.max_auto_lock_minutes == 60 and not policy.is_locked("max_auto_lock_minutes")


def test_the_fallback_file_is_read_first_and_preferences_override_it(tmp_path: Path) -> None:
    folder = tmp_path / "Confide"
    folder.mkdir(mode=0o755)
    fallback = folder / "policies.json"
    fallback.write_text(json.dumps({"max_auto_lock_minutes": 30, "peer_log_allowed": False}))
    fallback.chmod(0o644)
    cf = fake(max_auto_lock_minutes=(10, True))

    policy = EffectivePolicy.resolve(read_macos(cf, fallback=fallback, trusted_uid=ME))

    assert policy.problems == ()
    assert policy.max_auto_lock_minutes == 10
    assert policy.setting("peer_log_allowed").source == f"managed: {fallback}"


def test_a_fallback_file_others_can_write_is_ignored(tmp_path: Path) -> None:
    fallback = tmp_path / "policies.json"
    fallback.write_text(json.dumps({"quick_unlock_allowed": True}))
    fallback.chmod(0o666)
    reading = read_macos(fake(), fallback=fallback, trusted_uid=ME)
    assert reading.documents == []
    assert [p.message for p in reading.problems] == [
        "not trusted: the file is writable by all users"
    ]


def test_without_core_foundation_the_problem_is_reported(tmp_path: Path) -> None:
    with pytest.raises(OSError):  # this is not a Mac: the real loader fails
        load_core_foundation()
    reading = read_macos(fallback=tmp_path / "absent.json")
    assert reading.documents == []
    assert [p.message for p in reading.problems] == ["CoreFoundation cannot be loaded (OSError)"]


def test_profile_settings_come_from_the_managed_preferences_payload() -> None:
    found, reason = profile_settings(templates.mobileconfig())
    assert reason is None and found is not None
    assert set(found) >= {"eap", "quick_unlock_allowed", "max_auto_lock_minutes"}
    plain, _ = profile_settings(plistlib.dumps({"peer_log_allowed": False}))
    assert plain == {"peer_log_allowed": False}
    assert profile_settings(b"\x30\x82signed CMS") == (
        None,
        "is not a readable (unsigned) property list",
    )
    assert profile_settings(plistlib.dumps([1])) == (None, "is not a property list dictionary")
