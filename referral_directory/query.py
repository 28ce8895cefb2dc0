"""What was typed in Find help, as an FTS5 MATCH expression and what must come first.

Each word is searched as a beginning ("pan" finds "panic"); a Spanish word also searches
its English terms (`spanish_terms`); a word or phrase a person uses for something the
services help with also finds the services whose own words speak to it (`concepts`, by
the tags `tagging` gives them): "anxiety" finds those that say "mental health" or
"counselor", "quiero morir" finds the crisis lines.
A concept's last word counts while it is still being typed, once it has four letters
("depre"). Small words that only hold a sentence together ("I have anxiety", "ayuda con
el alcohol") are left out when something else was typed, so a sentence finds what its
meaningful words find. Leaving a word out, or adding what a concept finds, only ever
widens the results.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from referral_directory.concepts import CONCEPTS, Concept
from referral_directory.spanish_terms import english_for, plain
from referral_directory.tagging import tag

_WORD: Final = re.compile(r"\w+", re.UNICODE)
_MAX_WORDS: Final = 12
PHRASE_COLUMNS: Final = "{name organization description}"  # the index's service text
_TYPING: Final = 4  # letters before a last word still being typed starts a concept's word

# Words that only hold a sentence together, English and Spanish, without accents.
# fmt: off
FILLERS: Final = frozenset({
    "i", "im", "m", "me", "my", "myself", "a", "an", "the", "to", "for", "with", "about",
    "of", "and", "or", "in", "on", "at", "is", "am", "are", "be", "have", "has", "had",
    "feel", "feeling", "feels", "felt", "need", "get", "getting", "help", "helping",
    "someone", "really", "very", "so", "worried", "worry", "concerned", "problem",
    "problems", "issues", "dealing", "struggle", "from", "who", "it", "s", "ve",
    "yo", "mi", "mis", "tengo", "tiene", "estoy", "siento", "con", "de", "del", "el",
    "la", "los", "las", "un", "una", "y", "o", "en", "por", "para", "que", "necesito",
    "ayuda", "ayudar", "sobre", "al", "es", "muy", "alguien", "preocupado",
    "preocupada", "problema", "problemas",
})
# fmt: on

# Each concept word as a tuple of words, longest phrases first (tried in that order).
_PHRASES: Final[tuple[tuple[tuple[str, ...], Concept], ...]] = tuple(
    sorted(
        ((tuple(word.split()), concept) for concept in CONCEPTS for word in concept.words),
        key=lambda pair: -len(pair[0]),
    )
)


@dataclass(frozen=True)
class Typed:
    """What was typed, ready to search.

    Attributes:
        expression: the FTS5 MATCH text (None: nothing to search for).
        risk: a risk word was typed: every crisis line first, 988 whatever the filters.
        leads_with_988: 988 first (a risk word, or a concept that leads with it).
    """

    expression: str | None
    risk: bool = False
    leads_with_988: bool = False


def read(query: str) -> Typed:
    """`query` as a MATCH expression, and whether a risk or 988-first concept was typed."""
    typed = _WORD.findall(query.casefold())[:_MAX_WORDS]
    if not typed:
        return Typed(None)
    words = [plain(w) for w in typed]  # the concepts' spelling; the search gets `typed`
    units: list[tuple[list[str], list[Concept]]] = []
    i = 0
    while i < len(words):
        length, concepts = _concepts_at(words, i)
        length = max(length, 1)
        units.append((typed[i : i + length], concepts))
        i += length
    meaningful = [u for u in units if u[1] or plain(u[0][0]) not in FILLERS]
    kept = meaningful or units
    found = [c for _words, concepts in kept for c in concepts]
    return Typed(
        " AND ".join(_unit_match(w, c) for w, c in kept),  # FTS5 needs AND before a group
        risk=any(c.risk for c in found),
        leads_with_988=any(c.risk or c.leads_with_988 for c in found),
    )


def _concepts_at(words: Sequence[str], start: int) -> tuple[int, list[Concept]]:
    """The longest concept phrase at `start` (its length, every concept it is a word of)."""
    found: list[Concept] = []
    length = 0
    for phrase, concept in _PHRASES:
        if length and len(phrase) < length:
            break  # a shorter phrase than one found
        if _matches(phrase, words, start):
            length = len(phrase)
            if concept not in found:
                found.append(concept)
    return length, found


def _matches(phrase: tuple[str, ...], words: Sequence[str], start: int) -> bool:
    end = start + len(phrase)
    if end > len(words):
        return False
    if tuple(words[start : end - 1]) != phrase[:-1]:
        return False
    last, wanted = words[end - 1], phrase[-1]
    if last == wanted:
        return True
    # The query's last word may still be being typed: "depre" starts "depression".
    return end == len(words) and len(last) >= _TYPING and wanted.startswith(last)


def _unit_match(words: list[str], concepts: list[Concept]) -> str:
    # Quoted: typed text is never FTS syntax (the concepts' words are fixed letters).
    either = [" ".join(words)]
    if len(words) == 1:
        either += english_for(words[0])
    terms = [_term(w) for w in dict.fromkeys(either)]
    terms += [f'"{tag(c)}"' for c in concepts]  # the services tagged with it (`tagging`)
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def _term(words: str) -> str:
    """A typed word as a beginning; a typed phrase as its words' beginnings, together.

    A large directory's index keeps no word positions (see `index`), so a phrase is its
    words together in the name, organization or description, not in the facts' words
    ("health" is in every "all health workers").
    """
    if " " not in words:
        return f'"{words}"*'
    return PHRASE_COLUMNS + " : (" + " AND ".join(f'"{w}"*' for w in words.split()) + ")"
