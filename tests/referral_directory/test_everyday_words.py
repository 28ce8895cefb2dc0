"""The words a person in distress types find the shipped services that help with them.

The shipped directory describes its services in its own words ("mental health and
substance use", "a trained counselor", "peer support"); a person types "anxiety",
"alcohol", "colleague", "quiero morir". Each query below must find, in the shipped data
(`Directory.open(None)`), the services named, in English and Spanish, with and without
accents, and while the last word is still being typed. A risk word puts the crisis lines
first, 988 at the top, whatever else was typed and whatever the filters.
"""

from __future__ import annotations

import re

import pytest

from desktop.directory.eap import EAP_ID, eap_resource
from desktop.directory.opening import bundle_settings
from referral_directory import cache
from referral_directory.concepts import CONCEPTS
from referral_directory.directory import Directory, national_resources
from referral_directory.index import RANKED_MAX, SearchIndex, match_expression
from referral_directory.model import NO_FILTERS, Filters, Need, Resource
from referral_directory.query import read
from referral_directory.ranking import ID_911, ID_988, ID_CRISIS_TEXT_LINE
from referral_directory.spanish_terms import plain
from referral_directory.tagging import Tagger, tag

CRISIS_TEXT_LINE = "Crisis Text Line"
L988 = "988 Suicide & Crisis Lifeline"
PSL = "Physician Support Line"
NAMI = "NAMI HelpLine"
SAMHSA = "SAMHSA National Helpline"
PPE = "Emotional PPE Project"
THERAPY_AID = "Therapy Aid Coalition"
PHP = "State physician health programs (FSPHP directory)"
VETERANS = "Veterans Crisis Line"

TALKING = {L988, NAMI, SAMHSA, PPE, THERAPY_AID}  # what a feeling word must reach
SUBSTANCE = {SAMHSA, PHP}

# (typed, services that must be among the results)
FINDS = [
    # feelings
    ("anxiety", TALKING), ("ansiedad", TALKING), ("depression", TALKING),
    ("depresión", TALKING), ("depresion", TALKING), ("burnout", TALKING),
    ("burned out", TALKING), ("agotamiento", TALKING), ("stress", TALKING),
    ("estrés", TALKING), ("estres", TALKING), ("grief", TALKING), ("duelo", TALKING),
    ("trauma", TALKING), ("PTSD", TALKING), ("sleep", TALKING), ("insomnia", TALKING),
    ("sueño", TALKING), ("panic attacks", TALKING), ("moral injury", TALKING),
    ("lonely", TALKING), ("overwhelmed", TALKING), ("harassment", TALKING),
    ("acoso", TALKING), ("I have anxiety", TALKING), ("tengo ansiedad", TALKING),
    ("mental health", TALKING), ("salud mental", TALKING),
    # who helps
    ("therapist", {THERAPY_AID, PPE}), ("terapeuta", {THERAPY_AID, PPE}),
    ("counselor", {THERAPY_AID, PPE, L988}), ("counseling", {THERAPY_AID, PPE}),
    ("consejería", {THERAPY_AID, PPE}), ("psychiatrist", {PSL}), ("psiquiatra", {PSL}),
    ("someone to talk to", {L988, PSL, NAMI}), ("hablar con alguien", {L988, PSL, NAMI}),
    # alcohol and drugs
    ("alcohol", SUBSTANCE), ("drugs", SUBSTANCE), ("drogas", SUBSTANCE),
    ("addiction", SUBSTANCE), ("adicción", SUBSTANCE), ("adiccion", SUBSTANCE),
    ("substance use", SUBSTANCE), ("drinking", SUBSTANCE), ("opioids", SUBSTANCE),
    ("help with alcohol", SUBSTANCE), ("ayuda con el alcohol", SUBSTANCE),
    # a colleague
    ("colleague", {NAMI, L988}), ("colega", {NAMI, L988}), ("coworker", {NAMI, L988}),
    ("compañero", {NAMI, L988}), ("worried about a colleague", {NAMI, L988}),
    ("peer support", {NAMI}), ("apoyo entre pares", {NAMI}),
    # licensing and confidentiality
    ("license", {PSL, PHP, L988}), ("licencia", {PSL, PHP, L988}),
    ("medical board", {PSL, PHP}), ("confidential", {PSL, L988, SAMHSA}),
    ("confidencial", {PSL, L988, SAMHSA}), ("anonymous", {PSL, L988}),
    ("anónimo", {PSL, L988}),
    # still being typed
    ("anxie", TALKING), ("depres", TALKING), ("alcoh", SUBSTANCE), ("collea", {NAMI}),
]

RISK = [
    "suicide", "suicidal", "suicidio", "suicida", "kill myself", "I want to kill myself",
    "want to die", "I want to die", "end my life", "self-harm", "self harm",
    "hurt myself", "crisis", "overdose", "hopeless", "quiero morir", "quiero morirme",
    "suicidarme", "matarme", "quitarme la vida", "hacerme daño", "hacerme dano",
    "autolesión", "autolesion", "lastimarme", "no quiero vivir", "emergencia",
]


@pytest.fixture(scope="module")
def directory() -> Directory:
    return Directory.open(None)


def names(directory: Directory, typed: str, filters: Filters = NO_FILTERS) -> list[str]:
    return [r.name for r in directory.search(typed, filters)]


@pytest.mark.parametrize(("typed", "expected"), FINDS)
def test_everyday_words_find_the_services_that_help(
    directory: Directory, typed: str, expected: set[str]
) -> None:
    found = set(names(directory, typed))
    assert expected <= found, f"{typed!r} misses {sorted(expected - found)}"


@pytest.mark.parametrize("typed", RISK)
def test_a_risk_word_puts_the_crisis_lines_first_988_at_the_top(
    directory: Directory, typed: str
) -> None:
    found = [r.id for r in directory.search(typed)]
    assert found[:3] == [ID_988, ID_CRISIS_TEXT_LINE, ID_911], typed
    crisis = [r.crisis for r in directory.search(typed)]
    assert crisis == sorted(crisis, reverse=True)  # every crisis line before the rest


def test_a_risk_word_shows_988_whatever_else_is_typed_or_filtered(directory: Directory) -> None:
    assert names(directory, "suicidal zzzz")[0] == L988
    in_person = Filters(modalities=frozenset({"in_person"}))
    assert names(directory, "suicidal", in_person) == [L988]  # filtered away, but not 988
    assert names(directory, "kill myself", Filters(state="CA", serves="nurses"))[0] == L988
    counted = directory.find("suicidal zzzz", in_person, limit=5)
    assert [r.name for r in counted.resources] == [L988] and counted.total == 1


def test_a_risk_word_counts_what_it_shows(directory: Directory) -> None:
    every = directory.search("suicidal")
    first = directory.find("suicidal", limit=2)
    assert [r.id for r in first.resources] == [r.id for r in every[:2]]
    assert first.total == len(every)


def test_other_words_keep_their_order(directory: Directory) -> None:
    assert names(directory, "physician support")[0] == PSL
    assert names(directory, "samhsa") == [SAMHSA]
    assert VETERANS in names(directory, "veteran")
    assert directory.search("zzzz") == []


def test_a_large_directory_answers_the_same_words() -> None:
    """Over RANKED_MAX resources the index keeps no positions and ranks no relevance."""
    national = list(Directory.open(None).resources)
    filler = [Resource(id=f"f{i}", name=f"Filler {i}", description="Nothing here.",
                       organization="Org", origin="organization")
              for i in range(RANKED_MAX)]
    big = SearchIndex([*national, *filler])
    try:
        assert [r.id for r in big.search("quiero morir", limit=3)] == [
            ID_988, ID_CRISIS_TEXT_LINE, ID_911]
        assert {r.name for r in big.search("alcohol")} >= SUBSTANCE
        assert {r.name for r in big.search("ansiedad")} >= TALKING
        assert big.search("colleague")[0].id == ID_988
        in_person = Filters(modalities=frozenset({"in_person"}))
        assert [r.id for r in big.search("suicidal", in_person)] == [ID_988]
    finally:
        big.close()


def test_a_sentence_finds_what_its_meaningful_words_find() -> None:
    assert match_expression("I have anxiety") == match_expression("anxiety")
    assert match_expression("ayuda con el alcohol") == match_expression("alcohol")
    assert match_expression("the") == '"the"*'  # only small words: searched as typed
    typed = read("I want to die")
    assert typed.risk and typed.leads_with_988
    assert not read("anxiety").risk and read("colleague").leads_with_988


def test_the_concept_table_is_plain_and_each_concept_reaches_a_shipped_service() -> None:
    keys = [c.key for c in CONCEPTS]
    assert len(set(keys)) == len(keys) and all(re.fullmatch("[a-z]+", k) for k in keys)
    for concept in CONCEPTS:
        for word in (*concept.words, *concept.finds):
            assert word == plain(word) and word == " ".join(re.findall(r"\w+", word)), word
        assert concept.source
    tagger = Tagger()
    # An EAP is the employer's: none is shipped, the organization's policy gives it.
    shipped = [*Directory.open(None).resources, eap_resource(POLICY_EAP)]
    for concept in CONCEPTS:
        tagged = [r.name for r in shipped
                  if tag(concept) in tagger.tags(f"{r.name} {r.organization} {r.description}")]
        assert tagged, concept.name


def test_a_service_is_tagged_by_its_own_words() -> None:
    tagger = Tagger()
    assert tag(next(c for c in CONCEPTS if c.key == "substance")) in tagger.tags(
        "Help with substance use.")
    feelings = tag(next(c for c in CONCEPTS if c.key == "feelings"))
    assert feelings in tagger.tags("Free mental health support.")
    assert feelings not in tagger.tags("Free support.", "all health workers mental")  # no phrase
    assert tagger.tags("Parking and directions.") == []


def test_a_changed_concept_table_rebuilds_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    before = cache.shipped_digest()
    monkeypatch.setattr(cache, "CONCEPTS", CONCEPTS[:-1])
    assert cache.shipped_digest() != before


# -- the organization's Employee Assistance Program ------------------------------------------

# As policy gives it (the schema's shape). Its name says neither "EAP" nor "employee
# assistance": what finds it is what the directory says of every EAP policy gives.
POLICY_EAP = {
    "name": "Acme Staff Counseling",
    "phones": [{"number": "+1-800-555-0100", "label": "24/7 counselor line"}],
    "hours": "24/7",
    "confidentiality": {
        "employer_told": "never", "licensing_exposure": "none",
        "creates_treatment_record": False,
    },
}
EAP_WORDS = [
    "EAP", "eap", "EAPs", "my EAP", "employee assistance", "Employee Assistance Program",
    "employee assist", "programa de asistencia al empleado", "asistencia al empleado", "PAE",
]


@pytest.fixture(scope="module")
def with_eap() -> Directory:
    """The shipped data and the EAP policy names, as `open_directory` opens them."""
    return Directory.open(None, entries=bundle_settings(None, eap=POLICY_EAP).entries)


@pytest.mark.parametrize("typed", EAP_WORDS)
def test_eap_finds_the_organizations_eap_first(with_eap: Directory, typed: str) -> None:
    found = with_eap.search(typed)
    assert found[0].id == EAP_ID and found[0].name == "Acme Staff Counseling", typed


def test_eap_also_lists_counseling_beside_it_and_the_eap_is_a_counselor(
    directory: Directory, with_eap: Directory
) -> None:
    # Without an EAP in the directory, "EAP" still lists counseling (an EAP's help).
    assert {THERAPY_AID, PPE} <= set(names(directory, "EAP"))
    assert {THERAPY_AID, PPE} <= set(names(with_eap, "EAP"))
    assert "Acme Staff Counseling" in names(with_eap, "therapist")
    assert "Acme Staff Counseling" in [r.name for r in with_eap.for_need(Need.COUNSELOR)]
    assert "Acme Staff Counseling" not in names(with_eap, "alcohol")  # only what it is


def test_a_bundles_own_eap_is_found_by_eap_too() -> None:
    bundled = Resource(id="staff-eap", name="Staff Employee Assistance Program",
                       description="Confidential counseling for staff.",
                       organization="Example Health", origin="organization")
    directory = Directory(national_resources(), [bundled])
    try:
        assert directory.search("EAP")[0].id == "staff-eap"
        assert directory.search("employee assistance")[0].id == "staff-eap"
    finally:
        directory.index.close()


def test_a_large_directory_finds_the_eap_too() -> None:
    eap = eap_resource(POLICY_EAP)
    filler = [Resource(id=f"f{i}", name=f"Filler {i}", description="Nothing here.",
                       organization="Org", origin="organization")
              for i in range(RANKED_MAX)]
    big = SearchIndex([*national_resources(), eap, *filler])
    try:
        assert EAP_ID in [r.id for r in big.search("EAP", limit=5)]
        assert big.search("employee assistance program", limit=5)[0].id == EAP_ID
    finally:
        big.close()
