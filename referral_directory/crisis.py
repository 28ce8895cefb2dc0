"""Crisis contacts (988, Crisis Text Line, 911) from the national directory, shown while locked.

The contacts themselves come from the shipped national directory
(`resources/directory/national.json`, HSDS): their numbers, wording, confidentiality
facts, sources and check dates are kept in one place. `resources/directory/crisis.json`
holds only the panel's heading and introduction and which directory services appear, in
which order. Loading validates every entry: a contact without a source or a check date,
or with an action that could not be opened safely, is a packaging bug and fails loudly
in tests rather than showing a broken button.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any
from urllib.parse import quote, urlsplit

import resources
from referral_directory.directory import national_resources

CRISIS_RESOURCE = "directory/crisis.json"
_NUMBER = re.compile(r"^\+?[0-9]{3,15}$")
_KEYWORD = re.compile(r"^[A-Za-z0-9 ]{1,40}$")


class CrisisDataError(ValueError):
    """The shipped crisis list is malformed (a packaging bug, never the person's doing)."""


class ActionKind(Enum):
    CALL = "call"
    TEXT = "text"
    CHAT = "chat"


@dataclass(frozen=True)
class ContactAction:
    """One way to reach a contact: a phone call, a text message or a web chat.

    Attributes:
        kind: call, text or chat.
        label: the button text, e.g. "Call 988".
        number: the number to call or text ("" for chat).
        body: a keyword to prefill in a text message, e.g. "HOME" ("" if none).
        url: the https address of a chat ("" for call and text).
    """

    kind: ActionKind
    label: str
    number: str = ""
    body: str = ""
    url: str = ""

    def uri(self) -> str:
        """The address to hand to the system: `tel:`, `sms:` (RFC 5724) or https."""
        if self.kind is ActionKind.CALL:
            return f"tel:{self.number}"
        if self.kind is ActionKind.TEXT:
            suffix = f"?body={quote(self.body)}" if self.body else ""
            return f"sms:{self.number}{suffix}"
        return self.url


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
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.netloc:
            raise CrisisDataError(f"{where}: a chat address must be https")
        return ContactAction(kind, label, url=url)
    number = _text(raw, "number", where)
    if not _NUMBER.match(number):
        raise CrisisDataError(f"{where}: '{number}' is not a dialable number")
    body = raw.get("body", "")
    if kind is ActionKind.CALL and body:
        raise CrisisDataError(f"{where}: a call has no message body")
    if body and (not isinstance(body, str) or not _KEYWORD.match(body)):
        raise CrisisDataError(f"{where}: a text keyword must be short letters and digits")
    return ContactAction(kind, label, number=number, body=body)


def _contact(raw: Any, index: int) -> CrisisContact:
    where = f"contact {index}"
    if not isinstance(raw, dict):
        raise CrisisDataError(f"{where}: must be an object")
    actions_raw = raw.get("actions")
    if not isinstance(actions_raw, list) or not actions_raw:
        raise CrisisDataError(f"{where}: needs at least one action")
    sources = raw.get("sources")
    if (not isinstance(sources, list) or not sources
            or not all(isinstance(s, str) and urlsplit(s).scheme in ("http", "https")
                       and urlsplit(s).netloc for s in sources)):
        raise CrisisDataError(f"{where}: needs at least one source address")
    return CrisisContact(
        id=_text(raw, "id", where),
        name=_text(raw, "name", where),
        summary=_text(raw, "summary", where),
        hours=_text(raw, "hours", where),
        actions=tuple(_action(a, f"{where} action {i}") for i, a in enumerate(actions_raw)),
        confidentiality=_text(raw, "confidentiality", where),
        sources=tuple(sources),
        checked=_date(raw, "checked", where),
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
            "checked": resource.checked.isoformat(),
        })
    return {"format": 1, "checked": panel.get("checked"), "heading": panel.get("heading"),
            "intro": panel.get("intro"), "contacts": contacts}


def load_crisis_directory() -> CrisisDirectory:
    """The crisis contacts shipped with this build (from the national directory)."""
    return parse_crisis_directory(json.dumps(crisis_document()))
