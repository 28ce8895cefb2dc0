"""The score bands' names in the person's language (Qt-free).

A result keeps its band's name as the instrument file says it, in English: it is stored
with the result (`results_store`) and read back by History and the Today card, so the name
is translated when shown, not when saved. Every band name the shipped instrument files use
is marked here in the "Bands" context (a test holds the two alike); the same scores give
the same bands in every language, only the words differ.
"""

from __future__ import annotations

from typing import Final

from desktop.words import QT_TRANSLATE_NOOP, Translate, english

CONTEXT: Final = "Bands"

BAND_NAMES: Final = (
    # PHQ-9 and GAD-7 severity.
    QT_TRANSLATE_NOOP("Bands", "Minimal"),
    QT_TRANSLATE_NOOP("Bands", "Mild"),
    QT_TRANSLATE_NOOP("Bands", "Moderate"),
    QT_TRANSLATE_NOOP("Bands", "Moderately severe"),
    QT_TRANSLATE_NOOP("Bands", "Severe"),
    # PHQ-2 and GAD-2.
    QT_TRANSLATE_NOOP("Bands", "Screen negative"),
    QT_TRANSLATE_NOOP("Bands", "Screen positive"),
    # WHO-5.
    QT_TRANSLATE_NOOP("Bands", "Very low well-being"),
    QT_TRANSLATE_NOOP("Bands", "Low well-being"),
    QT_TRANSLATE_NOOP("Bands", "No sign of low well-being"),
    # The single-item burnout measure.
    QT_TRANSLATE_NOOP("Bands", "Not burned out"),
    QT_TRANSLATE_NOOP("Bands", "Burnout symptoms"),
)


def band_name(label: str, translate: Translate = english) -> str:
    """`label` (a band's name as stored) in the language in force; one not marked here
    (a file edited since) is shown as it is."""
    return translate(CONTEXT, label) if label else label
