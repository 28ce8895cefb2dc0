"""Linux policy files, tested for real in a temporary folder.

The files and folders here belong to whoever runs the tests, so that uid is passed as the
trusted owner (root is always trusted). "Owned by someone else" uses os.chown when the
tests run as root, and otherwise a trusted uid that is not ours.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from desktop.policy.sources import (
    MAX_FILE_BYTES,
    PolicyReading,
    posix_trust_problem,
    read_linux,
)

ME = os.getuid()
IS_ROOT = ME == 0


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "policies"
    for level in ("managed", "recommended"):
        (folder / level).mkdir(parents=True, mode=0o755)
        (folder / level).chmod(0o755)
    folder.chmod(0o755)
    return folder


def write(path: Path, data: Any, mode: int = 0o644) -> Path:
    text = data if isinstance(data, str) else json.dumps(data)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def ignored(reading: PolicyReading) -> dict[str, str]:
    return {Path(p.source).name: p.message for p in reading.problems if p.path == "$"}


def test_no_policy_folder_means_no_policy_and_no_problem(tmp_path: Path) -> None:
    reading = read_linux(tmp_path / "absent", trusted_uid=ME)
    assert reading.documents == [] and reading.problems == []


def test_trusted_files_are_read_by_level_in_name_order(root: Path) -> None:
    write(root / "managed" / "20-site.json", {"max_auto_lock_minutes": 10})
    write(root / "managed" / "10-org.json", {"organization_name": "Example Health"})
    write(root / "managed" / "9-late.json", {"peer_log_allowed": False})
    write(root / "recommended" / "50-defaults.json", {"quick_unlock_max_days": 7})
    write(root / "managed" / "notes.txt", "not policy")
    write(root / "managed" / ".hidden.json", {"bogus": 1})

    reading = read_linux(root, trusted_uid=ME)

    assert reading.problems == []
    assert [(Path(d.source).name, d.level) for d in reading.documents] == [
        ("10-org.json", "managed"),
        ("20-site.json", "managed"),
        ("9-late.json", "managed"),
        ("50-defaults.json", "recommended"),
    ]
    assert reading.documents[0].source == str(root / "managed" / "10-org.json")
    assert reading.documents[1].values == {"max_auto_lock_minutes": 10}


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        (0o664, "the file is writable by its group"),
        (0o646, "the file is writable by all users"),
    ],
)
def test_a_writable_file_is_ignored_with_its_reason(root: Path, mode: int, reason: str) -> None:
    write(root / "managed" / "10-org.json", {"peer_log_allowed": False}, mode=mode)
    write(root / "managed" / "20-ok.json", {"quick_unlock_allowed": False})

    reading = read_linux(root, trusted_uid=ME)

    assert [Path(d.source).name for d in reading.documents] == ["20-ok.json"]
    assert ignored(reading) == {"10-org.json": f"not trusted: {reason}"}


@pytest.mark.parametrize(
    ("mode", "words"),
    [
        (0o775, "writable by its group"),
        (0o777, "writable by all users"),
        (0o1777, "writable by all users"),
    ],
)
def test_a_writable_policy_folder_makes_its_files_untrusted(
    root: Path, mode: int, words: str
) -> None:
    write(root / "recommended" / "10.json", {"peer_log_allowed": False})
    (root / "recommended").chmod(mode)

    reading = read_linux(root, trusted_uid=ME)

    assert reading.documents == []
    assert ignored(reading)["10.json"] == (
        f"not trusted: its folder {root / 'recommended'} is {words}"
    )


def test_a_writable_folder_higher_up_makes_files_untrusted(root: Path) -> None:
    write(root / "managed" / "10.json", {"peer_log_allowed": False})
    root.parent.chmod(0o777)
    try:
        reading = read_linux(root, trusted_uid=ME)
    finally:
        root.parent.chmod(0o700)
    assert reading.documents == []
    assert "is writable by all users" in ignored(reading)["10.json"]


def test_a_sticky_folder_higher_up_is_accepted(root: Path) -> None:
    # /tmp is sticky and world-writable: others cannot replace what is ours inside it.
    write(root / "managed" / "10.json", {"peer_log_allowed": False})
    root.parent.chmod(0o1777)
    try:
        reading = read_linux(root, trusted_uid=ME)
    finally:
        root.parent.chmod(0o700)
    assert reading.problems == []
    assert len(reading.documents) == 1


def test_a_file_owned_by_someone_else_is_ignored(root: Path) -> None:
    path = write(root / "managed" / "10-org.json", {"peer_log_allowed": False})
    if IS_ROOT:
        os.chown(path, 65534, 65534)
        reading = read_linux(root, trusted_uid=0)
        assert ignored(reading) == {
            "10-org.json": "not trusted: the file is owned by uid 65534, not by root"
        }
    else:
        reading = read_linux(root, trusted_uid=ME + 1)
        assert ignored(reading)["10-org.json"].startswith(
            f"not trusted: the file is owned by uid {ME}, not by root or uid {ME + 1}"
        )
    assert reading.documents == []


def test_a_symlink_is_judged_by_its_target(root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "user-owned"
    outside.mkdir(mode=0o777)
    outside.chmod(0o777)
    target = write(outside / "evil.json", {"quick_unlock_allowed": True})
    (root / "managed" / "10-link.json").symlink_to(target)

    reading = read_linux(root, trusted_uid=ME)

    assert reading.documents == []
    assert f"its folder {outside} is writable by all users" in ignored(reading)["10-link.json"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (
            '{"peer_log_allowed": false,',
            "is not valid JSON (Expecting property name enclosed in "
            "double quotes at line 1 column 28)",
        ),
        ("[1, 2]", "is not a JSON object ({...})"),
        ("", "is not valid JSON (Expecting value at line 1 column 1)"),
    ],
)
def test_a_malformed_file_is_ignored_whole_with_its_reason(
    root: Path, content: str, reason: str
) -> None:
    write(root / "managed" / "10-bad.json", content)
    write(root / "managed" / "20-good.json", {"peer_log_allowed": False})

    reading = read_linux(root, trusted_uid=ME)

    assert ignored(reading) == {"10-bad.json": reason}
    assert [Path(d.source).name for d in reading.documents] == ["20-good.json"]


def test_a_file_that_is_not_utf8_or_too_large_is_ignored(root: Path) -> None:
    (root / "managed" / "10-latin1.json").write_bytes(b'{"organization_name": "\xe9"}')
    (root / "managed" / "10-latin1.json").chmod(0o644)
    (root / "managed" / "20-huge.json").write_bytes(b" " * (MAX_FILE_BYTES + 1) + b"{}")
    (root / "managed" / "20-huge.json").chmod(0o644)

    reading = read_linux(root, trusted_uid=ME)

    assert ignored(reading) == {
        "10-latin1.json": "is not UTF-8 text",
        "20-huge.json": "is larger than 1024 KiB",
    }


def test_a_folder_named_like_a_policy_file_is_not_read(root: Path) -> None:
    (root / "managed" / "10-dir.json").mkdir(mode=0o755)
    reading = read_linux(root, trusted_uid=ME)
    assert ignored(reading) == {"10-dir.json": "not trusted: is not a regular file"}


def test_a_missing_file_cannot_be_examined(tmp_path: Path) -> None:
    assert (posix_trust_problem(tmp_path / "absent.json", ME) or "").startswith(
        "cannot be examined"
    )


def test_problems_carry_no_policy_content(root: Path) -> None:
    write(root / "managed" / "10.json", '{"organization_name": "SENTINEL", oops}')
    reading = read_linux(root, trusted_uid=ME)
    assert reading.problems and all("SENTINEL" not in str(p) for p in reading.problems)
