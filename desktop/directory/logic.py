"""Plain words for the "Find help" page. No Qt.

A frightened clinician reads the detail pane at 2 a.m., so every fact a `Resource` carries
as a code ("possibly", "depends_on_state_question") becomes a sentence here, where it can
be tested without a display. The addresses and buttons are in `contact`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from desktop.words import EMPLOYER_WORDS, LICENSING_WORDS
from referral_directory.directory import Directory, Results
from referral_directory.model import (
    CLAIM_KINDS,
    STATES_AND_TERRITORIES,
    TEXT_CLAIM_KINDS,
    Filters,
    Need,
    Phone,
    Resource,
)
from referral_directory.ranking import ID_988, explains_licensing, reaches_board

# -- plain words ---------------------------------------------------------------------------

# The one path that can reach a board by design, said plainly wherever a PHP is shown.
PHP_CAVEAT: Final = (
    "A state physician health program (PHP) offers confidential help as an alternative to "
    "discipline, but it keeps a record of whether you follow its monitoring, and not "
    "following it can lead to a report to the licensing board. Ask the program how this "
    "works in your state before you enroll."
)
TREATMENT_WORDS: Final = {
    True: "It creates a treatment record.",
    False: "It creates no treatment record.",
    None: "Whether it creates a treatment record is not known.",
}
COST_WORDS: Final = {
    "free": "Free",
    "low": "Low cost",
    "insurance": "Through insurance",
    "varies": "Cost varies",
}
MODALITY_WORDS: Final = {
    "call": "Call",
    "text": "Text",
    "chat": "Chat",
    "video": "Video",
    "in_person": "In person",
}
SERVES_WORDS: Final = {
    "all_health_workers": "All health workers",
    "physicians": "Physicians",
    "nurses": "Nurses",
    "students": "Students",
    "trainees": "Residents, fellows and interns",
}


def employer_words(value: str) -> str:
    """Who is told, for the employer: "never" or "possibly" in a sentence."""
    return EMPLOYER_WORDS.get(value, "Whether your employer is told is not known.")


def is_php(resource: Resource) -> bool:
    """Whether a resource is (or lists) state physician health programs."""
    text = f"{resource.name} {resource.description}".casefold()
    return "physician health program" in text


def licensing_words(value: str, *, php: bool = False) -> str:
    """Licensing-board exposure in plain words, with the PHP caveat for a PHP."""
    words = LICENSING_WORDS.get(value, "Whether a licensing board could learn of it is not known.")
    return f"{words} {PHP_CAVEAT}" if php and value != "none" else words


def cost_words(value: str) -> str:
    return COST_WORDS.get(value, "Cost not known")


def hours_words(resource: Resource) -> str:
    if resource.open_24_7:
        return "Open 24 hours a day, 7 days a week."
    return resource.hours_text or "Hours not known."


def modality_words(modalities: frozenset[str]) -> str:
    """ "Call, text or chat" in a fixed order."""
    named = [MODALITY_WORDS[m] for m in MODALITY_WORDS if m in modalities]
    if not named:
        return "Not stated"
    words = [named[0]] + [n.lower() for n in named[1:]]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def states_words(states: frozenset[str]) -> str:
    if not states or "US" in states:
        return "Anywhere in the US"
    return ", ".join(sorted(states))


def serves_words(serves: frozenset[str]) -> str:
    if not serves or "all_health_workers" in serves:
        return "All health workers"
    return ", ".join(SERVES_WORDS[s] for s in SERVES_WORDS if s in serves)


def summary_line(resource: Resource) -> str:
    """The short line under a result's name: how to reach it, cost, hours, employer."""
    hours = "24/7" if resource.open_24_7 else ""
    reach = modality_words(resource.modalities)
    if not resource.modalities:  # a directory or a sign-up page: the website is the way in
        reach = "Website" if resource.website else ""
    parts = [
        reach,
        cost_words(resource.cost),
        hours,
        _employer_words(resource),
    ]
    return " · ".join(p for p in parts if p)


def _employer_words(resource: Resource) -> str:
    """ "employer never told", marked when the service's own pages do not confirm it."""
    if resource.employer_told != "never":
        return ""
    claim = resource.claim("employer_told")
    if claim is not None and not claim.confirmed:
        return "employer never told (unconfirmed)"
    return "employer never told"


_PHONE_KIND_WORDS: Final = {"voice": "Call", "text": "Text", "tty": "TTY", "fax": "Fax"}


def _phone_words(phone: Phone) -> str:
    # A label with digits already says the number ("Call 1-800-950-NAMI (6264)").
    if phone.label and any(c.isdigit() for c in phone.label):
        return phone.label
    if phone.label:
        return f"{phone.label}: {phone.number}"
    return f"{_PHONE_KIND_WORDS.get(phone.kind, phone.kind)} {phone.number}"


def date_words(day: date) -> str:
    """A check date as people write it: "4 December 2026"."""
    return f"{day.day} {day:%B %Y}"


@dataclass(frozen=True)
class ClaimRow:
    """One confidentiality claim as the detail pane shows it.

    Attributes:
        kind: one of `CLAIM_KINDS`.
        words: the claim in plain words.
        source_url: the page it was checked against ("" when no source is given).
        checked: when it was checked (None when no source is given).
        confirmed: the service's own page, a statute or a government page says so.
        method: how it was checked ("" if unsaid).
    """

    kind: str
    words: str
    source_url: str = ""
    checked: date | None = None
    confirmed: bool = False
    method: str = ""


def _usual_words(resource: Resource, kind: str) -> str:
    if kind == "employer_told":
        return employer_words(resource.employer_told)
    if kind == "licensing_exposure":
        return licensing_words(resource.licensing_exposure, php=is_php(resource))
    return TREATMENT_WORDS.get(resource.creates_treatment_record, TREATMENT_WORDS[None])


def claim_rows(resource: Resource) -> list[ClaimRow]:
    """Who is told, licensing, treatment record, what is kept, when confidentiality breaks.

    The first three are always there (with the cautious words and no source when the
    data gives none); what is kept and when confidentiality is broken only when sourced.
    """
    rows = []
    for kind in CLAIM_KINDS:
        claim = resource.claim(kind)
        if claim is None:
            if kind not in TEXT_CLAIM_KINDS:
                rows.append(ClaimRow(kind, _usual_words(resource, kind)))
            continue
        words = claim.statement or (
            claim.value if kind in TEXT_CLAIM_KINDS else _usual_words(resource, kind)
        )
        rows.append(
            ClaimRow(kind, words, claim.source_url, claim.checked, claim.confirmed, claim.method)
        )
    return rows


WHAT_HAPPENS: Final = "What happens when you reach out"


@dataclass(frozen=True)
class DetailSection:
    """A heading and its plain-text paragraph in the detail pane."""

    heading: str
    text: str


def detail_sections(resource: Resource) -> list[DetailSection]:
    """Everything the detail pane says about a resource in prose, in reading order.

    The confidentiality claims, each with its source, are `claim_rows`: the pane shows
    them right after "What happens when you reach out".
    """
    phones = "; ".join(_phone_words(p) for p in resource.phones)
    reach = modality_words(resource.modalities)
    if not resource.modalities and resource.website:
        reach = "Through the website"
    if phones:
        reach = f"{reach}. {phones}."
    instructions = resource.text_instructions.strip().rstrip(".")
    if instructions and instructions.casefold() not in reach.casefold():  # said once only
        reach = f"{reach} {instructions}."
    source = f"Checked {date_words(resource.checked)}. Source: {resource.source_url}"
    if resource.origin == "organization":
        source = f"From your organization's directory. {source}"
    languages = ", ".join(resource.languages) or "Not stated"
    sections = [
        DetailSection(WHAT_HAPPENS, resource.what_happens or resource.description),
        DetailSection("Cost", cost_words(resource.cost)),
        DetailSection("Hours", hours_words(resource)),
        DetailSection("How to reach it", reach),
        DetailSection(
            "Who it serves", f"{serves_words(resource.serves)}; {states_words(resource.states)}."
        ),
        DetailSection("Languages", languages),
        DetailSection("Where this comes from", source),
    ]
    if resource.description and resource.what_happens:
        sections.insert(0, DetailSection("About", resource.description))
    return sections


def accessible_summary(resource: Resource) -> str:
    """What a screen reader says for a result row."""
    crisis = "Crisis line. " if resource.crisis else ""
    return f"{resource.name}. {crisis}{summary_line(resource)}."


# -- "What do you need right now?" ----------------------------------------------------------


@dataclass(frozen=True)
class NeedChoice:
    need: Need
    label: str


def need_choices() -> list[NeedChoice]:
    """The need buttons in the order the design lists them (the enum's order)."""
    return [NeedChoice(need, need.label) for need in Need]


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


def license_note(resources: Sequence[Resource]) -> LicenseNote:
    """The licensing worry's opening sentence's parts, for the resources listed."""
    return LicenseNote(
        tuple(r.name for r in resources if explains_licensing(r) and r.id != ID_988),
        tuple(r.name for r in resources if reaches_board(r)),
    )


# -- filters -------------------------------------------------------------------------------

US_STATES: Final = STATES_AND_TERRITORIES  # one list, in referral_directory.model


# -- the results -----------------------------------------------------------------------------

# The most rows the list shows. Word-wrapped rows are laid out on the GUI thread, so a
# list of thousands would stall every keystroke; the count line says how many more there are.
RESULTS_LIMIT: Final = 200
CRISIS_HINT: Final = "If you are in crisis, call or text 988 now."
LOADING_WORDS: Final = f"Loading the directory\u2026 {CRISIS_HINT}"
UNAVAILABLE_WORDS: Final = (
    "The directory could not be opened. Restarting Confide may help; if it keeps "
    f"happening, please tell your IT team. {CRISIS_HINT}"
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


def _first(need: Need) -> str:
    return "crisis lines" if need.urgent else "988"


def results_words(count: int, query: str, need: Need | None, total: int | None = None) -> str:
    """The line above the results, e.g. "3 results" or "Ranked for: In crisis now (5)".

    Args:
        count: the results on show.
        query: what was typed.
        need: the need they are ranked for, if any.
        total: how many matched in all, when that may be more than `count`.
    """
    if total is not None and total > count:
        shown = f"the first {count:,} of {total:,}"
        if need is not None:
            return (
                f"Ranked for \u201c{need.label}\u201d: showing {shown} resources, "
                f"{_first(need)} first \u2014 choose filters to narrow it."
            )
        start = "Showing" if query.strip() else "All resources: showing"
        return f"{start} {shown} \u2014 add words or filters to narrow it."
    if need is not None:
        return (
            f"Ranked for \u201c{need.label}\u201d: {count} "
            + ("resource" if count == 1 else "resources")
            + f", {_first(need)} first."
        )
    if count == 0:
        return f"Nothing matches. Try fewer words or fewer filters. {CRISIS_HINT}"
    noun = "result" if count == 1 else "results"
    return f"{count} {noun}" if query.strip() else f"All resources: {count}"
