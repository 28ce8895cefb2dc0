"""crypto.folder: the first screen's question, answered from file names, without heavy imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from crypto.folder import (
    DB_NAME,
    KEY_NAME,
    RESTORE_INTENT,
    SETUP_INTENT,
    FolderState,
    first_look,
    vault_exists,
)


def test_first_look_reads_the_state_from_file_names(tmp_path: Path) -> None:
    assert first_look(tmp_path) is FolderState.EMPTY
    (tmp_path / DB_NAME).write_bytes(b"x")
    assert first_look(tmp_path) is FolderState.KEY_MISSING
    (tmp_path / SETUP_INTENT).write_bytes(b"x")
    assert first_look(tmp_path) is FolderState.EMPTY  # an interrupted setup
    (tmp_path / KEY_NAME).write_bytes(b"x")
    assert vault_exists(tmp_path)
    assert first_look(tmp_path) is FolderState.VAULT


def test_an_unfinished_restore_needs_preparing_first(tmp_path: Path) -> None:
    (tmp_path / KEY_NAME).write_bytes(b"x")
    (tmp_path / RESTORE_INTENT).write_bytes(b"x")
    assert first_look(tmp_path) is None


def test_importing_it_loads_no_cryptography_sqlcipher_or_age() -> None:
    code = (
        "import sys, crypto.folder; "
        "print(sorted(m for m in ('cryptography', 'sqlcipher3', 'pyrage', 'crypto.vault') "
        "if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True, cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "[]"
