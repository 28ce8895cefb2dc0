"""One wording for each cause of a failed vault job, shared by every view."""

from __future__ import annotations

from pathlib import Path

import pytest

from crypto.errors import DiskFull, EnvironmentProblem, VaultError
from desktop.words import failure_text


@pytest.mark.parametrize(("error", "words"), [
    (DiskFull(Path("vault")),
     "The disk is full, so the plan was not saved. Free some space and try again."),
    (EnvironmentProblem(Path("vault"), "read-only"),
     "The vault could not be reached, so the plan was not saved."),
    (VaultError("gone"), "The vault could not be reached, so the plan was not saved."),
    (RuntimeError("bug"), "Something went wrong, so the plan was not saved. Please try again."),
])
def test_each_cause_has_one_wording(error: BaseException, words: str) -> None:
    assert failure_text(error, "the plan was not saved") == words


def test_the_words_never_quote_the_error() -> None:
    assert "private note" not in failure_text(VaultError("private note"), "it was not done")
