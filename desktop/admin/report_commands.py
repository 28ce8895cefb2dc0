"""`confide-admin report …`: check and merge peer supporters' aggregate reports.

- `report verify FILE…`: checks each report file (Ed25519 signature or, for a merged
  report, checksum; format; suppression rules) and prints the signing key's fingerprint.
  Exit 0 when all are valid; 1 with one line per refused file, `FILE: reason`.
- `report merge FILE… --out FILE [--label TEXT] [--csv FILE]`: merges two or more
  supporters' signed reports into one, suppressed again (see `desktop.peer_merge.merge`).
  Refuses, writing nothing, when any input is refused (tampered, unsigned), the same
  report is given twice, or two reports signed by one key overlap in time. Exit 0, 1
  when refused, 2 on usage errors.

A fingerprint proves only that one key signed: compare it with the one the supporter
gives you in person to know whose report it is.

The coordinator's side: it reads only aggregate files and never a contact. Qt-free.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

from crypto.atomic import write_atomic
from crypto.errors import DiskFull, EnvironmentProblem
from desktop.admin.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from desktop.peer_merge.merge import MergeRefused, merge_reports
from desktop.records.peer.report import check_label
from desktop.records.peer.report_file import (
    ReportInvalid,
    public_key_id,
    read_report,
    to_csv,
    to_json,
)
from desktop.words import failure_text

if TYPE_CHECKING:
    from desktop.admin.commands import Subcommands

DEFAULT_LABEL: Final = "Merged peer support report"


def add_parser(commands: Subcommands) -> None:
    """Add `report` and its actions to the `confide-admin` subcommands."""
    report = commands.add_parser(
        "report",
        help="check and merge peer supporters' aggregate reports",
        description="Peer support aggregate reports: counts by month and category only.",
    )
    actions = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="check report files' signatures and rules",
        description="Check each report file: format, Ed25519 signature (a merged report: "
        "SHA-256 checksum), and that no count from 1 to 10 is shown.",
    )
    verify.add_argument("files", nargs="+", metavar="FILE", help="report files (.json)")
    merge = actions.add_parser(
        "merge",
        help="merge supporters' reports into one, suppressed again",
        description="Merge two or more supporters' signed report files into one. Counts "
        "the reports only show as <11 or * stay hidden; the merged report is suppressed "
        "again and audited. Refused: a changed or unsigned file, a merged report, and two "
        "reports signed by one key whose periods overlap.",
    )
    merge.add_argument("files", nargs="+", metavar="FILE", help="report files (.json)")
    merge.add_argument(
        "--out", required=True, metavar="FILE", help="where to write the merged report (.json)"
    )
    merge.add_argument("--csv", metavar="FILE", help="also write the merged tables as CSV")
    merge.add_argument(
        "--label",
        default=DEFAULT_LABEL,
        metavar="TEXT",
        help=f"the merged report's label (default: {DEFAULT_LABEL!r}); it must identify no one",
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run the parsed `report` action; returns the exit status."""
    if args.report_command == "verify":
        return _verify(args, out, err)
    return _merge(args, out, err)


def _describe(error: ReportInvalid) -> str:
    return {
        "checksum": "refused: the checksum does not match (the file was changed or damaged "
        "after export)",
        "signature": "refused: the signature does not match (the file was changed after it "
        "was signed)",
        "unsigned": f"refused: not signed ({error.detail})",
        "too-new": f"refused: written by a newer Confide ({error.detail})",
        "not-a-report": f"refused: {error.detail}",
        "not-json": "refused: not a JSON file",
        "unreadable": f"refused: {error.detail}",
    }.get(error.reason, f"refused: it breaks the report rules ({error.detail})")


def _verify(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    status = EXIT_OK
    for name in args.files:
        try:
            report = read_report(Path(name))
        except ReportInvalid as exc:
            err.write(f"{name}: {_describe(exc)}\n")
            status = EXIT_PROBLEM
            continue
        signed = (
            f"signed by key {public_key_id(report.signers[0])}"
            if report.reports_merged == 1
            else "merged, not signed (its inputs were verified when merged)"
        )
        out.write(
            f"{name}: ok, {report.months[0]} to {report.months[-1]}, "
            f"{report.reports_merged} supporter report(s), {signed}\n"
        )
    return status


def _merge(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        label = check_label(args.label)
    except ValueError as exc:
        err.write(f"confide-admin: --label: {exc}\n")
        return EXIT_USAGE
    reports = []
    for name in args.files:
        try:
            reports.append(read_report(Path(name)))
        except ReportInvalid as exc:
            err.write(f"{name}: {_describe(exc)}\nNothing was written.\n")
            return EXIT_PROBLEM
    try:
        merged = merge_reports(reports, label, date.today())
    except MergeRefused as exc:
        err.write(f"confide-admin: cannot merge: {exc.detail}\nNothing was written.\n")
        return EXIT_PROBLEM
    try:
        write_atomic(Path(args.out), to_json(merged).encode("utf-8"))
        if args.csv:
            write_atomic(Path(args.csv), to_csv(merged).encode("utf-8"))
    except DiskFull as exc:
        err.write(f"confide-admin: {failure_text(exc, f'{exc.path} was not written')}\n")
        return EXIT_PROBLEM
    except EnvironmentProblem as exc:
        err.write(f"confide-admin: cannot write {exc.path} ({exc.detail})\n")
        return EXIT_PROBLEM
    out.write(
        f"merged {len(reports)} reports ({merged.reports_merged} supporter reports), "
        f"{merged.months[0]} to {merged.months[-1]}: {args.out}\n"
    )
    return EXIT_OK
