"""Which concepts a service's own words speak to: the tags the search index keeps.

"anxiety" must find a service that says "mental health" or "counselor" (see `concepts`).
Searching every one of a concept's words at each keystroke costs too much over a large
directory (an OR of several beginnings over 50,000 services), so each service is tagged
once, when the index is built, with the concepts its words speak to; a typed concept word
then searches for the word itself or the tag: two terms, whatever the concept's size.

A single-word find counts anywhere in the service's indexed text, its facts' words
included ("confidential"); a phrase counts when each of its words begins a word of the
name, organization or description ("mental health"), as the index matched it before it
kept tags. Words are compared as the index's tokenizer compares them: lowercase, without
accents.
"""

from __future__ import annotations

import re
import string
from functools import reduce
from operator import or_
from typing import Final

from referral_directory.concepts import CONCEPTS, Concept
from referral_directory.spanish_terms import plain

_WORD: Final = re.compile(r"\w+", re.UNICODE)
_PUNCTUATION: Final = str.maketrans(dict.fromkeys(string.punctuation, " "))
TAG_PREFIX: Final = "xq"  # letters only, so the tokenizer keeps a tag whole


def tag(concept: Concept) -> str:
    """The index token for `concept` ("xqfeelings")."""
    return TAG_PREFIX + concept.key


class Tagger:
    """Tags services with concepts, in one regular-expression scan and a few bit operations
    per service (a directory of 50,000 is tagged as its index is built)."""

    def __init__(self, concepts: tuple[Concept, ...] = CONCEPTS) -> None:
        self._concepts = concepts
        singles = [(n, f) for n, c in enumerate(concepts) for f in c.finds if " " not in f]
        phrases = [(n, f.split()) for n, c in enumerate(concepts) for f in c.finds if " " in f]
        words = sorted({f for _n, f in singles} | {w for _n, p in phrases for w in p},
                       key=lambda w: (-len(w), w))  # longest first: the scan takes the longest
        bit = {w: 1 << i for i, w in enumerate(words)}
        # What finding a word beginning with `w` means: every find `w` starts with is begun.
        self._begins = {w: sum(bit[o] for o in words if w.startswith(o)) for w in words}
        self._singles = [(1 << n, bit[f]) for n, f in singles]
        self._phrases = [(1 << n, sum(bit[w] for w in p)) for n, p in phrases]
        self._scan = re.compile("|".join(map(re.escape, words)))
        self._facts: dict[str, int] = {}
        self._words: dict[str, int] = {}  # each word seen: the finds it begins with
        self._named: dict[int, list[str]] = {}

    def tags(self, text: str, facts: str = "") -> list[str]:
        """The tags for a service whose name, organization and description are `text`."""
        in_text = self._begun(text)
        anywhere = in_text
        if facts:  # the facts' words repeat from service to service: read each once
            known = self._facts.get(facts)
            if known is None:
                known = self._facts[facts] = self._begun(facts)
            anywhere |= known
        if not anywhere:
            return []
        found = 0
        for concept, word in self._singles:
            if anywhere & word:
                found |= concept
        for concept, words in self._phrases:
            if in_text & words == words:
                found |= concept
        named = self._named.get(found)
        if named is None:
            named = self._named[found] = [
                tag(c) for n, c in enumerate(self._concepts) if found >> n & 1
            ]
        return named

    def _begun(self, text: str) -> int:
        """The finds' words that begin a word of `text`, as bits."""
        folded = text.casefold()
        if folded.isascii():  # the usual text: split at anything but letters and digits
            words = set(folded.translate(_PUNCTUATION).split())
        else:  # the accents off, and words as the tokenizer sees them
            words = set(_WORD.findall(plain(folded)))
        memo = self._words
        for word in words.difference(memo):  # a word not seen before: scanned once
            found = self._scan.match(word)
            memo[word] = self._begins[found.group()] if found else 0
        return reduce(or_, map(memo.__getitem__, words), 0)
