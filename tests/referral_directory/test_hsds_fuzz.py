"""Hypothesis: malformed HSDS never crashes an importer, and never half-imports."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resources
from referral_directory import hsds, tabular
from referral_directory.errors import HsdsError

NATIONAL = json.loads(resources.read_text("directory/national.json"))
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
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


PATHS = _paths(NATIONAL)[1:]


def _import(text: str | bytes) -> hsds.HsdsData | None:
    try:
        return hsds.read_json(text, "fuzz.json")
    except HsdsError as error:
        assert error.file == "fuzz.json"
        assert error.record
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(PATHS), value=JSON_VALUES)
def test_one_bad_node_is_refused_whole_or_imported_whole(path: tuple[Any, ...], value: Any) -> None:
    document = copy.deepcopy(NATIONAL)
    node: Any = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    data = _import(json.dumps(document))
    if data is not None:  # the change was harmless: everything arrived
        assert len(data.services) == len(document["contents"])


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_random_bytes_are_refused_not_crashed(raw: bytes) -> None:
    _import(raw)


@settings(max_examples=100, deadline=None)
@given(JSON_VALUES)
def test_random_json_is_refused_not_crashed(value: Any) -> None:
    _import(json.dumps(value))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    table=st.sampled_from(
        ["services.csv", "phones.csv", "schedules.csv", "attributes.csv", "datapackage.json"]
    ),
    junk=st.text(max_size=120),
)
def test_a_damaged_tabular_file_is_refused_not_crashed(
    tmp_path: Path, table: str, junk: str
) -> None:
    folder = tmp_path / "pkg"
    folder.mkdir(exist_ok=True)
    services = hsds.read_json(json.dumps(NATIONAL)).services[:2]
    rows: dict[str, list[dict[str, Any]]] = {
        "service": [],
        "phone": [],
        "schedule": [],
        "attribute": [],
    }
    for service in services:
        rows["service"].append({k: v for k, v in service.items() if not isinstance(v, list | dict)})
        rows["phone"] += service["phones"]
        rows["schedule"] += service["schedules"]
        rows["attribute"] += service["attributes"]
    tabular.write_tabular(rows, folder)
    path = folder / table
    original = path.read_text()
    path.write_text(original[: len(original) // 2] + junk)
    try:
        data = tabular.read_tabular(folder)
    except HsdsError as error:
        assert error.file
    else:
        assert len(data.services) <= 2
