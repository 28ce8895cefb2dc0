"""Every shipped instrument validates with its source and licence; broken files are refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import resources
from desktop.checkins.instruments import InstrumentFileError, load_all, load_file

SHIPPED = {"phq9", "phq2", "gad7", "gad2", "who5", "burnout"}
PFIZER_PERMISSION = "No permission required to reproduce, translate, display or distribute."
PHQ_STEM = (
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
)


def test_every_shipped_file_validates_with_source_and_licence() -> None:
    instruments = load_all()
    assert set(instruments) == SHIPPED
    for instrument in instruments.values():
        assert instrument.source.citation.strip() and instrument.source.url.startswith("https://")
        assert instrument.licence.strip() and instrument.licence_url.startswith("https://")
        assert instrument.bands[0].min_score == instrument.min_score
        assert instrument.bands[-1].max_score == instrument.max_score
        for band in instrument.bands:
            assert band.meaning.strip() and band.next_steps


def test_no_proprietary_or_unreviewed_instrument_is_shipped() -> None:
    names = {f.name.lower() for f in resources.resource("instruments").iterdir()}
    for word in ("maslach", "mbi", "mayo", "mini", "proqol", "cbi", "copenhagen"):
        assert not any(word in name for name in names), word


def test_phq_and_gad_carry_the_standard_stem_options_and_pfizer_statement() -> None:
    instruments = load_all()
    for key in ("phq9", "phq2", "gad7", "gad2"):
        instrument = instruments[key]
        assert instrument.stem == PHQ_STEM
        assert [(o.value, o.label) for o in instrument.options] == [
            (0, "Not at all"),
            (1, "Several days"),
            (2, "More than half the days"),
            (3, "Nearly every day"),
        ]
        assert PFIZER_PERMISSION in instrument.licence
    assert len(instruments["phq9"].items) == 9 and len(instruments["gad7"].items) == 7
    assert instruments["phq2"].items == instruments["phq9"].items[:2]
    assert instruments["gad2"].items == instruments["gad7"].items[:2]


def test_phq9_item9_is_the_risk_item_and_any_answer_above_zero_counts() -> None:
    phq9 = load_all()["phq9"]
    assert [(r.item, r.positive_above) for r in phq9.risk_items] == [(9, 0)]
    assert phq9.items[8].text.startswith("Thoughts that you would be better off dead")
    assert all(not i.risk_items for k, i in load_all().items() if k != "phq9")


def test_confirmed_loinc_codes() -> None:
    instruments = load_all()
    assert instruments["phq9"].loinc == {"panel": "44249-1", "total": "44261-6"}
    assert instruments["gad7"].loinc == {"panel": "69737-5", "total": "70274-6"}
    assert instruments["phq9"].items[8].loinc == "44260-8"
    assert "loinc" not in json.loads(resources.read_text("instruments/who5.json"))


def test_who5_has_its_percentage_and_burnout_its_cited_figures() -> None:
    instruments = load_all()
    assert instruments["who5"].percentage_multiplier == 4
    assert instruments["who5"].max_score == 25
    assert instruments["phq9"].percentage_multiplier is None
    assert all(
        f.citation and f.url.startswith("https://")
        for f in instruments["burnout"].reference_figures
    )
    assert not instruments["phq9"].reference_figures  # no cited figure: nothing is said


# -- broken files --------------------------------------------------------------------------


def _shipped(name: str = "phq9") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.read_text(f"instruments/{name}.json"))
    return data


def _write(folder: Path, data: object, name: str = "phq9.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda d: d.pop(key)


def _set(path: tuple[Any, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        target: Any = d
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (_drop("licence"), "licence", "missing"),
        (_drop("source"), "source", "missing"),
        (_set(("source", "url"), "http://example.org"), "source.url", "https"),
        (_set(("version",), 1), "version", "text"),
        (_set(("options", 1, "value"), "1"), "options[1].value", "whole number"),
        (_set(("options", 1, "value"), True), "options[1].value", "whole number"),
        (_set(("bands", 1, "min_score"), 6), "bands[1].min_score", "gap"),
        (_set(("bands", 1, "min_score"), 4), "bands[1].min_score", "overlap"),
        (_set(("bands", 4, "max_score"), 26), "bands[4].max_score", "27"),
        (_set(("bands", 2, "next_steps"), []), "bands[2].next_steps", "at least one"),
        (_set(("bands", 0, "meaning"), "  "), "bands[0].meaning", "empty"),
        (_set(("risk_items", 0, "item"), 10), "risk_items[0].item", "no item 10"),
        (_set(("scoring", "method"), "mean"), "scoring.method", "known"),
        (_set(("items", 2, "number"), 7), "items", "numbered"),
        (_set(("id",), "phq8"), "id", "file is named"),
    ],
)
def test_a_broken_file_is_refused_naming_file_and_field(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], field: str, words: str
) -> None:
    data = _shipped()
    change(data)
    _write(tmp_path, data)
    with pytest.raises(InstrumentFileError) as caught:
        load_all(tmp_path)
    assert caught.value.file == "phq9.json"
    assert caught.value.field == field
    assert words in caught.value.problem
    assert "phq9.json" in str(caught.value) and field in str(caught.value)


def test_bad_json_is_refused_with_its_position(tmp_path: Path) -> None:
    (tmp_path / "gad7.json").write_text('{"id": "gad7",\n  "version": }', encoding="utf-8")
    with pytest.raises(InstrumentFileError) as caught:
        load_all(tmp_path)
    assert caught.value.file == "gad7.json" and "not valid JSON" in caught.value.problem
    assert "line 2" in caught.value.problem


def test_a_file_that_is_not_an_object_or_an_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InstrumentFileError, match="no instrument files"):
        load_all(tmp_path)
    _write(tmp_path, [1, 2], "who5.json")
    with pytest.raises(InstrumentFileError, match="one JSON object"):
        load_all(tmp_path)


def test_a_good_copy_loads_from_a_folder(tmp_path: Path) -> None:
    path = _write(tmp_path, _shipped("who5"), "who5.json")
    assert load_file(path) == load_all()["who5"]
