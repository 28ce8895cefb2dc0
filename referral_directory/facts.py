"""Confide's facts on HSDS services: the shipped taxonomy, and a service read as a `Resource`.

`service_record` writes the other way (a `Resource` as an HSDS service with its facts).

Each fact is an HSDS attribute on the service (or, for a text keyword, on the phone)
whose `taxonomy_term` is a term of Confide's taxonomy (`resources/directory/
confide-taxonomy.json`) and whose `value` is one of that term's child codes, or free
text, a URL or a date where the term says so. A service without Confide's facts (any
official HSDS example) still becomes a `Resource`, with the cautious defaults: the
employer possibly told, licensing exposure possible, treatment record unknown.

A confidentiality claim (employer_told, licensing_exposure, creates_treatment_record,
records_kept, confidentiality_broken) carries its own evidence as further attributes
linked to the claim's attribute (`link_entity` "attribute", `link_id` the claim
attribute's id): its source address, the date it was checked, whether it is confirmed
(by the resource's own privacy policy, FAQ or terms, a statute or a government page),
how it was checked, and its plain words. They sit in the service's `attributes` list, so
the record stays plain HSDS and the tabular form is the attributes table as it is.
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from functools import cache
from typing import Any, Final, TypeVar

import resources
from referral_directory.address import is_web_address
from referral_directory.errors import HsdsError
from referral_directory.model import (
    CLAIM_KINDS,
    NATIONAL,
    Claim,
    Origin,
    Phone,
    Resource,
)

TAXONOMY_RESOURCE: Final = "directory/confide-taxonomy.json"
LINK_TYPE: Final = "confide_fact"
_PHONE_KINDS: Final = {
    "voice": "voice",
    "cell": "voice",
    "text": "text",
    "textphone": "tty",
    "fax": "fax",
}
_TRISTATE: Final = {"yes": True, "no": False, "unknown": None}
CLAIM_LINK_ENTITY: Final = "attribute"
# The evidence attributes linked to a claim, in the order they are written.
EVIDENCE: Final = (
    "claim_statement",
    "claim_source",
    "claim_checked",
    "claim_status",
    "claim_check_method",
)


@cache
def taxonomy() -> dict[str, Any]:
    """The shipped taxonomy document: {"taxonomy": {...}, "taxonomy_terms": [...]}."""
    data: dict[str, Any] = json.loads(resources.read_text(TAXONOMY_RESOURCE))
    return data


@cache
def _terms() -> dict[str, dict[str, Any]]:
    return {t["code"]: t for t in taxonomy()["taxonomy_terms"]}


@cache
def allowed_values(code: str) -> frozenset[str]:
    """The child codes a fact may take ("" set when the value is free)."""
    prefix = code + "/"
    return frozenset(c[len(prefix) :] for c in _terms() if c.startswith(prefix))


def _term(code: str) -> dict[str, Any]:
    term = dict(_terms()[code])
    term.pop("x_confide_value", None)  # Confide's own hint, not an HSDS field
    return term


def attribute(link_id: str, entity: str, code: str, value: str) -> dict[str, Any]:
    term = _term(code)
    return {
        "id": str(uuid.uuid5(uuid.UUID(term["id"]), f"{link_id}/{value}")),
        "link_id": link_id,
        "taxonomy_term_id": term["id"],
        "link_type": LINK_TYPE,
        "link_entity": entity,
        "value": value,
        "taxonomy_term": term,
    }


@cache
def _fact_ids() -> dict[str, str]:
    return {t["id"]: code for code, t in _terms().items() if "/" not in code}


def _code(attr: dict[str, Any]) -> str | None:
    term = attr.get("taxonomy_term")
    term_id = attr.get("taxonomy_term_id") or (term.get("id") if isinstance(term, dict) else None)
    return _fact_ids().get(term_id) if isinstance(term_id, str) else None


def _facts(attributes: Any) -> dict[str, list[tuple[int, str]]]:
    """Confide facts among HSDS attributes: code -> [(attribute index, value)]."""
    ids = _fact_ids()
    found: dict[str, list[tuple[int, str]]] = {}
    for i, attr in enumerate(attributes if isinstance(attributes, list) else []):
        if not isinstance(attr, dict):
            continue
        term_id = attr.get("taxonomy_term_id")
        if not term_id:  # the term's id, when the attribute carries the term whole
            term = attr.get("taxonomy_term")
            term_id = term.get("id") if isinstance(term, dict) else None
        code = ids.get(term_id) if isinstance(term_id, str) else None
        if code is not None:
            value = attr.get("value")
            if isinstance(value, str):
                found.setdefault(code, []).append((i, value))
    return found


_EVIDENCE_SET: Final = frozenset(EVIDENCE)


class _Reader:
    """Reads one service's facts, naming the field of the first bad one."""

    def __init__(self, service: dict[str, Any], file: str, record: str) -> None:
        self.facts = _facts(service.get("attributes"))
        self.file = file
        self.record = record
        # A claim's source, date and status: attributes linked to the claim's attribute.
        self.evidence: dict[str, dict[str, tuple[int, str]]] = {}
        for code in _EVIDENCE_SET.intersection(self.facts):
            rows = service["attributes"]
            for i, value in self.facts[code]:
                link = rows[i].get("link_id")
                if isinstance(link, str):
                    self.evidence.setdefault(link, {})[code] = (i, value)

    def _fail(self, code: str, index: int, problem: str) -> HsdsError:
        return HsdsError(self.file, self.record, f"attributes[{index}].value ({code})", problem)

    def values(self, code: str) -> list[str]:
        if code not in self.facts:
            return []
        allowed = allowed_values(code)
        out = []
        for index, value in self.facts.get(code, []):
            if allowed and value not in allowed:
                raise self._fail(code, index, f"must be one of {', '.join(sorted(allowed))}")
            out.append(value)
        return out

    def one(self, code: str, default: str) -> str:
        found = self.facts.get(code)
        if not found:
            return default
        if len(found) == 1:  # the usual case, checked as `values` checks it
            index, value = found[0]
            allowed = allowed_values(code)
            if allowed and value not in allowed:
                raise self._fail(code, index, f"must be one of {', '.join(sorted(allowed))}")
            return value
        self.values(code)  # a value not allowed is said first, as before
        raise self._fail(code, found[1][0], "given more than once")

    def url(self, code: str) -> str | None:
        value = self.one(code, "")
        if not value:
            return None
        if not is_web_address(value):
            raise self._fail(code, self.facts[code][0][0], "must be an http(s) address")
        return value

    def day(self, code: str) -> date:
        value = self.one(code, "1970-01-01")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self._fail(code, self.facts[code][0][0], "must be an ISO date") from None

    def claims(self, attributes: Any) -> tuple[Claim, ...]:
        """The claims whose attribute has a source linked to it, in `CLAIM_KINDS` order."""
        rows = attributes if isinstance(attributes, list) else []
        evidence = self.evidence
        if not evidence:
            return ()
        found = []
        for kind in CLAIM_KINDS:
            for index, value in self.facts.get(kind, []):
                attr_id = rows[index].get("id")
                parts = evidence.get(attr_id) if isinstance(attr_id, str) else None
                if parts and "claim_source" in parts:
                    found.append(self._claim(kind, value, parts))
        return tuple(found)

    def _claim(self, kind: str, value: str, parts: dict[str, tuple[int, str]]) -> Claim:
        source_index, source = parts["claim_source"]
        if not is_web_address(source):
            raise self._fail("claim_source", source_index, "must be an http(s) address")
        if "claim_checked" not in parts:
            raise self._fail("claim_source", source_index, "a claim's source needs a date checked")
        checked_index, checked = parts["claim_checked"]
        try:
            day = date.fromisoformat(checked)
        except ValueError:
            raise self._fail("claim_checked", checked_index, "must be an ISO date") from None
        status_index, status = parts.get("claim_status", (-1, "unconfirmed"))
        if status not in allowed_values("claim_status"):
            raise self._fail("claim_status", status_index, "must be confirmed or unconfirmed")
        return Claim(
            kind=kind,
            value=value,
            statement=parts.get("claim_statement", (-1, ""))[1],
            source_url=source,
            checked=day,
            confirmed=status == "confirmed",
            method=parts.get("claim_check_method", (-1, ""))[1],
        )


def _phones(service: dict[str, Any]) -> tuple[Phone, ...]:
    phones = []
    for raw in service.get("phones") or []:
        if not isinstance(raw, dict) or not isinstance(raw.get("number"), str):
            continue
        kind = _PHONE_KINDS.get(str(raw.get("type") or "voice"))
        if kind is None:  # video, pager: nothing the app can open
            continue
        keyword = _facts(raw.get("attributes")).get("text_keyword", [])
        label = str(raw.get("description") or "")
        phones.append(
            Phone(raw["number"].strip().strip('"'), label, kind, keyword[0][1] if keyword else "")
        )
    return tuple(phones)


def _inferred_modalities(phones: tuple[Phone, ...]) -> frozenset[str]:
    # Plain HSDS data (no Confide facts) still says how to reach it through its phones.
    kinds = {p.kind for p in phones}
    return frozenset({"call"} if kinds & {"voice", "tty"} else set()) | frozenset(
        {"text"} if "text" in kinds else set()
    )


def schedule_time_zone(schedule: dict[str, Any]) -> str | None:
    """The IANA time zone Confide's `time_zone` fact gives a schedule row, if any."""
    values = _facts(schedule.get("attributes")).get("time_zone", [])
    return values[0][1] if values else None


def _hours_text(service: dict[str, Any]) -> str:
    for schedule in service.get("schedules") or []:
        if isinstance(schedule, dict) and isinstance(schedule.get("description"), str):
            return str(schedule["description"])
    return ""


_T = TypeVar("_T")
_SHARED_MAX: Final = 10_000
_shared: dict[object, object] = {}


def share(value: _T) -> _T:
    """One object for equal small values (codes, sets of states): a large directory repeats
    the same few thousands of times, and each copy would cost memory."""
    found = _shared.get(value)
    if found is not None:
        return found  # type: ignore[return-value]  # equal values share one type
    if len(_shared) < _SHARED_MAX:
        _shared[value] = value
    return value


def to_resource(
    service: dict[str, Any], origin: Origin = "national", *, file: str = "<input>", record: str = ""
) -> Resource:
    """The `Resource` for one HSDS service record (already checked against the schema).

    Raises:
        HsdsError: a Confide fact has a value its term does not allow.
    """
    facts = _Reader(service, file, record or str(service.get("id")))
    if "board_question" in facts.facts:
        # The state licensing questions must read too (see `licensing`); imported here
        # because `licensing` builds on this module.
        from referral_directory.licensing import read_service  # noqa: PLC0415 - see above

        read_service(service, file=file, record=facts.record)
    phones = _phones(service)
    text = next((p for p in phones if p.kind == "text"), None)
    instructions = ""
    if text is not None:
        instructions = text.label or (
            f"Text {text.body} to {text.number}" if text.body else f"Text {text.number}"
        )
    organization = service.get("organization")
    org_name = organization.get("name") if isinstance(organization, dict) else None
    languages = tuple(
        str(lang.get("name") or lang.get("code"))
        for lang in service.get("languages") or []
        if isinstance(lang, dict) and (lang.get("name") or lang.get("code"))
    )
    return Resource(
        id=str(service["id"]),
        name=str(service["name"]),
        description=str(service.get("description") or ""),
        organization=str(org_name or ""),
        phones=phones,
        text_instructions=instructions,
        chat_url=facts.url("chat_url"),
        website=service.get("url") if isinstance(service.get("url"), str) else None,
        hours_text=_hours_text(service),
        open_24_7=facts.one("open_24_7", "no") == "yes",
        schedule=tuple(s for s in service.get("schedules") or [] if isinstance(s, dict)),
        modalities=share(frozenset(facts.values("modality")) or _inferred_modalities(phones)),
        cost=share(facts.one("cost", "varies")),
        employer_told=share(facts.one("employer_told", "possibly")),
        licensing_exposure=share(facts.one("licensing_exposure", "possible")),
        creates_treatment_record=_TRISTATE[facts.one("creates_treatment_record", "unknown")],
        states=share(
            frozenset(v.upper() for v in facts.values("state")) or frozenset({NATIONAL})
        ),
        languages=share(languages),
        serves=share(frozenset(facts.values("serves")) or frozenset({"all_health_workers"})),
        crisis=facts.one("crisis", "no") == "yes",
        what_happens=facts.one("what_happens", ""),
        source_url=facts.url("source_url") or "",
        checked=facts.day("checked"),
        claims=facts.claims(service.get("attributes")),
        origin=origin,
    )
