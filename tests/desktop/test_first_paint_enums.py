"""What PySide builds before the unlock screen is ready, in a fresh process: not the `Qt`
namespace (93 enum classes, ~30 ms) nor QStyle's (~10 ms, with the style options'), which
the unlock screen needs none of; both come after its first paint. Counted, not timed: the
time itself is measured by tests/benchmarks/run.py (a)."""

from __future__ import annotations

from pathlib import Path

from tests.desktop.child_app import run_app_child

BUILT_AT_READY = """
import enum
import sys

made = []
make = enum.EnumType.__new__

def make_and_note(metaclass, name, bases, namespace, **options):
    made.append(made_class := make(metaclass, name, bases, namespace, **options))
    return made_class

enum.EnumType.__new__ = make_and_note  # before anything is imported

from desktop import app
from desktop.shell.controller import AppController

init = AppController.__init__

def names():
    return sorted(set(kind.__name__ for kind in made))

def init_and_watch(self, *args, **kwargs):
    init(self, *args, **kwargs)
    self.ready.connect(lambda: print(names()))  # connected first: before the exit

AppController.__init__ = init_and_watch
sys.exit(app.main(["--data-dir", {folder!r}, "--quit-when-ready"]))
"""


def test_the_unlock_screen_is_ready_before_the_qt_and_qstyle_enums(tmp_path: Path) -> None:
    stdout = run_app_child(tmp_path, BUILT_AT_READY)
    names = stdout.strip().splitlines()[0]
    assert "'EchoMode'" in names  # the count works: the field's own enum is there
    # Only in Qt (its 93 are made together) and only in QStyle (likewise):
    for unwanted in ("'GlobalColor'", "'WidgetAttribute'", "'PixelMetric'", "'StandardPixmap'"):
        assert unwanted not in names, names
    # Nor QMainWindow's, QDialog's or QWindow's (with QSurface's): none is on the screen;
    # nor QFormLayout's (the new-passphrase field) or QLibraryInfo's (non-English only).
    for unwanted in ("'DockOption'", "'DialogCode'", "'Visibility'", "'SurfaceType'",
                     "'FieldGrowthPolicy'", "'LibraryPath'"):
        assert unwanted not in names, names
