"""Search folders for a canary string, as a thief with the disk would.

Shared by the vault-level privacy tests and the end-to-end canary test through the UI.
Deliberately independent of desktop.selftest's scanner: a test should not trust the code
it checks.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

ENCODINGS = ("utf-8", "utf-16-le")


def find_canary(root_dirs: Iterable[Path], canary: str) -> tuple[int, list[str]]:
    """Every file under `root_dirs` that holds `canary` in UTF-8 or UTF-16-LE.

    Returns:
        (number of files read, one "path (encoding)" line per hit).
    """
    needles = [(enc, canary.encode(enc)) for enc in ENCODINGS]
    checked, hits = 0, []
    for root in root_dirs:
        for path in sorted(root.rglob("*")):
            if not path.is_file() or path.is_symlink():
                continue
            data = path.read_bytes()
            checked += 1
            hits += [f"{path} ({enc})" for enc, needle in needles if needle in data]
    return checked, hits


def assert_no_canary(root_dirs: Iterable[Path], canary: str) -> int:
    """Fail the test if any file under `root_dirs` holds `canary`; returns files checked."""
    roots = list(root_dirs)
    checked, hits = find_canary(roots, canary)
    assert not hits, f"plaintext canary found on disk in {len(hits)} place(s): " + "; ".join(hits)
    return checked
