from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from crypto import connection, migrations
from crypto.errors import VaultTooNew
from crypto.migrations import Migration
from crypto.vault import KEY_NAME, Vault

FIXTURES = Path(__file__).parent / "fixtures"


def fresh_db(path: Path) -> Any:
    return connection.open_encrypted(path, b"k" * 32, must_exist=False)


def tables(conn: Any) -> set[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'index')"
    ).fetchall()
    return {name for (name,) in rows}


def test_migration_1_creates_settings_and_checkins(tmp_path: Path) -> None:
    conn = fresh_db(tmp_path / "v.db")
    assert migrations.migrate(conn, tmp_path, steps=migrations.MIGRATIONS[:1]) == 0
    assert {"settings", "checkin", "checkin_day"} <= tables(conn)
    assert migrations.schema_version(conn) == 1
    with pytest.raises(sqlcipher3.IntegrityError):  # the scales are enforced by the schema
        conn.execute(
            "INSERT INTO checkin(day, recorded_at, mood, energy, sleep) VALUES ('d', 't', 6, 1, 1)"
        )


def test_migration_2_adds_questionnaires_crisis_events_and_the_safety_plan(tmp_path: Path) -> None:
    conn = fresh_db(tmp_path / "v.db")
    migrations.migrate(conn, tmp_path, steps=migrations.MIGRATIONS[:1])
    conn.execute("INSERT INTO settings VALUES ('kept', '1')")
    assert migrations.migrate(conn, tmp_path, steps=migrations.MIGRATIONS[:2]) == 1
    assert {"questionnaire_response", "crisis_event", "safety_plan"} <= tables(conn)
    assert conn.execute("SELECT value FROM settings").fetchall() == [("1",)]
    conn.execute("INSERT INTO safety_plan VALUES (1, 't', '{}')")
    with pytest.raises(sqlcipher3.IntegrityError):  # one plan per vault
        conn.execute("INSERT INTO safety_plan VALUES (2, 't', '{}')")


def test_migration_3_adds_the_peer_log_without_a_name_column(tmp_path: Path) -> None:
    conn = fresh_db(tmp_path / "v.db")
    migrations.migrate(conn, tmp_path, steps=migrations.MIGRATIONS[:2])
    assert migrations.migrate(conn, tmp_path, steps=migrations.MIGRATIONS[:3]) == 2
    columns = {row[1] for row in conn.execute("PRAGMA table_info(peer_contact)").fetchall()}
    assert "contact_date" in columns
    assert not {c for c in columns if "name" in c}  # there is no field for a name
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute(
            "INSERT INTO peer_contact(contact_date, contact_type, role_group, events,"
            " duration_minutes, recorded_at) VALUES ('d', 't', 'r', 'e', 2000, 'now')"
        )


def test_migration_4_adds_the_report_ledger_and_one_signing_key(tmp_path: Path) -> None:
    conn = fresh_db(tmp_path / "v.db")
    migrations.migrate(conn, tmp_path, steps=migrations.MIGRATIONS[:3])
    conn.execute("INSERT INTO settings VALUES ('kept', '1')")
    assert migrations.migrate(conn, tmp_path, steps=migrations.MIGRATIONS[:4]) == 3
    assert {"report_release", "report_signing_key"} <= tables(conn)
    assert conn.execute("SELECT value FROM settings").fetchall() == [("1",)]
    columns = {row[1] for row in conn.execute("PRAGMA table_info(report_release)").fetchall()}
    assert {"first_month", "last_month", "epsilon", "released_at", "figures"} <= columns
    conn.execute("INSERT INTO report_signing_key VALUES (1, x'00', 't')")
    with pytest.raises(sqlcipher3.IntegrityError):  # one signing key per vault
        conn.execute("INSERT INTO report_signing_key VALUES (2, x'00', 't')")
    with pytest.raises(sqlcipher3.IntegrityError):  # epsilon is positive or absent
        conn.execute(
            "INSERT INTO report_release(report_id, first_month, last_month, epsilon,"
            " released_at, figures) VALUES ('a', '2025-01', '2025-01', 0, 't', '{}')"
        )


def test_versions_are_consecutive() -> None:
    assert [m.version for m in migrations.MIGRATIONS] == list(range(1, migrations.LATEST + 1))


def test_a_failing_step_rolls_back_whole(tmp_path: Path) -> None:
    conn = fresh_db(tmp_path / "v.db")
    migrations.migrate(conn, tmp_path)
    latest = migrations.LATEST
    broken = (
        *migrations.MIGRATIONS,
        Migration(latest + 1, "half-broken", ("CREATE TABLE extra(x)", "NOT SQL")),
    )
    with pytest.raises(sqlcipher3.OperationalError):
        migrations.migrate(conn, tmp_path, steps=broken)
    assert "extra" not in tables(conn)
    assert migrations.schema_version(conn) == latest


def test_an_upgrade_backs_up_the_key_file_first(tmp_path: Path) -> None:
    conn = fresh_db(tmp_path / "v.db")
    migrations.migrate(conn, tmp_path)
    seen: list[int] = []
    latest = migrations.LATEST
    newer = (*migrations.MIGRATIONS, Migration(latest + 1, "test step", ("CREATE TABLE extra(x)",)))
    migrations.migrate(conn, tmp_path, before=seen.append, steps=newer)
    assert seen == [latest]
    assert "extra" in tables(conn)
    migrations.migrate(conn, tmp_path, before=seen.append, steps=newer)
    assert seen == [latest]  # nothing pending: no second backup


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    conn = fresh_db(tmp_path / "v.db")
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    with pytest.raises(VaultTooNew):
        migrations.migrate(conn, tmp_path)


def test_the_vault_frozen_from_release_0_1_opens_and_migrates(tmp_path: Path) -> None:
    """A vault written by Confide 0.1 (schema 1); kept as Electrum keeps old wallets."""
    folder = tmp_path / "old"
    shutil.copytree(FIXTURES / "vault-schema-1", folder)
    vault = Vault.unlock(folder, "fixture pass phrase for schema 1")
    assert vault.schema_version() == migrations.LATEST
    assert vault.query("SELECT note FROM checkin ORDER BY day") == [
        ("fixture note one",),
        ("fixture note two",),
    ]
    vault.lock()
    # The key file's backup lives only while the upgrade runs (issue 11: no old wrap stays).
    assert not list(folder.glob(f"{KEY_NAME}.bak-*"))
