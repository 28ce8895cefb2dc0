"""`confide-admin bundle …`: make, sign and check the organization's directory bundles.

- `bundle keygen --public-key FILE --secret-key FILE [--unencrypted] [--force]`: a
  minisign-format Ed25519 key pair. The secret key is encrypted (scrypt, as minisign
  does) with a passphrase read from the first line of standard input; `--unencrypted`
  writes it in the clear (for CI runners whose secret store already protects it).
  Prints the public key line to pin in policy (`directory_bundle.pinned_public_keys`).
- `bundle from-hsds INPUT... --out FILE [--plain]`: HSDS JSON files and/or tabular data
  packages (folders with `datapackage.json`) into one bundle data file, checked first:
  the compact format (`referral_directory.compact`: each taxonomy term once), or with
  `--plain` an HSDS list page of services. Either must stay within the bundle size limit.
- `bundle sign DATA --secret-key FILE --version N --expires DATE [--issued DATE]`:
  writes `DATA.minisig` (the `minisign` tool can check it; the passphrase, if the key
  has one, is read from standard input).
- `bundle verify DATA (--public-key FILE | --key RW...) [--in-use-version N] [--today DATE]`:
  checks the signature, the data and the dates, exactly as the app will.

Exit status: 0 done / valid, 1 refused or a problem (one line saying what), 2 unusable
arguments or a file that cannot be read.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from crypto.signing import PublicKey, SecretKey, SignatureError
from desktop.admin.commands import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from desktop.admin.words import ENGLISH, AdminWords
from referral_directory import bundle as bundles
from referral_directory import compact, hsds, tabular
from referral_directory.errors import BundleRefused, HsdsError

if TYPE_CHECKING:
    from desktop.admin.commands import Subcommands


def _day_type(confide_admin: AdminWords) -> Callable[[str], date]:
    """argparse's type for a date option, its refusal worded in `confide_admin`'s language."""

    def day(text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(confide_admin.tr(
                "{text} is not a date like 2026-11-22").format(text=repr(text))) from None

    return day


def add_parser(commands: Subcommands, confide_admin: AdminWords) -> None:
    """Add `bundle` and its actions to the `confide-admin` subcommands."""
    day = _day_type(confide_admin)
    bundle = commands.add_parser(
        "bundle", help=confide_admin.tr("make, sign and verify signed directory bundles"),
        description=confide_admin.tr(
            "The organization's directory entries travel as a signed bundle: HSDS data plus "
            "a minisign signature whose trusted comment holds the version, issue and expiry "
            "dates."))
    actions = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    keygen = actions.add_parser(
        "keygen", help=confide_admin.tr("make a signing key pair (minisign format)"),
        description=confide_admin.tr(
            "Write a minisign-format Ed25519 key pair. The secret key is encrypted with a "
            "passphrase read from the first line of standard input, unless --unencrypted is "
            "given. Pin the printed public key in policy."))
    public_file = confide_admin.tr("public key file")
    secret_file = confide_admin.tr("secret key file")
    keygen.add_argument("--public-key", required=True, metavar="FILE", help=public_file)
    keygen.add_argument("--secret-key", required=True, metavar="FILE", help=secret_file)
    keygen.add_argument("--unencrypted", action="store_true", help=confide_admin.tr(
        "write the secret key without a passphrase (CI secret stores)"))
    keygen.add_argument("--force", action="store_true", help=confide_admin.tr(
        "overwrite existing key files"))
    convert = actions.add_parser(
        "from-hsds", help=confide_admin.tr("turn HSDS JSON or tabular packages into bundle data"),
        description=confide_admin.tr(
            "Read HSDS JSON files and tabular data packages (folders holding "
            "datapackage.json), check every record, and write one bundle data file to sign: "
            "the compact format (JSON Lines, each taxonomy term once) unless --plain is "
            "given. A bundle may be at most {limit}.").format(limit=bundles.limit_words()))
    convert.add_argument("inputs", nargs="+", metavar="INPUT", help=confide_admin.tr(
        "HSDS file or folder"))
    convert.add_argument("--out", required=True, metavar="FILE", help=confide_admin.tr(
        "the bundle data file"))
    convert.add_argument("--plain", action="store_true", help=confide_admin.tr(
        "write an HSDS JSON list page (larger; read by Confide versions before the compact "
        "format too)"))
    sign = actions.add_parser(
        "sign", help=confide_admin.tr("sign bundle data"),
        description=confide_admin.tr(
            "Check DATA as HSDS and write DATA.minisig. The key's passphrase, if it has one, "
            "is read from the first line of standard input."))
    sign.add_argument("data", metavar="DATA", help=confide_admin.tr("the bundle data file"))
    sign.add_argument("--secret-key", required=True, metavar="FILE", help=secret_file)
    sign.add_argument("--version", required=True, type=int, metavar="N", help=confide_admin.tr(
        "bundle version; must be higher than the one in use"))
    sign.add_argument("--issued", type=day, default=None, metavar="DATE", help=confide_admin.tr(
        "issue date (default: today)"))
    sign.add_argument("--expires", required=True, type=day, metavar="DATE", help=confide_admin.tr(
        "expiry date; after it the app warns the entries may be out of date"))
    verify = actions.add_parser(
        "verify", help=confide_admin.tr("check a bundle as the app would"),
        description=confide_admin.tr(
            "Check DATA and DATA.minisig: signature by the given key, HSDS data, version and "
            "dates."))
    verify.add_argument("data", metavar="DATA", help=confide_admin.tr("the bundle data file"))
    keys = verify.add_mutually_exclusive_group(required=True)
    keys.add_argument("--public-key", metavar="FILE", help=confide_admin.tr(
        "minisign public key file"))
    keys.add_argument("--key", metavar="RW...", help=confide_admin.tr(
        "public key line, as pinned in policy"))
    verify.add_argument("--in-use-version", type=int, default=None, metavar="N",
                        help=confide_admin.tr("refuse unless newer than this version"))
    verify.add_argument("--today", type=day, default=None, metavar="DATE", help=confide_admin.tr(
        "check the dates as of DATE (default: today)"))


def _write_new(path: Path, text: str, mode: int, force: bool) -> None:
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if force else os.O_EXCL)
    fd = os.open(path, flags, mode)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)


def _passphrase(stdin: TextIO) -> str:
    line = stdin.readline()
    return line[:-1] if line.endswith("\n") else line


def _keygen(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO,
            confide_admin: AdminWords) -> int:
    passphrase = None if args.unencrypted else _passphrase(stdin)
    if passphrase == "":
        err.write(confide_admin.tr(
            "confide-admin: no passphrase on standard input (or pass --unencrypted)") + "\n")
        return EXIT_USAGE
    key = SecretKey.generate()
    try:
        _write_new(Path(args.secret_key), key.file_text(passphrase), 0o600, args.force)
        _write_new(Path(args.public_key), key.public_key.file_text(), 0o644, args.force)
    except FileExistsError as exc:
        err.write(confide_admin.tr(
            "confide-admin: {path} exists (use --force to replace it)").format(
                path=exc.filename) + "\n")
        return EXIT_PROBLEM
    except OSError as exc:
        err.write(_cannot(confide_admin, "write", exc.filename, exc.strerror) + "\n")
        return EXIT_PROBLEM
    out.write(confide_admin.tr("public key (pin in policy): {key}").format(
        key=key.public_key.to_base64()) + "\n")
    return EXIT_OK


def _cannot(confide_admin: AdminWords, action: str, path: object, reason: object) -> str:
    """ "cannot read/write PATH: REASON", one line."""
    words = (confide_admin.tr("confide-admin: cannot read {path}: {reason}") if action == "read"
             else confide_admin.tr("confide-admin: cannot write {path}: {reason}"))
    return words.format(path=path, reason=reason)


def _read_input(path: Path, err: TextIO, confide_admin: AdminWords) -> hsds.HsdsData:
    if path.is_dir():
        data, skipped = tabular.read_tabular_report(path)
        for file, why in skipped.items():  # said, never silently lost
            err.write(confide_admin.tr("confide-admin: note: {path} left out: {reason}").format(
                path=f"{path.name}/{file}", reason=why) + "\n")
        return data
    return hsds.read_json(path.read_bytes(), path.name)


def _from_hsds(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO,
               confide_admin: AdminWords) -> int:
    data = hsds.HsdsData()
    for name in args.inputs:
        try:
            data = data.merged(_read_input(Path(name), err, confide_admin))
        except HsdsError as exc:
            err.write(f"confide-admin: {name}: {exc}\n")
            return EXIT_PROBLEM
        except OSError as exc:
            err.write(_cannot(confide_admin, "read", name, exc.strerror) + "\n")
            return EXIT_USAGE
    if args.plain:
        text = hsds.dumps(hsds.page(data.services)).encode("utf-8")
    else:
        text = compact.dumps(data.services)
    try:
        bundles.check_size(Path(args.out).name, len(text))
        hsds.read_json(text, args.out, kind="service")  # merged inputs may repeat an id
        Path(args.out).write_bytes(text)
    except BundleRefused as exc:
        err.write(confide_admin.tr("confide-admin: not written: {reason}").format(
            reason=exc.detail) + "\n")
        return EXIT_PROBLEM
    except HsdsError as exc:
        err.write(f"confide-admin: {exc}\n")
        return EXIT_PROBLEM
    except OSError as exc:
        err.write(_cannot(confide_admin, "write", args.out, exc.strerror) + "\n")
        return EXIT_PROBLEM
    count = len(data.services)
    out.write((confide_admin.tr("wrote {path}: %n service", "", count) if count == 1
               else confide_admin.tr("wrote {path}: %n services", "", count)).format(
                   path=args.out) + "\n")
    return EXIT_OK


def _sign(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO,
          confide_admin: AdminWords) -> int:
    path = Path(args.data)
    issued = args.issued or date.today()
    if args.version < 1 or args.expires < issued:
        err.write(confide_admin.tr(
            "confide-admin: --version must be 1 or more and --expires not before --issued")
            + "\n")
        return EXIT_USAGE
    try:
        data = path.read_bytes()
        key_text = Path(args.secret_key).read_bytes()
    except OSError as exc:
        err.write(_cannot(confide_admin, "read", exc.filename, exc.strerror) + "\n")
        return EXIT_USAGE
    not_signed = confide_admin.tr("confide-admin: not signed: {reason}")
    try:
        bundles.check_size(path.name, len(data))
        hsds.read_json(data, path.name, kind="service")
        try:
            key = SecretKey.from_file_text(key_text, None)
        except SignatureError as exc:
            if exc.reason != "passphrase":
                raise
            key = SecretKey.from_file_text(key_text, _passphrase(stdin))
    except HsdsError as exc:
        err.write(not_signed.format(reason=exc) + "\n")
        return EXIT_PROBLEM
    except BundleRefused as exc:
        err.write(not_signed.format(reason=exc.detail) + "\n")
        return EXIT_PROBLEM
    except SignatureError as exc:
        words = (confide_admin.tr("confide-admin: wrong passphrase for the secret key")
                 if exc.reason == "passphrase" else confide_admin.tr(
                     "confide-admin: the secret key file is not usable ({reason})").format(
                         reason=exc.detail))
        err.write(words + "\n")
        return EXIT_PROBLEM
    signature = bundles.sign(data, key, args.version, issued, args.expires)
    target = path.with_name(path.name + bundles.SIGNATURE_SUFFIX)
    target.write_text(signature, encoding="utf-8")
    out.write(confide_admin.tr("wrote {path}: version {version}, issued {issued}, expires "
                               "{expires}").format(path=target, version=args.version,
                                                   issued=issued, expires=args.expires) + "\n")
    return EXIT_OK


def _verify(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO,
            confide_admin: AdminWords) -> int:
    try:
        if args.key:
            key = PublicKey.from_base64(args.key)
        else:
            key = PublicKey.from_file_text(Path(args.public_key).read_bytes())
    except OSError as exc:
        err.write(_cannot(confide_admin, "read", args.public_key, exc.strerror) + "\n")
        return EXIT_USAGE
    except SignatureError as exc:
        err.write(confide_admin.tr("confide-admin: the public key is not usable ({reason})"
                                   ).format(reason=exc.detail or exc.reason) + "\n")
        return EXIT_USAGE
    if not Path(args.data).is_file():
        err.write(_cannot(confide_admin, "read", args.data, confide_admin.tr("no such file"))
                  + "\n")
        return EXIT_USAGE
    today = args.today or date.today()
    try:
        bundle = bundles.load_file(Path(args.data), (key,))
        in_use = None
        if args.in_use_version is not None:
            in_use = bundles.BundleInfo(args.in_use_version, date.min, date.max, "")
        bundles.check_acceptable(bundle, in_use, today)
    except BundleRefused as exc:
        # The reason is a code (as the app logs it); the detail, if any, follows it.
        detail = f" ({exc.detail})" if exc.detail else ""
        out.write(confide_admin.tr("{path}: REFUSED: {reason}").format(
            path=args.data, reason=f"{exc.reason.value}{detail}") + "\n")
        return EXIT_PROBLEM
    info = bundle.info
    left = (info.expires - today).days
    valid = (confide_admin.tr(
        "{path}: valid: version {version}, issued {issued}, expires {expires} (in %n day), "
        "key {key}, {services} services", "", left) if left == 1 else confide_admin.tr(
        "{path}: valid: version {version}, issued {issued}, expires {expires} (in %n days), "
        "key {key}, {services} services", "", left))
    out.write(valid.format(path=args.data, version=info.version, issued=info.issued,
                           expires=info.expires, key=info.key_id,
                           services=len(bundle.data.services)) + "\n")
    if timedelta(days=left) < timedelta(days=30):
        out.write(confide_admin.tr("note: expires within 30 days; sign a newer version soon")
                  + "\n")
    return EXIT_OK


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO,
        confide_admin: AdminWords = ENGLISH) -> int:
    """Run the parsed `bundle` action; returns the exit status."""
    actions = {"keygen": _keygen, "from-hsds": _from_hsds, "sign": _sign, "verify": _verify}
    return actions[args.bundle_command](args, stdin, out, err, confide_admin)
