"""`confide-admin bundle keygen | from-hsds | sign | verify`."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

import resources
from crypto.signing import PublicKey, SecretKey
from desktop.admin import cli


def run(
    argv: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = cli.main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_help(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for action in ("keygen", "from-hsds", "sign", "verify"):
        status, out, _err = run(["bundle", action, "--help"], monkeypatch, capsys)
        assert status == 0 and "usage:" in out
    assert run(["bundle"], monkeypatch, capsys)[0] == 2


def test_keygen_sign_verify(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pub, key = tmp_path / "k.pub", tmp_path / "k.key"
    status, out, _ = run(
        ["bundle", "keygen", "--public-key", str(pub), "--secret-key", str(key), "--unencrypted"],
        monkeypatch,
        capsys,
    )
    assert status == 0
    line = out.split(": ")[-1].strip()
    assert PublicKey.from_file_text(pub.read_text()).to_base64() == line
    assert key.stat().st_mode & 0o077 == 0
    # No overwriting by accident.
    status, _, err = run(
        ["bundle", "keygen", "--public-key", str(pub), "--secret-key", str(key), "--unencrypted"],
        monkeypatch,
        capsys,
    )
    assert status == 1 and "--force" in err

    data = tmp_path / "directory.bundle"
    status, out, err = run(
        ["bundle", "from-hsds", str(_national_file(tmp_path)), "--out", str(data)],
        monkeypatch,
        capsys,
    )
    assert status == 0, err
    status, out, err = run(
        [
            "bundle",
            "sign",
            str(data),
            "--secret-key",
            str(key),
            "--version",
            "5",
            "--issued",
            "2026-11-22",
            "--expires",
            "2027-05-22",
        ],
        monkeypatch,
        capsys,
    )
    assert status == 0, err
    status, out, _ = run(
        ["bundle", "verify", str(data), "--key", line, "--today", "2026-12-01"], monkeypatch, capsys
    )
    # Ten resources and the state licensing questions, which a bundle carries the same way.
    assert status == 0 and "version 5" in out and "11 services" in out
    status, out, _ = run(
        [
            "bundle",
            "verify",
            str(data),
            "--public-key",
            str(pub),
            "--today",
            "2026-12-01",
            "--in-use-version",
            "5",
        ],
        monkeypatch,
        capsys,
    )
    assert status == 1 and "not_newer" in out
    status, out, _ = run(
        ["bundle", "verify", str(data), "--key", line, "--today", "2027-06-01"], monkeypatch, capsys
    )
    assert status == 1 and "expired" in out
    other = SecretKey.generate().public_key.to_base64()
    status, out, _ = run(["bundle", "verify", str(data), "--key", other], monkeypatch, capsys)
    assert status == 1 and "untrusted_key" in out


def _national_file(tmp_path: Path) -> Path:
    path = tmp_path / "national.json"
    path.write_text(resources.read_text("directory/national.json"))
    return path


def test_encrypted_key_needs_its_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    key = SecretKey.generate()
    (tmp_path / "k.key").write_text(key.file_text("right", opslimit=1 << 20, memlimit=1 << 24))
    data = _national_file(tmp_path)
    argv = [
        "bundle",
        "sign",
        str(data),
        "--secret-key",
        str(tmp_path / "k.key"),
        "--version",
        "1",
        "--expires",
        "2099-01-01",
    ]
    status, _, err = run(argv, monkeypatch, capsys, stdin="wrong\n")
    assert status == 1 and "wrong passphrase" in err
    status, _, err = run(argv, monkeypatch, capsys, stdin="right\n")
    assert status == 0, err


def test_keygen_without_passphrase_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(
        [
            "bundle",
            "keygen",
            "--public-key",
            str(tmp_path / "p"),
            "--secret-key",
            str(tmp_path / "s"),
        ],
        monkeypatch,
        capsys,
    )
    assert status == 2 and "--unencrypted" in err


def test_from_hsds_names_the_bad_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"id": "s1", "name": "x", "status": "open"}))
    status, _, err = run(
        ["bundle", "from-hsds", str(bad), "--out", str(tmp_path / "o")], monkeypatch, capsys
    )
    assert status == 1 and "bad.json" in err and "s1" in err and "status" in err
    assert not (tmp_path / "o").exists()


def test_signing_refuses_data_that_is_not_hsds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    key = tmp_path / "k.key"
    key.write_text(SecretKey.generate().file_text(None))
    data = tmp_path / "d"
    data.write_text("not json")
    status, _, err = run(
        [
            "bundle",
            "sign",
            str(data),
            "--secret-key",
            str(key),
            "--version",
            "1",
            "--expires",
            "2099-01-01",
        ],
        monkeypatch,
        capsys,
    )
    assert status == 1 and "not signed" in err
    assert not (tmp_path / "d.minisig").exists()


@pytest.mark.skipif(shutil.which("minisign") is None, reason="minisign is not installed")
def test_minisign_verifies_what_the_admin_command_signed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pub, key = tmp_path / "k.pub", tmp_path / "k.key"
    run(
        ["bundle", "keygen", "--public-key", str(pub), "--secret-key", str(key), "--unencrypted"],
        monkeypatch,
        capsys,
    )
    data = _national_file(tmp_path)
    run(
        [
            "bundle",
            "sign",
            str(data),
            "--secret-key",
            str(key),
            "--version",
            "2",
            "--expires",
            "2099-01-01",
        ],
        monkeypatch,
        capsys,
    )
    done = subprocess.run(
        ["minisign", "-V", "-p", str(pub), "-m", str(data)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "version=2\tissued=" in done.stdout


def test_from_hsds_writes_the_compact_format_unless_plain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from referral_directory import compact, hsds

    national = _national_file(tmp_path)
    small, plain = tmp_path / "compact.bundle", tmp_path / "plain.bundle"
    assert run(["bundle", "from-hsds", str(national), "--out", str(small)], monkeypatch,
               capsys)[0] == 0
    assert run(["bundle", "from-hsds", str(national), "--out", str(plain), "--plain"],
               monkeypatch, capsys)[0] == 0
    assert compact.is_compact(small.read_bytes()) and not compact.is_compact(plain.read_bytes())
    assert hsds.read_json(small.read_bytes()).services == hsds.read_json(
        plain.read_bytes()).services
    assert small.stat().st_size < plain.stat().st_size / 2
