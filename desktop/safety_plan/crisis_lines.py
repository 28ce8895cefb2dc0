"""The crisis lines every safety plan lists in step 5: 988, Crisis Text Line and 911.

They are not part of the stored plan: they are always listed, read from the shipped
crisis data, so a number that changes is current in every plan without the person
editing anything. The ways to reach each line are written in words the view translates
(`translate`); the numbers, keywords and addresses are the crisis data's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from desktop.words import QT_TRANSLATE_NOOP, Translate, english
from referral_directory.crisis import (
    ActionKind,
    ContactAction,
    CrisisDirectory,
    load_crisis_directory,
    pretty_number,
)


@dataclass(frozen=True)
class CrisisLine:
    """A crisis line as the plan lists it: its name and how to reach it, in words."""

    name: str
    how: str


# How each way of reaching a line is written, in words the view translates; the number,
# keyword and address come from the crisis data.
_WAY_WORDS: Final = {
    ActionKind.CALL: QT_TRANSLATE_NOOP("SafetyPlan", "call {number}"),
    ActionKind.TEXT: QT_TRANSLATE_NOOP("SafetyPlan", "text {number}"),
    ActionKind.VIDEOPHONE: QT_TRANSLATE_NOOP("SafetyPlan", "call {number} by videophone"),
}
_TEXT_KEYWORD: Final = QT_TRANSLATE_NOOP("SafetyPlan", "text {keyword} to {number}")
_CALL_PRESS: Final = QT_TRANSLATE_NOOP("SafetyPlan", "call {number} and press {press}")
_CHAT: Final = QT_TRANSLATE_NOOP("SafetyPlan", "chat at {address}")
_LAST_WAY: Final = QT_TRANSLATE_NOOP("SafetyPlan", "{ways} or {last}")


def chat_address(action: ContactAction) -> str:
    """A chat's address as the plan writes it: "988lifeline.org/chat"."""
    return action.url.removeprefix("https://").removesuffix("/")


def _way(action: ContactAction, translate: Translate) -> str:
    number = pretty_number(action.number)
    if action.kind is ActionKind.CHAT:
        return translate("SafetyPlan", _CHAT).format(address=chat_address(action))
    if action.kind is ActionKind.TEXT and action.body:
        return translate("SafetyPlan", _TEXT_KEYWORD).format(keyword=action.body, number=number)
    if action.kind is ActionKind.CALL and action.press:
        return translate("SafetyPlan", _CALL_PRESS).format(number=number, press=action.press)
    return translate("SafetyPlan", _WAY_WORDS[action.kind]).format(number=number)


def crisis_lines(
    directory: CrisisDirectory | None = None, translate: Translate = english
) -> tuple[CrisisLine, ...]:
    """988, Crisis Text Line and 911 from the shipped crisis data, for step 5 and the print.

    Args:
        directory: the crisis data (the shipped one when left out).
        translate: the view's translation function (English when left out).
    """
    source = directory or load_crisis_directory()
    lines = []
    for contact in source.contacts:
        ways = [_way(action, translate) for action in contact.actions]
        how = ways[0] if len(ways) == 1 else translate("SafetyPlan", _LAST_WAY).format(
            ways=", ".join(ways[:-1]), last=ways[-1])
        lines.append(CrisisLine(contact.name, how[:1].upper() + how[1:]))
    return tuple(lines)
