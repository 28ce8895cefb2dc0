"""`confide-admin`: checks a person's vault and the organization policy, without a window.

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

Its words for people are in the computer's language or `--language`'s (`words_for`): Qt's
core library is loaded for them when a command runs, never on import, and without it the
words are English. `--json`, exit statuses and the files written never change with it.
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
from desktop.admin.parsing import parser_class
from desktop.admin.words import ENGLISH, LANGUAGES, AdminWords, asked_language

EXIT_HEALTHY = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


@dataclass(frozen=True)
class Check:
    """One line of the report: what was checked, whether it passed, and the facts."""

    name: str
    ok: bool
    detail: str


def _folder_checks(directory: Path, confide_admin: AdminWords) -> list[Check]:
    folder = confide_admin.tr("data folder")
    if not directory.is_dir():
        return [Check(folder, False, confide_admin.tr(
            "{folder} does not exist or is not a folder").format(folder=directory))]
    checks = [Check(folder, True, str(directory))]
    if not paths.vault_key(directory).exists():
        checks.append(Check(confide_admin.tr("vault"), False, confide_admin.tr(
            "no vault in {folder} (no {key_file})").format(folder=directory,
                                                          key_file=paths.VAULT_KEY)))
    return checks


def _keyfile_checks(directory: Path, now: datetime, confide_admin: AdminWords) -> list[Check]:
    path = paths.vault_key(directory)
    name = confide_admin.tr("key file")
    try:
        loaded = keyfile.KeyFile.load(path)
    except VaultTooNew as exc:
        return [Check(name, False, confide_admin.tr(
            "written by a newer Confide (format {found}; this one reads up to {supported})"
        ).format(found=exc.found, supported=exc.supported))]
    except EnvironmentProblem as exc:
        return [Check(name, False, f"{path.name}: {exc.detail or type(exc).__name__}")]
    except OSError as exc:
        return [Check(name, False, confide_admin.tr("{file} is not readable ({reason})").format(
            file=path.name, reason=exc.strerror))]
    params = loaded.passphrase.params
    at_floor = (params.memory_kib >= kdf.OWASP_MIN_MEMORY_KIB
                and params.iterations >= kdf.OWASP_MIN_ITERATIONS)
    cost = (
        confide_admin.tr("Argon2id {memory} KiB, {passes} passes, {lanes} lane(s): at or above "
                         "the OWASP minimum {minimum_memory} KiB, {minimum_passes} passes")
        if at_floor else
        confide_admin.tr("Argon2id {memory} KiB, {passes} passes, {lanes} lane(s): BELOW "
                         "the OWASP minimum {minimum_memory} KiB, {minimum_passes} passes"))
    checks = [
        Check(name, True, confide_admin.tr(
            "{file} readable, format {format}, vault id {vault_id}").format(
                file=path.name, format=keyfile.FORMAT, vault_id=loaded.vault_id)),
        Check(confide_admin.tr("key derivation"), at_floor, cost.format(
            memory=params.memory_kib, passes=params.iterations, lanes=params.lanes,
            minimum_memory=kdf.OWASP_MIN_MEMORY_KIB, minimum_passes=kdf.OWASP_MIN_ITERATIONS)),
    ]
    quick, quick_name = loaded.quick_unlock, confide_admin.tr("quick unlock")
    if quick is None:
        detail = confide_admin.tr("off (no keyring wrap on disk)")
    elif quick.expires <= now:
        detail = confide_admin.tr("expired {when} (the wrap no longer opens the vault)").format(
            when=quick.expires.isoformat(timespec="minutes"))
    else:
        detail = confide_admin.tr("on until {when}").format(
            when=quick.expires.isoformat(timespec="minutes"))
    return [*checks, Check(quick_name, True, detail)]


def _permission_checks(directory: Path, confide_admin: AdminWords) -> list[Check]:
    loose = []
    for path in [directory, *sorted(p for p in directory.iterdir() if p.is_file())]:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            loose.append(confide_admin.tr("{file} is {mode}").format(
                file=path.name or path, mode=f"{mode:o}"))
    name = confide_admin.tr("permissions")
    if loose:
        return [Check(name, False, confide_admin.tr(
            "readable by others: {files} (run: chmod go-rwx on them)").format(
                files=", ".join(loose)))]
    return [Check(name, True, confide_admin.tr("the folder and its files are owner-only"))]


def _database_checks(directory: Path, confide_admin: AdminWords) -> list[Check]:
    db = paths.vault_db(directory)
    name = confide_admin.tr("vault file")
    try:
        with db.open("rb") as handle:
            head = handle.read(len(PLAINTEXT_HEADER))
    except FileNotFoundError:
        return [Check(name, False, confide_admin.tr("{file} is missing beside {key_file}").format(
            file=db.name, key_file=paths.VAULT_KEY))]
    except OSError as exc:
        return [Check(name, False, confide_admin.tr("{file} is not readable ({reason})").format(
            file=db.name, reason=exc.strerror))]
    if head == PLAINTEXT_HEADER:
        return [Check(name, False, confide_admin.tr(
            "{file} is a PLAINTEXT SQLite file, not encrypted").format(file=db.name))]
    return [Check(name, True, confide_admin.tr(
        "{file} is encrypted (no plaintext header), {size} bytes").format(
            file=db.name, size=db.stat().st_size))]


def _unlock_checks(directory: Path, passphrase: str, confide_admin: AdminWords) -> list[Check]:
    name = confide_admin.tr("unlock")
    try:
        vault = Vault.unlock(directory, passphrase)
    except WrongPassphrase:
        return [Check(name, False, confide_admin.tr("the passphrase does not open this vault"))]
    except VaultError as exc:
        detail = exc.detail if isinstance(exc, EnvironmentProblem) else ""
        return [Check(name, False, f"{type(exc).__name__} {detail}".strip())]
    try:
        problems = vault.integrity_problems()
        version = int(vault.query("PRAGMA user_version")[0][0])
    finally:
        vault.lock()
    checks = [Check(name, True, confide_admin.tr("the passphrase opens the vault")),
              Check(confide_admin.tr("schema"), True,
                    confide_admin.tr("schema version {version}").format(version=version))]
    integrity = confide_admin.tr("integrity")
    if not problems:
        return [*checks, Check(integrity, True, confide_admin.tr("SQLite integrity check: ok"))]
    shown = "; ".join(problems[:5])
    if len(problems) > 5:
        shown = confide_admin.tr("{problems} (and %n more)", "", len(problems) - 5).format(
            problems=shown)
    return [*checks, Check(integrity, False, shown)]


def check_vault(directory: Path, passphrase: str | None = None, now: datetime | None = None,
                confide_admin: AdminWords = ENGLISH) -> list[Check]:
    """Every check for the vault in `directory`, in the order they are printed.

    Args:
        directory: the data folder.
        passphrase: when given, also unlock and run the integrity check.
        now: the current time (injectable for tests of quick-unlock expiry).
        confide_admin: the language the names and details are in (English for `--json`).
    """
    checks = _folder_checks(directory, confide_admin)
    if not all(c.ok for c in checks):
        return checks
    checks += _keyfile_checks(directory, now or datetime.now(UTC), confide_admin)
    checks += _permission_checks(directory, confide_admin)
    checks += _database_checks(directory, confide_admin)
    if passphrase is not None and all(c.ok for c in checks):
        checks += _unlock_checks(directory, passphrase, confide_admin)
    return checks


def _read_passphrase(stream: TextIO) -> str:
    line = stream.readline()
    return line[:-1] if line.endswith("\n") else line


def _print_report(checks: list[Check], as_json: bool, out: TextIO,
                  confide_admin: AdminWords) -> None:
    healthy = all(c.ok for c in checks)
    if as_json:
        json.dump({"healthy": healthy, "checks": [asdict(c) for c in checks]}, out, indent=2)
        out.write("\n")
        return
    ok, fail = confide_admin.tr("ok"), confide_admin.tr("FAIL")
    width = max(4, len(ok), len(fail))
    for c in checks:
        out.write(f"{(ok if c.ok else fail).ljust(width)}  {c.name}: {c.detail}\n")
    problems = sum(not c.ok for c in checks)
    if healthy:
        out.write(confide_admin.tr("healthy") + "\n")
    else:
        out.write((confide_admin.tr("%n problem found", "", problems) if problems == 1 else
                   confide_admin.tr("%n problems found", "", problems)) + "\n")


def build_parser(confide_admin: AdminWords = ENGLISH) -> argparse.ArgumentParser:
    """The `confide-admin` command line, its help worded in `confide_admin`'s language."""
    parser = parser_class(confide_admin)(
        prog="confide-admin",
        description=confide_admin.tr(
            "Administer Confide vaults and organization policy without opening the app."),
        epilog=confide_admin.tr(
            "Exit status, for every command: 0 ok (healthy, valid, done); 1 refused or "
            "problems found (one line each); 2 unusable arguments or a file that cannot "
            "be read. Messages are one line each and never quote personal data."))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    vault = commands.add_parser(
        "vault", help=confide_admin.tr("inspect a person's vault"),
        description=confide_admin.tr("A person's vault, checked without reading their data: "
                                     "for support staff when the app will not open."))
    vault_commands = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    check = vault_commands.add_parser(
        "check", help=confide_admin.tr("check a vault's files, permissions and encryption"),
        description=confide_admin.tr(
            "Check the vault in a data folder. Reads no personal data unless "
            "--passphrase-stdin is given, and prints none even then."))
    check.add_argument("--data-dir", metavar="DIR", help=confide_admin.tr(
        "the data folder (default: ${variable}, else the user data folder)").format(
            variable=paths.ENV_VAR))
    check.add_argument("--passphrase-stdin", action="store_true", help=confide_admin.tr(
        "read the passphrase from the first line of standard input, unlock, and run the "
        "integrity check"))
    check.add_argument("--json", action="store_true", help=confide_admin.tr(
        "print the report as JSON (always in English)"))
    policy_commands.add_parser(commands, confide_admin)
    deid_commands.add_parser(commands, confide_admin)
    bundle_commands.add_parser(commands, confide_admin)
    report_commands.add_parser(commands, confide_admin)
    prevalence_commands.add_parser(commands, confide_admin)
    return parser


def words_for(argv: Sequence[str]) -> AdminWords:
    """The words to print in: `--language`'s, else the computer's; English without Qt.

    Qt (QtCore only) is loaded here, when a command runs, and only when a language other
    than English may be wanted; without it, or without the translation, it is English.
    """
    asked = asked_language(argv)
    if asked == "en":
        return ENGLISH
    try:
        from desktop.admin import language_view  # noqa: PLC0415 - Qt only when a command runs
    except (ImportError, OSError):  # no PySide6, or its libraries will not load
        return ENGLISH
    return language_view.load_words(
        asked if asked in LANGUAGES else language_view.system_language())


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 - one return per subcommand
    """Run `confide-admin`; returns the exit status (0 healthy, 1 problems, 2 usage)."""
    for stream in (sys.stdout, sys.stderr):
        # A file name that is not valid UTF-8 (or a lone surrogate read from a file) must
        # print as an escape, not stop the command with UnicodeEncodeError.
        reconfigure = getattr(stream, "reconfigure", None)  # absent on a test's StringIO
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    arguments = sys.argv[1:] if argv is None else list(argv)
    confide_admin = words_for(arguments)
    parser = build_parser(confide_admin)
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exc:  # argparse exits for --help (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command == "policy":
        return policy_commands.run(args, sys.stdout, sys.stderr, confide_admin)
    if args.command == "bundle":
        return bundle_commands.run(args, sys.stdin, sys.stdout, sys.stderr, confide_admin)
    if args.command == "deid":
        return deid_commands.run(args, sys.stdin, sys.stdout, sys.stderr, confide_admin)
    if args.command == "report":
        return report_commands.run(args, sys.stdout, sys.stderr, confide_admin)
    if args.command == "prevalence":
        return prevalence_commands.run(args, sys.stdout, sys.stderr, confide_admin)
    directory = paths.resolve_data_dir(args.data_dir)
    passphrase = _read_passphrase(sys.stdin) if args.passphrase_stdin else None
    if passphrase is not None and not passphrase:
        print(confide_admin.tr("confide-admin: --passphrase-stdin read an empty line"),
              file=sys.stderr)
        return EXIT_USAGE
    # --json is read by programs: its names and details are English in every language.
    checks = check_vault(directory, passphrase,
                         confide_admin=ENGLISH if args.json else confide_admin)
    _print_report(checks, args.json, sys.stdout, confide_admin)
    return EXIT_HEALTHY if all(c.ok for c in checks) else EXIT_PROBLEM


if __name__ == "__main__":
    sys.exit(main())
