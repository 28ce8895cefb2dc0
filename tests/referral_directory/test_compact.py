"""The compact bundle format (terms once, by id) and the bundle size limit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from referral_directory import bundle as bundles
from referral_directory import compact, hsds
from referral_directory.directory import Directory, national_resources
from referral_directory.errors import BundleRefused, HsdsError, RefusalReason
from referral_directory.notices import refusal_words
from referral_directory.service_record import to_service
from tests.referral_directory.test_bundle import NOW, PINNED, _eap, _names, _publish


def _services() -> list[dict[str, object]]:
    national = [to_service(r) for r in national_resources()]
    return [*national, *hsds.read_json(_eap()).services]


def test_compact_round_trip_gives_back_every_record() -> None:
    services = _services()
    data = compact.dumps(services)
    assert compact.is_compact(data)
    read = hsds.read_json(data, "compact.bundle", kind="service")
    assert list(read.services) == services  # every term back in every attribute
    assert [r.id for r in read.resources] == [s["id"] for s in services]
    # ... and the bundle is far smaller than the plain page.
    plain = hsds.dumps(hsds.page(services)).encode()
    assert len(data) < len(plain) / 2


def test_each_compact_line_is_valid_hsds_and_terms_are_listed_once(
    official_service_schema: Draft202012Validator,
) -> None:
    lines = compact.dumps(_services()).decode().splitlines()
    header = json.loads(lines[0])
    assert header[compact.ENVELOPE_KEY] == {"format": 2, "hsds_version": "3.0"}
    term_ids = [t["id"] for t in header["taxonomy_terms"]]
    assert len(term_ids) == len(set(term_ids))
    for line in lines[1:]:
        service = json.loads(line)
        assert '"taxonomy_term":' not in line  # named by taxonomy_term_id alone
        assert not list(official_service_schema.iter_errors(service))


def test_a_compact_bundle_is_signed_accepted_and_reopened(data_dir: Path, tmp_path: Path) -> None:
    data = compact.dumps(hsds.read_json(_eap("Compact EAP")).services)
    path = _publish(tmp_path, 2, data=data)
    opened = Directory.open(data_dir, pinned_keys=PINNED, bundle_path=path, now=NOW)
    assert _names(opened) == {"Compact EAP"} and opened.warnings == []
    assert _names(Directory.open(data_dir, pinned_keys=PINNED, now=NOW)) == {"Compact EAP"}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"confide_bundle": {"format": 9}}\n', "must be 2"),
        ('{"confide_bundle": {"format": 2}, "taxonomy_terms": [{}]}\n', "is required"),
        ('{"confide_bundle": {"format": 2}}\n{"id": \n', "not valid JSON"),
    ],
)
def test_a_bad_compact_bundle_names_its_problem(text: str, problem: str) -> None:
    with pytest.raises(HsdsError, match=problem):
        hsds.read_json(text, "x.bundle", kind="service")


def test_the_size_limit_is_one_line_that_names_it(tmp_path: Path) -> None:
    path = tmp_path / "directory.bundle"
    with path.open("wb") as out:  # sparse: no disk space is used
        out.truncate(bundles.MAX_BUNDLE_BYTES + 1)
    path.with_name(path.name + ".minisig").write_text("untrusted comment: x\n")
    with pytest.raises(BundleRefused) as refused:
        bundles.read_files(path)
    assert refused.value.reason is RefusalReason.TOO_LARGE
    words = refusal_words(refused.value)
    assert "\n" not in words
    assert words == (
        "The organization's directory update was not used: it is too large (directory.bundle "
        "is 268,435,457 bytes, over the limit of 256 MiB). The entries you had are kept."
    )
    assert "256 MiB" in (Path(__file__).parents[2] / "README.md").read_text()
