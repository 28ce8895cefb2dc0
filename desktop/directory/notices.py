"""The directory's notices about itself in the person's language (Qt-free).

referral_directory keeps its notices as data (`referral_directory.notices`): a refused or
expired organization bundle, unusable licensing entries, a bundle used before that is
gone. Here each becomes a sentence, marked for lupdate in the "FindHelp" context; the page
passes its translate function, a date in the locale's words and a number in its digits.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from datetime import date
from typing import Final

from desktop.words import QT_TRANSLATE_NOOP, Translate, english
from referral_directory.errors import BundleRefused, RefusalReason
from referral_directory.notices import Notice, NoticeKind

CONTEXT: Final = "FindHelp"

REFUSED: Final = QT_TRANSLATE_NOOP(
    "FindHelp",
    "The organization's directory update was not used: {reason}. The entries you had "
    "are kept.")
# Why, as a clause of REFUSED.
REASON_WORDS: Final = {
    RefusalReason.UNREADABLE: QT_TRANSLATE_NOOP("FindHelp", "it could not be read"),
    RefusalReason.TOO_LARGE: QT_TRANSLATE_NOOP("FindHelp", "it is too large"),
    RefusalReason.BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "FindHelp", "its signature does not match (it was changed or damaged)"),
    RefusalReason.UNTRUSTED_KEY: QT_TRANSLATE_NOOP(
        "FindHelp", "it is not signed by a key your organization's policy trusts"),
    RefusalReason.NO_PINNED_KEY: QT_TRANSLATE_NOOP(
        "FindHelp", "policy names no key to check it with"),
    RefusalReason.NOT_NEWER: QT_TRANSLATE_NOOP(
        "FindHelp", "it is not newer than the entries in use"),
    RefusalReason.ROLLED_BACK: QT_TRANSLATE_NOOP(
        "FindHelp",
        "it is older than a version already used on this computer or required by your "
        "organization's policy"),
    RefusalReason.EXPIRED: QT_TRANSLATE_NOOP("FindHelp", "it has expired"),
    RefusalReason.NOT_YET_VALID: QT_TRANSLATE_NOOP("FindHelp", "its issue date is in the future"),
    RefusalReason.BAD_DATA: QT_TRANSLATE_NOOP("FindHelp", "its data is malformed"),
}
# The facts after the reason, when the refusal carries them.
_DETAIL_WORDS: Final = {
    RefusalReason.NOT_NEWER: QT_TRANSLATE_NOOP(
        "FindHelp", "version {version}; version {in_use} is in use"),
    RefusalReason.ROLLED_BACK: QT_TRANSLATE_NOOP(
        "FindHelp", "version {version}; version {minimum} or newer is required"),
    RefusalReason.EXPIRED: QT_TRANSLATE_NOOP("FindHelp", "expired {day}"),
    RefusalReason.NOT_YET_VALID: QT_TRANSLATE_NOOP("FindHelp", "issued {day}"),
    RefusalReason.TOO_LARGE: QT_TRANSLATE_NOOP(
        "FindHelp", "{file} is {size} bytes, over the limit of {limit} MiB"),
}
_WITH_DETAIL: Final = QT_TRANSLATE_NOOP("FindHelp", "{reason} ({detail})")
EXPIRED: Final = QT_TRANSLATE_NOOP(
    "FindHelp", "Organization entries may be out of date (expired {day}).")
LICENSING_TWICE: Final = QT_TRANSLATE_NOOP(
    "FindHelp",
    "The organization's licensing-question entries could not be used: a board is named "
    "twice. The shipped entries are shown.")
BUNDLE_MISSING: Final = QT_TRANSLATE_NOOP(
    "FindHelp",
    "The organization's directory (version {version} was used on this computer before) is "
    "missing or could not be used. Only the national resources are shown; please tell "
    "your IT team.")


def _iso(day: date) -> str:
    return day.isoformat()


def _digits(number: int) -> str:
    return f"{number:,}"


def refusal_text(
    refusal: BundleRefused,
    translate: Translate = english,
    day: Callable[[date], str] = _iso,
    number: Callable[[int], str] = _digits,
) -> str:
    """Why a bundle was not used, with its versions, dates or size when it carries them."""
    reason = translate(CONTEXT, REASON_WORDS[refusal.reason])
    facts = refusal.facts
    detail = _DETAIL_WORDS.get(refusal.reason)
    values: dict[str, str] = {}
    for key, value in facts.items():
        if isinstance(value, date):
            values[key] = day(value)
        elif isinstance(value, int):
            values[key] = number(value // (1024 * 1024) if key == "limit" else value)
        else:
            values[key] = value
    if detail is not None and values:
        # A refusal without the facts its words need says the reason alone.
        with suppress(KeyError):
            reason = translate(CONTEXT, _WITH_DETAIL).format(
                reason=reason, detail=translate(CONTEXT, detail).format(**values))
    return translate(CONTEXT, REFUSED).format(reason=reason)


def notice_text(
    notice: Notice,
    translate: Translate = english,
    day: Callable[[date], str] = _iso,
    number: Callable[[int], str] = _digits,
) -> str:
    """A notice in the person's language (English when `translate` is left out)."""
    if notice.kind is NoticeKind.REFUSED and notice.refusal is not None:
        return refusal_text(notice.refusal, translate, day, number)
    if notice.kind is NoticeKind.EXPIRED and notice.day is not None:
        return translate(CONTEXT, EXPIRED).format(day=day(notice.day))
    if notice.kind is NoticeKind.LICENSING_TWICE:
        return translate(CONTEXT, LICENSING_TWICE)
    if notice.kind is NoticeKind.BUNDLE_MISSING:
        return translate(CONTEXT, BUNDLE_MISSING).format(version=number(notice.version))
    return notice.english()  # a kind this page does not know yet: at least it is said
