"""What Find help lists, Qt-free: the need buttons, the licensing note and the results.

Words are marked in the "FindHelp" context (see `logic`) and English until the page passes
its translate function.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from desktop.directory.data_words import name_in_language
from desktop.directory.logic import CONTEXT, NEED_WORDS
from desktop.words import QT_TRANSLATE_NOOP, Translate, english
from referral_directory.directory import Directory, Results
from referral_directory.model import STATES_AND_TERRITORIES, Filters, Need, Resource
from referral_directory.ranking import ID_988, explains_licensing, reaches_board

# -- "What do you need right now?" ----------------------------------------------------------


@dataclass(frozen=True)
class NeedChoice:
    need: Need
    label: str


def need_choices(translate: Translate = english) -> list[NeedChoice]:
    """The need buttons in the order the design lists them (the enum's order)."""
    return [NeedChoice(need, translate(CONTEXT, NEED_WORDS[need])) for need in Need]


@dataclass(frozen=True)
class LicenseNote:
    """What the top of the "Worried about my license" list says, from the list itself.

    Attributes:
        explainers: names of the resources whose own published words explain licensing
            (a confirmed licensing claim), in list order.
        board: names of those that, by their own account, can reach a licensing board
            (the physician health program path).
    """

    explainers: tuple[str, ...]
    board: tuple[str, ...]


def license_note(resources: Sequence[Resource], translate: Translate = english) -> LicenseNote:
    """The licensing worry's opening sentence's parts: the names, as the list shows them."""
    return LicenseNote(
        tuple(name_in_language(r, translate) for r in resources
              if explains_licensing(r) and r.id != ID_988),
        tuple(name_in_language(r, translate) for r in resources if reaches_board(r)),
    )


# -- filters -------------------------------------------------------------------------------

US_STATES: Final = STATES_AND_TERRITORIES  # one list, in referral_directory.model


# -- the results -----------------------------------------------------------------------------

# The most rows the list shows. Word-wrapped rows are laid out on the GUI thread, so a
# list of thousands would stall every keystroke; the count line says how many more there are.
RESULTS_LIMIT: Final = 200
LOADING_WORDS: Final = QT_TRANSLATE_NOOP(
    "FindHelp", "Loading the directory\u2026 If you are in crisis, call or text 988 now.")
UNAVAILABLE_WORDS: Final = QT_TRANSLATE_NOOP(
    "FindHelp",
    "The directory could not be opened. Restarting Confide may help; if it keeps "
    "happening, please tell your IT team. If you are in crisis, call or text 988 now.",
)


def results_for(
    directory: Directory,
    query: str,
    need: Need | None,
    filters: Filters,
    now: datetime,
    limit: int = RESULTS_LIMIT,
) -> Results:
    """What the page shows: the need's ranking when one is chosen, else the search results.

    The page calls this on every pause in typing and every filter change (the benchmark
    times this same call).
    """
    if need is not None:
        return directory.find_for_need(need, filters, now, limit=limit)
    return directory.find(query, filters, now, limit=limit)
