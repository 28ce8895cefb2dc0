"""The Settings section and the token dialog, on a real vault and the real worker thread."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from crypto.vault import Vault
from desktop.prevalence.store import read_state, set_opted_in
from desktop.prevalence.token import KEYS, Period, Token, parse_token
from desktop.prevalence.token_view import TokenDialog
from desktop.prevalence.view import PrevalenceSection
from desktop.ui.dates import long_date
from desktop.ui.worker import Worker

Q4 = Period(2026, 4)


def section(qtbot: QtBot, vault: Vault, worker: Worker, answer: int | None = 4
            ) -> PrevalenceSection:
    made = PrevalenceSection(vault, worker, lambda _period: answer,
                             today=lambda: date(2026, 11, 5))
    qtbot.addWidget(made)
    qtbot.waitUntil(lambda: made.stored is not None, timeout=5000)
    return made


def opted_in(qtbot: QtBot, vault: Vault, worker: Worker, answer: int | None = 4
             ) -> PrevalenceSection:
    worker.run_blocking(lambda: set_opted_in(vault, True))
    return section(qtbot, vault, worker, answer)


def dialog_at(qtbot: QtBot, made: PrevalenceSection, state: str) -> TokenDialog:
    dialog = made.open_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.state == state, timeout=5000)
    return dialog


def shown(qtbot: QtBot, made: PrevalenceSection, resource: str = "out") -> TokenDialog:
    dialog = dialog_at(qtbot, made, "ask")
    {"yes": dialog.resource_yes, "no": dialog.resource_no,
     "out": dialog.resource_out}[resource].click()
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.state == "shown", timeout=5000)
    return dialog


def kept(vault: Vault, worker: Worker) -> Token | None:
    return worker.run_blocking(lambda: read_state(vault, Q4)).saved


def test_off_until_the_person_ticks_it(qtbot: QtBot, vault: Vault, worker: Worker) -> None:
    made = section(qtbot, vault, worker)
    assert not made.take_part.isChecked() and not made.make_button.isEnabled()
    assert made.open_dialog() is None
    assert "ε = ln 3 ≈ 1.10 per answer" in made.accounting.text()
    assert "≈ 2.20" in made.accounting.text() and "≈ 8.79 in total" in made.accounting.text()
    with qtbot.waitSignal(made.opted_in_changed, timeout=5000) as changed:
        made.take_part.click()
    assert changed.args == [True]
    assert worker.run_blocking(lambda: read_state(vault, Q4)).opted_in
    assert made.make_button.isEnabled() and "2026-Q4" in made.make_button.text()


def test_without_a_burnout_answer_the_person_is_asked_to_answer_first(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    made = opted_in(qtbot, vault, worker, answer=None)
    dialog = dialog_at(qtbot, made, "no-answer")
    assert "have not answered the single-item burnout question in 2026-Q4" in (
        dialog.heading.text())
    first, last = long_date(date(2026, 10, 1)), long_date(date(2026, 12, 31))
    assert f"{first} to {last}" in dialog.heading.text()  # days as people read them
    assert dialog.decline_button.isVisibleTo(dialog)
    assert not dialog.make_button.isVisibleTo(dialog)
    assert not dialog.save_button.isVisibleTo(dialog)
    dialog.decline_button.click()
    assert kept(vault, worker) is None


def test_the_dialog_shows_exactly_the_file_and_what_it_means(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    made = opted_in(qtbot, vault, worker)  # kept: the dialog is its child
    dialog = shown(qtbot, made, resource="yes")
    token = dialog.token
    assert token is not None and token.resource is not None
    assert dialog.file_text.text() + "\n" == token.to_text()
    meaning = dialog.meaning.text()
    said = "yes" if token.burnout else "no"
    assert f'burnout_3_or_more {token.burnout}: says "{said}"' in meaning
    assert "probability 3 in 4" in meaning
    assert f"used_confidential_resource {token.resource}: " in meaning
    assert "Nothing else is in the file" in meaning
    # Whether the answer was reversed is never on screen.
    assert "reversed" not in dialog.heading.text() + meaning.replace("the reverse", "")


def test_the_resource_question_can_be_left_out(
    qtbot: QtBot, vault: Vault, worker: Worker
) -> None:
    made = opted_in(qtbot, vault, worker)  # kept: the dialog is its child
    dialog = shown(qtbot, made, resource="out")
    assert dialog.token is not None and dialog.token.resource is None
    assert "used_confidential_resource null: the question is left out." in dialog.meaning.text()


def test_declining_a_shown_token_keeps_nothing(
    qtbot: QtBot, vault: Vault, worker: Worker, tmp_path: Path
) -> None:
    made = opted_in(qtbot, vault, worker)  # kept: the dialog is its child
    dialog = shown(qtbot, made)
    drawn = dialog.token
    dialog.decline_button.click()
    assert dialog.token is None
    assert kept(vault, worker) is None
    assert list(tmp_path.glob("*.json")) == []
    # Nothing is kept, yet making it again is the same draw, never a new one.
    assert shown(qtbot, made).token == drawn


def test_saving_writes_the_shown_file_and_keeps_the_token(
    qtbot: QtBot, vault: Vault, worker: Worker, tmp_path: Path
) -> None:
    made = opted_in(qtbot, vault, worker)
    dialog = shown(qtbot, made, resource="no")
    on_screen = dialog.file_text.text()
    path = tmp_path / "token.json"
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save_to(path)
    raw = path.read_bytes()
    assert raw.decode("utf-8") == on_screen + "\n"
    assert list(json.loads(raw)) == list(KEYS)  # nothing else in the file
    assert parse_token(raw) == saved.args[0] == kept(vault, worker)
    assert path.stat().st_mode & 0o777 == 0o600
    assert "Hand this file to your peer-support coordinator" in dialog.status.text()
    assert "2026-Q4 token is saved" in made.status.text()


def test_a_saved_quarter_shows_the_same_token_again_never_a_new_draw(
    qtbot: QtBot, vault: Vault, worker: Worker, tmp_path: Path
) -> None:
    made = opted_in(qtbot, vault, worker)
    first = shown(qtbot, made)
    with qtbot.waitSignal(first.saved, timeout=5000):
        first.save_to(tmp_path / "a.json")
    first.accept()
    again = dialog_at(qtbot, made, "shown")
    assert again.already_saved and again.token == kept(vault, worker)
    assert "Save again" in again.save_button.text().replace("&", "")
    with qtbot.waitSignal(again.saved, timeout=5000):
        again.save_to(tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_a_file_that_cannot_be_written_says_so_and_can_be_retried(
    qtbot: QtBot, vault: Vault, worker: Worker, tmp_path: Path
) -> None:
    made = opted_in(qtbot, vault, worker)  # kept: the dialog is its child
    dialog = shown(qtbot, made)
    dialog.save_to(tmp_path / "missing-folder" / "token.json")
    qtbot.waitUntil(lambda: dialog.status.property("role") == "error", timeout=5000)
    assert "could not be written" in dialog.status.text()
    assert dialog.state == "shown" and dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_to(tmp_path / "token.json")
