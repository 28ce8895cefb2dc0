"""Reading an instrument file's fields, and the error that names the file and field at fault.

Shared by `instruments` (the English file) and `instrument_translations` (a published
translation): both raise `InstrumentFileError` with the path of the first bad field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from desktop.records.instrument_model import Source


class InstrumentFileError(ValueError):
    """An instrument file is malformed.

    Attributes:
        file: the file's name (e.g. "phq9.json").
        field: the field at fault, as a path (e.g. "bands[2].min_score"); "" for the whole file.
        problem: what is wrong, in plain words.
    """

    def __init__(self, file: str, field: str, problem: str) -> None:
        super().__init__(file, field, problem)
        self.file = file
        self.field = field
        self.problem = problem

    def __str__(self) -> str:
        where = f"{self.file}, field {self.field!r}" if self.field else self.file
        return f"instrument file {where}: {self.problem}"


class Reader:
    """Reads fields from one file's JSON, raising InstrumentFileError with the field's path."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, field: str, problem: str) -> InstrumentFileError:
        return InstrumentFileError(self.file, field, problem)

    def get(
        self, obj: Mapping[str, Any], key: str, kind: type, where: str, *, optional: bool = False
    ) -> Any:
        field = f"{where}.{key}" if where else key
        if key not in obj:
            if optional:
                return None
            raise self.fail(field, "is missing")
        value = obj[key]
        # bool is an int in Python; true is never a valid score or number here.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(field, f"must be {_KIND_WORDS[kind]}, not {type(value).__name__}")
        if isinstance(value, str) and not value.strip():
            raise self.fail(field, "must not be empty")
        return value

    def objects(
        self, obj: Mapping[str, Any], key: str, where: str = "", *, optional: bool = False
    ) -> list[tuple[str, Mapping[str, Any]]]:
        values = self.get(obj, key, list, where, optional=optional)
        if values is None:
            return []
        field = f"{where}.{key}" if where else key
        out: list[tuple[str, Mapping[str, Any]]] = []
        for i, value in enumerate(values):
            if not isinstance(value, dict):
                raise self.fail(f"{field}[{i}]", "must be an object")
            out.append((f"{field}[{i}]", value))
        return out

    def strings(self, obj: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        values = self.get(obj, key, list, where)
        field = f"{where}.{key}"
        if not values:
            raise self.fail(field, "must list at least one step")
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                raise self.fail(f"{field}[{i}]", "must be non-empty text")
        return tuple(values)

    def source(self, obj: Mapping[str, Any], where: str) -> Source:
        url = self.get(obj, "url", str, where)
        if not url.startswith("https://"):
            raise self.fail(f"{where}.url", "must be an https address")
        return Source(self.get(obj, "citation", str, where), url)


_KIND_WORDS: Final[dict[type, str]] = {
    str: "text",
    int: "a whole number",
    list: "a list",
    dict: "an object",
    bool: "true or false",
}
