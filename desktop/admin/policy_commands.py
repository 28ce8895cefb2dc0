"""`confide-admin policy …`: check a policy file, show the policy in force, write templates.

- `policy validate FILE`: a JSON policy file, or a configuration profile / plist. Exit 0
  when valid; 1 with one line per problem, `FILE: $.path: message`; 2 when FILE cannot be
  read.
- `policy show [--root DIR] [--json]`: every setting's value, source and lock on this
  computer (or under a Linux-style policy folder), then any problems. Exit 0, or 1 when
  some policy was ignored or invalid.
- `policy templates --out DIR`: writes confide.admx, en-US/confide.adml and
  confide.mobileconfig.

Qt-free, like the rest of the admin command.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

from desktop.admin.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from desktop.admin.words import ENGLISH, AdminWords
from desktop.policy import schema, templates
from desktop.policy.effective import EffectivePolicy, read_system_policy
from desktop.policy.sources import LINUX_ROOT, parse_policy_json, read_linux
from desktop.policy.sources_macos import BUNDLE_ID, profile_settings

if TYPE_CHECKING:
    from desktop.admin.commands import Subcommands

PLIST_SUFFIXES: Final = (".plist", ".mobileconfig")


def add_parser(commands: Subcommands, confide_admin: AdminWords) -> None:
    """Add `policy` and its actions to the `confide-admin` subcommands."""
    policy = commands.add_parser(
        "policy",
        help=confide_admin.tr("check and show organization policy, write policy templates"),
        description=confide_admin.tr(
            "Organization policy: the settings IT pre-sets for Confide."),
    )
    actions = policy.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    validate = actions.add_parser(
        "validate",
        help=confide_admin.tr("check a policy file against the policy schema"),
        description=confide_admin.tr(
            "Check a JSON policy file (or a configuration profile or plist) against the "
            "Confide policy schema, version {version}. Prints each problem as "
            "FILE: $.path: message.").format(version=schema.schema_version()),
    )
    validate.add_argument("file", metavar="FILE", help=confide_admin.tr("the policy file to check"))
    validate.add_argument(
        "--bundle-id",
        default=BUNDLE_ID,
        metavar="ID",
        help=confide_admin.tr("the preference domain in a profile (default: {bundle_id})").format(
            bundle_id=BUNDLE_ID),
    )
    show = actions.add_parser(
        "show",
        help=confide_admin.tr("show the policy in force, with sources and locks"),
        description=confide_admin.tr(
            "Show each setting's value in force, where it came from (managed, recommended, "
            "default) and whether it is locked, then any problems."),
    )
    show.add_argument(
        "--root",
        metavar="DIR",
        help=confide_admin.tr(
            "read Linux-style managed/ and recommended/ folders under DIR (default: this "
            "platform's places; on Linux {folder})").format(folder=LINUX_ROOT),
    )
    show.add_argument(
        "--trusted-uid",
        type=int,
        default=0,
        metavar="UID",
        help=confide_admin.tr(
            "also trust files owned by UID (to check a staged folder before deploying it; "
            "root is always trusted)"),
    )
    show.add_argument("--json", action="store_true", help=confide_admin.tr(
        "print the result as JSON (always in English)"))
    written = actions.add_parser(
        "templates",
        help=confide_admin.tr("write ADMX/ADML and mobileconfig templates"),
        description=confide_admin.tr(
            "Write Group Policy templates (confide.admx, en-US/confide.adml) and a sample "
            "macOS configuration profile (confide.mobileconfig), generated from the policy "
            "schema."),
    )
    written.add_argument("--out", required=True, metavar="DIR", help=confide_admin.tr(
        "the folder to write into (created if needed)"))


def _load_document(path: Path, bundle_id: str) -> tuple[dict[str, object] | None, str | None]:
    raw = path.read_bytes()
    if path.suffix.lower() in PLIST_SUFFIXES:
        return profile_settings(raw, bundle_id)
    return parse_policy_json(raw)


def _validate(args: argparse.Namespace, out: TextIO, err: TextIO,
              confide_admin: AdminWords) -> int:
    path = Path(args.file)
    try:
        document, reason = _load_document(path, args.bundle_id)
    except OSError as exc:
        err.write(confide_admin.tr("confide-admin: cannot read {path}: {reason}").format(
            path=path, reason=exc.strerror or type(exc).__name__) + "\n")
        return EXIT_USAGE
    # Each problem is `FILE: $.path: message`, in the schema's words: scripts and the
    # schema's documentation read them as they are.
    if document is None:
        out.write(f"{path}: $: {reason}\n")
        return EXIT_PROBLEM
    problems = schema.validate(document)
    for problem in problems:
        out.write(f"{path}: {problem.path}: {problem.message}\n")
    if problems:
        return EXIT_PROBLEM
    out.write(confide_admin.tr("{path}: valid (Confide policy schema version {version})").format(
        path=path, version=schema.schema_version()) + "\n")
    return EXIT_OK


def _source_text(source: str, locked: bool, confide_admin: AdminWords) -> str:
    """Where a setting came from: its level in words, then the file ("managed: /etc/…")."""
    level, _, where = source.partition(": ")
    words = {"managed": confide_admin.tr("managed"),
             "recommended": confide_admin.tr("recommended"),
             "default": confide_admin.tr("default"),
             "user": confide_admin.tr("user")}.get(level, level)
    words = f"{words}: {where}" if where else words
    return confide_admin.tr("{source}, locked").format(source=words) if locked else words


def _show(args: argparse.Namespace, out: TextIO, err: TextIO, confide_admin: AdminWords) -> int:
    if args.root is not None:
        root = Path(args.root).absolute()  # sources read best as full paths
        if not root.is_dir():
            err.write(confide_admin.tr("confide-admin: {folder} is not a folder").format(
                folder=root) + "\n")
            return EXIT_USAGE
        reading = read_linux(root, trusted_uid=args.trusted_uid)
    else:
        reading = read_system_policy(trusted_uid=args.trusted_uid)
    policy = EffectivePolicy.resolve(reading)
    if args.json:
        json.dump(policy.as_json(), out, indent=2, sort_keys=True)
        out.write("\n")
        return EXIT_PROBLEM if policy.problems else EXIT_OK
    out.write(confide_admin.tr("Confide policy in force (schema version {version})").format(
        version=schema.schema_version()) + "\n")
    # The setting's key is an identifier (as written in policy files); its value is
    # worded as the "Organization settings" page words it.
    for line in policy.describe(translate=confide_admin.translate):
        source = _source_text(line.source, line.locked, confide_admin)
        out.write(f"  {line.setting}: {line.value_text}  [{source}]\n")
    count = len(policy.problems)
    if count:
        out.write((confide_admin.tr("%n problem; the settings above apply without it:", "", count)
                   if count == 1 else confide_admin.tr(
                       "%n problems; the settings above apply without them:", "", count))
                  + "\n")
        for problem in policy.problems:
            out.write(f"  {problem}\n")
    return EXIT_PROBLEM if policy.problems else EXIT_OK


def _templates(args: argparse.Namespace, out: TextIO, err: TextIO,
               confide_admin: AdminWords) -> int:
    folder = Path(args.out)
    try:
        written = templates.write_templates(folder)
    except OSError as exc:
        err.write(confide_admin.tr("confide-admin: cannot write {path}: {reason}").format(
            path=exc.filename or folder, reason=exc.strerror or type(exc).__name__) + "\n")
        return EXIT_PROBLEM
    for path in written:
        out.write(confide_admin.tr("wrote {path}").format(path=os.fspath(path)) + "\n")
    return EXIT_OK


def run(args: argparse.Namespace, out: TextIO, err: TextIO,
        confide_admin: AdminWords = ENGLISH) -> int:
    """Run the parsed `policy` action; returns the exit status."""
    actions = {"validate": _validate, "show": _show, "templates": _templates}
    return actions[args.policy_command](args, out, err, confide_admin)
