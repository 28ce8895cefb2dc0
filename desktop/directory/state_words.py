"""The states' names in the person's language, marked for translation (Qt-free).

The state filter and the licensing questions name the states, and Spanish has its own
name for several ("Nueva York", "Carolina del Norte", "Pensilvania"), so every name is
listed here in the "States" context; the .ts gives the Spanish name, or the name itself
where Spanish uses it too. Codes stay codes (the details say "NY, NJ"). A list of states
is sorted by the names shown, so a Spanish speaker finds "Nueva York" among the N's.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Final

from desktop.words import QT_TRANSLATE_NOOP, Translate, english

CONTEXT: Final = "States"

# fmt: off
NAMES: Final = {
    "AL": QT_TRANSLATE_NOOP("States", "Alabama"),
    "AK": QT_TRANSLATE_NOOP("States", "Alaska"),
    "AZ": QT_TRANSLATE_NOOP("States", "Arizona"),
    "AR": QT_TRANSLATE_NOOP("States", "Arkansas"),
    "CA": QT_TRANSLATE_NOOP("States", "California"),
    "CO": QT_TRANSLATE_NOOP("States", "Colorado"),
    "CT": QT_TRANSLATE_NOOP("States", "Connecticut"),
    "DE": QT_TRANSLATE_NOOP("States", "Delaware"),
    "DC": QT_TRANSLATE_NOOP("States", "District of Columbia"),
    "FL": QT_TRANSLATE_NOOP("States", "Florida"),
    "GA": QT_TRANSLATE_NOOP("States", "Georgia"),
    "HI": QT_TRANSLATE_NOOP("States", "Hawaii"),
    "ID": QT_TRANSLATE_NOOP("States", "Idaho"),
    "IL": QT_TRANSLATE_NOOP("States", "Illinois"),
    "IN": QT_TRANSLATE_NOOP("States", "Indiana"),
    "IA": QT_TRANSLATE_NOOP("States", "Iowa"),
    "KS": QT_TRANSLATE_NOOP("States", "Kansas"),
    "KY": QT_TRANSLATE_NOOP("States", "Kentucky"),
    "LA": QT_TRANSLATE_NOOP("States", "Louisiana"),
    "ME": QT_TRANSLATE_NOOP("States", "Maine"),
    "MD": QT_TRANSLATE_NOOP("States", "Maryland"),
    "MA": QT_TRANSLATE_NOOP("States", "Massachusetts"),
    "MI": QT_TRANSLATE_NOOP("States", "Michigan"),
    "MN": QT_TRANSLATE_NOOP("States", "Minnesota"),
    "MS": QT_TRANSLATE_NOOP("States", "Mississippi"),
    "MO": QT_TRANSLATE_NOOP("States", "Missouri"),
    "MT": QT_TRANSLATE_NOOP("States", "Montana"),
    "NE": QT_TRANSLATE_NOOP("States", "Nebraska"),
    "NV": QT_TRANSLATE_NOOP("States", "Nevada"),
    "NH": QT_TRANSLATE_NOOP("States", "New Hampshire"),
    "NJ": QT_TRANSLATE_NOOP("States", "New Jersey"),
    "NM": QT_TRANSLATE_NOOP("States", "New Mexico"),
    "NY": QT_TRANSLATE_NOOP("States", "New York"),
    "NC": QT_TRANSLATE_NOOP("States", "North Carolina"),
    "ND": QT_TRANSLATE_NOOP("States", "North Dakota"),
    "OH": QT_TRANSLATE_NOOP("States", "Ohio"),
    "OK": QT_TRANSLATE_NOOP("States", "Oklahoma"),
    "OR": QT_TRANSLATE_NOOP("States", "Oregon"),
    "PA": QT_TRANSLATE_NOOP("States", "Pennsylvania"),
    "PR": QT_TRANSLATE_NOOP("States", "Puerto Rico"),
    "RI": QT_TRANSLATE_NOOP("States", "Rhode Island"),
    "SC": QT_TRANSLATE_NOOP("States", "South Carolina"),
    "SD": QT_TRANSLATE_NOOP("States", "South Dakota"),
    "TN": QT_TRANSLATE_NOOP("States", "Tennessee"),
    "TX": QT_TRANSLATE_NOOP("States", "Texas"),
    "UT": QT_TRANSLATE_NOOP("States", "Utah"),
    "VT": QT_TRANSLATE_NOOP("States", "Vermont"),
    "VA": QT_TRANSLATE_NOOP("States", "Virginia"),
    "WA": QT_TRANSLATE_NOOP("States", "Washington"),
    "WV": QT_TRANSLATE_NOOP("States", "West Virginia"),
    "WI": QT_TRANSLATE_NOOP("States", "Wisconsin"),
    "WY": QT_TRANSLATE_NOOP("States", "Wyoming"),
}
# fmt: on


def state_name(code: str, translate: Translate = english) -> str:
    """The state's name in the language `translate` gives (an unknown code as it is)."""
    return translate(CONTEXT, NAMES[code]) if code in NAMES else code


def in_order(codes: Iterable[str], translate: Translate = english) -> list[tuple[str, str]]:
    """(code, name shown) for `codes`, alphabetical by the name shown, accents aside."""
    named = [(code, state_name(code, translate)) for code in codes]
    return sorted(named, key=lambda pair: _plain(pair[1]))


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
