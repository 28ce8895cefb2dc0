"""The first-run setup as a plain state machine (no Qt), in the manner of Electrum's wizard.

    WELCOME → PASSPHRASE → CREATING → RECOVERY_CODE → CONFIRM_CODE → ROLES → DONE

The view renders `step`, feeds what the person types into the setters, and calls
`next()`/`back()`. Errors are data (`Issue`); the view turns them into words. Creating
the vault is slow (Argon2id), so the flow does not do it: in CREATING the view runs the
creation on the worker with `passphrase_for_creation()` and reports back through
`creation_succeeded()` or `creation_failed()`.

Once the vault exists there is no way back to PASSPHRASE: the passphrase is already
in use, and the recovery code has been generated.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from enum import Enum

from crypto.errors import DiskFull, VaultBusy, VaultExists
from crypto.recovery import RecoveryCode
from desktop.roles import Roles
from desktop.strength import (
    NewPassphraseProblem,
    Strength,
    assess,
    new_passphrase_accepted,
    new_passphrase_problems,
)

CONFIRM_GROUP_COUNT = 2
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class Step(Enum):
    WELCOME = "welcome"
    PASSPHRASE = "passphrase"  # noqa: S105 - a name, not a secret
    CREATING = "creating"
    RECOVERY_CODE = "recovery-code"
    CONFIRM_CODE = "confirm-code"
    ROLES = "roles"
    DONE = "done"


class IssueKind(Enum):
    PASSPHRASE_TOO_SHORT = "passphrase-too-short"  # noqa: S105 - a name, not a secret
    PASSPHRASE_TOO_GUESSABLE = "passphrase-too-guessable"  # noqa: S105 - a name, not a secret
    PASSPHRASE_MISMATCH = "passphrase-mismatch"  # noqa: S105 - a name, not a secret
    CREATE_FAILED = "create-failed"
    CODE_NOT_ACKNOWLEDGED = "code-not-acknowledged"
    CODE_GROUP_MISMATCH = "code-group-mismatch"


_PASSPHRASE_ISSUES: dict[NewPassphraseProblem, IssueKind] = {
    NewPassphraseProblem.TOO_SHORT: IssueKind.PASSPHRASE_TOO_SHORT,
    NewPassphraseProblem.TOO_GUESSABLE: IssueKind.PASSPHRASE_TOO_GUESSABLE,
    NewPassphraseProblem.MISMATCH: IssueKind.PASSPHRASE_MISMATCH,
}


class CreateFailure(Enum):
    """Why creating the vault failed, as far as the person can act on it."""

    DISK_FULL = "disk-full"
    BUSY = "busy"
    EXISTS = "exists"
    UNEXPECTED = "unexpected"


@dataclass(frozen=True)
class Issue:
    """Something that keeps the flow from moving on.

    Attributes:
        kind: what is wrong.
        groups: for CODE_GROUP_MISMATCH, the 1-based positions of the groups that differ.
        failure: for CREATE_FAILED, why.
    """

    kind: IssueKind
    groups: tuple[int, ...] = ()
    failure: CreateFailure | None = None


@dataclass(frozen=True)
class SetupResult:
    """What setup decided besides the vault itself (stored by the view on the worker)."""

    peer_supporter: bool
    coordinator: bool = False

    @property
    def roles(self) -> Roles:
        return Roles.chosen(peer_supporter=self.peer_supporter, coordinator=self.coordinator)


class FlowStateError(RuntimeError):
    """A method was called in a step where it makes no sense (a bug in the caller)."""


def normalise_group(typed: str) -> str:
    """A typed code group made comparable: case, spaces, dashes and look-alikes forgiven."""
    cleaned = "".join(ch for ch in typed.upper() if not ch.isspace() and ch != "-")
    return cleaned.translate(_LOOKALIKES)


def classify_create_error(error: BaseException) -> CreateFailure:
    if isinstance(error, DiskFull):
        return CreateFailure.DISK_FULL
    if isinstance(error, VaultBusy):
        return CreateFailure.BUSY
    if isinstance(error, VaultExists):
        return CreateFailure.EXISTS
    return CreateFailure.UNEXPECTED


class SetupFlow:
    """First-run setup, step by step.

    Args:
        rng: chooses which code groups to ask back (injectable so tests are exact).
    """

    def __init__(self, rng: random.Random | None = None) -> None:
        self._rng = rng or secrets.SystemRandom()
        self.step = Step.WELCOME
        self._passphrase = ""
        self._confirmation = ""
        self._strength = assess("")
        self._create_failure: CreateFailure | None = None
        self._code: RecoveryCode | None = None
        self.code_acknowledged = False
        self._confirm_indices: tuple[int, ...] = ()
        self._confirm_entries: dict[int, str] = {}
        self._code_mismatch: tuple[int, ...] = ()
        self.peer_supporter = False
        self.coordinator = False

    # -- passphrase ---------------------------------------------------------------------
    def set_passphrase(self, passphrase: str) -> None:
        self._require(Step.PASSPHRASE)
        if passphrase != self._passphrase:
            self._passphrase = passphrase
            self._strength = assess(passphrase)
        self._create_failure = None

    def set_confirmation(self, confirmation: str) -> None:
        self._require(Step.PASSPHRASE)
        self._confirmation = confirmation
        self._create_failure = None

    @property
    def strength(self) -> Strength:
        return self._strength

    def passphrase_for_creation(self) -> str:
        """The chosen passphrase, for the creation job (only while CREATING)."""
        self._require(Step.CREATING)
        return self._passphrase

    def creation_succeeded(self, code: RecoveryCode) -> None:
        """The vault exists; show its recovery code. The passphrase is forgotten here."""
        self._require(Step.CREATING)
        self._passphrase = self._confirmation = ""
        self._strength = assess("")
        self._code = code
        count = len(code.groups())
        self._confirm_indices = tuple(sorted(self._rng.sample(range(count), CONFIRM_GROUP_COUNT)))
        self.step = Step.RECOVERY_CODE

    def creation_failed(self, error: BaseException) -> None:
        """Creation failed; go back to the passphrase page with the reason."""
        self._require(Step.CREATING)
        self._create_failure = classify_create_error(error)
        self.step = Step.PASSPHRASE

    # -- recovery code ------------------------------------------------------------------
    @property
    def vault_created(self) -> bool:
        """True once the vault is on disk (closing setup now leaves it behind)."""
        return self._code is not None

    @property
    def recovery_code(self) -> RecoveryCode:
        if self._code is None or self.step not in (Step.RECOVERY_CODE, Step.CONFIRM_CODE):
            raise FlowStateError("the recovery code is shown only during setup's code steps")
        return self._code

    def acknowledge_code(self, written_down: bool) -> None:
        self._require(Step.RECOVERY_CODE)
        self.code_acknowledged = written_down

    @property
    def confirm_positions(self) -> tuple[int, ...]:
        """1-based positions of the groups the person is asked to type back."""
        return tuple(index + 1 for index in self._confirm_indices)

    def set_confirm_entry(self, position: int, typed: str) -> None:
        """What the person typed for group `position` (1-based, one of confirm_positions)."""
        self._require(Step.CONFIRM_CODE)
        if position not in self.confirm_positions:
            raise FlowStateError(f"group {position} is not being asked for")
        self._confirm_entries[position] = typed
        self._code_mismatch = tuple(p for p in self._code_mismatch if p != position)

    # -- roles --------------------------------------------------------------------------
    def set_peer_supporter(self, value: bool) -> None:
        self._require(Step.ROLES)
        self.peer_supporter = value

    def set_coordinator(self, value: bool) -> None:
        """A peer-support program coordinator merges supporters' reports, nothing more."""
        self._require(Step.ROLES)
        self.coordinator = value

    @property
    def result(self) -> SetupResult:
        self._require(Step.DONE)
        return SetupResult(peer_supporter=self.peer_supporter, coordinator=self.coordinator)

    # -- navigation ---------------------------------------------------------------------
    @property
    def errors(self) -> tuple[Issue, ...]:
        """What keeps the current step from advancing (empty fields are not errors yet)."""
        issues: list[Issue] = []
        if self.step is Step.PASSPHRASE:
            if self._create_failure is not None:
                issues.append(Issue(IssueKind.CREATE_FAILED, failure=self._create_failure))
            found = new_passphrase_problems(self._strength, self._passphrase, self._confirmation)
            issues += [Issue(_PASSPHRASE_ISSUES[problem]) for problem in found]
        elif self.step is Step.RECOVERY_CODE and not self.code_acknowledged:
            issues.append(Issue(IssueKind.CODE_NOT_ACKNOWLEDGED))
        elif self.step is Step.CONFIRM_CODE and self._code_mismatch:
            issues.append(Issue(IssueKind.CODE_GROUP_MISMATCH, groups=self._code_mismatch))
        return tuple(issues)

    @property
    def can_advance(self) -> bool:
        if self.step is Step.PASSPHRASE:
            return new_passphrase_accepted(self._strength, self._passphrase, self._confirmation)
        if self.step is Step.RECOVERY_CODE:
            return self.code_acknowledged
        if self.step is Step.CONFIRM_CODE:
            return all(self._confirm_entries.get(p, "").strip() for p in self.confirm_positions)
        return self.step in (Step.WELCOME, Step.ROLES)

    @property
    def can_go_back(self) -> bool:
        return self.step in (Step.PASSPHRASE, Step.CONFIRM_CODE, Step.ROLES)

    def next(self) -> Step:
        """Move on if the step is complete; otherwise stay (see `errors`). Returns the step."""
        if not self.can_advance:
            return self.step
        if self.step is Step.WELCOME:
            self.step = Step.PASSPHRASE
        elif self.step is Step.PASSPHRASE:
            self._create_failure = None
            self.step = Step.CREATING
        elif self.step is Step.RECOVERY_CODE:
            self.step = Step.CONFIRM_CODE
        elif self.step is Step.CONFIRM_CODE:
            self._check_code_groups()
        elif self.step is Step.ROLES:
            self.step = Step.DONE
        return self.step

    def back(self) -> Step:
        """Go back one step where that is possible. Returns the step."""
        if self.step is Step.PASSPHRASE:
            self._passphrase = self._confirmation = ""
            self._strength = assess("")
            self._create_failure = None
            self.step = Step.WELCOME
        elif self.step is Step.CONFIRM_CODE:
            self._confirm_entries.clear()
            self._code_mismatch = ()
            self.step = Step.RECOVERY_CODE
        elif self.step is Step.ROLES:
            self.step = Step.CONFIRM_CODE
        return self.step

    def _check_code_groups(self) -> None:
        assert self._code is not None  # noqa: S101 - CONFIRM_CODE is reached only with a code
        groups = self._code.groups()
        wrong = tuple(
            p for p in self.confirm_positions
            if normalise_group(self._confirm_entries.get(p, "")) != groups[p - 1]
        )
        self._code_mismatch = wrong
        if not wrong:
            self.step = Step.ROLES

    def _require(self, step: Step) -> None:
        if self.step is not step:
            raise FlowStateError(f"not possible in step {self.step.value}")


