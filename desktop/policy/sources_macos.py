# ruff: noqa: N802
# (Why: the OS functions keep their own names, e.g. winreg.OpenKey, CFRelease.)
"""Reading policy on macOS: managed preferences, with a file as fallback.

Places, in order of increasing precedence:

1. `/Library/Application Support/Confide/policies.json` (managed), for tools that copy
   files rather than install configuration profiles; trusted under the same ownership
   rules as the Linux files (root-owned, not writable by group or others, folders too).
2. The preferences for the app's bundle id, read with CoreFoundation's
   `CFPreferencesCopyAppValue` for each setting the schema defines. A value for which
   `CFPreferencesAppValueIsForced` is true comes from a configuration profile or MDM
   and is *managed*; any other value is *recommended*. A non-forced value can also come
   from the person's own `defaults write`, which is harmless: a recommended setting is one
   the person may change anyway.

Because CoreFoundation can only be asked about keys by name, unknown keys in a profile
are not seen here; `confide-admin policy validate` checks a profile's settings before
deployment. Values are converted by serialising them to an XML property list with
`CFPropertyListCreateData` and reading that with `plistlib`, which keeps the ctypes
surface to eight functions. Tests pass a fake of those functions.
"""

from __future__ import annotations

import ctypes
import plistlib
from pathlib import Path
from typing import Any, Final, Protocol, cast

from desktop.policy import schema
from desktop.policy.sources import (
    PolicyDocument,
    PolicyProblem,
    PolicyReading,
    posix_trust_problem,
    read_policy_file,
)

# plistlib raises an open set of errors on bytes that are not a property list: its own,
# expat's for a cut-off XML plist, a codec's LookupError for a bad encoding name,
# RecursionError for deep nesting. At this boundary every one means "not readable".
_PLIST_ERRORS: Final = (Exception,)
BUNDLE_ID: Final = "org.confide.Confide"
FALLBACK_FILE: Final = Path("/Library/Application Support/Confide/policies.json")
CORE_FOUNDATION: Final = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
UTF8: Final = 0x08000100  # kCFStringEncodingUTF8
XML_FORMAT: Final = 100  # kCFPropertyListXMLFormat_v1_0
MANAGED_PAYLOAD: Final = "com.apple.ManagedClient.preferences"


class CoreFoundation(Protocol):
    """The CoreFoundation functions this reader calls (handles are ints; NULL is None)."""

    def CFStringCreateWithCString(self, alloc: None, text: bytes, encoding: int) -> int | None: ...

    def CFPreferencesAppSynchronize(self, app: int) -> bool: ...

    def CFPreferencesCopyAppValue(self, key: int, app: int) -> int | None: ...

    def CFPreferencesAppValueIsForced(self, key: int, app: int) -> bool: ...

    def CFPropertyListCreateData(
        self, alloc: None, plist: int, fmt: int, options: int, error: None
    ) -> int | None: ...

    def CFDataGetLength(self, data: int) -> int: ...

    def CFDataGetBytePtr(self, data: int) -> int | None: ...

    def CFRelease(self, handle: int) -> None: ...


def load_core_foundation(path: str = CORE_FOUNDATION) -> CoreFoundation:
    """The real CoreFoundation through ctypes, with each function's C signature declared.

    Raises:
        OSError: the library cannot be loaded (not macOS).
    """
    lib = ctypes.CDLL(path)
    ref, flag, index = ctypes.c_void_p, ctypes.c_bool, ctypes.c_long
    signatures: dict[str, tuple[Any, list[Any]]] = {
        "CFStringCreateWithCString": (ref, [ref, ctypes.c_char_p, ctypes.c_uint32]),
        "CFPreferencesAppSynchronize": (flag, [ref]),
        "CFPreferencesCopyAppValue": (ref, [ref, ref]),
        "CFPreferencesAppValueIsForced": (flag, [ref, ref]),
        "CFPropertyListCreateData": (ref, [ref, ref, index, ctypes.c_ulong, ref]),
        "CFDataGetLength": (index, [ref]),
        "CFDataGetBytePtr": (ref, [ref]),
        "CFRelease": (None, [ref]),
    }
    for name, (restype, argtypes) in signatures.items():
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes
    return cast(CoreFoundation, lib)


class _Unreadable(Exception):
    """A preference value that could not be converted (the message says why)."""


def _cf_string(cf: CoreFoundation, text: str) -> int:
    handle = cf.CFStringCreateWithCString(None, text.encode("utf-8"), UTF8)
    if not handle:
        raise MemoryError("CFStringCreateWithCString returned NULL")
    return handle


def _to_python(cf: CoreFoundation, value: int) -> Any:
    data = cf.CFPropertyListCreateData(None, value, XML_FORMAT, 0, None)
    if not data:
        raise _Unreadable("cannot be converted to a property list")
    try:
        length = cf.CFDataGetLength(data)
        pointer = cf.CFDataGetBytePtr(data)
        if not pointer or length < 0:
            raise _Unreadable("cannot be converted to a property list")
        raw = ctypes.string_at(pointer, length)
    finally:
        cf.CFRelease(data)
    try:
        return plistlib.loads(raw, fmt=plistlib.FMT_XML)
    except _PLIST_ERRORS as exc:
        raise _Unreadable("is not a readable property list") from exc


def read_managed_preferences(cf: CoreFoundation, bundle_id: str = BUNDLE_ID) -> PolicyReading:
    """The schema's settings from the preferences of `bundle_id`, managed or recommended."""
    reading = PolicyReading()
    source = f"macOS managed preferences ({bundle_id})"
    managed: dict[str, Any] = {}
    recommended: dict[str, Any] = {}
    app = _cf_string(cf, bundle_id)
    try:
        cf.CFPreferencesAppSynchronize(app)  # pick up a profile installed since launch
        for name in schema.setting_names():
            key = _cf_string(cf, name)
            try:
                value = cf.CFPreferencesCopyAppValue(key, app)
                if not value:
                    continue
                try:
                    converted = _to_python(cf, value)
                finally:
                    cf.CFRelease(value)
                forced = bool(cf.CFPreferencesAppValueIsForced(key, app))
                (managed if forced else recommended)[name] = converted
            except _Unreadable as exc:
                reading.problems.append(PolicyProblem(source, schema.json_path([name]), str(exc)))
            finally:
                cf.CFRelease(key)
    finally:
        cf.CFRelease(app)
    if managed:
        reading.documents.append(PolicyDocument(source, "managed", managed))
    if recommended:
        reading.documents.append(
            PolicyDocument(f"{source}, not forced", "recommended", recommended)
        )
    return reading


def read_macos(
    cf: CoreFoundation | None = None,
    *,
    bundle_id: str = BUNDLE_ID,
    fallback: Path = FALLBACK_FILE,
    trusted_uid: int = 0,
) -> PolicyReading:
    """Read the fallback file, then the managed preferences (which override it).

    Args:
        cf: CoreFoundation (a fake in tests); loaded with ctypes when None.
        bundle_id: the app's bundle identifier.
        fallback: the policy file read before managed preferences.
        trusted_uid: an owner trusted besides root for the fallback file (tests).
    """
    reading = PolicyReading()
    if fallback.exists():
        reading.add(
            read_policy_file(fallback, "managed", lambda p: posix_trust_problem(p, trusted_uid))
        )
    if cf is None:
        try:
            cf = load_core_foundation()
        except OSError as exc:
            reading.ignore(
                f"macOS managed preferences ({bundle_id})",
                f"CoreFoundation cannot be loaded ({type(exc).__name__})",
            )
            return reading
    reading.add(read_managed_preferences(cf, bundle_id))
    return reading


def profile_settings(
    raw: bytes, bundle_id: str = BUNDLE_ID
) -> tuple[dict[str, Any] | None, str | None]:
    """The settings for `bundle_id` in a configuration profile or a plain preferences plist.

    For `confide-admin policy validate`: the Forced, Set-Once and Often entries of every
    `com.apple.ManagedClient.preferences` payload are merged; a plist without such a
    payload is taken as the preferences themselves. Returns None and the reason for bytes
    that are not an unsigned property list (validate a signed profile before signing it).
    """
    try:
        data = plistlib.loads(raw)
    except _PLIST_ERRORS:
        return None, "is not a readable (unsigned) property list"
    if not isinstance(data, dict):
        return None, "is not a property list dictionary"
    payloads = [
        p
        for p in data.get("PayloadContent", [])
        if isinstance(p, dict) and p.get("PayloadType") == MANAGED_PAYLOAD
    ]
    if not payloads:
        return data, None
    merged: dict[str, Any] = {}
    for payload in payloads:
        domains = payload.get("PayloadContent")
        domain = domains.get(bundle_id) if isinstance(domains, dict) else None
        for kind in ("Forced", "Set-Once", "Often"):
            entries = domain.get(kind) if isinstance(domain, dict) else None
            for entry in entries if isinstance(entries, list) else []:
                found = entry.get("mcx_preference_settings") if isinstance(entry, dict) else None
                merged.update(found if isinstance(found, dict) else {})
    return merged, None
