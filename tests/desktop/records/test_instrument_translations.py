"""Published Spanish wording: the same instrument, scored the same, only the words differ."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

import resources
from desktop.records.instrument_translations import (
    apply_translation,
    in_language,
    translation_file,
)
from desktop.records.instruments import InstrumentFileError, load_all
from desktop.records.scoring import score

INSTRUMENTS = load_all()
SHIPPED = sorted(f.name.removesuffix(".json")
                 for f in resources.resource("instruments/es").iterdir()
                 if f.name.endswith(".json"))


def test_only_instruments_with_a_checked_published_translation_ship() -> None:
    assert SHIPPED == ["phq2", "phq9"]
    for english_only in ("gad7", "gad2", "who5", "burnout"):
        assert in_language(INSTRUMENTS[english_only], "es") is INSTRUMENTS[english_only]


@pytest.mark.parametrize("name", SHIPPED)
def test_spanish_matches_the_english_in_all_but_words(name: str) -> None:
    english = INSTRUMENTS[name]
    spanish = in_language(english, "es")
    assert len(spanish.items) == len(english.items)
    assert [o.value for o in spanish.options] == [o.value for o in english.options]
    assert [i.loinc for i in spanish.items] == [i.loinc for i in english.items]
    assert (spanish.bands, spanish.method, spanish.loinc) == (
        english.bands, english.method, english.loinc)
    # The risk rules are the same; only their guidance is worded (see the test below).
    assert [(r.item, r.positive_above) for r in spanish.risk_items] == [
        (r.item, r.positive_above) for r in english.risk_items]
    assert all(s.text != e.text for s, e in zip(spanish.items, english.items, strict=True))
    assert spanish.stem.startswith("Durante las últimas 2 semanas")
    for value in (o.value for o in english.options):
        answers = [value] * len(english.items)
        spanish_result, english_result = score(spanish, answers), score(english, answers)
        # The same score, band, risk items and flags; the guidance is only worded.
        assert replace(spanish_result, risk_guidance=()) == replace(english_result,
                                                                    risk_guidance=())
        assert len(spanish_result.risk_guidance) == len(english_result.risk_guidance)
    assert spanish.other_sources[0].url == "https://www.phqscreeners.com/"


def test_a_spanish_name_is_shown_only_where_the_published_form_gives_one() -> None:
    phq9 = in_language(INSTRUMENTS["phq9"], "es")
    assert (phq9.title, phq9.full_name) == (
        "PHQ-9", "Cuestionario sobre la salud del paciente-9 (depresión)")
    # The name is the published form's, as its citation gives it (the gloss is Confide's).
    spanish_form = phq9.other_sources[0].citation  # the Spanish file's source comes first
    assert spanish_form.startswith("Cuestionario sobre la salud del paciente-9 (PHQ-9)")
    # PHQ-2's file names no form of its own: its English name stays, never made up.
    assert in_language(INSTRUMENTS["phq2"], "es").full_name == INSTRUMENTS["phq2"].full_name


def test_phq9_item_9_keeps_its_risk_rule_in_spanish() -> None:
    spanish = in_language(INSTRUMENTS["phq9"], "es")
    assert spanish.items[8].text.startswith("Pensamientos de que estaría mejor muerto(a)")
    result = score(spanish, [0] * 8 + [1])
    assert result.risk_guidance  # item 9 above 0 still routes to help first
    assert spanish.functional_item is not None
    assert [o.value for o in spanish.functional_item.options] == [0, 1, 2, 3]


def test_a_translation_that_does_not_match_entry_for_entry_is_refused() -> None:
    phq9 = INSTRUMENTS["phq9"]
    data = json.loads(translation_file("phq9", "es").read_text(encoding="utf-8"))
    short = {**data, "items": data["items"][:8]}
    with pytest.raises(InstrumentFileError, match="items"):
        apply_translation(phq9, short, "es/phq9.json")
    with pytest.raises(InstrumentFileError, match="id"):
        apply_translation(INSTRUMENTS["gad7"], data, "es/phq9.json")


def test_the_risk_guidance_follows_the_language_step_for_step() -> None:
    english = load_all()["phq9"]
    spanish = in_language(english, "es")
    before, after = english.risk_items[0].guidance, spanish.risk_items[0].guidance
    assert after.heading == "Por favor, hable hoy con alguien"
    assert len(after.next_steps) == len(before.next_steps)
    assert "988" in after.next_steps[0] and "911" in after.next_steps[-1]
    assert spanish.risk_items[0].item == 9 and spanish.risk_items[0].positive_above == 0
