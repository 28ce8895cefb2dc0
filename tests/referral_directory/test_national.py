"""The shipped national directory: the right resources, sourced, dated, plain about exposure."""

from __future__ import annotations

import json
from datetime import date

import resources
from referral_directory.directory import national_resources
from referral_directory.facts import taxonomy, to_resource, to_service
from referral_directory.model import COSTS, EMPLOYER_TOLD, LICENSING_EXPOSURE, MODALITIES, SERVES

EXPECTED = {
    "988 Suicide & Crisis Lifeline",
    "Crisis Text Line",
    "Physician Support Line",
    "NAMI HelpLine",
    "SAMHSA National Helpline",
    "Veterans Crisis Line",
    "Emotional PPE Project",
    "Therapy Aid Coalition",
    "State physician health programs (FSPHP directory)",
    "911 emergency services",
}


def by_name() -> dict[str, object]:
    return {r.name: r for r in national_resources()}


def test_the_ten_resources_are_there() -> None:
    assert {r.name for r in national_resources()} == EXPECTED


def test_every_resource_is_sourced_dated_and_explained() -> None:
    for r in national_resources():
        assert r.source_url.startswith(("https://", "http://")), r.name
        assert "..." not in r.source_url and "proxy" not in r.source_url
        assert r.checked == date(2026, 11, 22), r.name
        assert len(r.what_happens) > 60, r.name
        assert r.cost in COSTS and r.employer_told in EMPLOYER_TOLD
        assert r.licensing_exposure in LICENSING_EXPOSURE
        assert r.modalities <= MODALITIES and r.serves <= SERVES
        assert r.origin == "national"


def test_key_numbers_and_facts() -> None:
    resources_by_name = {r.name: r for r in national_resources()}
    psl = resources_by_name["Physician Support Line"]
    assert psl.phones[0].dialable() == "18884090141"
    assert psl.serves == {"physicians"} and psl.licensing_exposure == "none"
    assert "not nurses" in psl.description
    ctl = resources_by_name["Crisis Text Line"]
    assert ctl.text_instructions == "Text HOME to 741741"
    samhsa = resources_by_name["SAMHSA National Helpline"]
    assert samhsa.phones[0].dialable() == "18006624357"
    assert {p.kind for p in samhsa.phones} == {"voice", "tty", "text"}
    nami = resources_by_name["NAMI HelpLine"]
    assert nami.phones[0].dialable() == "18009506264" and not nami.crisis
    php = resources_by_name["State physician health programs (FSPHP directory)"]
    assert php.licensing_exposure == "possible"
    assert "licensing board" in php.description and "report" in php.what_happens
    for therapy in ("Emotional PPE Project", "Therapy Aid Coalition"):
        assert resources_by_name[therapy].licensing_exposure == "depends_on_state_question"
        assert resources_by_name[therapy].creates_treatment_record is True


def test_unconfirmed_facts_stay_out() -> None:
    text = resources.read_text("directory/national.json").lower()
    for unconfirmed in ("frontline", "info@nami", "helpline@nami"):
        assert unconfirmed not in text


def test_resource_service_round_trip() -> None:
    for r in national_resources():
        assert to_resource(to_service(r)) == r


def test_taxonomy_is_hsds_and_covers_every_fact() -> None:
    document = json.loads(resources.read_text("directory/confide-taxonomy.json"))
    assert document == taxonomy()
    codes = {t["code"] for t in document["taxonomy_terms"]}
    for fact in (
        "employer_told",
        "licensing_exposure",
        "creates_treatment_record",
        "cost",
        "modality",
        "state",
        "serves",
        "what_happens",
        "source_url",
        "checked",
    ):
        assert fact in codes
    assert {
        "licensing_exposure/none",
        "licensing_exposure/depends_on_state_question",
        "licensing_exposure/possible",
        "employer_told/never",
    } <= codes
    assert all({"id", "name", "description"} <= t.keys() for t in document["taxonomy_terms"])


def test_hsds_licence_ships_with_the_schemas() -> None:
    assert "Attribution-ShareAlike 4.0" in resources.read_text("hsds/LICENSE.txt")
    assert "Open Referral" in resources.read_text("hsds/NOTICE.txt")
