"""The session's phases, without Qt: each allowed move, and the moves refused."""

from __future__ import annotations

import pytest

from crypto.vault import FolderState
from desktop.shell.session import IllegalMove, Phase, Session


def phase(session: Session) -> Phase:
    """The phase now (read through a call, so a type checker does not pin it)."""
    return session.phase


@pytest.mark.parametrize(("folder", "first"), [
    (FolderState.VAULT, Phase.LOCKED),
    (FolderState.KEY_MISSING, Phase.KEY_MISSING),
    (FolderState.EMPTY, Phase.SETUP),
])
def test_the_folder_decides_the_first_screen(folder: FolderState, first: Phase) -> None:
    assert Session().begin(folder) is first


def test_setup_unlocks_then_locks_and_unlocks_again() -> None:
    session = Session()
    session.begin(FolderState.EMPTY)
    session.unlocked()
    assert phase(session) is Phase.UNLOCKED
    assert session.lock() is True  # personal data was on show
    assert phase(session) is Phase.LOCKED
    assert session.lock() is False  # locking again is harmless
    session.unlocked()
    assert phase(session) is Phase.UNLOCKED


def test_a_missing_key_never_unlocks_except_through_a_restore() -> None:
    session = Session()
    session.begin(FolderState.KEY_MISSING)
    with pytest.raises(IllegalMove) as refused:
        session.unlocked()
    assert refused.value.phase is Phase.KEY_MISSING
    session.restore_started()
    assert session.restore_failed() is Phase.KEY_MISSING  # back where it started
    session.restore_started()
    session.unlocked()
    assert phase(session) is Phase.UNLOCKED


def test_a_failed_restore_from_settings_returns_to_the_unlock_screen() -> None:
    session = Session()
    session.begin(FolderState.VAULT)
    session.unlocked()
    session.restore_started()
    assert phase(session) is Phase.RESTORING
    assert session.restore_failed() is Phase.LOCKED


def test_nothing_moves_before_begin_or_after_stop() -> None:
    session = Session()
    with pytest.raises(IllegalMove):
        session.unlocked()
    with pytest.raises(IllegalMove):
        session.restore_failed()
    assert session.begin(FolderState.VAULT) is Phase.LOCKED
    assert session.begin(FolderState.VAULT) is Phase.LOCKED  # looked at afresh: allowed
    session.unlocked()
    with pytest.raises(IllegalMove):
        session.begin(FolderState.VAULT)  # never over an unlocked session
    session.stop()
    assert session.stopped
    for move in (session.lock, session.unlocked, session.restore_started):
        with pytest.raises(IllegalMove):
            move()
