"""The crisis panel's content: the shipped crisis lines, plus the organization's EAP.

Qt-free. The EAP comes from the organization's policy (`policy.eap`) and is listed after
the national lines, with its confidentiality facts in plain words, so a person sees who
would be told before they call.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from desktop.words import EMPLOYER_WORDS, LICENSING_WORDS
from referral_directory.crisis import ActionKind, ContactAction, CrisisContact, CrisisDirectory


def eap_contact(eap: Mapping[str, Any], today: date) -> CrisisContact:
    """The EAP as a crisis-panel contact (the policy schema has already checked `eap`)."""
    facts = eap["confidentiality"]
    record = (
        "Counselling through it creates a treatment record."
        if facts["creates_treatment_record"]
        else "Talking to it does not create a treatment record."
    )
    actions = tuple(
        ContactAction(ActionKind.CALL, f"Call {phone['label']}", number=phone["number"])
        for phone in eap["phones"]
    )
    website = eap.get("website")
    if website:
        actions += (ContactAction(ActionKind.CHAT, "Open the EAP website", url=website),)
    return CrisisContact(
        id="eap",
        name=str(eap["name"]),
        summary="Your organization's Employee Assistance Program.",
        hours=str(eap.get("hours", "")),
        actions=actions,
        confidentiality=" ".join(
            (
                "Your organization says:",  # its own facts, not checked by Confide
                EMPLOYER_WORDS[facts["employer_told"]],
                LICENSING_WORDS[facts["licensing_exposure"]],
                record,
            )
        ),
        sources=(),
        checked=today,
    )


def with_eap(
    directory: CrisisDirectory, eap: Mapping[str, Any] | None, today: date | None = None
) -> CrisisDirectory:
    """`directory` with the EAP appended when the policy names one."""
    if not eap:
        return directory
    contact = eap_contact(eap, today or date.today())
    return replace(directory, contacts=(*directory.contacts, contact))
