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
from desktop.records.instrument_reader import InstrumentFileError, Reader

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


def parse_instrument(data: object, file: str) -> Instrument:
    """Validate one instrument's decoded JSON.

    Args:
        data: the decoded JSON.
        file: the file's name, for error messages.

    Raises:
        InstrumentFileError: naming the field at fault.
    """
    r = Reader(file)
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


def _risk_items(r: Reader, data: Mapping[str, Any], count: int) -> tuple[RiskItem, ...]:
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


def _item_flags(r: Reader, data: Mapping[str, Any], count: int) -> tuple[ItemFlag, ...]:
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


def _functional_item(r: Reader, data: Mapping[str, Any]) -> FunctionalItem | None:
    f = r.get(data, "functional_item", dict, "", optional=True)
    if f is None:
        return None
    options = _options(r, f, "functional_item")
    return FunctionalItem(
        r.get(f, "text", str, "functional_item"),
        options,
        r.get(f, "loinc", str, "functional_item", optional=True),
    )


def _options(r: Reader, data: Mapping[str, Any], where: str = "") -> tuple[Option, ...]:
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


def _items(r: Reader, data: Mapping[str, Any]) -> tuple[Item, ...]:
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


def _check_bands(r: Reader, bands: tuple[Band, ...], low: int, high: int) -> None:
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
