"""Shared test helpers: a language installed for one test only, and a pseudo-translator."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.i18n_view import install_language

OPEN, CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


class PseudoTranslator(QTranslator):
    """Wraps every string Qt is asked to translate in ⟦…⟧, so untranslated text stands out."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        del context, disambiguation, n
        # Placeholders are left outside the brackets, so what .format() puts there (data,
        # or a string that was never translated) is checked on its own.
        return OPEN + PLACEHOLDER.sub(lambda m: CLOSE + m.group(0) + OPEN, source) + CLOSE

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's API; an empty translator is skipped
        return False


@contextmanager
def language(code: str, cache: Path) -> Iterator[list[QTranslator]]:
    """Confide in `code` for the block; the translators and the default locale are undone."""
    app = QCoreApplication.instance()
    assert app is not None
    previous = QLocale()
    installed = install_language(app, code, cache)
    try:
        yield installed
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(previous)


@contextmanager
def pseudo_locale(code: str = "es_US") -> Iterator[PseudoTranslator]:
    """Every translated string wrapped in ⟦…⟧, with `code` as the default locale."""
    app = QCoreApplication.instance()
    assert app is not None
    translator = PseudoTranslator(app)
    previous = QLocale()
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(previous)
