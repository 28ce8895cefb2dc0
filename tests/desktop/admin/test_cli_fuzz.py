"""Hypothesis: hostile files given to confide-admin end in one line and a documented exit code.

Each reader reachable from the command line gets byte-level mutations of a valid input plus
the shapes an outside review used (NaN and Infinity, 100,000-deep nesting, lone surrogates,
a cut-off XML plist). Whatever the bytes, the command must return 0, 1 or 2 within a
bounded time, print no traceback and name no Python exception.
"""

from __future__ import annotations

import contextlib
import io
import json
import plistlib
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crypto.kdf import KdfParams
from crypto.signing import SecretKey
from crypto.vault import Vault
from desktop.admin import cli
from desktop.records.peer.model import ContactType, Event, PeerContact, RoleGroup
from desktop.records.peer.report import build_report, count_contacts, months_between
from desktop.records.peer.report_file import to_json
from referral_directory import bundle as bundles

POLICY = json.dumps({
    "max_auto_lock_minutes": 10,
    "quick_unlock_allowed": False,
    "eap": {
        "name": "Example EAP",
        "phones": [{"label": "Counselor line", "number": "+18005550100"}],
        "confidentiality": {"employer_told": "never", "licensing_exposure": "none",
                            "creates_treatment_record": True},
    },
}).encode()
PROFILE = plistlib.dumps({
    "PayloadContent": [{
        "PayloadType": "com.apple.ManagedClient.preferences",
        "PayloadContent": {"org.confide.Confide": {"Forced": [
            {"mcx_preference_settings": {"max_auto_lock_minutes": 10}}]}},
    }],
})
HOSTILE = [
    b"", b"\x00" * 16, b'{"max_auto_lock_minutes": NaN}', b'{"max_auto_lock_minutes": Infinity}',
    b'{"max_auto_lock_minutes": 1e999}', b"[" * 100_000 + b"]" * 100_000,
    b'{"a":' * 50_000 + b"1" + b"}" * 50_000, b'{"\\ud800": "\\udc00"}', b"\xff\xfe{\x00}\x00",
    PROFILE[: len(PROFILE) // 2],  # a cut-off XML plist
]
EXCEPTION_NAME = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b|Traceback")
KEY = SecretKey.generate()
PINNED = KEY.public_key.to_base64()


@st.composite
def _mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    raw = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        at = draw(st.integers(0, len(raw)))
        if kind == "flip" and at < len(raw):
            raw[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del raw[at : at + draw(st.integers(1, 16))]
        elif kind == "insert":
            raw[at:at] = draw(st.sampled_from(
                [b"NaN", b"-Infinity", b"1e999", b'"\\ud800"', b"[[[[", b"<", b"]]>", b"\x00"]))
        else:
            del raw[at:]
    return bytes(raw)


def _mutations(seed: bytes) -> st.SearchStrategy[bytes]:
    return _mutated(seed)


def _run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)
    assert time.monotonic() - started < 5, "a reader took too long"
    return code, out.getvalue() + err.getvalue()


def _assert_clean(code: int, text: str) -> None:
    assert code in (0, 1, 2), text
    assert not EXCEPTION_NAME.search(text), text
    assert all(len(line) < 2_000 for line in text.splitlines())


# print_blob keeps a failing 200 kB input from being printed in full (Hypothesis warns).
FUZZ = settings(max_examples=60, deadline=None, print_blob=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(raw=st.one_of(st.sampled_from(HOSTILE), _mutations(POLICY)))
@example(raw=POLICY)
def test_policy_validate_json(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "policy.json"
    path.write_bytes(raw)
    _assert_clean(*_run(["policy", "validate", str(path)]))


@FUZZ
@given(raw=st.one_of(st.sampled_from(HOSTILE), _mutations(PROFILE)))
@example(raw=PROFILE[: len(PROFILE) // 2])
def test_policy_validate_profile(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "confide.mobileconfig"
    path.write_bytes(raw)
    code, text = _run(["policy", "validate", str(path)])
    _assert_clean(code, text)


def test_a_cut_off_plist_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "confide.mobileconfig"
    path.write_bytes(PROFILE[: len(PROFILE) // 2])
    code, text = _run(["policy", "validate", str(path)])
    assert code == 1
    assert text == f"{path}: $: is not a readable (unsigned) property list\n"


def _bundle_seed() -> bytes:
    national = json.loads((Path(__file__).parents[3] / "resources/directory/national.json")
                          .read_text())
    national["contents"] = national["contents"][:2]
    return json.dumps(national).encode()


BUNDLE = _bundle_seed()


@FUZZ
@given(raw=st.one_of(st.sampled_from(HOSTILE), _mutations(BUNDLE)))
def test_bundle_from_hsds(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "services.json"
    path.write_bytes(raw)
    _assert_clean(*_run(["bundle", "from-hsds", str(path), "--out", str(tmp_path / "out.json")]))


@FUZZ
@given(raw=st.one_of(st.sampled_from(HOSTILE), _mutations(BUNDLE)),
       signature_cut=st.integers(0, 400))
def test_bundle_verify(tmp_path: Path, raw: bytes, signature_cut: int) -> None:
    path = tmp_path / "directory.bundle"
    path.write_bytes(raw)
    signature = bundles.sign(raw, KEY, 3, date(2026, 11, 1), date(2027, 5, 1))
    cut = signature[: len(signature) - signature_cut] if signature_cut else signature
    path.with_name(path.name + ".minisig").write_text(cut)
    _assert_clean(*_run(["bundle", "verify", str(path), "--key", PINNED,
                         "--today", "2026-12-01"]))


@pytest.mark.parametrize("argv", [
    ["bundle", "from-hsds", "/nonexistent/x.json", "--out", "/tmp/never.json"],
    ["bundle", "verify", "/nonexistent/x.bundle", "--key", PINNED],
    ["bundle", "verify", "/nonexistent/x.bundle", "--public-key", "/nonexistent/key.pub"],
    ["policy", "validate", "/nonexistent/policy.json"],
    ["deid", "scan", "/nonexistent/note.txt"],
])
def test_an_unreadable_file_is_exit_2_in_one_line(argv: list[str]) -> None:
    code, text = _run(argv)
    assert code == 2, text
    assert len(text.splitlines()) == 1 and "/nonexistent/" in text
    _assert_clean(code, text)


def test_help_states_the_exit_codes() -> None:
    text = " ".join(cli.build_parser().format_help().split())
    assert "0 ok" in text and "1 refused or problems found" in text
    assert "2 unusable arguments or a file that cannot be read" in text


def _key_file_seed() -> tuple[bytes, bytes]:
    with tempfile.TemporaryDirectory() as folder:
        made, _code = Vault.create(Path(folder), "pass phrase", kdf_params=KdfParams.minimum())
        made.lock()
        return (Path(folder) / "vault.key").read_bytes(), (Path(folder) / "vault.db").read_bytes()


KEY_FILE, VAULT_DB = _key_file_seed()
KEY_HOSTILE = [
    KEY_FILE.replace(b'"iterations": 2', b'"iterations": 1000000000'),
    KEY_FILE.replace(b'"iterations": 2', b'"iterations": Infinity'),
    KEY_FILE.replace(b'"memory_kib": 19456', b'"memory_kib": 1e18'),
]


@FUZZ
@given(raw=st.one_of(st.sampled_from(HOSTILE + KEY_HOSTILE), _mutations(KEY_FILE)),
       unlock=st.booleans())
def test_vault_check(tmp_path: Path, raw: bytes, unlock: bool) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700, exist_ok=True)
    (folder / "vault.key").write_bytes(raw)
    (folder / "vault.key").chmod(0o600)
    (folder / "vault.db").write_bytes(VAULT_DB)
    (folder / "vault.db").chmod(0o600)
    argv = ["vault", "check", "--data-dir", str(folder)]
    if unlock:
        argv.append("--passphrase-stdin")
    with contextlib.ExitStack() as stack:
        if unlock:
            stack.enter_context(_stdin("pass phrase\n"))
        code, text = _run(argv)
    _assert_clean(code, text)


@contextlib.contextmanager
def _stdin(text: str) -> Iterator[None]:
    saved, sys.stdin = sys.stdin, io.StringIO(text)
    try:
        yield
    finally:
        sys.stdin = saved


def _report_seed() -> bytes:
    contacts = [
        PeerContact(date(2025, 1 + k % 3, 3), ContactType.PHONE, RoleGroup.NURSE,
                    frozenset({Event.SURGE}), 20, datetime(2025, 4, 1, tzinfo=UTC))
        for k in range(40)
    ]
    report = build_report(
        count_contacts(contacts), months_between("2025-01", "2025-03"), "Team", date(2025, 4, 2)
    )
    return to_json(report, Ed25519PrivateKey.generate()).encode()


REPORT = _report_seed()


@FUZZ
@given(raw=st.one_of(st.sampled_from(HOSTILE), _mutations(REPORT)))
@example(raw=REPORT)
def test_report_verify_and_merge(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "report.json"
    path.write_bytes(raw)
    _assert_clean(*_run(["report", "verify", str(path)]))
    good = tmp_path / "other.json"
    good.write_bytes(_report_seed())
    _assert_clean(*_run(["report", "merge", str(path), str(good),
                         "--out", str(tmp_path / "merged.json")]))


def test_an_address_urllib_refuses_outright_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    # urlsplit raises ValueError on "https://[::1" (found by test_bundle_from_hsds): the
    # service is refused like any other malformed address.
    path = tmp_path / "services.json"
    path.write_bytes(BUNDLE.replace(b'"https://988lifeline.org/chat"', b'"https://[::1"', 1))
    code, text = _run(["bundle", "from-hsds", str(path), "--out", str(tmp_path / "out.json")])
    _assert_clean(code, text)
    assert code != 0 and "http(s) address" in text
