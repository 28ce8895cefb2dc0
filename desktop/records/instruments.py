"""Validated questionnaires shipped as data: one JSON file per instrument in resources/instruments.

Each file carries the exact item wording, the response options, the scoring rule, the bands
with plain-language meaning and next steps, the risk items with the guidance that replaces
the band's words when one is positive, single-item flags (e.g. WHO-5: any item at 0 or 1),
an optional unscored functional item, the published source and the licence text shown in
the app. `load_all` validates every file when the app starts: a broken
file is a packaging bug, so it raises `InstrumentFileError` naming the file and the field
rather than showing a questionnaire that scores wrongly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Final

import resources
from desktop.records.instrument_model import (
    Band,
    FunctionalItem,
    Instrument,
    Item,
    ItemFlag,
    Option,
    ReferenceFigure,
    RiskGuidance,
    RiskItem,
    Source,
)

__all__ = [
    "INSTRUMENTS_DIR",
    "SCORING_METHODS",
    "Band",
    "FunctionalItem",
    "Instrument",
    "InstrumentFileError",
    "Item",
    "ItemFlag",
    "Option",
    "ReferenceFigure",
    "RiskGuidance",
    "RiskItem",
    "Source",
    "load_all",
    "load_file",
    "parse_instrument",
]

INSTRUMENTS_DIR: Final = "instruments"
SCORING_METHODS: Final = frozenset({"sum"})


class InstrumentFileError(ValueError):
    """An instrument file is malformed.

    Attributes:
        file: the file's name (e.g. "phq9.json").
        field: the field at fault, as a path (e.g. "bands[2].min_score"); "" for the whole file.
        problem: what is wrong, in plain words.
    """

    def __init__(self, file: str, field: str, problem: str) -> None:
        super().__init__(file, field, problem)
        self.file = file
        self.field = field
        self.problem = problem

    def __str__(self) -> str:
        where = f"{self.file}, field {self.field!r}" if self.field else self.file
        return f"instrument file {where}: {self.problem}"


class _Reader:
    """Reads fields from one file's JSON, raising InstrumentFileError with the field's path."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, field: str, problem: str) -> InstrumentFileError:
        return InstrumentFileError(self.file, field, problem)

    def get(
        self, obj: Mapping[str, Any], key: str, kind: type, where: str, *, optional: bool = False
    ) -> Any:
        field = f"{where}.{key}" if where else key
        if key not in obj:
            if optional:
                return None
            raise self.fail(field, "is missing")
        value = obj[key]
        # bool is an int in Python; true is never a valid score or number here.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(field, f"must be {_KIND_WORDS[kind]}, not {type(value).__name__}")
        if isinstance(value, str) and not value.strip():
            raise self.fail(field, "must not be empty")
        return value

    def objects(
        self, obj: Mapping[str, Any], key: str, where: str = "", *, optional: bool = False
    ) -> list[tuple[str, Mapping[str, Any]]]:
        values = self.get(obj, key, list, where, optional=optional)
        if values is None:
            return []
        field = f"{where}.{key}" if where else key
        out: list[tuple[str, Mapping[str, Any]]] = []
        for i, value in enumerate(values):
            if not isinstance(value, dict):
                raise self.fail(f"{field}[{i}]", "must be an object")
            out.append((f"{field}[{i}]", value))
        return out

    def strings(self, obj: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        values = self.get(obj, key, list, where)
        field = f"{where}.{key}"
        if not values:
            raise self.fail(field, "must list at least one step")
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                raise self.fail(f"{field}[{i}]", "must be non-empty text")
        return tuple(values)

    def source(self, obj: Mapping[str, Any], where: str) -> Source:
        url = self.get(obj, "url", str, where)
        if not url.startswith("https://"):
            raise self.fail(f"{where}.url", "must be an https address")
        return Source(self.get(obj, "citation", str, where), url)


_KIND_WORDS: Final[dict[type, str]] = {
    str: "text",
    int: "a whole number",
    list: "a list",
    dict: "an object",
    bool: "true or false",
}


def parse_instrument(data: object, file: str) -> Instrument:
    """Validate one instrument's decoded JSON.

    Args:
        data: the decoded JSON.
        file: the file's name, for error messages.

    Raises:
        InstrumentFileError: naming the field at fault.
    """
    r = _Reader(file)
    if not isinstance(data, dict):
        raise r.fail("", "must hold one JSON object")
    instrument_id = r.get(data, "id", str, "")
    stem = file.rsplit("/", 1)[-1].removesuffix(".json")
    if instrument_id != stem:
        raise r.fail("id", f"is {instrument_id!r} but the file is named {stem!r}")

    options = _options(r, data)
    items = _items(r, data)

    scoring = r.get(data, "scoring", dict, "")
    method = r.get(scoring, "method", str, "scoring")
    if method not in SCORING_METHODS:
        raise r.fail("scoring.method", f"{method!r} is not a known rule (known: sum)")
    multiplier = r.get(scoring, "percentage_multiplier", int, "scoring", optional=True)
    if multiplier is not None and multiplier <= 0:
        raise r.fail("scoring.percentage_multiplier", "must be above 0")

    bands = tuple(
        Band(
            r.get(b, "min_score", int, w),
            r.get(b, "max_score", int, w),
            r.get(b, "label", str, w),
            r.get(b, "meaning", str, w),
            r.strings(b, "next_steps", w),
        )
        for w, b in r.objects(data, "bands")
    )
    low = min(o.value for o in options) * len(items)
    high = max(o.value for o in options) * len(items)
    _check_bands(r, bands, low, high)

    risk_items = _risk_items(r, data, len(items))
    item_flags = _item_flags(r, data, len(items))
    functional = _functional_item(r, data)
    higher_is_better = r.get(data, "higher_is_better", bool, "", optional=True) or False

    loinc = r.get(data, "loinc", dict, "", optional=True) or {}
    for key, code in loinc.items():
        if key not in ("panel", "total") or not isinstance(code, str) or not code:
            raise r.fail(f"loinc.{key}", "only 'panel' and 'total' codes, as text")

    figures = tuple(
        ReferenceFigure(r.get(f, "text", str, w), r.get(f, "citation", str, w), r.source(f, w).url)
        for w, f in r.objects(data, "reference_figures", optional=True)
    )
    licence_url = r.get(data, "licence_url", str, "")
    if not licence_url.startswith("https://"):
        raise r.fail("licence_url", "must be an https address")
    return Instrument(
        id=instrument_id,
        version=r.get(data, "version", str, ""),
        title=r.get(data, "title", str, ""),
        full_name=r.get(data, "full_name", str, ""),
        stem=r.get(data, "stem", str, "", optional=True) or "",
        options=options,
        items=items,
        method=method,
        percentage_multiplier=multiplier,
        bands=bands,
        risk_items=risk_items,
        source=r.source(r.get(data, "source", dict, ""), "source"),
        other_sources=tuple(
            r.source(s, w) for w, s in r.objects(data, "other_sources", optional=True)
        ),
        licence=r.get(data, "licence", str, ""),
        licence_url=licence_url,
        loinc=dict(loinc),
        reference_figures=figures,
        item_flags=item_flags,
        functional_item=functional,
        higher_is_better=higher_is_better,
    )


def _risk_items(r: _Reader, data: Mapping[str, Any], count: int) -> tuple[RiskItem, ...]:
    """Risk items, each with its guidance: a risk item without words for it is refused."""
    risk_items: list[RiskItem] = []
    for w, k in r.objects(data, "risk_items"):
        number = r.get(k, "item", int, w)
        if not 1 <= number <= count:
            raise r.fail(f"{w}.item", f"there is no item {number}")
        g = r.get(k, "guidance", dict, w)
        where = f"{w}.guidance"
        guidance = RiskGuidance(
            r.get(g, "heading", str, where),
            r.get(g, "meaning", str, where),
            r.strings(g, "next_steps", where),
            r.get(g, "score_note", str, where),
        )
        risk_items.append(RiskItem(number, r.get(k, "positive_above", int, w), guidance))
    return tuple(risk_items)


def _item_flags(r: _Reader, data: Mapping[str, Any], count: int) -> tuple[ItemFlag, ...]:
    """Single-item rules; `items` defaults to every item ("any item ...")."""
    flags: list[ItemFlag] = []
    for w, f in r.objects(data, "item_flags", optional=True):
        numbers = r.get(f, "items", list, w, optional=True)
        if numbers is None:
            numbers = list(range(1, count + 1))
        for i, number in enumerate(numbers):
            if not isinstance(number, int) or isinstance(number, bool):
                raise r.fail(f"{w}.items[{i}]", "must be an item number")
            if not 1 <= number <= count:
                raise r.fail(f"{w}.items[{i}]", f"there is no item {number}")
        if not numbers:
            raise r.fail(f"{w}.items", "must name at least one item")
        flags.append(
            ItemFlag(r.get(f, "at_or_below", int, w), tuple(numbers), r.get(f, "message", str, w))
        )
    return tuple(flags)


def _functional_item(r: _Reader, data: Mapping[str, Any]) -> FunctionalItem | None:
    f = r.get(data, "functional_item", dict, "", optional=True)
    if f is None:
        return None
    options = _options(r, f, "functional_item")
    return FunctionalItem(
        r.get(f, "text", str, "functional_item"),
        options,
        r.get(f, "loinc", str, "functional_item", optional=True),
    )


def _options(r: _Reader, data: Mapping[str, Any], where: str = "") -> tuple[Option, ...]:
    options = tuple(
        Option(r.get(o, "value", int, w), r.get(o, "label", str, w))
        for w, o in r.objects(data, "options", where)
    )
    field = f"{where}.options" if where else "options"
    if len(options) < 2:
        raise r.fail(field, "must offer at least two answers")
    if len({o.value for o in options}) != len(options):
        raise r.fail(field, "two options have the same value")
    return options


def _items(r: _Reader, data: Mapping[str, Any]) -> tuple[Item, ...]:
    items = tuple(
        Item(
            r.get(i, "number", int, w),
            r.get(i, "text", str, w),
            r.get(i, "loinc", str, w, optional=True),
        )
        for w, i in r.objects(data, "items")
    )
    if not items:
        raise r.fail("items", "must hold at least one item")
    if [i.number for i in items] != list(range(1, len(items) + 1)):
        raise r.fail("items", "must be numbered 1, 2, 3 ... in order")
    return items


def _check_bands(r: _Reader, bands: tuple[Band, ...], low: int, high: int) -> None:
    """Bands must run from the lowest to the highest possible score with no gap or overlap."""
    if not bands:
        raise r.fail("bands", "must hold at least one band")
    expected = low
    for i, band in enumerate(bands):
        if band.min_score > band.max_score:
            raise r.fail(
                f"bands[{i}]", f"min_score {band.min_score} is above max_score {band.max_score}"
            )
        if band.min_score > expected:
            raise r.fail(
                f"bands[{i}].min_score",
                f"leaves a gap: no band holds scores {expected} to {band.min_score - 1}",
            )
        if band.min_score < expected:
            raise r.fail(
                f"bands[{i}].min_score",
                f"overlaps: {band.min_score} is already covered (expected {expected})",
            )
        expected = band.max_score + 1
    if expected - 1 != high:
        raise r.fail(
            f"bands[{len(bands) - 1}].max_score", f"must end at the highest possible score, {high}"
        )


def load_file(path: Traversable | Path) -> Instrument:
    """Read and validate one instrument file.

    Raises:
        InstrumentFileError: the file cannot be read, is not JSON, or breaks a rule.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InstrumentFileError(path.name, "", f"cannot be read ({type(exc).__name__})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InstrumentFileError(
            path.name, "", f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    return parse_instrument(data, path.name)


def load_all(directory: Traversable | Path | None = None) -> dict[str, Instrument]:
    """Every instrument file, validated, by id (in file-name order).

    Args:
        directory: where the files are; the shipped resources/instruments by default.

    Raises:
        InstrumentFileError: the first broken file, naming it and its field.
    """
    folder = directory if directory is not None else resources.resource(INSTRUMENTS_DIR)
    files: Iterable[Traversable | Path] = sorted(
        (f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name
    )
    instruments: dict[str, Instrument] = {}
    for file in files:
        instrument = load_file(file)
        instruments[instrument.id] = instrument
    if not instruments:
        raise InstrumentFileError(INSTRUMENTS_DIR, "", "no instrument files were found")
    return instruments


# -- published translations -------------------------------------------------------------
# A translation holds only the instrument's wording, from its publisher's translated form:
# stem, option labels, item texts, the functional item. Values, scoring, bands, risk items
# and codes always come from the English file, so a translated instrument scores the same.
# An instrument without a checked published translation stays in English (never
# machine-translated). Confide's own words around it (bands' meaning, next steps) are
# translated with the interface, not here.


def translation_file(instrument_id: str, language: str) -> Traversable:
    """Where `instrument_id`'s published `language` wording is kept (it may not exist)."""
    return resources.resource(f"{INSTRUMENTS_DIR}/{language}/{instrument_id}.json")


def _texts(r: _Reader, data: Mapping[str, Any], key: str, where: str, count: int) -> list[str]:
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
    r = _Reader(file)
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
    r: _Reader, data: object, english: RiskGuidance, where: str
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
