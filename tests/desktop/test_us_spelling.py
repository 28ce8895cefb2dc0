"""Confide's English is US English: no British spelling in the words a person reads.

Every visible string goes through Qt translation, so the `<source>` elements of the
Spanish `.ts` are all of Confide's English. Names and quotations of published sources
and instrument wording stay exactly as published; they are not translation sources.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "confide_es.ts"
# British spellings and the stems they start (colour, colours, coloured; organisation …).
BRITISH = re.compile(
    r"\b(?:"
    r"colour|flavour|favour|honour|behaviour|labour|neighbour|humour|rumour|vigour|odour"
    r"|organis|recognis|realis|apologis|authoris|prioritis|summaris|minimis|maximis"
    r"|customis|categoris|memoris|normalis|personalis|standardis|utilis|optimis|finalis"
    r"|specialis|criticis|emphasis(?:e|ed|es|ing)\b|familiaris|sympathis|stabilis"
    r"|analys(?:e|ed|es|ing)\b|paralys(?:e|ed|ing)\b"
    r"|centre|metre|litre|fibre|theatre|calibre|programme|catalogue|dialogue"
    r"|licence|defence|offence|pretence|practis(?:e|ed|es|ing)\b"
    r"|travell|labell|modell|counsell|cancelling|fulfil\b|enrol\b|enrolment"
    r"|judgement|ageing|grey\b|whilst|amongst|learnt\b|spelt\b|towards\b|sceptic"
    r"|paediatr|anaesth|haemo|oestr|orthopaed|diarrhoea|oesophag|tumour|manoeuvr"
    r"|enquir|instalment|skilful|wilful"
    r")",
    re.IGNORECASE,
)


def sources(path: Path) -> list[str]:
    """The English of every message in a Qt `.ts` file."""
    tree = ET.parse(path)  # noqa: S314 - our own .ts file, not untrusted input
    return [element.text or "" for element in tree.iter("source")]


def british(texts: list[str]) -> list[str]:
    """Each British spelling found, with the text it is in."""
    return [f"{match.group(0)!r} in {text!r}"
            for text in texts for match in BRITISH.finditer(text)]


def test_the_english_strings_are_spelled_the_us_way() -> None:
    texts = sources(TS)
    assert len(texts) > 1000  # the whole of Confide's English, not an empty file
    assert british(texts) == []


def test_british_spellings_are_caught() -> None:
    caught = british(["Change the colour", "Your organisation's policy", "Cancelling it",
                      "Normalising reactions", "a licence key", "Behaviour", "analysed",
                      "the health centre", "recognise it", "a programme", "favourites"])
    assert len(caught) == 11
    assert british(["Change the color", "Your organization's policy", "Canceled",
                    "Normalizing reactions", "a license key", "Behavior", "analyzed",
                    "the health center", "recognize it", "a program", "cancelled",
                    "analysis", "an emphasis", "practice", "diagnosis", "cancellation"]) == []
