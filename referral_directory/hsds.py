"""Open Referral HSDS 3.0 JSON: import (single records and list pages), checking, export.

Every record is checked against the official compiled schema (shipped unchanged in
`resources/hsds/`, CC BY-SA 4.0) before anything is returned, so an import is all or
nothing: the caller swaps in the new data only after the whole file passed. A problem is
reported as `HsdsError(file, record, field, problem)`.

The data is kept as the HSDS records themselves (plain dicts), so what is imported is
what is exported: nothing outside Confide's own facts is lost on the way through.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, Final

import resources
from referral_directory import compact
from referral_directory.errors import HsdsError
from referral_directory.facts import to_resource
from referral_directory.licensing import is_licensing_service
from referral_directory.model import Origin, Resource
from referral_directory.schemacheck import Check, Unsupported, compile_schema

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

SCHEMA_RESOURCE: Final = "hsds/service_with_definitions.json"
HSDS_VERSION: Final = "3.0"
KINDS: Final = (
    "service",
    "organization",
    "location",
    "service_at_location",
    "taxonomy",
    "taxonomy_term",
)
_PAGE_KEYS: Final = (
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
)
MAX_RECORDS: Final = 1_000_000
PROGRESS_EVERY: Final = 500  # records between progress reports (a cheap call each time)

Progress = Callable[[int, int], None]
"""Called as records are read: (records done, records in all)."""


@dataclass(frozen=True)
class HsdsData:
    """HSDS records by kind ("service", "organization", ...), each a tuple of dicts.

    Services carry their organization, phones, schedules, attributes and service at
    locations nested, as in the compiled `service` schema.
    """

    records: Mapping[str, tuple[dict[str, Any], ...]] = field(default_factory=dict)
    # The services as `Resource`s, made while checking them (so nothing converts twice);
    # empty when the data was merged or built by hand.
    resources: tuple[Resource, ...] = field(default=(), compare=False, repr=False)
    # Services that carry state boards' licensing questions (see `licensing`): data for the
    # "Worried about my license" answer, never a resource to list; kept whole.
    licensing: tuple[dict[str, Any], ...] = field(default=(), compare=False, repr=False)

    @property
    def services(self) -> tuple[dict[str, Any], ...]:
        """The service records."""
        return self.records.get("service", ())

    def merged(self, other: HsdsData) -> HsdsData:
        """Both sets of records, `other`'s after this one's."""
        kinds = dict.fromkeys([*self.records, *other.records])
        return HsdsData({k: self.records.get(k, ()) + other.records.get(k, ()) for k in kinds})


@cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(resources.read_text(SCHEMA_RESOURCE))
    return schema


def _schema_for(kind: str) -> dict[str, Any]:
    schema = _schema()
    if kind == "service":
        return schema
    return {"$ref": f"#/definitions/{kind}", "definitions": schema["definitions"]}


@cache
def validator(kind: str) -> Draft202012Validator:
    """A validator for one record of `kind`, from the compiled HSDS schema."""
    # Imported here: jsonschema costs ~60 ms, and only a failing record (for its message)
    # or a schema the quick check cannot compile needs it; the lock screen never does.
    from jsonschema import Draft202012Validator  # noqa: PLC0415 - see above

    return Draft202012Validator(_schema_for(kind))


@cache
def quick_check(kind: str) -> Check | None:
    """The fast yes/no check for `kind` (None when the schema needs full `jsonschema`)."""
    try:
        return compile_schema(_schema_for(kind))
    except Unsupported:
        return None


def _path(error: ValidationError) -> str:
    parts = ""
    for part in error.absolute_path:
        parts += f"[{part}]" if isinstance(part, int) else f".{part}"
    return parts.lstrip(".")


def _error_field(error: ValidationError) -> str:
    where = _path(error)
    if error.validator == "required" and isinstance(error.instance, dict):
        required: list[str] = list(error.validator_value)  # type: ignore[arg-type]  # "required" holds names
        missing = next((n for n in required if n not in error.instance), "")
        return f"{where}.{missing}".lstrip(".")
    return where


def _problem(error: ValidationError) -> str:
    # Never the offending value: it may be long, or personal text in a bad place.
    if error.validator == "required":
        return "is required"
    if error.validator == "type":
        return f"must be of type {error.validator_value}"
    if error.validator == "enum":
        return "must be one of " + ", ".join(map(str, error.validator_value))  # type: ignore[arg-type]  # "enum" holds a list
    return f"fails the HSDS schema ({error.validator})"


def record_name(record: Any, index: int) -> str:
    """How an error names a record: its id, else its position ("#3")."""
    if isinstance(record, dict) and isinstance(record.get("id"), str) and record["id"]:
        return str(record["id"])[:80]
    return f"#{index}"


def check_record(kind: str, record: Any, file: str, index: int) -> None:
    """Raise `HsdsError` for the first schema problem in one record."""
    if not isinstance(record, dict):
        raise HsdsError(file, f"#{index}", "", f"a {kind} record must be a JSON object")
    quick = quick_check(kind)
    if quick is not None and quick(record):
        return  # valid: jsonschema is asked only to word a problem
    errors = sorted(validator(kind).iter_errors(record), key=lambda e: list(e.absolute_path))
    if errors:
        raise HsdsError(
            file, record_name(record, index), _error_field(errors[0]), _problem(errors[0])
        )


def detect_kind(record: Mapping[str, Any]) -> str | None:  # noqa: PLR0911 (one rule a line)
    """Which HSDS object a record is, from its fields (None for profile metadata)."""
    if "id" not in record and ("openapi_url" in record or "profile" in record):
        return None
    if "location_type" in record:
        return "location"
    if "status" in record:
        return "service"
    if isinstance(record.get("service"), dict) or isinstance(record.get("location"), dict):
        return "service_at_location"
    if any(k in record for k in ("code", "parent_id", "term_uri", "taxonomy_detail")):
        return "taxonomy_term"
    if "version" in record and "name" in record and "website" not in record:
        return "taxonomy"
    return "organization"


def _records_in(document: Any, file: str) -> list[Any]:
    if isinstance(document, list):
        return document
    if isinstance(document, dict) and "contents" in document:
        contents = document["contents"]
        if not isinstance(contents, list):
            raise HsdsError(file, "page", "contents", "must be a list of records")
        return contents
    return [document]


class _Collector:
    """Sorts checked records into kinds, unnesting services from their containers."""

    def __init__(self, file: str, origin: Origin = "national", keep: bool = True) -> None:
        self.file = file
        self.origin: Origin = origin
        self.keep = keep
        self.out: dict[str, list[dict[str, Any]]] = {}
        self.seen: dict[str, set[str]] = {}
        self.resources: list[Resource] = []
        self.licensing: list[dict[str, Any]] = []

    def add(self, kind: str, record: dict[str, Any], index: int) -> None:
        ids = self.seen.setdefault(kind, set())
        if record["id"] in ids:
            raise HsdsError(
                self.file, record_name(record, index), "id", f"this {kind} id appears twice"
            )
        ids.add(record["id"])
        if self.keep:
            self.out.setdefault(kind, []).append(record)

    def take(self, kind: str, record: dict[str, Any], index: int) -> None:
        check_record(kind, record, self.file, index)
        if kind == "organization" and isinstance(record.get("services"), list):
            organization = {k: v for k, v in record.items() if k != "services"}
            for i, service in enumerate(record["services"]):
                if not isinstance(service, dict):
                    raise HsdsError(
                        self.file, record_name(record, index), f"services[{i}]", "must be an object"
                    )
                self.take("service", {"organization": organization, **service}, i)
            record = organization
        elif kind == "service_at_location" and isinstance(record.get("service"), dict):
            link = {k: v for k, v in record.items() if k != "service"}
            service = dict(record["service"])
            if not any(
                isinstance(s, dict) and s.get("id") == link["id"]
                for s in service.get("service_at_locations") or []
            ):
                service["service_at_locations"] = [
                    *(service.get("service_at_locations") or []),
                    link,
                ]
            self.take("service", service, index)
            record = link
        if kind == "service":
            # Confide's facts must read too, or the directory would fail after the swap
            # (a board-questions service's answers are checked there as well).
            resource = to_resource(
                record, self.origin, file=self.file, record=record_name(record, index)
            )
            self.add(kind, record, index)
            if is_licensing_service(record):
                self.licensing.append(record)
            else:
                self.resources.append(resource)
            return
        self.add(kind, record, index)

    def result(self) -> HsdsData:
        resources = tuple(self.resources)
        return HsdsData(
            {k: tuple(v) for k, v in self.out.items()}, resources, tuple(self.licensing)
        )


def collect(
    records: Iterable[tuple[str | None, Any]],
    file: str,
    *,
    origin: Origin = "national",
    progress: Progress | None = None,
    total: int = 0,
    keep_records: bool = True,
) -> HsdsData:
    """Check records (kind, record; kind None = detect) and sort them; all or nothing.

    Args:
        origin: what the services' `Resource`s are marked as.
        progress: called every `PROGRESS_EVERY` records with (done, `total`).
        total: how many records there are, for `progress`.
        keep_records: False keeps only the `Resource`s (a large bundle's records need not
            stay in memory once checked and converted).
    """
    collector = _Collector(file, origin, keep_records)
    for index, (kind, record) in enumerate(records):
        if index >= MAX_RECORDS:
            raise HsdsError(file, f"#{index}", "", "too many records")
        if not isinstance(record, dict):
            raise HsdsError(file, f"#{index}", "", "a record must be a JSON object")
        found = kind or detect_kind(record)
        if found is not None:
            collector.take(found, record, index)
        if progress is not None and index % PROGRESS_EVERY == 0:
            progress(index, total)
    if progress is not None:
        progress(total, total)
    return collector.result()


def read_json(
    text: str | bytes,
    file: str = "<input>",
    kind: str | None = None,
    *,
    origin: Origin = "national",
    progress: Progress | None = None,
    keep_records: bool = True,
) -> HsdsData:
    """Import one HSDS JSON document: a record, a list page ({"contents": [...]}), an array,
    or Confide's compact bundle envelope (see `compact`).

    Args:
        text: the document.
        file: its name, for error messages.
        kind: the record kind when known ("service", ...); detected from fields otherwise.
        origin: what the services' `Resource`s (in `HsdsData.resources`) are marked as.
        progress: told how far the check has got, (records done, records in all).
        keep_records: see `collect`.

    Raises:
        HsdsError: not JSON, or any record fails the schema or Confide's facts.
    """
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown HSDS kind {kind!r}")
    if compact.is_compact(text):
        reader = compact.Reader(text, file)
        for index, term in enumerate(reader.terms.values()):  # each term checked once
            check_record("taxonomy_term", term, file, index)
        return collect(
            (("service", r) for r in reader.services(expand=keep_records)),
            file,
            origin=origin,
            progress=progress,
            total=compact.count(text),
            keep_records=keep_records,
        )
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as exc:
        line = getattr(exc, "lineno", None)
        raise HsdsError(
            file, "-", "", "not valid JSON" + (f" (line {line})" if line else "")
        ) from None
    records = _records_in(document, file)
    return collect(
        ((kind, r) for r in records),
        file,
        origin=origin,
        progress=progress,
        total=len(records),
        keep_records=keep_records,
    )


def page(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Records in the HSDS list-page envelope the official list examples use."""
    count = len(records)
    return {
        "total_items": count,
        "total_pages": 1,
        "page_number": 1,
        "size": count,
        "first_page": True,
        "last_page": True,
        "empty": count == 0,
        "contents": [dict(r) for r in records],
    }


def export_json(data: HsdsData, kind: str = "service") -> dict[str, Any]:
    """One kind of record as an HSDS list page; every record is checked on the way out.

    Raises:
        HsdsError: a record no longer passes the schema (a bug, never silent).
    """
    records = data.records.get(kind, ())
    for index, record in enumerate(records):
        check_record(kind, record, "<export>", index)
    return page(records)


def dumps(document: Any) -> str:
    """Stable JSON text for an export (sorted keys are left alone: field order reads best)."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def is_page(document: Any) -> bool:
    """Whether a document has the list-page envelope."""
    return (
        isinstance(document, dict)
        and "contents" in document
        and all(k in document for k in _PAGE_KEYS[:1])
    )
