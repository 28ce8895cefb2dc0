"""The policy schema: valid documents pass, and every kind of mistake is named by its path."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.policy import schema

FULL: dict[str, Any] = {s.name: s.example for s in schema.settings()}
SECRET = "SENTINEL-VALUE-7f3a"  # must never appear in a message

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


def paths(document: object) -> dict[str, str]:
    return {p.path: p.message for p in schema.validate(document)}


def test_the_shipped_schema_is_a_valid_json_schema() -> None:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError

    Draft202012Validator.check_schema(schema.load_schema())  # raises SchemaError if not
    with pytest.raises(SchemaError):
        Draft202012Validator.check_schema({"type": "not-a-type"})


def test_the_schema_is_versioned_and_closed() -> None:
    loaded = schema.load_schema()
    assert loaded["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert loaded["$id"] and schema.schema_version() == loaded["version"] == 1

    def closed(node: object) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object":
                assert node.get("additionalProperties") is False, node
            for child in node.values():
                closed(child)
        elif isinstance(node, list):
            for child in node:
                closed(child)

    closed(loaded)


def test_every_required_setting_is_defined() -> None:
    assert set(schema.setting_names()) == {
        "organization_name",
        "eap",
        "directory_bundle",
        "quick_unlock_allowed",
        "quick_unlock_max_days",
        "peer_log_allowed",
        "max_auto_lock_minutes",
        "reminder_defaults",
        "prevalence_tokens_allowed",
        "personal_export_allowed",
        "language",
    }


@pytest.mark.parametrize(
    "document",
    [
        {},
        FULL,
        {"quick_unlock_allowed": False},
        {"max_auto_lock_minutes": 1},
        {"max_auto_lock_minutes": 60},
    ],
)
def test_valid_documents_pass(document: dict[str, Any]) -> None:
    assert schema.validate(document) == []


def test_each_example_and_default_is_valid() -> None:
    for setting in schema.settings():
        assert schema.validate({setting.name: setting.example}) == [], setting.name
        if setting.default is not None:
            assert schema.validate({setting.name: setting.default}) == [], setting.name


def eap(**changes: Any) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(json.dumps(FULL["eap"]))
    value.update(changes)
    return value


@pytest.mark.parametrize(
    ("document", "path", "words"),
    [
        ({"bogus": 1}, "$.bogus", "unknown setting"),
        ({"odd key": 1}, '$["odd key"]', "unknown setting"),
        ({"eap": eap(fax="1")}, "$.eap.fax", "unknown key"),
        (
            {"eap": eap(phones=[{"number": "+1 800 555 0100", "label": "x", "ext": 1}])},
            "$.eap.phones[0].ext",
            "unknown key",
        ),
        (
            {"eap": eap(phones=[{"number": "call me", "label": "x"}])},
            "$.eap.phones[0].number",
            "must be a phone number",
        ),
        ({"eap": eap(phones=[{"label": "x"}])}, "$.eap.phones[0].number", "required"),
        ({"eap": eap(phones=[])}, "$.eap.phones", "at least 1 item"),
        ({"eap": eap(website="http://insecure.example")}, "$.eap.website", "https://"),
        (
            {
                "eap": eap(
                    confidentiality={
                        "employer_told": "sometimes",
                        "licensing_exposure": "none",
                        "creates_treatment_record": False,
                    }
                )
            },
            "$.eap.confidentiality.employer_told",
            'one of: "never", "possibly"',
        ),
        (
            {
                "eap": eap(
                    confidentiality={
                        "employer_told": "never",
                        "licensing_exposure": "none",
                        "creates_treatment_record": "no",
                    }
                )
            },
            "$.eap.confidentiality.creates_treatment_record",
            "true or false",
        ),
        (
            {
                "eap": {
                    "phones": FULL["eap"]["phones"],
                    "confidentiality": FULL["eap"]["confidentiality"],
                }
            },
            "$.eap.name",
            "required",
        ),
        (
            {"directory_bundle": {"location": "relative/path", "pinned_public_keys": []}},
            "$.directory_bundle.location",
            "absolute path",
        ),
        (
            {"directory_bundle": {"location": "/x", "pinned_public_keys": []}},
            "$.directory_bundle.pinned_public_keys",
            "at least 1",
        ),
        (
            {"directory_bundle": {"location": "/x", "pinned_public_keys": ["not-a-key"]}},
            "$.directory_bundle.pinned_public_keys[0]",
            "minisign",
        ),
        ({"quick_unlock_allowed": "false"}, "$.quick_unlock_allowed", "true or false"),
        ({"quick_unlock_max_days": 0}, "$.quick_unlock_max_days", "at least 1"),
        ({"quick_unlock_max_days": 31}, "$.quick_unlock_max_days", "at most 30"),
        ({"max_auto_lock_minutes": 61}, "$.max_auto_lock_minutes", "at most 60"),
        ({"max_auto_lock_minutes": 5.0}, "$.max_auto_lock_minutes", "whole number"),
        ({"max_auto_lock_minutes": True}, "$.max_auto_lock_minutes", "whole number"),
        ({"organization_name": ""}, "$.organization_name", "must not be empty"),
        ({"organization_name": 7}, "$.organization_name", "must be text"),
        (
            {"reminder_defaults": {"days": ["funday"], "time": "17:00"}},
            "$.reminder_defaults.days[0]",
            "monday",
        ),
        (
            {"reminder_defaults": {"days": ["monday", "monday"], "time": "17:00"}},
            "$.reminder_defaults.days",
            "same item twice",
        ),
        ({"reminder_defaults": {"days": [], "time": "5pm"}}, "$.reminder_defaults.time", "HH:MM"),
        (
            {
                "reminder_defaults": {
                    "days": [],
                    "time": "17:00",
                    "quiet_hours": {"start": "24:00", "end": "07:00"},
                }
            },
            "$.reminder_defaults.quiet_hours.start",
            "HH:MM",
        ),
        ({"reminder_defaults": {"days": []}}, "$.reminder_defaults.time", "required"),
        ([], "$", "must be an object"),
        ("text", "$", "must be an object"),
    ],
)
def test_each_mistake_is_named_by_its_path(document: object, path: str, words: str) -> None:
    found = paths(document)
    assert path in found, found
    assert words in found[path]


def test_several_mistakes_are_all_reported_in_path_order() -> None:
    problems = schema.validate({"zzz": 1, "aaa": 2, "max_auto_lock_minutes": 0, **FULL})
    assert [p.path for p in problems] == sorted(p.path for p in problems)
    assert {"$.zzz", "$.aaa"} <= {p.path for p in problems}
    assert "$.max_auto_lock_minutes" not in {p.path for p in problems}  # FULL overrode it


def test_messages_never_repeat_the_value() -> None:
    document = {
        "organization_name": 12,
        "eap": eap(hours=SECRET * 20, website=SECRET, phones=[{"number": SECRET, "label": SECRET}]),
        SECRET: SECRET,
        "reminder_defaults": {"days": [SECRET], "time": SECRET},
    }
    problems = schema.validate(document)
    assert len(problems) >= 5
    for problem in problems:
        assert SECRET not in problem.message


@pytest.mark.parametrize(
    ("path", "setting"),
    [
        ("$", None),
        ("$.eap", "eap"),
        ("$.eap.phones[0].number", "eap"),
        ('$["odd key"].x', "odd key"),
        ("$[0]", None),
    ],
)
def test_a_problem_knows_its_setting(path: str, setting: str | None) -> None:
    assert schema.Problem(path, "x").setting == setting


def test_json_paths_quote_keys_that_are_not_names() -> None:
    assert schema.json_path(["eap", "phones", 0, "number"]) == "$.eap.phones[0].number"
    assert schema.json_path(["a b", 'q"']) == '$["a b"]["q\\""]'
    assert schema.json_path([]) == "$"


def test_settings_describe_the_schema() -> None:
    by_name = {s.name: s for s in schema.settings()}
    assert by_name["max_auto_lock_minutes"].kind == "integer"
    assert (by_name["max_auto_lock_minutes"].minimum, by_name["max_auto_lock_minutes"].maximum) == (
        1,
        60,
    )
    assert by_name["quick_unlock_allowed"].default is True
    assert by_name["eap"].kind == "object" and by_name["eap"].default is None
    assert all(s.title and s.description for s in by_name.values())


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_random_json_never_crashes_the_validator(document: object) -> None:
    problems = schema.validate(document)
    assert all(p.path.startswith("$") and p.message for p in problems)
    if not isinstance(document, dict):
        assert [p.path for p in problems] == ["$"]


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(schema.setting_names()), json_values, max_size=5))
def test_random_values_for_real_settings_never_crash(document: dict[str, Any]) -> None:
    problems = schema.validate(document)
    assert {p.setting for p in problems} <= set(document)
