"""A risk word typed in Find help opens 988's details at once (Qt-free).

Typing "suicide", "kill myself" or "quiero morir" lists 988 first, then the other crisis
lines (see `referral_directory.query`); its call, text and chat buttons must not wait for
one more step. At each new list the page asks `CrisisFirst.opens_988`:

- the first list for a risk query opens 988's details, and the page says so;
- while the person goes on typing a risk query, the result they chose stays chosen (988
  opens again only if their choice has left the list);
- a list for a query without a risk word ends it: 988 is not opened again until the next
  risk query.

The page keeps the keyboard focus in the search field, so typing is never interrupted.
"""

from __future__ import annotations

from typing import Final

from desktop.directory.data_words import name_in_language
from desktop.directory.logic import CONTEXT
from desktop.words import QT_TRANSLATE_NOOP, Translate, english
from referral_directory.directory import Results
from referral_directory.model import Resource
from referral_directory.ranking import ID_988

OPENED_WORDS: Final = QT_TRANSLATE_NOOP(
    "FindHelp", "The details of {name} are open: call or text 988 now, or chat. {results}"
)


class CrisisFirst:
    """Whether a new list opens 988's details (see the module's notes)."""

    def __init__(self) -> None:
        self._risk = False  # the list on show is for a risk query

    def opens_988(self, found: Results, chosen_listed: bool) -> Resource | None:
        """988, when its details should open for `found`; else None (the choice stays).

        Args:
            found: the new list.
            chosen_listed: the resource whose details were on show is in `found`.
        """
        was_risk, self._risk = self._risk, found.risk
        if not found.risk or (was_risk and chosen_listed):
            return None
        return next((r for r in found.resources if r.id == ID_988), None)


def opened_words(results: str, lifeline: Resource, translate: Translate = english) -> str:
    """That 988's details are open, then the results line (one announcement, not two)."""
    return translate(CONTEXT, OPENED_WORDS).format(
        results=results, name=name_in_language(lifeline, translate)
    )
