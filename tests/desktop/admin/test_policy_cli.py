"""`confide-admin policy validate|show|templates`, through main() and the installed script."""

from __future__ import annotations

import json
import os
import plistlib
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.admin import cli
from desktop.policy import schema

ME = str(os.getuid())
VALID = {s.name: s.example for s in schema.settings()}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "policies"
    (folder / "managed").mkdir(parents=True)
    (folder / "recommended").mkdir()
    for path in (folder, folder / "managed", folder / "recommended"):
        path.chmod(0o755)
    return folder


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    path.chmod(0o644)
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["policy", "--help"],
        ["policy", "validate", "--help"],
        ["policy", "show", "--help"],
        ["policy", "templates", "--help"],
    ],
)
def test_each_action_has_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, *argv)
    assert status == 0 and "usage: confide-admin policy" in out


@pytest.mark.parametrize(
    "argv",
    [["policy"], ["policy", "validate"], ["policy", "templates"], ["policy", "show", "--bogus"]],
)
def test_usage_errors_exit_two(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, *argv)
    assert status == 2 and "usage:" in err


def test_validate_a_valid_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "org.json", VALID)
    status, out, _ = run(capsys, "policy", "validate", str(path))
    assert status == 0
    assert out == f"{path}: valid (Confide policy schema version 1)\n"


def test_validate_names_each_problem_with_file_and_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "org.json", {**VALID, "max_auto_lock_minutes": 90, "colour": "red"})
    status, out, _ = run(capsys, "policy", "validate", str(path))
    assert status == 1
    assert out.splitlines() == [
        f"{path}: $.colour: unknown setting",
        f"{path}: $.max_auto_lock_minutes: must be at most 60",
    ]


def test_validate_a_file_that_is_not_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "org.json"
    path.write_text("max_auto_lock_minutes = 5")
    status, out, _ = run(capsys, "policy", "validate", str(path))
    assert status == 1 and out.startswith(f"{path}: $: is not valid JSON (")


def test_validate_a_missing_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "policy", "validate", str(tmp_path / "absent.json"))
    assert status == 2 and out == ""
    absent = tmp_path / "absent.json"
    assert err == f"confide-admin: cannot read {absent}: No such file or directory\n"


def test_validate_a_configuration_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "policy", "templates", "--out", str(tmp_path))[0] == 0
    status, out, _ = run(capsys, "policy", "validate", str(tmp_path / "confide.mobileconfig"))
    assert status == 0, out
    bad = tmp_path / "bad.plist"
    bad.write_bytes(plistlib.dumps({"quick_unlock_allowed": "no"}))
    status, out, _ = run(capsys, "policy", "validate", str(bad))
    assert status == 1 and out == f"{bad}: $.quick_unlock_allowed: must be true or false\n"


def test_show_prints_values_sources_and_locks(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    managed = write(root / "managed" / "10-org.json", {"max_auto_lock_minutes": 15})
    write(root / "recommended" / "10-defaults.json", {"peer_log_allowed": False})
    status, out, _ = run(capsys, "policy", "show", "--root", str(root), "--trusted-uid", ME)
    assert status == 0, out
    assert out.startswith("Confide policy in force (schema version 1)\n")
    assert f"  max_auto_lock_minutes: 15  [managed: {managed}, locked]\n" in out
    assert "  peer_log_allowed: no  [recommended: " in out
    assert "  quick_unlock_allowed: yes  [default]\n" in out
    assert "problem" not in out


def test_show_lists_problems_and_exits_one(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write(
        root / "managed" / "10-org.json", {"max_auto_lock_minutes": 0, "peer_log_allowed": False}
    )
    status, out, _ = run(capsys, "policy", "show", "--root", str(root), "--trusted-uid", ME)
    assert status == 1
    assert "  peer_log_allowed: no  [managed: " in out
    assert "  max_auto_lock_minutes: 60  [default]\n" in out
    assert f"  {bad}: $.max_auto_lock_minutes: must be at least 1\n" in out


def test_show_as_json(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(root / "managed" / "10-org.json", {"quick_unlock_allowed": False})
    status, out, _ = run(
        capsys, "policy", "show", "--root", str(root), "--trusted-uid", ME, "--json"
    )
    data = json.loads(out)
    assert status == 0
    assert data["settings"]["quick_unlock_allowed"]["locked"] is True
    assert data["problems"] == []


def test_show_with_a_root_that_is_not_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, "policy", "show", "--root", str(tmp_path / "absent"))
    assert status == 2 and "is not a folder" in err


def test_templates_are_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "policy", "templates", "--out", str(tmp_path / "t"))
    assert status == 0
    for name in ("confide.admx", "en-US/confide.adml", "confide.mobileconfig"):
        assert (tmp_path / "t" / name).is_file()
        assert f"wrote {tmp_path / 't' / name}" in out


def test_templates_into_a_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    status, _, err = run(capsys, "policy", "templates", "--out", str(blocker))
    assert status == 1 and err.startswith("confide-admin: cannot write ")


def test_the_installed_script_validates(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("confide-admin")
    assert script.exists(), "confide-admin is not installed: pip install -e ."
    path = write(tmp_path / "org.json", {"eap": {"name": "x"}})
    done = subprocess.run(
        [str(script), "policy", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert f"{path}: $.eap.phones: is required but missing" in done.stdout.splitlines()
    assert done.stderr == ""
