"""The Spanish .ts: current with the code, complete, and true to each string's placeholders."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from installer import translations

SHORTCUT = re.compile(r"&(?=\w)")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    # The repository's own file, not untrusted input.
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


SPANISH = _messages(translations.ts_file("es"))


def test_the_ts_holds_every_string_of_the_listed_sources(tmp_path: Path) -> None:
    """lupdate run afresh finds no string the committed .ts lacks (run `update` if it fails)."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(translations.ts_file("es"), fresh)
    import subprocess

    subprocess.run(
        [translations.tool("lupdate"), "-locations", "none", "-no-obsolete",
         *translations.SOURCES, "-ts", str(fresh)],
        cwd=translations.ROOT, check=True, capture_output=True,
    )
    assert set(_messages(fresh)) == set(SPANISH)


def _forms(message: ET.Element) -> list[str]:
    """The translation's text, or each plural form's (Spanish has two) for a %n message."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    forms = _forms(message)
    plural_ok = message.get("numerus") != "yes" or len(forms) == 2
    return (translation is not None and translation.get("type") is None and plural_ok
            and bool(forms) and all(form.strip() for form in forms))


def test_every_string_is_translated() -> None:
    assert [key for key, message in SPANISH.items() if not _finished(message)] == []


@pytest.mark.parametrize("key", sorted(SPANISH), ids=lambda k: f"{k[0]}:{k[1][:30]}")
def test_placeholders_and_shortcuts_survive_translation(key: tuple[str, str]) -> None:
    _context, source = key
    for spanish in _forms(SPANISH[key]):
        assert sorted(PLACEHOLDER.findall(spanish)) == sorted(PLACEHOLDER.findall(source))
        # A shortcut letter in each language ("&" before a letter; "A & B" is the word "and").
        assert len(SHORTCUT.findall(spanish)) == len(SHORTCUT.findall(source))
        assert spanish.count("%n") == source.count("%n")  # the count is shown in each form


def test_release_compiles_every_language(tmp_path: Path) -> None:
    written = translations.release(tmp_path)
    assert [p.name for p in written] == ["confide_es.qm"]
    assert all(p.stat().st_size > 0 for p in written)


def _calls(source: str) -> list[str]:
    """The literal strings passed to tr() / translate() anywhere, f-strings included."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        args = node.args[1:] if name == "translate" else node.args if name == "tr" else []
        if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
            found.append(args[0].value)
    return found


@pytest.mark.parametrize("path", translations.SOURCES)
def test_lupdate_sees_every_tr_call(path: str) -> None:
    """A tr() lupdate cannot see (e.g. inside an f-string) would stay English for good."""
    sources = {source for _context, source in SPANISH}
    code = (translations.ROOT / path).read_text(encoding="utf-8")
    assert [text for text in _calls(code) if text not in sources] == []
