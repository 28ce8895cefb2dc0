# mypy: disable-error-code="unreachable,comparison-overlap"
# (Why: mypy keeps a property narrowed across method calls that change it, so the
# state machine's next step looks unreachable to it. Only these tests are affected.)
"""The unlock flow without Qt: three ways in, every failure as data, the forced new passphrase."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crypto.errors import (
    DiskFull,
    KeyringUnavailable,
    QuickUnlockUnavailable,
    VaultBusy,
    VaultCorrupt,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
)
from crypto.kdf import KdfParams
from crypto.recovery import RecoveryCode
from desktop.lock.flow import (
    FlowStateError,
    LockFlow,
    Mode,
    ProblemKind,
    Step,
    UnlockProblem,
    UnlockRequest,
    classify,
    perform,
    quick_unlock_offered,
)

GOOD = "sunflower river quiet lamp"
CODE = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345"
HERE = Path("/vault")


@dataclass
class FakeVault:
    must_change_passphrase: bool = False

    def change_passphrase(self, new: str, *, kdf_params: KdfParams | None = None) -> None:
        raise AssertionError("the flow never changes a passphrase itself")

    def lock(self) -> None:
        raise AssertionError("the flow never locks a vault itself")


@dataclass
class FakeOpener:
    """Records calls; what the real Vault classmethods would be asked."""

    calls: list[tuple[str, Path, str]] = field(default_factory=list)

    def unlock(self, directory: Path, passphrase: str) -> FakeVault:
        self.calls.append(("unlock", directory, passphrase))
        return FakeVault()

    def unlock_with_recovery(self, directory: Path, code: str) -> FakeVault:
        self.calls.append(("recovery", directory, code))
        return FakeVault(must_change_passphrase=True)

    def unlock_quick(self, directory: Path) -> FakeVault:
        self.calls.append(("quick", directory, ""))
        return FakeVault()


def _failed_with(error: BaseException, mode: Mode = Mode.PASSPHRASE) -> LockFlow:
    flow = LockFlow(quick_offered=True)
    flow.set_mode(mode)
    request = flow.submit(CODE if mode is Mode.RECOVERY_CODE else "anything at all")
    assert request is not None
    flow.failed(error)
    return flow


def _at_new_passphrase() -> LockFlow:
    flow = LockFlow()
    flow.set_mode(Mode.RECOVERY_CODE)
    assert flow.submit(CODE) is not None
    flow.succeeded(FakeVault(must_change_passphrase=True))
    assert flow.step is Step.NEW_PASSPHRASE
    return flow


def test_starts_entering_a_passphrase_without_a_problem() -> None:
    flow = LockFlow()
    assert (flow.step, flow.mode, flow.problem) == (Step.ENTER, Mode.PASSPHRASE, None)
    assert flow.can_submit
    assert not flow.quick_offered


def test_empty_passphrase_is_not_an_attempt() -> None:
    flow = LockFlow()
    assert flow.submit("") is None
    assert flow.step is Step.ENTER
    assert flow.problem is None


def test_passphrase_attempt_is_a_request_that_hides_its_secret() -> None:
    flow = LockFlow()
    request = flow.submit(" spaces count ")
    assert request == UnlockRequest(Mode.PASSPHRASE, " spaces count ")
    assert "spaces" not in repr(request)
    assert flow.step is Step.WORKING
    assert not flow.can_submit


def test_perform_calls_the_matching_vault_operation() -> None:
    opener = FakeOpener()
    perform(opener, HERE, UnlockRequest(Mode.PASSPHRASE, GOOD))
    perform(opener, HERE, UnlockRequest(Mode.RECOVERY_CODE, "X"))
    perform(opener, HERE, UnlockRequest(Mode.QUICK))
    assert opener.calls == [("unlock", HERE, GOOD), ("recovery", HERE, "X"), ("quick", HERE, "")]


def test_success_with_passphrase_is_done() -> None:
    flow = LockFlow()
    flow.submit(GOOD)
    flow.succeeded(FakeVault())
    assert flow.step is Step.DONE


def test_wrong_passphrase_goes_back_to_entering_with_its_own_problem() -> None:
    flow = _failed_with(WrongPassphrase())
    assert flow.step is Step.ENTER
    assert flow.problem == UnlockProblem(ProblemKind.WRONG_PASSPHRASE)
    assert flow.quick_offered  # a wrong passphrase says nothing about the keyring
    assert flow.submit(GOOD) is not None
    assert flow.problem is None  # a new attempt clears the old complaint


def test_wrong_recovery_code_is_worded_apart_from_a_wrong_passphrase() -> None:
    flow = _failed_with(WrongPassphrase(), Mode.RECOVERY_CODE)
    assert flow.problem == UnlockProblem(ProblemKind.WRONG_CODE)


def test_recovery_code_is_normalised_before_it_is_tried() -> None:
    flow = LockFlow()
    flow.set_mode(Mode.RECOVERY_CODE)
    request = flow.submit(" abcd efgh-jkmn pqrs tvwx yzo1 2345 ")
    assert request == UnlockRequest(Mode.RECOVERY_CODE, RecoveryCode.parse(CODE))
    assert request.secret == "ABCDEFGHJKMNPQRSTVWXYZ012345"


def test_unreadable_recovery_code_is_a_problem_without_an_attempt() -> None:
    flow = LockFlow()
    flow.set_mode(Mode.RECOVERY_CODE)
    assert flow.submit("ABCD") is None
    assert flow.problem == UnlockProblem(ProblemKind.CODE_UNREADABLE)
    assert flow.step is Step.ENTER
    assert flow.submit("   ") is None


def test_changing_mode_clears_the_problem() -> None:
    flow = _failed_with(WrongPassphrase())
    flow.set_mode(Mode.RECOVERY_CODE)
    assert flow.problem is None
    assert flow.mode is Mode.RECOVERY_CODE


def test_quick_unlock_only_when_offered() -> None:
    flow = LockFlow()
    with pytest.raises(FlowStateError):
        flow.set_mode(Mode.QUICK)
    flow.set_quick_offered(True)
    flow.set_mode(Mode.QUICK)
    assert flow.submit("typed text is ignored") == UnlockRequest(Mode.QUICK)


def test_keyring_unavailable_is_not_a_wrong_passphrase_and_withdraws_quick_unlock() -> None:
    flow = _failed_with(KeyringUnavailable(), Mode.QUICK)
    assert flow.problem == UnlockProblem(ProblemKind.KEYRING_UNAVAILABLE)
    assert not flow.quick_offered
    assert flow.mode is Mode.PASSPHRASE
    assert flow.step is Step.ENTER


@pytest.mark.parametrize("reason", ["off", "expired", "missing", "keyring"])
def test_quick_unlock_ended_carries_its_reason(reason: str) -> None:
    flow = _failed_with(QuickUnlockUnavailable(reason), Mode.QUICK)
    assert flow.problem == UnlockProblem(ProblemKind.QUICK_UNLOCK_ENDED, quick_reason=reason)
    assert not flow.quick_offered
    assert flow.mode is Mode.PASSPHRASE


@pytest.mark.parametrize(
    ("error", "problem", "step"),
    [
        (VaultCorrupt(HERE, "x"), UnlockProblem(ProblemKind.CORRUPT), Step.BLOCKED),
        (VaultMissing(HERE), UnlockProblem(ProblemKind.MISSING), Step.BLOCKED),
        (VaultTooNew(HERE, 9, 1), UnlockProblem(ProblemKind.TOO_NEW, found=9, supported=1),
         Step.BLOCKED),
        (VaultBusy(HERE), UnlockProblem(ProblemKind.BUSY), Step.ENTER),
        (DiskFull(HERE), UnlockProblem(ProblemKind.DISK_FULL), Step.ENTER),
        (RuntimeError("bug"), UnlockProblem(ProblemKind.UNEXPECTED), Step.ENTER),
    ],
)
def test_environment_problems(error: BaseException, problem: UnlockProblem, step: Step) -> None:
    flow = _failed_with(error)
    assert flow.problem == problem
    assert flow.step is step


def test_restore_is_offered_for_damaged_or_missing_vaults_only() -> None:
    offered = {kind for kind in ProblemKind if UnlockProblem(kind).offer_restore}
    assert offered == {ProblemKind.CORRUPT, ProblemKind.MISSING}


def test_blocked_can_retry_but_not_submit() -> None:
    flow = _failed_with(VaultCorrupt(HERE))
    assert not flow.can_submit
    with pytest.raises(FlowStateError):
        flow.submit(GOOD)
    flow.retry()
    assert flow.step is Step.ENTER
    assert flow.submit(GOOD) is not None


def test_classify_uses_the_mode_only_for_wrong_secrets() -> None:
    assert classify(VaultBusy(HERE), Mode.RECOVERY_CODE).kind is ProblemKind.BUSY


def test_recovery_code_forces_a_new_passphrase() -> None:
    flow = _at_new_passphrase()
    assert not flow.can_save_new_passphrase
    assert flow.begin_saving() is None
    flow.set_new_passphrase("short", "short")
    assert list(flow.new_passphrase_problems) == [UnlockProblem(ProblemKind.NEW_TOO_SHORT)]
    flow.set_new_passphrase("password123", "password123")
    assert list(flow.new_passphrase_problems) == [UnlockProblem(ProblemKind.NEW_TOO_GUESSABLE)]
    flow.set_new_passphrase(GOOD, GOOD + "x")
    assert list(flow.new_passphrase_problems) == [UnlockProblem(ProblemKind.NEW_MISMATCH)]
    assert not flow.can_save_new_passphrase
    flow.set_new_passphrase(GOOD, GOOD)
    assert list(flow.new_passphrase_problems) == []
    assert flow.new_strength.acceptable
    assert flow.begin_saving() == GOOD
    assert flow.step is Step.SAVING
    flow.saving_succeeded()
    assert flow.step is Step.DONE
    assert flow._new == ""  # the new passphrase must not linger


def test_failed_save_returns_to_the_new_passphrase_step() -> None:
    flow = _at_new_passphrase()
    flow.set_new_passphrase(GOOD, GOOD)
    flow.begin_saving()
    flow.saving_failed(DiskFull(HERE))
    assert flow.step is Step.NEW_PASSPHRASE
    assert flow.problem == UnlockProblem(ProblemKind.DISK_FULL)
    flow.set_new_passphrase(GOOD, GOOD)
    assert flow.problem is None
    assert flow.begin_saving() == GOOD


def test_no_way_around_the_new_passphrase() -> None:
    flow = _at_new_passphrase()
    with pytest.raises(FlowStateError):
        flow.submit(GOOD)
    with pytest.raises(FlowStateError):
        flow.set_mode(Mode.PASSPHRASE)
    with pytest.raises(FlowStateError):
        flow.saving_succeeded()


def test_results_are_accepted_only_while_working() -> None:
    flow = LockFlow()
    with pytest.raises(FlowStateError):
        flow.succeeded(FakeVault())
    with pytest.raises(FlowStateError):
        flow.failed(WrongPassphrase())
    with pytest.raises(FlowStateError):
        flow.retry()


def test_quick_unlock_offered_needs_a_future_expiry_and_a_keyring() -> None:
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    later = now + timedelta(hours=1)
    assert quick_unlock_offered(later, True, now)
    assert not quick_unlock_offered(later, False, now)
    assert not quick_unlock_offered(now, True, now)
    assert not quick_unlock_offered(now - timedelta(seconds=1), True, now)
    assert not quick_unlock_offered(None, True, now)
