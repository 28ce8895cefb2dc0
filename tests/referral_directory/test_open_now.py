""""Open now" from the index's own hours: the same answers as checking every resource,
and a cached directory decodes only the resources it returns."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from referral_directory import index as index_module
from referral_directory.directory import Directory, national_resources
from referral_directory.hours import is_open
from referral_directory.model import Filters, Need, Resource
from referral_directory.stored import StoredResources
from tests.referral_directory.generated import many_resources
from tests.referral_directory.oracle import for_need

WEEKDAYS = {"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00",
            "closes_at": "17:00", "timezone": -5}
NIGHTS = {"freq": "WEEKLY", "byday": "SA,SU", "opens_at": "20:00", "closes_at": "02:00",
          "timezone": -5}
MOMENTS = [
    datetime(2026, 11, 23, 15, 0, tzinfo=UTC),  # Monday 10 am in New York
    datetime(2026, 11, 22, 4, 30, tzinfo=UTC),  # Saturday 11:30 pm in New York
    datetime(2026, 11, 24, 7, 0, tzinfo=UTC),  # Tuesday 2 am in New York
]
FILTERS = [Filters(open_now=True), Filters(open_now=True, free_only=True,
                                           modalities=frozenset({"text", "call"}))]


def _with_hours(resources: list[Resource]) -> list[Resource]:
    """A third keep weekday hours, a third night hours (some also an unreadable monthly
    row), a third none (some of those 24/7); every row has its own id, as in HSDS."""
    made = []
    for n, r in enumerate(resources):
        rows: tuple[dict[str, object], ...] = ((WEEKDAYS,), (NIGHTS,), ())[n % 3]
        if n % 6 == 1:
            rows = (*rows, {"freq": "MONTHLY", "byday": "1MO"})
        rows = tuple({**row, "id": f"row-{n}-{k}"} for k, row in enumerate(rows))
        made.append(r if r.open_24_7 else replace(r, schedule=rows))
    return made


def _directory() -> Directory:
    return Directory(national_resources(), _with_hours(many_resources(300)))


@pytest.fixture(scope="module")
def directory() -> Directory:
    return _directory()


def _checked_one_by_one(directory: Directory, query: str, filters: Filters,
                        now: datetime) -> list[Resource]:
    every = directory.search(query, replace(filters, open_now=False), now)
    return [r for r in every if is_open(r, now)]


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("now", MOMENTS)
@pytest.mark.parametrize("filters", FILTERS)
def test_open_now_agrees_with_checking_every_resource(
    directory: Directory, filters: Filters, now: datetime, large: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if large:  # the large directory's search path (name hits first)
        monkeypatch.setattr(index_module, "RANKED_MAX", 0)
    for query in ("", "serv", "service 1", "zzzz"):
        expected = _checked_one_by_one(directory, query, filters, now)
        found = directory.find(query, filters, now, limit=20)
        assert list(found.resources) == expected[:20]
        assert found.total == len(expected)
        assert directory.index.count(query, filters, now) == len(expected)


@pytest.mark.parametrize("now", MOMENTS)
@pytest.mark.parametrize("filters", FILTERS)
def test_a_need_open_now_agrees_with_the_plain_ranking(
    directory: Directory, filters: Filters, now: datetime
) -> None:
    for need in Need:
        assert directory.for_need(need, filters, now) == for_need(
            directory.resources, need, filters, now)


def test_a_cached_directory_reads_only_the_resources_it_shows(directory: Directory) -> None:
    fresh = _directory()
    expected = fresh.find("", Filters(open_now=True), MOMENTS[0], limit=10)
    cached = Directory.from_cache(fresh.cache_database(), bundle_info=None)
    stored = cached.resources
    assert isinstance(stored, StoredResources)
    found = cached.find("", Filters(open_now=True), MOMENTS[0], limit=10)
    assert found == expected and found.total > 10
    assert len(stored._memo) <= 10  # what was decoded is the point
    cached.find_for_need(Need.COUNSELOR, Filters(open_now=True), MOMENTS[1], limit=10)
    assert len(stored._memo) <= 20
    for now in MOMENTS:  # the hours the cache kept say what the fresh directory's say
        for filters in FILTERS:
            assert cached.find("s", filters, now, limit=500) == fresh.find(
                "s", filters, now, limit=500)
