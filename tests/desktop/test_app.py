"""The `confide` entry point, run as a separate process like a person or a smoke test would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.app import QUIT_WHEN_READY_HELP, build_parser

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.app", *args],
        capture_output=True, text=True, timeout=60, cwd=ROOT, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_help_documents_quit_when_ready() -> None:
    text = " ".join(build_parser().format_help().split())
    assert QUIT_WHEN_READY_HELP in text
    for option in ("--data-dir PATH", "--demo", "--self-test", "--version"):
        assert option in text


def test_self_test_prints_one_line_and_never_loads_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from desktop.app import main; rc = main(['--self-test']); "
        "assert 'PySide6.QtWidgets' not in sys.modules, 'Qt was loaded'; sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT,
        check=False, env={**os.environ, "TMPDIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 1
    assert "passed" in result.stdout


def test_quit_when_ready_with_a_new_data_folder_prints_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    result = _run("--data-dir", str(folder), "--quit-when-ready")
    assert result.returncode == 0
    assert (result.stdout, result.stderr) == ("", "")
    assert (folder / "confide.log").is_file()
    assert not (folder / "vault.key").exists()  # first run shows setup, creates nothing


def test_environment_variable_chooses_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    result = _run("--quit-when-ready", env={"CONFIDE_DATA_DIR": str(folder)})
    assert result.returncode == 0
    assert (folder / "confide.log").is_file()


def test_demo_removes_its_folder_on_exit(tmp_path: Path) -> None:
    result = _run("--demo", "--quit-when-ready", env={"TMPDIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == []


def test_demo_removes_its_folder_on_sigterm(tmp_path: Path) -> None:
    # Standard error goes to a file (never a pipe that could fill): if the exit code is
    # wrong, what the app said is in the failure message. It once exited 1 under heavy load.
    errors = tmp_path.parent / f"{tmp_path.name}-stderr.txt"
    with errors.open("wb") as sink:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop.app", "--demo"], cwd=ROOT,
            # faulthandler prints every thread's stack on SIGABRT: if the app ever hangs
            # instead of quitting (it did once, in CI under load), the failure says where.
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
                 "PYTHONFAULTHANDLER": "1"},
            stdout=subprocess.DEVNULL, stderr=sink,
        )
    try:
        deadline = time.monotonic() + 30
        # Wait for the condition "the demo vault exists and the app is up" (polling a
        # file the app writes, not a fixed sleep).
        while time.monotonic() < deadline:
            logs = list(tmp_path.glob("confide-demo-*/confide.log"))
            if logs and "starting" in logs[0].read_text(encoding="utf-8") and list(
                tmp_path.glob("confide-demo-*/vault.key")
            ):
                break
            if process.poll() is not None:
                pytest.fail(f"confide exited early with {process.returncode}")
            time.sleep(0.05)
        else:
            pytest.fail("the demo vault never appeared")
        process.send_signal(signal.SIGTERM)
        # 0 once the window is up, 130 if the signal came while the demo vault was made.
        try:
            code = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGABRT)
            process.wait(timeout=10)
            pytest.fail("no exit 30 s after SIGTERM:\n" + _tail(errors) + _tail(*logs))
        assert code in (0, 130), _tail(errors)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert list(tmp_path.iterdir()) == []


def _tail(*files: Path) -> str:
    return "".join(f.read_text(encoding="utf-8", errors="replace")[-3000:] for f in files
                   if f.is_file())


def test_a_data_dir_that_is_a_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    afile = tmp_path / "not-a-folder"
    afile.write_text("x")
    result = _run("--data-dir", str(afile), "--quit-when-ready")
    assert result.returncode == 2
    assert result.stderr == f"confide: {afile} is a file, not a folder\n"
    assert "Traceback" not in result.stdout + result.stderr


HEAVY = ("crypto.vault", "crypto.keyfile", "cryptography", "sqlcipher3", "pyrage")
# Left until after the first paint on purpose (start-up time): the session watcher's
# D-Bus, logging.handlers (socket, pickle, queue) and platformdirs (--data-dir is given).
DEFERRED = ("desktop.shell.session_watch", "PySide6.QtDBus", "logging.handlers", "socket",
            "platformdirs")
SEEN_AT_READY = """
import sys
from desktop import app
from desktop.shell.controller import AppController

init = AppController.__init__
heavy = {heavy!r}

def init_and_watch(self, *args, **kwargs):
    init(self, *args, **kwargs)
    # Connected first, so it runs before --quit-when-ready's exit.
    self.ready.connect(lambda: print(sorted(m for m in heavy if m in sys.modules)))

AppController.__init__ = init_and_watch
code = app.main(["--data-dir", {folder!r}, "--quit-when-ready"])
print(sorted(m for m in heavy if m in sys.modules))  # what quitting at once waited for
sys.exit(code)
"""


def test_the_unlock_screen_shows_before_the_vault_is_imported(tmp_path: Path) -> None:
    from crypto.kdf import KdfParams
    from crypto.vault import Vault

    folder = tmp_path / "data"
    Vault.create(folder, "a long enough passphrase here", kdf_params=KdfParams.minimum())[0].lock()
    code = SEEN_AT_READY.format(heavy=HEAVY + DEFERRED, folder=str(folder))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT,
        check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    # Ready means the unlock screen is painted: cryptography, SQLCipher and age come later,
    # and so does everything in DEFERRED.
    at_ready, at_exit = result.stdout.strip().splitlines()
    assert at_ready == "[]", result.stdout
    # Quitting right away skips the folder preparation and the quick unlock probe that had
    # not begun (they would import the vault), so quitting never waits for those imports.
    assert at_exit == "[]", result.stdout


ICON_AFTER_FIRST_PAINT = """
import gc
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop import app
from desktop.shell.controller import AppController

init = AppController.__init__

def init_and_watch(self, *args, **kwargs):
    init(self, *args, **kwargs)

    def after_follow_ups():
        print(QApplication.windowIcon().isNull(), gc.isenabled(), gc.get_freeze_count() > 10_000)
        QApplication.quit()

    def at_ready():
        print(QApplication.windowIcon().isNull(), gc.isenabled(), gc.get_freeze_count() > 10_000)
        # Two turns on: the follow-ups `ready` queued (after this one) have run.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, after_follow_ups))

    self.ready.connect(at_ready)  # connected first: before the app's own follow-ups

AppController.__init__ = init_and_watch
sys.exit(app.main(["--data-dir", {folder!r}]))
"""


def test_icon_and_garbage_collection_wait_for_the_first_paint(tmp_path: Path) -> None:
    # Drawing the SVG icon loads Qt's SVG image plugin: the unlock screen does not wait for
    # it. The garbage collector is paused while start-up makes its long-lived objects, then
    # resumes with those frozen (later collections skip them).
    code = ICON_AFTER_FIRST_PAINT.format(folder=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT,
        check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    at_ready, after = result.stdout.strip().splitlines()
    assert at_ready.split() == ["True", "False", "False"], result.stdout  # icon null, gc off
    assert after.split() == ["False", "True", "True"], result.stdout


def test_a_signal_unwinds_before_qt_is_imported_and_is_only_noted_after() -> None:
    """A KeyboardInterrupt raised inside PySide's making of an enum is swallowed there and
    leaves the type half-made (exit 1 instead of a clean quit): once Qt is imported, the
    handler only notes the signal, for the heartbeat."""
    from desktop.app import _SignalQuit

    signals = _SignalQuit()
    with pytest.raises(KeyboardInterrupt):
        signals._handle(signal.SIGTERM, None)
    assert not signals.pending
    signals.deferred = True
    signals._handle(signal.SIGTERM, None)
    assert signals.pending
