"""Organization bundles: accepted only when signed, newer and current; otherwise kept as was."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from crypto.signing import SecretKey
from referral_directory import bundle as bundles
from referral_directory import hsds
from referral_directory.directory import Directory
from referral_directory.errors import BundleRefused, RefusalReason
from referral_directory.model import Claim, Phone, Resource
from referral_directory.service_record import to_service

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
KEY = SecretKey.generate()
PINNED = (KEY.public_key.to_base64(),)


EAP_CLAIMS = (
    Claim(
        "employer_told",
        "never",
        "The EAP's own privacy notice says your manager is not told.",
        "https://eap.example.org/privacy",
        date(2026, 11, 1),
        confirmed=True,
        method="read by the wellness office",
    ),
    Claim(
        "records_kept",
        "A counseling record is kept by the EAP, not in your personnel file.",
        "",
        "https://intranet.example.org/eap-faq",
        date(2026, 10, 15),
        confirmed=False,
    ),
)


def _eap(name: str = "Example Health EAP") -> bytes:
    resource = Resource(
        id=str(uuid.uuid5(uuid.NAMESPACE_URL, name)),
        name=name,
        description="Confidential counseling for staff.",
        organization="Example Health",
        phones=(Phone("+1-800-555-0100", "24/7 counselor line", "voice"),),
        modalities=frozenset({"call"}),
        cost="free",
        employer_told="never",
        licensing_exposure="depends_on_state_question",
        creates_treatment_record=True,
        source_url="https://eap.example.org",
        checked=date(2026, 11, 1),
        what_happens="A counselor answers.",
        claims=EAP_CLAIMS,
    )
    return hsds.dumps(hsds.page([to_service(resource)])).encode()


def _publish(
    folder: Path,
    version: int,
    *,
    data: bytes | None = None,
    key: SecretKey = KEY,
    issued: date = date(2026, 11, 1),
    expires: date = date(2027, 5, 1),
    name: str = "Example Health EAP",
) -> Path:
    path = folder / "directory.bundle"
    payload = data if data is not None else _eap(name)
    path.write_bytes(payload)
    signature = bundles.sign(payload, key, version, issued, expires)
    path.with_name(path.name + ".minisig").write_text(signature)
    return path


def _names(directory: Directory) -> set[str]:
    return {r.name for r in directory.resources if r.origin == "organization"}


@pytest.fixture
def accepted(data_dir: Path, tmp_path: Path) -> Directory:
    path = _publish(tmp_path, 3, name="EAP v3")
    directory = Directory.open(data_dir, pinned_keys=PINNED, bundle_path=path, now=NOW)
    assert _names(directory) == {"EAP v3"} and directory.warnings == []
    assert directory.bundle_info is not None and directory.bundle_info.version == 3
    return directory


def test_good_bundle_is_accepted_stored_and_reopened(accepted: Directory, data_dir: Path) -> None:
    assert (data_dir / bundles.STORED_NAME).is_file()
    again = Directory.open(data_dir, pinned_keys=PINNED, now=NOW)
    assert _names(again) == {"EAP v3"}
    eap = next(r for r in again.resources if r.origin == "organization")
    assert eap.employer_told == "never" and eap.phones[0].number == "+1-800-555-0100"
    # Its claims keep their own sources, dates and status through signing and storing.
    assert eap.claims == EAP_CLAIMS
    # The national directory is always there too.
    assert again.crisis_contacts()[0].name == "988 Suicide & Crisis Lifeline"


def _reason(directory: Directory) -> RefusalReason:
    assert directory.refusal is not None
    return directory.refusal.reason


def _refused(data_dir: Path, path: Path) -> Directory:
    directory = Directory.open(data_dir, pinned_keys=PINNED, bundle_path=path, now=NOW)
    assert _names(directory) == {"EAP v3"}, "the old directory must stay"
    assert directory.refusal is not None
    assert directory.warnings and "kept" in directory.warnings[-1]
    return directory


def test_tampered_bundle_one_byte(accepted: Directory, data_dir: Path, tmp_path: Path) -> None:
    path = _publish(tmp_path, 4, name="EAP v4")
    raw = bytearray(path.read_bytes())
    raw[raw.index(b"EAP v4") + 4] = ord("5")
    path.write_bytes(bytes(raw))
    assert _reason(_refused(data_dir, path)) is RefusalReason.BAD_SIGNATURE


def test_wrong_key(accepted: Directory, data_dir: Path, tmp_path: Path) -> None:
    path = _publish(tmp_path, 4, key=SecretKey.generate())
    assert _reason(_refused(data_dir, path)) is RefusalReason.UNTRUSTED_KEY


def test_older_and_same_version(accepted: Directory, data_dir: Path, tmp_path: Path) -> None:
    path = _publish(tmp_path, 2, name="EAP v2")
    refused = _refused(data_dir, path)
    assert _reason(refused) is RefusalReason.NOT_NEWER
    path = _publish(tmp_path, 3, name="EAP v3 replayed differently")
    assert _reason(_refused(data_dir, path)) is RefusalReason.NOT_NEWER


def test_expired(accepted: Directory, data_dir: Path, tmp_path: Path) -> None:
    path = _publish(tmp_path, 4, issued=date(2026, 1, 1), expires=date(2026, 11, 30))
    refused = _refused(data_dir, path)
    assert _reason(refused) is RefusalReason.EXPIRED
    assert "2026-11-30" in refused.warnings[-1]


def test_issued_in_the_future(accepted: Directory, data_dir: Path, tmp_path: Path) -> None:
    path = _publish(tmp_path, 4, issued=date(2027, 1, 1), expires=date(2027, 6, 1))
    assert _reason(_refused(data_dir, path)) is RefusalReason.NOT_YET_VALID


@pytest.mark.parametrize("cut", ["data", "signature", "missing-signature"])
def test_truncated(accepted: Directory, data_dir: Path, tmp_path: Path, cut: str) -> None:
    path = _publish(tmp_path, 4)
    signature = path.with_name(path.name + ".minisig")
    if cut == "data":
        path.write_bytes(path.read_bytes()[:100])
    elif cut == "signature":
        signature.write_text(signature.read_text()[:80])
    else:
        signature.unlink()
    refused = _refused(data_dir, path)
    assert _reason(refused) in (
        RefusalReason.BAD_SIGNATURE,
        RefusalReason.UNREADABLE,
    )


def test_validly_signed_bad_hsds_is_refused(
    accepted: Directory, data_dir: Path, tmp_path: Path
) -> None:
    data = json.dumps({"contents": [{"id": "x", "name": "no status"}]}).encode()
    path = _publish(tmp_path, 4, data=data)
    assert _reason(_refused(data_dir, path)) is RefusalReason.BAD_DATA


def test_newer_bundle_replaces(accepted: Directory, data_dir: Path, tmp_path: Path) -> None:
    path = _publish(tmp_path, 4, name="EAP v4")
    directory = Directory.open(data_dir, pinned_keys=PINNED, bundle_path=path, now=NOW)
    assert _names(directory) == {"EAP v4"} and directory.refusal is None
    # Starting again with the same bundle in place says nothing.
    again = Directory.open(data_dir, pinned_keys=PINNED, bundle_path=path, now=NOW)
    assert again.warnings == [] and _names(again) == {"EAP v4"}


def test_expired_bundle_in_use_stays_with_a_warning(accepted: Directory, data_dir: Path) -> None:
    later = datetime(2027, 6, 1, tzinfo=UTC)
    directory = Directory.open(data_dir, pinned_keys=PINNED, now=later)
    assert _names(directory) == {"EAP v3"}
    assert directory.warnings == ["Organization entries may be out of date (expired 2027-05-01)."]
    assert directory.crisis_contacts()


def test_no_pinned_key_means_no_organization_entries(data_dir: Path, tmp_path: Path) -> None:
    path = _publish(tmp_path, 1)
    directory = Directory.open(data_dir, pinned_keys=(), bundle_path=path, now=NOW)
    assert _names(directory) == set()
    assert directory.refusal is not None
    assert directory.refusal.reason is RefusalReason.NO_PINNED_KEY
    assert len(directory.crisis_contacts()) == 3


def test_damaged_store_keeps_national(accepted: Directory, data_dir: Path) -> None:
    stored = data_dir / bundles.STORED_NAME
    stored.write_bytes(stored.read_bytes()[:-40])
    directory = Directory.open(data_dir, pinned_keys=PINNED, now=NOW)
    assert _names(directory) == set() and directory.warnings
    assert len(directory.crisis_contacts()) == 3


def test_trusted_comment_is_parsed_strictly() -> None:
    assert bundles.parse_trusted_comment("version=4\tissued=2026-11-01\texpires=2027-01-01") == (
        4,
        date(2026, 11, 1),
        date(2027, 1, 1),
    )
    for bad in (
        "",
        "version=x\tissued=2026-11-01\texpires=2027-01-01",
        "version=4\tissued=2026-11-01",
        "version=0\tissued=2026-11-01\texpires=2027-01-01",
        "version=4\tissued=2027-11-01\texpires=2027-01-01",
    ):
        with pytest.raises(BundleRefused):
            bundles.parse_trusted_comment(bad)
