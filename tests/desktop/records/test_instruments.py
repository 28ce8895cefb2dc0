"""Every shipped instrument validates with its source and licence; broken files are refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import resources
from desktop.records.instruments import InstrumentFileError, load_all, load_file

SHIPPED = {"phq9", "phq2", "gad7", "gad2", "who5", "burnout"}
PFIZER_PERMISSION = "No permission required to reproduce, translate, display or distribute."
PHQ_STEM = (
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
)
# The GAD-7 form (Spitzer et al., Arch Intern Med 2006; the Pfizer PHQ screeners form) says
# "by the following problems", not "by any of the following problems" as the PHQ does.
GAD_STEM = "Over the last 2 weeks, how often have you been bothered by the following problems?"
# The closing item of the PHQ-9 and GAD-7 forms, never scored; LOINC 69722-7 in LOINC's own
# PHQ-9 panel Questionnaire (44249-1, Regenstrief).
FUNCTIONAL_TEXT = (
    "If you checked off any problems, how difficult have these problems made it for you to do "
    "your work, take care of things at home, or get along with other people?"
)
FUNCTIONAL_OPTIONS = [
    (0, "Not difficult at all"),
    (1, "Somewhat difficult"),
    (2, "Very difficult"),
    (3, "Extremely difficult"),
]
# Words that downplay a risk answer or put it off; none may appear in risk guidance.
DOWNPLAYING = ("many people", "common", "two weeks", "take it again", "next month", "normal")


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
    stems = {"phq9": PHQ_STEM, "phq2": PHQ_STEM, "gad7": GAD_STEM, "gad2": GAD_STEM}
    for key, stem in stems.items():
        instrument = instruments[key]
        assert instrument.stem == stem, key
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


def test_every_risk_item_carries_safe_messaging_guidance() -> None:
    for instrument in load_all().values():
        for risk in instrument.risk_items:
            guidance = risk.guidance
            assert guidance.heading == "Please talk to someone today"
            words = " ".join(
                (guidance.heading, guidance.meaning, guidance.score_note, *guidance.next_steps)
            ).lower()
            assert "988" in words and "safety plan" in words
            assert not [w for w in DOWNPLAYING if w in words], instrument.id


def test_who5_flags_any_single_item_at_0_or_1_from_its_file() -> None:
    # "It is recommended to administer the Major Depression (ICD-10) Inventory if ... the
    # patient has answered 0 to 1 to any of the five items" (medicalalgorithms.com, WHO-5).
    who5 = load_all()["who5"]
    (flag,) = who5.item_flags
    assert flag.at_or_below == 1 and flag.items == (1, 2, 3, 4, 5)
    assert "PHQ-9" in flag.message and "clinician" in flag.message
    assert any("medicalalgorithms.com" in s.url for s in who5.other_sources)
    assert all(not i.item_flags for k, i in load_all().items() if k != "who5")


def test_phq9_and_gad7_close_with_the_unscored_functional_item() -> None:
    instruments = load_all()
    codes = {}
    for key in ("phq9", "gad7"):
        item = instruments[key].functional_item
        assert item is not None
        assert item.text == FUNCTIONAL_TEXT
        assert [(o.value, o.label) for o in item.options] == FUNCTIONAL_OPTIONS
        codes[key] = item.loinc
    # 69722-7 is confirmed in LOINC's PHQ-9 panel; not confirmed here for the GAD-7 panel.
    assert codes == {"phq9": "69722-7", "gad7": None}
    assert all(instruments[k].functional_item is None for k in ("phq2", "gad2", "who5", "burnout"))


def test_only_who5_counts_higher_as_better() -> None:
    assert {k for k, i in load_all().items() if i.higher_is_better} == {"who5"}


# The single-item burnout measure as the American Board of Family Medicine asked it in 2016
# (the Mini Z burnout item), copied from Table 1, "Single-Item Burnout Question and Response
# Options from the 2016 American Board of Family Medicine Certification Practice Demographic
# Questionnaire", J Am Board Fam Med (jabfm.org; the table prints the stem in title case).
# Puffer JC, et al. J Am Board Fam Med 2017;30(2):125-126 report this 2016 administration.
ABFM_2016_STEM = "Using your own definition of burnout, select an answer:"
ABFM_2016_OPTIONS = [
    (1, "I enjoy my work. I have no symptoms of burnout."),
    (2, "I am under stress, and don't always have as much energy as I did, but I don't feel "
        "burned out."),
    (3, "I am definitely burning out and have 1 or more symptoms of burnout, e.g. emotional "
        "exhaustion."),
    (4, "The symptoms of burnout that I'm experiencing won't go away. I think about work "
        "frustrations a lot."),
    (5, "I feel completely burned out. I am at the point where I may need to seek help."),
]  # fmt: skip


def test_burnout_item_is_the_named_2016_abfm_wording_word_for_word() -> None:
    burnout = load_all()["burnout"]
    assert "2016 American Board of Family Medicine" in burnout.full_name
    assert "2016 American Board of Family Medicine" in burnout.source.citation
    assert burnout.source.url.startswith("https://www.jabfm.org/")
    assert [(i.number, i.text) for i in burnout.items] == [(1, ABFM_2016_STEM)]
    assert burnout.stem == ""  # the single item is the question: nothing is added
    assert [(o.value, o.label) for o in burnout.options] == ABFM_2016_OPTIONS


def test_burnout_states_the_mini_z_terms_and_compares_only_same_wording_studies() -> None:
    burnout = load_all()["burnout"]
    for words in (
        "research, program evaluation and education",
        "commercial or revenue-generating",
        "Mark Linzer",
        "Hennepin Healthcare Institute for Professional Worklife",
    ):
        assert words in burnout.licence
    # Dolan 2015 used the Physician Worklife Study wording: not a figure for this one.
    assert [f.citation for f in burnout.reference_figures] == [
        "Puffer JC, et al. J Am Board Fam Med. 2017;30(2):125-126."
    ]
    assert "24.5%" in burnout.reference_figures[0].text


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
        (_set(("risk_items", 0, "guidance"), None), "risk_items[0].guidance", "object"),
        (
            _set(("risk_items", 0, "guidance", "next_steps"), []),
            "risk_items[0].guidance.next_steps",
            "at least one",
        ),
        (_drop("risk_items"), "risk_items", "missing"),
        (_set(("item_flags",), [{"at_or_below": 1, "message": "m", "items": [12]}]),
         "item_flags[0].items[0]", "no item 12"),
        (_set(("item_flags",), [{"at_or_below": 1}]), "item_flags[0].message", "missing"),
        (_set(("functional_item", "options"), [{"value": 0, "label": "x"}]),
         "functional_item.options", "two answers"),
        (_set(("functional_item", "text"), ""), "functional_item.text", "empty"),
        (_set(("higher_is_better",), "yes"), "higher_is_better", "true or false"),
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
