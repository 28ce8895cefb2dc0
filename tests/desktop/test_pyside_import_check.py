"""desktop.app answers PySide's per-import `__feature__` check from the file's bytes
(not `inspect.getsource`), with the same answers. In a fresh process: the check is
PySide's global state."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.desktop.test_app import ROOT

SAME_ANSWERS = """
import sys, types
from desktop import app

app._quicker_pyside_import_check()
feature = sys.modules["shibokensupport.feature"]
ours = feature._mod_uses_pyside
assert ours.__module__ == "desktop.app", ours
import inspect
import desktop.lock.view, desktop.policy.schema, typing, json, _ctypes

def pyside_check(module):  # PySide's own rule
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError):
        return False

modules = [desktop.lock.view, desktop.policy.schema, typing, json, sys, _ctypes,
           types.ModuleType("made_in_memory")]
import json
print(json.dumps([(m.__name__, ours(m), pyside_check(m)) for m in modules]))
"""


def test_the_quicker_check_gives_pysides_answers() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SAME_ANSWERS], capture_output=True, text=True, timeout=60,
        cwd=ROOT, check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    answers = [tuple(answer) for answer in json.loads(result.stdout)]
    assert ("desktop.lock.view", True, True) in answers  # the check can say yes
    for name, ours, theirs in answers:
        assert ours == theirs, name
