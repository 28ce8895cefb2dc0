"""A `Resource` written as an HSDS service record with Confide's facts (see `facts`).

The inverse of `facts.to_resource`: bundles, the shipped national data and the tests are
written with it, so each fact's attribute is made exactly as `facts` reads it back.
"""

from __future__ import annotations

import uuid
from typing import Any, Final

from referral_directory.facts import CLAIM_LINK_ENTITY, EVIDENCE, attribute
from referral_directory.model import CLAIM_KINDS, TEXT_CLAIM_KINDS, Claim, Resource

_KIND_TO_HSDS: Final = {"voice": "voice", "text": "text", "tty": "textphone", "fax": "fax"}
_TRISTATE_CODE: Final = {True: "yes", False: "no", None: "unknown"}


def _evidence(claim_id: str, claim: Claim) -> list[dict[str, Any]]:
    """The attributes linked to a claim's attribute: its words, source, date and status."""
    values = {
        "claim_statement": claim.statement,
        "claim_source": claim.source_url,
        "claim_checked": claim.checked.isoformat(),
        "claim_status": "confirmed" if claim.confirmed else "unconfirmed",
        "claim_check_method": claim.method,
    }
    return [
        attribute(claim_id, CLAIM_LINK_ENTITY, code, values[code])
        for code in EVIDENCE
        if values[code]
    ]


def to_service(  # noqa: PLR0912 (one branch per optional fact, read top to bottom)
    resource: Resource, *, organization_id: str | None = None
) -> dict[str, Any]:
    """An HSDS service record carrying every fact of `resource` (the inverse of `to_resource`).

    `resource.id` must be a UUID (HSDS ids are); `schedule` rows are kept as given, with
    `hours_text` as the first row's description.
    """
    sid = resource.id
    org_id = organization_id or str(uuid.uuid5(uuid.UUID(sid), "organization"))
    attrs: list[dict[str, Any]] = []

    def add(code: str, value: str) -> str:
        attrs.append(attribute(sid, "service", code, value))
        return str(attrs[-1]["id"])

    coded = {
        "employer_told": resource.employer_told,
        "licensing_exposure": resource.licensing_exposure,
        "creates_treatment_record": _TRISTATE_CODE[resource.creates_treatment_record],
    }
    for kind in CLAIM_KINDS:
        claim = resource.claim(kind)
        if kind in TEXT_CLAIM_KINDS and claim is None:
            continue
        claim_id = add(kind, coded.get(kind, claim.value if claim else ""))
        if claim is not None:
            attrs.extend(_evidence(claim_id, claim))
    add("cost", resource.cost)
    for modality in sorted(resource.modalities):
        add("modality", modality)
    for state in sorted(resource.states):
        add("state", state)
    for group in sorted(resource.serves):
        add("serves", group)
    add("crisis", "yes" if resource.crisis else "no")
    add("open_24_7", "yes" if resource.open_24_7 else "no")
    if resource.what_happens:
        add("what_happens", resource.what_happens)
    if resource.chat_url:
        add("chat_url", resource.chat_url)
    if resource.source_url:
        add("source_url", resource.source_url)
    add("checked", resource.checked.isoformat())
    phones = []
    for i, phone in enumerate(resource.phones):
        pid = str(uuid.uuid5(uuid.UUID(sid), f"phone/{i}"))
        row: dict[str, Any] = {
            "id": pid,
            "service_id": sid,
            "number": phone.number,
            "type": _KIND_TO_HSDS[phone.kind],
        }
        if phone.label:
            row["description"] = phone.label
        if phone.body:
            row["attributes"] = [attribute(pid, "phone", "text_keyword", phone.body)]
        phones.append(row)
    schedules = [dict(s) for s in resource.schedule]
    if resource.hours_text:
        if schedules:
            schedules[0]["description"] = resource.hours_text
        else:
            schedules = [
                {
                    "id": str(uuid.uuid5(uuid.UUID(sid), "schedule/0")),
                    "service_id": sid,
                    "description": resource.hours_text,
                }
            ]
    service: dict[str, Any] = {
        "id": sid,
        "organization_id": org_id,
        "name": resource.name,
        "description": resource.description,
        "status": "active",
        "phones": phones,
        "schedules": schedules,
        "languages": [
            {
                "id": str(uuid.uuid5(uuid.UUID(sid), f"language/{name}")),
                "service_id": sid,
                "name": name,
            }
            for name in resource.languages
        ],
        "organization": {
            "id": org_id,
            "name": resource.organization or resource.name,
            "description": resource.organization or resource.name,
        },
        "attributes": attrs,
    }
    if resource.website:
        service["url"] = resource.website
    return service
