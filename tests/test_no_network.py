"""Confide opens no network socket: the self-test and the end-to-end suite, run under strace.

`strace -f -e trace=socket,connect` records every socket any process of the run creates or
connects, children included. A socket of any family other than the two local ones fails
the test, so AF_INET, AF_INET6 and AF_PACKET (and anything more exotic) cannot slip by.

Allowed, and why:
    AF_UNIX     local sockets inside this machine: the D-Bus session bus (the keyring's
                Secret Service, Qt's D-Bus tray and theme queries) and X11/Wayland.
    AF_NETLINK  talks to the kernel only (glibc's interface and address lookups, udev
                events); no packet can leave the machine through it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ALLOWED_FAMILIES = frozenset({"AF_UNIX", "AF_LOCAL", "AF_NETLINK"})
_CALL = re.compile(r"\b(socket|connect)\(")
_FAMILY = re.compile(r"\b(?:sa_family=)?((?:AF|PF)_[A-Z0-9]+)\b")


def socket_families(trace: str) -> tuple[Counter[str], list[str]]:
    """Families seen in an strace log, and the lines that used a family not allowed.

    Returns:
        (count per family, offending lines).
    """
    seen: Counter[str] = Counter()
    bad = []
    for line in trace.splitlines():
        if not _CALL.search(line):
            continue
        for raw in _FAMILY.findall(line):
            family = raw.replace("PF_", "AF_", 1)
            seen[family] += 1
            if family not in ALLOWED_FAMILIES:
                bad.append(line.strip())
    return seen, bad


def _strace() -> str:
    path = shutil.which("strace")
    if path is None:
        pytest.fail("strace is not installed, so the no-network proof cannot run: "
                    "install it with `installer/debian-deps --test` (or `apt-get install strace`)")
    return path


def _run_traced(argv: list[str], trace: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        # --seccomp-bpf: only the traced calls stop the process, so the traced end-to-end
        # suite runs near full speed (about 105 s without it on two cores).
        [_strace(), "-f", "--seccomp-bpf", "-e", "trace=socket,connect", "-o", str(trace),
         "--", *argv],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )


def _assert_no_network(trace: Path) -> None:
    seen, bad = socket_families(trace.read_text(encoding="utf-8", errors="replace"))
    summary = ", ".join(f"{family} x{n}" for family, n in sorted(seen.items())) or "none"
    assert not bad, (
        f"network sockets opened (families seen: {summary}; only "
        f"{', '.join(sorted(ALLOWED_FAMILIES))} are allowed):\n" + "\n".join(bad[:20])
    )


def test_parser_flags_network_families() -> None:
    trace = "\n".join([
        '101  socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3',
        '101  connect(3, {sa_family=AF_UNIX, sun_path="/run/user/0/bus"}, 110) = 0',
        '102  socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 4',
        '103  socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 5',
        '103  connect(5, {sa_family=AF_INET6, sin6_port=htons(53)}, 28) = 0',
        '104  socket(PF_PACKET, SOCK_RAW, 768 <unfinished ...>',
        '105  +++ exited with 0 +++',
    ])
    seen, bad = socket_families(trace)
    assert seen == Counter({"AF_UNIX": 2, "AF_NETLINK": 1, "AF_INET": 1, "AF_INET6": 1,
                            "AF_PACKET": 1})
    assert [line.split()[0] for line in bad] == ["103", "103", "104"]


def test_parser_passes_a_local_only_trace() -> None:
    seen, bad = socket_families('7  socket(AF_UNIX, SOCK_STREAM, 0) = 3\n7  +++ exited +++\n')
    assert bad == [] and seen == Counter({"AF_UNIX": 1})


def test_a_real_network_socket_is_caught(tmp_path: Path) -> None:
    trace = tmp_path / "trace.txt"
    # Creating the socket is enough to be caught; it is never connected, so nothing is sent.
    done = _run_traced([sys.executable, "-c",
                        "import socket; socket.socket(socket.AF_INET6).close()"], trace)
    assert done.returncode == 0, done.stderr
    with pytest.raises(AssertionError, match="AF_INET6"):
        _assert_no_network(trace)


def test_self_test_opens_no_network_socket(tmp_path: Path) -> None:
    confide = Path(sys.executable).with_name("confide")
    assert confide.exists(), "run `pip install -e .` so the confide script exists"
    trace = tmp_path / "self-test.trace"
    done = _run_traced([str(confide), "--self-test"], trace)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout + done.stderr
    _assert_no_network(trace)


# serial: it runs the end-to-end suite again in a process of its own, a third busy process
# beside CI's two workers, under which their timed waits ran out.
@pytest.mark.slow
@pytest.mark.serial
def test_end_to_end_suite_opens_no_network_socket(tmp_path: Path) -> None:
    trace = tmp_path / "e2e.trace"
    done = _run_traced([sys.executable, "-m", "pytest", "tests/e2e", "-v",
                        "-p", "no:cacheprovider"], trace)
    # Exit 5 is "no tests collected": the suite is empty until the first e2e test lands.
    # On a crash, the last tests named and the top of every thread's stack say where.
    fatal = done.stderr.find("Fatal Python error")
    assert done.returncode in (0, 5), (
        done.stdout[-1500:] + (done.stderr[fatal:fatal + 6000] if fatal >= 0
                               else done.stderr[-3000:]))
    _assert_no_network(trace)
