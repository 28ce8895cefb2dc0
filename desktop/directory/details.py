"""The detail pane's prose for a resource, Qt-free: its sections and confidentiality claims.

Every heading and sentence is marked in the "FindHelp" context (see `logic`) and English
until the pane passes its translate function; what the data says stays in its words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from desktop.directory.logic import (
    CONTEXT,
    TREATMENT_WORDS,
    cost_words,
    employer_words,
    hours_words,
    is_php,
    licensing_words,
    modality_words,
    serves_words,
    states_words,
)
from desktop.words import QT_TRANSLATE_NOOP, Translate, english
from referral_directory.model import CLAIM_KINDS, TEXT_CLAIM_KINDS, Phone, Resource

_PHONE_KIND_WORDS: Final = {
    "voice": QT_TRANSLATE_NOOP("FindHelp", "Call"),
    "text": QT_TRANSLATE_NOOP("FindHelp", "Text"),
    "tty": QT_TRANSLATE_NOOP("FindHelp", "TTY"),
    "fax": QT_TRANSLATE_NOOP("FindHelp", "Fax"),
}


def _phone_words(phone: Phone, translate: Translate) -> str:
    # A label with digits already says the number ("Call 1-800-950-NAMI (6264)").
    if phone.label and any(c.isdigit() for c in phone.label):
        return phone.label
    if phone.label:
        return f"{phone.label}: {phone.number}"
    kind = _PHONE_KIND_WORDS.get(phone.kind)
    return f"{translate(CONTEXT, kind) if kind else phone.kind} {phone.number}"


@dataclass(frozen=True)
class ClaimRow:
    """One confidentiality claim as the detail pane shows it.

    Attributes:
        kind: one of `CLAIM_KINDS`.
        words: the claim in plain words.
        source_url: the page it was checked against ("" when no source is given).
        checked: when it was checked (None when no source is given).
        confirmed: the service's own page, a statute or a government page says so.
        method: how it was checked ("" if unsaid).
    """

    kind: str
    words: str
    source_url: str = ""
    checked: date | None = None
    confirmed: bool = False
    method: str = ""


def _usual_words(resource: Resource, kind: str, translate: Translate) -> str:
    if kind == "employer_told":
        return employer_words(resource.employer_told, translate)
    if kind == "licensing_exposure":
        return licensing_words(
            resource.licensing_exposure, php=is_php(resource), translate=translate)
    return translate(
        CONTEXT, TREATMENT_WORDS.get(resource.creates_treatment_record, TREATMENT_WORDS[None]))


def claim_rows(resource: Resource, translate: Translate = english) -> list[ClaimRow]:
    """Who is told, licensing, treatment record, what is kept, when confidentiality breaks.

    The first three are always there (with the cautious words and no source when the
    data gives none); what is kept and when confidentiality is broken only when sourced.
    A claim's own statement is data and stays in its words.
    """
    rows = []
    for kind in CLAIM_KINDS:
        claim = resource.claim(kind)
        if claim is None:
            if kind not in TEXT_CLAIM_KINDS:
                rows.append(ClaimRow(kind, _usual_words(resource, kind, translate)))
            continue
        words = claim.statement or (
            claim.value if kind in TEXT_CLAIM_KINDS else _usual_words(resource, kind, translate)
        )
        rows.append(
            ClaimRow(kind, words, claim.source_url, claim.checked, claim.confirmed, claim.method)
        )
    return rows


WHAT_HAPPENS: Final = QT_TRANSLATE_NOOP("FindHelp", "What happens when you reach out")
# The languages the data names, in the person's language; others are shown as written.
LANGUAGE_WORDS: Final = {
    "english": QT_TRANSLATE_NOOP("FindHelp", "English"),
    "en": QT_TRANSLATE_NOOP("FindHelp", "English"),
    "spanish": QT_TRANSLATE_NOOP("FindHelp", "Spanish"),
    "es": QT_TRANSLATE_NOOP("FindHelp", "Spanish"),
}


@dataclass(frozen=True)
class DetailSection:
    """A heading and its plain-text paragraph in the detail pane.

    Attributes:
        heading: the heading, in the language in force.
        text: the paragraph.
        claims_follow: the confidentiality claims are shown right after this section.
    """

    heading: str
    text: str
    claims_follow: bool = False


def languages_words(languages: Sequence[str], translate: Translate = english) -> str:
    """The languages a service answers in, e.g. "English, Spanish"."""
    if not languages:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("FindHelp", "Not stated"))
    known = (LANGUAGE_WORDS.get(language.strip().casefold()) for language in languages)
    return ", ".join(translate(CONTEXT, k) if k else language
                     for k, language in zip(known, languages, strict=True))


def detail_sections(
    resource: Resource,
    translate: Translate = english,
    day: Callable[[date], str] = date.isoformat,
) -> list[DetailSection]:
    """Everything the detail pane says about a resource in prose, in reading order.

    The confidentiality claims, each with its source, are `claim_rows`: the pane shows
    them right after "What happens when you reach out".

    Args:
        resource: the resource.
        translate: the view's translate function (English when left out).
        day: writes a date (the view passes `desktop.ui.dates.long_date`; ISO 8601
            when left out, for tests and the command line).
    """
    def say(text: str) -> str:
        return translate(CONTEXT, text)

    phones = "; ".join(_phone_words(p, translate) for p in resource.phones)
    reach = modality_words(resource.modalities, translate)
    if not resource.modalities and resource.website:
        reach = say(QT_TRANSLATE_NOOP("FindHelp", "Through the website"))
    if phones:
        reach = f"{reach}. {phones}."
    instructions = resource.text_instructions.strip().rstrip(".")
    if instructions and instructions.casefold() not in reach.casefold():  # said once only
        reach = f"{reach} {instructions}."
    source = say(QT_TRANSLATE_NOOP("FindHelp", "Checked {day}. Source: {url}")).format(
        day=day(resource.checked), url=resource.source_url)
    if not resource.source_url:  # e.g. the EAP policy gives: its facts are its own word
        source = say(QT_TRANSLATE_NOOP("FindHelp", "No source is given; Confide has not "
                                                   "checked these facts."))
    if resource.origin == "organization":
        source = say(QT_TRANSLATE_NOOP(
            "FindHelp", "From your organization's directory. {source}")).format(source=source)
    serves = say(QT_TRANSLATE_NOOP("FindHelp", "{serves}; {states}.")).format(
        serves=serves_words(resource.serves, translate),
        states=states_words(resource.states, translate))
    if serves.endswith(".."):  # the states' words end on an abbreviation ("EE. UU.")
        serves = serves[:-1]
    sections = [
        DetailSection(say(WHAT_HAPPENS), resource.what_happens or resource.description,
                      claims_follow=True),
        DetailSection(say(QT_TRANSLATE_NOOP("FindHelp", "Cost")),
                      cost_words(resource.cost, translate)),
        DetailSection(say(QT_TRANSLATE_NOOP("FindHelp", "Hours")),
                      hours_words(resource, translate)),
        DetailSection(say(QT_TRANSLATE_NOOP("FindHelp", "How to reach it")), reach),
        DetailSection(say(QT_TRANSLATE_NOOP("FindHelp", "Who it serves")), serves),
        DetailSection(say(QT_TRANSLATE_NOOP("FindHelp", "Languages")),
                      languages_words(resource.languages, translate)),
        DetailSection(say(QT_TRANSLATE_NOOP("FindHelp", "Where this comes from")), source),
    ]
    if resource.description and resource.what_happens:
        sections.insert(0, DetailSection(say(QT_TRANSLATE_NOOP("FindHelp", "About")),
                                         resource.description))
    return sections
