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
from desktop.admin.words import ENGLISH, AdminWords
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


def add_parser(commands: Subcommands, confide_admin: AdminWords) -> None:
    """Add `report` and its actions to the `confide-admin` subcommands."""
    report = commands.add_parser(
        "report",
        help=confide_admin.tr("check and merge peer supporters' aggregate reports"),
        description=confide_admin.tr(
            "Peer support aggregate reports: counts by month and category only."),
    )
    actions = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help=confide_admin.tr("check report files' signatures and rules"),
        description=confide_admin.tr(
            "Check each report file: format, Ed25519 signature (a merged report: SHA-256 "
            "checksum), and that no count from 1 to 10 is shown."),
    )
    verify.add_argument("files", nargs="+", metavar="FILE", help=confide_admin.tr(
        "report files (.json)"))
    merge = actions.add_parser(
        "merge",
        help=confide_admin.tr("merge supporters' reports into one, suppressed again"),
        description=confide_admin.tr(
            "Merge two or more supporters' signed report files into one. Counts the reports "
            "only show as <11 or * stay hidden; the merged report is suppressed again and "
            "audited. Refused: a changed or unsigned file, a merged report, and two reports "
            "signed by one key whose periods overlap."),
    )
    merge.add_argument("files", nargs="+", metavar="FILE", help=confide_admin.tr(
        "report files (.json)"))
    merge.add_argument("--out", required=True, metavar="FILE", help=confide_admin.tr(
        "where to write the merged report (.json)"))
    merge.add_argument("--csv", metavar="FILE", help=confide_admin.tr(
        "also write the merged tables as CSV"))
    # The default label is written into the report file: it stays English in every language.
    merge.add_argument("--label", default=DEFAULT_LABEL, metavar="TEXT", help=confide_admin.tr(
        "the merged report's label (default: {label}); it must identify no one").format(
            label=repr(DEFAULT_LABEL)))


def run(args: argparse.Namespace, out: TextIO, err: TextIO,
        confide_admin: AdminWords = ENGLISH) -> int:
    """Run the parsed `report` action; returns the exit status."""
    if args.report_command == "verify":
        return _verify(args, out, err, confide_admin)
    return _merge(args, out, err, confide_admin)


def _describe(error: ReportInvalid, confide_admin: AdminWords) -> str:
    words = {
        "checksum": confide_admin.tr(
            "refused: the checksum does not match (the file was changed or damaged after "
            "export)"),
        "signature": confide_admin.tr(
            "refused: the signature does not match (the file was changed after it was "
            "signed)"),
        "unsigned": confide_admin.tr("refused: not signed ({detail})"),
        "too-new": confide_admin.tr("refused: written by a newer Confide ({detail})"),
        "not-a-report": confide_admin.tr("refused: {detail}"),
        "not-json": confide_admin.tr("refused: not a JSON file"),
        "unreadable": confide_admin.tr("refused: {detail}"),
    }.get(error.reason, confide_admin.tr("refused: it breaks the report rules ({detail})"))
    return words.format(detail=error.detail)


def _verify(args: argparse.Namespace, out: TextIO, err: TextIO,
            confide_admin: AdminWords) -> int:
    status = EXIT_OK
    for name in args.files:
        try:
            report = read_report(Path(name))
        except ReportInvalid as exc:
            err.write(f"{name}: {_describe(exc, confide_admin)}\n")
            status = EXIT_PROBLEM
            continue
        count = report.reports_merged
        if count == 1:
            words = confide_admin.tr(
                "{path}: ok, {first} to {last}, 1 supporter report, signed by key {key}")
        else:
            words = confide_admin.tr(
                "{path}: ok, {first} to {last}, %n supporter reports, merged, not signed (its "
                "inputs were verified when merged)", "", count)
        out.write(words.format(path=name, first=report.months[0], last=report.months[-1],
                               key=public_key_id(report.signers[0]) if count == 1 else "")
                  + "\n")
    return status


def _merge(args: argparse.Namespace, out: TextIO, err: TextIO, confide_admin: AdminWords) -> int:
    nothing = confide_admin.tr("Nothing was written.")
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
            err.write(f"{name}: {_describe(exc, confide_admin)}\n{nothing}\n")
            return EXIT_PROBLEM
    try:
        merged = merge_reports(reports, label, date.today())
    except MergeRefused as exc:
        err.write(confide_admin.tr("confide-admin: cannot merge: {reason}").format(
            reason=exc.detail) + f"\n{nothing}\n")
        return EXIT_PROBLEM
    try:
        write_atomic(Path(args.out), to_json(merged).encode("utf-8"))
        if args.csv:
            write_atomic(Path(args.csv), to_csv(merged).encode("utf-8"))
    except DiskFull as exc:
        undone = confide_admin.tr("{path} was not written").format(path=exc.path)
        err.write(f"confide-admin: {failure_text(exc, undone, confide_admin.translate)}\n")
        return EXIT_PROBLEM
    except EnvironmentProblem as exc:
        err.write(confide_admin.tr("confide-admin: cannot write {path} ({reason})").format(
            path=exc.path, reason=exc.detail) + "\n")
        return EXIT_PROBLEM
    out.write(confide_admin.tr(
        "merged {files} reports ({supporters} supporter reports), {first} to {last}: {path}"
    ).format(files=len(reports), supporters=merged.reports_merged, first=merged.months[0],
             last=merged.months[-1], path=args.out) + "\n")
    return EXIT_OK
