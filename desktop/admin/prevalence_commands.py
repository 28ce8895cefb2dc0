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
from desktop.admin.words import ENGLISH, AdminWords
from desktop.prevalence.estimate import MIN_TOKENS, Estimate, TooFewTokens, estimate
from desktop.prevalence.token import MAX_TOKEN_BYTES, Period, Token, TokenInvalid, parse_token

if TYPE_CHECKING:
    from desktop.admin.commands import Subcommands


def add_parser(commands: Subcommands, confide_admin: AdminWords) -> None:
    """Add `prevalence` and its actions to the `confide-admin` subcommands."""
    prevalence = commands.add_parser(
        "prevalence",
        help=confide_admin.tr("estimate burnout prevalence from people's randomized tokens"),
        description=confide_admin.tr(
            "Burnout prevalence from randomized-response tokens people chose to hand over: "
            "no token says what one person answered."),
    )
    actions = prevalence.add_subparsers(
        dest="prevalence_command", metavar="ACTION", required=True
    )
    merge = actions.add_parser(
        "merge",
        # argparse %-formats a help: a percent sign is written twice there.
        help=confide_admin.tr("estimate prevalence per quarter, with a 95% confidence interval"
                              ).replace("%", "%%"),
        description=confide_admin.tr(
            "Read token files and print, per quarter, the estimated share with burnout "
            "(single-item answer 3 or more) and, where people answered it, the share who used "
            "a confidential resource, each with its 95% interval. Fewer than {minimum} tokens "
            "are not reported. A second token from the same vault for a quarter, or a "
            "malformed token, is refused and nothing is reported. Exit status: 0 all "
            "reported, 1 something refused, 2 a FILE cannot be read.").format(minimum=MIN_TOKENS),
    )
    merge.add_argument("files", nargs="+", metavar="FILE", help=confide_admin.tr(
        "token files (.json)"))


def run(args: argparse.Namespace, out: TextIO, err: TextIO,
        confide_admin: AdminWords = ENGLISH) -> int:
    """Run the parsed `prevalence` action; returns the exit status."""
    actions = {"merge": _merge}
    return actions[args.prevalence_command](args, out, err, confide_admin)


def _read(name: str, err: TextIO, confide_admin: AdminWords) -> bytes | None:
    try:
        with Path(name).open("rb") as handle:
            return handle.read(MAX_TOKEN_BYTES + 1)  # parse_token refuses anything longer
    except OSError as exc:
        err.write(confide_admin.tr("confide-admin: cannot read {path}: {reason}").format(
            path=name, reason=exc.strerror or type(exc).__name__) + "\n")
        return None


def _percent(value: float) -> str:
    return f"{100 * value:.1f}%"


def _line(what: str, found: Estimate, counted: str, confide_admin: AdminWords) -> str:
    """One estimate: `what`, its share and interval, and `counted` (the count in words)."""
    text = confide_admin.tr("  {what}: {share} (95% CI {low} to {high}), from {counted}").format(
        what=what, share=_percent(found.shown), low=_percent(found.low),
        high=_percent(found.high), counted=counted)
    if found.shown != found.proportion:
        text += confide_admin.tr(" (the unbiased estimate, {share}, is shown cut to 0-100%)"
                                 ).format(share=_percent(found.proportion))
    return text + "\n"


def _tokens(count: int, confide_admin: AdminWords) -> str:
    return (confide_admin.tr("%n token", "", count) if count == 1
            else confide_admin.tr("%n tokens", "", count))


def _report(period: Period, tokens: list[Token], out: TextIO, err: TextIO,
            confide_admin: AdminWords) -> bool:
    """Print one quarter; returns False when something was withheld."""
    try:
        burnout = estimate([t.burnout for t in tokens])
    except TooFewTokens as exc:
        err.write(confide_admin.tr("{period}: refused: {reason} before anything is reported"
                                   ).format(period=period, reason=exc) + "\n")
        return False
    out.write(f"{period}: {_tokens(len(tokens), confide_admin)}\n")
    out.write(_line(confide_admin.tr("burnout (answer 3 or more)"), burnout,
                    _tokens(burnout.count, confide_admin), confide_admin))
    answered = [t.resource for t in tokens if t.resource is not None]
    try:
        resource = estimate(answered)
    except TooFewTokens as exc:
        err.write(confide_admin.tr("{period}: confidential resource use not reported: {reason}"
                                   ).format(period=period, reason=exc) + "\n")
        return False
    count = resource.count
    out.write(_line(confide_admin.tr("used a confidential resource"), resource,
                    confide_admin.tr("%n token that answered", "", count) if count == 1
                    else confide_admin.tr("%n tokens that answered", "", count), confide_admin))
    return True


def _merge(args: argparse.Namespace, out: TextIO, err: TextIO, confide_admin: AdminWords) -> int:
    by_key: dict[tuple[Period, str], str] = {}
    by_period: dict[Period, list[Token]] = defaultdict(list)
    refused = 0
    for name in args.files:
        data = _read(name, err, confide_admin)
        if data is None:
            return EXIT_USAGE
        try:
            token = parse_token(data)
        except TokenInvalid as exc:
            err.write(confide_admin.tr("{path}: refused: {reason}").format(path=name, reason=exc)
                      + "\n")
            refused += 1
            continue
        key = (token.period, token.tag)
        if key in by_key:
            err.write(confide_admin.tr(
                "{path}: refused: a second token from the same vault for {period} (the first "
                "is {first})").format(path=name, period=token.period, first=by_key[key]) + "\n")
            refused += 1
            continue
        by_key[key] = name
        by_period[token.period].append(token)
    if refused:
        err.write(confide_admin.tr(
            "Nothing was reported. Remove the refused files and run again.") + "\n")
        return EXIT_PROBLEM
    complete = [_report(period, by_period[period], out, err, confide_admin)
                for period in sorted(by_period)]
    return EXIT_OK if all(complete) else EXIT_PROBLEM
