"""The questionnaire list names PHQ-9 by its published Spanish form when Spanish is in force."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.crisis.view import CrisisPanel
from desktop.questionnaires.questionnaires_view import QuestionnairesPage
from desktop.records.instruments import load_all
from desktop.ui.worker import Worker
from tests.conftest import VAULT_PASSPHRASE
from tests.desktop.i18n_fixtures import language


@pytest.mark.parametrize(("code", "shown", "absent"), [
    ("es", "PHQ-9 \u2014 Cuestionario sobre la salud del paciente-9 (depresión)",
     "Patient Health Questionnaire-9"),
    ("en", "PHQ-9 \u2014 Patient Health Questionnaire-9 (depression)", "Cuestionario"),
])
def test_the_list_names_each_form_in_the_language(
    qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams, tmp_path: Path,
    code: str, shown: str, absent: str,
) -> None:
    worker = Worker()
    vault, _code = worker.run_blocking(
        lambda: Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf))
    try:
        with language(code, tmp_path):
            page = QuestionnairesPage(load_all(), vault, worker, crisis_panel=CrisisPanel)
            qtbot.addWidget(page)
        names = [label.text() for label in page.findChildren(QLabel)]
        assert shown in names
        assert not any(absent in name for name in names)
        # PHQ-2's Spanish file names no form of its own: its English name stays.
        assert "PHQ-2 \u2014 Patient Health Questionnaire-2 (depression screen)" in names
    finally:
        worker.run_blocking(vault.lock)
        worker.stop()
