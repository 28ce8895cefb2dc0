"""Person names and city names in a peer supporter's note, found with shipped word lists.

Names are the hardest Safe Harbor kind: "Grace", "Will" and "Hope" are names and words.
So a name needs evidence, strongest first:

1. a title before it ("Dr. Patel", "Nurse Jackie Lee", "Mrs. Thompson");
2. a relation before it ("my colleague Sarah", "her husband David", "the charge nurse, Kevin");
3. a first name from the Census list followed by another capitalised word ("Maria Gonzalez");
4. a capitalised first name or surname from the lists on its own ("Priya", "Nguyen"),
   unless it is also an ordinary English word ("Grace"): then only in mid-sentence and
   not inside a run of capitalised words such as "Code Blue" or "Charge Nurse".

City names from the GeoNames list are places smaller than a state. A city that is also
an ordinary word or a person's name ("Normal", "Madison") counts only after a place
preposition ("in", "from", "to") or before a state ("Madison, WI", "Normal, Illinois"):
"Normal day on the unit" names no place, "she lives in Normal, IL" does.

Qt-free. The lists are read once, lazily, from `resources/deid/`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Final

from resources import read_text

# A word: letters with inner apostrophes or hyphens ("O'Brien", "Warren-Hayes").
_WORD: Final = re.compile(r"[A-Za-z](?:[A-Za-z]|['\u2019-](?=[A-Za-z]))*")
_POSSESSIVE: Final = re.compile(r"['\u2019]s$")
_TITLE_STOP: Final = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sgt|Rev|St)\.$")
_SENTENCE_END: Final = frozenset(".!?:;\"“”(")

TITLES: Final = frozenset({
    "dr", "doctor", "nurse", "mr", "mrs", "ms", "miss", "mx", "prof", "professor",
    "sister", "father", "rev", "reverend", "chaplain", "officer", "sgt", "judge",
})
# Lower-case words after which a capitalised word (or a listed first name) is a person.
RELATIONS: Final = frozenset({
    "colleague", "colleagues", "coworker", "co-worker", "friend", "husband", "wife",
    "partner", "son", "daughter", "mother", "father", "mom", "dad", "brother", "sister",
    "boyfriend", "girlfriend", "fiance", "fiancée", "manager", "supervisor", "named",
    "preceptor", "mentor", "resident", "attending", "intern", "peer", "nurse", "director",
    "grandmother", "grandfather", "aunt", "uncle", "cousin", "roommate", "neighbor",
    "neighbour", "ex", "spouse", "chief", "educator", "tech", "aide",
})
# Lower-case words after which a capitalised word not in any list is still a person.
_MET: Final = frozenset({"with", "told", "asked", "texted", "met", "thanked", "emailed",
                         "messaged", "paged", "hugged", "visited"})
_PLACE_WORDS: Final = frozenset({"in", "from", "to", "near", "at", "outside", "around",
                                 "into", "of", "toward", "towards", "via"})
_STATE_AFTER: Final = re.compile(
    r",?\s+(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|"
    r"PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])\b"
    # A state written out needs its comma: "Normal, Illinois".
    r"|,\s+(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|"
    r"Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|"
    r"Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    r"New\s+(?:Hampshire|Jersey|Mexico|York)|(?:North|South)\s+(?:Carolina|Dakota)|Ohio|"
    r"Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|Tennessee|Texas|Utah|Vermont|Virginia|"
    r"Washington|West\s+Virginia|Wisconsin|Wyoming)\b")
# Cities whose name is also a common English word that starts sentences and headings
# ("Normal day", "Mobile crisis team came by", "Surprise: she got the week off"). The
# single-word cities of us_cities.txt that are lower-case words of Debian's wamerican list
# and not already in name_words.txt, less those mostly met as the place ("Anchorage",
# "Buffalo", "Providence"). Like a name-word, such a city needs a place word or a state.
CITY_WORDS: Final = frozenset({
    "airport", "alliance", "anthem", "apex", "bend", "bountiful", "centennial", "central",
    "cypress", "defiance", "enterprise", "eureka", "grapevine", "hickory", "hillside",
    "homestead", "hurricane", "imperial", "independence", "keystone", "liberal", "mentor",
    "meridian", "midway", "mission", "mobile", "normal", "opportunity", "orchards",
    "paramount", "parole", "plantation", "republic", "riverside", "seaside", "shoreline",
    "summit", "sunrise", "sunset", "superior", "surprise", "sycamore", "university", "upland",
    "uptown", "vista", "walnut",
})


_ORG_WORDS: Final = frozenset({
    "hospital", "center", "centre", "clinic", "program", "programme", "team", "line",
    "rounds", "unit", "health", "medical", "university", "college", "school", "foundation",
    "services", "group", "association", "institute", "county", "street", "avenue", "road",
    "boulevard", "lane", "drive", "court", "way", "place", "bank", "award", "plan",
    "commission", "management", "resources", "response", "survey", "scale", "helpline",
})


@dataclass(frozen=True)
class Found:
    """A span found here: kind ("name" or "address"), start and end in the note."""

    kind: str
    start: int
    end: int


def _words(relative: str) -> frozenset[str]:
    lines = read_text(relative).splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def preload() -> None:
    """Read the name and city lists now (call it on the worker), so the first check of a
    note does not stall the GUI thread while they are read (~0.1 s)."""
    _lists()


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, str]]:
    """First names, surnames, name-words (all lower case), and cities keyed by lower case."""
    cities = {c.lower(): c for c in _words("deid/us_cities.txt")}
    return (_words("deid/first_names.txt"), _words("deid/surnames.txt"),
            _words("deid/name_words.txt") | _never_names(), cities)


@cache
def _never_names() -> frozenset[str]:
    """Capitalised words in notes that are never a person (months, "Code Blue", "Zoom")."""
    return _words("deid/not_names.txt")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    word: str      # without a possessive 's
    key: str       # lower case, apostrophes removed: matches the lists
    capital: bool  # Titlecase ("Sarah", "McDonald", "O'Brien"), not ALL CAPS
    starts_sentence: bool


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for match in _WORD.finditer(text):
        word = _POSSESSIVE.sub("", match.group())
        start = match.start()
        before = text[max(0, start - 16):start].rstrip()  # a short look back keeps it linear
        # A title's full stop ("Dr.") or an initial ends no sentence.
        after_title = bool(_TITLE_STOP.search(before))
        starts = not before or (before[-1] in _SENTENCE_END and not after_title)
        starts = starts or before.endswith(("\n", " -", "*"))
        capital = word[0].isupper() and any(c.islower() for c in word)
        key = word.lower().replace("'", "").replace("\u2019", "")
        tokens.append(_Token(start, start + len(word), word, key, capital, starts))
    return tokens


def _is_listed(tok: _Token) -> bool:
    """Every part of the word is a listed name and capitalised ("Warren-Hayes", not "Check-in")."""
    first, surnames, _, _ = _lists()
    for part in tok.word.split("-"):
        key = part.lower().replace("'", "").replace("\u2019", "")
        if not part[:1].isupper() or (key not in first and key not in surnames):
            return False
    return True


def _is_word(key: str) -> bool:
    return key in _lists()[2] or key in _never_names()


def _name_like(tok: _Token) -> bool:
    """A capitalised word that could continue a name ("Gonzalez", "Warren-Hayes")."""
    return tok.capital and tok.key not in _never_names() and tok.key not in _ORG_WORDS


def _extend(tokens: list[_Token], i: int, text: str, limit: int = 3) -> int:
    """Index after the run of name-like words starting at i (adjacent, one space apart)."""
    j = i + 1
    while (j < len(tokens) and j - i < limit and _name_like(tokens[j])
           and text[tokens[j - 1].end:tokens[j].start] == " "):
        j += 1
    return j


def _followed_by_org(tokens: list[_Token], j: int, text: str) -> bool:
    return (j < len(tokens) and tokens[j].key in _ORG_WORDS
            and text[tokens[j - 1].end:tokens[j].start] == " ")


def _names(text: str, tokens: list[_Token]) -> Iterator[Found]:
    first = _lists()[0]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        gap = text[tok.end:nxt.start] if nxt else ""
        # 1. A title, then capitalised words: "Dr. Patel", "Nurse Jackie Lee".
        if (tok.capital and tok.key in TITLES and nxt is not None
                and gap in (" ", ". ") and _name_like(nxt)):
            j = _extend(tokens, i + 1, text)
            if not _followed_by_org(tokens, j, text):
                yield Found("name", nxt.start, tokens[j - 1].end)
                i = j
                continue
        # 2. A relation, then a capitalised word or a listed first name in any case.
        if (not tok.capital and tok.key in RELATIONS and nxt is not None
                and gap in (" ", ", ")
                and (_name_like(nxt) or (nxt.key in first and not _is_word(nxt.key)))):
            j = _extend(tokens, i + 1, text)
            if not _followed_by_org(tokens, j, text):
                yield Found("name", nxt.start, tokens[j - 1].end)
                i = j
                continue
        # 2b. Someone met or spoken to, with a capitalised word not in the lists ("with Priya").
        if (not tok.capital and tok.key in _MET and nxt is not None and gap == " "
                and _name_like(nxt) and not nxt.starts_sentence
                and nxt.key not in _lists()[2] and nxt.key not in _lists()[3]
                and nxt.key not in TITLES):  # "with Dr. Patel": rule 1 finds the name
            j = _extend(tokens, i + 1, text)
            if not _followed_by_org(tokens, j, text):
                yield Found("name", nxt.start, tokens[j - 1].end)
                i = j
                continue
        if tok.capital and tok.key not in _never_names() and _is_listed(tok):
            j = _extend(tokens, i, text)
            full = j > i + 1 and tok.key in first
            ambiguous = _is_word(tok.key)
            if _followed_by_org(tokens, j, text):
                i = j
                continue
            # 3. A first name and a surname: "Maria Gonzalez", "Grace Lee".
            if full:
                yield Found("name", tok.start, tokens[j - 1].end)
                i = j
                continue
            # 4. One listed word on its own.
            prev_cap = i > 0 and tokens[i - 1].capital and not tok.starts_sentence
            if not ambiguous or (not tok.starts_sentence and not prev_cap and j == i + 1):
                yield Found("name", tok.start, tok.end)
        i += 1


def _cities(text: str, tokens: list[_Token]) -> Iterator[Found]:
    first, surnames, name_words, cities = _lists()
    i = 0
    while i < len(tokens):
        if not tokens[i].capital:
            i += 1
            continue
        for size in (3, 2, 1):  # the longest city name that matches ("Cedar Rapids")
            if i + size > len(tokens):
                continue
            start, end = tokens[i].start, tokens[i + size - 1].end
            phrase = text[start:end]
            if phrase.lower() not in cities or not all(t.capital for t in tokens[i:i + size]):
                continue
            key = tokens[i].key if size == 1 else ""
            plain = key in name_words or key in first or key in surnames or key in CITY_WORDS
            after_place = i > 0 and tokens[i - 1].key in _PLACE_WORDS
            before_state = bool(_STATE_AFTER.match(text, end))
            if not plain or after_place or before_state:
                yield Found("address", start, end)
                i += size - 1
                break
        i += 1


def find_names_and_places(text: str) -> list[Found]:
    """Person names and city names in `text`; they may overlap (the caller resolves)."""
    tokens = _tokens(text)
    if not tokens:  # an empty note (a new form) need not wait for the lists to be read
        return []
    return [*_cities(text, tokens), *_names(text, tokens)]
