"""The real Confide, shown screen by screen for tests/e2e/test_atspi.py's accessibility walk.

Run with the project's Python inside an X server and a D-Bus session with the AT-SPI bus
(the test starts them). It builds the real controller and main window on a demo vault of
fictional data with both peer roles, then shows one screen at a time: the setup wizard's
first steps (on an empty folder), the unlock screen, the crisis panel and the directory
window opened from it, every section of the main window, the export dialog, and the
crisis panel again once unlocked (with the safety plan). For each it
prints `screen NAME` once the screen has settled, and waits for a line on stdin before the
next. It prints `done` at the end and quits.

Usage: python -m tests.e2e.atspi_driver DATA_DIR
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QWidget

from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop.demo import make_demo_vault
from desktop.export.view import ExportDialog
from desktop.policy.effective import EffectivePolicy
from desktop.roles import PEER_LOG_PAGES, Roles, save_roles
from desktop.safety_plan.summary_view import SafetyPlanSummary
from desktop.shell.assembly import ShellServices, build_main_window
from desktop.shell.composition import crisis_directory, safety_plan_summary
from desktop.shell.controller import AppController
from desktop.shell.idle import IdleWatcher
from desktop.shell.main_window import MainWindow
from desktop.ui.theme import ThemeManager
from desktop.ui.worker import Worker

FAST_KDF = KdfParams.minimum()  # as the tests' fast_kdf
SETTLE_MS = 400  # lists fill on the worker; the bridge announces new children after
STEP_TIMEOUT_MS = 15_000


def wait_until(done: Callable[[], bool], what: str) -> None:
    """Run the event loop until `done()`, or exit with a message naming `what`."""
    waited = 0
    while not done():
        if waited > STEP_TIMEOUT_MS:
            sys.exit(f"atspi_driver: timed out waiting for {what}")
        settle(50)
        waited += 50


def settle(ms: int = SETTLE_MS) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shown(name: str) -> None:
    """Say which screen is up, and wait until the walker has read it.

    The wait runs the event loop: Qt answers the screen reader's questions on the GUI
    thread, so a blocking read of stdin would leave the walker an empty, silent app.
    """
    settle()
    print(f"screen {name}", flush=True)
    loop = QEventLoop()
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(loop.quit)
    loop.exec()
    notifier.setEnabled(False)
    if not sys.stdin.readline():
        sys.exit(0)  # the test is gone


def close(window: QWidget | None) -> None:
    """Close a help window and let it go, so the next screen is read alone."""
    assert window is not None
    window.close()
    settle(100)


def first_run(empty: Path) -> None:
    """The setup wizard's first two steps, on a folder with no vault."""
    empty.mkdir()
    controller = AppController(empty, lambda _v, _w: QMainWindow(), kdf_params=FAST_KDF)
    controller.start()
    wizard = controller.setup_wizard
    assert wizard is not None
    shown("setup:welcome")
    wizard.next_button.click()
    shown("setup:passphrase")
    controller.shutdown()
    close(wizard)


def main(data_dir: Path) -> None:
    app = QApplication(sys.argv)
    app.setApplicationName("confide")
    passphrase = make_demo_vault(data_dir, kdf_params=FAST_KDF)
    vault = Vault.unlock(data_dir, passphrase)
    save_roles(vault, Roles.chosen(peer_supporter=True, coordinator=True))
    vault.lock()

    services: list[ShellServices] = []
    policy = EffectivePolicy.defaults()

    def main_window(opened: Vault, worker: Worker) -> QMainWindow:
        return build_main_window(opened, worker, services[0])

    def summary(opened: Vault, worker: Worker) -> SafetyPlanSummary:
        return safety_plan_summary(opened, worker)

    controller = AppController(
        data_dir, main_window, kdf_params=FAST_KDF,
        crisis_directory=lambda: crisis_directory(policy),
        directory=lambda: services[0].directory.directory, safety_plan_summary=summary,
    )
    idle = IdleWatcher(60)
    services.append(ShellServices(data_dir, ThemeManager(app), idle, policy, controller.restore))
    services[0].directory.open_on(data_dir, policy)
    wait_until(lambda: services[0].directory.directory is not None, "the directory")
    first_run(data_dir.parent / "first-run")
    controller.start()
    screen = controller.lock_screen
    assert screen is not None
    shown("lock")

    # The help windows as a person in distress meets them: from the unlock screen.
    controller.show_crisis_panel()
    shown("crisis")
    close(controller.crisis_panel)
    controller.show_directory()
    wait_until(lambda: controller.directory_dialog is not None, "the directory window")
    shown("directory")
    close(controller.directory_dialog)

    screen.passphrase.setText(passphrase)
    screen.unlock_button.click()
    wait_until(lambda: isinstance(controller.main_window, MainWindow), "the main window")
    window = controller.main_window
    assert isinstance(window, MainWindow)
    wait_until(lambda: all(key in dict(window.sections()) for key in PEER_LOG_PAGES),
               "the peer pages")
    for key, _title in window.sections():
        window.show_page(key)
        shown(f"page:{key}")

    window.show_page("history")
    export = next(b for b in window.findChildren(QPushButton)
                  if b.accessibleName() == "Export my data")
    export.click()
    wait_until(lambda: any(isinstance(w, ExportDialog) and w.isVisible()
                           for w in QApplication.topLevelWidgets()), "the export dialog")
    shown("export")
    close(next(w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog)))

    controller.show_crisis_panel()  # unlocked, it also shows the safety plan
    shown("crisis:unlocked")
    print("done", flush=True)
    controller.shutdown()
    idle.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
