"""The assembled app: every landed page is there, and every way of locking clears it."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from crypto.kdf import KdfParams
from crypto.recovery import RecoveryCode
from crypto.vault import Vault
from desktop.settings.dialogs_view import RecoveryCodeDialog, RestoreDialog, RestoreRequest
from desktop.shell.composition import wire_locking
from desktop.shell.controller import AppController
from desktop.shell.idle import IdleWatcher
from desktop.shell.main_window import MainWindow
from desktop.shell.session_watch import SessionWatcher
from tests.e2e.conftest import PASSPHRASE


def unlock(qtbot: QtBot, controller: AppController) -> MainWindow:
    controller.start()
    screen = controller.lock_screen
    assert screen is not None
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        screen.passphrase.setText(PASSPHRASE)
        screen.unlock_button.click()
    window = controller.main_window
    assert isinstance(window, MainWindow)
    return window


def test_every_landed_feature_has_its_page(
    qtbot: QtBot, controller: AppController, existing_vault: RecoveryCode
) -> None:
    window = unlock(qtbot, controller)
    keys = [key for key, _title in window.sections()]
    assert keys == [
        "home",
        "checkin",
        "questionnaires",
        "history",
        "insights",
        "safety_plan",
        "directory",
        "policies",
        "settings",
    ]
    assert window.windowTitle() == "Confide"
    # Only Home is built at unlock; the rest on demand.
    assert [key for key in keys if window.is_built(key)] == ["home"]
    window.show_page("history")
    assert window.is_built("history")


def test_idle_time_locks_and_clears_every_personal_window(
    qtbot: QtBot,
    controller: AppController,
    existing_vault: RecoveryCode,
    idle: IdleWatcher,
    data_dir: Path,
) -> None:
    wire_locking(controller, idle, SessionWatcher(system_bus=None, session_bus=None))
    window = unlock(qtbot, controller)
    armed = idle.active
    assert armed
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        pass  # nobody touches the keyboard: a 20 ms "minute" runs out
    assert controller.vault is None
    assert controller.lock_screen is not None and controller.lock_screen.isVisible()
    assert not shiboken6.isValid(window) or not window.isVisible()  # closed and deleted
    assert not idle.active
    Vault.unlock(data_dir, PASSPHRASE).lock()  # the vault was really locked (lock released)


def test_the_session_locking_locks_confide(
    qtbot: QtBot, controller: AppController, existing_vault: RecoveryCode, idle: IdleWatcher
) -> None:
    session = SessionWatcher(system_bus=None, session_bus=None)
    wire_locking(controller, idle, session)
    idle.set_minutes(60)
    unlock(qtbot, controller)
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        # The D-Bus side is tested on a real private bus in tests/desktop/shell; here the
        # watcher's own signal stands for the screen locking.
        session.session_locked.emit()
    assert controller.vault is None


def test_restore_while_unlocked_replaces_the_vault_and_leaves_no_old_key(
    qtbot: QtBot,
    controller: AppController,
    existing_vault: RecoveryCode,
    data_dir: Path,
    tmp_path: Path,
    fast_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = tmp_path / "other"
    source, _ = Vault.create(other, "the other vault's pass", kdf_params=fast_kdf)
    source.execute("INSERT INTO settings VALUES ('from', '\"the backup\"')")
    source.export_backup(tmp_path / "b.age", "backup pass phrase")
    source.lock()
    from desktop.shell.composition import safety_plan_summary

    # The app wires the plan summary in (desktop/app.py); the fixture's controller has none.
    monkeypatch.setattr(controller.help, "safety_plan_summary", safety_plan_summary)
    unlock(qtbot, controller)
    controller.show_crisis_panel()  # unlocked: it shows the person's own safety plan
    panel = controller.crisis_panel
    assert panel is not None and panel.safety_plan is not None
    controller.restore(
        RestoreRequest(tmp_path / "b.age", "backup pass phrase", "restored pass 123")
    )
    # The old plan does not stay on screen while the backup is put in place.
    assert not shiboken6.isValid(panel) or not panel.isVisible()
    assert getattr(controller, "crisis_panel") is None  # noqa: B009 - re-read after restore

    def code_dialog() -> RecoveryCodeDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryCodeDialog)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: code_dialog() is not None, timeout=15_000)
    dialog = code_dialog()
    assert dialog is not None
    with qtbot.waitSignal(controller.unlocked, timeout=5_000):
        dialog.done(QDialog.DialogCode.Accepted)
    vault = controller.vault
    assert vault is not None
    rows = controller.worker.run_blocking(lambda: vault.query("SELECT value FROM settings"))
    assert rows == [('"the backup"',)]
    # Issue 11: the replaced vault's files go, so no old wrap of a data key stays behind.
    assert not [p for p in data_dir.glob("vault.*") if ".before-restore" in p.name]


def test_restore_from_the_lock_screen_of_a_damaged_vault(
    qtbot: QtBot,
    controller: AppController,
    existing_vault: RecoveryCode,
    data_dir: Path,
    tmp_path: Path,
    fast_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source, _ = Vault.create(tmp_path / "src", "source pass phrase", kdf_params=fast_kdf)
    source.export_backup(tmp_path / "b.age", "backup pass phrase")
    source.lock()
    (data_dir / "vault.db").write_bytes(b"damaged beyond repair" * 100)
    backup = tmp_path / "b.age"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(backup), ""))
    monkeypatch.setattr(
        RestoreDialog,
        "ask",
        classmethod(
            lambda _cls, path, _parent: RestoreRequest(path, "backup pass phrase", "new pass 4567")
        ),
    )
    controller.start()
    screen = controller.lock_screen
    assert screen is not None
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()  # the damage is found when the vault is opened
    qtbot.waitUntil(screen.restore_button.isVisible, timeout=10_000)
    screen.restore_button.click()

    def code_dialog() -> RecoveryCodeDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryCodeDialog)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: code_dialog() is not None, timeout=15_000)
    dialog = code_dialog()
    assert dialog is not None
    with qtbot.waitSignal(controller.unlocked, timeout=5_000):
        dialog.done(QDialog.DialogCode.Accepted)
    assert not list(data_dir.glob("vault.db.before-restore-*"))  # issue 11: nothing old stays
    assert not (data_dir / "vault.db").read_bytes().startswith(b"damaged beyond repair")


def test_the_crisis_panel_shows_the_eap_and_while_unlocked_the_safety_plan(
    qtbot: QtBot,
    data_dir: Path,
    fast_kdf: KdfParams,
    existing_vault: RecoveryCode,
    idle: IdleWatcher,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.crisis.logic import with_eap
    from desktop.policy.effective import EffectivePolicy
    from desktop.shell.assembly import ShellServices, build_main_window
    from desktop.shell.composition import safety_plan_summary
    from desktop.ui.theme import ThemeManager
    from referral_directory.crisis import load_crisis_directory
    from tests.desktop.crisis.test_logic import EAP

    services: list[ShellServices] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(
        data_dir,
        lambda vault, worker: build_main_window(vault, worker, services[0]),
        kdf_params=fast_kdf,
        crisis_directory=lambda: with_eap(load_crisis_directory(), EAP),
        safety_plan_summary=safety_plan_summary,
    )
    services.append(
        ShellServices(
            data_dir, ThemeManager(app), idle, EffectivePolicy.defaults(), controller.restore
        )
    )
    try:
        controller.start()
        controller.show_crisis_panel()  # locked: contacts and the EAP, no plan
        panel = controller.crisis_panel
        assert panel is not None and panel.safety_plan is None
        assert "eap:call" in panel.buttons
        panel.close()  # as the person closes it: the window is hidden, not destroyed
        unlock(qtbot, controller)
        controller.show_crisis_panel()
        panel = controller.crisis_panel
        assert panel is not None and panel.safety_plan is not None
        assert panel.isVisible() and "eap:call" in panel.buttons
        qtbot.wait(50)  # the locked panel's deferred delete runs: it must not forget this one
        assert controller.crisis_panel is panel
        with qtbot.waitSignal(controller.locked, timeout=5_000):
            controller.lock()
        assert controller.crisis_panel is None  # the plan never stays on a locked screen
    finally:
        controller.shutdown()


def test_peer_pages_appear_only_for_a_peer_supporter(
    qtbot: QtBot, controller: AppController, existing_vault: RecoveryCode, data_dir: Path
) -> None:
    window = unlock(qtbot, controller)
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=5_000)  # roles were read
    assert "peer_log" not in [key for key, _title in window.sections()]
    vault = controller.vault
    assert vault is not None
    controller.worker.run_blocking(
        lambda: vault.execute(
            "INSERT INTO settings VALUES ('roles', '[\"individual\", \"peer_supporter\"]')"
        )
    )
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        controller.lock()
    window = unlock(qtbot, controller)
    qtbot.waitUntil(lambda: "peer_log" in [key for key, _title in window.sections()], timeout=5_000)
    keys = [key for key, _title in window.sections()]
    assert keys[-3:] == ["peer_log", "peer_reports", "merge_reports"]
    # Read at unlock without building Settings; the reports wait for their first visit.
    assert not window.is_built("settings") and not window.is_built("peer_reports")
    # The reports' ledger keeps its periods beside the vault too (see release_mirror).
    from desktop.peer_reports.release_mirror import MIRROR_NAME
    from desktop.peer_reports.report_view import ReportPage

    reports = window.page("peer_reports")
    assert isinstance(reports, ReportPage)
    assert reports._ledger._mirror == data_dir / MIRROR_NAME


def test_export_my_data_opens_from_history(
    qtbot: QtBot, controller: AppController, existing_vault: RecoveryCode
) -> None:
    from desktop.export.view import ExportDialog
    from desktop.history.view import HistoryPage

    window = unlock(qtbot, controller)
    history = window.page("history")
    assert isinstance(history, HistoryPage)
    history.export_button.click()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, ExportDialog) and w.isVisible() for w in window.findChildren(ExportDialog)
        ),
        timeout=5_000,
    )


def test_due_peer_follow_ups_reach_the_tray_without_detail(
    qtbot: QtBot, data_dir: Path, fast_kdf: KdfParams, idle: IdleWatcher
) -> None:
    from datetime import UTC, date, datetime, timedelta

    from desktop.policy.effective import EffectivePolicy
    from desktop.records.peer.model import ContactType, Event, PeerContact, RoleGroup
    from desktop.records.peer.store import PeerLogStore
    from desktop.reminders.tray_view import FOLLOW_UP_MESSAGE, ReminderTray
    from desktop.shell.assembly import ShellServices, build_main_window
    from desktop.ui.theme import ThemeManager

    made, _ = Vault.create(data_dir, PASSPHRASE, kdf_params=fast_kdf)
    made.execute("INSERT INTO settings VALUES ('roles', '[\"individual\", \"peer_supporter\"]')")
    PeerLogStore(made).save(
        PeerContact(
            contact_date=date.today() - timedelta(days=3),
            contact_type=ContactType.PHONE,
            role_group=next(iter(RoleGroup)),
            events=frozenset({next(iter(Event))}),
            duration_minutes=20,
            recorded_at=datetime.now(UTC),
            follow_up=date.today() - timedelta(days=1),
            note="CanaryFollowUp",
        )
    )
    made.lock()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    services: list[ShellServices] = []
    controller = AppController(
        data_dir, lambda v, w: build_main_window(v, w, services[0]), kdf_params=fast_kdf
    )
    tray = ReminderTray(None, parent=controller)
    services.append(
        ShellServices(
            data_dir,
            ThemeManager(app),
            idle,
            EffectivePolicy.defaults(),
            controller.restore,
            reminders=tray,
        )
    )
    try:
        with qtbot.waitSignal(tray.shown, timeout=10_000) as shown:
            unlock(qtbot, controller)
        assert shown.args[1] == FOLLOW_UP_MESSAGE
        assert "Canary" not in " ".join(shown.args)  # nothing of the contact reaches it
    finally:
        controller.shutdown()
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QApplication.processEvents()
