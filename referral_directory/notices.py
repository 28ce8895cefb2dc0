"""What the directory has to tell the person about itself: data, and English words for it.

A refused bundle, an expired one, unusable licensing entries, a bundle used before that is
gone: each is a `Notice` carrying its facts, so the app can word it in the person's
language (referral_directory has no translations). `english` words it for the command-line
tools, the logs and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Final

from referral_directory.errors import BundleRefused, RefusalReason


class NoticeKind(Enum):
    REFUSED = "refused"  # a bundle offered or stored was not used; `refusal` says why
    EXPIRED = "expired"  # the bundle in use has expired on `day`; it stays in use
    LICENSING_TWICE = "licensing_twice"  # the bundle's licensing entries name a board twice
    BUNDLE_MISSING = "bundle_missing"  # no bundle in use, though `version` was used here


@dataclass(frozen=True)
class Notice:
    """One thing the directory page says about the directory itself.

    Attributes:
        kind: what happened.
        refusal: for REFUSED, the refusal.
        day: for EXPIRED, when the bundle expired.
        version: for BUNDLE_MISSING, the highest version used on this computer before.
    """

    kind: NoticeKind
    refusal: BundleRefused | None = None
    day: date | None = None
    version: int = 0

    def english(self) -> str:
        """The notice in English."""
        if self.kind is NoticeKind.REFUSED and self.refusal is not None:
            return refusal_words(self.refusal)
        if self.kind is NoticeKind.EXPIRED:
            expired = self.day.isoformat() if self.day else "on an unknown date"
            return f"Organization entries may be out of date (expired {expired})."
        if self.kind is NoticeKind.LICENSING_TWICE:
            return (
                "The organization's licensing-question entries could not be used: a board "
                "is named twice. The shipped entries are shown."
            )
        return (
            f"The organization's directory (version {self.version} was used on this computer "
            "before) is missing or could not be used. Only the national resources are shown; "
            "please tell your IT team."
        )


# The refusals whose `detail` (versions, dates, size) is worth saying.
DETAILED: Final = frozenset({
    RefusalReason.NOT_NEWER, RefusalReason.ROLLED_BACK, RefusalReason.EXPIRED,
    RefusalReason.NOT_YET_VALID, RefusalReason.TOO_LARGE,
})
_REFUSED_WORDS: Final = {
    RefusalReason.UNREADABLE: "could not be read",
    RefusalReason.TOO_LARGE: "it is too large",
    RefusalReason.BAD_SIGNATURE: "its signature does not match (it was changed or damaged)",
    RefusalReason.UNTRUSTED_KEY: "it is not signed by a key your organization's policy trusts",
    RefusalReason.NO_PINNED_KEY: "policy names no key to check it with",
    RefusalReason.NOT_NEWER: "it is not newer than the entries in use",
    RefusalReason.ROLLED_BACK: (
        "it is older than a version already used on this computer or required by your "
        "organization's policy"
    ),
    RefusalReason.EXPIRED: "it has expired",
    RefusalReason.NOT_YET_VALID: "its issue date is in the future",
    RefusalReason.BAD_DATA: "its data is malformed",
}


def refusal_words(refusal: BundleRefused) -> str:
    """A refusal in English words, for the warnings list."""
    detail = f" ({refusal.detail})" if refusal.reason in DETAILED else ""
    return (
        f"The organization's directory update was not used: "
        f"{_REFUSED_WORDS[refusal.reason]}{detail}. The entries you had are kept."
    )
