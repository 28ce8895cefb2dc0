"""In Spanish, the list says which questionnaires are offered in English only.

Without a published Spanish form (GAD-2, GAD-7, WHO-5, the burnout item) a questionnaire
keeps its English name and wording; the list says so before Start is pressed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.crisis.view import CrisisPanel
from desktop.questionnaires.questionnaires_view import QuestionnairesPage
from desktop.records.instrument_translations import in_language
from desktop.records.instruments import load_all
from desktop.ui.worker import Worker
from tests.conftest import VAULT_PASSPHRASE
from tests.desktop.i18n_fixtures import language


@pytest.mark.parametrize(("code", "note"), [("es", "Solo en inglés"), ("en", "In English only")])
def test_english_only_questionnaires_are_marked_in_spanish(
    qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams, tmp_path: Path, code: str, note: str,
) -> None:
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    try:
        with language(code, tmp_path):
            page = QuestionnairesPage(load_all(), vault, worker, crisis_panel=CrisisPanel)
            qtbot.addWidget(page)
        shown = [label.text() for label in page.findChildren(QLabel)].count(note)
        english_only = [i for i in load_all().values() if in_language(i, "es") is i]
        assert len(english_only) >= 1  # GAD-7 and WHO-5 at least ship in English only
        assert shown == (len(english_only) if code == "es" else 0)
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()
