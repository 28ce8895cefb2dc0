"""Plain words for the "Find help" page. No Qt.

A frightened clinician reads the detail pane at 2 a.m., so every fact a `Resource` carries
as a code ("possibly", "depends_on_state_question") becomes a sentence here, where it can
be tested without a display. The addresses and buttons are in `contact`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from desktop.words import CONTEXT as WORDS_CONTEXT
from desktop.words import (
    EMPLOYER_WORDS,
    LICENSING_WORDS,
    QT_TRANSLATE_NOOP,
    Translate,
    english,
)
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

# Every word is marked for lupdate in the "FindHelp" context and is English until a view
# passes its translate function (`QCoreApplication.translate`); tests leave it out.
CONTEXT: Final = "FindHelp"

# The one path that can reach a board by design, said plainly wherever a PHP is shown.
PHP_CAVEAT: Final = QT_TRANSLATE_NOOP(
    "FindHelp",
    "A state physician health program (PHP) offers confidential help as an alternative to "
    "discipline, but it keeps a record of whether you follow its monitoring, and not "
    "following it can lead to a report to the licensing board. Ask the program how this "
    "works in your state before you enroll.",
)
TREATMENT_WORDS: Final = {
    True: QT_TRANSLATE_NOOP("FindHelp", "It creates a treatment record."),
    False: QT_TRANSLATE_NOOP("FindHelp", "It creates no treatment record."),
    None: QT_TRANSLATE_NOOP("FindHelp", "Whether it creates a treatment record is not known."),
}
COST_WORDS: Final = {
    "free": QT_TRANSLATE_NOOP("FindHelp", "Free"),
    "low": QT_TRANSLATE_NOOP("FindHelp", "Low cost"),
    "insurance": QT_TRANSLATE_NOOP("FindHelp", "Through insurance"),
    "varies": QT_TRANSLATE_NOOP("FindHelp", "Cost varies"),
}
MODALITY_WORDS: Final = {
    "call": QT_TRANSLATE_NOOP("FindHelp", "Call"),
    "text": QT_TRANSLATE_NOOP("FindHelp", "Text"),
    "chat": QT_TRANSLATE_NOOP("FindHelp", "Chat"),
    "video": QT_TRANSLATE_NOOP("FindHelp", "Video"),
    "in_person": QT_TRANSLATE_NOOP("FindHelp", "In person"),
}
SERVES_WORDS: Final = {
    "all_health_workers": QT_TRANSLATE_NOOP("FindHelp", "All health workers"),
    "physicians": QT_TRANSLATE_NOOP("FindHelp", "Physicians"),
    "nurses": QT_TRANSLATE_NOOP("FindHelp", "Nurses"),
    "students": QT_TRANSLATE_NOOP("FindHelp", "Students"),
    "trainees": QT_TRANSLATE_NOOP("FindHelp", "Residents, fellows and interns"),
}
# The need buttons' words (the same as `Need.label`, which referral_directory keeps Qt-free
# and unmarked; a test holds the two alike).
NEED_WORDS: Final = {
    Need.CRISIS_NOW: QT_TRANSLATE_NOOP("FindHelp", "I'm in crisis now"),
    Need.TALK_TODAY: QT_TRANSLATE_NOOP("FindHelp", "Talk to someone today"),
    Need.COUNSELOR: QT_TRANSLATE_NOOP("FindHelp", "A counselor or therapist"),
    Need.PSYCHIATRIC: QT_TRANSLATE_NOOP("FindHelp", "Psychiatric care"),
    Need.SUBSTANCE_USE: QT_TRANSLATE_NOOP("FindHelp", "Alcohol or drugs"),
    Need.LICENSE_WORRY: QT_TRANSLATE_NOOP("FindHelp", "Worried about my license"),
    Need.HELPING_COLLEAGUE: QT_TRANSLATE_NOOP("FindHelp", "Helping a colleague"),
}
_EMPLOYER_UNKNOWN: Final = QT_TRANSLATE_NOOP(
    "FindHelp", "Whether your employer is told is not known.")
_LICENSING_UNKNOWN: Final = QT_TRANSLATE_NOOP(
    "FindHelp", "Whether a licensing board could learn of it is not known.")


def employer_words(value: str, translate: Translate = english) -> str:
    """Who is told, for the employer: "never" or "possibly" in a sentence."""
    if value in EMPLOYER_WORDS:
        return translate(WORDS_CONTEXT, EMPLOYER_WORDS[value])
    return translate(CONTEXT, _EMPLOYER_UNKNOWN)


def is_php(resource: Resource) -> bool:
    """Whether a resource is (or lists) state physician health programs."""
    text = f"{resource.name} {resource.description}".casefold()
    return "physician health program" in text


def licensing_words(value: str, *, php: bool = False, translate: Translate = english) -> str:
    """Licensing-board exposure in plain words, with the PHP caveat for a PHP."""
    words = (translate(WORDS_CONTEXT, LICENSING_WORDS[value]) if value in LICENSING_WORDS
             else translate(CONTEXT, _LICENSING_UNKNOWN))
    return f"{words} {translate(CONTEXT, PHP_CAVEAT)}" if php and value != "none" else words


def cost_words(value: str, translate: Translate = english) -> str:
    unknown = QT_TRANSLATE_NOOP("FindHelp", "Cost not known")
    return translate(CONTEXT, COST_WORDS.get(value, unknown))


def hours_words(resource: Resource, translate: Translate = english) -> str:
    if resource.open_24_7:
        return translate(
            CONTEXT, QT_TRANSLATE_NOOP("FindHelp", "Open 24 hours a day, 7 days a week."))
    unknown = QT_TRANSLATE_NOOP("FindHelp", "Hours not known.")
    return resource.hours_text or translate(CONTEXT, unknown)


def modality_words(modalities: frozenset[str], translate: Translate = english) -> str:
    """ "Call, text or chat" in a fixed order."""
    named = [translate(CONTEXT, MODALITY_WORDS[m]) for m in MODALITY_WORDS if m in modalities]
    if not named:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("FindHelp", "Not stated"))
    words = [named[0]] + [n.lower() for n in named[1:]]
    if len(words) == 1:
        return words[0]
    return translate(CONTEXT, QT_TRANSLATE_NOOP("FindHelp", "{first} or {last}")).format(
        first=", ".join(words[:-1]), last=words[-1])


def states_words(states: frozenset[str], translate: Translate = english) -> str:
    if not states or "US" in states:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("FindHelp", "Anywhere in the US"))
    return ", ".join(sorted(states))


def serves_words(serves: frozenset[str], translate: Translate = english) -> str:
    if not serves or "all_health_workers" in serves:
        return translate(CONTEXT, SERVES_WORDS["all_health_workers"])
    return ", ".join(translate(CONTEXT, SERVES_WORDS[s]) for s in SERVES_WORDS if s in serves)


def summary_line(resource: Resource, translate: Translate = english) -> str:
    """The short line under a result's name: how to reach it, cost, hours, employer."""
    hours = "24/7" if resource.open_24_7 else ""
    reach = modality_words(resource.modalities, translate)
    if not resource.modalities:  # a directory or a sign-up page: the website is the way in
        website = QT_TRANSLATE_NOOP("FindHelp", "Website")
        reach = translate(CONTEXT, website) if resource.website else ""
    parts = [
        reach,
        cost_words(resource.cost, translate),
        hours,
        _employer_words(resource, translate),
    ]
    return " · ".join(p for p in parts if p)


def _employer_words(resource: Resource, translate: Translate) -> str:
    """ "employer never told", marked when the service's own pages do not confirm it."""
    if resource.employer_told != "never":
        return ""
    claim = resource.claim("employer_told")
    if claim is not None and not claim.confirmed:
        unconfirmed = QT_TRANSLATE_NOOP("FindHelp", "employer never told (unconfirmed)")
        return translate(CONTEXT, unconfirmed)
    return translate(CONTEXT, QT_TRANSLATE_NOOP("FindHelp", "employer never told"))


_PHONE_KIND_WORDS: Final = {
    "voice": QT_TRANSLATE_NOOP("FindHelp", "Call"),
    "text": QT_TRANSLATE_NOOP("FindHelp", "Text"),
    "tty": QT_TRANSLATE_NOOP("FindHelp", "TTY"),
    "fax": QT_TRANSLATE_NOOP("FindHelp", "Fax"),
}


def _phone_words(phone: Phone, translate: Translate) -> str:
    # A label with digits already says the number ("Call 1-800-950-NAMI (6264)").
    if phone.label and any(c.isdigit() for c in phone.label):
        return phone.label
    if phone.label:
        return f"{phone.label}: {phone.number}"
    kind = _PHONE_KIND_WORDS.get(phone.kind)
    return f"{translate(CONTEXT, kind) if kind else phone.kind} {phone.number}"


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


def _usual_words(resource: Resource, kind: str, translate: Translate) -> str:
    if kind == "employer_told":
        return employer_words(resource.employer_told, translate)
    if kind == "licensing_exposure":
        return licensing_words(
            resource.licensing_exposure, php=is_php(resource), translate=translate)
    return translate(
        CONTEXT, TREATMENT_WORDS.get(resource.creates_treatment_record, TREATMENT_WORDS[None]))


def claim_rows(resource: Resource, translate: Translate = english) -> list[ClaimRow]:
    """Who is told, licensing, treatment record, what is kept, when confidentiality breaks.

    The first three are always there (with the cautious words and no source when the
    data gives none); what is kept and when confidentiality is broken only when sourced.
    A claim's own statement is data and stays in its words.
    """
    rows = []
    for kind in CLAIM_KINDS:
        claim = resource.claim(kind)
        if claim is None:
            if kind not in TEXT_CLAIM_KINDS:
                rows.append(ClaimRow(kind, _usual_words(resource, kind, translate)))
            continue
        words = claim.statement or (
            claim.value if kind in TEXT_CLAIM_KINDS else _usual_words(resource, kind, translate)
        )
        rows.append(
            ClaimRow(kind, words, claim.source_url, claim.checked, claim.confirmed, claim.method)
        )
    return rows


WHAT_HAPPENS: Final = QT_TRANSLATE_NOOP("FindHelp", "What happens when you reach out")
# The languages the data names, in the person's language; others are shown as written.
LANGUAGE_WORDS: Final = {
    "english": QT_TRANSLATE_NOOP("FindHelp", "English"),
    "en": QT_TRANSLATE_NOOP("FindHelp", "English"),
    "spanish": QT_TRANSLATE_NOOP("FindHelp", "Spanish"),
    "es": QT_TRANSLATE_NOOP("FindHelp", "Spanish"),
}


@dataclass(frozen=True)
class DetailSection:
    """A heading and its plain-text paragraph in the detail pane.

    Attributes:
        heading: the heading, in the language in force.
        text: the paragraph.
        claims_follow: the confidentiality claims are shown right after this section.
    """

    heading: str
    text: str
    claims_follow: bool = False


def languages_words(languages: Sequence[str], translate: Translate = english) -> str:
    """The languages a service answers in, e.g. "English, Spanish"."""
    if not languages:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("FindHelp", "Not stated"))
    known = (LANGUAGE_WORDS.get(language.strip().casefold()) for language in languages)
    return ", ".join(translate(CONTEXT, k) if k else language
                     for k, language in zip(known, languages, strict=True))


def detail_sections(
    resource: Resource,
    translate: Translate = english,
    day: Callable[[date], str] = date.isoformat,
) -> list[DetailSection]:
    """Everything the detail pane says about a resource in prose, in reading order.

    The confidentiality claims, each with its source, are `claim_rows`: the pane shows
    them right after "What happens when you reach out".

    Args:
        resource: the resource.
        translate: the view's translate function (English when left out).
        day: writes a date (the view passes `desktop.ui.dates.long_date`; ISO 8601
            when left out, for tests and the command line).
    """
    def say(text: str) -> str:
        return translate(CONTEXT, text)

    phones = "; ".join(_phone_words(p, translate) for p in resource.phones)
    reach = modality_words(resource.modalities, translate)
    if not resource.modalities and resource.website:
        reach = say(QT_TRANSLATE_NOOP("FindHelp", "Through the website"))
    if phones:
        reach = f"{reach}. {phones}."
    instructions = resource.text_instructions.strip().rstrip(".")
    if instructions and instructions.casefold() not in reach.casefold():  # said once only
        reach = f"{reach} {instructions}."
    source = say(QT_TRANSLATE_NOOP("FindHelp", "Checked {day}. Source: {url}")).format(
        day=day(resource.checked), url=resource.source_url)
    if resource.origin == "organization":
        source = say(QT_TRANSLATE_NOOP(
            "FindHelp", "From your organization's directory. {source}")).format(source=source)
    serves = say(QT_TRANSLATE_NOOP("FindHelp", "{serves}; {states}.")).format(
        serves=serves_words(resource.serves, translate),
        states=states_words(resource.states, translate))
    sections = [
        DetailSection(say(WHAT_HAPPENS), resource.what_happens or resource.description,
                      claims_follow=True),
        DetailSection(say(QT_TRANSLATE_NOOP("FindHelp", "Cost")),
                      cost_words(resource.cost, translate)),
        DetailSection(say(QT_TRANSLATE_NOOP("FindHelp", "Hours")),
                      hours_words(resource, translate)),
        DetailSection(say(QT_TRANSLATE_NOOP("FindHelp", "How to reach it")), reach),
        DetailSection(say(QT_TRANSLATE_NOOP("FindHelp", "Who it serves")), serves),
        DetailSection(say(QT_TRANSLATE_NOOP("FindHelp", "Languages")),
                      languages_words(resource.languages, translate)),
        DetailSection(say(QT_TRANSLATE_NOOP("FindHelp", "Where this comes from")), source),
    ]
    if resource.description and resource.what_happens:
        sections.insert(0, DetailSection(say(QT_TRANSLATE_NOOP("FindHelp", "About")),
                                         resource.description))
    return sections


def accessible_summary(resource: Resource, translate: Translate = english) -> str:
    """What a screen reader says for a result row."""
    line = summary_line(resource, translate)
    if resource.crisis:
        return translate(CONTEXT, QT_TRANSLATE_NOOP(
            "FindHelp", "{name}. Crisis line. {summary}.")).format(name=resource.name, summary=line)
    return f"{resource.name}. {line}."


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
