"""What each state board's license application asks about mental health, as HSDS data.

Fear of the licensing board keeps clinicians from help. The Federation of State Medical
Boards' 2018 "Physician Wellness and Burnout" policy recommends that applications ask
only about current impairment; many still ask about past diagnosis or treatment. For
each state (and DC) and each board (medical, nursing) this module says which, with the
source and the date it was checked, or that no source read for Confide confirms it.

How it is modelled: one HSDS service, "State licensing application questions", whose
attributes hold one `board_question` fact per board (value `current_only`,
`asks_past` or `not_confirmed`). The board's state (`board_state`) and kind
(`board_type`) and the evidence (`claim_statement`, `claim_source`, `claim_checked`,
`claim_status`, `claim_check_method`, the same terms every confidentiality claim uses)
are attributes linked to that fact (`link_entity` "attribute", `link_id` its id), as
`facts` links a claim's evidence. Chosen over one service per board (102 services)
because:

- it is one plain HSDS service record, so the schema check (`hsds`, `schemacheck`),
  the HSDS export and the bundle reader take it as they take any service;
- a signed organization bundle overrides a state by carrying the same service (or
  any service with `board_question` facts) with just that state's entries: bundles
  are read as services already, and a bundle entry replaces the national one for its
  state and board;
- the directory's search and ranking never see it: `is_licensing_service` keeps it out
  of the resources (a list of 102 board rows would drown the help people look for).

The shipped data (`resources/directory/national.json`) must name every state and DC
exactly once per board (`check_complete`); a bundle may name any subset, each at most
once. A board with an answer must give an https source and the date it was checked.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Final

import resources
from referral_directory.address import is_web_address
from referral_directory.errors import HsdsError
from referral_directory.facts import allowed_values, taxonomy
from referral_directory.model import STATES_AND_TERRITORIES, Origin

SERVICE_ID: Final = "6f0f5d43-2a5e-5d0b-9c38-0c1f1e0b7a51"
SERVICE_NAME: Final = "State licensing application questions"
NATIONAL_RESOURCE: Final = "directory/national.json"
QUESTION: Final = "board_question"
BOARDS: Final = ("medical", "nursing")
ANSWERS: Final = ("current_only", "asks_past", "not_confirmed")
NOT_CONFIRMED: Final = "not_confirmed"
_LINKED: Final = (
    "board_state",
    "board_type",
    "claim_statement",
    "claim_source",
    "claim_checked",
    "claim_status",
    "claim_check_method",
)
_LINK_TYPE: Final = "confide_fact"
JURISDICTIONS: Final = tuple(s for s in STATES_AND_TERRITORIES if s[0] != "PR")  # 50 + DC
STATE_NAMES: Final = dict(JURISDICTIONS)


@dataclass(frozen=True)
class BoardAnswer:
    """What one state board's license application asks about mental health.

    Attributes:
        state: two-letter code (a key of `STATE_NAMES`).
        board: "medical" or "nursing".
        answer: "current_only", "asks_past" or "not_confirmed".
        statement: what the source says, in plain words ("" when none was found).
        source_url: the https page it was checked against ("" when none).
        checked: when it was checked (None when no source was found).
        confirmed: True when the board's own page, a state government page or the Dr.
            Lorna Breen Heroes' Foundation's verification says so; False when only a
            secondary page (a news report, a study, a society) does.
        method: how it was checked, e.g. "checked against a stored copy".
        origin: "national" (shipped) or "organization" (from the signed bundle).
    """

    state: str
    board: str
    answer: str = NOT_CONFIRMED
    statement: str = ""
    source_url: str = ""
    checked: date | None = None
    confirmed: bool = False
    method: str = ""
    origin: Origin = "national"

    @property
    def answered(self) -> bool:
        """Whether a source says what the application asks."""
        return self.answer != NOT_CONFIRMED


@cache
def _terms() -> dict[str, dict[str, Any]]:
    return {t["code"]: t for t in taxonomy()["taxonomy_terms"]}


@cache
def _codes_by_id() -> dict[str, str]:
    return {t["id"]: code for code, t in _terms().items() if "/" not in code}


def _code(attr: Mapping[str, Any]) -> str | None:
    term = attr.get("taxonomy_term")
    term_id = attr.get("taxonomy_term_id") or (term.get("id") if isinstance(term, dict) else None)
    return _codes_by_id().get(term_id) if isinstance(term_id, str) else None


@cache
def _question_ids() -> frozenset[str]:
    return frozenset(i for i, code in _codes_by_id().items() if code == QUESTION)


def is_licensing_service(service: Mapping[str, Any]) -> bool:
    """Whether an HSDS service carries board questions (and so is no resource to list)."""
    attributes = service.get("attributes")
    if not isinstance(attributes, list):
        return False
    questions = _question_ids()  # what `_code(a) == QUESTION` reads, a set lookup each
    for a in attributes:
        if isinstance(a, dict):
            term = a.get("taxonomy_term")
            term_id = a.get("taxonomy_term_id") or (
                term.get("id") if isinstance(term, dict) else None
            )
            if isinstance(term_id, str) and term_id in questions:
                return True
    return False


class _Entry:
    """One board_question attribute and the attributes linked to it, for error messages."""

    def __init__(self, index: int, answer: str, file: str, record: str) -> None:
        self.index = index
        self.answer = answer
        self.linked: dict[str, tuple[int, str]] = {}
        self.file = file
        self.record = record

    def fail(self, code: str, problem: str) -> HsdsError:
        index = self.linked[code][0] if code in self.linked else self.index
        return HsdsError(self.file, self.record, f"attributes[{index}].value ({code})", problem)

    def value(self, code: str) -> str:
        return self.linked.get(code, (-1, ""))[1]

    def read(self, origin: Origin) -> BoardAnswer:
        if self.answer not in ANSWERS:
            raise self.fail(QUESTION, f"must be one of {', '.join(ANSWERS)}")
        state = self.value("board_state").upper()
        if state not in STATE_NAMES:
            raise self.fail("board_state", "must be a US state's two-letter code or DC")
        board = self.value("board_type")
        if board not in BOARDS:
            raise self.fail("board_type", "must be medical or nursing")
        source = self.value("claim_source")
        if source:
            if not is_web_address(source, frozenset({"https"})):
                raise self.fail("claim_source", "must be an https address")
        elif self.answer != NOT_CONFIRMED:
            raise self.fail(QUESTION, "an answer needs its source (claim_source)")
        checked = None
        if self.value("claim_checked"):
            try:
                checked = date.fromisoformat(self.value("claim_checked"))
            except ValueError:
                raise self.fail("claim_checked", "must be an ISO date") from None
        elif source:
            raise self.fail("claim_source", "a source needs the date it was checked")
        status = self.value("claim_status") or "unconfirmed"
        if status not in allowed_values("claim_status"):
            raise self.fail("claim_status", "must be confirmed or unconfirmed")
        return BoardAnswer(
            state=state,
            board=board,
            answer=self.answer,
            statement=self.value("claim_statement"),
            source_url=source,
            checked=checked,
            confirmed=status == "confirmed" and self.answer != NOT_CONFIRMED,
            method=self.value("claim_check_method"),
            origin=origin,
        )


def read_service(
    service: Mapping[str, Any],
    origin: Origin = "national",
    *,
    file: str = "<input>",
    record: str = "",
) -> tuple[BoardAnswer, ...]:
    """The board answers one HSDS service carries (none for an ordinary service).

    Raises:
        HsdsError: an answer outside the vocabulary, an unknown state or board, a
            source that is not https, an answer without source or date, or a board
            named twice in the service.
    """
    record = record or str(service.get("id"))
    rows = service.get("attributes")
    rows = rows if isinstance(rows, list) else []
    entries: dict[str, _Entry] = {}
    for index, attr in enumerate(rows):
        if isinstance(attr, dict) and _code(attr) == QUESTION:
            value, attr_id = attr.get("value"), attr.get("id")
            if isinstance(value, str) and isinstance(attr_id, str):
                entries[attr_id] = _Entry(index, value, file, record)
    for index, attr in enumerate(rows):
        if not isinstance(attr, dict):
            continue
        code, link, value = _code(attr), attr.get("link_id"), attr.get("value")
        entry = entries.get(link) if isinstance(link, str) else None
        if entry is not None and code in _LINKED and isinstance(value, str):
            entry.linked[code] = (index, value)
    answers: dict[tuple[str, str], BoardAnswer] = {}
    for entry in entries.values():
        answer = entry.read(origin)
        key = (answer.state, answer.board)
        if key in answers:
            raise entry.fail(
                "board_state", f"the {answer.board} board of {answer.state} is named twice"
            )
        answers[key] = answer
    return tuple(answers.values())


def read_services(
    services: Iterable[Mapping[str, Any]], origin: Origin = "national", *, file: str = "<input>"
) -> tuple[BoardAnswer, ...]:
    """Every board answer in `services`; a board named in two services is refused.

    Raises:
        HsdsError: see `read_service`.
    """
    found: dict[tuple[str, str], BoardAnswer] = {}
    for service in services:
        if not is_licensing_service(service):
            continue
        for answer in read_service(service, origin, file=file):
            key = (answer.state, answer.board)
            if key in found:
                raise HsdsError(
                    file,
                    str(service.get("id")),
                    "attributes",
                    f"the {answer.board} board of {answer.state} is named twice",
                )
            found[key] = answer
    return tuple(found.values())


def check_complete(answers: Iterable[BoardAnswer], file: str = "<input>") -> None:
    """Every state and DC exactly once for each board.

    Raises:
        HsdsError: a board is missing or named twice.
    """
    seen: dict[tuple[str, str], int] = {}
    for answer in answers:
        key = (answer.state, answer.board)
        seen[key] = seen.get(key, 0) + 1
    for board in BOARDS:
        for state, _name in JURISDICTIONS:
            count = seen.get((state, board), 0)
            if count != 1:
                problem = "is missing" if count == 0 else "is named more than once"
                raise HsdsError(
                    file, SERVICE_ID, "attributes", f"the {board} board of {state} " + problem
                )


class LicensingTable:
    """The answer for every state and board: shipped data, with the bundle's on top."""

    def __init__(self, answers: Iterable[BoardAnswer]) -> None:
        self._answers = {(a.state, a.board): a for a in answers}

    def answer(self, state: str, board: str) -> BoardAnswer:
        """The answer for a board (a plain "not confirmed" when the data names none).

        Raises:
            KeyError: `state` or `board` is unknown.
        """
        if state not in STATE_NAMES or board not in BOARDS:
            raise KeyError((state, board))
        return self._answers.get((state, board), BoardAnswer(state, board))

    def answers(self) -> tuple[BoardAnswer, ...]:
        """Every answer held, in no particular order."""
        return tuple(self._answers.values())

    def overridden(self, by: Iterable[BoardAnswer]) -> LicensingTable:
        """This table with `by`'s answers in place of the ones for the same boards."""
        merged = dict(self._answers)
        merged.update({(a.state, a.board): a for a in by})
        return LicensingTable(merged.values())


@cache
def national() -> LicensingTable:
    """The shipped answers, checked complete.

    Raises:
        HsdsError: the shipped data is malformed or incomplete (a bug, never silent).
    """
    # Imported here: `hsds` reads every service through `facts`, which asks this module
    # to check board questions, so a top-level import would be circular.
    from referral_directory.hsds import read_json  # noqa: PLC0415 - see above

    data = read_json(resources.read_text(NATIONAL_RESOURCE), "national.json", kind="service")
    answers = read_services(data.services, "national", file="national.json")
    check_complete(answers, "national.json")
    return LicensingTable(answers)


# -- writing ---------------------------------------------------------------------------


def _attribute(attr_id: str, link_id: str, entity: str, code: str, value: str) -> dict[str, Any]:
    # The term by id only (it is in the shipped taxonomy): 102 boards with the whole term
    # copied into each of their ~8 attributes would more than double national.json.
    return {
        "id": attr_id,
        "link_id": link_id,
        "taxonomy_term_id": _terms()[code]["id"],
        "link_type": _LINK_TYPE,
        "link_entity": entity,
        "value": value,
    }


def attributes(service_id: str, answer: BoardAnswer) -> list[dict[str, Any]]:
    """The HSDS attributes for one board's answer on the service `service_id`."""
    entry_id = str(uuid.uuid5(uuid.UUID(service_id), f"{QUESTION}/{answer.state}/{answer.board}"))
    status = "confirmed" if answer.confirmed else "unconfirmed"
    values = {
        "board_state": answer.state,
        "board_type": answer.board,
        "claim_statement": answer.statement,
        "claim_source": answer.source_url,
        "claim_checked": answer.checked.isoformat() if answer.checked else "",
        "claim_status": status if answer.source_url else "",
        "claim_check_method": answer.method,
    }
    rows = [_attribute(entry_id, service_id, "service", QUESTION, answer.answer)]
    rows += [
        _attribute(str(uuid.uuid5(uuid.UUID(entry_id), code)), entry_id, "attribute", code, value)
        for code, value in values.items()
        if value
    ]
    return rows


def to_service(
    answers: Iterable[BoardAnswer], *, service_id: str = SERVICE_ID, description: str = ""
) -> dict[str, Any]:
    """An HSDS service carrying `answers` (the inverse of `read_service`)."""
    org_id = str(uuid.uuid5(uuid.UUID(service_id), "organization"))
    rows: list[dict[str, Any]] = []
    for answer in sorted(answers, key=lambda a: (a.board, a.state)):
        rows += attributes(service_id, answer)
    return {
        "id": service_id,
        "organization_id": org_id,
        "name": SERVICE_NAME,
        "description": description
        or "What each state medical board's and board of nursing's license application asks "
        "about mental health: only current impairment, or past treatment too.",
        "status": "active",
        "organization": {"id": org_id, "name": "Confide", "description": "Confide"},
        "attributes": rows,
    }
