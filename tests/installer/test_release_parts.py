"""Fast checks of the release tooling's parts (the slow end-to-end run is test_release.py)."""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

import pytest

from installer.release import verify
from installer.release.sign import sha256sums

ROOT = Path(__file__).resolve().parents[2]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[ ;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_dependency_is_pinned_for_release() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {}
    for line in (ROOT / "installer/release/requirements.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not pinned: {line}"
            pins[_name(name)] = version
    missing = {_name(d) for d in project["dependencies"]} - set(pins)
    assert not missing, f"pyproject dependencies not pinned for release: {missing}"
    assert "pyinstaller" in pins
    assert pins["pyside6-essentials"] != "6.12.0"  # see pyproject.toml


def _release(folder: Path) -> Path:
    folder.mkdir()
    (folder / "confide_1_amd64.deb").write_bytes(b"deb")
    (folder / "confide-1.cdx.json").write_bytes(b"{}")
    (folder / "SHA256SUMS").write_text(sha256sums(sorted(folder.iterdir())))
    return folder / "SHA256SUMS"


def test_sums_accept_a_whole_release(tmp_path: Path) -> None:
    sums = _release(tmp_path / "r")
    assert verify.check_sums(sums.parent, sums) == ["confide-1.cdx.json", "confide_1_amd64.deb"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: (d / "confide_1_amd64.deb").write_bytes(b"DEB"),
         "confide_1_amd64.deb does not match its SHA-256"),
        (lambda d: (d / "confide-1.cdx.json").unlink(), "confide-1.cdx.json is listed"),
        (lambda d: (d / "other.tar.xz").write_bytes(b"x"), "not listed in SHA256SUMS: other"),
        (lambda d: (d / "SHA256SUMS").write_text("nonsense\n"), "line 1 is not"),
        (lambda d: (d / "SHA256SUMS").write_text(
            f"{hashlib.sha256(b'x').hexdigest()}  ../escape.deb\n"), "line 1 is not"),
    ],
)
def test_sums_refuse_any_difference(tmp_path: Path, change: object, message: str) -> None:
    sums = _release(tmp_path / "r")
    change(sums.parent)  # type: ignore[operator]
    with pytest.raises(verify.VerifyError, match=re.escape(message)):
        verify.check_sums(sums.parent, sums)


def test_verify_names_a_missing_signature(tmp_path: Path) -> None:
    sums = _release(tmp_path / "r")
    key = tmp_path / "k"
    key.write_text("x")
    with pytest.raises(verify.VerifyError, match=r"SHA256SUMS\.asc is missing"):
        verify.verify(sums.parent, key, key)


def test_desktop_entry_names_the_program_and_icon() -> None:
    entry = (ROOT / "installer/linux/org.confide.Confide.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines()[1:] if "=" in line)
    assert entry.startswith("[Desktop Entry]\n")
    assert fields["Exec"] == "confide" and fields["Icon"] == "org.confide.Confide"
    assert fields["Type"] == "Application" and fields["Terminal"] == "false"
