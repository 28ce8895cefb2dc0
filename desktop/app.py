# ruff: noqa: PLC0415
# (Why: Qt and the vault are imported inside functions on purpose, so `--self-test` and
# `--version` start fast and never load a GUI toolkit.)
"""`confide`: the desktop application's entry point.

Start-up order matters: arguments, then logging (so everything after is recorded, and
redacted), then Qt. `--self-test` and `--version` never create a QApplication, so they
work on a machine without a display.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from desktop import __version__, paths
from desktop.logsetup import Safe, describe, setup_logging

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from crypto.kdf import KdfParams
    from desktop.shell.controller import AppController

log = logging.getLogger("desktop.app")

QUIT_WHEN_READY_HELP = (
    "for smoke tests and benchmarks: exit 0 as soon as the first screen is shown and "
    "accepts input"
)


def app_version() -> str:
    return __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="confide",
        description="Confide: a private, local-first well-being companion for health workers.",
    )
    parser.add_argument(
        "--data-dir", metavar="PATH",
        help=f"the folder holding the vault (default: ${paths.ENV_VAR}, else the "
             "platform's user data folder)",
    )
    parser.add_argument(
        "--demo", action="store_true",
        help="open a throwaway vault with fictional data (deleted when Confide closes)",
    )
    parser.add_argument(
        "--self-test", action="store_true",
        help="check that encryption works on this computer, print one line, and exit",
    )
    parser.add_argument("--quit-when-ready", action="store_true", help=QUIT_WHEN_READY_HELP)
    parser.add_argument("--version", action="version", version=f"Confide {app_version()}")
    return parser


def run_self_test() -> int:
    from desktop import selftest

    ok, summary = selftest.run()
    print(summary)  # the self-test's one line is its interface
    return 0 if ok else 1


class DemoFolder:
    """A throwaway data folder, removed on exit, on Ctrl+C and on SIGTERM."""

    def __init__(self) -> None:
        import tempfile  # only for --demo: ~5 ms every other start would pay

        self.path = Path(tempfile.mkdtemp(prefix="confide-demo-"))
        atexit.register(self.remove)

    def remove(self) -> None:
        import shutil

        shutil.rmtree(self.path, ignore_errors=True)


class _SignalQuit:
    """Let Ctrl+C and SIGTERM end Confide cleanly (vault locked, demo folder removed).

    Before Qt is imported, the signal unwinds like Ctrl+C so `finally` blocks clean up.
    From then on the handler only notes the signal and the heartbeat quits the event loop
    on its next beat (which also works before the loop has started, where a quit() would
    be lost): a KeyboardInterrupt raised while PySide builds an enum on first use is
    swallowed there and leaves the type half-made (an AttributeError at the next use of
    it, exit 1, seen on a fresh clone's CI with SIGTERM during the shell's imports). The
    handler never touches Qt either: re-entering Qt while it makes a type broke the
    interrupted import the same way.
    """

    def __init__(self) -> None:
        self.app: QApplication | None = None
        self.deferred = False  # Qt is imported: note the signal, never raise
        self.pending = False

    def install(self) -> None:
        signal.signal(signal.SIGINT, self._handle)
        signal.signal(signal.SIGTERM, self._handle)

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        if not self.deferred:
            raise KeyboardInterrupt
        log.info("signal %d: quitting", signum)
        self.pending = True

    def beat(self) -> None:
        if self.pending and self.app is not None:
            self.app.quit()


def _python_heartbeat(signals: _SignalQuit) -> QTimer:
    """Python runs signal handlers only between bytecodes; Qt's loop is C++. A cheap
    timer hands control back to Python four times a second, and quits after a signal."""
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(signals.beat)
    timer.start(250)
    return timer


def _pause_collection() -> None:
    """Start-up makes some 40,000 objects that live as long as Confide (modules, Qt's enum
    classes, the first screen) and only a few hundred of garbage: the garbage collector,
    run as they are made, would only walk them again and again (~8 ms before the unlock
    screen). It resumes once the first screen is painted (`_resume_collection`)."""
    gc.disable()


def _resume_collection() -> None:
    """Collect again, with everything made so far frozen (`gc.freeze`): later collections,
    including the full ones that pause the GUI and the one at exit, skip those objects."""
    gc.freeze()
    gc.enable()


def _import_qt_free_first() -> None:
    """The Qt-free modules the first screen needs, imported before PySide6: once PySide6
    is imported, it reads the source of every module imported after it (its `__feature__`
    check, ~0.1 ms each, some 25 of them here)."""
    import desktop.lock.flow
    import desktop.policy.effective
    import desktop.settings.logic
    import desktop.shell.session  # noqa: F401 - imported for the order only


def _quicker_pyside_import_check() -> None:
    """Once PySide6 is loaded, every `import` statement runs its `__feature__` check on
    the imported module the first time its name is seen: `inspect.getsource` of the whole
    module (typing, logging, dataclasses, datetime... ~65 of them before the unlock
    screen, ~8 ms), to find whether its source names PySide6. The same question is
    answered here from the file's bytes, without the line cache: for a plain `.py` file,
    the bytes hold "PySide6" exactly when its decoded source does. Anything else (no
    file, a zip, a frozen module) still goes to PySide's own check, as does a PySide6
    without that check (its internals are not an API: a change there leaves this idle).
    Confide uses no `__feature__`; the check's answer is kept the same all the same."""
    import shiboken6  # noqa: F401 - loads shibokensupport.feature, which holds the check

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or not hasattr(feature, "pyside_feature_dict"):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                return b"PySide6" in Path(path).read_bytes()
            except OSError:
                pass
        return bool(original(module))

    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - a module's global


def run_gui(args: argparse.Namespace) -> int:
    _pause_collection()
    signals = _SignalQuit()
    signals.install()
    demo = DemoFolder() if args.demo else None
    data_dir = demo.path if demo else paths.ensure_data_dir(paths.resolve_data_dir(args.data_dir))
    setup_logging(paths.log_file(data_dir), quiet=args.quit_when_ready)
    log.info("Confide %s starting", Safe(app_version()))

    _import_qt_free_first()
    signals.deferred = True  # from here a signal is noted; the heartbeat quits (see above)
    _quicker_pyside_import_check()
    # Qt and the vault are imported only now: --self-test and --version never need them.
    from PySide6.QtWidgets import QApplication

    demo_passphrase: str | None = None
    demo_kdf: KdfParams | None = None
    if demo:
        from crypto.kdf import KdfParams
        from desktop.demo import make_demo_vault

        # The demo's data is fictional and thrown away: OWASP's floor keeps start-up fast.
        demo_kdf = KdfParams.minimum()
        demo_passphrase = make_demo_vault(data_dir, kdf_params=demo_kdf)

    from desktop.shell.hardening import CaptureGuard, forbid_core_dumps

    forbid_core_dumps()  # before any secret is in memory
    # Fusion from the start, in C++: the theme's Python style, built on Fusion, is installed
    # after the first paint (desktop.ui.theme.ThemeManager.use_full_style).
    app = QApplication([sys.argv[0] if sys.argv else "confide", "-style", "Fusion"])
    signals.app = app
    if CaptureGuard.NEEDED:  # an application-wide filter costs a Python call per event
        app.installEventFilter(CaptureGuard(app))
    app.setApplicationName("Confide")
    app.setApplicationDisplayName("Confide")
    app.setDesktopFileName("confide")
    controller = _build_controller(app, data_dir, demo_kdf, demo_passphrase)
    controller.quit_requested.connect(app.quit)
    if args.quit_when_ready:
        controller.ready.connect(lambda: app.exit(0))
    heartbeat = _python_heartbeat(signals)
    try:
        controller.start()
        code = app.exec()
    finally:
        controller.shutdown()
        if demo:
            demo.remove()
    heartbeat.stop()
    return code


def _build_controller(
    app: QApplication, data_dir: Path, kdf_params: KdfParams | None, demo_passphrase: str | None
) -> AppController:
    """The shell, put together by its composition root; collection resumes at first paint."""
    from desktop.shell.composition import build_controller

    controller = build_controller(app, data_dir, kdf_params, demo_passphrase)
    controller.ready.connect(_resume_collection)
    return controller


def main(argv: Sequence[str] | None = None) -> int:
    """The `confide` gui-script."""
    args = build_parser().parse_args(argv)
    if args.self_test:
        setup_logging(None)
        return run_self_test()
    try:
        return run_gui(args)
    except paths.DataDirError as error:
        print(f"confide: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130  # stopped by a signal before the window was up; cleanup already ran
    except Exception as error:
        log.exception("Confide stopped: %s", describe(error))
        return 1


if __name__ == "__main__":
    sys.exit(main())
