"""The organization's signed directory bundle: check it, decide whether to take it, keep it.

A bundle is two files, as `minisign` makes them: the data (an HSDS JSON document, or the
compact Confide envelope around HSDS records that `confide-admin bundle from-hsds` writes,
see `compact`; both read with `hsds.read_json`) and `<data>.minisig`, whose trusted comment carries
`version=N<TAB>issued=YYYY-MM-DD<TAB>expires=YYYY-MM-DD`. So IT can sign with
`minisign -S -m directory.bundle -t "version=4	issued=2026-11-22	expires=2027-05-22"`
as well as with `confide-admin bundle sign`.

A bundle is taken only when signed by a pinned key, newer than the one in use, issued
no later than today and not yet expired. Everything is checked before anything is
stored; the accepted bundle is kept in the data folder as one file (signature lines,
then the data) written atomically, so a crash never leaves a half-written bundle.
Bundles carry data only: nothing in one is ever run or opened without a click.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from crypto.atomic import OWNER_ONLY, fsync_dir
from crypto.signing import PublicKey, SecretKey, Signature, SignatureError, key_id_hex
from crypto.signing import verify as verify_signature
from referral_directory.errors import BundleRefused, HsdsError, RefusalReason
from referral_directory.hsds import HsdsData, Progress, read_json

SIGNATURE_SUFFIX: Final = ".minisig"
STORED_NAME: Final = "organization-directory.bundle"
# The largest bundle data file taken (stated in the README). A compact bundle of 50,000
# services with Confide's facts is about 125 MB; the limit leaves room, and keeps a
# mistaken or hostile file from filling memory.
MAX_BUNDLE_BYTES: Final = 256 * 1024 * 1024
MAX_SIGNATURE_BYTES: Final = 64 * 1024
_SIG_LINES: Final = 4


@dataclass(frozen=True)
class BundleInfo:
    """What the signed trusted comment says, and which key signed it."""

    version: int
    issued: date
    expires: date
    key_id: str

    def expired(self, today: date) -> bool:
        """Past its expiry date (the expiry day itself still counts as valid)."""
        return today > self.expires


@dataclass(frozen=True)
class Bundle:
    """A bundle whose signature verified and whose HSDS data read cleanly."""

    info: BundleInfo
    data: HsdsData
    raw: bytes
    signature_text: str
    sha256: str = ""


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of bundle data, as hex (what the built-directory cache is keyed by)."""
    return hashlib.sha256(data).hexdigest()


def write_parts_atomic(path: Path, parts: Sequence[bytes | memoryview]) -> None:
    """`crypto.atomic.write_atomic` for data in parts (a large bundle is never joined).

    Temp file made owner-only before a byte is written, fsync, `os.replace`, fsync of the
    folder: a crash leaves the old file or the new one.

    Raises:
        OSError: it could not be written; the old file is untouched.
    """
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY)
        try:
            os.fchmod(fd, OWNER_ONLY)
            for part in parts:
                view = memoryview(part)
                while view:
                    view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        tmp.replace(path)
        fsync_dir(path.parent)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def limit_words(limit: int = MAX_BUNDLE_BYTES) -> str:
    """The size limit in words ("256 MiB")."""
    return f"{limit // (1024 * 1024)} MiB"


def check_size(name: str, size: int, limit: int = MAX_BUNDLE_BYTES) -> None:
    """Refuse data over the size limit, saying the limit.

    Raises:
        BundleRefused: TOO_LARGE.
    """
    if size > limit:
        raise BundleRefused(
            RefusalReason.TOO_LARGE,
            f"{name} is {size:,} bytes, over the limit of {limit_words(limit)}",
            {"file": name, "size": size, "limit": limit},
        )


def trusted_comment(version: int, issued: date, expires: date) -> str:
    """The trusted comment for a bundle."""
    return f"version={version}\tissued={issued.isoformat()}\texpires={expires.isoformat()}"


def parse_trusted_comment(text: str) -> tuple[int, date, date]:
    """Version, issued and expires from a trusted comment (tab-separated key=value).

    Raises:
        BundleRefused: UNREADABLE when a field is missing or malformed.
    """
    fields: dict[str, str] = {}
    for part in text.split("\t"):
        key, sep, value = part.partition("=")
        if sep:
            fields[key.strip()] = value.strip()
    try:
        version = int(fields["version"])
        issued = date.fromisoformat(fields["issued"])
        expires = date.fromisoformat(fields["expires"])
    except (KeyError, ValueError):
        raise BundleRefused(
            RefusalReason.UNREADABLE, "the signed comment lacks version, issued or expires"
        ) from None
    if version < 1 or expires < issued:
        raise BundleRefused(RefusalReason.UNREADABLE, "the signed version or dates make no sense")
    return version, issued, expires


def sign(data: bytes, key: SecretKey, version: int, issued: date, expires: date) -> str:
    """The `.minisig` text for a bundle's data."""
    if version < 1 or expires < issued:
        raise ValueError("version must be positive and expiry no earlier than issue")
    return key.sign(
        data,
        trusted_comment(version, issued, expires),
        f"Confide directory bundle version {version}",
    ).file_text()


def check_signature(
    data: bytes, signature_text: bytes | str, pinned: tuple[PublicKey, ...]
) -> BundleInfo:
    """Check a bundle's signature only (its data is not read).

    Raises:
        BundleRefused: NO_PINNED_KEY, UNREADABLE, UNTRUSTED_KEY or BAD_SIGNATURE.
    """
    if not pinned:
        raise BundleRefused(RefusalReason.NO_PINNED_KEY, "policy pins no bundle key")
    try:
        signature = Signature.parse(signature_text)
        key = verify_signature(data, signature, pinned)
    except SignatureError as exc:
        reason = {
            "wrong_key": RefusalReason.UNTRUSTED_KEY,
            "invalid": RefusalReason.BAD_SIGNATURE,
        }.get(exc.reason, RefusalReason.UNREADABLE)
        raise BundleRefused(reason, exc.detail) from None
    version, issued, expires = parse_trusted_comment(signature.trusted_comment)
    return BundleInfo(version, issued, expires, key_id_hex(key.key_id))


def verify(
    data: bytes,
    signature_text: bytes | str,
    pinned: tuple[PublicKey, ...],
    *,
    file: str = "bundle",
    progress: Progress | None = None,
    keep_records: bool = True,
    sha256: str | None = None,
) -> Bundle:
    """Check a bundle's signature and read its data (no version or date decisions here).

    The services come back as organization `Resource`s too (`Bundle.data.resources`).

    Args:
        progress: told how far reading the services has got.
        keep_records: False keeps only the `Resource`s (see `hsds.collect`).
        sha256: `sha256_hex(data)` when the caller has it already (126 MB hash once).

    Raises:
        BundleRefused: NO_PINNED_KEY, UNREADABLE, UNTRUSTED_KEY, BAD_SIGNATURE, TOO_LARGE or
            BAD_DATA.
    """
    check_size(file, len(data))
    info = check_signature(data, signature_text, pinned)
    try:
        hsds_data = read_json(
            data,
            file,
            kind="service",
            origin="organization",
            progress=progress,
            keep_records=keep_records,
        )
    except HsdsError as exc:
        raise BundleRefused(RefusalReason.BAD_DATA, str(exc)) from None
    text = signature_text.decode("utf-8") if isinstance(signature_text, bytes) else signature_text
    return Bundle(info, hsds_data, data, text, sha256 or sha256_hex(data))


def check_minimum(info: BundleInfo, minimum: int) -> None:
    """Refuse a bundle older than `minimum` (a version seen before, or policy's floor).

    A stored bundle that was deleted or damaged must not let an older, still validly
    signed bundle take its place: its entries may be out of date on purpose.

    Raises:
        BundleRefused: ROLLED_BACK.
    """
    if info.version < minimum:
        raise BundleRefused(
            RefusalReason.ROLLED_BACK,
            f"version {info.version}; version {minimum} or newer is required",
            {"version": info.version, "minimum": minimum},
        )


def check_acceptable(
    bundle: Bundle, in_use: BundleInfo | None, today: date, minimum: int = 0
) -> None:
    """Whether a verified bundle may replace the one in use.

    Raises:
        BundleRefused: ROLLED_BACK, NOT_NEWER, EXPIRED or NOT_YET_VALID.
    """
    info = bundle.info
    check_minimum(info, minimum)
    if in_use is not None and info.version <= in_use.version:
        raise BundleRefused(
            RefusalReason.NOT_NEWER, f"version {info.version}; version {in_use.version} is in use",
            {"version": info.version, "in_use": in_use.version},
        )
    if info.expired(today):
        raise BundleRefused(RefusalReason.EXPIRED, f"expired {info.expires.isoformat()}",
                            {"day": info.expires})
    if info.issued > today:
        raise BundleRefused(RefusalReason.NOT_YET_VALID, f"issued {info.issued.isoformat()}",
                            {"day": info.issued})


def read_files(path: Path) -> tuple[bytes, bytes]:
    """A bundle's data and signature from `path` and `path.minisig`.

    Raises:
        BundleRefused: UNREADABLE when either is missing or unreadable, TOO_LARGE when
            either is over its limit.
    """
    signature_path = path.with_name(path.name + SIGNATURE_SUFFIX)
    try:
        check_size(path.name, path.stat().st_size)
        check_size(signature_path.name, signature_path.stat().st_size, MAX_SIGNATURE_BYTES)
        return path.read_bytes(), signature_path.read_bytes()
    except OSError as exc:
        name = Path(exc.filename).name if exc.filename else path.name
        raise BundleRefused(
            RefusalReason.UNREADABLE, f"{name}: {exc.strerror or type(exc).__name__}"
        ) from None


def load_file(
    path: Path,
    pinned: tuple[PublicKey, ...],
    *,
    progress: Progress | None = None,
    keep_records: bool = True,
) -> Bundle:
    """Read and verify the bundle at `path` (see `verify`)."""
    data, signature = read_files(path)
    return verify(
        data, signature, pinned, file=path.name, progress=progress, keep_records=keep_records
    )


class BundleStore:
    """The accepted bundle, kept in the data folder (public data: a plain file)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / STORED_NAME

    def load(
        self,
        pinned: tuple[PublicKey, ...],
        *,
        progress: Progress | None = None,
        keep_records: bool = True,
    ) -> Bundle | None:
        """The stored bundle, verified again (None when there is none).

        Raises:
            BundleRefused: the stored file no longer verifies (for example the pinned key
                changed); the caller goes on without organization entries and says why.
        """
        parts = self.read()
        if parts is None:
            return None
        data, signature = parts
        return verify(
            data,
            signature,
            pinned,
            file=self.path.name,
            progress=progress,
            keep_records=keep_records,
        )

    def read(self) -> tuple[bytes, bytes] | None:
        """The stored data and signature, not checked (None when there is none).

        Raises:
            BundleRefused: UNREADABLE when the file cannot be read or is truncated.
        """
        try:
            stored = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise BundleRefused(
                RefusalReason.UNREADABLE, f"{self.path.name}: {exc.strerror}"
            ) from None
        lines = stored.split(b"\n", _SIG_LINES)
        if len(lines) != _SIG_LINES + 1:
            raise BundleRefused(RefusalReason.UNREADABLE, f"{self.path.name} is truncated")
        signature = b"\n".join(lines[:_SIG_LINES]) + b"\n"
        return lines[_SIG_LINES], signature

    def save(self, bundle: Bundle) -> None:
        """Keep `bundle` (atomically replacing the one stored before)."""
        signature = bundle.signature_text
        if not signature.endswith("\n"):
            signature += "\n"
        write_parts_atomic(self.path, (signature.encode("utf-8"), bundle.raw))
