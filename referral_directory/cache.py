"""The built directory, kept between starts: a large bundle is verified and read once.

Reading a bundle of 50,000 services (signature, HSDS schema, Confide's facts, the search
index, every need ranked) takes seconds; opening this cache takes tens of milliseconds.
The cache is one file in the data folder (`organization-directory.cache`): the whole built
directory as an SQLite database image (the search index, each resource as compact JSON,
each need's ranking), then a header that names what it was built from, the HMAC, `MAGIC`.
It is read into an in-memory database, so nothing about what a person searches for
touches the disk, and resources are turned back into `Resource`s only when shown (see `stored`).

Why it can be trusted. The directory is public data, but the data folder is not a safe
place: someone with access to it could write a cache that shows a false "confidential"
number. So the file carries an HMAC-SHA256 over all of it, keyed by a random 256-bit key
that is kept outside the data folder (see `desktop.directory.opening.cache_key_file`); a
cache whose HMAC does not match, that is truncated, or that is in an unknown format is
ignored and rebuilt from the signed bundle. Besides the HMAC, the header records the
SHA-256 of the verified bundle data and its signature text: a cache is used only for the
bundle the app would otherwise verify and read now (`Stamp.matches`), and only while the
key that signed it is still pinned and its version meets the minimum. The shipped
national data and the cache format are part of the stamp too, so an app update rebuilds.
Re-deriving trust from the bundle's SHA-256 alone was rejected: anyone who can write the
data folder can write a file that records any hash they like. Without a key (none could
be made) no cache is read or written, and every start reads the bundle as before.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import sqlite3
import struct
from dataclasses import dataclass, replace
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any, Final

import resources
from crypto.atomic import OWNER_ONLY, fsync_dir, write_atomic
from referral_directory.bundle import MAX_BUNDLE_BYTES, BundleInfo

CACHE_NAME: Final = "organization-directory.cache"
# A built directory is about half its compact bundle; anything far larger is not one.
MAX_CACHE_BYTES: Final = 2 * MAX_BUNDLE_BYTES
MAGIC: Final = b"CONFIDE-DIRECTORY-CACHE\n"
FORMAT: Final = 4  # raise when the stored form of a resource, the index or a ranking changes
KEY_BYTES: Final = 32
_MAC_BYTES: Final = 32
_CHUNK: Final = 1024 * 1024
_SHIPPED: Final = ("directory/national.json", "directory/confide-taxonomy.json")
_log = logging.getLogger(__name__)


def _code_version() -> str:
    try:
        return metadata.version("confide")
    except metadata.PackageNotFoundError:  # a frozen build without metadata: its files
        return "unknown"


def shipped_digest() -> str:
    """The SHA-256 of the shipped data a cache is built with, the cache format, and the
    code that built it (rankings and the index come from code: an update rebuilds)."""
    digest = hashlib.sha256(f"format {FORMAT}\nconfide {_code_version()}\n".encode())
    for name in _SHIPPED:
        digest.update(resources.read_text(name).encode("utf-8"))
    return digest.hexdigest()


@dataclass(frozen=True)
class Stamp:
    """What a cache was built from.

    Attributes:
        bundle_sha256: the SHA-256 of the verified bundle data.
        signature_text: the bundle's `.minisig` text (a re-signed bundle is a new bundle).
        info: what its signature said.
        shipped_sha256: see `shipped_digest`.
        files: the size and modification time (ns) of each file the bundle was read from
            or kept in, by path, when the cache was made (see `unchanged`).
    """

    bundle_sha256: str
    signature_text: str
    info: BundleInfo
    shipped_sha256: str
    files: tuple[tuple[str, int, int], ...] = ()

    def unchanged(self, path: Path) -> bool:
        """Whether `path` still has the size and modification time it had when cached.

        Used with an identical signature to skip re-reading a large unchanged bundle. It is
        safe because the cache holds what a verified bundle said: data changed behind an
        identical signature could never verify, so at worst the entries in use are kept
        (which a refused bundle would do too), and nothing unverified is ever shown.
        """
        try:
            status = path.stat()
        except OSError:
            return False
        return (str(path), status.st_size, status.st_mtime_ns) in self.files

    def with_files(self, *paths: Path) -> Stamp:
        """This stamp, recording the present size and modification time of `paths`."""
        found = []
        for path in paths:
            try:
                status = path.stat()
            except OSError:
                continue
            found.append((str(path), status.st_size, status.st_mtime_ns))
        return replace(self, files=tuple(found))

    def matches(self, bundle_sha256: str, signature_text: str) -> bool:
        """Whether this is the stamp of that bundle (data and signature)."""
        return (
            hmac.compare_digest(self.bundle_sha256, bundle_sha256)
            and self.signature_text.strip() == signature_text.strip()
        )

    def to_json(self) -> dict[str, Any]:
        info = self.info
        return {
            "format": FORMAT,
            "bundle_sha256": self.bundle_sha256,
            "signature": self.signature_text,
            "version": info.version,
            "issued": info.issued.isoformat(),
            "expires": info.expires.isoformat(),
            "key_id": info.key_id,
            "shipped_sha256": self.shipped_sha256,
            "files": [list(f) for f in self.files],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Stamp:
        info = BundleInfo(
            int(data["version"]),
            date.fromisoformat(data["issued"]),
            date.fromisoformat(data["expires"]),
            str(data["key_id"]),
        )
        files = tuple((str(p), int(size), int(ns)) for p, size, ns in data.get("files", []))
        return cls(
            str(data["bundle_sha256"]),
            str(data["signature"]),
            info,
            str(data["shipped_sha256"]),
            files,
        )


def load_key(path: Path) -> bytes | None:
    """The cache key kept at `path`, made on first use (None when it cannot be kept).

    A key file of the wrong size is replaced: every cache made with it is then ignored,
    which is safe (they are rebuilt).
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        with os.fdopen(fd, "rb") as file:
            info = os.fstat(file.fileno())
            foreign = hasattr(os, "getuid") and info.st_uid != os.getuid()  # POSIX only
            if foreign or info.st_mode & 0o077:
                # Another user's key, or one others can read, could let them forge a cache.
                _log.warning("directory cache key not owner-only; no cache")
                return None
            key = file.read(KEY_BYTES + 1)
        if len(key) == KEY_BYTES:
            return key
    except FileNotFoundError:
        pass
    except OSError as exc:
        _log.warning("directory cache key unreadable (%s); no cache", type(exc).__name__)
        return None
    key = os.urandom(KEY_BYTES)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomic(path, key)
    except OSError as exc:  # crypto's EnvironmentProblem and DiskFull are OSErrors too
        _log.warning("directory cache key could not be kept (%s); no cache", type(exc).__name__)
        return None
    return key


def _mac(key: bytes, signed: memoryview | bytes) -> bytes:
    mac = hmac.new(key, MAGIC, "sha256")
    mac.update(signed)
    return mac.digest()


def write(path: Path, key: bytes, stamp: Stamp, db: sqlite3.Connection) -> None:
    """Keep the built directory `db` (atomically; the owner alone may read it).

    SQLite writes the image itself (`VACUUM INTO`: compacted, and never copied whole in
    Python's memory); the header, its length, the HMAC and `MAGIC` follow it.

    Raises:
        OSError: it could not be written (the caller goes on without a cache).
    """
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.unlink(missing_ok=True)
        # Made owner-only and new before SQLite fills it (VACUUM INTO takes an empty file):
        # never readable by others while half written, never a file someone planted.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, OWNER_ONLY))
        try:
            if db.in_transaction:
                db.commit()
            db.execute("VACUUM INTO ?", (str(tmp),))
        except sqlite3.Error as exc:
            raise OSError(f"the cache could not be written ({exc})") from None
        header = json.dumps(stamp.to_json(), separators=(",", ":")).encode("utf-8")
        fd = os.open(tmp, os.O_RDWR)
        try:
            os.fchmod(fd, OWNER_ONLY)
            mac = hmac.new(key, MAGIC, "sha256")
            while chunk := os.read(fd, _CHUNK):
                mac.update(chunk)
            tail = header + struct.pack(">I", len(header))
            mac.update(tail)
            for part in (tail, mac.digest(), MAGIC):
                view = memoryview(part)
                while view:
                    view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        tmp.replace(path)
        fsync_dir(path.parent)
    finally:
        tmp.unlink(missing_ok=True)


def read(path: Path, key: bytes) -> tuple[Stamp, sqlite3.Connection] | None:
    """The stamp and built directory kept at `path`, if it is there and authentic.

    Anything else (missing, unreadable, truncated, changed, another format) is None: the
    caller builds the directory from the bundle and writes a new cache.
    """
    try:
        with path.open("rb") as file:
            if os.fstat(file.fileno()).st_size > MAX_CACHE_BYTES:
                _log.info("directory cache is too large to be one; rebuilding")
                return None
            # Read once, into this process: the bytes checked are the bytes used. (A mapped
            # file could be rewritten between the check and the use, or cut short under it.)
            data = file.read(MAX_CACHE_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        _log.info("directory cache unreadable (%s); rebuilding", type(exc).__name__)
        return None
    if len(data) > MAX_CACHE_BYTES:
        return None
    with memoryview(data) as view:
        return _check(view, key)


def _check(raw: memoryview, key: bytes) -> tuple[Stamp, sqlite3.Connection] | None:
    """[image][header][header length, 4 bytes][HMAC, 32 bytes][MAGIC], checked in that order."""
    end = len(raw) - len(MAGIC) - _MAC_BYTES
    if end < 4 or bytes(raw[-len(MAGIC) :]) != MAGIC:
        _log.info("directory cache is not one; rebuilding")
        return None
    if not hmac.compare_digest(bytes(raw[end : end + _MAC_BYTES]), _mac(key, raw[:end])):
        _log.warning("directory cache failed its check (changed or damaged); rebuilding")
        return None
    (length,) = struct.unpack(">I", raw[end - 4 : end])
    image_end = end - 4 - length
    try:
        if image_end < 0:
            raise ValueError("header longer than the file")
        header = json.loads(bytes(raw[image_end : end - 4]))
        if header.get("format") != FORMAT:
            return None
        stamp = Stamp.from_json(header)
        db = sqlite3.connect(":memory:", check_same_thread=False)
        db.deserialize(raw[:image_end])
        db.execute("SELECT count(*) FROM resource").fetchone()
    except (ValueError, KeyError, TypeError, sqlite3.DatabaseError):
        _log.warning("directory cache is unusable; rebuilding")
        return None
    return stamp, db
