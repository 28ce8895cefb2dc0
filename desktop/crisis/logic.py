"""The crisis panel's content: the shipped crisis lines, plus the organization's EAP.

Qt-free. The EAP comes from the organization's policy (`policy.eap`) and is listed after
the national lines, with its confidentiality facts in plain words, so a person sees who
would be told before they call. Confide's words around the policy's own (its name, phone
labels and hours stay as the organization wrote them) are marked in the "CrisisPanel"
context and translated by the `translate` the caller passes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any, Final

from desktop.words import CONTEXT as WORDS_CONTEXT
from desktop.words import (
    EMPLOYER_WORDS,
    LICENSING_WORDS,
    QT_TRANSLATE_NOOP,
    Translate,
    english,
)
from referral_directory.crisis import ActionKind, ContactAction, CrisisContact, CrisisDirectory

CONTEXT: Final = "CrisisPanel"
RECORD_WORDS: Final = {
    True: QT_TRANSLATE_NOOP("CrisisPanel", "Counseling through it creates a treatment record."),
    False: QT_TRANSLATE_NOOP(
        "CrisisPanel", "Talking to it does not create a treatment record."),
}
CALL: Final = QT_TRANSLATE_NOOP("CrisisPanel", "Call {label}")
WEBSITE: Final = QT_TRANSLATE_NOOP("CrisisPanel", "Open the EAP website")
SUMMARY: Final = QT_TRANSLATE_NOOP(
    "CrisisPanel", "Your organization's Employee Assistance Program.")
# Its own facts, not checked by Confide.
SAYS: Final = QT_TRANSLATE_NOOP("CrisisPanel", "Your organization says:")


def eap_contact(
    eap: Mapping[str, Any], today: date, translate: Translate = english
) -> CrisisContact:
    """The EAP as a crisis-panel contact (the policy schema has already checked `eap`).

    Args:
        translate: the caller's translate function (English when left out).
    """
    facts = eap["confidentiality"]
    actions = tuple(
        ContactAction(ActionKind.CALL, translate(CONTEXT, CALL).format(label=phone["label"]),
                      number=phone["number"])
        for phone in eap["phones"]
    )
    website = eap.get("website")
    if website:
        actions += (ContactAction(ActionKind.CHAT, translate(CONTEXT, WEBSITE), url=website),)
    return CrisisContact(
        id="eap",
        name=str(eap["name"]),
        summary=translate(CONTEXT, SUMMARY),
        hours=str(eap.get("hours", "")),
        actions=actions,
        confidentiality=" ".join(
            (
                translate(CONTEXT, SAYS),
                translate(WORDS_CONTEXT, EMPLOYER_WORDS[facts["employer_told"]]),
                translate(WORDS_CONTEXT, LICENSING_WORDS[facts["licensing_exposure"]]),
                translate(CONTEXT, RECORD_WORDS[bool(facts["creates_treatment_record"])]),
            )
        ),
        sources=(),
        checked=today,
    )


def with_eap(
    directory: CrisisDirectory,
    eap: Mapping[str, Any] | None,
    today: date | None = None,
    translate: Translate = english,
) -> CrisisDirectory:
    """`directory` with the EAP appended when the policy names one, in `translate`'s words."""
    if not eap:
        return directory
    contact = eap_contact(eap, today or date.today(), translate)
    return replace(directory, contacts=(*directory.contacts, contact))
