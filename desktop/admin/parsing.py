"""argparse, worded in `confide-admin`'s language: its headings, `-h` and its errors.

argparse words its own parts ("usage:", "options", "the following arguments are
required") through gettext, bound when it is imported; Confide's words go through Qt's
translator instead. So the parser class made here words those parts itself: the headings
and the help option when a parser is made (every subcommand's parser is of the same
class), the usage prefix in its formatter, and each error, matched against argparse's
English sentences, as a whole in `error`. A sentence not matched (a newer Python's) is
printed in English. Every parser also takes `--language`, so it may follow the
subcommand; `cli.main` reads it before parsing (the help is worded in it).

Qt-free.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

from desktop.admin.words import LANGUAGES, OPTION, AdminWords


def _argparse_sentences(confide_admin: AdminWords) -> list[tuple[str, str]]:
    """argparse's error sentences (as regular expressions) and ours, with the same fields."""
    return [
        (r"argument (?P<argument>[^:]+): (?P<message>.+)",
         confide_admin.tr("argument {argument}: {message}")),
        (r"unrecognized arguments: (?P<arguments>.+)",
         confide_admin.tr("unrecognized arguments: {arguments}")),
        (r"the following arguments are required: (?P<arguments>.+)",
         confide_admin.tr("the following arguments are required: {arguments}")),
        (r"one of the arguments (?P<arguments>.+) is required",
         confide_admin.tr("one of the arguments {arguments} is required")),
        (r"not allowed with argument (?P<argument>.+)",
         confide_admin.tr("not allowed with argument {argument}")),
        (r"expected one argument", confide_admin.tr("expected one argument")),
        (r"expected at most one argument", confide_admin.tr("expected at most one argument")),
        (r"expected at least one argument",
         confide_admin.tr("expected at least one argument")),
        (r"ambiguous option: (?P<option>.+) could match (?P<matches>.+)",
         confide_admin.tr("ambiguous option: {option} could match {matches}")),
        (r"invalid (?P<type>\S+) value: (?P<value>.+)",
         confide_admin.tr("invalid {type} value: {value}")),
        (r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)",
         confide_admin.tr("invalid choice: {value} (choose from {choices})")),
    ]


def error_text(message: str, confide_admin: AdminWords) -> str:
    """argparse's English error `message` in `confide_admin`'s language (as is if unknown)."""
    if confide_admin.language == "en":
        return message
    for pattern, ours in _argparse_sentences(confide_admin):
        found = re.fullmatch(pattern, message, re.DOTALL)
        if found is not None:
            fields = found.groupdict()
            if "message" in fields:
                fields["message"] = error_text(fields["message"], confide_admin)
            return ours.format(**fields)
    return message


def parser_class(confide_admin: AdminWords) -> type[argparse.ArgumentParser]:
    """An ArgumentParser class whose own words are `confide_admin`'s."""

    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage: str | None, actions: Any, groups: Any,
                      prefix: str | None = None) -> None:
            super().add_usage(usage, actions, groups,
                              confide_admin.tr("usage: ") if prefix is None else prefix)

    class Parser(argparse.ArgumentParser):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("formatter_class", Formatter)
            kwargs["add_help"] = False
            super().__init__(*args, **kwargs)
            self._positionals.title = confide_admin.tr("positional arguments")
            self._optionals.title = confide_admin.tr("options")
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=confide_admin.tr("show this help message and exit"))
            self.add_argument(
                OPTION, choices=LANGUAGES, default=argparse.SUPPRESS, metavar="|".join(LANGUAGES),
                help=confide_admin.tr("the language of the messages (default: the computer's)"))

        def error(self, message: str) -> NoReturn:
            self.print_usage(sys.stderr)
            words = confide_admin.tr("{prog}: error: {message}")
            self.exit(2, words.format(prog=self.prog, message=error_text(message, confide_admin))
                      + "\n")

    return Parser
