"""The directory's filter and need order written plainly in Python: a test oracle.

The app filters in one place, the search index's SQL (`referral_directory.index`), made
quick for a large directory. These slow, obvious copies exist only so tests can check
that SQL against them; nothing in the app calls them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from referral_directory.hours import is_open
from referral_directory.model import NO_FILTERS, Filters, Need, Resource
from referral_directory.ranking import ranked


def passes(resource: Resource, filters: Filters, now: datetime | None = None) -> bool:
    """Whether `resource` passes every filter (what the index's SQL must match)."""
    checks = (
        not filters.free_only or resource.is_free,
        not filters.employer_never or resource.employer_told == "never",
        not filters.licensing_none or resource.licensing_exposure == "none",
        not filters.modalities or bool(resource.modalities & filters.modalities),
        not filters.state or bool(resource.states & {filters.state.upper(), "US"}),
        not filters.serves or bool(resource.serves & {filters.serves, "all_health_workers"}),
    )
    if not all(checks):
        return False
    return not filters.open_now or is_open(resource, now or datetime.now().astimezone())


def for_need(
    resources: Sequence[Resource],
    need: Need,
    filters: Filters = NO_FILTERS,
    now: datetime | None = None,
) -> list[Resource]:
    """Resources that fit `need`, best first: 988 first, all crisis lines when urgent."""
    crisis, rest = ranked(resources, need)
    others = [resources[i] for i in rest if passes(resources[i], filters, now)]
    return [resources[i] for i in crisis] + others
