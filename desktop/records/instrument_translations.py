"""Published translations of an instrument's wording (stem, options, items, functional item).

A translation holds only the instrument's wording, from its publisher's translated form:
stem, option labels, item texts, the functional item. Values, scoring, bands, risk items
and codes always come from the English file, so a translated instrument scores the same.
An instrument without a checked published translation stays in English (never
machine-translated). Confide's own words around it (bands' meaning, next steps) are
translated with the interface, not here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from importlib.resources.abc import Traversable
from typing import Any

import resources
from desktop.records.instrument_model import Instrument, RiskGuidance
from desktop.records.instrument_reader import InstrumentFileError, Reader
from desktop.records.instruments import INSTRUMENTS_DIR


def translation_file(instrument_id: str, language: str) -> Traversable:
    """Where `instrument_id`'s published `language` wording is kept (it may not exist)."""
    return resources.resource(f"{INSTRUMENTS_DIR}/{language}/{instrument_id}.json")


def _texts(r: Reader, data: Mapping[str, Any], key: str, where: str, count: int) -> list[str]:
    values = r.get(data, key, list, where)
    field = f"{where}.{key}" if where else key
    if len(values) != count or not all(isinstance(v, str) and v.strip() for v in values):
        raise r.fail(field, f"must hold {count} non-empty texts, one per English entry")
    return list(values)


def apply_translation(instrument: Instrument, data: object, file: str) -> Instrument:
    """`instrument` with the translated wording in `data` (validated against it).

    Raises:
        InstrumentFileError: the translation is for another instrument or does not match
            the English entry for entry.
    """
    r = Reader(file)
    if not isinstance(data, dict) or data.get("id") != instrument.id:
        raise r.fail("id", f"must be {instrument.id!r}")
    labels = _texts(r, data, "options", "", len(instrument.options))
    texts = _texts(r, data, "items", "", len(instrument.items))
    functional = instrument.functional_item
    if functional is not None:
        f = r.get(data, "functional_item", dict, "")
        f_labels = _texts(r, f, "options", "functional_item", len(functional.options))
        functional = replace(
            functional,
            text=r.get(f, "text", str, "functional_item"),
            options=tuple(replace(o, label=t) for o, t in zip(functional.options, f_labels,
                                                              strict=True)),
        )
    risk_items = instrument.risk_items
    if "risk_guidance" in data:  # Confide's own words after a risk answer, translated
        guidance = r.get(data, "risk_guidance", list, "")
        if len(guidance) != len(risk_items):
            raise r.fail("risk_guidance", f"must have {len(risk_items)} entries")
        risk_items = tuple(
            replace(item, guidance=_translated_guidance(r, g, item.guidance, f"risk_guidance[{i}]"))
            for i, (item, g) in enumerate(zip(risk_items, guidance, strict=True))
        )
    # The published Spanish form's own name where the file gives it (PHQ-9's form heading);
    # otherwise the English name stays, since a name is never made up for a translation.
    full_name = r.get(data, "full_name", str, "", optional=True) or instrument.full_name
    return replace(
        instrument,
        full_name=full_name,
        risk_items=risk_items,
        stem=r.get(data, "stem", str, "", optional=not instrument.stem) or "",
        options=tuple(replace(o, label=t) for o, t in zip(instrument.options, labels,
                                                          strict=True)),
        items=tuple(replace(i, text=t) for i, t in zip(instrument.items, texts, strict=True)),
        functional_item=functional,
        other_sources=(r.source(r.get(data, "source", dict, ""), "source"),
                       *instrument.other_sources),
    )


def _translated_guidance(
    r: Reader, data: object, english: RiskGuidance, where: str
) -> RiskGuidance:
    """The risk guidance in another language, step for step with the English."""
    if not isinstance(data, dict):
        raise r.fail(where, "must be an object")
    steps = _texts(r, data, "next_steps", where, len(english.next_steps))
    return RiskGuidance(
        heading=r.get(data, "heading", str, where),
        meaning=r.get(data, "meaning", str, where),
        next_steps=tuple(steps),
        score_note=r.get(data, "score_note", str, where),
    )


def in_language(instrument: Instrument, language: str) -> Instrument:
    """`instrument` worded in `language` when a published translation ships, else as is.

    Raises:
        InstrumentFileError: a shipped translation is broken (a packaging bug).
    """
    if language == "en":
        return instrument
    file = translation_file(instrument.id, language)
    if not file.is_file():
        return instrument
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InstrumentFileError(f"{language}/{file.name}", "",
                                  f"cannot be read ({type(exc).__name__})") from exc
    return apply_translation(instrument, data, f"{language}/{file.name}")
