"""Unlocking the vault as a plain state machine (no Qt).

    ENTER ──submit──▶ WORKING ──succeeded──▶ DONE
      ▲                 │  └─(recovery code)─▶ NEW_PASSPHRASE ─▶ SAVING ─▶ DONE
      └────failed───────┘                          ▲               │
    BLOCKED (damaged, too new, missing) ◀─failed   └────failed─────┘

Three ways in: the passphrase, the recovery code, and quick unlock (offered only while
a quick-unlock wrap is on disk and not expired and a real keyring is reachable). A
recovery code always leads to choosing a new passphrase before anything else opens.

Vault operations are slow (Argon2id) and must run on the worker, so the flow only
describes them (`UnlockRequest`); the view runs `perform(...)` on the worker and reports
back with `succeeded()` or `failed()`. Failures become `UnlockProblem` data: the view
words them. A wrong passphrase and an unavailable keyring are different problems with
different words (Vorta confused them, issue #385).
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

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
from desktop.strength import (
    NewPassphraseProblem,
    Strength,
    assess,
    new_passphrase_accepted,
    new_passphrase_problems,
)

if TYPE_CHECKING:
    from crypto.kdf import KdfParams  # cryptography: not loaded before the first screen


class Mode(Enum):
    PASSPHRASE = "passphrase"  # noqa: S105 - a name, not a secret
    RECOVERY_CODE = "recovery-code"
    QUICK = "quick"


class Step(Enum):
    ENTER = "enter"
    WORKING = "working"
    BLOCKED = "blocked"
    NEW_PASSPHRASE = "new-passphrase"  # noqa: S105 - a name, not a secret
    SAVING = "saving"
    DONE = "done"


class ProblemKind(Enum):
    WRONG_PASSPHRASE = "wrong-passphrase"  # noqa: S105 - a name, not a secret
    WRONG_CODE = "wrong-code"
    CODE_UNREADABLE = "code-unreadable"
    KEYRING_UNAVAILABLE = "keyring-unavailable"
    QUICK_UNLOCK_ENDED = "quick-unlock-ended"
    CORRUPT = "corrupt"
    TOO_NEW = "too-new"
    BUSY = "busy"
    MISSING = "missing"
    DISK_FULL = "disk-full"
    UNEXPECTED = "unexpected"
    NEW_TOO_SHORT = "new-too-short"
    NEW_TOO_GUESSABLE = "new-too-guessable"
    NEW_MISMATCH = "new-mismatch"


_NEW_PROBLEM_KINDS: dict[NewPassphraseProblem, ProblemKind] = {
    NewPassphraseProblem.TOO_SHORT: ProblemKind.NEW_TOO_SHORT,
    NewPassphraseProblem.TOO_GUESSABLE: ProblemKind.NEW_TOO_GUESSABLE,
    NewPassphraseProblem.MISMATCH: ProblemKind.NEW_MISMATCH,
}


# Problems where trying again with other input cannot help: only restore or retry later.
_BLOCKING = {ProblemKind.CORRUPT, ProblemKind.TOO_NEW, ProblemKind.MISSING}


# NamedTuples, not dataclasses: made before the unlock screen's first paint, where each
# frozen dataclass costs ~1 ms compiling its generated methods (same fields, repr, ==, hash).
class UnlockProblem(NamedTuple):
    """Why the last attempt did not open the vault.

    Attributes:
        kind: what went wrong.
        quick_reason: for QUICK_UNLOCK_ENDED, the vault's reason ("off", "expired", ...).
        found: for TOO_NEW, the vault's version.
        supported: for TOO_NEW, the newest version this build reads.
    """

    kind: ProblemKind
    quick_reason: str = ""
    found: int = 0
    supported: int = 0

    @property
    def offer_restore(self) -> bool:
        """Whether "Restore from a backup" is the way forward (the vault is left untouched)."""
        return self.kind in (ProblemKind.CORRUPT, ProblemKind.MISSING)


class UnlockRequest(NamedTuple):
    """One unlock attempt to run on the worker. The secret never appears in its repr."""

    mode: Mode
    secret: str = ""

    def __repr__(self) -> str:
        return f"UnlockRequest(mode={self.mode!r})"


class Unlockable(Protocol):
    """What the flow needs from an opened vault."""

    @property
    def must_change_passphrase(self) -> bool: ...


class OpenedVault(Unlockable, Protocol):
    """What the unlock screen does with an opened vault: set the new passphrase a recovery
    code requires, lock it if nobody is left to take it, hand it on."""

    def change_passphrase(self, new: str, *, kdf_params: KdfParams | None = None) -> None: ...
    def lock(self) -> None: ...


class VaultOpener(Protocol):
    """The three ways to open a vault (crypto.vault.Vault satisfies this)."""

    def unlock(self, directory: Path, passphrase: str) -> OpenedVault: ...
    def unlock_with_recovery(self, directory: Path, code: str) -> OpenedVault: ...
    def unlock_quick(self, directory: Path) -> OpenedVault: ...


def perform(opener: VaultOpener, directory: Path, request: UnlockRequest) -> OpenedVault:
    """Run `request` (call this on the worker thread, never on the GUI thread)."""
    if request.mode is Mode.PASSPHRASE:
        return opener.unlock(directory, request.secret)
    if request.mode is Mode.RECOVERY_CODE:
        return opener.unlock_with_recovery(directory, request.secret)
    return opener.unlock_quick(directory)


def quick_unlock_offered(expiry: datetime | None, keyring_available: bool, now: datetime) -> bool:
    """Quick unlock is offered only for a live wrap on disk and a reachable keyring."""
    return expiry is not None and keyring_available and expiry > now


def classify(error: BaseException, mode: Mode) -> UnlockProblem:  # noqa: PLR0911 - a table
    """Turn an exception from the vault into data the view can word."""
    if isinstance(error, WrongPassphrase):
        return UnlockProblem(
            ProblemKind.WRONG_CODE if mode is Mode.RECOVERY_CODE else ProblemKind.WRONG_PASSPHRASE
        )
    if isinstance(error, KeyringUnavailable):
        return UnlockProblem(ProblemKind.KEYRING_UNAVAILABLE)
    if isinstance(error, QuickUnlockUnavailable):
        return UnlockProblem(ProblemKind.QUICK_UNLOCK_ENDED, quick_reason=error.reason)
    if isinstance(error, VaultTooNew):
        return UnlockProblem(ProblemKind.TOO_NEW, found=error.found, supported=error.supported)
    if isinstance(error, VaultCorrupt):
        return UnlockProblem(ProblemKind.CORRUPT)
    if isinstance(error, VaultMissing):
        return UnlockProblem(ProblemKind.MISSING)
    if isinstance(error, VaultBusy):
        return UnlockProblem(ProblemKind.BUSY)
    if isinstance(error, DiskFull):
        return UnlockProblem(ProblemKind.DISK_FULL)
    return UnlockProblem(ProblemKind.UNEXPECTED)


class FlowStateError(RuntimeError):
    """A method was called in a step where it makes no sense (a bug in the caller)."""


class LockFlow:
    """The unlock screen's logic.

    Args:
        quick_offered: whether quick unlock may be offered (see `quick_unlock_offered`);
            it can also be set later, when the keyring probe finishes.
    """

    def __init__(self, quick_offered: bool = False) -> None:
        self.step = Step.ENTER
        self.mode = Mode.PASSPHRASE
        self.quick_offered = quick_offered
        self.problem: UnlockProblem | None = None
        self._pending: UnlockRequest | None = None
        self._new = ""
        self._new_confirmation = ""
        self._new_strength = assess("")

    # -- choosing a way in --------------------------------------------------------------
    def set_quick_offered(self, offered: bool) -> None:
        self.quick_offered = offered
        if not offered and self.mode is Mode.QUICK:
            self.mode = Mode.PASSPHRASE

    def set_mode(self, mode: Mode) -> None:
        """Switch between passphrase, recovery code and (if offered) quick unlock."""
        self._require(Step.ENTER)
        if mode is Mode.QUICK and not self.quick_offered:
            raise FlowStateError("quick unlock is not offered")
        if mode is not self.mode:
            self.mode = mode
            self.problem = None

    def submit(self, typed: str = "") -> UnlockRequest | None:
        """Start an attempt with what was typed (ignored for quick unlock).

        Returns:
            The request to run on the worker, or None when there is nothing to try
            (empty input, or a recovery code that cannot be read; see `problem`).
        """
        self._require(Step.ENTER)
        if self.mode is Mode.QUICK:
            request = UnlockRequest(Mode.QUICK)
        elif self.mode is Mode.RECOVERY_CODE:
            if not typed.strip():
                return None
            # Here, not at the top: cryptography is not needed to show the unlock screen.
            from crypto.recovery import RecoveryCode  # noqa: PLC0415

            try:
                code = RecoveryCode.parse(typed)
            except ValueError:
                self.problem = UnlockProblem(ProblemKind.CODE_UNREADABLE)
                return None
            request = UnlockRequest(Mode.RECOVERY_CODE, str(code))
        else:
            if not typed:
                return None
            request = UnlockRequest(Mode.PASSPHRASE, typed)
        self.problem = None
        self._pending = request
        self.step = Step.WORKING
        return request

    def succeeded(self, vault: Unlockable) -> None:
        """The vault opened. A recovery-code unlock must choose a new passphrase first."""
        self._require(Step.WORKING)
        self._pending = None
        self.step = Step.NEW_PASSPHRASE if vault.must_change_passphrase else Step.DONE

    def failed(self, error: BaseException) -> None:
        """The attempt failed; record why and go back to entering (or block)."""
        self._require(Step.WORKING)
        mode = self._pending.mode if self._pending else self.mode
        self._pending = None
        self.problem = classify(error, mode)
        if self.problem.kind in (ProblemKind.KEYRING_UNAVAILABLE, ProblemKind.QUICK_UNLOCK_ENDED):
            self.set_quick_offered(False)
        self.step = Step.BLOCKED if self.problem.kind in _BLOCKING else Step.ENTER

    def retry(self) -> None:
        """From BLOCKED, try again (the disk may have been reconnected)."""
        self._require(Step.BLOCKED)
        self.step = Step.ENTER

    # -- the new passphrase after a recovery code ---------------------------------------
    def set_new_passphrase(self, passphrase: str, confirmation: str) -> None:
        self._require(Step.NEW_PASSPHRASE)
        if passphrase != self._new:
            self._new_strength = assess(passphrase)
        self._new, self._new_confirmation = passphrase, confirmation
        self.problem = None

    @property
    def new_strength(self) -> Strength:
        return self._new_strength

    @property
    def new_passphrase_problems(self) -> tuple[UnlockProblem, ...]:
        found = new_passphrase_problems(self._new_strength, self._new, self._new_confirmation)
        return tuple(UnlockProblem(_NEW_PROBLEM_KINDS[problem]) for problem in found)

    @property
    def can_save_new_passphrase(self) -> bool:
        return self.step is Step.NEW_PASSPHRASE and new_passphrase_accepted(
            self._new_strength, self._new, self._new_confirmation)

    def begin_saving(self) -> str | None:
        """Start saving the new passphrase; returns it for the worker job (or None if not ready)."""
        self._require(Step.NEW_PASSPHRASE)
        if not self.can_save_new_passphrase:
            return None
        self.step = Step.SAVING
        return self._new

    def saving_succeeded(self) -> None:
        self._require(Step.SAVING)
        self._new = self._new_confirmation = ""
        self._new_strength = assess("")
        self.step = Step.DONE

    def saving_failed(self, error: BaseException) -> None:
        self._require(Step.SAVING)
        self.problem = classify(error, Mode.PASSPHRASE)
        self.step = Step.NEW_PASSPHRASE

    # -- helpers ------------------------------------------------------------------------
    @property
    def can_submit(self) -> bool:
        return self.step is Step.ENTER

    def _require(self, step: Step) -> None:
        if self.step is not step:
            raise FlowStateError(f"not possible in step {self.step.value}")


