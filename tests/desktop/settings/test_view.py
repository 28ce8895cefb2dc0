"""SettingsPage against a real vault on the real worker thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from crypto.errors import WrongPassphrase
from crypto.recovery import RecoveryCode
from crypto.vault import Vault
from desktop.reminders.settings_view import ReminderEditor
from desktop.settings.dialogs_view import (
    BackupDialog,
    ChangePassphraseDialog,
    PassphraseCheckDialog,
    RecoveryCodeDialog,
    RestoreDialog,
    RestoreRequest,
)
from desktop.settings.logic import Preferences, load_preferences
from desktop.settings.view import SettingsPage
from desktop.shell.settings_page import reminder_editor, with_reminders
from desktop.ui.worker import Worker
from tests.desktop.settings.conftest import PASSPHRASE
from tests.desktop.shell.test_main_window import unnamed_controls

NEW_PASSPHRASE = "lantern meadow quietly unfolds seventeen"
BACKUP_PASSPHRASE = "copper violin harbour drifts westward"


def confirming(seen: list[str]) -> Callable[[str, str], bool]:
    """A stand-in for the page's yes/no question that says yes and remembers the question."""

    def confirm(text: str, _yes: str) -> bool:
        seen.append(text)
        return True

    return confirm


def make_page(
    qtbot: QtBot, vault: Vault, worker: Worker, data_dir: Path, **kwargs: object
) -> SettingsPage:
    # The reminders' editor as the shell composes it (`desktop.shell.settings_page`).
    editor = reminder_editor(Preferences(), None, managed=False)
    page = SettingsPage(vault, worker, Preferences(), data_dir, reminders=editor, **kwargs)  # type: ignore[arg-type]  # only known keywords
    with_reminders(page, editor)
    qtbot.addWidget(page)
    page.show()
    # The sections below the first few come in later turns; wait until all are there.
    qtbot.waitUntil(lambda: page.built, timeout=5000)
    # ... and laid out: a click on a button still 0 px tall (its section shown, the layout
    # due at the next turn) misses it.
    qtbot.waitUntil(lambda: all(b.height() > 0 for b in page.keys.buttons), timeout=5000)
    # The keyring probe runs on the worker at start; wait until its answer is shown.
    qtbot.waitUntil(lambda: "Checking" not in page.quick_unlock.status.text(), timeout=5000)
    return page


def test_change_passphrase_then_old_fails_and_new_opens(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    with qtbot.waitSignal(page.task_done, timeout=10000) as done:
        page.keys.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert done.args == ["passphrase"]
    assert "changed" in page.status.text()
    worker.run_blocking(vault.lock)
    with pytest.raises(WrongPassphrase):
        worker.run_blocking(lambda: Vault.unlock(data_dir, PASSPHRASE))
    reopened = worker.run_blocking(lambda: Vault.unlock(data_dir, NEW_PASSPHRASE))
    worker.run_blocking(reopened.lock)


def test_change_passphrase_with_wrong_current_is_refused_in_words(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    with qtbot.waitSignal(page.task_failed, timeout=10000) as failed:
        page.keys.change_passphrase("not my passphrase at all", NEW_PASSPHRASE)
    assert failed.args[0] == "passphrase"
    assert page.status.text() == failed.args[1]
    assert "not the right one" in failed.args[1]
    worker.run_blocking(vault.lock)
    worker.run_blocking(lambda: Vault.unlock(data_dir, PASSPHRASE)).lock()


def test_change_passphrase_button_uses_the_dialog(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    monkeypatch.setattr(ChangePassphraseDialog, "ask", lambda parent: (PASSPHRASE, NEW_PASSPHRASE))
    with qtbot.waitSignal(page.task_done, timeout=10000):
        QTest.mouseClick(page.keys.change_button, Qt.MouseButton.LeftButton)
    assert worker.run_blocking(lambda: vault.verify_passphrase(NEW_PASSPHRASE))


def test_backup_writes_an_encrypted_age_file(
    qtbot: QtBot,
    *,
    vault: Vault,
    worker: Worker,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    backup = tmp_path / "confide-backup.age"
    monkeypatch.setattr(page.backup, "_ask_save_path", lambda: backup)
    monkeypatch.setattr(BackupDialog, "ask", lambda parent: BACKUP_PASSPHRASE)
    # age's scrypt takes about a second alone; with the machine busy it once passed 10 s.
    with qtbot.waitSignal(page.task_done, timeout=60_000) as done:
        QTest.mouseClick(page.backup.backup_button, Qt.MouseButton.LeftButton)
    assert done.args == ["backup"]
    assert b"private words" not in backup.read_bytes()
    assert backup.read_bytes().startswith(b"age-encryption.org/v1")  # opens with `age -d`
    # Restoring it is desktop.shell.restore_flow's (tests/desktop/shell/test_restore_flow.py).


def test_restore_button_warns_then_emits_the_request(
    qtbot: QtBot,
    *,
    vault: Vault,
    worker: Worker,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    warnings: list[str] = []
    monkeypatch.setattr(page.backup, "_confirm", confirming(warnings))
    chosen = tmp_path / "b.age"
    monkeypatch.setattr(page.backup, "_ask_open_path", lambda: chosen)
    request = RestoreRequest(chosen, BACKUP_PASSPHRASE, NEW_PASSPHRASE)
    monkeypatch.setattr(RestoreDialog, "ask", lambda backup, parent: request)
    with qtbot.waitSignal(page.restore_requested, timeout=1000) as emitted:
        QTest.mouseClick(page.backup.restore_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [request]
    assert "replaces the vault on this computer" in warnings[0]
    assert BACKUP_PASSPHRASE not in repr(request)


def test_new_recovery_code_replaces_the_old_one(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    monkeypatch.setattr(page.keys, "_confirm", lambda text, yes: True)
    with qtbot.waitSignal(page.task_done, timeout=10000):
        QTest.mouseClick(page.keys.recovery_button, Qt.MouseButton.LeftButton)
    dialog = page.keys.recovery_dialog
    assert isinstance(dialog, RecoveryCodeDialog)
    assert dialog.isVisible()
    code = RecoveryCode.parse(dialog.code.text())
    done = next(
        b for b in dialog.findChildren(QWidget) if b.accessibleName() == "I have written it down"
    )
    QTest.mouseClick(done, Qt.MouseButton.LeftButton)
    assert dialog.code.text() == ""  # not left on screen
    worker.run_blocking(vault.lock)
    worker.run_blocking(lambda: Vault.unlock_with_recovery(data_dir, code)).lock()


def test_rotate_data_key_keeps_the_data_and_gives_a_new_code(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    monkeypatch.setattr(PassphraseCheckDialog, "ask_rotate", lambda parent: PASSPHRASE)
    with qtbot.waitSignal(page.task_done, timeout=20000) as done:
        QTest.mouseClick(page.keys.rotate_button, Qt.MouseButton.LeftButton)
    assert done.args == ["rotate"]
    assert page.keys.recovery_dialog is not None
    assert page.keys.recovery_dialog.code.text()
    assert worker.run_blocking(lambda: vault.query("SELECT count(*) FROM checkin")) == [(1,)]


def test_rotate_with_wrong_passphrase_is_refused(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    with qtbot.waitSignal(page.task_failed, timeout=10000) as failed:
        page.keys.rotate_data_key("wrong")
    assert failed.args[0] == "rotate"


def test_auto_lock_spin_box_updates_preferences(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    with qtbot.waitSignal(page.auto_lock_changed, timeout=1000) as changed:
        page.locking.auto_lock.setValue(12)
    assert changed.args == [12]
    assert page.preferences.auto_lock_minutes == 12
    assert load_preferences(data_dir).auto_lock_minutes == 12


def test_auto_lock_is_capped_by_policy(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir, policy_max_auto_lock=3)
    assert page.locking.auto_lock.maximum() == 3
    assert page.locking.auto_lock.value() == 3  # the default 5 is longer than policy allows


def test_theme_applies_at_once_and_is_saved(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    with qtbot.waitSignal(page.theme_changed, timeout=1000) as changed:
        page.appearance.theme.setCurrentIndex(page.appearance.theme.findData("dark"))
    assert changed.args == ["dark"]
    assert load_preferences(data_dir).theme == "dark"


def test_lock_now_button(qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    button = next(b for b in page.findChildren(QWidget) if b.accessibleName() == "Lock now")
    with qtbot.waitSignal(page.lock_requested, timeout=1000):
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_without_a_keyring_quick_unlock_is_not_offered_and_says_why(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)  # tests default to keyring's "fail"
    assert "none is available" in page.quick_unlock.status.text()
    assert not page.quick_unlock.on.isVisible()


def test_policy_can_forbid_quick_unlock(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir, quick_unlock_allowed=False)
    assert "organization" in page.quick_unlock.status.text()
    assert not page.quick_unlock.on.isVisible()


@pytest.mark.usefixtures("real_keyring")
def test_quick_unlock_on_after_the_warning_then_off(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    assert page.quick_unlock.on.isVisible()
    warnings: list[str] = []
    monkeypatch.setattr(page.quick_unlock, "_confirm", confirming(warnings))
    with qtbot.waitSignal(page.task_done, timeout=10000):
        QTest.mouseClick(page.quick_unlock.on, Qt.MouseButton.LeftButton)
    assert "domain administrators" in warnings[0]
    assert "Quick unlock is on until" in page.quick_unlock.status.text()
    assert Vault.quick_unlock_expiry(data_dir) is not None
    with qtbot.waitSignal(page.task_done, timeout=10000):
        QTest.mouseClick(page.quick_unlock.off, Qt.MouseButton.LeftButton)
    assert Vault.quick_unlock_expiry(data_dir) is None
    assert "Quick unlock is off" in page.quick_unlock.status.text()


@pytest.mark.usefixtures("real_keyring")
def test_declining_the_warning_stores_nothing(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    monkeypatch.setattr(page.quick_unlock, "_confirm", lambda text, yes: False)
    with qtbot.assertNotEmitted(page.task_done, wait=200):
        QTest.mouseClick(page.quick_unlock.on, Qt.MouseButton.LeftButton)
    assert Vault.quick_unlock_expiry(data_dir) is None


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    assert unnamed_controls(page) == []
    for dialog in (
        ChangePassphraseDialog(),
        BackupDialog(),
        RestoreDialog(Path("b.age")),
        PassphraseCheckDialog("t", "e", "&OK", None),
        RecoveryCodeDialog("AAAA-BBBB"),
    ):
        qtbot.addWidget(dialog)
        assert unnamed_controls(dialog) == [], type(dialog).__name__


@pytest.mark.usefixtures("real_keyring")
def test_quick_unlock_is_shortened_by_policy(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir, quick_unlock_max_days=2)
    assert page.quick_unlock.days.maximum() == 2
    with qtbot.waitSignal(page.task_done, timeout=10000):
        page.quick_unlock.enable()  # the person's preference is 7 days; policy says 2
    expires = worker.run_blocking(lambda: vault.quick_unlock_expires)
    assert expires is not None
    assert expires - datetime.now(UTC) <= timedelta(days=2)


def test_choosing_reminder_days_saves_the_schedule(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    editor = page.findChild(ReminderEditor)
    assert editor is not None
    with qtbot.waitSignal(page.reminder_changed, timeout=1000) as changed:
        editor.days[0].click()  # Monday
    schedule = changed.args[0]
    assert schedule is not None and schedule.weekdays == frozenset({0})
    saved = load_preferences(data_dir).reminder
    assert saved is not None and saved.weekdays == frozenset({0})
    with qtbot.waitSignal(page.reminder_changed, timeout=1000) as changed:
        editor.days[0].click()  # no day left: no reminders
    assert changed.args == [None]
    assert load_preferences(data_dir).reminder is None


def test_the_language_choice_is_saved_for_the_next_start(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir)
    assert not page.language.next_start.isVisible()
    page.language.language.setCurrentIndex(page.language.language.findData("es"))
    assert load_preferences(data_dir).language == "es"
    assert page.preferences.language == "es"
    said = page.language.next_start.text()
    assert said.startswith("Confide usará este idioma") and "next time it starts" in said


def test_a_managed_language_cannot_be_changed(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = make_page(qtbot, vault, worker, data_dir, managed={"language"})
    assert not page.language.language.isEnabled() and page.language.mark is not None


def _keyboard_order(page: SettingsPage, sections: list[QWidget]) -> list[int]:
    """Which of `sections` each Tab stop of the page belongs to, in the keyboard's order."""
    seen: list[int] = []
    start: QWidget = page.appearance
    widget = start
    for _ in range(5000):
        following = widget.nextInFocusChain()
        if following is None or following is start:
            break
        widget = following
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        owner = next((i for i, s in enumerate(sections) if s is widget or s.isAncestorOf(widget)),
                     None)
        if owner is not None:
            seen.append(owner)
    return seen


def test_sections_past_the_first_come_in_later_turns_in_page_and_keyboard_order(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    editor = reminder_editor(Preferences(), None, managed=False)
    page = with_reminders(
        SettingsPage(vault, worker, Preferences(), data_dir, reminders=editor), editor)
    qtbot.addWidget(page)
    page.show()
    assert not page.built  # the first few now, the rest in later turns
    assert page.findChild(ReminderEditor) is None
    qtbot.waitUntil(lambda: page.built, timeout=5000)
    sections: list[QWidget] = [page.appearance, page.language, page.text_size, page.locking,
                               page.quick_unlock, page.keys, page.backup, editor, page.roles,
                               page.about_button]
    assert page.findChild(ReminderEditor) is editor
    qtbot.waitUntil(lambda: all(s.isVisible() for s in sections))
    tops = [s.mapTo(page, s.rect().topLeft()).y() for s in sections]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)  # top to bottom, in order
    order = _keyboard_order(page, sections)
    assert order == sorted(order) and set(order) == set(range(len(sections)))


def test_a_section_asked_for_before_its_turn_is_built_with_those_above_it(
    qtbot: QtBot, *, vault: Vault, worker: Worker, data_dir: Path
) -> None:
    page = SettingsPage(vault, worker, Preferences(), data_dir)
    qtbot.addWidget(page)
    page.show()
    backup = page.backup  # before its turn: built now, with quick unlock and keys above it
    assert backup.parent() is not None and not page.built
    added = QCheckBox("Another feature's section")
    page.add_section(added)  # the shell's extra section waits for those still to come
    qtbot.waitUntil(lambda: page.built, timeout=5000)
    assert added.parent() is not None
    sections: list[QWidget] = [page.appearance, page.language, page.text_size, page.locking,
                               page.quick_unlock, page.keys, backup, page.roles,
                               page.about_button, added]
    order = _keyboard_order(page, sections)
    assert order == sorted(order) and set(order) == set(range(len(sections)))
    qtbot.waitUntil(page.roles.peer_box.isEnabled, timeout=5000)
    with qtbot.waitSignal(page.task_done, timeout=10000):
        page.roles.peer_box.click()  # the later sections are wired to the page as before
