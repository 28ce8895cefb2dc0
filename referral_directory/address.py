"""The one rule for contact addresses Confide hands to the system: tel, sms and https.

Directory data can come from an organization's bundle, and a signature proves only who
published it, so a `javascript:`, `file:` or `http:` link in it is refused rather than
opened. The crisis panel and the directory both build their addresses here and check
each once more (`checked_url`) just before it is handed to the system. No Qt.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import quote, urlsplit

SAFE_SCHEMES: Final = frozenset({"tel", "sms", "https"})
WEB: Final = frozenset({"http", "https"})
_DIALABLE: Final = re.compile(r"^\+?[0-9]{2,15}$")
_SEPARATORS: Final = re.compile(r"[\s\-().\u00a0]")
_CONTROL: Final = re.compile(r"[\x00-\x20\x7f]")
_KEYPAD: Final = str.maketrans(
    {
        letter: str(digit)
        for digit, letters in enumerate(
            ("", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ")
        )
        for letter in letters
    }
)


class UnsafeAddress(ValueError):
    """An address that will not be handed to the system.

    Attributes:
        address: what was refused (public directory data, never personal text).
        reason: "scheme" (not tel/sms/https), "number" (not dialable) or "form" (malformed).
    """

    def __init__(self, address: str, reason: str) -> None:
        super().__init__(f"refused address ({reason})")
        self.address = address
        self.reason = reason


def dialable(number: str) -> str:
    """What to dial for a phone number: "1-800-950-NAMI" -> "18009506264", "+1 (988)" -> "+1988".

    Letters map to the phone keypad, as printed vanity numbers expect.

    Raises:
        UnsafeAddress: characters other than digits, keypad letters, a leading +, spaces,
            dashes, dots and brackets, or too few or too many digits.
    """
    compact = _SEPARATORS.sub("", number).upper()
    letters = sum(c.isalpha() for c in compact)
    # Vanity numbers start with digits ("800-950-NAMI"); words alone are not a number.
    if (not compact[:1].isdigit() and not compact.startswith("+")) or letters > 7:
        raise UnsafeAddress(number, "number")
    digits = compact.translate(_KEYPAD)
    if not _DIALABLE.match(digits):
        raise UnsafeAddress(number, "number")
    return digits


def tel_url(number: str) -> str:
    """A `tel:` address (RFC 3966) for a phone number."""
    return f"tel:{dialable(number)}"


def sms_url(number: str, body: str = "") -> str:
    """An `sms:` address (RFC 5724), with an optional prefilled message keyword."""
    suffix = f"?body={quote(body, safe='')}" if body else ""
    return f"sms:{dialable(number)}{suffix}"


def web_url(address: str) -> str:
    """An https address that is safe to hand to the browser, unchanged.

    Raises:
        UnsafeAddress: any other scheme (`http:`, `javascript:`, `file:`, `data:`…), no
            host, a user name in the host (``https://988.org@evil.example``), or spaces
            and control characters.
    """
    if _CONTROL.search(address):
        raise UnsafeAddress(address, "form")
    try:
        parts = urlsplit(address)
        _port = parts.port  # a malformed port raises here
    except ValueError as exc:
        raise UnsafeAddress(address, "form") from exc
    if parts.scheme.lower() != "https":
        raise UnsafeAddress(address, "scheme")
    if not parts.hostname or "@" in parts.netloc:
        raise UnsafeAddress(address, "form")
    return address


def checked_url(address: str) -> str:
    """Any address about to be opened, checked once more: only tel, sms and https pass.

    Raises:
        UnsafeAddress: another scheme or a malformed address.
    """
    scheme, _, rest = address.partition(":")
    scheme = scheme.lower()
    if scheme not in SAFE_SCHEMES:
        raise UnsafeAddress(address, "scheme")
    if scheme == "https":
        return web_url(address)
    number, _, query = rest.partition("?")
    rebuilt = f"{scheme}:{dialable(number)}"
    if scheme == "tel" and query:
        raise UnsafeAddress(address, "form")
    if query and not re.fullmatch(r"body=[A-Za-z0-9%]{1,60}", query):
        raise UnsafeAddress(address, "form")
    return f"{rebuilt}?{query}" if query else rebuilt


def is_web_address(value: str, schemes: frozenset[str] = WEB) -> bool:
    """Whether `value` is an address of one of `schemes` with a host part. Never raises:
    urllib refuses some text outright ("http://[::1" is ValueError), and a data file's
    address is refused as malformed, not allowed to stop the reader."""
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in schemes and bool(parts.netloc)
