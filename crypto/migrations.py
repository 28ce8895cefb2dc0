"""The vault's schema, as ordered migrations; each step runs inside one transaction.

`PRAGMA user_version` holds the schema version. A step is a tuple of statements so that
it runs inside the caller's transaction (`executescript` would commit first).
A vault from a newer Confide is refused before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crypto.errors import VaultTooNew


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "personal settings and the daily check-in",
        (
            """CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            """CREATE TABLE checkin (
                id INTEGER PRIMARY KEY,
                day TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                mood INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
                energy INTEGER NOT NULL CHECK (energy BETWEEN 1 AND 5),
                sleep INTEGER NOT NULL CHECK (sleep BETWEEN 1 AND 5),
                stressors TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX checkin_day ON checkin(day)",
        ),
    ),
    Migration(
        2,
        "questionnaire results, crisis events and the safety plan",
        (
            """CREATE TABLE questionnaire_response (
                id INTEGER PRIMARY KEY,
                instrument TEXT NOT NULL,
                instrument_version TEXT NOT NULL,
                completed_at TEXT NOT NULL,
                answers TEXT NOT NULL,
                score REAL NOT NULL,
                band TEXT NOT NULL,
                risk INTEGER NOT NULL DEFAULT 0 CHECK (risk IN (0, 1))
            )""",
            "CREATE INDEX questionnaire_response_instrument"
            " ON questionnaire_response(instrument, completed_at)",
            """CREATE TABLE crisis_event (
                id INTEGER PRIMARY KEY,
                occurred_at TEXT NOT NULL,
                source TEXT NOT NULL
            )""",
            """CREATE TABLE safety_plan (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                updated_at TEXT NOT NULL,
                content TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        3,
        "the peer supporter's de-identified contact log",
        (
            # No column can hold a name; the note is checked for identifiers before saving.
            """CREATE TABLE peer_contact (
                id INTEGER PRIMARY KEY,
                contact_date TEXT NOT NULL,
                contact_type TEXT NOT NULL,
                role_group TEXT NOT NULL,
                events TEXT NOT NULL,
                support_given TEXT NOT NULL DEFAULT '',
                referrals TEXT NOT NULL DEFAULT '',
                duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 0 AND 1440),
                follow_up_date TEXT,
                follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1)),
                note TEXT NOT NULL DEFAULT '',
                recorded_at TEXT NOT NULL
            )""",
            "CREATE INDEX peer_contact_date ON peer_contact(contact_date)",
            "CREATE INDEX peer_contact_follow_up ON peer_contact(follow_up_date)"
            " WHERE follow_up_done = 0",
        ),
    ),
    Migration(
        4,
        "the ledger of released aggregate reports and the report signing key",
        (
            # What left the device: the released figures (never a contact), the period,
            # the epsilon spent, and when. Later releases are checked against it.
            """CREATE TABLE report_release (
                id INTEGER PRIMARY KEY,
                report_id TEXT NOT NULL UNIQUE,
                first_month TEXT NOT NULL,
                last_month TEXT NOT NULL,
                epsilon REAL CHECK (epsilon IS NULL OR epsilon > 0),
                released_at TEXT NOT NULL,
                figures TEXT NOT NULL
            )""",
            # The supporter's Ed25519 key for signing reports: made once, kept in the vault.
            """CREATE TABLE report_signing_key (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                private_key BLOB NOT NULL,
                created_at TEXT NOT NULL
            )""",
        ),
    ),
)

LATEST = MIGRATIONS[-1].version


def schema_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    conn: Any,
    where: Path,
    before: Callable[[int], None] | None = None,
    steps: tuple[Migration, ...] = MIGRATIONS,
) -> int:
    """Bring the schema to the newest version; return the version found before.

    Args:
        conn: an open vault connection in autocommit mode.
        where: the vault file, for error messages.
        before: called with the old version once, before the first step (the vault backs
            up its key file there).
        steps: the migrations, in order (tests pass their own).

    Raises:
        VaultTooNew: the vault's schema is newer than any step here.
    """
    found = schema_version(conn)
    latest = steps[-1].version if steps else 0
    if found > latest:
        raise VaultTooNew(where, found, latest)
    pending = [m for m in steps if m.version > found]
    if not pending:
        return found
    if before is not None:
        before(found)
    for step in pending:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in step.statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(step.version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return found
