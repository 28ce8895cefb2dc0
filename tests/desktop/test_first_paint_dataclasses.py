"""Which dataclasses are made before the unlock screen is ready, in a fresh process: each
costs ~1 ms of compiling its generated methods on Python 3.11, so the small frozen value
types made before the first paint are NamedTuples. Counted, not timed (the time is
tests/benchmarks/run.py (a))."""

from __future__ import annotations

from pathlib import Path

from tests.desktop.child_app import run_app_child

MADE_AT_READY = """
import dataclasses
import sys

made = []
process = dataclasses._process_class

def process_and_note(cls, *args):
    made.append(cls.__qualname__)
    return process(cls, *args)

dataclasses._process_class = process_and_note  # before anything is imported

from desktop import app
from desktop.shell.controller import AppController

init = AppController.__init__

def init_and_watch(self, *args, **kwargs):
    init(self, *args, **kwargs)
    self.ready.connect(lambda: print(sorted(made)))  # connected first: before the exit

AppController.__init__ = init_and_watch
sys.exit(app.main(["--data-dir", {folder!r}, "--quit-when-ready"]))
"""

# Each needs what a NamedTuple lacks: __post_init__ checks, dataclasses.replace, or
# mutable lists.
STILL_DATACLASSES = ["PolicyReading", "Preferences", "ReminderSchedule"]


def test_only_the_dataclasses_that_need_to_be_are_made_before_the_unlock_screen(
    tmp_path: Path,
) -> None:
    stdout = run_app_child(tmp_path, MADE_AT_READY)
    assert stdout.strip().splitlines()[0] == str(STILL_DATACLASSES)
