"""Confide's performance targets, measured in one run: `python tests/benchmarks/run.py`.

Not collected by pytest (timings on a shared 2-core machine make poor pass/fail tests);
run it by hand before and after a change that touches start-up, unlocking or storage.

    (a) start-up to an interactive unlock screen, against a bare PySide6 window   <= 2x
    (b) unlock, split into Argon2id (calibrated) and opening the database        open < 50 ms
    (c) ten years of daily check-ins, written one transaction per day, then trend
        queries: the vault against plain sqlite3 with the same schema and pragmas <= 1.3x

Every figure is a median over several runs. Options: --runs N, --workload-runs N, --quick.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from crypto import connection, kdf  # noqa: E402 - after sys.path, so it runs from a checkout
from crypto.keyfile import KeyFile  # noqa: E402
from crypto.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
# The same pragmas crypto/connection.py applies to the vault (minus the cipher's own).
PLAIN_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
)
INSERT = ("INSERT INTO checkin (day, recorded_at, mood, energy, sleep, stressors, note) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)")
TODAY = date(2030, 1, 1)
TREND_QUERIES = [
    (f"last {n} days", "SELECT day, mood, energy, sleep, stressors FROM checkin "
                       "WHERE day >= ? ORDER BY day", (TODAY - timedelta(days=n)).isoformat())
    for n in (30, 90, 365)
] + [
    ("weekly averages, 1 year", "SELECT strftime('%Y-%W', day) AS w, avg(mood), avg(energy), "
     "avg(sleep), count(*) FROM checkin WHERE day >= ? GROUP BY w ORDER BY w",
     (TODAY - timedelta(days=365)).isoformat()),
    ("monthly averages, 10 years", "SELECT substr(day, 1, 7) AS m, avg(mood), avg(energy), "
     "avg(sleep), count(*) FROM checkin WHERE day >= ? GROUP BY m ORDER BY m",
     (TODAY - timedelta(days=3650)).isoformat()),
    ("stressor counts, 90 days", "SELECT stressors, count(*) FROM checkin WHERE day >= ? "
     "AND stressors != '' GROUP BY stressors ORDER BY 2 DESC",
     (TODAY - timedelta(days=90)).isoformat()),
]
BARE_WINDOW = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "window = QWidget()\n"
    "window.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)


@dataclass
class Row:
    """One line of the results table."""

    measure: str
    ours: float | None  # seconds; None when it could not be measured
    baseline: float | None
    target: str
    passed: bool | None
    note: str = ""


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ten_years_of_checkins(days: int) -> list[tuple[Any, ...]]:
    rng = random.Random(10)  # noqa: S311 - synthetic data
    words = ["shift", "ward", "charting", "tired", "calm", "busy", "handover", "break",
             "family", "sleep", "walk", "tea"]
    rows = []
    for offset in range(days, 0, -1):
        day = TODAY - timedelta(days=offset)
        at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=20)
        note = " ".join(rng.choice(words) for _ in range(rng.randrange(5, 40)))
        stressors = ",".join(sorted(rng.sample(["workload", "documentation", "staffing",
                                                "home"], k=rng.randrange(0, 3))))
        rows.append((day.isoformat(), at.isoformat(), rng.randint(1, 5), rng.randint(1, 5),
                     rng.randint(1, 5), stressors, note))
    return rows


# -- (a) start-up ------------------------------------------------------------------------

def _run(argv: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def bench_startup(work: Path, runs: int) -> Row:
    target = "<= 2x bare window"
    data = work / "startup-data"
    vault, _ = Vault.create(data, PASSPHRASE, kdf_params=kdf.KdfParams.minimum())
    vault.lock()
    bare = statistics.median(_run([sys.executable, "-c", BARE_WINDOW]) for _ in range(runs))
    confide = Path(sys.executable).with_name("confide")
    argv = [str(confide), "--data-dir", str(data), "--quit-when-ready"]
    try:
        _run(argv)  # warm the file cache and byte-code, as the bare window's first run did
        ours = statistics.median(_run(argv) for _ in range(runs))
    except (OSError, subprocess.SubprocessError) as exc:
        return Row("(a) start-up to unlock screen", None, bare, target, False,
                   f"confide failed to start ({type(exc).__name__})")
    return Row("(a) start-up to unlock screen", ours, bare, target, ours <= 2 * bare)


# -- (b) unlock --------------------------------------------------------------------------

def bench_unlock(directory: Path, runs: int) -> list[Row]:
    keyfile = KeyFile.load(directory / "vault.key")
    params = keyfile.passphrase.params
    kdf_time = median_time(lambda: kdf.derive(PASSPHRASE, params), runs)
    data_key = keyfile.open_with_passphrase(PASSPHRASE)

    def open_and_query() -> None:
        conn = connection.open_encrypted(directory / "vault.db", data_key)
        conn.execute("SELECT count(*) FROM checkin").fetchone()
        conn.close()

    open_time = median_time(open_and_query, runs)
    whole = median_time(lambda: Vault.unlock(directory, PASSPHRASE).lock(), runs)
    cost = f"Argon2id {params.memory_kib // 1024} MiB x {params.iterations}"
    return [
        Row("(b) unlock: key derivation", kdf_time, None, "~0.5 s (calibrated)",
            0.25 <= kdf_time <= 1.5, cost),
        Row("(b) unlock: open + first query", open_time, None, "< 50 ms", open_time < 0.050),
        Row("(b) unlock: whole Vault.unlock", whole, None, "(for information)", None,
            "KDF + open + integrity check + lock"),
    ]


# -- (c) workload ------------------------------------------------------------------------

def _plain_db(path: Path, schema: list[str]) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in PLAIN_PRAGMAS:
        conn.execute(pragma)
    for statement in schema:
        conn.execute(statement)
    return conn


def _write_plain(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    for row in rows:  # one transaction per day, as the app saves a check-in
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(INSERT, row)
        conn.execute("COMMIT")


def _write_vault(vault: Vault, rows: list[tuple[Any, ...]]) -> None:
    for row in rows:
        with vault.transaction() as conn:
            conn.execute(INSERT, row)


def _plain_query(conn: sqlite3.Connection, sql: str, args: tuple[Any, ...]) -> list[Any]:
    return conn.execute(sql, args).fetchall()


def _trends(query: Callable[[str, tuple[Any, ...]], object], repeats: int) -> None:
    for _ in range(repeats):
        for _name, sql, since in TREND_QUERIES:
            query(sql, (since,))


def bench_workload(work: Path, runs: int, days: int) -> tuple[list[Row], Path]:
    rows = ten_years_of_checkins(days)
    params = kdf.calibrate()
    write_ours, write_plain, read_ours, read_plain = [], [], [], []
    last_vault = work / "workload-0"
    for run in range(runs):
        last_vault = work / f"workload-{run}"
        vault, _ = Vault.create(last_vault, PASSPHRASE, kdf_params=params)
        schema = [r[0] for r in vault.query(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")]
        plain = _plain_db(work / f"plain-{run}.db", schema)
        try:
            write_ours.append(median_time(partial(_write_vault, vault, rows), 1))
            write_plain.append(median_time(partial(_write_plain, plain, rows), 1))
            read_ours.append(median_time(partial(_trends, vault.query, 20), 1))
            read_plain.append(median_time(partial(_trends, partial(_plain_query, plain), 20), 1))
        finally:
            vault.lock()
            plain.close()
    w_ours, w_plain = statistics.median(write_ours), statistics.median(write_plain)
    r_ours, r_plain = statistics.median(read_ours), statistics.median(read_plain)
    return [
        Row(f"(c) write {days} days, 1 txn/day", w_ours, w_plain, "<= 1.3x plain sqlite3",
            w_ours <= 1.3 * w_plain),
        Row(f"(c) trend queries ({len(TREND_QUERIES)} x 20)", r_ours, r_plain,
            "<= 1.3x plain sqlite3", r_ours <= 1.3 * r_plain),
    ], last_vault


# -- report ------------------------------------------------------------------------------

def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def print_table(rows: list[Row]) -> None:
    header = ("measure", "Confide", "baseline", "ratio", "target", "result")
    table = [header]
    for r in rows:
        ratio = f"{r.ours / r.baseline:.2f}x" if r.ours and r.baseline else "-"
        result = {True: "PASS", False: "MISS", None: "info"}[r.passed]
        table.append((r.measure, _fmt(r.ours), _fmt(r.baseline), ratio, r.target,
                      result + (f"  ({r.note})" if r.note else "")))
    widths = [max(len(line[i]) for line in table) for i in range(len(header) - 1)]
    for i, line in enumerate(table):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=False))
              + "  " + line[-1])
        if i == 0:
            print("-" * (sum(widths) + 2 * len(widths) + 6))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="runs for (a) and (b) (median)")
    parser.add_argument("--workload-runs", type=int, default=3, help="runs for (c) (median)")
    parser.add_argument("--days", type=int, default=3650, help="check-ins in (c)")
    parser.add_argument("--quick", action="store_true", help="1 run each, 1 year of data")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs, args.workload_runs, args.days = 1, 1, 365
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="confide-bench-") as tmp:
        work = Path(tmp)
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; medians of "
              f"{args.runs} (a, b) and {args.workload_runs} (c) runs\n", flush=True)
        rows = [bench_startup(work, args.runs)]
        workload_rows, populated = bench_workload(work, args.workload_runs, args.days)
        rows += bench_unlock(populated, args.runs)  # unlock a vault holding the workload
        rows += workload_rows
    print_table(rows)
    return 0 if all(r.passed is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
