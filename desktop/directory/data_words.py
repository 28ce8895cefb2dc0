"""The shipped directory's own words, marked for translation (Qt-free).

A service's description, hours, how to text it and its confidentiality claims come from
data (resources/directory/national.json), which lupdate cannot read, so every text of the
shipped services is listed here in the "DirectoryData" context; `in_language` puts one
resource into the language in force when the detail pane shows it. The search index keeps
the English data, so results do not change with the language. A service's proper name
stays as the service writes it (its Spanish in the .ts is the name itself); a name that
only describes ("911 emergency services") is said in the language, as the crisis panel
says it. Numbers, addresses and dates are untouched. An organization's own resources
are shown as written. A test fails when the shipped data gains a text not listed here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from desktop.directory.eap import EAP_DESCRIPTION
from desktop.words import QT_TRANSLATE_NOOP, Translate
from referral_directory.model import TEXT_CLAIM_KINDS, Claim, Resource

CONTEXT: Final = "DirectoryData"

SHIPPED: Final = (
    # The names: proper names stay as written, the two that only describe are translated.
    QT_TRANSLATE_NOOP("DirectoryData", "988 Suicide & Crisis Lifeline"),
    QT_TRANSLATE_NOOP("DirectoryData", "Crisis Text Line"),
    QT_TRANSLATE_NOOP("DirectoryData", "911 emergency services"),
    QT_TRANSLATE_NOOP("DirectoryData", "Veterans Crisis Line"),
    QT_TRANSLATE_NOOP("DirectoryData", "Physician Support Line"),
    QT_TRANSLATE_NOOP("DirectoryData", "NAMI HelpLine"),
    QT_TRANSLATE_NOOP("DirectoryData", "SAMHSA National Helpline"),
    QT_TRANSLATE_NOOP("DirectoryData", "Emotional PPE Project"),
    QT_TRANSLATE_NOOP("DirectoryData", "Therapy Aid Coalition"),
    QT_TRANSLATE_NOOP("DirectoryData", "State physician health programs (FSPHP directory)"),
    # 988 Suicide & Crisis Lifeline
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Call or text 988, or chat online, to talk with a trained counselor. 24 hours a "
        "day, 7 days a week. Veterans: call 988, then press 1. Para español, oprima 2 "
        "o envíe AYUDA por texto al 988. "
        "Interpretation is available in more than 250 languages."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "A trained crisis counselor answers, listens, and can help you find support near "
        "you. It is free, and by 988's own terms it is not mental health treatment. When "
        "counselors judge that someone is at imminent risk of harm, which is less than 2% "
        "of the time, they contact 911 to send emergency services."),
    QT_TRANSLATE_NOOP("DirectoryData", "24 hours a day, 7 days a week"),
    QT_TRANSLATE_NOOP("DirectoryData", "Text 988"),
    QT_TRANSLATE_NOOP("DirectoryData", "Call 988"),
    QT_TRANSLATE_NOOP("DirectoryData", "Your employer is not told that you called."),
    QT_TRANSLATE_NOOP("DirectoryData", "not re-checked since it was gathered"),
    QT_TRANSLATE_NOOP("DirectoryData", "Calling 988 is not a report to a licensing board."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "988's terms say it is not mental health treatment or a treatment provider, so a "
        "call does not start a treatment relationship."),
    QT_TRANSLATE_NOOP("DirectoryData", "checked against a stored copy of the page"),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "988's privacy policy says the Lifeline and its contact centers collect, keep, use "
        "and may disclose some information about you, including information collected "
        "automatically when you call, text or chat."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "When counselors judge, by their protocols, that someone is at imminent risk of "
        "harming themselves or someone else (less than 2% of the time), the Lifeline "
        "contacts 911 to send emergency services. This is Arizona's 911 program's account; "
        "988's own terms say only that there are exceptions related to a person's safety."),
    # Crisis Text Line
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Text HOME to 741741 to reach a trained volunteer crisis counselor by text message."
        " 24 hours a day, 7 days a week, free on major US carriers."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "A trained volunteer crisis counselor texts with you. Crisis Text Line keeps a "
        "record of each conversation, and shares information that identifies you only if it"
        " is needed to help prevent death or serious injury, or to meet legal requirements."
        " You can ask it to delete your data by texting DELETE."),
    QT_TRANSLATE_NOOP("DirectoryData", "Text HOME to 741741"),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "The privacy policy names two reasons it may share information that identifies you:"
        " to help prevent death or serious injury, or to meet legal requirements. Telling "
        "your employer is not one of them."),
    QT_TRANSLATE_NOOP("DirectoryData", "Texting is not a report to a licensing board."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "It is support from trained volunteers, not treatment, so it creates no treatment "
        "record."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Crisis Text Line keeps a record of each conversation, and may automatically "
        "receive the phone number, mobile carrier, IP address or internet provider you "
        "used. You can ask it to delete your data by texting DELETE."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "It may share information that identifies you if necessary to help prevent death or"
        " serious injury, or to meet legal requirements."),
    # 911 emergency services
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "If you or someone near you is in immediate danger, call 911 or go to the nearest "
        "emergency department."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Emergency responders come to help where you are. It is an emergency service, not a"
        " confidential counseling line: use it when a life is in danger right now."),
    QT_TRANSLATE_NOOP("DirectoryData", "Call 911"),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "911 is an emergency service, not a confidential line: it makes no promise about "
        "who learns of a call."),
    QT_TRANSLATE_NOOP("DirectoryData", "A licensing board could learn of an emergency response."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Emergency care that follows a call may create a medical record."),
    # Veterans Crisis Line
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "For Veterans: dial 988, then press 1, text 838255, or chat online. 24 hours a day,"
        " 7 days a week. You do not need to be enrolled in VA benefits or health care."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "A trained responder answers. It is free and confidential, and you decide what to "
        "share; your employer is not told. If you choose to share your contact details, a "
        "local Suicide Prevention Coordinator may follow up with you."),
    QT_TRANSLATE_NOOP("DirectoryData", "Text 838255"),
    QT_TRANSLATE_NOOP("DirectoryData", "Call 988, then press 1"),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "The Veterans Crisis Line calls itself free, anonymous and confidential, and you "
        "decide what to share about yourself."),
    QT_TRANSLATE_NOOP("DirectoryData", "Contacting it is not a report to a licensing board."),
    QT_TRANSLATE_NOOP("DirectoryData", "A call does not start a treatment relationship."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "You decide what to share about yourself. If you choose to share your contact "
        "information, the Suicide Prevention Coordinator at the nearest VA Medical Center "
        "will contact you by the next business day."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "If someone is in imminent danger of suicide, responders contact local emergency "
        "services and start a rescue (a 2010 VA article)."),
    # Physician Support Line
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "A free, confidential support line for US physicians (MD, DO or international "
        "equivalent) at every stage: medical students, interns, residents, fellows and "
        "attendings, and you do not have to be practicing now. Volunteer US-licensed "
        "psychiatrists answer; no appointment needed. Physicians only (not nurses)."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "You talk with someone who listens and helps you think things through; no "
        "appointment needed. It is confidential: no identifying information is recorded, no"
        " phone numbers are stored, and your employer is not told. You do not have to "
        "report the call to your medical board: it does not start a doctor-patient "
        "relationship, so it is not receiving therapy. Confidentiality is broken only if "
        "someone is at risk of imminent harm. The line does not prescribe."),
    QT_TRANSLATE_NOOP("DirectoryData", "8 am to 1 am Eastern Time, 7 days a week"),
    QT_TRANSLATE_NOOP("DirectoryData", "Call 1-888-409-0141"),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Volunteers sign a confidentiality contract not to discuss calls with anyone except"
        " the line's own admin team, so your employer is not told."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "You do not have to report the call to your medical board: it does not establish a "
        "doctor-patient relationship, so it is not reportable as receiving therapy."),
    QT_TRANSLATE_NOOP("DirectoryData", "A call does not establish a doctor-patient relationship."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "No identifying information is recorded and no phone numbers are stored."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Volunteers discuss a call only with the line's admin team, and only if there is a "
        "concern about imminent harm to self or others."),
    # NAMI HelpLine
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Free peer support, information and referral from the National Alliance on Mental "
        "Illness. Call 1-800-950-NAMI (6264) or text \"helpline\" to 62640. Not a crisis "
        "line: in a crisis, call or text 988."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "A trained peer listens, shares information and suggests resources. NAMI describes "
        "it as free peer support, not treatment. It is not a crisis line: in a crisis, call"
        " or text 988."),
    QT_TRANSLATE_NOOP("DirectoryData", "Monday to Friday, 10 am to 10 pm Eastern Time"),
    QT_TRANSLATE_NOOP("DirectoryData", "Text \"helpline\" to 62640"),
    QT_TRANSLATE_NOOP("DirectoryData", "Call 1-800-950-NAMI (6264)"),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "NAMI is independent of your employer, so your employer is not told."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "It is peer support, not treatment, so there is nothing to report to a licensing "
        "board."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "NAMI describes the HelpLine as a free peer-support service giving information, "
        "resource referrals and support: it is not treatment."),
    # SAMHSA National Helpline
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Treatment referral and information for mental health and substance use, in English"
        " and Spanish. Call 1-800-662-HELP (4357), TTY 1-800-487-4889, or text your ZIP "
        "code to 435748 (HELP4U). 24 hours a day, 365 days a year."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Someone helps you find treatment, support groups and community services near you. "
        "It is confidential: they will not ask for personal information (they may ask your "
        "ZIP code to find services near you), and your employer is not told. They give "
        "referrals only, not counseling."),
    QT_TRANSLATE_NOOP("DirectoryData", "24 hours a day, 365 days a year"),
    QT_TRANSLATE_NOOP("DirectoryData", "Text your ZIP code to 435748 (HELP4U)"),
    QT_TRANSLATE_NOOP("DirectoryData", "Call 1-800-662-HELP (4357)"),
    QT_TRANSLATE_NOOP("DirectoryData", "TTY 1-800-487-4889"),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "The helpline is confidential and will not ask for any personal information, so it "
        "has nothing to tell your employer."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "checked against a stored copy of the page (stored through a web proxy)"),
    QT_TRANSLATE_NOOP("DirectoryData", "Calling is not a report to a licensing board."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "It gives referrals and information only; it does not provide counseling."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "It will not ask you for any personal information; it may ask your ZIP code or "
        "other geographic information to find services near you."),
    # Emotional PPE Project
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "A directory that connects health workers with independent licensed mental health "
        "professionals. The directory itself collects no personal data. Contact: "
        "contact@emotionalppe.org."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "You find a licensed therapist in the directory and contact them yourself; the "
        "directory collects no personal data and your employer is not told. Care with the "
        "therapist is a treatment relationship: whether you must mention it on a license "
        "application depends on how your state's licensing question is worded (more and "
        "more states ask only about current impairment)."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "The directory collects no personal data, and the therapists in it are independent "
        "of your employer."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Care with a therapist is a treatment relationship; whether you must mention it on "
        "a license application depends on how your state board words its question."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Care is with an independent licensed therapist: a treatment relationship."),
    QT_TRANSLATE_NOOP("DirectoryData", "The directory itself collects no personal data."),
    # Therapy Aid Coalition
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Free or low-fee short-term online therapy for essential workers, through a "
        "volunteer network of licensed therapists in every state."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "You are matched with a volunteer therapist for short-term online therapy. Therapy "
        "is a treatment relationship: whether you must mention it on a license application "
        "depends on how your state's licensing question is worded."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "It is independent of your employer, so your employer is not told."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Therapy is a treatment relationship; whether you must mention it on a license "
        "application depends on how your state board words its question."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Therapy with a volunteer therapist is a treatment relationship."),
    # State physician health programs (FSPHP directory)
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "The Federation of State Physician Health Programs lists the physician health "
        "program (PHP) of every state and DC. A PHP offers confidential assessment, "
        "referral to treatment, resources and monitoring. Licensing caveat: a PHP documents"
        " whether you comply with its monitoring, and not complying can lead to a report to"
        " the licensing board."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "You contact your state's PHP. It offers a confidential assessment, referral to "
        "treatment and monitoring, as a therapeutic alternative to discipline, and many "
        "states give PHP participants exceptions to mandated reporting. Plainly: this is "
        "the one path here that can reach the licensing board. The PHP documents whether "
        "you comply with its monitoring, and not complying can lead to a report to the "
        "board. Ask the PHP how your state handles reporting before you enroll."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "Your employer could learn of it: FSPHP calls a PHP confidential but does not say "
        "that an employer is never told."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "FSPHP says a PHP monitors participants and documents their progress so that it can"
        " verify whether they comply with treatment and continuing care. This is the one "
        "path here that can reach a licensing board: ask your state's PHP how it handles "
        "reporting before you enroll."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "A PHP coordinates evaluation, treatment and continuing-care monitoring."),
    QT_TRANSLATE_NOOP(
        "DirectoryData",
        "A PHP documents your progress and whether you comply with treatment and "
        "monitoring."),
)


def in_language(resource: Resource, translate: Translate) -> Resource:
    """`resource` with every listed text in the language `translate` gives.

    Only shipped (national) resources are translated: a bundle's words are the
    organization's own, and a shared sentence must not be reworded on its behalf. The
    one sentence Confide says of the EAP policy gives (`eap`) is Confide's, so it is.
    """
    if resource.origin != "national":
        if resource.description == EAP_DESCRIPTION:
            return replace(resource, description=translate(CONTEXT, EAP_DESCRIPTION))
        return resource

    def say(text: str) -> str:
        return translate(CONTEXT, text) if text else text

    def claim(item: Claim) -> Claim:
        value = say(item.value) if item.kind in TEXT_CLAIM_KINDS else item.value  # codes stay
        return replace(item, value=value, statement=say(item.statement), method=say(item.method))

    return replace(
        resource,
        name=say(resource.name),
        description=say(resource.description),
        what_happens=say(resource.what_happens),
        hours_text=say(resource.hours_text),
        text_instructions=say(resource.text_instructions),
        phones=tuple(replace(phone, label=say(phone.label)) for phone in resource.phones),
        claims=tuple(claim(item) for item in resource.claims),
    )


def name_in_language(resource: Resource, translate: Translate) -> str:
    """`resource`'s name as `in_language` gives it, without rewriting the rest (a list row)."""
    if resource.origin != "national" or not resource.name:
        return resource.name
    return translate(CONTEXT, resource.name)


def shipped_texts(resources: list[Resource]) -> set[str]:
    """Every text of `resources` that `in_language` translates (for the completeness test)."""
    found: set[str] = set()
    for item in resources:
        found |= {item.name, item.description, item.what_happens, item.hours_text,
                  item.text_instructions}
        found |= {phone.label for phone in item.phones}
        for claim in item.claims:
            found |= {claim.statement, claim.method}
            if claim.kind in TEXT_CLAIM_KINDS:
                found.add(claim.value)
    return {text for text in found if text}
