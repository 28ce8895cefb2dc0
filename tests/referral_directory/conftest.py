"""Shared helpers for directory tests: the official HSDS material, kept beside them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

HSDS = Path(__file__).resolve().with_name("hsds_official")


@pytest.fixture(scope="session")
def hsds_dir() -> Path:
    return HSDS


@pytest.fixture(scope="session")
def official_service_schema(hsds_dir: Path) -> Draft202012Validator:
    return Draft202012Validator(json.loads((hsds_dir / "schema/compiled/service.json").read_text()))
