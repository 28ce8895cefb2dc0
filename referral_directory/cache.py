"""The built directory, kept between starts: a large bundle is verified and read once.

Reading a bundle of 50,000 services (signature, HSDS schema, Confide's facts, the search
index, every need ranked) takes seconds; opening this cache takes tens of milliseconds.
The cache is one file in the data folder (`organization-directory.cache`): the whole built
directory as an SQLite database image (the search index, where each resource's text is
and its SHA-256, each need's ranking), each resource as compact JSON, then a header that
names what it was built from, the sizes, the HMAC, `MAGIC`. The image is read into an
in-memory database, so nothing about what a person searches for touches the disk; a
resource's text is read from the open file, checked and decoded only when it is shown
(`referral_directory.stored`), so a start reads and authenticates about half the file.

Why it can be trusted. The directory is public data, but the data folder is not a safe
place: someone with access to it could write a cache that shows a false "confidential"
number. So the file carries an HMAC-SHA256 over all of it but the texts (each bound by
its SHA-256 in the image), keyed by a random 256-bit key that is kept outside the data
folder (see `desktop.directory.opening.cache_key_file`); a cache whose HMAC does not
match, that is truncated, or that is in an unknown format is ignored and rebuilt from
the signed bundle; a text that does not match its SHA-256 is never shown, and the cache
is removed (`stored.Changed`). Besides the HMAC, the header records the SHA-256 of the
verified bundle data and its signature text: a cache is used only for the bundle the app
would otherwise verify and read now (`Stamp.matches`), and only while the key that
signed it is still pinned and its version meets the minimum. The shipped national data
and the cache format are part of the stamp too, so an app update rebuilds. Re-deriving
trust from the bundle's SHA-256 alone was rejected: anyone who can write the data folder
can write a file that records any hash they like. Without a key (none could be made) no
cache is read or written, and every start reads the bundle as before.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import sqlite3
import struct
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any, BinaryIO, Final

import resources
from crypto.atomic import OWNER_ONLY, fsync_dir, write_atomic
from referral_directory import stored
from referral_directory.bundle import MAX_BUNDLE_BYTES, BundleInfo
from referral_directory.concepts import CONCEPTS
from referral_directory.model import Resource

CACHE_NAME: Final = "organization-directory.cache"
# A built directory is about half its compact bundle; anything far larger is not one.
MAX_CACHE_BYTES: Final = 2 * MAX_BUNDLE_BYTES
MAGIC: Final = b"CONFIDE-DIRECTORY-CACHE-2\n"  # -2: texts after the image, sizes in the tail
FORMAT: Final = 6  # raise when the stored form of a resource, the index or a ranking changes
KEY_BYTES: Final = 32
_MAC_BYTES: Final = 32
_SIZES: Final = ">QI"  # the image's size, the header's
_SIZES_BYTES: Final = struct.calcsize(_SIZES)
_CHUNK: Final = 1024 * 1024
_SHIPPED: Final = ("directory/national.json", "directory/confide-taxonomy.json")
_log = logging.getLogger(__name__)


def _code_version() -> str:
    try:
        return metadata.version("confide")
    except metadata.PackageNotFoundError:  # a frozen build without metadata: its files
        return "unknown"


def shipped_digest(entries: Sequence[Resource] = ()) -> str:
    """The SHA-256 of the shipped data a cache is built with, the cache format, and the
    code that built it (rankings and the index come from code: an update rebuilds), and
    of the `entries` the organization's policy adds beside its bundle (its EAP: a changed
    one rebuilds)."""
    digest = hashlib.sha256(f"format {FORMAT}\nconfide {_code_version()}\n".encode())
    digest.update(repr(CONCEPTS).encode())  # the index's concept tags come from them
    digest.update(repr(tuple(entries)).encode())
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


def _write_all(fd: int, data: bytes | bytearray) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def write(path: Path, key: bytes, stamp: Stamp, db: sqlite3.Connection) -> None:
    """Keep the built directory `db` (atomically; the owner alone may read it).

    `db` is a `Directory.cache_database()`: SQLite writes its image (`VACUUM INTO`:
    compacted, and never copied whole in Python's memory, without the attached texts);
    the resources' texts (see `referral_directory.stored`), the header, the sizes, the
    HMAC and `MAGIC` follow it.

    Raises:
        OSError: it could not be written (the caller goes on without a cache).
    """
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.unlink(missing_ok=True)
        # Made owner-only and new before SQLite fills it (VACUUM INTO takes an empty file):
        # never readable by others while half written, never a file someone planted.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, OWNER_ONLY))
        fd = -1
        try:
            if db.in_transaction:
                db.commit()
            db.execute("VACUUM INTO ?", (str(tmp),))
            fd = os.open(tmp, os.O_RDWR)
            os.fchmod(fd, OWNER_ONLY)
            mac = hmac.new(key, MAGIC, "sha256")
            image_bytes = 0
            while chunk := os.read(fd, _CHUNK):
                mac.update(chunk)
                image_bytes += len(chunk)
            text_bytes = 0
            pending = bytearray()
            for text in stored.texts_in_order(db):  # unsigned: each has its SHA-256 above
                pending += text
                if len(pending) >= _CHUNK:
                    _write_all(fd, pending)
                    text_bytes += len(pending)
                    pending.clear()
            _write_all(fd, pending)
            text_bytes += len(pending)
            fields = stamp.to_json() | {"texts": text_bytes}
            header = json.dumps(fields, separators=(",", ":")).encode("utf-8")
            sizes = struct.pack(_SIZES, image_bytes, len(header))
            mac.update(header)
            mac.update(sizes)
            for part in (header, sizes, mac.digest(), MAGIC):
                _write_all(fd, part)
            os.fsync(fd)
        except sqlite3.Error as exc:
            raise OSError(f"the cache could not be written ({exc})") from None
        finally:
            if fd >= 0:
                os.close(fd)
        tmp.replace(path)
        fsync_dir(path.parent)
    finally:
        tmp.unlink(missing_ok=True)


@dataclass(frozen=True)
class Cached:
    """An authentic cache, open: what it was built from, its database, its texts."""

    stamp: Stamp
    db: sqlite3.Connection
    texts: stored.TextSection

    def close(self) -> None:
        self.db.close()
        self.texts.close()


def read(path: Path, key: bytes) -> Cached | None:
    """The stamp and built directory kept at `path`, if it is there and authentic.

    Anything else (missing, unreadable, truncated, changed, another format) is None: the
    caller builds the directory from the bundle and writes a new cache. The file is kept
    open for the resources' texts, each checked when read (`stored.TextSection`).
    """
    try:
        file = path.open("rb")
    except FileNotFoundError:
        return None
    except OSError as exc:
        _log.info("directory cache unreadable (%s); rebuilding", type(exc).__name__)
        return None
    try:
        found = _check(file, path, key)
    except OSError as exc:
        _log.info("directory cache unreadable (%s); rebuilding", type(exc).__name__)
        found = None
    if found is None:
        file.close()
    return found


def _sizes(file: BinaryIO) -> tuple[bytes, int, int, int] | None:
    """The file's last bytes, its image's size, where its header is and its size (None:
    not a cache)."""
    size = os.fstat(file.fileno()).st_size
    tail_bytes = _SIZES_BYTES + _MAC_BYTES + len(MAGIC)
    if size > MAX_CACHE_BYTES:
        _log.info("directory cache is too large to be one; rebuilding")
        return None
    file.seek(max(size - tail_bytes, 0))
    tail = file.read(tail_bytes)
    if len(tail) != tail_bytes or tail[-len(MAGIC) :] != MAGIC:
        _log.info("directory cache is not one; rebuilding")
        return None
    image_bytes, header_bytes = struct.unpack_from(_SIZES, tail)
    header_at = size - tail_bytes - header_bytes
    if header_at < image_bytes:
        _log.warning("directory cache failed its check (changed or damaged); rebuilding")
        return None
    return tail, image_bytes, header_at, header_bytes


def _check(file: BinaryIO, path: Path, key: bytes) -> Cached | None:
    """[image][texts][header][image and header sizes][HMAC, 32 bytes][MAGIC].

    The image and header are read once, into this process, and checked there: the bytes
    checked are the bytes used. (A mapped file could be rewritten between the check and
    the use, or cut short under it.) There is no SQLite `integrity_check` either: the
    HMAC proves the image is byte for byte the one SQLite wrote with `VACUUM INTO`, so
    any damage it could find would have been made by SQLite itself before the HMAC.
    """
    found = _sizes(file)
    if found is None:
        return None
    tail, image_bytes, header_at, header_bytes = found
    file.seek(0)
    image = file.read(image_bytes)
    file.seek(header_at)
    header_text = file.read(header_bytes)
    mac = hmac.new(key, MAGIC, "sha256")
    mac.update(image)
    mac.update(header_text)
    mac.update(tail[:_SIZES_BYTES])
    signed = tail[_SIZES_BYTES : -len(MAGIC)]
    if len(image) != image_bytes or not hmac.compare_digest(signed, mac.digest()):
        _log.warning("directory cache failed its check (changed or damaged); rebuilding")
        return None
    try:
        header = json.loads(header_text)
        if header.get("format") != FORMAT:
            return None
        if header.get("texts") != header_at - image_bytes:  # texts cut short or added to
            raise ValueError("the texts are not the size written")
        stamp = Stamp.from_json(header)
        db = sqlite3.connect(":memory:", check_same_thread=False)
        db.deserialize(image)
        db.execute("SELECT count(*) FROM resource").fetchone()
    except (ValueError, KeyError, TypeError, sqlite3.DatabaseError):
        _log.warning("directory cache is unusable; rebuilding")
        return None
    return Cached(stamp, db, stored.TextSection(file, path, image_bytes, header_at - image_bytes))
