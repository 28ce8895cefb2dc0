"""The shipped crisis list: right numbers, sourced, dated, and refused when malformed."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

import resources
from referral_directory.address import UnsafeAddress
from referral_directory.crisis import (
    CRISIS_RESOURCE,
    ActionKind,
    ContactAction,
    CrisisDataError,
    crisis_document,
    load_crisis_directory,
    parse_crisis_directory,
    pretty_number,
)

# Words that safe-messaging guidance says a crisis message must not carry (method
# detail, sensational framing). The list is a tripwire for edits, not a full review.
_UNSAFE_WORDS = ("overdose", "pills", "gun", "hang", "jump", "epidemic", "commit suicide")


def _shipped() -> dict[str, Any]:
    # The crisis list is built from the national directory (crisis.json orders it).
    assert json.loads(resources.read_text(CRISIS_RESOURCE))["format"] == 2
    return crisis_document()


def test_shipped_list_has_988_crisis_text_line_and_911_in_that_order() -> None:
    directory = load_crisis_directory()
    assert [c.id for c in directory.contacts] == ["988", "crisis-text-line", "911"]


def test_988_offers_call_text_and_chat() -> None:
    lifeline = load_crisis_directory().contacts[0]
    uris = {action.kind: action.uri() for action in lifeline.actions}
    assert uris == {
        ActionKind.CALL: "tel:988",
        ActionKind.TEXT: "sms:988",
        ActionKind.CHAT: "https://988lifeline.org/chat",
    }
    assert "press 1" in lifeline.summary  # Veterans Crisis Line route
    assert lifeline.numbers == ("988",)


# Each fact below was confirmed against a stored copy of the page named in the data
# (988lifeline.org, veteranscrisisline.net, samhsa.gov) on 4 December 2026.
CHECKED_ON = date(2026, 12, 4)


def _options() -> dict[str, Any]:
    return {option.id: option for option in load_crisis_directory().contacts[0].options}


def test_988_in_spanish_is_press_2_or_text_ayuda_with_its_source() -> None:
    spanish = _options()["spanish"]
    assert [(a.uri(), a.press) for a in spanish.actions] == [
        ("tel:988", "2"),
        ("sms:988?body=AYUDA", ""),
    ]
    # No Spanish chat address could be confirmed in a stored copy, so none is offered.
    assert not [a for a in spanish.actions if a.kind is ActionKind.CHAT]
    assert spanish.sources == ("https://988lifeline.org/get-help/what-to-expect",)
    assert spanish.checked == CHECKED_ON and spanish.checked_how == "checked against a stored copy"


def test_veterans_is_press_1_text_838255_or_chat_with_its_source() -> None:
    veterans = _options()["veterans"]
    assert [(a.uri(), a.press) for a in veterans.actions] == [
        ("tel:988", "1"),
        ("sms:838255", ""),  # no keyword: none was confirmed
        ("https://veteranscrisisline.net/Chat", ""),
    ]
    assert "https://www.veteranscrisisline.net/About/VeteranSuicide.aspx" in veterans.sources
    assert veterans.checked == CHECKED_ON


def test_asl_is_the_988_website_or_a_videophone_call_with_its_source() -> None:
    asl = _options()["asl"]
    assert [(a.kind, a.uri()) for a in asl.actions] == [
        (ActionKind.CHAT, "https://988lifeline.org/"),
        (ActionKind.VIDEOPHONE, "tel:18002738255"),
    ]
    assert "ASL Now" in asl.how and "videophone" in asl.how
    assert asl.sources[0].startswith("https://www.samhsa.gov/newsroom/press-announcements/")
    assert asl.checked == CHECKED_ON


def test_numbers_read_as_people_write_them() -> None:
    assert pretty_number("18002738255") == "1-800-273-8255"
    assert pretty_number("8005550100") == "800-555-0100"
    assert [pretty_number(n) for n in ("988", "741741", "+4412345")] == ["988", "741741",
                                                                         "+4412345"]


def test_crisis_text_line_prefills_home_to_741741() -> None:
    ctl = load_crisis_directory().contacts[1]
    (action,) = ctl.actions
    assert action.uri() == "sms:741741?body=HOME"
    assert "HOME" in action.label and "741741" in action.label


def test_911_is_a_call() -> None:
    emergency = load_crisis_directory().contacts[2]
    assert [a.uri() for a in emergency.actions] == ["tel:911"]


def test_every_contact_is_sourced_dated_and_explains_confidentiality() -> None:
    directory = load_crisis_directory()
    assert directory.checked == date(2026, 11, 22)
    for contact in directory.contacts:
        assert contact.sources
        assert all(s.startswith(("http://", "https://")) for s in contact.sources)
        assert "..." not in "".join(contact.sources)  # no elided addresses shipped
        assert contact.checked >= date(2026, 11, 22)  # re-checked since, per claim
        assert len(contact.confidentiality) > 30


def test_wording_follows_safe_messaging() -> None:
    text = json.dumps(_shipped()).lower()
    for word in _UNSAFE_WORDS:
        assert word not in text, word
    assert "alone" in text and "help" in text  # hope and help-seeking


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("contacts", 0, "sources"), []),
        (("contacts", 0, "sources"), ["not a url"]),
        (("contacts", 0, "checked"), "22 Nov 2026"),
        (("contacts", 0, "name"), ""),
        (("contacts", 0, "actions"), []),
        (("contacts", 0, "actions", 0, "kind"), "fax"),
        (("contacts", 0, "actions", 0, "number"), "988; rm"),
        (("contacts", 0, "actions", 2, "url"), "http://988lifeline.org/chat"),
        (("contacts", 0, "actions", 2, "url"), "javascript:alert(1)"),
        (("contacts", 1, "actions", 0, "body"), "HOME&x=1"),
        (("contacts", 1, "id"), "988"),
        (("contacts", 0, "options", 0, "sources"), []),
        (("contacts", 0, "options", 0, "checked"), "4 Dec 2026"),
        (("contacts", 0, "options", 0, "checked_how"), ""),
        (("contacts", 0, "options", 0, "actions", 0, "press"), "12"),
        (("contacts", 0, "options", 0, "actions", 1, "press"), "2"),  # a text has no key
        (("contacts", 0, "options", 0, "actions", 1, "body"), "AYUDA;x"),
        (("contacts", 0, "options", 1, "actions", 2, "url"), "http://veteranscrisisline.net"),
        (("contacts", 0, "options", 1, "id"), "spanish"),
        (("contacts", 0, "options"), {"id": "x"}),
        (("format",), 2),
        (("contacts",), []),
    ],
)
def test_malformed_entries_are_refused(path: tuple[str | int, ...], value: object) -> None:
    data = copy.deepcopy(_shipped())
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    with pytest.raises(CrisisDataError):
        parse_crisis_directory(json.dumps(data))


def test_a_call_with_a_message_body_is_refused() -> None:
    data = copy.deepcopy(_shipped())
    data["contacts"][2]["actions"][0]["body"] = "HELLO"
    with pytest.raises(CrisisDataError):
        parse_crisis_directory(json.dumps(data))


@pytest.fixture
def shipped_panel(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """crisis.json as the test sets it (the real file until then), the shared copy cleared."""
    panel = {"text": resources.read_text(CRISIS_RESOURCE)}
    real = resources.read_text
    monkeypatch.setattr(resources, "read_text",
                        lambda name: panel["text"] if name == CRISIS_RESOURCE else real(name))
    load_crisis_directory.cache_clear()
    yield panel
    load_crisis_directory.cache_clear()


@pytest.mark.parametrize(
    "text",
    ["{", "[]", '{"format": 1}',
     '{"format": 2, "contacts": [{"id": "988", "service": "no-such-service"}]}'],
)
def test_a_malformed_crisis_json_is_refused(shipped_panel: dict[str, str], text: str) -> None:
    shipped_panel["text"] = text
    with pytest.raises(CrisisDataError):
        load_crisis_directory()


def test_a_refused_crisis_json_is_not_kept(shipped_panel: dict[str, str]) -> None:
    good = shipped_panel["text"]
    shipped_panel["text"] = "{"
    with pytest.raises(CrisisDataError):
        load_crisis_directory()
    shipped_panel["text"] = good
    assert [c.id for c in load_crisis_directory().contacts] == ["988", "crisis-text-line", "911"]


def test_one_frozen_copy_is_shared_in_a_process(shipped_panel: dict[str, str]) -> None:
    first = load_crisis_directory()
    shipped_panel["text"] = "{"  # not read again: the copy already made is the answer
    assert load_crisis_directory() is first
    lifeline = first.contacts[0]
    assert isinstance(first.contacts, tuple) and isinstance(lifeline.options, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        lifeline.name = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        lifeline.actions[0].number = "0"  # type: ignore[misc]


def test_not_json_is_refused() -> None:
    with pytest.raises(CrisisDataError):
        parse_crisis_directory("{")


def test_unmodified_copy_parses() -> None:
    assert parse_crisis_directory(json.dumps(_shipped())) == load_crisis_directory()


@pytest.mark.parametrize("bad", ["/etc/passwd", "../pyproject.toml", "directory//x", ""])
def test_resource_paths_stay_inside_resources(bad: str) -> None:
    with pytest.raises(ValueError, match="relative"):
        resources.read_text(bad)


def test_an_action_builds_its_address_by_the_one_address_rule() -> None:
    """A number from policy (the EAP's) is dialled as digits, or refused, never passed on."""
    assert ContactAction(ActionKind.CALL, "Call", number="1-800-555-0100").uri() == (
        "tel:18005550100")
    assert ContactAction(ActionKind.TEXT, "Text", number="741741", body="HOME").uri() == (
        "sms:741741?body=HOME")
    with pytest.raises(UnsafeAddress):
        ContactAction(ActionKind.CALL, "Call", number="javascript:alert(1)").uri()
