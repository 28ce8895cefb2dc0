"""What the directory room takes from policy: the bundle's facts and the EAP, not the policy."""

from __future__ import annotations

from pathlib import Path

from desktop.directory.eap import EAP_ID
from desktop.directory.opening import BundleSettings, bundle_settings, open_directory
from desktop.policy.effective import EffectivePolicy


def test_no_bundle_named_is_national_data_only() -> None:
    assert bundle_settings(None) == BundleSettings()
    assert bundle_settings({}) == BundleSettings()
    assert bundle_settings(EffectivePolicy.defaults().directory_bundle) == BundleSettings()


def test_a_named_bundle_carries_its_location_keys_and_minimum() -> None:
    settings = bundle_settings({
        "location": "file:///srv/confide/eap%20bundle.tar",
        "pinned_public_keys": ["RWQkey1", "RWQkey2"],
        "minimum_version": 7,
    })
    assert settings == BundleSettings(
        location=Path("/srv/confide/eap bundle.tar"),
        pinned_keys=("RWQkey1", "RWQkey2"),
        minimum_version=7,
    )
    assert bundle_settings({"location": "/srv/b.tar"}).location == Path("/srv/b.tar")


def test_national_data_opens_without_a_bundle_or_a_key_file(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    directory = open_directory(data_dir, BundleSettings())
    assert directory.bundle_info is None
    assert directory.refusal is None and len(directory.resources) > 0
    assert not list(tmp_path.glob(".*-directory-cache.key"))  # no key made for nothing


def test_the_eap_policy_names_is_in_the_directory_with_or_without_a_bundle(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    eap = {
        "name": "Example Health EAP",
        "phones": [{"number": "+1-800-555-0100", "label": "24/7 counselor line"}],
        "confidentiality": {"employer_told": "never",
                            "licensing_exposure": "none", "creates_treatment_record": False},
    }
    assert bundle_settings(None, eap=None).entries == ()
    named = bundle_settings(None, eap=eap)
    assert [r.id for r in named.entries] == [EAP_ID]
    assert bundle_settings({"location": "/srv/b.tar"}, eap=eap).entries == named.entries
    directory = open_directory(data_dir, named)
    assert directory.get(EAP_ID).name == "Example Health EAP"
    assert directory.search("EAP")[0].id == EAP_ID
    assert EAP_ID not in {r.id for r in open_directory(data_dir, BundleSettings()).resources}
