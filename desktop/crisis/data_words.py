"""The shipped crisis panel's own words, marked for translation (Qt-free).

The panel's lines come from data (`referral_directory.crisis`), which lupdate cannot read,
so every sentence, button and note of the shipped data is listed here in the "CrisisData"
context; `in_language` puts a whole directory into the language in force. Names of the
lines stay as their services write them. A text not listed (an organization's own EAP
line from policy) is shown as written. A test fails when the shipped data gains a text
that is not listed here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from desktop.words import QT_TRANSLATE_NOOP, Translate
from referral_directory.crisis import ContactAction, CrisisContact, CrisisDirectory

CONTEXT: Final = "CrisisData"

SHIPPED: Final = (
    QT_TRANSLATE_NOOP("CrisisData", "You don't have to face this alone"),
    QT_TRANSLATE_NOOP(
        "CrisisData",
        "Talking with someone can help, and people are ready to listen right now: free, "
        "confidential, any hour of the day or night. Reaching out is a strong and sensible "
        "step, and it often makes things feel more manageable."),
    QT_TRANSLATE_NOOP("CrisisData", "24 hours a day, 7 days a week"),
    QT_TRANSLATE_NOOP("CrisisData", "checked against a stored copy"),
    # 988
    QT_TRANSLATE_NOOP("CrisisData", "988 Suicide & Crisis Lifeline"),
    QT_TRANSLATE_NOOP(
        "CrisisData",
        "Call or text 988, or chat online, to talk with a trained counselor. 24 hours a day, "
        "7 days a week. Veterans: call 988, then press 1. Para español, oprima 2 "
        "o envíe AYUDA por texto al 988. "
        "Interpretation is available in more than 250 languages."),
    QT_TRANSLATE_NOOP(
        "CrisisData",
        "A trained crisis counselor answers, listens, and can help you find support near "
        "you. It is free, and by 988's own terms it is not mental health treatment. When "
        "counselors judge that someone is at imminent risk of harm, which is less than 2% "
        "of the time, they contact 911 to send emergency services."),
    QT_TRANSLATE_NOOP("CrisisData", "Call 988"),
    QT_TRANSLATE_NOOP("CrisisData", "Text 988"),
    QT_TRANSLATE_NOOP("CrisisData", "Open chat"),
    QT_TRANSLATE_NOOP("CrisisData", "En español"),
    QT_TRANSLATE_NOOP(
        "CrisisData",
        "Llame al 988 y oprima 2, o envíe AYUDA por texto al 988. (Call 988 and press 2, or "
        "text AYUDA to 988.)"),
    QT_TRANSLATE_NOOP("CrisisData", "Llamar al 988, oprima 2"),
    QT_TRANSLATE_NOOP("CrisisData", "Enviar AYUDA al 988"),
    QT_TRANSLATE_NOOP("CrisisData", "Veterans Crisis Line"),
    QT_TRANSLATE_NOOP(
        "CrisisData",
        "Veterans, service members and the people who support them: call 988 and press 1, "
        "text 838255, or chat online."),
    QT_TRANSLATE_NOOP("CrisisData", "Call 988, press 1"),
    QT_TRANSLATE_NOOP("CrisisData", "Text 838255"),
    QT_TRANSLATE_NOOP("CrisisData", "Veterans chat"),
    QT_TRANSLATE_NOOP("CrisisData", "ASL videophone (Deaf and hard of hearing)"),
    QT_TRANSLATE_NOOP(
        "CrisisData",
        "Talk with a 988 counselor in American Sign Language: choose “ASL Now” on "
        "988lifeline.org, or call 1-800-273-8255 from a videophone."),
    QT_TRANSLATE_NOOP("CrisisData", "Open 988lifeline.org (ASL Now)"),
    QT_TRANSLATE_NOOP("CrisisData", "Videophone 1-800-273-8255"),
    # Crisis Text Line
    QT_TRANSLATE_NOOP("CrisisData", "Crisis Text Line"),
    QT_TRANSLATE_NOOP(
        "CrisisData",
        "Text HOME to 741741 to reach a trained volunteer crisis counselor by text message. "
        "24 hours a day, 7 days a week, free on major US carriers."),
    QT_TRANSLATE_NOOP(
        "CrisisData",
        "A trained volunteer crisis counselor texts with you. Crisis Text Line keeps a record "
        "of each conversation, and shares information that identifies you only if it is "
        "needed to help prevent death or serious injury, or to meet legal requirements. You "
        "can ask it to delete your data by texting DELETE."),
    QT_TRANSLATE_NOOP("CrisisData", "Text HOME to 741741"),
    # 911
    QT_TRANSLATE_NOOP("CrisisData", "911 emergency services"),
    QT_TRANSLATE_NOOP(
        "CrisisData",
        "If you or someone near you is in immediate danger, call 911 or go to the nearest "
        "emergency department."),
    QT_TRANSLATE_NOOP(
        "CrisisData",
        "Emergency responders come to help where you are. It is an emergency service, not a "
        "confidential counseling line: use it when a life is in danger right now."),
    QT_TRANSLATE_NOOP("CrisisData", "Call 911"),
)


def in_language(directory: CrisisDirectory, translate: Translate) -> CrisisDirectory:
    """`directory` with every listed text in the language `translate` gives."""

    def say(text: str) -> str:
        return translate(CONTEXT, text) if text else text

    def action(item: ContactAction) -> ContactAction:
        return replace(item, label=say(item.label))

    def contact(item: CrisisContact) -> CrisisContact:
        options = tuple(
            replace(option, title=say(option.title), how=say(option.how),
                    checked_how=say(option.checked_how),
                    actions=tuple(action(a) for a in option.actions))
            for option in item.options
        )
        return replace(item, name=say(item.name), summary=say(item.summary),
                       hours=say(item.hours), confidentiality=say(item.confidentiality),
                       actions=tuple(action(a) for a in item.actions), options=options)

    return replace(directory, heading=say(directory.heading), intro=say(directory.intro),
                   contacts=tuple(contact(c) for c in directory.contacts))


def shipped_texts(directory: CrisisDirectory) -> set[str]:
    """Every text of `directory` that `in_language` translates (for the completeness test)."""
    found = {directory.heading, directory.intro}
    for item in directory.contacts:
        found |= {item.name, item.summary, item.hours, item.confidentiality}
        found |= {a.label for a in item.actions}
        for option in item.options:
            found |= {option.title, option.how, option.checked_how}
            found |= {a.label for a in option.actions}
    return {text for text in found if text}
