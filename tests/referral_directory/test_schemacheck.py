"""The fast schema check agrees with jsonschema on HSDS records, valid and broken."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import resources
from referral_directory.hsds import quick_check, validator
from referral_directory.schemacheck import Unsupported, compile_schema

SERVICE = json.loads(resources.read_text("directory/national.json"))["contents"][4]
VALUES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=5)
    | st.lists(st.integers(), max_size=2)
    | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


PATHS = _paths(SERVICE)[1:]


@settings(max_examples=300, deadline=None)
@given(path=st.sampled_from(PATHS), value=VALUES, delete=st.booleans())
def test_agrees_with_jsonschema(path: tuple[Any, ...], value: Any, delete: bool) -> None:
    record = copy.deepcopy(SERVICE)
    node: Any = record
    for key in path[:-1]:
        node = node[key]
    if delete and isinstance(node, dict):
        del node[path[-1]]
    else:
        node[path[-1]] = value
    check = quick_check("service")
    assert check is not None
    assert check(record) == (not list(validator("service").iter_errors(record)))


@pytest.mark.parametrize(
    "kind",
    ["service", "organization", "location", "service_at_location", "taxonomy", "taxonomy_term"],
)
def test_every_hsds_kind_compiles(kind: str) -> None:
    assert quick_check(kind) is not None


@pytest.mark.parametrize(
    "schema", [{"pattern": "x"}, {"type": "integer"}, {"$ref": "http://x"}, {"anyOf": []}]
)
def test_other_keywords_fall_back(schema: dict[str, Any]) -> None:
    with pytest.raises(Unsupported):
        compile_schema(schema)


def test_json_true_is_not_a_number() -> None:
    check = compile_schema({"type": "number", "enum": [1]})
    assert check(1) and check(1.0) and not check(True)


_ATTRIBUTE = SERVICE["attributes"][0] if SERVICE.get("attributes") else {"id": "a"}
BROKEN = {
    "no id": lambda r: r.pop("id"),
    "name a number": lambda r: r.update(name=3),
    "status not in its enum": lambda r: r.update(status="gone"),
    "status true": lambda r: r.update(status=True),
    "age true (JSON true is no number)": lambda r: r.update(minimum_age=True),
    "age a string": lambda r: r.update(minimum_age="3"),
    "phones not a list": lambda r: r.update(phones={}),
    "a phone not an object": lambda r: r.update(phones=["+1"]),
    "a phone without its number": lambda r: r.update(phones=[{"id": "p"}]),
    "an attribute without its id": lambda r: r.update(
        attributes=[{k: v for k, v in _ATTRIBUTE.items() if k != "id"}]
    ),
    "an attribute's value a list": lambda r: r.update(attributes=[{**_ATTRIBUTE, "value": []}]),
    "organization a string": lambda r: r.update(organization="x"),
    "a schedule's opens_at a number": lambda r: r.update(schedules=[{"id": "s", "opens_at": 9}]),
    "the record a list": None,
}


@pytest.mark.parametrize("problem", sorted(BROKEN))
def test_each_rule_still_refuses(problem: str) -> None:
    record: Any = copy.deepcopy(SERVICE)
    change = BROKEN[problem]
    if change is None:
        record = [record]
    else:
        change(record)
    check = quick_check("service")
    assert check is not None
    assert list(validator("service").iter_errors(record))  # jsonschema refuses it
    assert not check(record)  # and so does the generated check


@pytest.mark.parametrize(
    "kind",
    ["organization", "location", "service_at_location", "taxonomy", "taxonomy_term"],
)
def test_other_kinds_refuse_a_missing_id(kind: str) -> None:
    check = quick_check(kind)
    assert check is not None
    assert not check({}) and not check([]) and not check("x")


def test_recursive_and_mixed_schemas() -> None:
    schema = {
        "$ref": "#/definitions/tree",
        "definitions": {
            "tree": {
                "type": "object",
                "required": ["v"],
                "properties": {
                    "v": {"enum": [1, "a", None]},
                    "kids": {"type": "array", "items": {"$ref": "#/definitions/tree"}},
                },
            }
        },
    }
    check = compile_schema(schema)
    assert check({"v": 1}) and check({"v": "a", "kids": [{"v": None}]})
    assert check({"v": 1.0})  # 1.0 == 1, as in jsonschema
    assert not check({"v": True})  # but JSON true is not 1
    assert not check({"v": 2}) and not check({"v": 1, "kids": [{"v": "b"}]})
    assert not check({"kids": []}) and not check({"v": 1, "kids": {}})
