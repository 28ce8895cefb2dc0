"""`confide-admin prevalence merge FILE…`: burnout prevalence from people's tokens.

The peer-support coordinator collects the token files people chose to save (one per
person per quarter; see `desktop.prevalence.token`) and merges them. For each quarter it
prints the estimated share of people with burnout (single-item answer 3 or more) and, among
tokens that carry it, the share who used a confidential resource, each with a 95%
confidence interval (`desktop.prevalence.estimate`).

Refusals, one line each, exit 1: a malformed token (nothing is reported then); a second
token with the same tag and quarter, i.e. from the same vault (nothing is reported then);
a quarter or a question with fewer than `MIN_TOKENS` tokens (that line is not reported).
A file that cannot be read is a usage error, exit 2. Qt-free; it never prints a token's
answers, only the totals.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop.admin.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from desktop.prevalence.estimate import MIN_TOKENS, Estimate, TooFewTokens, estimate
from desktop.prevalence.token import MAX_TOKEN_BYTES, Period, Token, TokenInvalid, parse_token

if TYPE_CHECKING:
    from desktop.admin.commands import Subcommands


def add_parser(commands: Subcommands) -> None:
    """Add `prevalence` and its actions to the `confide-admin` subcommands."""
    prevalence = commands.add_parser(
        "prevalence",
        help="estimate burnout prevalence from people's randomized tokens",
        description="Burnout prevalence from randomized-response tokens people chose to "
        "hand over: no token says what one person answered.",
    )
    actions = prevalence.add_subparsers(
        dest="prevalence_command", metavar="ACTION", required=True
    )
    merge = actions.add_parser(
        "merge",
        help="estimate prevalence per quarter, with a 95% confidence interval",
        description="Read token files and print, per quarter, the estimated share with "
        "burnout (single-item answer 3 or more) and, where people answered it, the share "
        f"who used a confidential resource, each with its 95% interval. Fewer than "
        f"{MIN_TOKENS} tokens are not reported. A second token from the same vault for a "
        "quarter, or a malformed token, is refused and nothing is reported. Exit status: "
        "0 all reported, 1 something refused, 2 a FILE cannot be read.",
    )
    merge.add_argument("files", nargs="+", metavar="FILE", help="token files (.json)")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run the parsed `prevalence` action; returns the exit status."""
    actions = {"merge": _merge}
    return actions[args.prevalence_command](args, out, err)


def _read(name: str, err: TextIO) -> bytes | None:
    try:
        with Path(name).open("rb") as handle:
            return handle.read(MAX_TOKEN_BYTES + 1)  # parse_token refuses anything longer
    except OSError as exc:
        err.write(f"confide-admin: cannot read {name}: {exc.strerror or type(exc).__name__}\n")
        return None


def _percent(value: float) -> str:
    return f"{100 * value:.1f}%"


def _line(what: str, found: Estimate, counted: str) -> str:
    text = (
        f"  {what}: {_percent(found.shown)} (95% CI {_percent(found.low)} to "
        f"{_percent(found.high)}), from {found.count} {counted}"
    )
    if found.shown != found.proportion:
        text += f" (the unbiased estimate, {_percent(found.proportion)}, is shown cut to 0-100%)"
    return text + "\n"


def _report(period: Period, tokens: list[Token], out: TextIO, err: TextIO) -> bool:
    """Print one quarter; returns False when something was withheld."""
    try:
        burnout = estimate([t.burnout for t in tokens])
    except TooFewTokens as exc:
        err.write(f"{period}: refused: {exc} before anything is reported\n")
        return False
    out.write(f"{period}: {len(tokens)} tokens\n")
    out.write(_line("burnout (answer 3 or more)", burnout, "tokens"))
    answered = [t.resource for t in tokens if t.resource is not None]
    try:
        resource = estimate(answered)
    except TooFewTokens as exc:
        err.write(f"{period}: confidential resource use not reported: {exc}\n")
        return False
    out.write(_line("used a confidential resource", resource, "tokens that answered"))
    return True


def _merge(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    by_key: dict[tuple[Period, str], str] = {}
    by_period: dict[Period, list[Token]] = defaultdict(list)
    refused = 0
    for name in args.files:
        data = _read(name, err)
        if data is None:
            return EXIT_USAGE
        try:
            token = parse_token(data)
        except TokenInvalid as exc:
            err.write(f"{name}: refused: {exc}\n")
            refused += 1
            continue
        key = (token.period, token.tag)
        if key in by_key:
            err.write(f"{name}: refused: a second token from the same vault for "
                      f"{token.period} (the first is {by_key[key]})\n")
            refused += 1
            continue
        by_key[key] = name
        by_period[token.period].append(token)
    if refused:
        err.write("Nothing was reported. Remove the refused files and run again.\n")
        return EXIT_PROBLEM
    complete = [_report(period, by_period[period], out, err) for period in sorted(by_period)]
    return EXIT_OK if all(complete) else EXIT_PROBLEM
