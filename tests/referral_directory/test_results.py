"""Bounded results: the first N with the total, counts, and the need path kept quick."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from referral_directory import index as index_module
from referral_directory.directory import Directory, Results
from referral_directory.model import NO_FILTERS, Filters, Need
from referral_directory.ranking import ID_988
from tests.referral_directory.generated import large_directory
from tests.referral_directory.oracle import for_need

LATE_SATURDAY_NY = datetime(2026, 11, 22, 4, 30, tzinfo=UTC)
FILTERS = [
    NO_FILTERS,
    Filters(free_only=True),
    Filters(licensing_none=True, modalities=frozenset({"text", "chat"})),
    Filters(state="oh", serves="nurses", employer_never=True),
    Filters(open_now=True),
    Filters(open_now=True, free_only=True),
]
QUERIES = ["", "c", "couns", "service 1", "nurse peer", "zzzz"]


@pytest.fixture(scope="module")
def directory() -> Directory:
    return large_directory(450)


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("query", QUERIES)
def test_find_gives_the_first_results_and_the_total(
    directory: Directory, query: str, filters: Filters
) -> None:
    everything = directory.search(query, filters, LATE_SATURDAY_NY)
    found = directory.find(query, filters, LATE_SATURDAY_NY, limit=50)
    assert list(found.resources) == everything[:50]
    assert found.total == len(everything)
    assert found.capped == (len(everything) > 50)
    assert directory.index.count(query, filters, LATE_SATURDAY_NY) == len(everything)


def test_a_word_typed_over_a_large_directory_is_capped(directory: Directory) -> None:
    found = directory.find("service", limit=200)
    assert len(found.resources) == 200 and found.capped
    assert found.total == len(directory.search("service")) >= 450  # national ones too
    exact = directory.find("service 449", limit=200)
    assert exact.resources[0].name.endswith("service 449") and not exact.capped


def test_counts_on_the_large_directory_path(
    directory: Directory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "RANKED_MAX", 0)
    for query in QUERIES:
        for filters in FILTERS[:4]:
            everything = directory.search(query, filters)
            found = directory.find(query, filters, limit=30)
            assert (found.total, list(found.resources)) == (len(everything), everything[:30])


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("need", list(Need))
def test_the_kept_need_ranking_matches_the_plain_one(
    directory: Directory, need: Need, filters: Filters
) -> None:
    expected = for_need(directory.resources, need, filters, LATE_SATURDAY_NY)
    assert directory.for_need(need, filters, LATE_SATURDAY_NY) == expected
    assert directory.for_need(need, filters, LATE_SATURDAY_NY, limit=7) == expected[:7]
    found = directory.find_for_need(need, filters, LATE_SATURDAY_NY, limit=40)
    assert found == Results(tuple(expected[:40]), len(expected))


def test_the_need_path_is_capped_with_crisis_lines_first(directory: Directory) -> None:
    found = directory.find_for_need(Need.CRISIS_NOW, Filters(free_only=True), limit=5)
    assert found.resources[0].id == ID_988 and len(found.resources) == 5
    talk = directory.find_for_need(Need.LICENSE_WORRY, limit=200)
    assert len(talk.resources) == 200 and talk.total == len(directory.resources)


def test_opening_ranks_every_need_ahead_of_the_first_click() -> None:
    opened = Directory.open(None)
    assert set(opened._ranked) == set(Need)  # done on the worker, not at the click


@pytest.mark.parametrize("dense", [0, 10**9])
@pytest.mark.parametrize("cached", [False, True])
def test_with_nothing_typed_the_filtered_list_keeps_the_lists_order(
    directory: Directory, monkeypatch: pytest.MonkeyPatch, dense: int, cached: bool
) -> None:
    """Read in order (many pass) or fetched and sorted by place (few): the same answer as
    the unfiltered list checked one by one, fresh or from the cache's kept places."""
    from tests.referral_directory.oracle import passes

    monkeypatch.setattr(index_module, "_DENSE", dense)
    searched = directory
    if cached:  # the cache's database is the index's own: built anew for it
        searched = Directory.from_cache(large_directory(450).cache_database(), bundle_info=None)
    listed = directory.search("")
    for filters in FILTERS:
        expected = [r for r in listed if passes(r, filters, LATE_SATURDAY_NY)]
        found = searched.find("", filters, LATE_SATURDAY_NY, limit=25)
        assert found == Results(tuple(expected[:25]), len(expected))
        assert searched.search("", filters, LATE_SATURDAY_NY) == expected


@pytest.mark.parametrize("limit", [0, -1])
def test_a_limit_must_allow_a_result(directory: Directory, limit: int) -> None:
    with pytest.raises(ValueError, match="limit"):
        directory.find("", limit=limit)
    with pytest.raises(ValueError, match="limit"):
        directory.find_for_need(Need.TALK_TODAY, limit=limit)


@pytest.mark.parametrize("lean", [False, True])
def test_the_filters_in_the_full_text_index_agree_with_the_facts(
    monkeypatch: pytest.MonkeyPatch, lean: bool
) -> None:
    from tests.referral_directory.oracle import passes

    if lean:  # the contentless, position-free index a large directory gets
        monkeypatch.setattr(index_module, "RANKED_MAX", 0)
    directory = large_directory()
    for query in QUERIES[1:]:
        words = set(directory.search(query))
        for filters in FILTERS:
            expected = {r for r in words if passes(r, filters, LATE_SATURDAY_NY)}
            assert set(directory.search(query, filters, LATE_SATURDAY_NY)) == expected
            assert directory.index.count(query, filters, LATE_SATURDAY_NY) == len(expected)
