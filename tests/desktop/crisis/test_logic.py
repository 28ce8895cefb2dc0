from __future__ import annotations

from datetime import date
from typing import Any

from desktop.crisis.logic import eap_contact, with_eap
from desktop.words import EMPLOYER_WORDS, LICENSING_WORDS
from referral_directory.crisis import ActionKind, load_crisis_directory

EAP: dict[str, Any] = {
    "name": "Example Health EAP",
    "phones": [{"number": "+1-800-555-0100", "label": "24/7 counselor line"}],
    "hours": "24/7",
    "website": "https://eap.example.org",
    "confidentiality": {
        "employer_told": "never",
        "licensing_exposure": "none",
        "creates_treatment_record": False,
    },
}


def test_the_eap_comes_after_the_national_lines() -> None:
    shipped = load_crisis_directory()
    combined = with_eap(shipped, EAP, date(2026, 11, 22))
    assert combined.contacts[: len(shipped.contacts)] == shipped.contacts
    assert combined.contacts[-1].name == "Example Health EAP"
    assert combined.contacts[0].name.startswith("988")


def test_no_eap_in_policy_changes_nothing() -> None:
    shipped = load_crisis_directory()
    assert with_eap(shipped, None) is shipped
    assert with_eap(shipped, {}) is shipped


def test_the_eap_says_in_plain_words_who_is_told() -> None:
    contact = eap_contact(EAP, date(2026, 11, 22))
    assert EMPLOYER_WORDS["never"] in contact.confidentiality
    assert LICENSING_WORDS["none"] in contact.confidentiality
    assert "does not create a treatment record" in contact.confidentiality
    assert [a.kind for a in contact.actions] == [ActionKind.CALL, ActionKind.CHAT]
    # Built by the one address rule (referral_directory.address): dialable digits.
    assert contact.actions[0].uri() == "tel:+18005550100"
    worried = {
        **EAP,
        "confidentiality": {
            "employer_told": "possibly",
            "licensing_exposure": "possible",
            "creates_treatment_record": True,
        },
    }
    words = eap_contact(worried, date(2026, 11, 22)).confidentiality
    # The directory's words for the same facts (one wording for both; see desktop.words).
    assert EMPLOYER_WORDS["possibly"] in words and LICENSING_WORDS["possible"] in words
    assert "creates a treatment" in words
