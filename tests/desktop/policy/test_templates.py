"""The ADMX/ADML pair and the mobileconfig: well-formed, consistent, covering every setting."""

from __future__ import annotations

import plistlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.policy import schema, templates
from desktop.policy.sources_macos import BUNDLE_ID

NS = {"gp": templates.GP_NAMESPACE}


def parse(text: str) -> ET.Element:
    return ET.fromstring(text)  # noqa: S314 (our own generated XML)


def policies() -> dict[str, ET.Element]:
    root = parse(templates.admx())
    return {p.get("name", ""): p for p in root.iterfind("gp:policies/gp:policy", NS)}


def test_every_setting_has_a_locked_and_a_recommended_policy() -> None:
    found = policies()
    for name in schema.setting_names():
        assert found[name].get("key") == r"Software\Policies\Confide"
        assert found[name].find("gp:parentCategory", NS).get("ref") == "Confide"  # type: ignore[union-attr]
        assert found[f"{name}_recommended"].get("key") == r"Software\Policies\Confide\Recommended"
    assert len(found) == 2 * len(schema.setting_names())


def test_each_kind_of_setting_has_the_right_element() -> None:
    found = policies()
    for setting in schema.settings():
        policy = found[setting.name]
        if setting.kind == "boolean":
            assert policy.get("valueName") == setting.name
            enabled = policy.find("gp:enabledValue/gp:decimal", NS)
            disabled = policy.find("gp:disabledValue/gp:decimal", NS)
            assert enabled is not None and enabled.get("value") == "1"
            assert disabled is not None and disabled.get("value") == "0"
            assert policy.find("gp:elements", NS) is None
        elif setting.kind == "integer":
            element = policy.find("gp:elements/gp:decimal", NS)
            assert element is not None and element.get("valueName") == setting.name
            assert (element.get("minValue"), element.get("maxValue")) == (
                str(setting.minimum),
                str(setting.maximum),
            )
        else:
            element = policy.find("gp:elements/gp:text", NS)
            assert element is not None and element.get("valueName") == setting.name, setting


def test_every_string_and_presentation_the_admx_uses_is_in_the_adml() -> None:
    admx = templates.admx()
    adml = parse(templates.adml())
    strings = {s.get("id"): s.text for s in adml.iterfind(".//gp:stringTable/gp:string", NS)}
    presentations = {p.get("id"): p for p in adml.iterfind(".//gp:presentation", NS)}
    assert set(re.findall(r"\$\(string\.(\w+)\)", admx)) <= set(strings)
    assert set(re.findall(r"\$\(presentation\.(\w+)\)", admx)) == set(presentations)
    for name, policy in policies().items():
        ids = {e.get("id") for e in policy.iterfind("gp:elements/*", NS)}
        if ids:
            refs = {c.get("refId") for c in presentations[name]}
            assert refs == ids, name
    assert "JSON" in (strings["eap_Explain"] or "")
    assert "people can change" in (strings["Confide_Recommended"] or "")


def test_the_mobileconfig_forces_every_setting_with_valid_values() -> None:
    raw = templates.mobileconfig()
    parse(raw.decode("utf-8"))
    profile = plistlib.loads(raw)
    assert profile["PayloadType"] == "Configuration"
    [payload] = profile["PayloadContent"]
    assert payload["PayloadType"] == "com.apple.ManagedClient.preferences"
    [forced] = payload["PayloadContent"][BUNDLE_ID]["Forced"]
    settings = forced["mcx_preference_settings"]
    assert set(settings) == set(schema.setting_names())
    assert schema.validate(settings) == []
    assert payload["PayloadUUID"] != profile["PayloadUUID"]


def test_templates_are_written_and_the_same_every_time(tmp_path: Path) -> None:
    first = templates.write_templates(tmp_path / "a")
    second = templates.write_templates(tmp_path / "b")
    assert [p.relative_to(tmp_path / "a").as_posix() for p in first] == [
        "confide.admx",
        "en-US/confide.adml",
        "confide.mobileconfig",
    ]
    for one, two in zip(first, second, strict=True):
        assert one.read_bytes() == two.read_bytes()
        parse(one.read_text(encoding="utf-8"))
