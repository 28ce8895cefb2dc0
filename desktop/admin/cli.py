"""`confide-admin`: checks a person's vault and the organization policy, without Qt.

Support staff use it when the app will not open: it says what is wrong with the data
folder without ever seeing the data. `vault check` reads only the key file's public
parts (format, vault id, KDF cost, quick-unlock expiry), file permissions and the first
bytes of the database. With `--passphrase-stdin` it also unlocks the vault and runs
SQLite's integrity check. It never prints a key, a passphrase or a record.

`policy validate|show|templates` (in `policy_commands`) checks policy files, shows the
policy in force with its sources, and writes Group Policy and profile templates.
`prevalence merge` (in `prevalence_commands`) estimates burnout prevalence from tokens.

Exit status (every command): 0 ok, 1 refused or problems found (one line each), 2 unusable
arguments or a file that cannot be read; `--help` says the same.
"""

from __future__ import annotations

import argparse
import json
import stat
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from crypto import kdf, keyfile
from crypto.connection import PLAINTEXT_HEADER
from crypto.errors import EnvironmentProblem, VaultError, VaultTooNew, WrongPassphrase
from crypto.vault import Vault
from desktop import paths
from desktop.admin import (
    bundle_commands,
    deid_commands,
    policy_commands,
    prevalence_commands,
    report_commands,
)

EXIT_HEALTHY = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


@dataclass(frozen=True)
class Check:
    """One line of the report: what was checked, whether it passed, and the facts."""

    name: str
    ok: bool
    detail: str


def _folder_checks(directory: Path) -> list[Check]:
    if not directory.is_dir():
        return [Check("data folder", False, f"{directory} does not exist or is not a folder")]
    checks = [Check("data folder", True, str(directory))]
    if not paths.vault_key(directory).exists():
        checks.append(Check("vault", False, f"no vault in {directory} (no {paths.VAULT_KEY})"))
    return checks


def _keyfile_checks(directory: Path, now: datetime) -> list[Check]:
    path = paths.vault_key(directory)
    try:
        loaded = keyfile.KeyFile.load(path)
    except VaultTooNew as exc:
        return [Check("key file", False,
                      f"written by a newer Confide (format {exc.found}; this one reads "
                      f"up to {exc.supported})")]
    except EnvironmentProblem as exc:
        return [Check("key file", False, f"{path.name}: {exc.detail or type(exc).__name__}")]
    except OSError as exc:
        return [Check("key file", False, f"{path.name} is not readable ({exc.strerror})")]
    params = loaded.passphrase.params
    at_floor = (params.memory_kib >= kdf.OWASP_MIN_MEMORY_KIB
                and params.iterations >= kdf.OWASP_MIN_ITERATIONS)
    floor = f"OWASP minimum {kdf.OWASP_MIN_MEMORY_KIB} KiB, {kdf.OWASP_MIN_ITERATIONS} passes"
    checks = [
        Check("key file", True,
              f"{path.name} readable, format {keyfile.FORMAT}, vault id {loaded.vault_id}"),
        Check("key derivation", at_floor,
              f"Argon2id {params.memory_kib} KiB, {params.iterations} passes, "
              f"{params.lanes} lane(s): {'at or above' if at_floor else 'BELOW'} the {floor}"),
    ]
    quick = loaded.quick_unlock
    if quick is None:
        checks.append(Check("quick unlock", True, "off (no keyring wrap on disk)"))
    elif quick.expires <= now:
        checks.append(Check("quick unlock", True,
                            f"expired {quick.expires.isoformat(timespec='minutes')} "
                            "(the wrap no longer opens the vault)"))
    else:
        checks.append(Check("quick unlock", True,
                            f"on until {quick.expires.isoformat(timespec='minutes')}"))
    return checks


def _permission_checks(directory: Path) -> list[Check]:
    loose = []
    for path in [directory, *sorted(p for p in directory.iterdir() if p.is_file())]:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            loose.append(f"{path.name or path} is {mode:o}")
    if loose:
        return [Check("permissions", False,
                      "readable by others: " + ", ".join(loose) + " (run: chmod go-rwx on them)")]
    return [Check("permissions", True, "the folder and its files are owner-only")]


def _database_checks(directory: Path) -> list[Check]:
    db = paths.vault_db(directory)
    try:
        with db.open("rb") as handle:
            head = handle.read(len(PLAINTEXT_HEADER))
    except FileNotFoundError:
        return [Check("vault file", False, f"{db.name} is missing beside {paths.VAULT_KEY}")]
    except OSError as exc:
        return [Check("vault file", False, f"{db.name} is not readable ({exc.strerror})")]
    if head == PLAINTEXT_HEADER:
        return [Check("vault file", False, f"{db.name} is a PLAINTEXT SQLite file, not encrypted")]
    size = db.stat().st_size
    return [Check("vault file", True,
                  f"{db.name} is encrypted (no plaintext header), {size} bytes")]


def _unlock_checks(directory: Path, passphrase: str) -> list[Check]:
    try:
        vault = Vault.unlock(directory, passphrase)
    except WrongPassphrase:
        return [Check("unlock", False, "the passphrase does not open this vault")]
    except VaultError as exc:
        detail = exc.detail if isinstance(exc, EnvironmentProblem) else ""
        return [Check("unlock", False, f"{type(exc).__name__} {detail}".strip())]
    try:
        problems = vault.integrity_problems()
        version = int(vault.query("PRAGMA user_version")[0][0])
    finally:
        vault.lock()
    checks = [Check("unlock", True, "the passphrase opens the vault"),
              Check("schema", True, f"schema version {version}")]
    if problems:
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        shown = "; ".join(problems[:5]) + more
        checks.append(Check("integrity", False, shown))
    else:
        checks.append(Check("integrity", True, "SQLite integrity check: ok"))
    return checks


def check_vault(directory: Path, passphrase: str | None = None,
                now: datetime | None = None) -> list[Check]:
    """Every check for the vault in `directory`, in the order they are printed.

    Args:
        directory: the data folder.
        passphrase: when given, also unlock and run the integrity check.
        now: the current time (injectable for tests of quick-unlock expiry).
    """
    checks = _folder_checks(directory)
    if not all(c.ok for c in checks):
        return checks
    checks += _keyfile_checks(directory, now or datetime.now(UTC))
    checks += _permission_checks(directory)
    checks += _database_checks(directory)
    if passphrase is not None and all(c.ok for c in checks):
        checks += _unlock_checks(directory, passphrase)
    return checks


def _read_passphrase(stream: TextIO) -> str:
    line = stream.readline()
    return line[:-1] if line.endswith("\n") else line


def _print_report(checks: list[Check], as_json: bool, out: TextIO) -> None:
    healthy = all(c.ok for c in checks)
    if as_json:
        json.dump({"healthy": healthy, "checks": [asdict(c) for c in checks]}, out, indent=2)
        out.write("\n")
        return
    for c in checks:
        out.write(f"{'ok  ' if c.ok else 'FAIL'}  {c.name}: {c.detail}\n")
    problems = sum(not c.ok for c in checks)
    out.write("healthy\n" if healthy else f"{problems} problem(s) found\n")


def build_parser() -> argparse.ArgumentParser:
    """The `confide-admin` command line."""
    parser = argparse.ArgumentParser(
        prog="confide-admin",
        description="Administer Confide vaults and organization policy without opening the app.",
        epilog="Exit status, for every command: 0 ok (healthy, valid, done); 1 refused or "
               "problems found (one line each); 2 unusable arguments or a file that cannot "
               "be read. Messages are one line each and never quote personal data.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    vault = commands.add_parser(
        "vault", help="inspect a person's vault",
        description="A person's vault, checked without reading their data: for support "
                    "staff when the app will not open.")
    vault_commands = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    check = vault_commands.add_parser(
        "check", help="check a vault's files, permissions and encryption",
        description="Check the vault in a data folder. Reads no personal data unless "
                    "--passphrase-stdin is given, and prints none even then.")
    check.add_argument("--data-dir", metavar="DIR",
                       help=f"the data folder (default: ${paths.ENV_VAR}, "
                            "else the user data folder)")
    check.add_argument("--passphrase-stdin", action="store_true",
                       help="read the passphrase from the first line of standard input, unlock, "
                            "and run the integrity check")
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    policy_commands.add_parser(commands)
    deid_commands.add_parser(commands)
    bundle_commands.add_parser(commands)
    report_commands.add_parser(commands)
    prevalence_commands.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 - one return per subcommand
    """Run `confide-admin`; returns the exit status (0 healthy, 1 problems, 2 usage)."""
    for stream in (sys.stdout, sys.stderr):
        # A file name that is not valid UTF-8 (or a lone surrogate read from a file) must
        # print as an escape, not stop the command with UnicodeEncodeError.
        reconfigure = getattr(stream, "reconfigure", None)  # absent on a test's StringIO
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits for --help (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command == "policy":
        return policy_commands.run(args, sys.stdout, sys.stderr)
    if args.command == "bundle":
        return bundle_commands.run(args, sys.stdin, sys.stdout, sys.stderr)
    if args.command == "deid":
        return deid_commands.run(args, sys.stdin, sys.stdout, sys.stderr)
    if args.command == "report":
        return report_commands.run(args, sys.stdout, sys.stderr)
    if args.command == "prevalence":
        return prevalence_commands.run(args, sys.stdout, sys.stderr)
    directory = paths.resolve_data_dir(args.data_dir)
    passphrase = _read_passphrase(sys.stdin) if args.passphrase_stdin else None
    if passphrase is not None and not passphrase:
        print("confide-admin: --passphrase-stdin read an empty line", file=sys.stderr)
        return EXIT_USAGE
    checks = check_vault(directory, passphrase)
    _print_report(checks, args.json, sys.stdout)
    return EXIT_HEALTHY if all(c.ok for c in checks) else EXIT_PROBLEM


if __name__ == "__main__":
    sys.exit(main())
