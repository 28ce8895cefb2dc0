# mypy: disable-error-code="unreachable,comparison-overlap"
# (Why: mypy keeps a property narrowed across method calls that change it, so the
# state machine's next step looks unreachable to it. Only these tests are affected.)
"""First-run setup without Qt: every step, every guard, every way back."""

from __future__ import annotations

import random

import pytest

from crypto.errors import DiskFull, VaultBusy, VaultError, VaultExists
from crypto.recovery import RecoveryCode
from desktop.setup.flow import (
    CreateFailure,
    FlowStateError,
    Issue,
    IssueKind,
    SetupFlow,
    Step,
    normalise_group,
)

GOOD = "sunflower river quiet lamp"
CODE = RecoveryCode.parse("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345")


def _flow(seed: int = 7) -> SetupFlow:
    return SetupFlow(rng=random.Random(seed))  # seeded for exact tests


def _at_passphrase() -> SetupFlow:
    flow = _flow()
    assert flow.next() is Step.PASSPHRASE
    return flow


def _at_code(seed: int = 7) -> SetupFlow:
    flow = _flow(seed)
    flow.next()
    flow.set_passphrase(GOOD)
    flow.set_confirmation(GOOD)
    assert flow.next() is Step.CREATING
    flow.creation_succeeded(CODE)
    return flow


def _at_confirm(seed: int = 7) -> SetupFlow:
    flow = _at_code(seed)
    flow.acknowledge_code(True)
    assert flow.next() is Step.CONFIRM_CODE
    return flow


def _type_right_groups(flow: SetupFlow) -> None:
    for position in flow.confirm_positions:
        flow.set_confirm_entry(position, CODE.groups()[position - 1])


def test_starts_at_welcome_which_can_always_advance_but_not_go_back() -> None:
    flow = _flow()
    assert flow.step is Step.WELCOME
    assert flow.can_advance
    assert not flow.can_go_back
    assert flow.back() is Step.WELCOME
    assert list(flow.errors) == []
    assert not flow.vault_created


def test_empty_passphrase_cannot_advance_and_shows_no_error_yet() -> None:
    flow = _at_passphrase()
    assert not flow.can_advance
    assert list(flow.errors) == []
    assert flow.next() is Step.PASSPHRASE


def test_short_passphrase_is_an_error() -> None:
    flow = _at_passphrase()
    flow.set_passphrase("short")
    flow.set_confirmation("short")
    assert list(flow.errors) == [Issue(IssueKind.PASSPHRASE_TOO_SHORT)]
    assert flow.next() is Step.PASSPHRASE


def test_guessable_passphrase_is_an_error() -> None:
    flow = _at_passphrase()
    flow.set_passphrase("password123")
    flow.set_confirmation("password123")
    assert list(flow.errors) == [Issue(IssueKind.PASSPHRASE_TOO_GUESSABLE)]
    assert not flow.can_advance


def test_mismatch_is_reported_only_once_something_is_typed_in_confirm() -> None:
    flow = _at_passphrase()
    flow.set_passphrase(GOOD)
    assert list(flow.errors) == []
    assert not flow.can_advance  # confirmation still empty
    flow.set_confirmation(GOOD[:-1])
    assert list(flow.errors) == [Issue(IssueKind.PASSPHRASE_MISMATCH)]
    assert not flow.can_advance
    flow.set_confirmation(GOOD)
    assert list(flow.errors) == []
    assert flow.can_advance
    assert flow.strength.acceptable


def test_confirmation_is_exact_not_case_folded() -> None:
    flow = _at_passphrase()
    flow.set_passphrase(GOOD)
    flow.set_confirmation(GOOD.upper())
    assert not flow.can_advance


def test_back_from_passphrase_forgets_it() -> None:
    flow = _at_passphrase()
    flow.set_passphrase(GOOD)
    flow.set_confirmation(GOOD)
    assert flow.back() is Step.WELCOME
    flow.next()
    assert not flow.can_advance
    assert flow.strength.score == 0


def test_creating_hands_out_the_passphrase_and_cannot_be_left_by_hand() -> None:
    flow = _at_passphrase()
    flow.set_passphrase(GOOD)
    flow.set_confirmation(GOOD)
    flow.next()
    assert flow.step is Step.CREATING
    assert flow.passphrase_for_creation() == GOOD
    assert not flow.can_advance
    assert not flow.can_go_back
    assert flow.next() is Step.CREATING
    assert flow.back() is Step.CREATING


def test_passphrase_is_handed_out_only_while_creating() -> None:
    flow = _at_passphrase()
    flow.set_passphrase(GOOD)
    with pytest.raises(FlowStateError):
        flow.passphrase_for_creation()


@pytest.mark.parametrize(
    ("error", "failure"),
    [
        (DiskFull(__import__("pathlib").Path("/x")), CreateFailure.DISK_FULL),
        (VaultBusy(__import__("pathlib").Path("/x")), CreateFailure.BUSY),
        (VaultExists(__import__("pathlib").Path("/x")), CreateFailure.EXISTS),
        (VaultError("other"), CreateFailure.UNEXPECTED),
        (OSError("boom"), CreateFailure.UNEXPECTED),
    ],
)
def test_failed_creation_returns_to_passphrase_with_the_reason(
    error: BaseException, failure: CreateFailure
) -> None:
    flow = _at_passphrase()
    flow.set_passphrase(GOOD)
    flow.set_confirmation(GOOD)
    flow.next()
    flow.creation_failed(error)
    assert flow.step is Step.PASSPHRASE
    assert list(flow.errors) == [Issue(IssueKind.CREATE_FAILED, failure=failure)]
    assert not flow.vault_created
    # The passphrase is kept so "Create" can simply be tried again.
    assert flow.can_advance
    assert flow.next() is Step.CREATING
    assert list(flow.errors) == []


def test_typing_clears_a_creation_failure() -> None:
    flow = _at_passphrase()
    flow.set_passphrase(GOOD)
    flow.set_confirmation(GOOD)
    flow.next()
    flow.creation_failed(DiskFull(__import__("pathlib").Path("/x")))
    flow.set_passphrase(GOOD + " x")
    assert all(issue.kind is not IssueKind.CREATE_FAILED for issue in flow.errors)


def test_success_forgets_the_passphrase_and_shows_the_code() -> None:
    flow = _at_code()
    assert flow.step is Step.RECOVERY_CODE
    assert flow.vault_created
    assert flow.recovery_code.display() == "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345"
    assert flow._passphrase == ""  # the secret must not linger in the flow
    assert not flow.can_go_back  # the vault exists: no way back to choosing a passphrase


def test_code_must_be_acknowledged_before_moving_on() -> None:
    flow = _at_code()
    assert not flow.can_advance
    assert list(flow.errors) == [Issue(IssueKind.CODE_NOT_ACKNOWLEDGED)]
    assert flow.next() is Step.RECOVERY_CODE
    flow.acknowledge_code(True)
    assert list(flow.errors) == []
    assert flow.next() is Step.CONFIRM_CODE


def test_two_distinct_groups_are_asked_and_depend_on_the_random_source() -> None:
    seen = set()
    for seed in range(40):
        positions = _at_confirm(seed).confirm_positions
        assert len(positions) == 2
        assert positions[0] < positions[1]
        assert all(1 <= p <= 7 for p in positions)
        seen.add(positions)
    assert len(seen) > 5  # not always the same pair


def test_confirm_needs_both_entries() -> None:
    flow = _at_confirm()
    first, second = flow.confirm_positions
    assert not flow.can_advance
    flow.set_confirm_entry(first, "x")
    assert not flow.can_advance
    flow.set_confirm_entry(second, "   ")
    assert not flow.can_advance


def test_right_groups_lead_to_roles() -> None:
    flow = _at_confirm()
    _type_right_groups(flow)
    assert flow.next() is Step.ROLES


def test_wrong_group_is_named_and_keeps_the_step() -> None:
    flow = _at_confirm()
    first, second = flow.confirm_positions
    flow.set_confirm_entry(first, CODE.groups()[first - 1])
    flow.set_confirm_entry(second, "ZZZZ")
    assert flow.next() is Step.CONFIRM_CODE
    assert list(flow.errors) == [Issue(IssueKind.CODE_GROUP_MISMATCH, groups=(second,))]
    flow.set_confirm_entry(second, CODE.groups()[second - 1])
    assert list(flow.errors) == []  # correcting a group clears its complaint
    assert flow.next() is Step.ROLES


def test_groups_are_forgiving_about_case_spaces_and_lookalikes() -> None:
    code = RecoveryCode.parse("0111-0000-1111-2222-3333-4444-5555")
    flow = SetupFlow(rng=random.Random(1))  # seeded for exact tests
    flow.next()
    flow.set_passphrase(GOOD)
    flow.set_confirmation(GOOD)
    flow.next()
    flow.creation_succeeded(code)
    flow.acknowledge_code(True)
    flow.next()
    for position in flow.confirm_positions:
        group = code.groups()[position - 1]
        typed = " " + group.replace("0", "o").replace("1", "l") + "- "
        flow.set_confirm_entry(position, typed)
    assert flow.next() is Step.ROLES


def test_normalise_group() -> None:
    assert normalise_group(" ab-c d ") == "ABCD"
    assert normalise_group("oIl") == "011"


def test_only_asked_positions_can_be_entered() -> None:
    flow = _at_confirm()
    other = next(p for p in range(1, 8) if p not in flow.confirm_positions)
    with pytest.raises(FlowStateError):
        flow.set_confirm_entry(other, "ABCD")


def test_back_from_confirm_shows_the_code_again_and_clears_entries() -> None:
    flow = _at_confirm()
    _type_right_groups(flow)
    assert flow.back() is Step.RECOVERY_CODE
    assert flow.recovery_code == CODE
    flow.next()
    assert not flow.can_advance


def test_roles_default_to_individual_only() -> None:
    flow = _at_confirm()
    _type_right_groups(flow)
    flow.next()
    assert flow.next() is Step.DONE
    assert flow.result.roles.names == ("individual",)
    assert not flow.result.peer_supporter
    assert not flow.result.coordinator


def test_peer_supporter_role_and_back_from_roles() -> None:
    flow = _at_confirm()
    _type_right_groups(flow)
    flow.next()
    flow.set_peer_supporter(True)
    assert flow.back() is Step.CONFIRM_CODE
    _type_right_groups(flow)
    flow.next()
    assert flow.peer_supporter
    flow.next()
    assert flow.result.roles.names == ("individual", "peer_supporter")


def test_a_program_coordinator_role() -> None:
    flow = _at_confirm()
    _type_right_groups(flow)
    flow.next()
    flow.set_coordinator(True)
    flow.next()
    assert flow.result.coordinator and not flow.result.peer_supporter
    assert flow.result.roles.names == ("individual", "coordinator")


def test_done_is_final() -> None:
    flow = _at_confirm()
    _type_right_groups(flow)
    flow.next()
    flow.next()
    assert not flow.can_advance
    assert not flow.can_go_back
    assert flow.next() is Step.DONE
    assert flow.back() is Step.DONE
    with pytest.raises(FlowStateError):
        _ = flow.recovery_code  # never shown again after setup


def test_setters_refuse_the_wrong_step() -> None:
    flow = _flow()
    with pytest.raises(FlowStateError):
        flow.set_passphrase(GOOD)
    with pytest.raises(FlowStateError):
        flow.acknowledge_code(True)
    with pytest.raises(FlowStateError):
        flow.set_peer_supporter(True)
    with pytest.raises(FlowStateError):
        flow.set_coordinator(True)
    with pytest.raises(FlowStateError):
        _ = flow.result
    with pytest.raises(FlowStateError):
        flow.creation_succeeded(CODE)
