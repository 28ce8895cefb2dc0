"""Finds identifiers in a peer supporter's free-text note, so they can be removed before saving.

The kinds are the HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)) that can appear in
text. Each `Span.kind` is one of `KINDS`:

- "name": person names (see `deid_names` for the evidence a name needs);
- "phone": phone, fax and pager numbers in US formats; public crisis and help lines
  (988, 741741, 911, 1-800-273-8255, ...) are never identifiers;
- "email", "url", "ip" (IPv4 and IPv6);
- "address": street addresses, PO boxes, numbered roads, cities and ZIP codes;
- "date": any date more specific than a year ("3/14", "March 14", "2026-03-14",
  "March 2026"); relative days ("last Tuesday") and a month alone ("in March") are not;
- "number": record, account, licence, badge, device, serial, claim, plate and other
  identifying numbers, SSNs, room and bed numbers (they point at one patient), long
  digit runs and codes mixing capitals with four or more digits;
- "age": ages over 89 ("92-year-old", "aged 91", "in her 90s" is left alone).

Hospital unit names ("4 West", "5 North", "the ICU") are NOT flagged: they name the
supporter's own workplace, occur in most notes, and are not a geographic subdivision.
The structured log already records no unit.

Precision matters as much as recall: the check runs as the person types, and a detector
that cries wolf teaches people to click past it. Qt-free and fast (well under 5 ms for a
2,000-character note). Never log the text.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from desktop.records.peer.deid_names import find_names_and_places

KINDS: Final = ("name", "phone", "email", "address", "date", "number", "url", "ip", "age")

# Public crisis and help lines, as digits (a leading country code 1 dropped).
PUBLIC_NUMBERS: Final = frozenset({
    "988", "911", "741741", "838255", "62640", "435748",
    "8002738255",  # the former National Suicide Prevention Lifeline, still answered
    "8009855990",  # SAMHSA Disaster Distress Helpline
    "8006624357",  # SAMHSA National Helpline
    "8884090141",  # Physician Support Line
})
PUBLIC_SITES: Final = frozenset({
    "988lifeline.org", "crisistextline.org", "veteranscrisisline.net", "samhsa.gov",
    "findtreatment.gov", "physiciansupportline.com", "suicidepreventionlifeline.org",
})


@dataclass(frozen=True)
class Span:
    """One identifier found in a note: its kind, where it is, and its text."""

    kind: str
    start: int
    end: int
    text: str


_STATE: Final = (r"(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|"
                 r"O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])")
_MONTH: Final = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
                 r"June?|July?|Aug(?:ust|\.)?|Sep(?:t\.?|tember|\.)?|Oct(?:ober|\.)?|"
                 r"Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DAY: Final = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_WEEKDAY: Final = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_YEAR: Final = r"(?:19|20)\d\d"
_SUFFIX: Final = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|"
                  r"Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Trail|Trl|Square|Sq|"
                  r"Alley|Loop|Plaza|Pike|Crescent|Highway|Hwy)")
_ID_WORDS: Final = (
    r"MRN|medical\s+record|record|chart|acct|account|licen[cs]e|badge|(?-i:ID)|"
    r"employee\s+(?:(?-i:ID)|number|no)|staff\s+(?-i:ID)|(?:patient|member|device|user)\s+"
    r"(?-i:ID)|serial|(?-i:S/N)|NPI|DEA|SSN|social\s+security|plate|claim|case|policy|"
    r"reference|ref|ticket|encounter|lot|beneficiary|room|bed|bracelet|certificate"
)

# (kind, pattern, tier): lower tiers win overlaps; in a tier the longer span wins.
_PATTERNS: Final[tuple[tuple[str, re.Pattern[str], int], ...]] = (
    ("email", re.compile(r"(?<![\w.+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"), 0),
    ("url", re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE), 0),
    ("url", re.compile(
        r"(?<![@\w.-])(?:[A-Za-z0-9-]+\.)+(?:com|org|net|edu|gov|io|us|co|me|ly|info|biz|"
        r"health|app|tv)\b(?:/[^\s<>\"']*)?"), 0),
    ("number", re.compile(
        rf"\b(?:{_ID_WORDS})\.?(?:\s+(?:number|no\.?|num))?(?:\s*(?:#|:)\s*|\s+(?:is|was|of)"
        r"\s+|\s+#?)(?=(?:[A-Z]{2,4}\s)?[A-Z0-9-]*\d)(?P<v>(?:[A-Z]{2,4}\s)?[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9]))*)"
        r"(?<=[0-9A-Z])(?![\w-])", re.IGNORECASE), 0),
    ("number", re.compile(r"\b[Pp]ager\s+(?:#\s*)?(?P<v>\d{4,6})\b"), 0),
    ("number", re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), 0),  # SSN
    ("number", re.compile(r"\b\d{4}[- ]\d{4}[- ]\d{4}[- ]\d{4}\b"), 0),  # card
    ("phone", re.compile(
        r"(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}"
        r"(?:\s*(?:ext\.?|x|extension)\s*\d{1,5})?(?![\w-])"), 0),
    ("phone", re.compile(r"(?<![\w+])\+?1?\d{10}(?!\w)"), 0),
    ("phone", re.compile(r"(?<![\w-])\d{3}-\d{4}(?![\w-])"), 0),
    ("age", re.compile(r"\b(?P<v>\d{2,3})[\s-]?(?:years?|yrs?)[\s-](?:old|of\s+age)\b"), 0),
    ("age", re.compile(r"\b(?P<v>\d{2,3})\s?(?:yo|y/o|y\.o\.)(?!\w)"), 0),
    ("age", re.compile(r"\b[Aa]ged?\s+(?:of\s+)?(?P<v>\d{2,3})\b(?!\s*(?:%|percent))"), 0),
    ("age", re.compile(
        r"\b(?:[Nn]inety|[Oo]ne hundred)(?:[\s-](?:one|two|three|four|five|six|seven|eight|"
        r"nine))?[\s-]years?[\s-](?:old|of age)\b"), 0),
    ("date", re.compile(
        rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}\b(?!\s*(?:%|percent|hours|minutes|nurses|patients))"
        rf"(?:,?\s+{_YEAR}\b)?"), 0),
    ("date", re.compile(rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR}\b)?"), 0),
    ("date", re.compile(rf"\b{_MONTH}\s+{_YEAR}\b"), 0),
    ("date", re.compile(rf"\b{_YEAR}([-/.])(?:1[0-2]|0?[1-9])\1(?:3[01]|[12]\d|0?[1-9])\b"), 0),
    ("date", re.compile(
        r"(?<![\d/.-])(?:1[0-2]|0?[1-9])([-/.])(?:3[01]|[12]\d|0?[1-9])\1(?:\d{4}|\d{2})"
        r"(?![\d/-]|\.\d)"), 0),
    ("date", re.compile(
        r"(?<![\d/.-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/]|\.\d)"
        r"(?!\s+(?:of|the|staff|nurses|shifts|days|nights|patients|times|beds)\b)"), 0),
    ("date", re.compile(rf"(?<![\d/])(?:1[0-2]|0?[1-9])/{_YEAR}\b"), 0),
    ("address", re.compile(
        r"\b\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][A-Za-z'\u2019-]*\s+){1,3}"
        rf"{_SUFFIX}\b\.?(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*#?[A-Za-z0-9-]+)?"
        rf"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}},?\s+{_STATE}(?:\s+\d{{5}}(?:-\d{{4}})?)?)?"),
        0),
    ("address", re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+\b", re.IGNORECASE), 0),
    ("address", re.compile(
        r"\b(?:Route|Highway|Hwy|Interstate|County\s+Road|State\s+Route)\s+\d{1,4}\b"), 0),
    ("address", re.compile(
        r"\b[Zz][Ii][Pp](?:\s+code)?(?:\s+(?:is|was|of))?:?\s+(?P<v>\d{5}(?:-\d{4})?)\b"), 0),
    ("address", re.compile(rf"(?<=\s){_STATE}\s+(?P<v>\d{{5}}(?:-\d{{4}})?)\b"), 0),
    ("address", re.compile(r"\b\d{5}-\d{4}\b"), 0),
    # Lowest tier: shapes that are identifiers only when nothing better explains them.
    ("number", re.compile(r"(?<![\w.-])\d{6,}(?![\w-]|\.\d)"), 2),
    ("number", re.compile(r"\b(?=(?:[A-Z-]*\d){4})(?=[0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*\b"), 2),
)
_IPV4: Final = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
_IPV6: Final = re.compile(r"(?<![\w:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(?![\w:])")
# An age stated with a verb: "her grandmother is 94", "he turned 90".
_AGE_VERB: Final = re.compile(
    r"\b(?:he|she|they|patient|mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|"
    r"husband|wife|aunt|uncle|man|woman)\s+(?:is|was|turned|turns|is\s+now)\s+(?P<v>\d{2,3})\b"
    r"(?!\s*(?:%|percent|minutes|hours|days|weeks|months|patients|beds|degrees|times|kg|lb))",
    re.IGNORECASE)
_RATING_DENOMINATORS: Final = frozenset({"5", "10"})
_DATE_WORDS: Final = re.compile(r"\b(?:on|since|by|until|till|dated|due)\s*$",
                                re.IGNORECASE)


def _digits(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


def _keep(kind: str, match: re.Match[str], text: str, public: frozenset[str]) -> bool:
    """Whether a pattern's match is an identifier (the checks a regex says badly)."""
    value = match.group()
    if kind in ("phone", "number", "address") and _digits(value) in public:
        return False
    if kind == "age":
        number = match.groupdict().get("v")
        return number is None or 90 <= int(number) <= 130
    if kind == "url":
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", value, flags=re.IGNORECASE)
        return host.split("/")[0].lower().rstrip(".") not in PUBLIC_SITES
    if kind == "date" and match.groupdict().get("d") is not None:
        # "8/10", "2/5": a rating, unless a date word comes first ("on 9/10").
        rating = match.group("d") in _RATING_DENOMINATORS
        return not rating or bool(_DATE_WORDS.search(text, 0, match.start()))
    return True


def _span_of(kind: str, match: re.Match[str]) -> tuple[int, int]:
    if "v" in match.groupdict() and kind in ("number", "address"):
        return match.span("v")
    start, end = match.span()
    if kind == "url":
        while end > start and match.string[end - 1] in ".,;:!?)]}'\"":
            end -= 1
    return start, end


def _candidates(text: str, public: frozenset[str]) -> list[tuple[int, int, int, str]]:
    """(tier, start, end, kind) for every match of every detector; may overlap."""
    found: list[tuple[int, int, int, str]] = []
    public_spans: list[tuple[int, int]] = []
    for kind, pattern, tier in _PATTERNS:
        for match in pattern.finditer(text):
            if _keep(kind, match, text, public):
                start, end = _span_of(kind, match)
                found.append((tier, start, end, kind))
            elif kind in ("phone", "number") and _digits(match.group()) in public:
                public_spans.append(match.span())
    # Nothing inside a public number counts: not "273-8255" in "(800) 273-8255".
    found = [f for f in found if all(f[2] <= s or f[1] >= e for s, e in public_spans)]
    for match in _IPV4.finditer(text):
        if all(int(part) <= 255 for part in match.group().split(".")):
            found.append((0, match.start(), match.end(), "ip"))
    for match in _IPV6.finditer(text):
        candidate = match.group().rstrip(".")  # a full stop ends the sentence, not the address
        try:
            ipaddress.IPv6Address(candidate)
        except ValueError:
            continue
        found.append((0, match.start(), match.start() + len(candidate), "ip"))
    for match in _AGE_VERB.finditer(text):
        if 90 <= int(match.group("v")) <= 130:
            found.append((0, *match.span("v"), "age"))
    for item in find_names_and_places(text):
        found.append((1, item.start, item.end, item.kind))
    return found


def _resolve(text: str, found: list[tuple[int, int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping spans: by tier, then longest first; returned in text order."""
    taken: list[tuple[int, int, str]] = []
    for _tier, start, end, kind in sorted(found, key=lambda f: (f[0], f[1] - f[2], f[1])):
        if end > start and all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, kind))
    taken.sort()
    return _merge_addresses(text, taken)


_ADDRESS_GAP: Final = re.compile(rf",?\s+(?:{_STATE},?\s+)?")


def _merge_addresses(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One span for "Springfield" + "62704" in "Springfield, IL 62704" (the gap is the state)."""
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if (merged and kind == "address" == merged[-1][2]
                and _ADDRESS_GAP.fullmatch(text, merged[-1][1], start)):
            merged[-1] = (merged[-1][0], end, kind)
            continue
        merged.append((start, end, kind))
    return merged


def find_identifiers(text: str, accepted: Iterable[Span | str] = (),
                     public_numbers: Iterable[str] = ()) -> list[Span]:
    """Every identifier in `text`, in order, never overlapping.

    Args:
        text: the note as typed.
        accepted: what the supporter marked "not an identifier": a `Span` skips spans of
            its kind with the same text; a string skips any span with that text. Offsets
            are ignored, so a mark survives edits elsewhere in the note.
        public_numbers: more public help lines to leave alone (e.g. the organization's
            EAP line from the directory), in any format.
    """
    public = PUBLIC_NUMBERS | {_digits(n) for n in public_numbers}
    skip_texts = {a for a in accepted if isinstance(a, str)}
    skip_spans = {(a.kind, a.text) for a in accepted if isinstance(a, Span)}
    resolved = _resolve(text, _candidates(text, public))
    spans = [Span(kind, start, end, text[start:end]) for start, end, kind in resolved]
    return [s for s in spans if s.text not in skip_texts and (s.kind, s.text) not in skip_spans]


def redact(text: str, spans: Iterable[Span]) -> str:
    """`text` with each span replaced by its kind in brackets: "call [phone] on [date]".

    Spans must not overlap (as `find_identifiers` returns them); their order is free.
    """
    result = text
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        result = result[:span.start] + f"[{span.kind}]" + result[span.end:]
    return result
