from __future__ import annotations

import stat
from pathlib import Path

import pytest

from crypto.atomic import make_private_dir, write_atomic
from crypto.errors import EnvironmentProblem


def test_write_replaces_and_restricts(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_bytes(b"old")
    path.chmod(0o644)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["file"]  # no temp file left behind


def test_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_bytes(b"old")
    (
        tmp_path / f".file.tmp-{__import__('os').getpid()}"
    ).mkdir()  # the temp name is taken by a folder
    with pytest.raises(EnvironmentProblem):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"


def test_private_dir(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"
    make_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
