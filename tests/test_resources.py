"""`resources.read_bytes`/`read_text`: the shipped files, from a checkout and from a zip,
read without importing importlib.resources (which the unlock screen would wait for)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib import resources as importlib_resources
from pathlib import Path

import pytest

import resources

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("relative", ["policy/schema.json", "icons/confide.svg"])
def test_reads_what_importlib_resources_reads(relative: str) -> None:
    expected = importlib_resources.files("resources").joinpath(relative).read_bytes()
    assert resources.read_bytes(relative) == expected
    assert resources.read_text(relative) == expected.decode("utf-8")


def test_a_missing_file_is_file_not_found() -> None:
    with pytest.raises(FileNotFoundError):
        resources.read_bytes("policy/no-such-file.json")


def test_a_path_climbing_out_is_refused() -> None:
    with pytest.raises(ValueError, match="relative"):
        resources.read_bytes("../pyproject.toml")


def _run(code: str, *path: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                          text=True, timeout=60, env={"PYTHONPATH": ":".join(path)}, cwd="/")
    return done.stdout.strip()


def test_reading_does_not_import_importlib_resources() -> None:
    code = ("import sys, resources; resources.read_text('policy/schema.json'); "
            "print('importlib.resources' in sys.modules)")
    assert _run(code, str(ROOT)) == "False"


def test_reads_from_a_zipped_install(tmp_path: Path) -> None:
    archive = tmp_path / "confide.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(ROOT / "resources" / "__init__.py", "resources/__init__.py")
        zipped.writestr("resources/notes/crlf.txt", b"one\r\ntwo\r\n")
    code = ("import resources\n"
            "print(repr(resources.read_text('notes/crlf.txt')))\n"
            "try:\n    resources.read_bytes('notes/missing.txt')\n"
            "except FileNotFoundError:\n    print('missing')\n")
    assert _run(code, str(archive)).splitlines() == ["'one\\ntwo\\n'", "missing"]
