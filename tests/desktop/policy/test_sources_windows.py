# ruff: noqa: N802
# (Why: the OS functions keep their own names, e.g. winreg.OpenKey, CFRelease.)
"""The Windows reader, with a FAKE winreg module and a FAKE owner lookup (no Windows here).

The fake keeps a tree of keys like the registry's, enumerates values and subkeys the way
winreg does (OSError at the end), and records the access flags each key was opened with.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

from desktop.policy.effective import EffectivePolicy
from desktop.policy.sources_windows import (
    TRUSTED_OWNER_SIDS,
    read_registry_level,
    read_windows,
    windows_owner_sid,
)

ADMINISTRATORS = "S-1-5-32-544"
A_USER = "S-1-5-21-1111111111-2222222222-3333333333-1001"


@dataclass
class FakeKey:
    """A registry key in the fake: named values (data, type) and subkeys."""

    values: dict[str, tuple[Any, int]] = field(default_factory=dict)
    subkeys: dict[str, FakeKey] = field(default_factory=dict)

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        return None


class FakeWinReg:
    """A fake of the `winreg` module: the constants and calls the reader uses."""

    HKEY_LOCAL_MACHINE = "HKLM"
    KEY_READ = 0x20019
    KEY_WOW64_64KEY = 0x0100
    REG_SZ, REG_EXPAND_SZ, REG_BINARY, REG_DWORD, REG_MULTI_SZ, REG_QWORD = 1, 2, 3, 4, 7, 11

    def __init__(self, environment: dict[str, str] | None = None) -> None:
        self.hklm = FakeKey()
        self.environment = environment or {}
        self.opened: list[tuple[str, int]] = []
        self.refuse: OSError | None = None

    def put(self, path: str, name: str, data: Any, kind: int) -> None:
        key = self.hklm
        for part in path.split("\\"):
            key = key.subkeys.setdefault(part, self._find(key, part) or FakeKey())
        key.values[name] = (data, kind)

    @staticmethod
    def _find(key: FakeKey, name: str) -> FakeKey | None:
        # Like the registry: names keep the case they were created with, and match any case.
        return next((k for n, k in key.subkeys.items() if n.lower() == name.lower()), None)

    def OpenKey(self, key: Any, sub_key: str, reserved: int, access: int) -> FakeKey:
        assert reserved == 0
        self.opened.append((sub_key, access))
        if self.refuse is not None:
            raise self.refuse
        node = self.hklm if key == self.HKEY_LOCAL_MACHINE else key
        for part in sub_key.split("\\"):
            found = self._find(node, part)
            if found is None:
                raise FileNotFoundError(2, "The system cannot find the file specified")
            node = found
        return node

    def EnumValue(self, key: FakeKey, index: int) -> tuple[str, Any, int]:
        items = list(key.values.items())
        if index >= len(items):
            raise OSError(259, "No more data is available")
        name, (data, kind) = items[index]
        return name, data, kind

    def EnumKey(self, key: FakeKey, index: int) -> str:
        names = list(key.subkeys)
        if index >= len(names):
            raise OSError(259, "No more data is available")
        return names[index]

    def ExpandEnvironmentStrings(self, text: str) -> str:
        for name, value in self.environment.items():
            text = text.replace(f"%{name}%", value)
        return text


MANAGED = r"SOFTWARE\Policies\Confide"
RECOMMENDED = MANAGED + r"\Recommended"
EAP = {
    "name": "Example EAP",
    "phones": [{"number": "+1-800-555-0100", "label": "24/7"}],
    "confidentiality": {
        "employer_told": "never",
        "licensing_exposure": "none",
        "creates_treatment_record": False,
    },
}


@pytest.fixture
def fake() -> FakeWinReg:
    return FakeWinReg({"ProgramData": r"C:\ProgramData"})


def owners(table: dict[str, str | None]) -> Callable[[Path], str | None]:
    """A fake owner lookup: the SID for each file or folder name (None: unreadable)."""
    return lambda path: table.get(path.name)


def test_each_registry_type_maps_to_its_json_value(fake: FakeWinReg) -> None:
    fake.put(MANAGED, "quick_unlock_allowed", 0, fake.REG_DWORD)
    fake.put(MANAGED, "peer_log_allowed", 1, fake.REG_DWORD)
    fake.put(MANAGED, "max_auto_lock_minutes", 15, fake.REG_DWORD)
    fake.put(MANAGED, "quick_unlock_max_days", 7, fake.REG_QWORD)
    fake.put(MANAGED, "organization_name", "Example Health", fake.REG_SZ)
    fake.put(MANAGED, "eap", json.dumps(EAP), fake.REG_SZ)
    fake.put(MANAGED, "personal_export_allowed", "false", fake.REG_SZ)
    fake.put(
        MANAGED + r"\directory_bundle",
        "location",
        r"%ProgramData%\Confide\directory.bundle",
        fake.REG_EXPAND_SZ,
    )
    fake.put(
        MANAGED + r"\directory_bundle",
        "pinned_public_keys",
        ["RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3"],
        fake.REG_MULTI_SZ,
    )
    fake.put(MANAGED + r"\reminder_defaults", "days", '["monday", "friday"]', fake.REG_SZ)
    fake.put(MANAGED + r"\reminder_defaults", "time", "16:30", fake.REG_SZ)
    fake.put(MANAGED + r"\reminder_defaults\quiet_hours", "start", "21:00", fake.REG_SZ)
    fake.put(MANAGED + r"\reminder_defaults\quiet_hours", "end", "07:00", fake.REG_SZ)

    reading = read_registry_level(fake, "managed")

    assert reading.problems == []
    [document] = reading.documents
    assert (document.source, document.level) == (r"HKLM\SOFTWARE\Policies\Confide", "managed")
    assert document.values == {
        "quick_unlock_allowed": False,
        "peer_log_allowed": True,
        "max_auto_lock_minutes": 15,
        "quick_unlock_max_days": 7,
        "organization_name": "Example Health",
        "eap": EAP,
        "personal_export_allowed": False,
        "directory_bundle": {
            "location": r"C:\ProgramData\Confide\directory.bundle",
            "pinned_public_keys": ["RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3"],
        },
        "reminder_defaults": {
            "days": ["monday", "friday"],
            "time": "16:30",
            "quiet_hours": {"start": "21:00", "end": "07:00"},
        },
    }
    policy = EffectivePolicy.resolve(reading)
    assert policy.problems == () and policy.is_locked("eap")


def test_the_64_bit_registry_view_is_read(fake: FakeWinReg) -> None:
    fake.put(MANAGED, "peer_log_allowed", 0, fake.REG_DWORD)
    read_registry_level(fake, "managed")
    assert fake.opened[0] == (MANAGED, fake.KEY_READ | fake.KEY_WOW64_64KEY)


@pytest.mark.parametrize("recommended", [RECOMMENDED, MANAGED + r"\recommended"])
def test_recommended_is_its_own_level_not_a_setting(fake: FakeWinReg, recommended: str) -> None:
    fake.put(MANAGED, "peer_log_allowed", 0, fake.REG_DWORD)
    fake.put(recommended, "max_auto_lock_minutes", 20, fake.REG_DWORD)

    reading = read_windows(fake, program_data=Path("/nonexistent"))

    assert [(d.level, dict(d.values)) for d in reading.documents] == [
        ("managed", {"peer_log_allowed": False}),
        ("recommended", {"max_auto_lock_minutes": 20}),
    ]
    assert reading.documents[1].source == r"HKLM\SOFTWARE\Policies\Confide\Recommended"


def test_a_dword_for_a_setting_that_is_not_true_or_false_stays_a_number(fake: FakeWinReg) -> None:
    fake.put(MANAGED, "quick_unlock_allowed", 2, fake.REG_DWORD)
    policy = EffectivePolicy.resolve(read_registry_level(fake, "managed"))
    assert [(p.path, p.message) for p in policy.problems] == [
        ("$.quick_unlock_allowed", "must be true or false")
    ]
    assert policy.quick_unlock_allowed is True  # the default: the bad value was not used


def test_unreadable_values_are_named_and_the_rest_is_kept(fake: FakeWinReg) -> None:
    fake.put(MANAGED, "eap", "{not json", fake.REG_SZ)
    fake.put(MANAGED, "peer_log_allowed", b"\x01", fake.REG_BINARY)
    fake.put(MANAGED, "max_auto_lock_minutes", 10, fake.REG_DWORD)

    reading = read_registry_level(fake, "managed")

    assert [(p.source, p.path, p.message) for p in reading.problems] == [
        (r"HKLM\SOFTWARE\Policies\Confide", "$.eap", "is text that is not valid JSON"),
        (
            r"HKLM\SOFTWARE\Policies\Confide",
            "$.peer_log_allowed",
            "has registry type 3, which Confide does not read",
        ),
    ]
    assert reading.documents[0].values == {"max_auto_lock_minutes": 10}


def test_unknown_values_and_subkeys_reach_validation(fake: FakeWinReg) -> None:
    fake.put(MANAGED, "quick_unlok_allowed", 0, fake.REG_DWORD)
    fake.put(MANAGED + r"\eap", "fax", "123", fake.REG_SZ)
    policy = EffectivePolicy.resolve(read_registry_level(fake, "managed"))
    assert {(p.path, p.message) for p in policy.problems} >= {
        ("$.quick_unlok_allowed", "unknown setting"),
        ("$.eap.fax", "unknown key"),
    }


def test_no_policy_key_is_no_policy(fake: FakeWinReg) -> None:
    reading = read_windows(fake, program_data=Path("/nonexistent"))
    assert reading.documents == [] and reading.problems == []


def test_a_key_that_cannot_be_opened_is_reported(fake: FakeWinReg) -> None:
    fake.refuse = PermissionError(5, "Access is denied")
    reading = read_registry_level(fake, "managed")
    assert [(p.source, p.path, p.message) for p in reading.problems] == [
        (r"HKLM\SOFTWARE\Policies\Confide", "$", "cannot be read (Access is denied)")
    ]


def program_data(tmp_path: Path, values: dict[str, Any]) -> Path:
    folder = tmp_path / "ProgramData"
    (folder / "Confide").mkdir(parents=True)
    (folder / "Confide" / "policies.json").write_text(json.dumps(values), encoding="utf-8")
    return folder


def test_the_program_data_file_is_read_when_administrators_own_it(
    fake: FakeWinReg, tmp_path: Path
) -> None:
    folder = program_data(tmp_path, {"max_auto_lock_minutes": 30, "peer_log_allowed": False})
    fake.put(MANAGED, "max_auto_lock_minutes", 10, fake.REG_DWORD)
    owner_of = owners({"policies.json": ADMINISTRATORS, "Confide": "S-1-5-18"})

    reading = read_windows(fake, program_data=folder, owner_of=owner_of)
    policy = EffectivePolicy.resolve(reading)

    assert reading.problems == []
    assert reading.documents[0].source == str(folder / "Confide" / "policies.json")
    # The registry (Group Policy) overrides the file; the file's other settings apply.
    assert policy.setting("max_auto_lock_minutes").source == (
        r"managed: HKLM\SOFTWARE\Policies\Confide"
    )
    assert policy.max_auto_lock_minutes == 10
    assert policy.setting("peer_log_allowed").source.endswith("policies.json")
    assert policy.is_locked("peer_log_allowed")


@pytest.mark.parametrize(
    ("table", "reason"),
    [
        (
            {"policies.json": A_USER, "Confide": ADMINISTRATORS},
            f"not trusted: the file is owned by {A_USER}, not by SYSTEM or Administrators",
        ),
        (
            {"policies.json": ADMINISTRATORS, "Confide": A_USER},
            f"not trusted: its folder {{folder}} is owned by {A_USER}, not by SYSTEM or "
            "Administrators",
        ),
        (
            {"policies.json": None, "Confide": ADMINISTRATORS},
            "not trusted: the owner of the file cannot be read",
        ),
    ],
)
def test_a_program_data_file_users_could_write_is_ignored(
    fake: FakeWinReg, tmp_path: Path, table: dict[str, str | None], reason: str
) -> None:
    folder = program_data(tmp_path, {"quick_unlock_allowed": True})
    reading = read_windows(fake, program_data=folder, owner_of=owners(table))
    assert reading.documents == []
    assert [p.message for p in reading.problems] == [reason.format(folder=folder / "Confide")]


def test_the_trusted_owners_are_system_administrators_and_trusted_installer() -> None:
    assert {"S-1-5-18", "S-1-5-32-544"} < TRUSTED_OWNER_SIDS
    assert A_USER not in TRUSTED_OWNER_SIDS


def test_off_windows_no_file_has_a_trusted_owner(tmp_path: Path) -> None:
    assert windows_owner_sid(tmp_path) is None
