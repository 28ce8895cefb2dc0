"""Plain words for the "Find help" page. No Qt.

A frightened clinician reads the detail pane at 2 a.m., so every fact a `Resource` carries
as a code ("possibly", "depends_on_state_question") becomes a sentence here, where it can
be tested without a display. The detail pane's sections are in `details`, the need path
and the results in `results`, the addresses and buttons in `contact`.
"""

from __future__ import annotations

from typing import Final

from desktop.words import CONTEXT as WORDS_CONTEXT
from desktop.words import (
    EMPLOYER_WORDS,
    LICENSING_WORDS,
    QT_TRANSLATE_NOOP,
    Translate,
    english,
)
from referral_directory.model import Need, Resource

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
    """Whether a resource is (or lists) state physician health programs.

    The organization counts too: it is never translated, while the name may be.
    """
    text = f"{resource.name} {resource.organization} {resource.description}".casefold()
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


def accessible_summary(resource: Resource, translate: Translate = english) -> str:
    """What a screen reader says for a result row."""
    line = summary_line(resource, translate)
    if resource.crisis:
        return translate(CONTEXT, QT_TRANSLATE_NOOP(
            "FindHelp", "{name}. Crisis line. {summary}.")).format(name=resource.name, summary=line)
    return f"{resource.name}. {line}."
