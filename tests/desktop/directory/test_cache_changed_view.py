"""A cache whose texts changed while the app runs: "Find help" shows nothing from it and
says the directory is unavailable (the cache is rebuilt at the next start)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.directory.results import UNAVAILABLE_WORDS
from desktop.directory.view import DirectoryPage
from referral_directory import cache
from referral_directory.bundle import BundleInfo
from referral_directory.directory import Directory
from tests.referral_directory.generated import large_directory

NOON = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)


def test_changed_texts_make_the_page_say_unavailable(qtbot: QtBot, tmp_path: Path) -> None:
    key = b"k" * cache.KEY_BYTES
    built = large_directory(30)
    info = BundleInfo(1, date(2026, 1, 1), date(2027, 1, 1), "00")
    stamp = cache.Stamp("0" * 64, "signature", info, "shipped")
    path = tmp_path / cache.CACHE_NAME
    cache.write(path, key, stamp, built.cache_database())
    found = cache.read(path, key)
    assert found is not None
    directory = Directory.from_cache(found.db, texts=found.texts, bundle_info=None)
    raw = bytearray(path.read_bytes())
    raw[found.texts._start + 3] ^= 0x20  # the first text, changed in place
    path.write_bytes(bytes(raw))  # the same inode's bytes change under the open file
    page = DirectoryPage(directory, now=lambda: NOON)
    qtbot.addWidget(page)
    assert page.directory is None
    assert page.summary.text() == UNAVAILABLE_WORDS and page.model.rowCount() == 0
    assert not path.exists(), "removed: the next start rebuilds it"
