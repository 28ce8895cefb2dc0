"""`installer/verify`: check every checksum and signature of a Confide release.

    installer/verify DIR --gpg-key KEY.asc --minisign-key KEY.pub

Get both public keys from a place you trust (not from DIR). Checks, in order:
1. SHA256SUMS.asc is a good GnuPG signature of SHA256SUMS by the given key;
2. SHA256SUMS.minisig is a good minisign signature of SHA256SUMS by the given key;
3. every file SHA256SUMS lists is in DIR with that SHA-256, and every release file in DIR
   is listed (nothing added beside it);
4. each `.deb` carries an origin signature by the same GnuPG key (debsig-verify).
Prints one line per check and exits 1 on the first mismatch, naming it. Needs only
Python 3, gpg, minisign and debsig-verify (Debian: gnupg, minisign, debsig-verify).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

RELEASE_SUFFIXES = (".deb", ".tar.xz", ".cdx.json", ".msi")
SUMS_LINE = re.compile(r"^([0-9a-f]{64})  ([^/\s][^/]*)$")


class VerifyError(Exception):
    """A check failed; the message names the file and what is wrong."""


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    except FileNotFoundError as exc:
        raise VerifyError(f"{command[0]} is not installed") from exc


def gpg_fingerprint(home: Path, key: Path) -> str:
    """Import `key` into a private GnuPG home; returns its primary fingerprint."""
    imported = _run(["gpg", "--homedir", str(home), "--batch", "--import", str(key)])
    if imported.returncode != 0:
        raise VerifyError(f"{key.name} is not a GnuPG public key")
    listing = _run(["gpg", "--homedir", str(home), "--batch", "--with-colons", "--fingerprint"])
    fingerprints = [line.split(":")[9] for line in listing.stdout.splitlines()
                    if line.startswith("fpr:")]
    if not fingerprints:
        raise VerifyError(f"{key.name} holds no key")
    return fingerprints[0]


def check_gpg(home: Path, fingerprint: str, sums: Path) -> None:
    result = _run(["gpg", "--homedir", str(home), "--batch", "--status-fd", "1",
                   "--verify", str(sums.with_name("SHA256SUMS.asc")), str(sums)])
    signers = re.findall(r"^\[GNUPG:\] VALIDSIG \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ (\S+)",
                         result.stdout, re.MULTILINE)
    if result.returncode != 0 or fingerprint not in signers:
        raise VerifyError("SHA256SUMS.asc is not a good signature by the given GnuPG key")


def check_minisign(key: Path, sums: Path) -> None:
    result = _run(["minisign", "-V", "-q", "-p", str(key), "-m", str(sums),
                   "-x", str(sums.with_name("SHA256SUMS.minisig"))])
    if result.returncode != 0:
        raise VerifyError("SHA256SUMS.minisig is not a good signature by the given minisign key")


def check_sums(folder: Path, sums: Path) -> list[str]:
    """Every listed file matches; every release file is listed. Returns the names."""
    listed: dict[str, str] = {}
    for number, line in enumerate(sums.read_text(encoding="utf-8").splitlines(), 1):
        match = SUMS_LINE.match(line)
        if not match:
            raise VerifyError(f"SHA256SUMS line {number} is not 'sha256  name'")
        listed[match.group(2)] = match.group(1)
    for name, expected in sorted(listed.items()):
        path = folder / name
        if not path.is_file():
            raise VerifyError(f"{name} is listed in SHA256SUMS but missing")
        if hashlib.sha256(path.read_bytes()).hexdigest() != expected:
            raise VerifyError(f"{name} does not match its SHA-256 in SHA256SUMS")
    unlisted = sorted(p.name for p in folder.iterdir()
                      if p.name.endswith(RELEASE_SUFFIXES) and p.name not in listed)
    if unlisted:
        raise VerifyError(f"not listed in SHA256SUMS: {', '.join(unlisted)}")
    if not listed:
        raise VerifyError("SHA256SUMS lists no files")
    return sorted(listed)


def check_deb(deb: Path, key: Path, fingerprint: str, scratch: Path) -> None:
    """debsig-verify with a policy that accepts only `key` as the origin signer."""
    key_id = fingerprint[-16:]
    keyrings = scratch / "keyrings" / key_id
    policies = scratch / "policies" / key_id
    keyrings.mkdir(parents=True)
    policies.mkdir(parents=True)
    dearmor = _run(["gpg", "--batch", "--yes", "--output", str(keyrings / "debsig.gpg"),
                    "--dearmor", str(key)])
    if dearmor.returncode != 0:
        raise VerifyError(f"{key.name} could not be made into a keyring")
    rule = f'<Required Type="origin" File="debsig.gpg" id="{key_id}"/>'
    (policies / "confide.pol").write_text(
        '<?xml version="1.0"?>\n'
        '<!DOCTYPE Policy SYSTEM "https://www.debian.org/debsig/1.0/policy.dtd">\n'
        '<Policy xmlns="https://www.debian.org/debsig/1.0/">\n'
        f'  <Origin Name="Confide" id="{key_id}" Description="Confide release key"/>\n'
        f"  <Selection>{rule}</Selection>\n"
        f'  <Verification MinOptional="0">{rule}</Verification>\n'
        "</Policy>\n",
        encoding="utf-8",
    )
    result = _run(["debsig-verify", "--policies-dir", str(scratch / "policies"),
                   "--keyrings-dir", str(scratch / "keyrings"), str(deb)])
    if result.returncode != 0:
        raise VerifyError(f"{deb.name}: its embedded signature is missing or not by the key "
                          f"(debsig-verify exit {result.returncode})")


def verify(folder: Path, gpg_key: Path, minisign_key: Path) -> list[str]:
    """All checks; returns one line per check passed (raises VerifyError otherwise)."""
    sums = folder / "SHA256SUMS"
    for needed in (sums, sums.with_name("SHA256SUMS.asc"), sums.with_name("SHA256SUMS.minisig")):
        if not needed.is_file():
            raise VerifyError(f"{needed.name} is missing from {folder}")
    passed = []
    with tempfile.TemporaryDirectory(prefix="confide-verify-") as tmp:
        home = Path(tmp) / "gnupg"
        home.mkdir(mode=0o700)
        fingerprint = gpg_fingerprint(home, gpg_key)
        check_gpg(home, fingerprint, sums)
        passed.append(f"OK  SHA256SUMS.asc: good signature by {fingerprint}")
        check_minisign(minisign_key, sums)
        passed.append("OK  SHA256SUMS.minisig: good minisign signature")
        names = check_sums(folder, sums)
        passed += [f"OK  {name}: SHA-256 matches" for name in names]
        for index, name in enumerate(n for n in names if n.endswith(".deb")):
            check_deb(folder / name, gpg_key, fingerprint, Path(tmp) / f"debsig{index}")
            passed.append(f"OK  {name}: embedded origin signature by {fingerprint}")
    return passed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="installer/verify", description="Check a Confide release's checksums and signatures.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--gpg-key", type=Path, required=True, help="the release GnuPG public key")
    parser.add_argument("--minisign-key", type=Path, required=True,
                        help="the release minisign public key")
    args = parser.parse_args(argv)
    try:
        for line in verify(args.folder, args.gpg_key, args.minisign_key):
            print(line)
    except (VerifyError, OSError) as exc:
        print(f"FAILED  {exc}", file=sys.stderr)
        return 1
    print("release verified")
    return 0


if __name__ == "__main__":
    sys.exit(main())
