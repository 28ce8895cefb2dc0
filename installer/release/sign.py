"""`installer/sign`: sign the release artifacts in a folder.

    installer/sign DIR

Keys come from the environment, never from the repository:
- CONFIDE_GPG_KEY: the fingerprint of the release key in the GnuPG home (GNUPGHOME).
- CONFIDE_MINISIGN_KEY: the path of the minisign secret key file; its password, if it
  has one, in CONFIDE_MINISIGN_PASSWORD.

In order: the `.deb` gets an embedded origin signature (debsigs), then `SHA256SUMS` lists
every artifact (the signed `.deb` included) and gets two detached signatures,
`SHA256SUMS.asc` (GnuPG) and `SHA256SUMS.minisig` (minisign, Ed25519). The public keys are
written beside them for convenience; verifiers must get them from a trusted place.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ARTIFACT_SUFFIXES = (".deb", ".tar.xz", ".cdx.json", ".msi")


class SignError(Exception):
    """Signing could not be done; the message says what is missing."""


def artifacts(folder: Path) -> list[Path]:
    """The files a release consists of, by name."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(ARTIFACT_SUFFIXES))


def sha256sums(files: list[Path]) -> str:
    """`sha256sum`'s format: hash, two spaces, file name."""
    return "".join(f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.name}\n" for f in files)


def _env(name: str) -> str:
    value = os.environ.get(name, "")
    if not value:
        raise SignError(f"{name} is not set")
    return value


def _run(command: list[str], stdin: str | None = None) -> None:
    result = subprocess.run(command, input=stdin, text=True, capture_output=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise SignError(f"{command[0]} failed: {result.stderr.strip()[-500:]}")


def sign(folder: Path) -> list[Path]:
    """Sign everything in `folder`; returns the files written."""
    gpg_key = _env("CONFIDE_GPG_KEY")
    minisign_key = _env("CONFIDE_MINISIGN_KEY")
    found = artifacts(folder)
    if not found:
        raise SignError(f"no release artifacts in {folder}")
    for deb in (p for p in found if p.suffix == ".deb"):
        _run(["debsigs", "--sign=origin", "-k", gpg_key, str(deb)])
    sums = folder / "SHA256SUMS"
    sums.write_text(sha256sums(found), encoding="utf-8")
    asc = folder / "SHA256SUMS.asc"
    asc.unlink(missing_ok=True)
    _run(["gpg", "--batch", "--yes", "--local-user", gpg_key, "--armor",
          "--output", str(asc), "--detach-sign", str(sums)])
    minisig = folder / "SHA256SUMS.minisig"
    _run(["minisign", "-S", "-s", minisign_key, "-m", str(sums), "-x", str(minisig)],
         stdin=os.environ.get("CONFIDE_MINISIGN_PASSWORD", "") + "\n")
    public = folder / "confide-release-key.asc"
    exported = subprocess.run(  # noqa: S603 - the key id comes from the release environment
        ["gpg", "--batch", "--armor", "--export", gpg_key],  # noqa: S607
        capture_output=True, check=True, text=True).stdout
    public.write_text(exported, encoding="utf-8")
    return [sums, asc, minisig, public]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0].startswith("-"):
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    try:
        written = sign(Path(args[0]))
    except (SignError, OSError, subprocess.CalledProcessError) as exc:
        print(f"sign: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
