"""How to reach a resource: the detail pane's buttons. No Qt.

Only three kinds of address ever leave Confide: `tel:`, `sms:` and `https:`; the rule
(`referral_directory.address`) is shared with the crisis panel. An address that fails it
gets no button; the pane still shows it as text. The words are English until the pane
passes its translate function.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from enum import Enum
from typing import Final

from desktop.words import QT_TRANSLATE_NOOP, Translate, english
from referral_directory.address import UnsafeAddress, dialable, sms_url, tel_url, web_url
from referral_directory.model import Phone, Resource

CONTEXT: Final = "FindHelp"  # the page's words, as in `logic`
NO_BROWSER: Final = QT_TRANSLATE_NOOP("FindHelp", "No web browser opened. The address is {address}")
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


def _phone_actions(resource: Resource, phone: Phone, translate: Translate) -> list[ContactAction]:
    def say(text: str) -> str:
        return translate(CONTEXT, text)

    if not _can_dial(phone):
        return []  # shown in the text, never made into a button
    number = phone.number
    if phone.kind == "voice":
        return [
            ContactAction(
                ActionKind.CALL,
                say(QT_TRANSLATE_NOOP("FindHelp", "Call {number}")).format(number=number),
                tel_url(number),
                say(QT_TRANSLATE_NOOP(
                    "FindHelp",
                    "This computer has no app for calls. Please dial {number} on a phone.",
                )).format(number=number),
            )
        ]
    if phone.kind == "tty":
        return [
            ContactAction(
                ActionKind.CALL,
                say(QT_TRANSLATE_NOOP("FindHelp", "Call {number} (TTY)")).format(number=number),
                tel_url(number),
                say(QT_TRANSLATE_NOOP(
                    "FindHelp", "This computer has no app for calls. The TTY number is {number}.",
                )).format(number=number),
            )
        ]
    if phone.kind == "text":
        keyword = _text_keyword(resource, phone)
        if keyword:
            label = say(QT_TRANSLATE_NOOP("FindHelp", "Text {keyword} to {number}"))
            fallback = say(QT_TRANSLATE_NOOP(
                "FindHelp",
                "This computer has no app for text messages. Please text {keyword} to "
                "{number} from a phone.",
            ))
        else:
            label = say(QT_TRANSLATE_NOOP("FindHelp", "Text {number}"))
            fallback = say(QT_TRANSLATE_NOOP(
                "FindHelp",
                "This computer has no app for text messages. Please text {number} from a phone.",
            ))
        return [
            ContactAction(
                ActionKind.TEXT,
                label.format(keyword=keyword, number=number),
                sms_url(number, keyword),
                fallback.format(keyword=keyword, number=number),
            )
        ]
    return []  # fax: listed in the text only


def actions_for(resource: Resource, translate: Translate = english) -> list[ContactAction]:
    """The buttons for a resource: call, text, chat, website, then copy each number.

    Addresses that fail the checks above get no button; the pane still shows them as text.

    Args:
        resource: the resource.
        translate: the view's translate function (English when left out).
    """
    actions: list[ContactAction] = []
    for phone in resource.phones:
        actions += _phone_actions(resource, phone, translate)
    for kind, address, label in (
        (ActionKind.CHAT, resource.chat_url, QT_TRANSLATE_NOOP("FindHelp", "Open chat")),
        (ActionKind.WEBSITE, resource.website, QT_TRANSLATE_NOOP("FindHelp", "Open website")),
    ):
        if address:
            with contextlib.suppress(UnsafeAddress):  # refused: shown as text, no button
                actions.append(
                    ContactAction(
                        kind,
                        translate(CONTEXT, label),
                        web_url(address),
                        translate(CONTEXT, NO_BROWSER).format(address=address),
                    )
                )
    copied: list[str] = []
    for phone in resource.phones:
        if phone.kind in ("voice", "text") and phone.number not in copied and _can_dial(phone):
            copied.append(phone.number)
            label = translate(CONTEXT, QT_TRANSLATE_NOOP("FindHelp", "Copy {number}"))
            actions.append(ContactAction(ActionKind.COPY, label.format(number=phone.number),
                                         phone.number))
    return actions
