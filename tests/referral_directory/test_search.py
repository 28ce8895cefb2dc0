"""Search as you type, filters, open now with a fixed clock, and the need path."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from referral_directory.directory import Directory
from referral_directory.hours import is_open
from referral_directory.index import SearchIndex, match_expression
from referral_directory.model import Filters, Need, Resource
from referral_directory.ranking import (
    ID_911,
    ID_988,
    ID_CRISIS_TEXT_LINE,
    caveat,
    explains_licensing,
    reaches_board,
)

# Sunday 2026-11-22, 04:30 UTC = Saturday 23:30 in New York (EST, UTC-5).
LATE_SATURDAY_NY = datetime(2026, 11, 22, 4, 30, tzinfo=UTC)
# Monday 2026-11-23, 07:00 UTC = 02:00 in New York: the Physician Support Line has closed.
MONDAY_2AM_NY = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def directory() -> Directory:
    return Directory.open(None)


def names(found: list[Resource]) -> list[str]:
    return [r.name for r in found]


def test_typing_narrows_as_you_type(directory: Directory) -> None:
    counts = []
    for typed in ["p", "ph", "phy", "phys", "physician support"]:
        found = directory.search(typed)
        counts.append(len(found))
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1] >= 1
    assert names(directory.search("physician support"))[0] == "Physician Support Line"


def test_search_covers_descriptions_and_taxonomy(directory: Directory) -> None:
    assert "SAMHSA National Helpline" in names(directory.search("substance"))
    assert "Crisis Text Line" in names(directory.search("sms"))  # a fact word, not in its text
    assert names(directory.search("988"))[0] == "988 Suicide & Crisis Lifeline"
    assert directory.search("zzzz") == []


@pytest.mark.parametrize("typed", ['"', "AND", "a OR b", "name:x", "*", "(", "NEAR(a b)", "-x"])
def test_typed_text_is_never_query_syntax(directory: Directory, typed: str) -> None:
    directory.search(typed)  # no sqlite3.OperationalError


def test_empty_query_lists_everything_crisis_first(directory: Directory) -> None:
    found = directory.search("")
    assert len(found) == len(directory.resources)
    crisis = [r.crisis for r in found]
    assert crisis == sorted(crisis, reverse=True)
    assert match_expression("  ") is None


def test_filters(directory: Directory) -> None:
    texting = directory.search("", Filters(modalities=frozenset({"text"})))
    assert texting and all("text" in r.modalities for r in texting)
    free = directory.search("", Filters(free_only=True))
    assert "Therapy Aid Coalition" not in names(free) and all(r.is_free for r in free)
    physicians = names(directory.search("", Filters(serves="nurses")))
    assert "Physician Support Line" not in physicians and "NAMI HelpLine" in physicians
    assert "Physician Support Line" in names(directory.search("", Filters(serves="physicians")))
    trainees = names(directory.search("", Filters(serves="trainees")))
    assert "Physician Support Line" in trainees and "NAMI HelpLine" in trainees
    assert "State physician health programs (FSPHP directory)" not in trainees
    never = directory.search("", Filters(employer_never=True))
    assert "911 emergency services" not in names(never)
    assert all(r.employer_told == "never" for r in never)
    assert len(directory.search("", Filters(state="oh"))) == len(directory.resources)


def test_licensing_filter(directory: Directory) -> None:
    found = directory.search("", Filters(licensing_none=True))
    assert found and all(r.licensing_exposure == "none" for r in found)
    assert "State physician health programs (FSPHP directory)" not in names(found)
    assert "Emotional PPE Project" not in names(found)


def test_open_now_with_a_fixed_clock(directory: Directory) -> None:
    late = names(directory.search("", Filters(open_now=True), now=LATE_SATURDAY_NY))
    assert "Physician Support Line" in late  # 8 am to 1 am
    assert "NAMI HelpLine" not in late  # weekdays only
    assert "988 Suicide & Crisis Lifeline" in late  # 24/7
    closed = names(directory.search("", Filters(open_now=True), now=MONDAY_2AM_NY))
    assert "Physician Support Line" not in closed
    weekday = datetime(2026, 11, 23, 16, 0, tzinfo=UTC)  # 11 am in New York
    assert "NAMI HelpLine" in names(directory.search("", Filters(open_now=True), now=weekday))


def test_schedule_follows_daylight_saving(directory: Directory) -> None:
    nami = next(r for r in directory.resources if r.name == "NAMI HelpLine")
    # 14:30 UTC is 10:30 in New York in summer (EDT) but 9:30 in winter (EST).
    assert is_open(nami, datetime(2026, 7, 14, 14, 30, tzinfo=UTC))
    assert not is_open(nami, datetime(2026, 12, 15, 14, 30, tzinfo=UTC))


def test_hsds_offsets_and_unreadable_schedules() -> None:
    base = Resource(id="x", name="x", description="", organization="")
    row = {
        "id": "s",
        "freq": "WEEKLY",
        "byday": "MO",
        "opens_at": "09:00-05:00",
        "closes_at": "17:00-05:00",
    }
    monday_noon_est = datetime(2026, 11, 23, 12, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert is_open(Resource(**{**base.__dict__, "schedule": (row,)}), monday_noon_est)
    assert not is_open(
        Resource(**{**base.__dict__, "schedule": (row,)}), monday_noon_est + timedelta(hours=6)
    )
    for bad in (
        {"byday": "2MO"},
        {"freq": "MONTHLY"},
        {"opens_at": "9am"},
        {"valid_to": "2020-01-01"},
    ):
        resource = Resource(**{**base.__dict__, "schedule": ({**row, **bad},)})
        assert not is_open(resource, monday_noon_est)


def test_crisis_now_puts_988_first_then_text_line_then_911(directory: Directory) -> None:
    found = directory.for_need(Need.CRISIS_NOW)
    assert [r.id for r in found[:3]] == [ID_988, ID_CRISIS_TEXT_LINE, ID_911]
    # Filters never hide the crisis lines from someone in crisis.
    filtered = directory.for_need(Need.CRISIS_NOW, Filters(licensing_none=True, serves="nurses"))
    assert [r.id for r in filtered[:3]] == [ID_988, ID_CRISIS_TEXT_LINE, ID_911]


def test_the_default_list_puts_988_first_and_911_never_above_it(directory: Directory) -> None:
    found = [r.id for r in directory.search("")]
    assert found[:3] == [ID_988, ID_CRISIS_TEXT_LINE, ID_911]  # "911 ..." sorts before "988 ..."
    capped = directory.find("", limit=2)
    assert [r.id for r in capped.resources] == [ID_988, ID_CRISIS_TEXT_LINE]
    free = [r.id for r in directory.search("", Filters(free_only=True))]
    assert free[0] == ID_988


@pytest.mark.parametrize("need", list(Need))
def test_every_need_puts_988_first_whatever_the_filters(directory: Directory, need: Need) -> None:
    found = [r.id for r in directory.for_need(need)]
    assert found[0] == ID_988
    assert found.count(ID_988) == 1
    if ID_911 in found:
        assert found.index(ID_911) > found.index(ID_988)
    # A filter 988 does not pass (it has no video) still leaves it first: nobody is
    # filtered away from it.
    video = [r.id for r in directory.for_need(need, Filters(modalities=frozenset({"video"})))]
    assert video[:1] == [ID_988]


@pytest.mark.parametrize(
    ("need", "best"),
    [
        (Need.TALK_TODAY, "SAMHSA National Helpline"),
        (Need.COUNSELOR, "Emotional PPE Project"),
        (Need.PSYCHIATRIC, "Physician Support Line"),
        (Need.SUBSTANCE_USE, "SAMHSA National Helpline"),
        (Need.LICENSE_WORRY, "Physician Support Line"),
        (Need.HELPING_COLLEAGUE, "NAMI HelpLine"),
    ],
)
def test_after_988_come_the_needs_best_matches(directory: Directory, need: Need, best: str) -> None:
    assert names(directory.for_need(need))[1] == best


def test_license_worry_puts_the_resources_that_explain_licensing_first(
    directory: Directory,
) -> None:
    found = directory.for_need(Need.LICENSE_WORRY)
    assert found[0].id == ID_988
    rest = found[1:]
    explained = [explains_licensing(r) for r in rest]
    assert explained == sorted(explained, reverse=True)  # confirmed claims first
    first = [r.name for r in rest if explains_licensing(r)]
    assert first == ["Physician Support Line", "State physician health programs (FSPHP directory)"]
    # Among the others, no exposure before exposure that depends on the state's question.
    order = {"none": 0, "depends_on_state_question": 1, "possible": 2}
    others = [order[r.licensing_exposure] for r in rest if not explains_licensing(r)]
    assert others == sorted(others)
    # Only the PHP path can reach a board by its own account.
    assert [r.name for r in found if reaches_board(r)] == [first[1]]
    php = next(r for r in found if "FSPHP" in r.name)
    assert "licensing board" in caveat(Need.LICENSE_WORRY, php).lower()
    by_name = {r.name: r for r in found}
    psl, text_line = by_name["Physician Support Line"], by_name["Crisis Text Line"]
    assert caveat(Need.LICENSE_WORRY, psl).endswith("by the source's own terms.")
    assert caveat(Need.LICENSE_WORRY, text_line).startswith("We could not confirm")
    only_none = directory.for_need(Need.LICENSE_WORRY, Filters(licensing_none=True))
    assert all(r.licensing_exposure == "none" for r in only_none)


def test_needs_are_deterministic_and_fitting(directory: Directory) -> None:
    for need in Need:
        assert directory.for_need(need) == directory.for_need(need), need
        assert need.label
    assert names(directory.for_need(Need.SUBSTANCE_USE))[1] == "SAMHSA National Helpline"
    counselors = names(directory.for_need(Need.COUNSELOR))
    assert {"Emotional PPE Project", "Therapy Aid Coalition"} <= set(counselors)
    assert "Crisis Text Line" not in counselors
    assert not Need.TALK_TODAY.urgent and Need.CRISIS_NOW.urgent


def test_index_is_in_memory_only() -> None:
    index = SearchIndex([Resource(id="a", name="Alpha", description="", organization="")])
    assert index._db.execute("PRAGMA database_list").fetchone()[2] == ""  # no file
    assert index.size_bytes() > 0
    assert names(index.search("alp")) == ["Alpha"]
    index.close()


def test_get_and_dates(directory: Directory) -> None:
    lifeline = directory.get(ID_988)
    assert lifeline.checked == date(2026, 12, 4)
    with pytest.raises(KeyError):
        directory.get("nope")


def test_large_directory_path_puts_name_hits_first(monkeypatch: pytest.MonkeyPatch) -> None:
    from referral_directory import index as index_module

    monkeypatch.setattr(index_module, "RANKED_MAX", 0)  # take the large-directory path
    resources = [
        Resource(id="a", name="Alpha", description="mentions counseling", organization=""),
        Resource(id="b", name="Counseling Beta", description="", organization=""),
        Resource(id="c", name="Gamma", description="", organization="", cost="free"),
    ]
    index = SearchIndex(resources)
    assert names(index.search("couns")) == ["Counseling Beta", "Alpha"]
    assert names(index.search("couns", limit=1)) == ["Counseling Beta"]
    assert names(index.search("", Filters(free_only=True))) == ["Gamma"]
    index.close()
