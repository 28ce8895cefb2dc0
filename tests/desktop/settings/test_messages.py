"""Plain words for settings errors: specific, and never the error's own text."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from crypto.errors import (
    BackupInvalid,
    DiskFull,
    EnvironmentProblem,
    KeyringUnavailable,
    VaultBusy,
    VaultCorrupt,
    VaultError,
    VaultExists,
    WrongPassphrase,
)
from desktop.settings.messages import BACKUP_REASONS, describe_error

SECRET_PATH = Path("/home/dr-jane-doe/vault.key")


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (WrongPassphrase(), "not the right one"),
        (KeyringUnavailable(), "No secure system keyring"),
        (DiskFull(SECRET_PATH, "no space"), "The disk is full"),
        (VaultExists(SECRET_PATH, "exists"), "already a vault"),
        (VaultBusy(SECRET_PATH), "Another program"),
        (VaultCorrupt(SECRET_PATH, "bad"), "damaged"),
        (EnvironmentProblem(SECRET_PATH, "Permission denied"), "(Permission denied)"),
        (VaultError(), "That did not work"),
    ],
)
def test_words(error: BaseException, expected: str) -> None:
    words = describe_error(error)
    assert expected in words
    assert "dr-jane-doe" not in words


@pytest.mark.parametrize("reason", sorted(BACKUP_REASONS))
def test_backup_reasons(reason: str) -> None:
    assert describe_error(BackupInvalid(reason)) == BACKUP_REASONS[reason]


def test_unknown_backup_reason() -> None:
    assert describe_error(BackupInvalid("new-kind")) == "This backup cannot be restored."


def test_a_bug_is_logged_by_type_only(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        words = describe_error(RuntimeError("note: I feel hopeless"))
    assert "unexpected" in words
    assert "RuntimeError" in caplog.text
    assert "hopeless" not in caplog.text + words
