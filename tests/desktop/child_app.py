"""Run the app in a fresh Python, over a new vault, with a script that watches it.

What is made before the first paint (enum classes, dataclasses, the session watcher) is
process-wide state, so each such test starts its own process: the script sees the vault's
folder as `{folder!r}`, prints what it found, and exits with the app.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from crypto.kdf import KdfParams
from crypto.vault import Vault

ROOT = Path(__file__).resolve().parents[2]


def run_app_child(tmp_path: Path, script: str) -> str:
    """The child's output; fails the test with its stderr when it does not exit 0."""
    folder = tmp_path / "data"
    Vault.create(folder, "a long enough passphrase here", kdf_params=KdfParams.minimum())[0].lock()
    result = subprocess.run(
        [sys.executable, "-c", script.format(folder=str(folder))], capture_output=True,
        text=True, timeout=60, cwd=ROOT, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout
