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
    assert migrations.migrate(conn, tmp_path) == 0
    assert {"settings", "checkin", "checkin_day"} <= tables(conn)
    assert migrations.schema_version(conn) == migrations.LATEST
    with pytest.raises(sqlcipher3.IntegrityError):  # the scales are enforced by the schema
        conn.execute(
            "INSERT INTO checkin(day, recorded_at, mood, energy, sleep) VALUES ('d', 't', 6, 1, 1)"
        )


def test_versions_are_consecutive() -> None:
    assert [m.version for m in migrations.MIGRATIONS] == list(range(1, migrations.LATEST + 1))


def test_a_failing_step_rolls_back_whole(tmp_path: Path) -> None:
    conn = fresh_db(tmp_path / "v.db")
    migrations.migrate(conn, tmp_path)
    broken = (
        *migrations.MIGRATIONS,
        Migration(2, "half-broken", ("CREATE TABLE extra(x)", "NOT SQL")),
    )
    with pytest.raises(sqlcipher3.OperationalError):
        migrations.migrate(conn, tmp_path, steps=broken)
    assert "extra" not in tables(conn)
    assert migrations.schema_version(conn) == 1


def test_an_upgrade_backs_up_the_key_file_first(tmp_path: Path) -> None:
    conn = fresh_db(tmp_path / "v.db")
    migrations.migrate(conn, tmp_path)
    seen: list[int] = []
    newer = (*migrations.MIGRATIONS, Migration(2, "test step", ("CREATE TABLE extra(x)",)))
    migrations.migrate(conn, tmp_path, before=seen.append, steps=newer)
    assert seen == [1]
    assert "extra" in tables(conn)
    migrations.migrate(conn, tmp_path, before=seen.append, steps=newer)
    assert seen == [1]  # nothing pending: no second backup


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    conn = fresh_db(tmp_path / "v.db")
    conn.execute("PRAGMA user_version = 7")
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
    if migrations.LATEST > 1:
        assert (folder / f"{KEY_NAME}.bak-v1").exists()
