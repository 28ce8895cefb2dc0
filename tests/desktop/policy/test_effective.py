"""Precedence (locked > the person's own > recommended > default), locks, problems, describe()."""

from __future__ import annotations

import itertools
import json
import logging
import os
from pathlib import Path
from typing import Any, cast

import pytest

from desktop.policy import schema
from desktop.policy.effective import (
    EffectivePolicy,
    EffectiveSetting,
    PolicyLine,
    load_policy,
    read_system_policy,
)
from desktop.policy.sources import PolicyDocument, PolicyReading
from desktop.policy.words import value_text

EAP = {s.name: s.example for s in schema.settings()}["eap"]
SENTINEL = "SENTINEL-EAP-NAME"


def reading(*documents: PolicyDocument) -> PolicyReading:
    return PolicyReading(documents=list(documents))


def managed(values: dict[str, Any], source: str = "/etc/p/managed/10.json") -> PolicyDocument:
    return PolicyDocument(source, "managed", values)


def recommended(
    values: dict[str, Any], source: str = "/etc/p/recommended/10.json"
) -> PolicyDocument:
    return PolicyDocument(source, "recommended", values)


@pytest.mark.parametrize(
    ("has_managed", "has_user", "has_recommended"), list(itertools.product([False, True], repeat=3))
)
def test_precedence_in_every_combination(
    has_managed: bool, has_user: bool, has_recommended: bool
) -> None:
    documents = []
    if has_managed:
        documents.append(managed({"max_auto_lock_minutes": 10}))
    if has_recommended:
        documents.append(recommended({"max_auto_lock_minutes": 30}))
    user = {"max_auto_lock_minutes": 20} if has_user else {}

    state = EffectivePolicy.resolve(reading(*documents), user).setting("max_auto_lock_minutes")

    if has_managed:
        expected = EffectiveSetting(
            "max_auto_lock_minutes", 10, "managed: /etc/p/managed/10.json", True
        )
    elif has_user:
        expected = EffectiveSetting("max_auto_lock_minutes", 20, "user", False)
    elif has_recommended:
        expected = EffectiveSetting(
            "max_auto_lock_minutes", 30, "recommended: /etc/p/recommended/10.json", False
        )
    else:
        expected = EffectiveSetting("max_auto_lock_minutes", 60, "default", False)
    assert state == expected


def test_the_order_of_levels_in_the_reading_does_not_matter() -> None:
    policy = EffectivePolicy.resolve(
        reading(recommended({"peer_log_allowed": True}), managed({"peer_log_allowed": False}))
    )
    assert policy.peer_log_allowed is False and policy.is_locked("peer_log_allowed")


def test_a_later_file_overrides_an_earlier_one_setting_by_setting() -> None:
    policy = EffectivePolicy.resolve(
        reading(
            managed({"max_auto_lock_minutes": 10, "peer_log_allowed": False}, "/m/10-org.json"),
            managed({"max_auto_lock_minutes": 5}, "/m/20-site.json"),
        )
    )
    assert policy.setting("max_auto_lock_minutes").source == "managed: /m/20-site.json"
    assert policy.max_auto_lock_minutes == 5
    assert policy.setting("peer_log_allowed").source == "managed: /m/10-org.json"


def test_a_locked_setting_ignores_the_persons_choice() -> None:
    policy = EffectivePolicy.resolve(
        reading(managed({"quick_unlock_allowed": False})), {"quick_unlock_allowed": True}
    )
    assert policy.quick_unlock_allowed is False
    assert policy.is_locked("quick_unlock_allowed")


def test_locked_names_are_the_managed_settings_only() -> None:
    policy = EffectivePolicy.resolve(
        reading(
            managed({"peer_log_allowed": False, "max_auto_lock_minutes": 10}),
            recommended({"quick_unlock_allowed": False}),
        ),
        {"quick_unlock_max_days": 3},
    )
    assert policy.locked_names() == {"peer_log_allowed", "max_auto_lock_minutes"}
    assert EffectivePolicy.defaults().locked_names() == frozenset()


def test_valid_settings_apply_and_invalid_ones_are_named_with_file_and_path() -> None:
    bad_eap = {**EAP, "name": SENTINEL, "phones": [{"number": "ask reception", "label": "x"}]}
    policy = EffectivePolicy.resolve(
        reading(
            managed({"eap": bad_eap, "max_auto_lock_minutes": 15, "quick_unlok": False}),
            recommended({"eap": EAP}),
        )
    )
    assert policy.max_auto_lock_minutes == 15 and policy.is_locked("max_auto_lock_minutes")
    # The broken EAP entry is dropped whole; the next level decides it.
    assert policy.eap == EAP and not policy.is_locked("eap")
    assert {(p.source, p.path) for p in policy.problems} == {
        ("/etc/p/managed/10.json", "$.eap.phones[0].number"),
        ("/etc/p/managed/10.json", "$.quick_unlok"),
    }
    assert "unknown setting" in {p.message for p in policy.problems}


def test_problems_are_logged_with_paths_and_reasons_but_no_values(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bad_eap = {**EAP, "name": SENTINEL, "website": SENTINEL}
    with caplog.at_level(logging.WARNING, logger="desktop.policy"):
        EffectivePolicy.resolve(reading(managed({"eap": bad_eap, "colour": SENTINEL})))
    text = caplog.text
    assert "/etc/p/managed/10.json" in text and "$.eap.website" in text
    assert "$.colour: unknown setting" in text  # a key is named; its value never is
    assert "must be an https:// web address" in text
    assert SENTINEL not in text


def test_a_document_that_is_not_an_object_is_ignored_whole() -> None:
    not_an_object = PolicyDocument("/m/odd.json", "managed", cast(Any, ["peer_log_allowed"]))
    policy = EffectivePolicy.resolve(reading(not_an_object))
    assert [(p.path, p.message) for p in policy.problems] == [("$", "must be an object")]
    assert policy.peer_log_allowed is True


def test_the_persons_invalid_or_unknown_choices_are_ignored_and_named() -> None:
    policy = EffectivePolicy.resolve(
        reading(recommended({"max_auto_lock_minutes": 30})),
        {"max_auto_lock_minutes": 90, "theme": "dark"},
    )
    assert policy.setting("max_auto_lock_minutes").source.startswith("recommended:")
    assert {(p.source, p.path) for p in policy.problems} == {
        ("user", "$.max_auto_lock_minutes"),
        ("user", "$.theme"),
    }


def test_source_problems_are_kept() -> None:
    read = PolicyReading()
    read.ignore("/m/10.json", "not trusted: the file is writable by all users")
    policy = EffectivePolicy.resolve(read)
    assert [str(p) for p in policy.problems] == [
        "/m/10.json: $: not trusted: the file is writable by all users"
    ]


def test_defaults_are_the_schemas() -> None:
    policy = EffectivePolicy.defaults()
    assert policy.problems == ()
    assert (
        policy.quick_unlock_allowed,
        policy.quick_unlock_max_days,
        policy.peer_log_allowed,
        policy.max_auto_lock_minutes,
        policy.personal_export_allowed,
        policy.prevalence_tokens_allowed,
    ) == (True, 30, True, 60, True, False)
    assert policy.organization_name is None and policy.eap is None
    assert policy.directory_bundle is None
    assert policy.reminder_defaults["days"] == []
    assert not any(policy.is_locked(name) for name in schema.setting_names())


def test_typed_accessors_read_the_values_in_force() -> None:
    values = {s.name: s.example for s in schema.settings()}
    policy = EffectivePolicy.resolve(reading(managed(values)))
    assert policy.problems == ()
    assert policy.organization_name == values["organization_name"]
    assert policy.directory_bundle == values["directory_bundle"]
    assert policy.reminder_defaults == values["reminder_defaults"]
    assert policy.quick_unlock_max_days == 7 and policy.quick_unlock_allowed is False
    assert policy.prevalence_tokens_allowed is True


def test_every_setting_needs_a_value() -> None:
    with pytest.raises(ValueError, match="missing"):
        EffectivePolicy({})


def test_describe_lists_every_setting_in_schema_order() -> None:
    policy = EffectivePolicy.resolve(
        reading(managed({"max_auto_lock_minutes": 15}), recommended({"eap": EAP}))
    )
    lines = policy.describe()
    assert [line.setting for line in lines] == list(schema.setting_names())
    by_name = {line.setting: line for line in lines}
    assert by_name["max_auto_lock_minutes"] == PolicyLine(
        "max_auto_lock_minutes",
        "15",
        "managed: /etc/p/managed/10.json",
        True,
        "Longest auto-lock time (minutes)",
    )
    assert by_name["eap"].value_text == (
        "Example Health EAP: 24/7 counselor line +1-800-555-0100; 24/7"
    )
    assert by_name["eap"].source == "recommended: /etc/p/recommended/10.json"
    assert by_name["quick_unlock_allowed"].value_text == "yes"
    assert by_name["organization_name"].value_text == "not set"
    only_set = policy.describe(include_defaults=False)
    assert [line.setting for line in only_set] == ["eap", "max_auto_lock_minutes"]


@pytest.mark.parametrize(
    ("name", "value", "text"),
    [
        ("quick_unlock_allowed", False, "no"),
        (
            "directory_bundle",
            {"location": "/srv/b", "pinned_public_keys": ["k"]},
            "/srv/b (1 pinned key)",
        ),
        (
            "directory_bundle",
            {"location": "/srv/b", "pinned_public_keys": ["k", "l"]},
            "/srv/b (2 pinned keys)",
        ),
        (
            "reminder_defaults",
            {
                "days": ["monday", "friday"],
                "time": "16:30",
                "quiet_hours": {"start": "21:00", "end": "07:00"},
            },
            "Mon, Fri at 16:30; quiet 21:00-07:00",
        ),
        ("reminder_defaults", {"days": [], "time": "16:30"}, "no reminders"),
        ("other", [1, 2], "[1, 2]"),
    ],
)
def test_values_in_words(name: str, value: Any, text: str) -> None:
    assert value_text(name, value) == text


def test_as_json_is_plain_json() -> None:
    policy = EffectivePolicy.resolve(reading(managed({"eap": EAP, "bogus": 1})))
    data = json.loads(json.dumps(policy.as_json()))
    assert data["schema_version"] == 1
    assert data["settings"]["eap"] == {
        "value": EAP,
        "source": "managed: /etc/p/managed/10.json",
        "locked": True,
    }
    assert data["problems"] == [
        {"source": "/etc/p/managed/10.json", "path": "$.bogus", "message": "unknown setting"}
    ]


def test_the_system_policy_is_read_from_the_platforms_places(tmp_path: Path) -> None:
    (tmp_path / "managed").mkdir(mode=0o755)
    policy_file = tmp_path / "managed" / "10.json"
    policy_file.write_text('{"peer_log_allowed": false}')
    policy_file.chmod(0o644)
    tmp_path.chmod(0o755)
    read = read_system_policy("linux", linux_root=tmp_path, trusted_uid=os.getuid())
    assert [d.source for d in read.documents] == [str(policy_file)]
    # On this Linux machine the macOS reader finds no CoreFoundation and says so.
    assert (
        read_system_policy("darwin")
        .problems[-1]
        .message.startswith("CoreFoundation cannot be loaded")
    )


def test_load_policy_resolves_the_system_policy_with_the_persons_choices() -> None:
    policy = load_policy({"max_auto_lock_minutes": 12}, platform="linux")
    if not policy.is_locked("max_auto_lock_minutes"):  # this machine may have a real policy
        assert policy.max_auto_lock_minutes == 12
