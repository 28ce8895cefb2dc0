"""The organization's Employee Assistance Program from its policy, as a directory entry.

Policy's `eap` (see resources/policy/schema.json: "the organization's EAP as a directory
resource") reached the crisis panel only, so "EAP" typed in Find help found the therapy
services and never the person's own EAP. Here it becomes an organization entry of the
directory (`open_directory` lists it before the bundle's), found by its name, by "EAP"
and "employee assistance" (its description says both; see `concepts`), and ranked for
"A counselor or therapist". Its facts are the organization's own, as in the crisis panel:
the name, numbers and hours as the organization wrote them, and no source Confide checked.

Qt-free; the policy schema has already checked the value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from desktop.words import QT_TRANSLATE_NOOP
from referral_directory.model import Phone, Resource

EAP_ID: Final = "organization-eap"
# Kept in English, as the directory's data is: the search index reads it ("EAP",
# "employee assistance"). Confide's words, not the organization's, so the detail pane
# says them in the language in force (`data_words.in_language`).
EAP_DESCRIPTION: Final = QT_TRANSLATE_NOOP(
    "DirectoryData", "Your organization's Employee Assistance Program (EAP).")


def eap_resource(eap: Mapping[str, Any]) -> Resource:
    """Policy's `eap` value as the directory's entry for it."""
    facts = eap["confidentiality"]
    phones = tuple(
        # The label with its number: "24/7 counselor line" alone would hide the number.
        Phone(number=str(p["number"]), label=f"{p['label']}: {p['number']}", kind="voice")
        for p in eap["phones"]
    )
    return Resource(
        id=EAP_ID,
        name=str(eap["name"]),
        description=EAP_DESCRIPTION,
        organization=str(eap["name"]),
        phones=phones,
        website=str(eap["website"]) if eap.get("website") else None,
        hours_text=str(eap.get("hours", "")),
        modalities=frozenset({"call"}),
        employer_told=str(facts["employer_told"]),
        licensing_exposure=str(facts["licensing_exposure"]),
        creates_treatment_record=bool(facts["creates_treatment_record"]),
        origin="organization",
    )
