"""The admin tests read English unless a test asks for Spanish.

`confide-admin` speaks the computer's language; in-process, that would make these tests
depend on the machine that runs them, so the computer is English here. A test that wants
Spanish passes `--language es` (or runs the command with `LANG=es_US.UTF-8`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.admin import language_view
from desktop.i18n_view import compiled_translation


@pytest.fixture(autouse=True)
def english_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language_view, "system_language", lambda: "en")


@pytest.fixture(scope="session")
def qm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the compiled Spanish translation, compiled once per run."""
    return tmp_path_factory.mktemp("qm-cache")


@pytest.fixture(autouse=True)
def translations_in_a_temporary_cache(monkeypatch: pytest.MonkeyPatch, qm_cache: Path) -> None:
    """`--language es` compiles the .ts into a temporary folder, not the user's cache."""
    monkeypatch.setattr(language_view, "compiled_translation",
                        lambda language: compiled_translation(language, qm_cache))
