"""`confide-admin deid scan [FILE]`: try the note identifier detector on sample text.

Program coordinators use it to see what the peer log's note check would flag. It reads a
file, or standard input, one note per line, and prints each identifier found as one JSON
line: {"line": n, "kind": ..., "start": ..., "end": ..., "text": ...} (line numbers from
1, offsets within the line). Exit 0 when nothing was found, 1 when something was, 2 when
FILE cannot be read or is not UTF-8 text.

Qt-free, like the rest of the admin command. It writes only to its own output: the text
it scans is never logged.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

from desktop.admin.commands import EXIT_USAGE
from desktop.admin.words import ENGLISH, AdminWords
from desktop.records.peer.deid import KINDS, find_identifiers

if TYPE_CHECKING:
    from desktop.admin.commands import Subcommands

EXIT_NONE_FOUND: Final = 0
EXIT_FOUND: Final = 1


def add_parser(commands: Subcommands, confide_admin: AdminWords) -> None:
    """Add `deid` and its actions to the `confide-admin` subcommands."""
    deid = commands.add_parser(
        "deid",
        help=confide_admin.tr("try the identifier check used on peer supporters' notes"),
        description=confide_admin.tr("The identifier check used on peer supporters' notes."),
    )
    actions = deid.add_subparsers(dest="deid_command", metavar="ACTION", required=True)
    scan = actions.add_parser(
        "scan",
        help=confide_admin.tr("print the identifiers found in text, one JSON line each"),
        description=confide_admin.tr(
            "Read notes, one per line, from FILE or standard input and print each identifier "
            "found as a JSON line with line, kind, start, end and text. Kinds: {kinds}. Exit "
            "status: 0 none found, 1 some found, 2 FILE unreadable.").format(
                kinds=", ".join(KINDS)),
    )
    scan.add_argument("file", nargs="?", metavar="FILE", help=confide_admin.tr(
        "a UTF-8 text file, one note per line (default: standard input)"))


def scan_lines(lines: Iterable[str], out: TextIO) -> int:
    """Write one JSON line per identifier in `lines`; returns how many were found."""
    found = 0
    for number, line in enumerate(lines, start=1):
        note = line.rstrip("\r\n")
        for span in find_identifiers(note):
            record = {"line": number, "kind": span.kind, "start": span.start,
                      "end": span.end, "text": span.text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            found += 1
    return found


def _scan(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO,
          confide_admin: AdminWords) -> int:
    if args.file is None or args.file == "-":
        found = scan_lines(stdin, out)
    else:
        path = Path(args.file)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            err.write(confide_admin.tr("confide-admin: cannot read {path}: {reason}").format(
                path=path, reason=exc.strerror or type(exc).__name__) + "\n")
            return EXIT_USAGE
        except UnicodeDecodeError:
            err.write(confide_admin.tr("confide-admin: {path} is not UTF-8 text").format(
                path=path) + "\n")
            return EXIT_USAGE
        found = scan_lines(text.splitlines(), out)
    return EXIT_FOUND if found else EXIT_NONE_FOUND


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO,
        confide_admin: AdminWords = ENGLISH) -> int:
    """Run the parsed `deid` action; returns the exit status (its JSON lines never change)."""
    actions = {"scan": _scan}
    return actions[args.deid_command](args, stdin, out, err, confide_admin)
