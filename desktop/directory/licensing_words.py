"""The shipped licensing-question evidence, marked for translation (Qt-free).

What each state board's application asks is a code the box says in its own words; the
evidence beside it (what the source says, how it was checked) is data from
resources/directory/national.json, listed here in the "DirectoryData" context like the
services' words (`data_words`). `in_language` puts one answer into the language in force
when the box shows it; an organization's own answers are shown as written.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from desktop.words import QT_TRANSLATE_NOOP, Translate
from referral_directory.licensing import BoardAnswer, LicensingTable

CONTEXT: Final = "DirectoryData"

SHIPPED: Final = (
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "A study in JAMA (reported May 2021) found this board's July 2020 application "
        "consistent with none of the FSMB's recommendations on mental-health questions. We "
        "found no newer source, and the application may have changed since."),
    QT_TRANSLATE_NOOP("DirectoryData", "checked against a stored copy"),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Alabama Reporter wrote in August 2025 that the Board of Medical Examiners, a 2025 "
        "Wellbeing First Champion, removed its questions about past mental health "
        "treatment: its license applications now ask only about conditions that may "
        "currently impair practice."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Arizona law (House Bill 2173, Laws 2025, chapter 25) bars every health profession "
        "regulatory board from asking on an application whether the applicant has sought "
        "mental health assistance or received a mental health diagnosis or treatment."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "The Georgia Composite Medical Board's 2 February 2023 release gives its new "
        "question: are you currently suffering from any condition, not being appropriately "
        "treated, that impairs your judgment or ability to practice (enrolled in the "
        "Georgia PHP: answer no)."),
    QT_TRANSLATE_NOOP(
        "DirectoryData", "checked against a stored copy (stored from its http address)"),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "MPR News reported in September 2021 that the Minnesota Board of Medical Practice's"
        " application, which asked doctors to disclose all mental health conditions, now "
        "asks only about a condition not being appropriately treated that is likely to "
        "impair their practice."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "The Dr. Lorna Breen Heroes' Foundation names Mississippi's attestation model as "
        "one of the three kinds of medical license application it counts as free of "
        "intrusive mental-health questions (no probing question about past diagnosis or "
        "treatment)."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "The Dr. Lorna Breen Heroes' Foundation names North Carolina's attestation model as"
        " one of the three kinds of medical license application it counts as free of "
        "intrusive mental-health questions (no probing question about past diagnosis or "
        "treatment)."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "The Oregon Medical Board says it voted on April 6, 2023 to remove intrusive and "
        "stigmatizing language about mental health care and treatment from its license "
        "applications and renewals, using an attestation in applications from June 1, 2023."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "The Texas Medical Association reports that the Texas Medical Board was named a "
        "2023 Wellbeing First Champion, having updated its application questions in 2020 to"
        " follow the FSMB's and AMA's recommendations."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "A 2023 American Journal of Public Health report says Virginia passed legislation "
        "removing questions about past mental health conditions from the state licensing "
        "process for all licensed health care workers."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "The Washington Medical Commission says it was recognized as a 2024 Wellbeing First"
        " Champion for licensing applications that do not include intrusive mental health "
        "questions."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "A 2025 Department of Safety and Professional Services release, as published by "
        "WisBusiness, says the Medical Examining Board was recognized as a Wellbeing First "
        "Champion because its license applications are free from overly broad and invasive "
        "mental health questions."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "A law firm's page says its work with the Missouri Board of Nursing made Missouri "
        "the third state to receive a Dr. Lorna Breen Heroes' Foundation recognition; our "
        "stored copy is cut off before it says which one, so we could not confirm what the "
        "application asks."),
)


def in_language(answer: BoardAnswer, translate: Translate) -> BoardAnswer:
    """`answer` with its statement and check method in the language `translate` gives."""
    if answer.origin != "national":
        return answer

    def say(text: str) -> str:
        return translate(CONTEXT, text) if text else text

    return replace(answer, statement=say(answer.statement), method=say(answer.method))


def shipped_texts(table: LicensingTable) -> set[str]:
    """Every text of `table` that `in_language` translates (for the completeness test)."""
    found = {a.statement for a in table.answers()} | {a.method for a in table.answers()}
    return {text for text in found if text}
