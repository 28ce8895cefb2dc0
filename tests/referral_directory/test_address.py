"""The one address rule: only tel, sms and https addresses are handed to the system."""

from __future__ import annotations

import pytest

from referral_directory.address import (
    UnsafeAddress,
    checked_url,
    dialable,
    is_web_address,
    sms_url,
    tel_url,
    web_url,
)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("988", "988"),
        ("1-888-409-0141", "18884090141"),
        ("+1 (800) 662 4357", "+18006624357"),
        ("800-950-NAMI", "8009506264"),
        ("1.800.273.8255", "18002738255"),
    ],
)
def test_numbers_become_what_to_dial(number: str, expected: str) -> None:
    assert dialable(number) == expected
    assert tel_url(number) == f"tel:{expected}"


@pytest.mark.parametrize(
    "number",
    [
        "",
        "1",
        "988;ext=1",
        "988?body=x",
        "javascript:alert(1)",
        "12345678901234567",
        "98#8",
        "tel:988",
        "++988",
    ],
)
def test_undialable_numbers_are_refused(number: str) -> None:
    with pytest.raises(UnsafeAddress) as caught:
        tel_url(number)
    assert caught.value.reason == "number"


def test_sms_prefills_only_an_escaped_keyword() -> None:
    assert sms_url("741741", "HOME") == "sms:741741?body=HOME"
    assert sms_url("988") == "sms:988"
    assert sms_url("62640", "a b&c") == "sms:62640?body=a%20b%26c"


@pytest.mark.parametrize(
    "address", ["https://988lifeline.org/chat", "https://www.fsphp.org/state-programs?x=1#top"]
)
def test_https_addresses_pass_unchanged(address: str) -> None:
    assert web_url(address) == address
    assert checked_url(address) == address


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("javascript:alert(1)", "scheme"),
        ("JavaScript:alert(1)", "scheme"),
        ("file:///etc/passwd", "scheme"),
        ("http://988lifeline.org", "scheme"),
        ("data:text/html,<b>hi</b>", "scheme"),
        ("ftp://example.org", "scheme"),
        ("988lifeline.org", "scheme"),
        ("https://", "form"),
        ("https://988lifeline.org@evil.example/", "form"),
        ("https://a b.org", "form"),
        ("https://988lifeline.org/\nchat", "form"),
        ("https://example.org:99999/", "form"),
    ],
)
def test_other_web_addresses_are_refused(address: str, reason: str) -> None:
    with pytest.raises(UnsafeAddress) as caught:
        web_url(address)
    assert caught.value.reason == reason
    with pytest.raises(UnsafeAddress):
        checked_url(address)


@pytest.mark.parametrize("address", ["tel:988", "sms:988", "sms:741741?body=HOME"])
def test_phone_addresses_pass_the_last_check(address: str) -> None:
    assert checked_url(address) == address


@pytest.mark.parametrize(
    "address",
    [
        "mailto:a@b.org",
        "callto:988",
        "tel:988?x=javascript:1",
        "sms:988?body=<script>",
        "tel:abc;def",
        "smsto:988",
        "file:tel:988",
        "",
        "vbscript:msgbox",
    ],
)
def test_the_last_check_refuses_everything_else(address: str) -> None:
    with pytest.raises(UnsafeAddress):
        checked_url(address)


@pytest.mark.parametrize(("value", "web"), [
    ("https://988lifeline.org", True), ("http://example.org/a", True),
    ("https://[::1", False), ("http://[::1/", False), ("ftp://example.org", False),
    ("https://", False), ("988lifeline.org", False),
])
def test_a_web_address_is_told_without_raising(value: str, web: bool) -> None:
    assert is_web_address(value) is web
