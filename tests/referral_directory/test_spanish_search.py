"""Spanish words typed in Find help find what their English words find.

Each resource below carries one English word a health worker might search for; its
Spanish word must find exactly it, with or without accents, while it is still being typed,
and over a directory large enough to be searched the fast way.
"""

from __future__ import annotations

import re

import pytest

from referral_directory.directory import Directory
from referral_directory.index import RANKED_MAX, SearchIndex, match_expression
from referral_directory.model import Resource
from referral_directory.spanish_terms import TERMS, english_for, plain

# (what a Spanish speaker types, the English word a resource uses)
PAIRS = (
    ("ansiedad", "anxiety"), ("depresión", "depression"), ("consejero", "counselor"),
    ("terapeuta", "therapist"), ("drogas", "drugs"), ("licencia", "license"),
    ("enfermera", "nurse"), ("médico", "physician"), ("colega", "colleague"),
    ("suicidio", "suicide"), ("línea", "line"),
)
# Spelled alike in both languages: found with no entry in the list.
ALIKE = ("crisis", "alcohol")


def _resource(word: str) -> Resource:
    return Resource(id=word, name=f"Service {word}", description=f"Support for {word}.",
                    organization="Org", serves=frozenset({"students"}), origin="organization")


RESOURCES = [_resource(english) for _spanish, english in PAIRS] + [
    *(_resource(word) for word in ALIKE),
    Resource(id="es", name="Servicio", description="Terapia en español para enfermeras.",
             organization="Org", serves=frozenset({"students"}), origin="organization"),
    Resource(id="both", name="Pair", description="A counselor who knows nurses.",
             organization="Org", serves=frozenset({"students"}), origin="organization"),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(RESOURCES)


def ids(index: SearchIndex, typed: str) -> set[str]:
    return {r.id for r in index.search(typed)}


@pytest.mark.parametrize(("spanish", "english"), PAIRS)
def test_a_spanish_word_finds_what_the_english_word_finds(
    index: SearchIndex, spanish: str, english: str
) -> None:
    found = ids(index, spanish)
    assert english in found
    assert found - {"es", "both"} == ids(index, english) - {"es", "both"}


@pytest.mark.parametrize("word", ALIKE)
def test_words_spelled_alike_need_no_entry(index: SearchIndex, word: str) -> None:
    # Found as typed; what else it finds comes from `concepts` ("alcohol": drugs too).
    assert word in ids(index, word)


def test_accents_and_capitals_do_not_matter(index: SearchIndex) -> None:
    assert ids(index, "DEPRESION") == ids(index, "depresión") == ids(index, "depression")
    assert "depression" in ids(index, "depresion")
    assert ids(index, "Medico") == ids(index, "médico") == {"physician"}
    assert ids(index, "linea") == {"line"}
    assert plain("Compañeros") == "companeros"


def test_a_word_still_being_typed_finds_its_english_once_it_has_four_letters(
    index: SearchIndex,
) -> None:
    assert ids(index, "ansi") == ids(index, "ansiedad") == ids(index, "anxiety")
    assert "anxiety" in ids(index, "ansi")
    assert ids(index, "enferm") == {"nurse", "es", "both"}  # and the Spanish text itself
    assert ids(index, "ans") == set()  # too short to say which word it starts


def test_the_spanish_word_itself_is_still_searched(index: SearchIndex) -> None:
    assert "es" in ids(index, "terapia")  # a bundle written in Spanish
    assert ids(index, "consejero enfermera") == {"both"}  # every word must match


def test_english_searches_are_unchanged() -> None:
    assert match_expression("nurse line") == '"nurse"* AND "line"*'
    assert english_for("nurse") == english_for("crisis") == ()


def test_the_shipped_directory_answers_in_spanish() -> None:
    directory = Directory.open(None)
    for spanish, english in (("terapeuta", "therapist"), ("consejero", "counselor"),
                             ("suicidio", "suicide"), ("línea", "line")):
        found = [r.id for r in directory.search(spanish)]
        assert found and found == [r.id for r in directory.search(english)], spanish


def test_a_large_directory_is_searched_in_spanish_too() -> None:
    filler = [Resource(id=f"f{i}", name=f"Filler {i}", description="Nothing here.",
                       organization="Org", origin="organization")
              for i in range(RANKED_MAX)]
    big = SearchIndex([*RESOURCES, *filler])
    try:
        found = {r.id for r in big.search("ansiedad", limit=10)}
        assert "anxiety" in found and found == {r.id for r in big.search("anxiety", limit=10)}
        named = {r.id for r in big.search("Service ansiedad", limit=10)}
        assert named == {r.id for r in big.search("Service anxiety", limit=10)}
        assert "anxiety" in named and not any(i.startswith("f") for i in named)
    finally:
        big.close()


def test_every_listed_term_is_plain_and_every_english_side_is_fixed_letters() -> None:
    # A key with an accent would never be looked up; English terms go inside FTS quotes.
    assert all(plain(term) == term and term.isalpha() for term in TERMS)
    assert all(re.fullmatch("[a-z]+", e) for english in TERMS.values() for e in english)
