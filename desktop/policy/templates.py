"""Sample policy templates for IT, generated from the schema so they never drift from it.

- `confide.admx` and `en-US/confide.adml`: Windows Group Policy templates. A category
  "Confide" holds one policy per setting (writing `HKLM\\Software\\Policies\\Confide`, locked)
  and a subcategory "Confide - Recommended" the same policies for `…\\Confide\\Recommended`
  (defaults the person may change), as Chrome's templates do. True/false settings are
  enabled/disabled policies writing REG_DWORD 1/0; whole numbers are decimal elements
  (REG_DWORD) with the schema's bounds; text is a text element (REG_SZ); an object (the
  EAP, the directory bundle, reminder defaults) is a text element holding JSON, which the
  Windows reader parses (see `sources_windows`).
- `confide.mobileconfig`: a sample macOS configuration profile with a
  `com.apple.ManagedClient.preferences` payload for the app's bundle id, forcing each
  setting to the schema's example value (forced values are the managed, locked level).

Element trees build the XML, so it is well formed and escaped whatever the schema says.
UUIDs are derived from the bundle id, so generating twice gives identical files.
"""

from __future__ import annotations

import json
import plistlib
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Final

from desktop.policy import schema
from desktop.policy.sources_macos import BUNDLE_ID, MANAGED_PAYLOAD
from desktop.policy.sources_windows import RECOMMENDED_SUBKEY

GP_NAMESPACE: Final = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
TARGET_NAMESPACE: Final = "Confide.Policies.Confide"
POLICY_KEY: Final = r"Software\Policies\Confide"
JSON_TEXT_MAX: Final = 16000
CATEGORY: Final = "Confide"
RECOMMENDED_CATEGORY: Final = "Confide_Recommended"
SUPPORTED: Final = "SUPPORTED_CONFIDE_0_1"

ADMX_NAME: Final = "confide.admx"
ADML_NAME: Final = "en-US/confide.adml"
MOBILECONFIG_NAME: Final = "confide.mobileconfig"


def _tostring(root: ET.Element) -> str:
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'


def _levels() -> list[tuple[str, str, str, str]]:
    """(policy-name suffix, category, registry key, display suffix) for managed, recommended."""
    return [
        ("", CATEGORY, POLICY_KEY, ""),
        (
            "_recommended",
            RECOMMENDED_CATEGORY,
            f"{POLICY_KEY}\\{RECOMMENDED_SUBKEY}",
            " (recommended)",
        ),
    ]


def _policy(
    policies: ET.Element, setting: schema.Setting, suffix: str, category: str, key: str
) -> None:
    name = setting.name + suffix
    policy = ET.SubElement(
        policies,
        "policy",
        {
            "name": name,
            "class": "Machine",
            "displayName": f"$(string.{name})",
            "explainText": f"$(string.{name}_Explain)",
            "key": key,
        },
    )
    ET.SubElement(policy, "parentCategory", ref=category)
    ET.SubElement(policy, "supportedOn", ref=SUPPORTED)
    if setting.kind == "boolean":
        policy.set("valueName", setting.name)
        ET.SubElement(ET.SubElement(policy, "enabledValue"), "decimal", value="1")
        ET.SubElement(ET.SubElement(policy, "disabledValue"), "decimal", value="0")
        return
    policy.set("presentation", f"$(presentation.{name})")
    elements = ET.SubElement(policy, "elements")
    if setting.kind == "integer":
        ET.SubElement(
            elements,
            "decimal",
            {
                "id": setting.name,
                "valueName": setting.name,
                "required": "true",
                "minValue": str(setting.minimum),
                "maxValue": str(setting.maximum),
            },
        )
    else:  # text, or an object written as JSON text
        node = schema.resolve(schema.load_schema()["properties"][setting.name])
        limit = node.get("maxLength", JSON_TEXT_MAX)
        ET.SubElement(
            elements,
            "text",
            {
                "id": setting.name,
                "valueName": setting.name,
                "required": "true",
                "maxLength": str(limit),
            },
        )


def admx() -> str:
    """The Group Policy template (ADMX) for every setting, managed and recommended."""
    root = ET.Element(
        "policyDefinitions",
        {"xmlns": GP_NAMESPACE, "revision": f"{schema.schema_version()}.0", "schemaVersion": "1.0"},
    )
    namespaces = ET.SubElement(root, "policyNamespaces")
    ET.SubElement(namespaces, "target", prefix="confide", namespace=TARGET_NAMESPACE)
    ET.SubElement(namespaces, "using", prefix="windows", namespace="Microsoft.Policies.Windows")
    ET.SubElement(root, "resources", minRequiredRevision=f"{schema.schema_version()}.0")
    definitions = ET.SubElement(ET.SubElement(root, "supportedOn"), "definitions")
    ET.SubElement(definitions, "definition", name=SUPPORTED, displayName=f"$(string.{SUPPORTED})")
    categories = ET.SubElement(root, "categories")
    ET.SubElement(categories, "category", name=CATEGORY, displayName=f"$(string.{CATEGORY})")
    recommended = ET.SubElement(
        categories,
        "category",
        name=RECOMMENDED_CATEGORY,
        displayName=f"$(string.{RECOMMENDED_CATEGORY})",
    )
    ET.SubElement(recommended, "parentCategory", ref=CATEGORY)
    policies = ET.SubElement(root, "policies")
    for suffix, category, key, _display in _levels():
        for setting in schema.settings():
            _policy(policies, setting, suffix, category, key)
    return _tostring(root)


def _explain(setting: schema.Setting, recommended: bool) -> str:
    text = setting.description
    if setting.kind == "object":
        text += (
            "\n\nEnter the value as JSON (see the Confide policy schema), for example:\n"
            + json.dumps(setting.example, sort_keys=True)
        )
    if setting.default is not None:
        text += f"\n\nWhen not configured: {json.dumps(setting.default, sort_keys=True)}."
    if recommended:
        text += "\n\nRecommended: people can change this setting in Confide."
    else:
        text += "\n\nPeople cannot change this setting in Confide while it is configured."
    return text


def _presentation(table: ET.Element, setting: schema.Setting, name: str) -> None:
    if setting.kind == "boolean":
        return
    presentation = ET.SubElement(table, "presentation", id=name)
    if setting.kind == "integer":
        box = ET.SubElement(
            presentation,
            "decimalTextBox",
            refId=setting.name,
            defaultValue=str(setting.default if setting.default is not None else setting.minimum),
        )
        box.text = setting.title
    else:
        box = ET.SubElement(presentation, "textBox", refId=setting.name)
        label = ET.SubElement(box, "label")
        label.text = setting.title + (" (JSON)" if setting.kind == "object" else "")


def adml() -> str:
    """The English (en-US) strings and presentations (ADML) for `admx()`."""
    root = ET.Element(
        "policyDefinitionResources",
        {"xmlns": GP_NAMESPACE, "revision": f"{schema.schema_version()}.0", "schemaVersion": "1.0"},
    )
    ET.SubElement(root, "displayName").text = "Confide"
    ET.SubElement(root, "description").text = "Organization policy for Confide"
    resources = ET.SubElement(root, "resources")
    strings = ET.SubElement(resources, "stringTable")
    table = ET.SubElement(resources, "presentationTable")

    def add(string_id: str, text: str) -> None:
        ET.SubElement(strings, "string", id=string_id).text = text

    add(CATEGORY, "Confide")
    add(RECOMMENDED_CATEGORY, "Confide - Recommended (people can change these)")
    add(SUPPORTED, "Confide 0.1 or later")
    for suffix, _category, _key, display in _levels():
        for setting in schema.settings():
            name = setting.name + suffix
            add(name, setting.title + display)
            add(f"{name}_Explain", _explain(setting, recommended=bool(suffix)))
            _presentation(table, setting, name)
    return _tostring(root)


def _uuid(name: str, bundle_id: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_DNS, f"{name}.{bundle_id}")).upper()


def mobileconfig(bundle_id: str = BUNDLE_ID) -> bytes:
    """A sample configuration profile forcing every setting to the schema's example."""
    settings: dict[str, Any] = {s.name: s.example for s in schema.settings()}
    payload = {
        "PayloadType": MANAGED_PAYLOAD,
        "PayloadVersion": 1,
        "PayloadIdentifier": f"{bundle_id}.policy.preferences",
        "PayloadUUID": _uuid("preferences", bundle_id),
        "PayloadEnabled": True,
        "PayloadDisplayName": "Confide settings",
        "PayloadContent": {bundle_id: {"Forced": [{"mcx_preference_settings": settings}]}},
    }
    profile = {
        "PayloadContent": [payload],
        "PayloadDisplayName": "Confide organization policy (sample)",
        "PayloadDescription": "Sample values from the Confide policy schema: replace them "
        "with your organization's before deploying.",
        "PayloadIdentifier": f"{bundle_id}.policy",
        "PayloadOrganization": "Example Health",
        "PayloadScope": "System",
        "PayloadType": "Configuration",
        "PayloadUUID": _uuid("profile", bundle_id),
        "PayloadVersion": 1,
    }
    return plistlib.dumps(profile, fmt=plistlib.FMT_XML, sort_keys=True)


def write_templates(folder: Path) -> list[Path]:
    """Write the ADMX, the en-US ADML and the mobileconfig into `folder` (created if needed).

    Raises:
        OSError: a file cannot be written.
    """
    written = []
    for relative, content in (
        (ADMX_NAME, admx().encode("utf-8")),
        (ADML_NAME, adml().encode("utf-8")),
        (MOBILECONFIG_NAME, mobileconfig()),
    ):
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        written.append(path)
    return written
