"""The export dialog over a real vault and the real worker: encrypted, unencrypted, or off."""

from __future__ import annotations

import io
import json
import tarfile
from datetime import UTC, date, datetime
from pathlib import Path

import pyrage
import pytest
from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.export import view as export_view
from desktop.export.export import CHECKINS_CSV, QUESTIONNAIRES_CSV, QUESTIONNAIRES_FHIR
from desktop.export.view import EXPORT_OFF, UNENCRYPTED_WARNING, ExportDialog
from desktop.records.checkin_store import CheckInStore
from desktop.records.checkins import CheckIn
from desktop.records.instruments import load_all
from desktop.records.results_store import ResultStore
from desktop.records.scoring import score
from desktop.ui.worker import Worker

INSTRUMENTS = load_all()
CANARY = "canary-e2e: told no one about today"
PASSPHRASE = "export pass phrase"
AT = datetime(2025, 3, 12, 18, 30, tzinfo=UTC)


@pytest.fixture
def filled(vault: Vault, worker: Worker) -> Vault:
    """The vault with one check-in (holding the canary note) and one PHQ-9."""

    def fill() -> None:
        CheckInStore(vault).save(CheckIn(date(2025, 3, 12), AT, 3, 2, 4, note=CANARY))
        answers = [1, 2, 1, 2, 1, 1, 1, 1, 0]
        phq9 = INSTRUMENTS["phq9"]
        ResultStore(vault).save(phq9, score(phq9, answers), answers, AT)

    worker.run_blocking(fill)
    return vault


def _dialog(qtbot: QtBot, vault: Vault, worker: Worker, *, allowed: bool = True) -> ExportDialog:
    dialog = ExportDialog(vault, worker, INSTRUMENTS, allowed=allowed)
    qtbot.addWidget(dialog)
    return dialog


def _untar(data: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
        return {m.name: f.read() for m in tar.getmembers() if (f := tar.extractfile(m))}


def test_encrypted_export_opens_with_age(
    qtbot: QtBot, filled: Vault, worker: Worker, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, filled, worker)
    assert dialog.encrypt.isChecked()  # encryption is the default
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, PASSPHRASE)
    path = tmp_path / "mine.tar.age"
    # age's scrypt takes about a second alone; under strace (test_no_network runs this
    # suite traced) and a loaded machine it once took over 10 s. Correctness, not speed.
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as signal:
        assert dialog.export_to(path)
    assert signal.args == [str(path)]
    raw = path.read_bytes()
    assert CANARY.encode() not in raw
    files = _untar(pyrage.passphrase.decrypt(raw, PASSPHRASE))
    assert set(files) == {CHECKINS_CSV, QUESTIONNAIRES_CSV, QUESTIONNAIRES_FHIR}
    assert CANARY in files[CHECKINS_CSV].decode("utf-8-sig")
    bundle = json.loads(files[QUESTIONNAIRES_FHIR])
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds == ["Questionnaire", "QuestionnaireResponse"]
    assert dialog.passphrase.text() == "" and dialog.confirm.text() == ""


def test_mismatched_passphrases_export_nothing(
    qtbot: QtBot, filled: Vault, worker: Worker, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, filled, worker)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, PASSPHRASE + "x")
    assert not dialog.export_to(tmp_path / "x.age")
    assert not (tmp_path / "x.age").exists()
    assert "not the same" in dialog.status.text()
    assert not worker.busy


def test_unencrypted_needs_the_warning_accepted(
    qtbot: QtBot,
    filled: Vault,
    worker: Worker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    answer = [False]  # Cancel

    def ask(_parent: object, text: str, _yes: str) -> bool:
        shown.append(text)
        return answer[0]

    monkeypatch.setattr(export_view, "ask_yes_no", ask)
    dialog = _dialog(qtbot, filled, worker)
    dialog.plain.click()
    dialog.questionnaires.setChecked(False)
    path = tmp_path / "mine.tar"

    assert not dialog.export_to(path)  # the person cancels at the warning
    assert shown == [UNENCRYPTED_WARNING] and not path.exists() and not worker.busy

    answer[0] = True  # the button that names the act
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        assert dialog.export_to(path)
    assert shown == [UNENCRYPTED_WARNING] * 2
    files = _untar(path.read_bytes())
    assert set(files) == {CHECKINS_CSV}
    assert CANARY in files[CHECKINS_CSV].decode("utf-8-sig")
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_folder_that_cannot_be_written_says_so(
    qtbot: QtBot, filled: Vault, worker: Worker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_view, "ask_yes_no", lambda *_a: True)
    dialog = _dialog(qtbot, filled, worker)
    dialog.plain.click()
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as signal:
        dialog.export_to(tmp_path / "missing-folder" / "mine.tar")
    assert signal.args == ["That place cannot be written to. Choose another folder."]
    assert dialog.export_button.isEnabled()


def test_when_policy_turns_export_off_the_dialog_says_why(
    qtbot: QtBot, filled: Vault, worker: Worker, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, filled, worker, allowed=False)
    assert dialog.status.text() == EXPORT_OFF
    assert not hasattr(dialog, "export_button")
    assert not dialog.export_to(tmp_path / "x.tar")
    assert not (tmp_path / "x.tar").exists()
