"""Hypothesis: whatever the manifest inside a backup says, reading it ends in BackupInvalid.

The age layer is tested elsewhere (a wrong passphrase, a damaged header); here the plain
tar inside is mutated, as someone who knows a backup's passphrase could make it, and fed to
the unpacking step directly (an age encryption per example would make this minutes long).
"""

from __future__ import annotations

import io
import json
import tarfile
import time
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from crypto import backup
from crypto.errors import BackupInvalid

GOOD: dict[str, Any] = {
    "magic": backup.MAGIC, "format": backup.FORMAT, "vault_id": "v-1", "schema_version": 1,
    "data_key": "ab" * 32,
}
HOSTILE_JSON = [
    b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    b'{"magic": NaN}', b"Infinity", b'"\\ud800"', b"\xff\xfe", b"",
]


def _tar(manifest: bytes, database: bytes = b"x" * 64) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:") as tar:
        for name, payload in ((backup.MANIFEST, manifest), (backup.DATABASE, database)):
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            tar.addfile(info, io.BytesIO(payload))
    return out.getvalue()


VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8),
                   st.floats(allow_nan=True, allow_infinity=True), st.lists(st.integers()))


@settings(max_examples=150, deadline=None)
@given(
    manifest=st.one_of(
        st.sampled_from(HOSTILE_JSON),
        st.dictionaries(st.sampled_from(sorted(GOOD)), VALUES).map(
            lambda changes: json.dumps({**GOOD, **changes}).encode()),
        st.binary(max_size=64),
    ),
    cut=st.integers(0, 600),
)
def test_any_manifest_is_read_or_refused_in_bounded_time(manifest: bytes, cut: int) -> None:
    plain = _tar(manifest)
    if cut:
        plain = plain[: len(plain) - cut]
    start = time.perf_counter()
    try:
        content = backup._unpack(plain, newest_schema=10)
    except BackupInvalid:
        pass
    else:
        assert len(content.data_key) == 32 and content.database
    assert time.perf_counter() - start < 2.0


def test_the_good_manifest_reads() -> None:
    content = backup._unpack(_tar(json.dumps(GOOD).encode()), newest_schema=10)
    assert content.vault_id == "v-1" and content.data_key == bytes.fromhex("ab" * 32)
