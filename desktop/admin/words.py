"""`confide-admin`'s words for people, in English or in the language Qt's translator holds.

Qt-free: the translator is handed in by `language_view` (which loads it from QtCore only)
or left out, and then every word is English, so the tool works where Qt does not.

Every sentence is written at its call site as `confide_admin.tr("...")`, or
`confide_admin.tr("%n ...", "", count)` where a count is printed. lupdate names a message's
context after the object `.tr` is called on, so the parameter that carries an `AdminWords`
is always called `confide_admin`: the sentences land in the "confide_admin" context of
`confide_<lang>.ts`, the one `CONTEXT` names here. Sentences are format strings with named
fields ("{path} is not readable ({reason})"), so a translation may reorder them.

Only words meant for people go through here: `--json` keys, codes, exit statuses and
the files the commands write stay the same in every language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol


class Translator(Protocol):
    """What `AdminWords` needs of Qt's `QTranslator` (its `translate` method)."""

    def translate(self, context: str, source_text: str, /, disambiguation: str | None = ...,
                  n: int = ...) -> str | None: ...


CONTEXT: Final = "confide_admin"
# The languages `--language` offers: English and those Confide ships a translation for.
LANGUAGES: Final = ("en", "es")
OPTION: Final = "--language"


class AdminWords:
    """The admin tool's sentences in one language.

    Args:
        translator: a loaded `QTranslator` for Confide's strings, or None for English.
        language: the language code it holds ("en" without one).
    """

    def __init__(self, translator: Translator | None = None, language: str = "en") -> None:
        self._translator = translator
        self.language = language if translator is not None else "en"

    def tr(self, text: str, disambiguation: str = "", n: int | None = None) -> str:
        """`text` (English, marked for lupdate at the call) in this language.

        Args:
            text: the English sentence; with `n`, "%n" in it stands for the count.
            disambiguation: lupdate's comment (always "" here).
            n: the count a plural depends on (None: not a plural).
        """
        if n is None:
            return self.translate(CONTEXT, text, disambiguation)
        return self.translate(CONTEXT, text, disambiguation, n).replace("%n", str(n))

    def translate(self, context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
        """`text` from any context (the app's shared words: `desktop.words.Translate`).

        A sentence the translator has no translation for stays English (Qt returns "").
        """
        if self._translator is None:
            return text
        return self._translator.translate(context, text, disambiguation or None, n) or text


ENGLISH: Final = AdminWords()


def asked_language(argv: Sequence[str]) -> str | None:
    """The value of `--language LANG` / `--language=LANG` in `argv`, if any.

    Read before argparse parses, because the parser's own help is worded in it.
    """
    for at, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == OPTION and at + 1 < len(argv):
            return argv[at + 1]
        if arg.startswith(f"{OPTION}="):
            return arg.split("=", 1)[1]
    return None
