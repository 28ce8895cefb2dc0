"""Crisis contacts (988, Crisis Text Line, 911) from the national directory, shown while locked.

The contacts themselves come from the shipped national directory
(`resources/directory/national.json`, HSDS): their numbers, wording, confidentiality
facts, sources and check dates are kept in one place. `resources/directory/crisis.json`
holds the panel's heading and introduction, which directory services appear, in which
order, and the extra ways to reach a line that the panel offers under it (988 in Spanish,
for Veterans, by videophone), each with its own source and check date. Loading validates
every entry: a contact without a source or a check date,
or with an action that could not be opened safely, is a packaging bug and fails loudly
in tests rather than showing a broken button.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache
from typing import Any

import resources
from referral_directory.address import is_web_address, sms_url, tel_url
from referral_directory.directory import national_resources

CRISIS_RESOURCE = "directory/crisis.json"
_NUMBER = re.compile(r"^\+?[0-9]{3,15}$")
_KEYWORD = re.compile(r"^[A-Za-z0-9 ]{1,40}$")
_PRESS = re.compile(r"^[0-9]$")


class CrisisDataError(ValueError):
    """The shipped crisis list is malformed (a packaging bug, never the person's doing)."""


class ActionKind(Enum):
    CALL = "call"
    TEXT = "text"
    CHAT = "chat"
    VIDEOPHONE = "videophone"  # a `tel:` address meant for a videophone (ASL)


def pretty_number(number: str) -> str:
    """A number as people write it: "18002738255" -> "1-800-273-8255"; short codes as is."""
    if len(number) == 11 and number.startswith("1") and number.isdigit():
        return f"1-{number[1:4]}-{number[4:7]}-{number[7:]}"
    if len(number) == 10 and number.isdigit():
        return f"{number[:3]}-{number[3:6]}-{number[6:]}"
    return number


@dataclass(frozen=True)
class ContactAction:
    """One way to reach a contact: a phone call, a text message, a web chat or a videophone.

    Attributes:
        kind: call, text, chat or videophone.
        label: the button text, e.g. "Call 988".
        number: the number to call or text ("" for chat).
        body: a keyword to prefill in a text message, e.g. "HOME" ("" if none).
        url: the https address of a chat ("" for call and text).
        press: for a call, the key to press once the call connects, e.g. "1" ("" if none).
    """

    kind: ActionKind
    label: str
    number: str = ""
    body: str = ""
    url: str = ""
    press: str = ""

    def uri(self) -> str:
        """The address to hand to the system: `tel:`, `sms:` (RFC 5724) or https.

        Raises:
            UnsafeAddress: a number that is not dialable (an EAP's, from policy).
        """
        if self.kind in (ActionKind.CALL, ActionKind.VIDEOPHONE):
            return tel_url(self.number)  # the one address rule (referral_directory.address)
        if self.kind is ActionKind.TEXT:
            return sms_url(self.number, self.body)
        return self.url


@dataclass(frozen=True)
class ContactOption:
    """A further way to reach a line, for some people: e.g. 988 in Spanish, or for Veterans.

    Attributes:
        id: short and unique within its contact, e.g. "spanish".
        title: e.g. "En español".
        how: the whole way in plain words, e.g. "Call 988 and press 2, or text AYUDA to 988."
        actions: the buttons; every number, keyword and address in them was confirmed.
        sources: where it was confirmed; checked: when; checked_how: against what.
    """

    id: str
    title: str
    how: str
    actions: tuple[ContactAction, ...]
    sources: tuple[str, ...]
    checked: date
    checked_how: str


@dataclass(frozen=True)
class CrisisContact:
    """A crisis line with how to reach it and what it does with what you say."""

    id: str
    name: str
    summary: str
    hours: str
    actions: tuple[ContactAction, ...]
    confidentiality: str
    sources: tuple[str, ...]
    checked: date
    options: tuple[ContactOption, ...] = ()

    @property
    def numbers(self) -> tuple[str, ...]:
        """Distinct phone numbers of this contact, in order, for "Copy number"."""
        seen: list[str] = []
        for action in self.actions:
            if action.number and action.number not in seen:
                seen.append(action.number)
        return tuple(seen)


@dataclass(frozen=True)
class CrisisDirectory:
    """The whole crisis panel's content."""

    heading: str
    intro: str
    checked: date
    contacts: tuple[CrisisContact, ...]


def _text(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CrisisDataError(f"{where}: '{key}' must be non-empty text")
    return value.strip()


def _date(entry: dict[str, Any], key: str, where: str) -> date:
    try:
        return date.fromisoformat(_text(entry, key, where))
    except ValueError as exc:
        raise CrisisDataError(f"{where}: '{key}' is not an ISO date") from exc


def _action(raw: Any, where: str) -> ContactAction:
    if not isinstance(raw, dict):
        raise CrisisDataError(f"{where}: an action must be an object")
    try:
        kind = ActionKind(raw.get("kind"))
    except ValueError as exc:
        raise CrisisDataError(f"{where}: unknown action kind") from exc
    label = _text(raw, "label", where)
    if kind is ActionKind.CHAT:
        url = _text(raw, "url", where)
        if not is_web_address(url, frozenset({"https"})):
            raise CrisisDataError(f"{where}: a chat address must be https")
        return ContactAction(kind, label, url=url)
    number = _text(raw, "number", where)
    if not _NUMBER.match(number):
        raise CrisisDataError(f"{where}: '{number}' is not a dialable number")
    body = raw.get("body", "")
    if kind is not ActionKind.TEXT and body:
        raise CrisisDataError(f"{where}: a call has no message body")
    if body and (not isinstance(body, str) or not _KEYWORD.match(body)):
        raise CrisisDataError(f"{where}: a text keyword must be short letters and digits")
    press = raw.get("press", "")
    if press and (kind is ActionKind.TEXT or not isinstance(press, str)
                  or not _PRESS.match(press)):
        raise CrisisDataError(f"{where}: 'press' is one key, and only for a call")
    return ContactAction(kind, label, number=number, body=body, press=press)


def _actions(raw: dict[str, Any], where: str) -> tuple[ContactAction, ...]:
    actions_raw = raw.get("actions")
    if not isinstance(actions_raw, list) or not actions_raw:
        raise CrisisDataError(f"{where}: needs at least one action")
    return tuple(_action(a, f"{where} action {i}") for i, a in enumerate(actions_raw))


def _sources(raw: dict[str, Any], where: str) -> tuple[str, ...]:
    sources = raw.get("sources")
    if (not isinstance(sources, list) or not sources
            or not all(isinstance(s, str) and is_web_address(s) for s in sources)):
        raise CrisisDataError(f"{where}: needs at least one source address")
    return tuple(sources)


def _option(raw: Any, where: str) -> ContactOption:
    if not isinstance(raw, dict):
        raise CrisisDataError(f"{where}: must be an object")
    return ContactOption(
        id=_text(raw, "id", where),
        title=_text(raw, "title", where),
        how=_text(raw, "how", where),
        actions=_actions(raw, where),
        sources=_sources(raw, where),
        checked=_date(raw, "checked", where),
        checked_how=_text(raw, "checked_how", where),
    )


def _contact(raw: Any, index: int) -> CrisisContact:
    where = f"contact {index}"
    if not isinstance(raw, dict):
        raise CrisisDataError(f"{where}: must be an object")
    options_raw = raw.get("options", [])
    if not isinstance(options_raw, list):
        raise CrisisDataError(f"{where}: 'options' must be a list")
    options = tuple(_option(o, f"{where} option {i}") for i, o in enumerate(options_raw))
    if len({option.id for option in options}) != len(options):
        raise CrisisDataError(f"{where}: option ids repeat")
    return CrisisContact(
        id=_text(raw, "id", where),
        name=_text(raw, "name", where),
        summary=_text(raw, "summary", where),
        hours=_text(raw, "hours", where),
        actions=_actions(raw, where),
        confidentiality=_text(raw, "confidentiality", where),
        sources=_sources(raw, where),
        checked=_date(raw, "checked", where),
        options=options,
    )


def parse_crisis_directory(text: str) -> CrisisDirectory:
    """Read and validate crisis data.

    Raises:
        CrisisDataError: malformed JSON or a missing or unsafe field.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CrisisDataError("crisis list is not valid JSON") from exc
    return crisis_from_document(data)


def crisis_from_document(data: Any) -> CrisisDirectory:
    """Validate a format-1 document (as `crisis_document` builds it) into the panel.

    Raises:
        CrisisDataError: a missing or unsafe field.
    """
    if not isinstance(data, dict) or data.get("format") != 1:
        raise CrisisDataError("crisis list has an unknown format")
    contacts_raw = data.get("contacts")
    if not isinstance(contacts_raw, list) or not contacts_raw:
        raise CrisisDataError("crisis list has no contacts")
    contacts = tuple(_contact(raw, i) for i, raw in enumerate(contacts_raw))
    ids = [contact.id for contact in contacts]
    if len(set(ids)) != len(ids):
        raise CrisisDataError("crisis contact ids repeat")
    return CrisisDirectory(
        heading=_text(data, "heading", "crisis list"),
        intro=_text(data, "intro", "crisis list"),
        checked=_date(data, "checked", "crisis list"),
        contacts=contacts,
    )


def crisis_document() -> dict[str, Any]:
    """The crisis panel as a format-1 document, built from the national directory.

    Raises:
        CrisisDataError: crisis.json is malformed or names a service the directory lacks.
    """
    try:
        panel = json.loads(resources.read_text(CRISIS_RESOURCE))
    except json.JSONDecodeError as exc:
        raise CrisisDataError("crisis panel is not valid JSON") from exc
    if not isinstance(panel, dict) or panel.get("format") != 2:
        raise CrisisDataError("crisis panel has an unknown format")
    by_id = {r.id: r for r in national_resources()}
    contacts = []
    for index, entry in enumerate(panel.get("contacts") or []):
        resource = by_id.get(str(entry.get("service"))) if isinstance(entry, dict) else None
        if resource is None:
            raise CrisisDataError(f"contact {index}: no such directory service")
        actions: list[dict[str, str]] = []
        for phone in resource.phones:
            if phone.kind == "voice":
                actions.append({"kind": "call", "label": phone.label, "number": phone.dialable()})
            elif phone.kind == "text":
                action = {"kind": "text", "label": phone.label, "number": phone.dialable()}
                if phone.body:
                    action["body"] = phone.body
                actions.append(action)
        if resource.chat_url:
            actions.append({"kind": "chat", "label": "Open chat", "url": resource.chat_url})
        contacts.append({
            "id": entry.get("id"), "name": resource.name, "summary": resource.description,
            "hours": resource.hours_text, "actions": actions,
            "confidentiality": resource.what_happens, "sources": [resource.source_url],
            "checked": resource.checked.isoformat(), "options": entry.get("options", []),
        })
    return {"format": 1, "checked": panel.get("checked"), "heading": panel.get("heading"),
            "intro": panel.get("intro"), "contacts": contacts}


@cache
def load_crisis_directory() -> CrisisDirectory:
    """The crisis contacts shipped with this build (from the national directory).

    Built and validated once a process (reading the national directory took 8-12 ms, and
    the lock screen, the crisis panel and the safety plan each asked for it); every caller
    shares the one copy, which is frozen dataclasses and tuples all the way down, so none
    can change what another shows. A failure is not kept: the next call tries again.

    Raises:
        CrisisDataError: crisis.json is malformed or names a service the directory lacks,
            or an entry is missing or unsafe.
    """
    return crisis_from_document(crisis_document())
