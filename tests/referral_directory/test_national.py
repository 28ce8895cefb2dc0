"""The shipped national directory: the right resources, sourced, dated, plain about exposure."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from urllib.parse import urlsplit

import resources
from referral_directory.directory import national_resources
from referral_directory.errors import HsdsError
from referral_directory.facts import taxonomy, to_resource
from referral_directory.model import (
    CLAIM_KINDS,
    COSTS,
    EMPLOYER_TOLD,
    LICENSING_EXPOSURE,
    MODALITIES,
    SERVES,
    Resource,
)
from referral_directory.service_record import to_service

# The day the shipped facts were first gathered, and the day claims were re-checked
# against stored copies of the services' own pages.
GATHERED, RECHECKED = date(2026, 11, 22), date(2026, 12, 4)
CORE_CLAIMS = ("employer_told", "licensing_exposure", "creates_treatment_record")

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
        assert r.checked in (GATHERED, RECHECKED), r.name
        assert len(r.what_happens) > 60, r.name
        assert r.cost in COSTS and r.employer_told in EMPLOYER_TOLD
        assert r.licensing_exposure in LICENSING_EXPOSURE
        assert r.modalities <= MODALITIES and r.serves <= SERVES
        assert r.origin == "national"


def test_key_numbers_and_facts() -> None:
    resources_by_name = {r.name: r for r in national_resources()}
    psl = resources_by_name["Physician Support Line"]
    assert psl.phones[0].dialable() == "18884090141"
    assert psl.serves == {"physicians", "students", "trainees"}
    assert psl.licensing_exposure == "none"
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
        "records_kept",
        "confidentiality_broken",
        "claim_statement",
        "claim_source",
        "claim_checked",
        "claim_status",
        "claim_check_method",
    ):
        assert fact in codes
    assert {"claim_status/confirmed", "claim_status/unconfirmed"} <= codes
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


def _domain(url: str) -> str:
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return ".".join(host.split(".")[-2:])


def _primary(resource: Resource, url: str) -> bool:
    """The service's own domain, or a government site (statutes and agencies)."""
    host = urlsplit(url).hostname or ""
    own = {_domain(u) for u in (resource.website, resource.chat_url) if u}
    return _domain(url) in own or host.endswith((".gov", ".mil"))


def test_every_confidentiality_claim_is_sourced_dated_and_honest() -> None:
    for r in national_resources():
        kinds = [c.kind for c in r.claims]
        assert set(CORE_CLAIMS) <= set(kinds), r.name
        assert kinds == sorted(kinds, key=CLAIM_KINDS.index), r.name  # one of each, in order
        assert len(set(kinds)) == len(kinds), r.name
        for claim in r.claims:
            where = f"{r.name}: {claim.kind}"
            assert urlsplit(claim.source_url).scheme in ("https", "http"), where
            assert urlsplit(claim.source_url).netloc, where
            assert "..." not in claim.source_url and "proxy" not in claim.source_url, where
            assert claim.checked in (GATHERED, RECHECKED), where
            assert claim.method, where  # says how it was checked
            assert claim.statement or claim.value, where
            if not _primary(r, claim.source_url):
                assert not claim.confirmed, where  # a secondary page confirms nothing
            if claim.checked == RECHECKED:
                assert claim.method.startswith("checked against a stored copy"), where
        # The coded claims say what the resource's facts say.
        assert r.claim("employer_told").value == r.employer_told  # type: ignore[union-attr]  # asserted above
        assert r.claim("licensing_exposure").value == r.licensing_exposure  # type: ignore[union-attr]  # asserted above


def test_claims_only_secondary_pages_support_are_unconfirmed() -> None:
    found = {r.name: r for r in national_resources()}
    lifeline = found["988 Suicide & Crisis Lifeline"]
    for kind in ("employer_told", "licensing_exposure"):
        claim = lifeline.claim(kind)
        assert claim is not None and not claim.confirmed and "webmd.com" in claim.source_url
    treatment = lifeline.claim("creates_treatment_record")
    assert treatment is not None and treatment.confirmed
    assert treatment.source_url == "https://988lifeline.org/terms-of-service"
    assert "webmd" not in lifeline.source_url  # the crisis panel cites the service's own page
    for claim in found["Therapy Aid Coalition"].claims:  # a blog post, not its terms or FAQ
        assert not claim.confirmed
    text_line = found["Crisis Text Line"]
    assert not text_line.claim("licensing_exposure").confirmed  # type: ignore[union-attr]  # present
    assert "sfisd" not in text_line.source_url


def test_the_physician_support_line_cites_its_own_faq_for_every_claim() -> None:
    psl = next(r for r in national_resources() if r.name == "Physician Support Line")
    assert {c.kind for c in psl.claims} == set(CLAIM_KINDS)
    for claim in psl.claims:
        assert claim.confirmed and claim.source_url == "https://physiciansupportline.com/faq"
        assert claim.checked == RECHECKED
    assert "medical board" in psl.claim("licensing_exposure").statement  # type: ignore[union-attr]  # present


def test_the_physician_support_line_serves_students_and_trainees() -> None:
    psl = next(r for r in national_resources() if r.name == "Physician Support Line")
    assert {"students", "trainees"} <= psl.serves
    for words in ("medical students", "residents", "fellows"):
        assert words in psl.description
    codes = {t["code"] for t in taxonomy()["taxonomy_terms"]}
    assert {"serves/students", "serves/trainees"} <= codes


def test_claims_survive_the_hsds_round_trip_and_need_a_source_and_date() -> None:
    for r in national_resources():
        assert to_resource(to_service(r)).claims == r.claims
    psl = next(r for r in national_resources() if r.name == "Physician Support Line")
    service = to_service(psl)
    claim_ids = {a["id"] for a in service["attributes"] if a["link_entity"] == "service"}
    evidence = [a for a in service["attributes"] if a["link_entity"] == "attribute"]
    assert evidence and all(a["link_id"] in claim_ids for a in evidence)
    # A source without a date is refused, naming the field.
    dated = [a for a in evidence if a["taxonomy_term"]["code"] == "claim_checked"]
    service["attributes"] = [a for a in service["attributes"] if a is not dated[0]]
    try:
        to_resource(service)
    except HsdsError as error:
        assert "claim_source" in str(error)
    else:
        raise AssertionError("a claim without a date was accepted")
    # Without its evidence a fact is no claim: plain HSDS data stays readable.
    bare = replace(psl, claims=())
    assert to_resource(to_service(bare)).claims == ()
