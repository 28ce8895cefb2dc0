"""After lock, the data key's hex form is nowhere in the process's memory.

A separate process unlocks a vault, reads from it and locks it; this test then reads that
process's whole memory through /proc/PID/mem (Linux; the child is ours, so ptrace rules
allow it) and counts copies of the key's hex text. The needle lives only in this process,
so any copy found is the child's. Keying through a `PRAGMA key = "x'…'"` string left two.
"""

from __future__ import annotations

import binascii
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from crypto.kdf import KdfParams
from crypto.keyfile import KeyFile
from crypto.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import gc, sys
from pathlib import Path
from crypto.vault import Vault
vault = Vault.unlock(Path(sys.argv[1]), "pass phrase")
vault.query("SELECT count(*) FROM sqlite_master")
vault.lock()
del vault
gc.collect()
print("locked", flush=True)
sys.stdin.read()
"""


@contextmanager
def _child(argv: list[str], ready: str) -> Iterator[int]:
    """A child process, its pid once it printed `ready`; ended when the block ends."""
    with subprocess.Popen(argv, cwd=ROOT, text=True, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE) as child:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == ready
        try:
            yield child.pid
        finally:
            child.stdin.close()
            child.wait(timeout=30)


def _count_in_memory(pid: int, needles: dict[str, bytes]) -> dict[str, int]:
    counts = dict.fromkeys(needles, 0)
    proc = Path(f"/proc/{pid}")
    with (proc / "maps").open() as maps, (proc / "mem").open("rb", buffering=0) as mem:
        for line in maps:
            span, perms = line.split()[:2]
            if "r" not in perms:
                continue
            start, end = (int(x, 16) for x in span.split("-"))
            try:
                mem.seek(start)
                chunk = mem.read(end - start)
            except (OSError, ValueError, OverflowError):  # [vvar] and friends refuse reads
                continue
            for name, needle in needles.items():
                counts[name] += chunk.count(needle)
    return counts


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="reads /proc (Linux)")
def test_no_hex_copy_of_the_data_key_survives_lock(tmp_path: Path) -> None:
    made, _code = Vault.create(tmp_path, "pass phrase", kdf_params=KdfParams.minimum())
    made.lock()
    key = KeyFile.load(tmp_path / "vault.key").open_with_passphrase("pass phrase")
    hex_key = binascii.hexlify(key)
    with _child([sys.executable, "-c", CHILD, str(tmp_path)], "locked") as pid:
        counts = _count_in_memory(pid, {"hex": hex_key, "HEX": hex_key.upper()})
    assert counts == {"hex": 0, "HEX": 0}


def test_the_scan_would_see_a_copy(tmp_path: Path) -> None:
    """The scan above can fail: a child holding the hex text is seen."""
    program = ("import sys; k = bytes.fromhex(sys.argv[1]).hex(); print('ready', flush=True);"
               " sys.stdin.read()")
    with _child([sys.executable, "-c", program, "ab" * 32], "ready") as pid:
        counts = _count_in_memory(pid, {"hex": b"ab" * 32})
    assert counts["hex"] >= 1
