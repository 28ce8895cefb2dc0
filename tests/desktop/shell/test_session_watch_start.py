"""Confide's session watcher starts just after the first paint, not before it (start-up
time), and exactly once. In a child process: the app's whole shell is built."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from crypto.kdf import KdfParams
from crypto.vault import Vault

ROOT = Path(__file__).resolve().parents[3]
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
    folder = tmp_path / "data"
    Vault.create(folder, "a long enough passphrase here", kdf_params=KdfParams.minimum())[0].lock()
    result = subprocess.run(
        [sys.executable, "-c", WATCH_COUNT.format(folder=str(folder))], capture_output=True,
        text=True, timeout=60, cwd=ROOT, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ready", "0", "after", "1"], result.stdout
