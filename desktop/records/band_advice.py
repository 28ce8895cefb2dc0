"""What a result means and what might help, in the person's language (Qt-free).

The instrument files hold Confide's own words around each band (its meaning, the next
steps, a single-item flag's message, a reference figure's sentence) in English; the
published wording of an instrument is translated elsewhere (`instrument_translations.in_language`).
Each of those English texts is marked here in the "BandAdvice" context (a test holds the
two alike), and the result page translates it when shown. A text not marked (a file edited
since) is shown as written.
"""

from __future__ import annotations

from typing import Final

from desktop.words import QT_TRANSLATE_NOOP, Translate, english

CONTEXT: Final = "BandAdvice"

ADVICE: Final = (
    # phq9
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your answers show few or no signs of depression over the last two weeks. This is a "
        "screening result, not a diagnosis.",
    ),
    QT_TRANSLATE_NOOP("BandAdvice", "Keep doing what helps you."),
    QT_TRANSLATE_NOOP("BandAdvice", "Take it again in about two weeks to see how things change."),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your answers suggest mild symptoms of depression over the last two weeks. Many people "
        "feel this way at times, especially during hard stretches at work. This is a screening "
        "result, not a diagnosis.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Small things count: sleep when you can, eat regular meals, and spend a little time with "
        "someone who is good for you.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "If it has lasted a while or is getting in the way, talking it through with someone can "
        "help: a peer supporter, your EAP or your own doctor.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your answers suggest moderate symptoms of depression. Symptoms at this level often get "
        "better with support, and it is worth talking with a professional. This is a screening "
        "result, not a diagnosis.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Consider talking with a clinician you trust: your own doctor, an external therapist, or "
        "your Employee Assistance Program (EAP). Confide's directory lists confidential options "
        "and what each one tells (or does not tell) your employer.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "You could bring this result to the appointment; Confide can export it for your "
        "clinician.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your answers suggest moderately severe symptoms of depression. You deserve support with "
        "this, and effective help is available. This is a screening result, not a diagnosis.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Please reach out to a clinician soon, within the next few days if you can. Consider "
        "talking with a clinician you trust: your own doctor, an external therapist, or your "
        "Employee Assistance Program (EAP). Confide's directory lists confidential options and "
        "what each one tells (or does not tell) your employer.",
    ),
    QT_TRANSLATE_NOOP("BandAdvice", "Tell someone you trust how you have been feeling."),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your answers suggest severe symptoms of depression. This is a lot to carry, and you do "
        "not have to carry it alone. Effective help is available. This is a screening result, "
        "not a diagnosis.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Please contact a clinician as soon as you can. Consider talking with a clinician you "
        "trust: your own doctor, an external therapist, or your Employee Assistance Program "
        "(EAP). Confide's directory lists confidential options and what each one tells (or does "
        "not tell) your employer.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "If you feel unsafe at any point, call or text 988 for free, confidential support, any "
        "time.",
    ),
    # phq2
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your answers do not point to depression over the last two weeks. This is a screening "
        "result, not a diagnosis.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your answers suggest it would be worth looking more closely at your mood. The PHQ-2 is "
        "a quick first check; the PHQ-9 gives a fuller picture. This is a screening result, not "
        "a diagnosis.",
    ),
    QT_TRANSLATE_NOOP("BandAdvice", "Take the PHQ-9 now or soon."),
    # gad7
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your answers show few or no signs of anxiety over the last two weeks. This is a "
        "screening result, not a diagnosis.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your answers suggest mild anxiety over the last two weeks. Worry and tension are common "
        "during demanding work. This is a screening result, not a diagnosis.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your answers suggest moderate anxiety. Anxiety at this level often eases with support, "
        "and it is worth talking with a professional. This is a screening result, not a "
        "diagnosis.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your answers suggest severe anxiety. You deserve support with this, and effective help "
        "is available. This is a screening result, not a diagnosis.",
    ),
    # gad2
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your answers do not point to an anxiety problem over the last two weeks. This is a "
        "screening result, not a diagnosis.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your answers suggest it would be worth looking more closely at anxiety. The GAD-2 is a "
        "quick first check; the GAD-7 gives a fuller picture. This is a screening result, not a "
        "diagnosis.",
    ),
    QT_TRANSLATE_NOOP("BandAdvice", "Take the GAD-7 now or soon."),
    # who5
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your well-being has been very low over the last two weeks (28 or less out of 100). "
        "Scores this low often go with depression, so it is worth checking in with a "
        "professional. This is a screening result, not a diagnosis.",
    ),
    QT_TRANSLATE_NOOP("BandAdvice", "Consider taking the PHQ-9 for a fuller picture of your mood."),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your well-being has been low over the last two weeks (under 52 out of 100). This is "
        "common during hard stretches, and it is worth paying attention to. This is a screening "
        "result, not a diagnosis.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Talking it through with someone can help: a peer supporter, your EAP or your own "
        "doctor.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Your answers do not point to low well-being over the last two weeks. This is a "
        "screening result, not a diagnosis.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "A change of 10 points or more out of 100 between two results is a meaningful change; "
        "take it again next week to follow it.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "At least one of your answers was \"Some of the time\" or \"At no time\". Even when the "
        "total looks fine, a very low answer to a single statement is worth a closer look: "
        "consider talking with a clinician you trust, or take the PHQ-9 for a fuller picture of "
        "your mood.",
    ),
    # burnout
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "You do not describe yourself as burned out right now. Stress that comes and goes is "
        "common in health work.",
    ),
    QT_TRANSLATE_NOOP("BandAdvice", "Notice what keeps you going, and protect it."),
    QT_TRANSLATE_NOOP("BandAdvice", "Take it again next month to follow how you are doing."),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "You describe symptoms of burnout. Burnout comes from how work is, not from a personal "
        "failing, and things can get better with support and changes at work.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Talk with someone you trust about what is wearing you down: a peer supporter, a "
        "colleague or your EAP.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "If you have been feeling this way for a while, or you chose the last answer, consider "
        "reaching out to a clinician. Confide's directory lists confidential options and what "
        "each one tells (or does not tell) your employer.",
    ),
    QT_TRANSLATE_NOOP(
        "BandAdvice",
        "Of 2,099 board-certified family physicians asked this question in 2016, 515 (24.5%) "
        "described burnout (an answer of 3 or more).",
    ),
)


def advice(text: str, translate: Translate = english) -> str:
    """`text` (a band's meaning or next step, a flag's message, a figure's sentence) in the
    language in force."""
    return translate(CONTEXT, text) if text else text
