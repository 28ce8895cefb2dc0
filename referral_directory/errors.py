"""The directory's errors: each carries data (file, record, field, reason); views word them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum


class DirectoryError(Exception):
    """Root of every error the directory raises on purpose."""


class HsdsError(DirectoryError):
    """HSDS input that cannot be imported, with where the problem is.

    Attributes:
        file: the file (or "<input>") the record came from.
        record: the record's id, or "#index" when it has none.
        field: the field path inside the record ("" for the whole record).
        problem: what is wrong, in a few words (never the field's value).
    """

    def __init__(self, file: str, record: str, field: str, problem: str) -> None:
        self.file = file
        self.record = record
        self.field = field
        self.problem = problem
        where = f"{file}: record {record}" + (f": field {field}" if field else "")
        super().__init__(f"{where}: {problem}")


class RefusalReason(Enum):
    """Why a directory bundle was not accepted (the app keeps what it has)."""

    UNREADABLE = "unreadable"  # missing, truncated or not a bundle
    TOO_LARGE = "too_large"  # over `bundle.MAX_BUNDLE_BYTES`
    BAD_SIGNATURE = "bad_signature"  # tampered, or signed with a key that is not pinned
    UNTRUSTED_KEY = "untrusted_key"  # signed by a key policy does not pin
    NO_PINNED_KEY = "no_pinned_key"  # policy pins no key at all
    NOT_NEWER = "not_newer"  # version not above the one in use
    ROLLED_BACK = "rolled_back"  # below a version already seen here or policy's minimum
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"  # issued in the future
    BAD_DATA = "bad_data"  # signature fine, HSDS content malformed


class BundleRefused(DirectoryError):
    """A bundle was refused; the directory in use stays as it was.

    Attributes:
        reason: the `RefusalReason`.
        detail: facts for the message (versions, dates, the HSDS problem), no secrets.
        facts: the same facts as values, for a view that words them in another language:
            "version", "in_use", "minimum", "size", "limit" (ints), "day" (a date), "file".
    """

    def __init__(self, reason: RefusalReason, detail: str = "",
                 facts: Mapping[str, int | str | date] | None = None) -> None:
        self.reason = reason
        self.detail = detail
        self.facts: Mapping[str, int | str | date] = dict(facts or {})
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
