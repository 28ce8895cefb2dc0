""" "What do you need right now?": order resources for a need, 988 always first.

Deterministic: each need scores resources from their facts and words; ties go to the
organization's own entries (its EAP knows the place), then by name, then id. Every need's
list starts with 988, whatever the filters say, so nobody is filtered away from it. When
the need is urgent all the crisis lines come first (988, then Crisis Text Line, then 911
for immediate danger, then any other crisis line); 911 is never above 988. For a
licensing worry, the resources whose licensing claim is confirmed by their own published
words (they explain what can and cannot reach a board) come right after 988.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from referral_directory.model import Need, Resource

# The shipped national crisis lines, by their HSDS service ids (see national.json).
ID_988: Final = "9da0c27e-3964-5136-b480-93513fdf2f0c"
ID_CRISIS_TEXT_LINE: Final = "782cb7bc-bbfe-5717-9560-b908eee70f70"
ID_911: Final = "7dc83ce7-7a44-56a0-874b-32e1836ae8c2"
CRISIS_ORDER: Final = (ID_988, ID_CRISIS_TEXT_LINE, ID_911)
_EXPOSURE_ORDER: Final = {"none": 0, "depends_on_state_question": 1, "possible": 2}
OTHER_POSITION: Final = len(CRISIS_ORDER) + 1  # `list_position` of every non-crisis resource


def list_position(resource: Resource) -> int:
    """Where a resource sorts in the plain list (the caller breaks ties by name).

    988, Crisis Text Line and 911 in that order, then any other crisis line, then the rest.
    """
    if resource.id in CRISIS_ORDER:
        return CRISIS_ORDER.index(resource.id)
    return OTHER_POSITION - resource.crisis


def explains_licensing(resource: Resource) -> bool:
    """Whether its licensing claim is confirmed by its own published words (or a statute)."""
    claim = resource.claim("licensing_exposure")
    return claim is not None and claim.confirmed


def reaches_board(resource: Resource) -> bool:
    """Whether, by its own confirmed account, using it can reach a licensing board (a PHP)."""
    return resource.licensing_exposure == "possible" and explains_licensing(resource)


def _text(resource: Resource) -> str:
    return f"{resource.name} {resource.description} {resource.what_happens}".casefold()


def _has(text: str, *words: str) -> bool:
    return any(word in text for word in words)


def _crisis_now(r: Resource, _text: str) -> int:
    return 2 * (r.open_24_7 and bool(r.modalities & {"call", "text"}))


def _talk(r: Resource, _text: str) -> int:
    reachable = bool(r.modalities & {"call", "text", "chat", "video"})
    return reachable * (3 + r.open_24_7 + r.is_free + (r.employer_told == "never") + (not r.crisis))


def _counselor(r: Resource, text: str) -> int:
    # "counselor" alone would match every crisis line; therapy and EAPs are what is meant.
    if not (r.creates_treatment_record or _has(text, "therap", "employee assistance")):
        return 0
    return 3 + (r.employer_told == "never") + (r.licensing_exposure != "possible")


def _psychiatric(_r: Resource, text: str) -> int:
    referral = _has(text, "treatment referral", "referral to treatment")
    return 3 * _has(text, "psychiatr") + 2 * referral


def _substance(_r: Resource, text: str) -> int:
    return 3 * _has(text, "substance", "alcohol", "drug", "addiction")


def _license(r: Resource, text: str) -> int:
    # Every resource is shown: first those whose own words explain licensing (a confirmed
    # claim), then by exposure; among equals, those that speak of boards first.
    exposure = _EXPOSURE_ORDER[r.licensing_exposure]
    return 20 * explains_licensing(r) + 10 - 4 * exposure + 2 * _has(text, "board", "licens")


def _colleague(r: Resource, text: str) -> int:
    return (
        3 * _has(text, "colleague", "peer")
        + 2 * _has(text, "information", "referral")
        + (r.crisis and r.id == ID_988)
    )


_SCORES: Final[dict[Need, Callable[[Resource, str], int]]] = {
    Need.CRISIS_NOW: _crisis_now,
    Need.TALK_TODAY: _talk,
    Need.COUNSELOR: _counselor,
    Need.PSYCHIATRIC: _psychiatric,
    Need.SUBSTANCE_USE: _substance,
    Need.LICENSE_WORRY: _license,
    Need.HELPING_COLLEAGUE: _colleague,
}


def _crisis_key(resource: Resource) -> tuple[int, str, str]:
    return list_position(resource), resource.name.casefold(), resource.id


def ranked(resources: Sequence[Resource], need: Need) -> tuple[list[int], list[int]]:
    """`need`'s order before any filter, as positions in `resources`.

    Returns (the resources shown whatever the filters, the other resources that fit),
    each best first. The first part is 988 for every need, and every crisis line when the
    need is urgent (988, Crisis Text Line, 911, then any other). Nothing here depends on
    the filters or the clock, so a directory ranks each need once and keeps the result.
    """
    return Ranker(resources).ranked(need)


class Ranker:
    """Ranks needs over one list of resources, reading each resource's text and the
    tie-break order once for every need (see `ranked`)."""

    def __init__(self, resources: Sequence[Resource]) -> None:
        self._resources = resources
        self._texts = [_text(r) for r in resources]
        # Among equal scores: the organization's own first, then by name, then id.
        self._order = sorted(
            range(len(resources)),
            key=lambda i: (
                resources[i].origin != "organization",
                resources[i].name.casefold(),
                resources[i].id,
            ),
        )

    def ranked(self, need: Need) -> tuple[list[int], list[int]]:
        """`need`'s order (see `ranked`)."""
        resources, texts, score = self._resources, self._texts, _SCORES[need]
        crisis = sorted(
            (i for i, r in enumerate(resources) if r.crisis and (need.urgent or r.id == ID_988)),
            key=lambda i: _crisis_key(resources[i]),
        )
        chosen = {resources[i].id for i in crisis}
        scores = [score(r, texts[i]) for i, r in enumerate(resources)]
        rest = [i for i in self._order if scores[i] > 0 and resources[i].id not in chosen]
        rest.sort(key=lambda i: -scores[i])  # stable: ties keep the order above
        return crisis, rest


def caveat(need: Need, resource: Resource) -> str:
    """A plain-words note on licensing to show beside a resource ("" when none is due).

    Shown for every resource when the need is a licensing worry, and for any resource
    whose licensing exposure is "possible" whatever the need (the PHP caveat).
    """
    exposure = resource.licensing_exposure
    if exposure == "possible":
        return "Licensing-board exposure is possible. " + resource.what_happens
    if need is not Need.LICENSE_WORRY:
        return ""
    if exposure == "depends_on_state_question":
        return (
            "This is treatment: whether a license application asks about it depends on "
            "how your state words its question."
        )
    if explains_licensing(resource):
        return "Not reportable to a licensing board, by the source's own terms."
    return (
        "We could not confirm from the service itself that it is never reported to a "
        "licensing board."
    )
