"""How to reach a resource: safe addresses and the detail pane's buttons. No Qt.

Only three kinds of address ever leave Confide: `tel:`, `sms:` and `https:`. Directory
data can come from an organization's bundle, and a signature proves only who published
it, so a `javascript:`, `file:` or `http:` link in it is refused rather than opened, and
every address is checked once more just before it is handed to the system.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from enum import Enum
from typing import Final
from urllib.parse import quote, urlsplit

from referral_directory.model import Phone, Resource

SAFE_SCHEMES: Final = frozenset({"tel", "sms", "https"})
_DIALABLE: Final = re.compile(r"^\+?[0-9]{2,15}$")
_SEPARATORS: Final = re.compile(r"[\s\-().\u00a0]")
# "Text HOME to 741741": the keyword can be prefilled in the message, nothing else can.
_TEXT_KEYWORD: Final = re.compile(
    r"^\s*text\s+([A-Za-z0-9]{1,20})\s+to\s+([0-9 \-]{3,20})", re.IGNORECASE
)
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


# -- addresses ------------------------------------------------------------------------------


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


# -- actions in the detail pane ------------------------------------------------------------


class ActionKind(Enum):
    CALL = "call"
    TEXT = "text"
    CHAT = "chat"
    WEBSITE = "website"
    COPY = "copy"


@dataclass(frozen=True)
class ContactAction:
    """One button in the detail pane.

    Attributes:
        kind: what the button does.
        label: the button's text, e.g. "Call 988".
        target: the address to open, or for COPY the number to copy.
        fallback: what to say when the computer has no app for the address.
    """

    kind: ActionKind
    label: str
    target: str
    fallback: str = ""


def _text_keyword(resource: Resource, phone: Phone) -> str:
    if phone.body:
        return phone.body if re.fullmatch(r"[A-Za-z0-9]{1,20}", phone.body) else ""
    number = phone.number
    match = _TEXT_KEYWORD.match(resource.text_instructions or "")
    if match and _SEPARATORS.sub("", match.group(2)) == _SEPARATORS.sub("", number):
        return match.group(1)
    return ""


def _can_dial(phone: Phone) -> bool:
    try:
        dialable(phone.number)
    except UnsafeAddress:
        return False
    return True


def _phone_actions(resource: Resource, phone: Phone) -> list[ContactAction]:
    if not _can_dial(phone):
        return []  # shown in the text, never made into a button
    if phone.kind == "voice":
        return [
            ContactAction(
                ActionKind.CALL,
                f"Call {phone.number}",
                tel_url(phone.number),
                f"This computer has no app for calls. Please dial {phone.number} on a phone.",
            )
        ]
    if phone.kind == "tty":
        return [
            ContactAction(
                ActionKind.CALL,
                f"Call {phone.number} (TTY)",
                tel_url(phone.number),
                f"This computer has no app for calls. The TTY number is {phone.number}.",
            )
        ]
    if phone.kind == "text":
        keyword = _text_keyword(resource, phone)
        label = f"Text {keyword} to {phone.number}" if keyword else f"Text {phone.number}"
        words = f"{keyword} to " if keyword else ""
        return [
            ContactAction(
                ActionKind.TEXT,
                label,
                sms_url(phone.number, keyword),
                f"This computer has no app for text messages. Please text "
                f"{words}{phone.number} from a phone.",
            )
        ]
    return []  # fax: listed in the text only


def actions_for(resource: Resource) -> list[ContactAction]:
    """The buttons for a resource: call, text, chat, website, then copy each number.

    Addresses that fail the checks above get no button; the pane still shows them as text.
    """
    actions: list[ContactAction] = []
    for phone in resource.phones:
        actions += _phone_actions(resource, phone)
    for kind, address, label in (
        (ActionKind.CHAT, resource.chat_url, "Open chat"),
        (ActionKind.WEBSITE, resource.website, "Open website"),
    ):
        if address:
            with contextlib.suppress(UnsafeAddress):  # refused: shown as text, no button
                actions.append(
                    ContactAction(
                        kind,
                        label,
                        web_url(address),
                        f"No web browser opened. The address is {address}",
                    )
                )
    copied: list[str] = []
    for phone in resource.phones:
        if phone.kind in ("voice", "text") and phone.number not in copied and _can_dial(phone):
            copied.append(phone.number)
            actions.append(ContactAction(ActionKind.COPY, f"Copy {phone.number}", phone.number))
    return actions
