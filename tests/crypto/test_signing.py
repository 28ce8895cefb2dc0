"""minisign-format Ed25519: our files against the real `minisign` tool, and tampering."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from crypto.signing import PublicKey, SecretKey, Signature, SignatureError, verify

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(
    MINISIGN is None, reason="minisign is not installed (installer/debian-deps --test installs it)"
)
FAST = {"opslimit": 1 << 20, "memlimit": 1 << 24}  # small scrypt cost: tests stay fast


def test_sign_and_verify_with_trusted_comment() -> None:
    key = SecretKey.generate()
    signature = key.sign(b"data", "version=2")
    parsed = Signature.parse(signature.file_text())
    assert parsed == signature
    assert verify(b"data", parsed, [key.public_key]) == key.public_key
    assert parsed.algorithm == b"ED"  # prehashed, minisign's default


@pytest.mark.parametrize("where", ["data", "comment", "signature", "global"])
def test_any_change_fails(where: str) -> None:
    key = SecretKey.generate()
    signature = key.sign(b"data", "version=2")
    data = b"data"
    if where == "data":
        data = b"datA"
    elif where == "comment":
        signature = Signature(
            signature.algorithm,
            signature.key_id,
            signature.signature,
            signature.untrusted_comment,
            "version=3",
            signature.global_signature,
        )
    elif where == "signature":
        signature = Signature(
            signature.algorithm,
            signature.key_id,
            bytes([signature.signature[0] ^ 1]) + signature.signature[1:],
            signature.untrusted_comment,
            signature.trusted_comment,
            signature.global_signature,
        )
    else:
        signature = Signature(
            signature.algorithm,
            signature.key_id,
            signature.signature,
            signature.untrusted_comment,
            signature.trusted_comment,
            bytes(64),
        )
    with pytest.raises(SignatureError) as caught:
        verify(data, signature, [key.public_key])
    assert caught.value.reason == "invalid"


def test_another_key_is_named_wrong_key() -> None:
    signature = SecretKey.generate().sign(b"data", "c")
    with pytest.raises(SignatureError) as caught:
        verify(b"data", signature, [SecretKey.generate().public_key])
    assert caught.value.reason == "wrong_key"


def test_same_key_id_other_key_is_invalid() -> None:
    key = SecretKey.generate()
    impostor = SecretKey(key.key_id, SecretKey.generate().seed)
    with pytest.raises(SignatureError) as caught:
        verify(b"x", impostor.sign(b"x", "c"), [key.public_key])
    assert caught.value.reason == "invalid"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "untrusted comment: x\n",
        "garbage\nRWQ\n",
        "untrusted comment: x\nnot base64!\ntrusted comment: c\nAA==\n",
    ],
)
def test_malformed_signature_files(text: str) -> None:
    with pytest.raises(SignatureError) as caught:
        Signature.parse(text)
    assert caught.value.reason == "malformed"


def test_public_key_round_trip_and_policy_shape() -> None:
    key = SecretKey.generate().public_key
    line = key.to_base64()
    assert line.startswith("RW") and len(line) == 56
    assert PublicKey.from_base64(line) == key
    assert PublicKey.from_file_text(key.file_text()) == key


def test_secret_key_encrypted_and_unencrypted() -> None:
    key = SecretKey.generate()
    assert SecretKey.from_file_text(key.file_text(None), None) == key
    text = key.file_text("pass phrase", **FAST)
    assert SecretKey.from_file_text(text, "pass phrase") == key
    for wrong in ("wrong", None):
        with pytest.raises(SignatureError) as caught:
            SecretKey.from_file_text(text, wrong)
        assert caught.value.reason == "passphrase"


@needs_minisign
def test_minisign_signs_we_verify(tmp_path: Path) -> None:
    assert MINISIGN is not None
    subprocess.run(
        [MINISIGN, "-G", "-W", "-p", tmp_path / "m.pub", "-s", tmp_path / "m.key"],
        check=True,
        capture_output=True,
    )
    (tmp_path / "f").write_bytes(b"bundle data\n")
    subprocess.run(
        [
            MINISIGN,
            "-S",
            "-s",
            tmp_path / "m.key",
            "-m",
            tmp_path / "f",
            "-t",
            "version=7\tissued=2026-11-01\texpires=2027-11-01",
        ],
        check=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )
    signature = Signature.parse((tmp_path / "f.minisig").read_bytes())
    public = PublicKey.from_file_text((tmp_path / "m.pub").read_bytes())
    assert verify(b"bundle data\n", signature, [public]) == public
    assert signature.trusted_comment == "version=7\tissued=2026-11-01\texpires=2027-11-01"
    # minisign -W writes an unencrypted secret key we can read too.
    assert SecretKey.from_file_text((tmp_path / "m.key").read_bytes(), None).public_key == public


@needs_minisign
def test_we_sign_minisign_verifies(tmp_path: Path) -> None:
    assert MINISIGN is not None
    key = SecretKey.generate()
    (tmp_path / "k.pub").write_text(key.public_key.file_text())
    (tmp_path / "f").write_bytes(b"bundle data\n")
    (tmp_path / "f.minisig").write_text(key.sign(b"bundle data\n", "version=1").file_text())
    done = subprocess.run(
        [MINISIGN, "-V", "-p", tmp_path / "k.pub", "-m", tmp_path / "f"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Trusted comment: version=1" in done.stdout
    (tmp_path / "f").write_bytes(b"bundle dat4\n")
    tampered = subprocess.run(
        [MINISIGN, "-V", "-p", tmp_path / "k.pub", "-m", tmp_path / "f"],
        capture_output=True,
        check=False,
    )
    assert tampered.returncode != 0


@needs_minisign
def test_minisign_uses_our_encrypted_secret_key(tmp_path: Path) -> None:
    assert MINISIGN is not None
    key = SecretKey.generate()
    (tmp_path / "k.key").write_text(key.file_text("pass phrase", **FAST))
    (tmp_path / "k.pub").write_text(key.public_key.file_text())
    (tmp_path / "f").write_bytes(b"x")
    subprocess.run(
        [MINISIGN, "-S", "-s", tmp_path / "k.key", "-m", tmp_path / "f", "-t", "v"],
        input=b"pass phrase\n",
        check=True,
        capture_output=True,
    )
    signature = Signature.parse((tmp_path / "f.minisig").read_bytes())
    assert verify(b"x", signature, [key.public_key]) == key.public_key
