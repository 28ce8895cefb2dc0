"""The past-contacts list as data: periods, row text (never the note), order, corrections."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crypto.errors import DiskFull, VaultError
from desktop.peer_log.past import (
    COLUMNS,
    NO_FOLLOW_UP,
    corrected,
    duration_text,
    past_rows,
    periods,
)
from desktop.records.peer.failure import CAUSES
from desktop.records.peer.model import ContactType, Event, PeerContact, RoleGroup
from desktop.records.peer.store import UnresolvedIdentifiers
from desktop.words import failure_text

AT = datetime(2025, 3, 1, 20, tzinfo=UTC)


def contact(day: date, **changes: object) -> PeerContact:
    fields: dict[str, object] = {
        "contact_date": day,
        "contact_type": ContactType.PHONE,
        "role_group": RoleGroup.NURSE,
        "events": frozenset({Event.PATIENT_DEATH, Event.ADVERSE_EVENT}),
        "duration_minutes": 25,
        "recorded_at": AT,
        "note": "CanaryNoteText",
    }
    fields.update(changes)
    return PeerContact(**fields)  # type: ignore[arg-type]  # test helper


def test_periods_are_the_last_90_days_each_month_back_a_year_and_all() -> None:
    choices = periods(date(2025, 3, 15))
    # A month is named by the view's writer of dates (ISO 8601 when none is given).
    assert [p.label for p in choices[:4]] == ["Last 90 days", "2025-03", "2025-02", "2025-01"]
    assert (choices[0].start, choices[0].end) == (date(2024, 12, 16), date(2025, 3, 15))
    assert (choices[2].start, choices[2].end) == (date(2025, 2, 1), date(2025, 2, 28))
    assert choices[4].label == "2024-12"  # the year turns
    assert (choices[4].start, choices[4].end) == (date(2024, 12, 1), date(2024, 12, 31))
    assert len(choices) == 1 + 12 + 1
    assert choices[-1].label == "All contacts"
    assert choices[-1].start <= date(1900, 1, 1) and choices[-1].end >= date(2999, 1, 1)
    assert periods(date(2024, 2, 10))[1].end == date(2024, 2, 29)  # a leap year
    named = periods(date(2025, 3, 15), month_words=lambda day: f"month of {day}")
    assert [p.label for p in named[1:3]] == ["month of 2025-03-01", "month of 2025-02-01"]


@pytest.mark.parametrize(("minutes", "text"), [
    (0, "0 min"), (45, "45 min"), (60, "1 h"), (90, "1 h 30 min"), (1440, "24 h")])
def test_duration_text(minutes: int, text: str) -> None:
    assert duration_text(minutes) == text


def test_a_row_shows_the_structured_fields_and_never_the_note() -> None:
    (row,) = past_rows([(7, contact(date(2025, 3, 4), follow_up=date(2025, 3, 11)))])
    assert row.contact_id == 7
    assert dict(zip(COLUMNS, row.cells, strict=True)) == {
        "Date": "2025-03-04",
        "Contact type": "Phone",
        "Role group": "Nurse",
        "What happened": "Adverse event or error, Patient death",  # in the enum's order
        "Duration": "25 min",
        "Follow-up": "2025-03-11",
    }
    assert "CanaryNoteText" not in " ".join(row.cells) + row.spoken()
    assert row.spoken().startswith("Date: 2025-03-04, Contact type: Phone")
    (done,) = past_rows([(8, contact(date(2025, 3, 4), follow_up=date(2025, 3, 5),
                                     follow_up_done=True))])
    assert done.cells[-1] == "2025-03-05, done"
    assert past_rows([(9, contact(date(2025, 3, 4)))])[0].cells[-1] == NO_FOLLOW_UP


def test_rows_are_newest_first_then_latest_logged() -> None:
    given = [(1, contact(date(2025, 1, 5))), (2, contact(date(2025, 2, 1))),
             (3, contact(date(2025, 1, 5))), (4, contact(date(2024, 12, 31)))]
    assert [r.contact_id for r in past_rows(given)] == [2, 3, 1, 4]


def test_the_view_writes_both_dates_of_a_row() -> None:
    (row,) = past_rows([(7, contact(date(2025, 3, 4), follow_up=date(2025, 3, 11)))],
                       day_words=lambda day: f"day {day.day}")
    assert (row.cells[0], row.cells[-1]) == ("day 4", "day 11")


def test_a_correction_keeps_when_it_was_recorded_and_a_done_follow_up() -> None:
    original = contact(date(2025, 3, 4), follow_up=date(2025, 3, 11), follow_up_done=True)
    later = datetime(2025, 6, 1, tzinfo=UTC)
    edited = contact(date(2025, 3, 4), recorded_at=later, follow_up=date(2025, 3, 11),
                     duration_minutes=50, note="Changed")
    fixed = corrected(original, edited)
    assert fixed.recorded_at == AT and fixed.follow_up_done
    assert fixed.duration_minutes == 50 and fixed.note == "Changed"
    moved = corrected(original, contact(date(2025, 3, 4), follow_up=date(2025, 3, 12)))
    assert moved.follow_up == date(2025, 3, 12) and not moved.follow_up_done  # a new plan
    dropped = corrected(original, contact(date(2025, 3, 4)))
    assert dropped.follow_up is None and not dropped.follow_up_done


@pytest.mark.parametrize(("error", "words"), [
    (UnresolvedIdentifiers(["name"]), "The note still holds an identifier, so it was not done."),
    (DiskFull(Path("vault")), "The disk is full, so it was not done. Free some space and try"),
    (VaultError("gone"), "The vault could not be reached, so it was not done."),
    (KeyError(3), "That contact is no longer in the log, so it was not done."),
    (RuntimeError("bug"), "Something went wrong, so it was not done. Please try again."),
])
def test_failures_name_their_cause(error: BaseException, words: str) -> None:
    assert failure_text(error, "it was not done", causes=CAUSES).startswith(words)


def test_an_overdue_follow_up_reads_overdue_and_stands_out(qtbot: QtBot) -> None:
    from desktop.peer_log.past_table_view import FOLLOW_UP, ROW_ROLE, PastContactsModel

    today = date(2025, 3, 10)
    rows = past_rows([
        (1, contact(date(2025, 3, 1), follow_up=date(2025, 3, 8))),  # passed, not done
        (2, contact(date(2025, 3, 2), follow_up=date(2025, 3, 8), follow_up_done=True)),
        (3, contact(date(2025, 3, 3), follow_up=date(2025, 3, 10))),  # due today: not late
    ], today)
    by_id = {row.contact_id: row for row in rows}
    assert by_id[1].overdue and by_id[1].cells[-1] == "2025-03-08, overdue"
    assert not by_id[2].overdue and by_id[2].cells[-1] == "2025-03-08, done"
    assert not by_id[3].overdue and by_id[3].cells[-1] == "2025-03-10"
    model = PastContactsModel()
    model.set_rows(rows)
    fonts = {model.index(r, FOLLOW_UP).data(ROW_ROLE).contact_id:
             model.index(r, FOLLOW_UP).data(Qt.ItemDataRole.FontRole) for r in range(3)}
    assert fonts[1] is not None and fonts[1].bold()
    assert fonts[2] is None and fonts[3] is None
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None  # only that cell
