"""The built-directory cache: used only for the very bundle it was built from, and only
when its HMAC (keyed outside the data folder) holds; anything else is rebuilt."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from referral_directory import cache, stored
from referral_directory.directory import Directory
from referral_directory.model import Filters, Need, Resource
from referral_directory.stored import StoredResources
from tests.referral_directory.test_bundle import NOW, PINNED, _names, _publish

KEY = os.urandom(cache.KEY_BYTES)


def _open(data_dir: Path, path: Path | None, key: bytes | None = KEY) -> Directory:
    return Directory.open(data_dir, pinned_keys=PINNED, bundle_path=path, now=NOW, cache_key=key)


def _from_cache(directory: Directory) -> bool:
    return isinstance(directory.resources, StoredResources)


@pytest.fixture
def published(tmp_path: Path) -> Path:
    folder = tmp_path / "published"
    folder.mkdir()
    return _publish(folder, 3, name="EAP v3")


@pytest.fixture
def cached(data_dir: Path, published: Path) -> Path:
    first = _open(data_dir, published)
    assert not _from_cache(first) and _names(first) == {"EAP v3"}
    path = data_dir / cache.CACHE_NAME
    assert path.is_file()
    return path


def test_an_unchanged_bundle_opens_from_the_cache(
    cached: Path, data_dir: Path, published: Path
) -> None:
    built = _open(data_dir, published)  # rebuilt below for comparison, without a cache
    fresh = Directory.open(data_dir, pinned_keys=PINNED, bundle_path=published, now=NOW)
    assert _from_cache(built) and not _from_cache(fresh)
    assert [r.id for r in built.resources] == [r.id for r in fresh.resources]
    assert list(built.resources) == list(fresh.resources)  # every fact, every claim
    assert built.bundle_info == fresh.bundle_info and built.warnings == []
    for need in Need:
        assert built.for_need(need) == fresh.for_need(need)
    assert built.search("counsel") == fresh.search("counsel")
    for typed in ("suicidal", "colleague", "alcohol"):  # crisis lines / 988 first, cached too
        assert built.search(typed) == fresh.search(typed), typed
        assert built.find(typed, limit=3) == fresh.find(typed, limit=3), typed
    eap = next(r for r in fresh.resources if r.origin == "organization")
    assert built.get(eap.id) == eap
    assert built.crisis_contacts() == fresh.crisis_contacts()
    # Without policy naming the bundle, the stored copy leads to the same cache.
    assert _from_cache(_open(data_dir, None))


def test_a_changed_bundle_invalidates_the_cache(
    cached: Path, data_dir: Path, published: Path
) -> None:
    _publish(published.parent, 4, name="EAP v4")
    newer = _open(data_dir, published)
    assert not _from_cache(newer) and _names(newer) == {"EAP v4"}
    again = _open(data_dir, published)
    assert _from_cache(again) and _names(again) == {"EAP v4"}


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "append"])
def test_a_tampered_or_truncated_cache_is_not_trusted_and_is_rebuilt(
    cached: Path, data_dir: Path, published: Path, damage: str
) -> None:
    raw = bytearray(cached.read_bytes())
    if damage == "flip":
        raw[_image_bytes(raw) // 2] ^= 0x01
    elif damage == "truncate":
        del raw[len(raw) // 3 :]
    elif damage == "empty":
        raw = bytearray()
    else:
        raw += b"\0" * 4096
    cached.write_bytes(bytes(raw))
    rebuilt = _open(data_dir, published)
    assert not _from_cache(rebuilt) and _names(rebuilt) == {"EAP v3"}
    assert _from_cache(_open(data_dir, published))  # written again, good this time


def test_a_cache_made_without_the_key_is_not_trusted(
    cached: Path, data_dir: Path, published: Path
) -> None:
    # What someone with the data folder could do: a well-formed cache, their own key.
    found = cache.read(cached, KEY)
    assert found is not None
    stamp = found.stamp
    found.close()
    built = Directory.open(data_dir, pinned_keys=PINNED, bundle_path=published, now=NOW)
    db = built.cache_database()
    db.execute("UPDATE fact SET free = 1")
    cache.write(cached, os.urandom(cache.KEY_BYTES), stamp, db)
    assert not _from_cache(_open(data_dir, published))


def _image_bytes(raw: bytes | bytearray) -> int:
    """How long the cache's database image is (its texts follow it)."""
    tail = len(cache.MAGIC) + 32 + 12
    return int.from_bytes(raw[-tail : -tail + 8], "big")


def _text_region(raw: bytes | bytearray) -> tuple[int, int]:
    tail = len(cache.MAGIC) + 32 + 12
    header = int.from_bytes(raw[-tail + 8 : -tail + 12], "big")
    return _image_bytes(raw), len(raw) - tail - header


def test_a_changed_resource_text_is_never_shown_and_the_cache_is_rebuilt(
    cached: Path, data_dir: Path, published: Path
) -> None:
    """The texts are outside the HMAC, each bound by its SHA-256 in the image: a name
    changed in place opens (nothing is read at start) but is refused when read."""
    raw = bytearray(cached.read_bytes())
    start, end = _text_region(raw)
    at = raw.index(b'"EAP v3"', start, end)
    raw[at + 5] = ord("9")  # "EAP v9": the same length, so every offset still holds
    cached.write_bytes(bytes(raw))
    opened = _open(data_dir, published)
    assert _from_cache(opened)
    with pytest.raises(stored.Changed):
        _names(opened)
    assert not cached.exists(), "removed, so the next start rebuilds it"
    rebuilt = _open(data_dir, published)
    assert not _from_cache(rebuilt) and _names(rebuilt) == {"EAP v3"}
    assert _from_cache(_open(data_dir, published))


def test_a_shortened_text_section_is_refused_at_start(
    cached: Path, data_dir: Path, published: Path
) -> None:
    raw = bytearray(cached.read_bytes())
    start, _end = _text_region(raw)
    del raw[start + 10 : start + 20]  # the sizes and HMAC still hold; the header's count not
    cached.write_bytes(bytes(raw))
    assert not _from_cache(_open(data_dir, published))


def test_a_cache_from_another_bundle_is_not_used(
    cached: Path, data_dir: Path, tmp_path: Path
) -> None:
    other_dir = tmp_path / "other-data"
    other_dir.mkdir()
    other_bundle = tmp_path / "other"
    other_bundle.mkdir()
    path = _publish(other_bundle, 7, name="Other EAP")
    assert _names(_open(other_dir, path, key=None)) == {"Other EAP"}
    shutil.copy(cached, other_dir / cache.CACHE_NAME)  # authentic, but for "EAP v3"
    opened = _open(other_dir, path)
    assert not _from_cache(opened) and _names(opened) == {"Other EAP"}


def test_a_cache_whose_key_is_no_longer_pinned_is_not_used(
    cached: Path, data_dir: Path, published: Path
) -> None:
    from crypto.signing import SecretKey

    other = (SecretKey.generate().public_key.to_base64(),)
    opened = Directory.open(
        data_dir, pinned_keys=other, bundle_path=published, now=NOW, cache_key=KEY
    )
    assert _names(opened) == set() and opened.refusal is not None


def test_a_cache_below_the_minimum_version_is_not_used(
    cached: Path, data_dir: Path, published: Path
) -> None:
    opened = Directory.open(
        data_dir, pinned_keys=PINNED, bundle_path=published, now=NOW, cache_key=KEY,
        minimum_version=4,
    )  # fmt: skip
    assert _names(opened) == set() and opened.refusal is not None


def test_without_a_key_no_cache_is_written(data_dir: Path, published: Path) -> None:
    _open(data_dir, published, key=None)
    assert not (data_dir / cache.CACHE_NAME).exists()


def test_the_key_is_made_once_and_kept_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "directory-cache.key"
    key = cache.load_key(path)
    assert key is not None and len(key) == cache.KEY_BYTES
    assert cache.load_key(path) == key
    assert path.stat().st_mode & 0o077 == 0
    path.write_bytes(b"short")  # damaged: a new key, so every old cache is ignored
    assert cache.load_key(path) not in (None, key)


def test_progress_is_reported_while_a_bundle_is_read(data_dir: Path, published: Path) -> None:
    seen: list[tuple[int, int]] = []
    Directory.open(
        data_dir, pinned_keys=PINNED, bundle_path=published, now=NOW, cache_key=KEY,
        progress=lambda done, total: seen.append((done, total)),
    )  # fmt: skip
    assert seen and seen[-1] == (1, 1)


def test_data_changed_behind_the_same_signature_is_refused_and_the_cache_kept(
    cached: Path, data_dir: Path, published: Path
) -> None:
    raw = bytearray(published.read_bytes())
    raw[raw.index(b"EAP v3") + 4] = ord("9")
    published.write_bytes(bytes(raw))
    opened = _open(data_dir, published)
    assert _from_cache(opened) and _names(opened) == {"EAP v3"}
    assert opened.refusal is not None and "signature" in opened.warnings[-1]


def test_a_newer_bundle_is_read_once_and_the_stored_one_not_at_all(
    data_dir: Path, published: Path
) -> None:
    from referral_directory import hsds
    from tests.referral_directory.test_bundle import _eap

    _open(data_dir, published, key=None)  # v3 stored; no cache to help
    two = hsds.read_json(_eap("EAP v4")).services + hsds.read_json(_eap("Peer line")).services
    _publish(published.parent, 4, data=hsds.dumps(hsds.page(list(two))).encode())
    totals: set[int] = set()
    newer = Directory.open(
        data_dir, pinned_keys=PINNED, bundle_path=published, now=NOW,
        progress=lambda _done, total: totals.add(total),
    )  # fmt: skip
    assert _names(newer) == {"EAP v4", "Peer line"}
    assert totals == {2}, "only the offered bundle's two services were read"


def test_a_file_planted_at_the_temporary_name_is_never_written_through(
    data_dir: Path, published: Path, tmp_path: Path
) -> None:
    """Someone with the data folder links the next temporary name elsewhere: the cache is
    not written through the link (and the directory still opens, from the bundle)."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"")  # SQLite would fill an empty file it is pointed at
    tmp = data_dir / f".{cache.CACHE_NAME}.tmp-{os.getpid()}"
    directory = _open(data_dir, published)
    assert _names(directory) == {"EAP v3"}
    (data_dir / cache.CACHE_NAME).unlink()
    tmp.symlink_to(elsewhere)
    original_unlink = Path.unlink

    def keep_the_plant(self: Path, missing_ok: bool = False) -> None:
        if self != tmp:  # the writer's own clean-up before it starts would remove it
            original_unlink(self, missing_ok=missing_ok)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "unlink", keep_the_plant)
        again = _open(data_dir, published)
    assert _names(again) == {"EAP v3"}
    assert elsewhere.read_bytes() == b""
    assert not (data_dir / cache.CACHE_NAME).exists()


def test_a_cache_is_owner_only(cached: Path) -> None:
    assert cached.stat().st_mode & 0o777 == 0o600


def test_a_key_others_can_read_or_a_link_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "cache.key"
    made = cache.load_key(path)
    assert made is not None and cache.load_key(path) == made
    path.chmod(0o644)
    assert cache.load_key(path) is None  # someone else may know it
    path.chmod(0o600)
    link = tmp_path / "link.key"
    link.symlink_to(path)
    assert cache.load_key(link) is None  # not followed


def test_a_cache_built_by_another_version_of_confide_is_not_used(
    cached: Path, data_dir: Path, published: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "_code_version", lambda: "999.0")
    assert not _from_cache(_open(data_dir, published))


def test_the_lists_order_kept_in_the_cache_follows_a_changed_bundle(
    data_dir: Path, published: Path
) -> None:
    """With nothing typed and a filter on, a few matches are sorted by each one's place in
    the list, kept in the cache: a renamed service must move to its new place."""
    free = Filters(free_only=True, modalities=frozenset({"call"}))

    def names(directory: Directory) -> list[str]:
        return [r.name for r in directory.find("", free, limit=50).resources]

    _publish(published.parent, 4, name="Zz last EAP")
    _open(data_dir, published)
    assert names(_open(data_dir, published))[-1] == "Zz last EAP"
    _publish(published.parent, 5, name="Aa first EAP")
    _open(data_dir, published)  # rebuilds the cache
    again = _open(data_dir, published)
    fresh = Directory.open(data_dir, pinned_keys=PINNED, bundle_path=published, now=NOW)
    assert _from_cache(again) and not _from_cache(fresh)
    assert names(again) == names(fresh) and names(again)[-1] != "Aa first EAP"
    assert "Aa first EAP" in names(again)


def _policy_eap(name: str) -> Resource:
    return Resource(id="organization-eap", name=name, organization=name, origin="organization",
                    description="Your organization's Employee Assistance Program (EAP).")


def test_the_eap_policy_gives_is_cached_with_the_bundle_and_a_changed_one_rebuilds(
    data_dir: Path, published: Path
) -> None:
    def opened(eap: Resource) -> Directory:
        return Directory.open(data_dir, pinned_keys=PINNED, bundle_path=published, now=NOW,
                              cache_key=KEY, entries=(eap,))

    first = opened(_policy_eap("Staff EAP"))
    assert not _from_cache(first) and _names(first) == {"Staff EAP", "EAP v3"}
    again = opened(_policy_eap("Staff EAP"))
    assert _from_cache(again) and _names(again) == {"Staff EAP", "EAP v3"}
    assert again.search("EAP")[0].name == "Staff EAP"
    changed = opened(_policy_eap("New EAP line"))
    assert not _from_cache(changed) and _names(changed) == {"New EAP line", "EAP v3"}
    assert not _from_cache(_open(data_dir, published))  # and none at all: rebuilt again
