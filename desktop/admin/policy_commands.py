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
from desktop.policy import schema, templates
from desktop.policy.effective import EffectivePolicy, read_system_policy
from desktop.policy.sources import LINUX_ROOT, parse_policy_json, read_linux
from desktop.policy.sources_macos import BUNDLE_ID, profile_settings

if TYPE_CHECKING:
    from desktop.admin.commands import Subcommands

PLIST_SUFFIXES: Final = (".plist", ".mobileconfig")


def add_parser(commands: Subcommands) -> None:
    """Add `policy` and its actions to the `confide-admin` subcommands."""
    policy = commands.add_parser(
        "policy",
        help="check and show organization policy, write policy templates",
        description="Organization policy: the settings IT pre-sets for Confide.",
    )
    actions = policy.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    validate = actions.add_parser(
        "validate",
        help="check a policy file against the policy schema",
        description="Check a JSON policy file (or a configuration profile or plist) against "
        f"the Confide policy schema, version {schema.schema_version()}. Prints "
        "each problem as FILE: $.path: message.",
    )
    validate.add_argument("file", metavar="FILE", help="the policy file to check")
    validate.add_argument(
        "--bundle-id",
        default=BUNDLE_ID,
        metavar="ID",
        help=f"the preference domain in a profile (default: {BUNDLE_ID})",
    )
    show = actions.add_parser(
        "show",
        help="show the policy in force, with sources and locks",
        description="Show each setting's value in force, where it came from (managed, "
        "recommended, default) and whether it is locked, then any problems.",
    )
    show.add_argument(
        "--root",
        metavar="DIR",
        help="read Linux-style managed/ and recommended/ folders under DIR "
        f"(default: this platform's places; on Linux {LINUX_ROOT})",
    )
    show.add_argument(
        "--trusted-uid",
        type=int,
        default=0,
        metavar="UID",
        help="also trust files owned by UID (to check a staged folder "
        "before deploying it; root is always trusted)",
    )
    show.add_argument("--json", action="store_true", help="print the result as JSON")
    written = actions.add_parser(
        "templates",
        help="write ADMX/ADML and mobileconfig templates",
        description="Write Group Policy templates (confide.admx, en-US/confide.adml) and "
        "a sample macOS configuration profile (confide.mobileconfig), "
        "generated from the policy schema.",
    )
    written.add_argument(
        "--out", required=True, metavar="DIR", help="the folder to write into (created if needed)"
    )


def _load_document(path: Path, bundle_id: str) -> tuple[dict[str, object] | None, str | None]:
    raw = path.read_bytes()
    if path.suffix.lower() in PLIST_SUFFIXES:
        return profile_settings(raw, bundle_id)
    return parse_policy_json(raw)


def _validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    path = Path(args.file)
    try:
        document, reason = _load_document(path, args.bundle_id)
    except OSError as exc:
        err.write(f"confide-admin: cannot read {path}: {exc.strerror or type(exc).__name__}\n")
        return EXIT_USAGE
    if document is None:
        out.write(f"{path}: $: {reason}\n")
        return EXIT_PROBLEM
    problems = schema.validate(document)
    for problem in problems:
        out.write(f"{path}: {problem.path}: {problem.message}\n")
    if problems:
        return EXIT_PROBLEM
    out.write(f"{path}: valid (Confide policy schema version {schema.schema_version()})\n")
    return EXIT_OK


def _show(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.root is not None:
        root = Path(args.root).absolute()  # sources read best as full paths
        if not root.is_dir():
            err.write(f"confide-admin: {root} is not a folder\n")
            return EXIT_USAGE
        reading = read_linux(root, trusted_uid=args.trusted_uid)
    else:
        reading = read_system_policy(trusted_uid=args.trusted_uid)
    policy = EffectivePolicy.resolve(reading)
    if args.json:
        json.dump(policy.as_json(), out, indent=2, sort_keys=True)
        out.write("\n")
    else:
        out.write(f"Confide policy in force (schema version {schema.schema_version()})\n")
        for line in policy.describe():
            lock = ", locked" if line.locked else ""
            out.write(f"  {line.setting}: {line.value_text}  [{line.source}{lock}]\n")
        if policy.problems:
            out.write(
                f"{len(policy.problems)} problem(s); the settings above apply without them:\n"
            )
            for problem in policy.problems:
                out.write(f"  {problem}\n")
    return EXIT_PROBLEM if policy.problems else EXIT_OK


def _templates(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    folder = Path(args.out)
    try:
        written = templates.write_templates(folder)
    except OSError as exc:
        where = exc.filename or folder
        err.write(f"confide-admin: cannot write {where}: {exc.strerror or type(exc).__name__}\n")
        return EXIT_PROBLEM
    for path in written:
        out.write(f"wrote {os.fspath(path)}\n")
    return EXIT_OK


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run the parsed `policy` action; returns the exit status."""
    actions = {"validate": _validate, "show": _show, "templates": _templates}
    return actions[args.policy_command](args, out, err)
