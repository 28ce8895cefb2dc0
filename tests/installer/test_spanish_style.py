"""The Spanish .ts keeps one register and one set of terms (a machine check, not a review).

All of Confide's Spanish was written by a language model, in formal US Spanish. Until a
native speaker reviews it, these checks hold what can be checked mechanically: *usted*
throughout (a health worker is addressed as a professional, and a mix of *tú* and *usted*
reads as careless at a hard moment), Spanish's opening ¿ and ¡, and the same word for the
same thing (the vault is always "caja fuerte", the passphrase "frase de contraseña").
"""

from __future__ import annotations

import re

import pytest

from tests.installer.test_translations import SPANISH, _forms

# Words that address the reader as *tú*; none of them has another reading in this app.
INFORMAL = re.compile(
    r"\b(tú|tu|tus|contigo|puedes|tienes|quieres|necesitas|eres|estás|sientes|debes|"
    r"sabes|vienes|haces)\b",
    re.IGNORECASE,
)
# English term -> the Spanish term every translation of it uses.
GLOSSARY = {
    "vault": re.compile(r"caja(s)? fuerte(s)?", re.IGNORECASE),
    "passphrase": re.compile(r"frases? de contraseña", re.IGNORECASE),
    "recovery code": re.compile(r"códigos? de recuperación", re.IGNORECASE),
}
NEVER = re.compile(r"\b(bóveda|baúl|contraseña maestra|clave de acceso)\b", re.IGNORECASE)

# Shortcut marks removed: "código de &recuperación" is the same term.
TEXTS = [
    ((context, source.replace("&", "")), text.replace("&", ""))
    for (context, source), message in SPANISH.items() for text in _forms(message) if text
]


def test_there_are_texts_to_check() -> None:
    assert len(TEXTS) > 1000  # the checks below would pass on an empty file


def test_the_reader_is_always_usted() -> None:
    informal = [text for _key, text in TEXTS if INFORMAL.search(text)]
    assert informal == []


def test_questions_and_exclamations_open_as_spanish_does() -> None:
    # Every sentence that ends in ? or ! also opens with ¿ or ¡ (counted, not parsed:
    # one opening mark per closing one).
    unbalanced = [
        text for _key, text in TEXTS
        if text.count("?") > text.count("¿") or text.count("!") > text.count("¡")
    ]
    assert unbalanced == []


# A command-line option ("--passphrase-stdin") is a name typed as is, not the term.
OPTION = re.compile(r"--[a-z][a-z-]*")


@pytest.mark.parametrize("english", sorted(GLOSSARY))
def test_one_spanish_term_for_each_key_term(english: str) -> None:
    term = GLOSSARY[english]
    stray = [
        (source, text) for (_context, source), text in TEXTS
        if re.search(rf"\b{english}s?\b", OPTION.sub("", source), re.IGNORECASE)
        and not re.search(rf"\b{english}s? (file|folder|key)", source, re.IGNORECASE)
        and not term.search(text)
    ]
    assert stray == []


def test_no_second_word_for_the_vault_or_the_passphrase() -> None:
    assert [text for _key, text in TEXTS if NEVER.search(text)] == []
