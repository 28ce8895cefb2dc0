# ruff: noqa: N802
# (Why: the OS functions keep their own names, e.g. winreg.OpenKey, CFRelease.)
"""Reading policy on Windows: the Group Policy registry keys and `%ProgramData%`.

Places, in order of increasing precedence (a later one overrides an earlier one):

1. `%ProgramData%\\Confide\\policies.json` (managed), a file for tools that do not write
   the registry. Trusted only when the file and its `Confide` folder are owned by
   SYSTEM, Administrators or TrustedInstaller: under ProgramData's default permissions any
   user may create that folder (and would then own it), but cannot change files an
   administrator created there. An explicit permission that lets users write an
   administrator's file is not detected; the installer creates the folder locked down.
2. `HKLM\\SOFTWARE\\Policies\\Confide` (managed) and `…\\Confide\\Recommended`
   (recommended), where Group Policy (the ADMX template) and MDM tools write. Only
   administrators can write under `HKLM\\SOFTWARE\\Policies`. The 64-bit registry view is
   read even from a 32-bit build, because that is where Group Policy writes.

Registry mapping (one value per top-level setting; value names are the schema's keys):

- REG_DWORD / REG_QWORD: a number; for a true/false setting 1 is true and 0 is false.
- REG_SZ: text for a text setting; for any other setting the text is parsed as JSON, so an
  object such as `eap` can be one REG_SZ value holding `{"name": ..., "phones": [...]}`
  (this is what the ADMX template writes), and `"true"` or `"15"` also work.
- REG_EXPAND_SZ: like REG_SZ, with `%VARIABLES%` expanded first (paths to a bundle).
- REG_MULTI_SZ: a list of strings (e.g. the pinned keys, the reminder days).
- A subkey: an object whose members are the subkey's values and subkeys, mapped the same
  way, e.g. `Confide\\eap` with `name` (REG_SZ) and `phones` (REG_SZ holding a JSON list).

The `winreg` module and the owner lookup are passed in, so tests run with fakes.
"""

from __future__ import annotations

import ctypes
import importlib
import json
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Protocol, cast

from desktop.policy import schema
from desktop.policy.sources import (
    LEVELS,
    Level,
    PolicyDocument,
    PolicyProblem,
    PolicyReading,
)
from desktop.policy.sources import read_policy_file as _read_policy_file

REGISTRY_KEY: Final = r"SOFTWARE\Policies\Confide"
RECOMMENDED_SUBKEY: Final = "Recommended"
PROGRAM_DATA_FILE: Final = ("Confide", "policies.json")

# SYSTEM, BUILTIN\Administrators, NT SERVICE\TrustedInstaller.
TRUSTED_OWNER_SIDS: Final = frozenset(
    {
        "S-1-5-18",
        "S-1-5-32-544",
        "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464",
    }
)

OwnerLookup = Callable[[Path], "str | None"]


class RegistryKey(Protocol):
    """An open registry key (winreg's HKEY), closed by leaving a `with` block."""

    def __enter__(self) -> RegistryKey: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> bool | None: ...


class WinReg(Protocol):
    """The part of the `winreg` module this reader uses (names are winreg's own)."""

    HKEY_LOCAL_MACHINE: Any
    KEY_READ: int
    KEY_WOW64_64KEY: int
    REG_SZ: int
    REG_EXPAND_SZ: int
    REG_DWORD: int
    REG_QWORD: int
    REG_MULTI_SZ: int

    def OpenKey(self, key: Any, sub_key: str, reserved: int, access: int) -> RegistryKey: ...

    def EnumValue(self, key: Any, index: int) -> tuple[str, Any, int]: ...

    def EnumKey(self, key: Any, index: int) -> str: ...

    def ExpandEnvironmentStrings(self, text: str) -> str: ...


class _Unreadable(Exception):
    """A registry value that cannot become a policy value (the message says why)."""


def _child_schema(node: Mapping[str, Any] | None, name: str) -> Mapping[str, Any] | None:
    if node is None:
        return None
    child = node.get("properties", {}).get(name)
    return None if child is None else schema.resolve(child)


def _convert(api: WinReg, data: Any, kind: int, node: Mapping[str, Any] | None) -> Any:
    expected = None if node is None else node.get("type")
    if kind in (api.REG_DWORD, api.REG_QWORD):
        if expected == "boolean" and data in (0, 1):
            return bool(data)
        return int(data)
    if kind == api.REG_MULTI_SZ:
        return [str(item) for item in data]
    if kind in (api.REG_SZ, api.REG_EXPAND_SZ):
        text = str(data)
        if kind == api.REG_EXPAND_SZ:
            text = api.ExpandEnvironmentStrings(text)
        if expected in (None, "string") or (node is not None and "enum" in node):
            return text
        try:
            return json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise _Unreadable("is text that is not valid JSON") from exc
    raise _Unreadable(f"has registry type {kind}, which Confide does not read")


def _enumerate(call: Callable[[int], Any]) -> list[Any]:
    found = []
    index = 0
    while True:
        try:
            found.append(call(index))
        except OSError:  # winreg signals the end of an enumeration with OSError
            return found
        index += 1


def _read_key(
    api: WinReg,
    handle: RegistryKey,
    access: int,
    node: Mapping[str, Any] | None,
    where: list[str | int],
    source: str,
    problems: list[PolicyProblem],
    skip_subkey: str | None = None,
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, data, kind in _enumerate(lambda i: api.EnumValue(handle, i)):
        if not name:  # the key's unnamed default value holds no setting
            continue
        try:
            values[name] = _convert(api, data, kind, _child_schema(node, name))
        except _Unreadable as exc:
            problems.append(PolicyProblem(source, schema.json_path([*where, name]), str(exc)))
    for sub in _enumerate(lambda i: api.EnumKey(handle, i)):
        if skip_subkey is not None and sub.lower() == skip_subkey.lower():
            continue  # registry key names ignore case
        with api.OpenKey(handle, sub, 0, access) as child:
            values[sub] = _read_key(
                api,
                child,
                access,
                _child_schema(node, sub),
                [*where, sub],
                f"{source}\\{sub}",
                problems,
            )
    return values


def read_registry_level(api: WinReg, level: Level) -> PolicyReading:
    """The settings under one policy key (managed or recommended) of HKLM."""
    reading = PolicyReading()
    path = REGISTRY_KEY if level == "managed" else f"{REGISTRY_KEY}\\{RECOMMENDED_SUBKEY}"
    source = f"HKLM\\{path}"
    access = api.KEY_READ | api.KEY_WOW64_64KEY
    try:
        with api.OpenKey(api.HKEY_LOCAL_MACHINE, path, 0, access) as handle:
            skip = RECOMMENDED_SUBKEY if level == "managed" else None
            values = _read_key(
                api,
                handle,
                access,
                schema.load_schema(),
                [],
                source,
                reading.problems,
                skip_subkey=skip,
            )
    except FileNotFoundError:
        return reading  # no policy key: the usual case
    except OSError as exc:
        reading.ignore(source, f"cannot be read ({exc.strerror or type(exc).__name__})")
        return reading
    if values or reading.problems:
        reading.documents.append(PolicyDocument(source, level, values))
    return reading


if sys.platform == "win32":

    def windows_owner_sid(path: Path) -> str | None:
        """The owner of a file or folder as a SID string, or None when it cannot be read."""
        advapi32 = ctypes.WinDLL("advapi32")
        kernel32 = ctypes.WinDLL("kernel32")
        owner = ctypes.c_void_p()
        descriptor = ctypes.c_void_p()
        se_file_object, owner_security_information = 1, 1
        status = advapi32.GetNamedSecurityInfoW(
            ctypes.c_wchar_p(str(path)),
            se_file_object,
            owner_security_information,
            ctypes.byref(owner),
            None,
            None,
            None,
            ctypes.byref(descriptor),
        )
        if status != 0:
            return None
        try:
            text = ctypes.c_wchar_p()
            if not advapi32.ConvertSidToStringSidW(owner, ctypes.byref(text)):
                return None
            try:
                return text.value
            finally:
                kernel32.LocalFree(text)
        finally:
            kernel32.LocalFree(descriptor)
else:

    def windows_owner_sid(path: Path) -> str | None:
        """Elsewhere than Windows no file has a Windows owner: nothing is trusted."""
        del path
        return None


def _owner_trust(owner_of: OwnerLookup) -> Callable[[Path], str | None]:
    def problem(path: Path) -> str | None:
        for item, what in ((path, "the file"), (path.parent, f"its folder {path.parent}")):
            sid = owner_of(item)
            if sid is None:
                return f"the owner of {what} cannot be read"
            if sid not in TRUSTED_OWNER_SIDS:
                return f"{what} is owned by {sid}, not by SYSTEM or Administrators"
        return None

    return problem


def read_windows(
    api: WinReg | None = None,
    *,
    program_data: Path | None = None,
    owner_of: OwnerLookup = windows_owner_sid,
) -> PolicyReading:
    """Read the `%ProgramData%` file and the managed and recommended registry keys.

    Args:
        api: the `winreg` module (a fake in tests); imported when None.
        program_data: the ProgramData folder; from `%ProgramData%` when None.
        owner_of: how to find a file's owner SID (a fake in tests).
    """
    if api is None:
        api = cast(WinReg, importlib.import_module("winreg"))
    folder = program_data or Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData"))
    reading = PolicyReading()
    policy_file = folder.joinpath(*PROGRAM_DATA_FILE)
    if policy_file.exists():
        reading.add(_read_policy_file(policy_file, "managed", _owner_trust(owner_of)))
    for level in LEVELS:
        reading.add(read_registry_level(api, level))
    return reading
