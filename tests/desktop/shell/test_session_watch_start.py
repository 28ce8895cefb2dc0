"""Confide's session watcher starts just after the first paint, not before it (start-up
time), and exactly once. In a child process: the app's whole shell is built."""

from __future__ import annotations

from pathlib import Path

from tests.desktop.child_app import run_app_child

WATCH_COUNT = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from desktop import app
from desktop.shell.controller import AppController
from desktop.shell.session_watch import SessionWatcher

init = AppController.__init__

def report(controller, when):
    print(when, len(controller.findChildren(SessionWatcher)), flush=True)

def init_and_watch(self, *args, **kwargs):
    init(self, *args, **kwargs)
    self.ready.connect(lambda: report(self, "ready"))
    self.ready.connect(lambda: QTimer.singleShot(200, lambda: (report(self, "after"),
                                                               QCoreApplication.quit())))

AppController.__init__ = init_and_watch
sys.exit(app.main(["--data-dir", {folder!r}]))
"""


def test_the_session_watcher_starts_once_just_after_the_first_screen(tmp_path: Path) -> None:
    stdout = run_app_child(tmp_path, WATCH_COUNT)
    assert stdout.split() == ["ready", "0", "after", "1"], stdout
