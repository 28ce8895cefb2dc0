"""How to reach a resource: the detail pane's buttons. No Qt.

Only three kinds of address ever leave Confide: `tel:`, `sms:` and `https:`; the rule
(`referral_directory.address`) is shared with the crisis panel. An address that fails it
gets no button; the pane still shows it as text.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from enum import Enum
from typing import Final

from referral_directory.address import UnsafeAddress, dialable, sms_url, tel_url, web_url
from referral_directory.model import Phone, Resource

_SEPARATORS: Final = re.compile(r"[\s\-().\u00a0]")
# "Text HOME to 741741": the keyword can be prefilled in the message, nothing else can.
_TEXT_KEYWORD: Final = re.compile(
    r"^\s*text\s+([A-Za-z0-9]{1,20})\s+to\s+([0-9 \-]{3,20})", re.IGNORECASE
)


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
