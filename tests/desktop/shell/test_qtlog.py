"""Qt's own messages reach the log without what they quote: an address Qt failed to open
would tell that the crisis panel was used."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.shell.qtlog import clean


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Unable to detect a launcher for 'tel:988'", "Unable to detect a launcher for <redacted>"),
        ("This plugin does not support QPlatformServices::openUrl() for 'sms:741741?body=HOME'",
         "This plugin does not support QPlatformServices::openUrl() for <redacted>"),
        ('ShellExecute "tel:+18005550100" failed (error 31).',
         "ShellExecute <redacted> failed (error 31)."),
        ("could not open tel:988 now", "could not open <redacted> now"),
        ("QFont::setPointSize: Point size <= 0 (0), must be greater than 0",
         "QFont::setPointSize: Point size <= 0 (0), must be greater than 0"),
    ],
)
def test_quoted_text_and_addresses_are_masked(message: str, expected: str) -> None:
    assert clean(message) == expected


def test_the_home_folder_is_masked() -> None:
    assert clean(f"cannot read {Path.home()}/notes.txt") == "cannot read ~/notes.txt"
