"""Which language `confide-admin` speaks, and its translator: QtCore only, no display.

The only admin module that imports Qt, and only when a command runs (`cli.main` imports it
then; importing the admin tool loads no Qt). It uses QLocale, to read the computer's
language as the app does (LC_ALL, LC_MESSAGES, LANG), and QTranslator, whose `translate`
works without a QCoreApplication. The `.qm` is the app's own, shipped or compiled from the
`.ts` (`desktop.i18n_view.compiled_translation`). Anything missing leaves English.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QTranslator

from desktop.admin.words import ENGLISH, LANGUAGES, AdminWords
from desktop.i18n_view import compiled_translation

log = logging.getLogger(__name__)

def system_language() -> str:
    """The computer's language ("es" for es_US, es_MX…), as the app reads it.

    Organization policy also has a `language` setting, but it is not followed here: it
    words the app for the people who use it, while this tool is read by IT and support
    staff at their own terminal, often when the app (and perhaps its policy) is broken;
    their locale, or `--language`, says what they read.
    """
    return QLocale.system().name().replace("-", "_").split("_", 1)[0].lower()


def load_words(language: str) -> AdminWords:
    """The admin tool's words in `language`; English when it has no translation."""
    if language not in LANGUAGES or language == "en":
        return ENGLISH
    qm = compiled_translation(language)
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        log.warning("the %s translation could not be loaded: English is printed", language)
        return ENGLISH
    return AdminWords(translator, language)
