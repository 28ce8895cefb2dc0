"""The "Find help" page's logic: safe addresses, the buttons a resource gets, plain words."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from desktop.directory.contact import ActionKind, actions_for
from desktop.directory.details import ClaimRow, claim_rows, detail_sections
from desktop.directory.eap import eap_resource
from desktop.directory.logic import (
    NEED_WORDS,
    employer_words,
    is_php,
    licensing_words,
    modality_words,
    serves_words,
    summary_line,
)
from desktop.directory.results import (
    LOADING_WORDS,
    RESULTS_LIMIT,
    UNAVAILABLE_WORDS,
    LicenseNote,
    license_note,
    need_choices,
    results_for,
)
from desktop.words import EMPLOYER_WORDS, LICENSING_WORDS
from referral_directory.directory import national_resources
from referral_directory.model import (
    EMPLOYER_TOLD,
    LICENSING_EXPOSURE,
    NO_FILTERS,
    Claim,
    Need,
    Phone,
    Resource,
)
from tests.referral_directory.generated import large_directory

LIFELINE = Resource(
    id="988",
    name="988 Suicide & Crisis Lifeline",
    description="Call, text or chat.",
    organization="Vibrant",
    phones=(Phone("988", "Call 988", "voice"), Phone("988", "Text 988", "text")),
    chat_url="https://988lifeline.org/chat",
    website="https://988lifeline.org",
    open_24_7=True,
    modalities=frozenset({"call", "text", "chat"}),
    cost="free",
    employer_told="never",
    licensing_exposure="none",
    creates_treatment_record=False,
    crisis=True,
    what_happens="A trained counselor answers.",
    source_url="https://example.org/988",
    checked=date(2026, 11, 2),
)
TEXT_LINE = Resource(
    id="ctl",
    name="Crisis Text Line",
    description="",
    organization="CTL",
    phones=(Phone("741741", "Text", "text"),),
    text_instructions="Text HOME to 741741",
    modalities=frozenset({"text"}),
    cost="free",
    employer_told="never",
    licensing_exposure="none",
    crisis=True,
    checked=date(2026, 11, 22),
)
PHP = Resource(
    id="php",
    name="State physician health programs",
    description="Directory of PHPs.",
    organization="FSPHP",
    website="https://www.fsphp.org/state-programs",
    modalities=frozenset({"in_person", "call"}),
    cost="varies",
    employer_told="possibly",
    licensing_exposure="possible",
    origin="organization",
    checked=date(2026, 1, 5),
)


# -- buttons -------------------------------------------------------------------------------


def test_a_crisis_line_gets_call_text_chat_website_and_copy() -> None:
    actions = actions_for(LIFELINE)
    assert [(a.kind, a.target) for a in actions] == [
        (ActionKind.CALL, "tel:988"),
        (ActionKind.TEXT, "sms:988"),
        (ActionKind.CHAT, "https://988lifeline.org/chat"),
        (ActionKind.WEBSITE, "https://988lifeline.org"),
        (ActionKind.COPY, "988"),
    ]
    assert actions[0].label == "Call 988"
    assert "dial 988" in actions[0].fallback


def test_a_text_keyword_is_prefilled_from_the_instructions_or_the_phone() -> None:
    [text, _copy] = actions_for(TEXT_LINE)
    assert text.target == "sms:741741?body=HOME"
    assert text.label == "Text HOME to 741741"
    with_body = replace(
        TEXT_LINE, text_instructions="", phones=(Phone("62640", "Text", "text", body="helpline"),)
    )
    assert actions_for(with_body)[0].target == "sms:62640?body=helpline"
    other_number = replace(TEXT_LINE, text_instructions="Text HOME to 12345")
    assert actions_for(other_number)[0].target == "sms:741741"


def test_unsafe_links_and_fax_numbers_get_no_button() -> None:
    bad = replace(
        PHP,
        website="javascript:alert(1)",
        chat_url="http://chat.example",
        phones=(Phone("555-0100", "Fax", "fax"), Phone("call me", "?", "voice")),
    )
    assert actions_for(bad) == []
    tty = replace(PHP, website=None, phones=(Phone("1-800-487-4889", "TTY", "tty"),))
    assert [(a.kind, a.target) for a in actions_for(tty)] == [(ActionKind.CALL, "tel:18004874889")]


# -- plain words -----------------------------------------------------------------------------


@pytest.mark.parametrize("value", EMPLOYER_TOLD)
def test_every_employer_value_has_its_own_words(value: str) -> None:
    assert employer_words(value) == EMPLOYER_WORDS[value]
    assert "employer" in employer_words(value).lower()


def test_employer_words_say_never_or_could() -> None:
    assert employer_words("never") == "Your employer is never told."
    assert "could be told" in employer_words("possibly")
    assert "not known" in employer_words("surprise")


@pytest.mark.parametrize("value", LICENSING_EXPOSURE)
def test_every_licensing_value_has_its_own_words(value: str) -> None:
    assert licensing_words(value) == LICENSING_WORDS[value]
    assert "licens" in licensing_words(value).lower()


def test_licensing_words_carry_the_php_caveat_only_where_it_applies() -> None:
    assert "not reported" in licensing_words("none")
    assert "depends on how your state board" in licensing_words("depends_on_state_question")
    assert licensing_words("possible") == "A licensing board could learn of it."
    with_php = licensing_words("possible", php=True)
    assert with_php.startswith("A licensing board could learn of it. A state physician health")
    assert "can lead to a report to the licensing board" in with_php
    assert "physician health program" not in licensing_words("none", php=True)
    assert len({licensing_words(v) for v in LICENSING_EXPOSURE}) == len(LICENSING_EXPOSURE)
    assert is_php(PHP)
    assert not is_php(LIFELINE)


def test_detail_sections_say_what_happens_cost_and_hours() -> None:
    sections = {s.heading: s.text for s in detail_sections(LIFELINE)}
    assert sections["What happens when you reach out"] == "A trained counselor answers."
    assert "Who is told" not in sections  # the claims, each with its source (claim_rows)
    assert sections["Cost"] == "Free"
    assert sections["Hours"] == "Open 24 hours a day, 7 days a week."
    assert sections["How to reach it"] == "Call, text or chat. Call 988; Text 988."
    assert sections["Where this comes from"] == (
        "Checked 2026-11-02. Source: https://example.org/988"
    )
    text_line = {s.heading: s.text for s in detail_sections(TEXT_LINE)}
    assert text_line["How to reach it"] == "Text. Text: 741741. Text HOME to 741741."
    said = replace(TEXT_LINE, phones=(Phone("741741", "Text HOME to 741741", "text"),))
    said_words = {s.heading: s.text for s in detail_sections(said)}
    assert said_words["How to reach it"] == "Text. Text HOME to 741741."
    php = {s.heading: s.text for s in detail_sections(PHP)}
    assert php["Where this comes from"].startswith("From your organization's directory.")
    assert php["What happens when you reach out"] == "Directory of PHPs."


def test_the_eap_policy_gives_shows_its_own_facts_unchecked_and_its_numbers() -> None:
    eap = eap_resource({
        "name": "Acme Staff Counseling", "hours": "24/7", "website": "https://eap.example.org",
        "phones": [{"number": "+1-800-555-0100", "label": "24/7 counselor line"}],
        "confidentiality": {"employer_told": "never", "licensing_exposure": "none",
                            "creates_treatment_record": True},
    })
    assert (eap.employer_told, eap.licensing_exposure, eap.creates_treatment_record) == (
        "never", "none", True)
    sections = {s.heading: s.text for s in detail_sections(eap)}
    assert sections["Where this comes from"] == (
        "From your organization's directory. No source is given; Confide has not checked "
        "these facts.")
    assert sections["How to reach it"] == "Call. 24/7 counselor line: +1-800-555-0100."
    assert sections["Hours"] == "24/7"
    assert [(a.kind, a.target) for a in actions_for(eap)][:2] == [
        (ActionKind.CALL, "tel:+18005550100"), (ActionKind.WEBSITE, "https://eap.example.org")]


SOURCED = replace(
    LIFELINE,
    claims=(
        Claim(
            "employer_told",
            "never",
            "",
            "https://secondary.example/988",
            date(2026, 11, 22),
            confirmed=False,
            method="not re-checked since it was gathered",
        ),
        Claim(
            "creates_treatment_record",
            "no",
            "Its terms say it is not treatment.",
            "https://988lifeline.org/terms-of-service",
            date(2026, 12, 4),
            confirmed=True,
            method="checked against a stored copy of the page",
        ),
        Claim(
            "records_kept",
            "No phone numbers are stored.",
            "",
            "https://988lifeline.org/privacy-policy",
            date(2026, 12, 4),
            confirmed=True,
        ),
    ),
)


def test_claim_rows_carry_each_claims_source_date_and_status() -> None:
    rows = {r.kind: r for r in claim_rows(SOURCED)}
    assert list(rows) == [
        "employer_told",
        "licensing_exposure",
        "creates_treatment_record",
        "records_kept",
    ]  # no confidentiality_broken claim: nothing to show
    employer = rows["employer_told"]
    assert employer.words == "Your employer is never told."  # the kind's usual words
    assert not employer.confirmed and employer.source_url == "https://secondary.example/988"
    assert employer.checked == date(2026, 11, 22)
    treatment = rows["creates_treatment_record"]
    assert treatment.words == "Its terms say it is not treatment." and treatment.confirmed
    assert rows["records_kept"].words == "No phone numbers are stored."
    # A fact with no source given is a claim nobody confirmed.
    assert rows["licensing_exposure"] == ClaimRow("licensing_exposure", licensing_words("none"))


def test_unsourced_resources_still_say_who_is_told_with_no_source() -> None:
    rows = claim_rows(PHP)
    assert [r.kind for r in rows] == [
        "employer_told",
        "licensing_exposure",
        "creates_treatment_record",
    ]
    assert all(not r.source_url and r.checked is None and not r.confirmed for r in rows)
    assert "physician health program" in rows[1].words  # the PHP caveat
    assert "not known" in rows[2].words


def test_the_license_note_names_who_explains_and_who_can_reach_a_board() -> None:
    shipped = national_resources()
    note = license_note(shipped)
    assert note == LicenseNote(
        ("Physician Support Line", "State physician health programs (FSPHP directory)"),
        ("State physician health programs (FSPHP directory)",),
    )
    assert license_note([LIFELINE, TEXT_LINE]) == LicenseNote((), ())


def test_trainees_have_their_own_words() -> None:
    psl = next(r for r in national_resources() if r.name == "Physician Support Line")
    assert serves_words(psl.serves) == "Physicians, Students, Residents, fellows and interns"


def test_summary_lines_are_short_facts() -> None:
    assert summary_line(LIFELINE) == "Call, text or chat · Free · 24/7 · employer never told"
    assert summary_line(PHP) == "Call or in person · Cost varies"
    assert modality_words(frozenset()) == "Not stated"
    assert summary_line(replace(PHP, modalities=frozenset())) == "Website · Cost varies"
    bare = replace(PHP, modalities=frozenset(), website=None, cost="free")
    assert summary_line(bare) == "Free"


def test_need_choices_follow_the_design_order() -> None:
    choices = need_choices()
    assert [c.need for c in choices] == list(Need)
    assert choices[0].need is Need.CRISIS_NOW and choices[0].label == Need.CRISIS_NOW.label
    assert len(choices) == 7


def test_the_marked_need_words_are_the_needs_own_labels() -> None:
    # referral_directory keeps its labels unmarked; the page shows the marked copy.
    assert dict(NEED_WORDS) == {n: n.label for n in Need}


def test_waiting_words_keep_the_crisis_line_in_reach() -> None:
    assert LOADING_WORDS.startswith("Loading the directory")
    assert "988" in LOADING_WORDS and "988" in UNAVAILABLE_WORDS


def test_results_for_asks_the_directory_for_a_bounded_list() -> None:
    directory = large_directory(RESULTS_LIMIT + 50)
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    searched = results_for(directory, "service", None, NO_FILTERS, now)
    assert len(searched.resources) == RESULTS_LIMIT and searched.total >= RESULTS_LIMIT + 50
    # A chosen need wins over any query (the page clears the query when one is chosen).
    ranked = results_for(directory, "zzzz", Need.LICENSE_WORRY, NO_FILTERS, now, limit=10)
    assert ranked.resources == tuple(directory.for_need(Need.LICENSE_WORRY, limit=10))
    assert ranked.total == len(directory.resources)


def test_a_summary_marks_an_employer_claim_its_service_does_not_confirm() -> None:
    shipped = {r.name: r for r in national_resources()}
    lifeline, psl = shipped["988 Suicide & Crisis Lifeline"], shipped["Physician Support Line"]
    lifeline_claim, psl_claim = lifeline.claim("employer_told"), psl.claim("employer_told")
    assert lifeline_claim is not None and not lifeline_claim.confirmed
    assert summary_line(lifeline).endswith("employer never told (unconfirmed)")
    assert psl_claim is not None and psl_claim.confirmed
    assert summary_line(psl).endswith("employer never told")
