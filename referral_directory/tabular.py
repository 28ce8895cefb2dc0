"""The HSDS tabular data package: CSV files plus `datapackage.json`, in and out.

Reading checks every row of every table against the field types of the official compiled
tabular schema (`resources/hsds/tabular.json`), then joins the tables into nested service
records by their foreign keys and checks those like any HSDS JSON import. Nothing is
returned until every file passed, so a bad package never half-replaces good data.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any, Final

from jsonschema import Draft202012Validator

import resources
from referral_directory.errors import HsdsError
from referral_directory.hsds import HsdsData, collect, record_name

TABULAR_RESOURCE: Final = "hsds/tabular.json"
DATAPACKAGE: Final = "datapackage.json"
MAX_FILE_BYTES: Final = 512 * 1024 * 1024
# Nested lists a service record carries, and the foreign key that links each table row.
_SERVICE_CHILDREN: Final = {
    "phones": "phone",
    "schedules": "schedule",
    "service_areas": "service_area",
    "languages": "language",
    "funding": "funding",
    "cost_options": "cost_option",
    "required_documents": "required_document",
    "contacts": "contact",
}


@cache
def tables() -> dict[str, dict[str, Any]]:
    """Table name -> {"path", "fields" {name: type}, "required"} from the compiled schema."""
    schema = json.loads(resources.read_text(TABULAR_RESOURCE))
    out = {}
    for name, table in schema["properties"].items():
        item = table["items"]
        fields = {
            f: spec.get("type", "string")
            for f, spec in item["properties"].items()
            if spec.get("type") != "array"
        }
        out[name] = {
            "path": item["path"],
            "fields": fields,
            "required": list(item.get("required", [])),
            "properties": {f: item["properties"][f] for f in fields},
        }
    return out


@cache
def _row_validator(table: str) -> Draft202012Validator:
    spec = tables()[table]
    properties = {}
    for name, prop in spec["properties"].items():
        kept = {k: v for k, v in prop.items() if k in ("type", "enum")}
        properties[name] = kept
    return Draft202012Validator(
        {"type": "object", "properties": properties, "required": spec["required"]}
    )


def _cell(table: str, column: str, text: str, where: tuple[str, str]) -> Any:
    kind = tables()[table]["fields"].get(column, "string")
    if kind != "number":
        return text
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        raise HsdsError(where[0], where[1], column, "must be a number") from None


def _resource_path(folder: Path, entry: Any, index: int) -> tuple[str, Path]:
    if not isinstance(entry, dict):
        raise HsdsError(DATAPACKAGE, f"#{index}", "resources", "must be an object")
    raw = entry.get("path")
    if not isinstance(raw, str) or not raw:
        raise HsdsError(DATAPACKAGE, f"#{index}", "path", "must be a file name")
    pure = PurePosixPath(raw)
    if pure.is_absolute() or ".." in pure.parts or ":" in raw or "\\" in raw:
        raise HsdsError(DATAPACKAGE, f"#{index}", "path", "must stay inside the package")
    return raw, folder.joinpath(*pure.parts)


def _table_for(entry: dict[str, Any], path: str) -> str | None:
    name = entry.get("name")
    for table, spec in tables().items():
        if name == table or spec["path"] == path:
            return table
    return None  # an extension table Confide does not read


def _read_table(table: str, file: str, path: Path) -> list[dict[str, Any]]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise HsdsError(file, "-", "", "file too large")
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise HsdsError(file, "-", "", "file is missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise HsdsError(file, "-", "", f"cannot be read ({type(exc).__name__})") from None
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        rows: list[dict[str, Any]] = []
        for index, raw in enumerate(reader):
            if None in raw or any(v is None for v in raw.values()):
                raise HsdsError(
                    file, f"#{index}", "", "has a different number of cells than the header"
                )
            where = (file, str(raw.get("id") or f"#{index}"))
            row = {k: _cell(table, k, v, where) for k, v in raw.items() if k and v != ""}
            errors = list(_row_validator(table).iter_errors(row))
            if errors:
                error = errors[0]
                field = (
                    next(n for n in error.validator_value if n not in row)
                    if error.validator == "required"
                    else ".".join(map(str, error.path))
                )
                raise HsdsError(
                    file,
                    record_name(row, index),
                    field,
                    "is required"
                    if error.validator == "required"
                    else f"fails the HSDS schema ({error.validator})",
                )
            rows.append(row)
    except csv.Error as exc:
        raise HsdsError(file, f"line {reader.line_num}", "", f"not valid CSV ({exc})") from None
    return rows


def _by(rows: list[dict[str, Any]], key: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if isinstance(row.get(key), str):
            out.setdefault(row[key], []).append(row)
    return out


def _join(found: dict[str, list[dict[str, Any]]]) -> list[tuple[str | None, Any]]:
    def rows(table: str) -> list[dict[str, Any]]:
        return found.get(table, [])

    taxonomies = {t["id"]: t for t in rows("taxonomy")}
    terms = {}
    for row in rows("taxonomy_term"):
        term = dict(row)
        if term.get("taxonomy_id") in taxonomies:
            term["taxonomy_detail"] = taxonomies[term["taxonomy_id"]]
        terms[term["id"]] = term
    attributes = _by(
        [
            {
                **a,
                **(
                    {"taxonomy_term": terms[a["taxonomy_term_id"]]}
                    if a.get("taxonomy_term_id") in terms
                    else {}
                ),
            }
            for a in rows("attribute")
        ],
        "link_id",
    )
    organizations = {o["id"]: o for o in rows("organization")}
    programs = {p["id"]: p for p in rows("program")}
    addresses = _by(rows("address"), "location_id")
    locations = {
        loc["id"]: {
            **loc,
            **({"addresses": addresses[loc["id"]]} if loc["id"] in addresses else {}),
        }
        for loc in rows("location")
    }
    links = _by(
        [
            {
                **s,
                **(
                    {"location": locations[s["location_id"]]}
                    if s.get("location_id") in locations
                    else {}
                ),
            }
            for s in rows("service_at_location")
        ],
        "service_id",
    )
    children = {key: _by(rows(table), "service_id") for key, table in _SERVICE_CHILDREN.items()}
    phone_attrs = attributes
    out: list[tuple[str | None, Any]] = []
    for service in rows("service"):
        record = dict(service)
        sid = service["id"]
        for key, by_service in children.items():
            if sid in by_service:
                items = by_service[sid]
                if key == "phones":
                    items = [
                        {
                            **p,
                            **(
                                {"attributes": phone_attrs[p["id"]]}
                                if p["id"] in phone_attrs
                                else {}
                            ),
                        }
                        for p in items
                    ]
                record[key] = items
        if sid in attributes:
            # A claim's evidence (source, date, status) is linked to the claim's own
            # attribute row, not to the service: it travels with the service's attributes.
            own = attributes[sid]
            linked = [a for attr in own for a in attributes.get(str(attr.get("id")), [])]
            record["attributes"] = own + linked
        if sid in links:
            record["service_at_locations"] = links[sid]
        if service.get("organization_id") in organizations:
            record["organization"] = organizations[service["organization_id"]]
        if service.get("program_id") in programs:
            record["program"] = programs[service["program_id"]]
        out.append(("service", record))
    out += [("organization", o) for o in rows("organization")]
    out += [("taxonomy_term", t) for t in terms.values()]
    return out


def read_tabular(folder: Path) -> HsdsData:
    """Import an HSDS tabular data package from `folder` (with its `datapackage.json`).

    Raises:
        HsdsError: naming the file, the record and the field of the first problem.
    """
    try:
        package = json.loads((folder / DATAPACKAGE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise HsdsError(DATAPACKAGE, "-", "", "file is missing") from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        raise HsdsError(DATAPACKAGE, "-", "", "not valid JSON") from None
    entries = package.get("resources") if isinstance(package, dict) else None
    if not isinstance(entries, list):
        raise HsdsError(DATAPACKAGE, "package", "resources", "must be a list")
    found: dict[str, list[dict[str, Any]]] = {}
    for index, entry in enumerate(entries):
        path, full = _resource_path(folder, entry, index)
        table = _table_for(entry, path)
        if table is not None:
            found.setdefault(table, []).extend(_read_table(table, path, full))
    return collect(_join(found), "the joined tabular package")


def datapackage(names: Sequence[str]) -> dict[str, Any]:
    """A `datapackage.json` describing the given tables, from the compiled schema."""
    resources_out = []
    for name in names:
        spec = tables()[name]
        fields = [{"name": f, "type": t} for f, t in spec["fields"].items()]
        resources_out.append(
            {
                "name": name,
                "path": spec["path"],
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "schema": {"fields": fields},
            }
        )
    return {"name": "hsds", "profile": "tabular-data-package", "resources": resources_out}


def write_tabular(rows_by_table: Mapping[str, Sequence[Mapping[str, Any]]], folder: Path) -> None:
    """Write tables (HSDS table name -> flat rows) as CSV files plus `datapackage.json`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in rows_by_table.items():
        columns = list(tables()[name]["fields"])
        with (folder / tables()[name]["path"]).open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            for row in rows:
                writer.writerow({k: v for k, v in row.items() if k in columns})
    text = json.dumps(datapackage(list(rows_by_table)), indent=2) + "\n"
    (folder / DATAPACKAGE).write_text(text, encoding="utf-8")
