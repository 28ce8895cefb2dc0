"""The HSDS tabular data package: CSV files plus `datapackage.json`, in and out.

Reading checks every row of every table against the field types of the official compiled
tabular schema (`resources/hsds/tabular.json`), then joins the tables into nested records
by their foreign keys, nesting every object wherever the compiled HSDS schema nests it
(a location's accessibility and phones, an organization's identifiers, anything's
attributes and metadata), and checks those like any HSDS JSON import. A row that nothing
in the package links to is not silently lost: `read_tabular_report` names it. Nothing is
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
from referral_directory.hsds import SCHEMA_RESOURCE, HsdsData, collect, record_name

TABULAR_RESOURCE: Final = "hsds/tabular.json"
DATAPACKAGE: Final = "datapackage.json"
MAX_FILE_BYTES: Final = 512 * 1024 * 1024


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


@cache
def nesting() -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """Object -> ((property, nested object, a list?), ...), from the compiled HSDS schema.

    This is what the tabular join rebuilds: every table the schema nests anywhere.
    """
    schema = json.loads(resources.read_text(SCHEMA_RESOURCE))
    objects = {"service": schema, **schema["definitions"]}
    out = {}
    for name, definition in objects.items():
        found = []
        for prop, spec in definition.get("properties", {}).items():
            many = spec.get("type") == "array"
            ref = (spec.get("items", {}) if many else spec).get("$ref", "")
            if ref.startswith("#/definitions/"):
                found.append((prop, ref.removeprefix("#/definitions/"), many))
        out[name] = tuple(found)
    return out


def _key(parent: str, prop: str, child: str, many: bool) -> str:
    """The column that links a nested row to its parent (or the parent to a single one)."""
    if not many:
        return "taxonomy_id" if prop == "taxonomy_detail" else f"{prop}_id"
    return {"attribute": "link_id", "metadata": "resource_id"}.get(child, f"{parent}_id")


class _Joiner:
    """Nests table rows as the schema nests the objects, and notes every row it used."""

    def __init__(self, found: dict[str, list[dict[str, Any]]]) -> None:
        self.found = found
        self.by_id = {t: {r["id"]: r for r in rows if isinstance(r.get("id"), str)}
                      for t, rows in found.items()}  # fmt: skip
        self.children: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = {}
        self.used: dict[str, set[str]] = {}

    def _rows_of(self, table: str, key: str) -> dict[str, list[dict[str, Any]]]:
        if (table, key) not in self.children:
            self.children[table, key] = _by(self.found.get(table, []), key)
        return self.children[table, key]

    def build(self, kind: str, row: dict[str, Any], above: frozenset[str]) -> dict[str, Any]:
        """`row` with everything nested under it (never an object inside one of its kind)."""
        self.used.setdefault(kind, set()).add(str(row.get("id")))
        record = dict(row)
        inside = above | {kind}
        for prop, child, many in nesting().get(kind, ()):
            if child in inside:
                continue
            key = _key(kind, prop, child, many)
            if many:
                rows = self._rows_of(child, key).get(str(row.get("id")), [])
                if child == "attribute":
                    # A claim's evidence (source, date, status) is linked to the claim's own
                    # attribute row, not to the service: it travels with the attributes.
                    linked = self._rows_of("attribute", "link_id")
                    rows = rows + [a for r in rows for a in linked.get(str(r.get("id")), [])]
                if rows:
                    record[prop] = [self.build(child, r, inside) for r in rows]
            else:
                target = self.by_id.get(child, {}).get(str(row.get(key)))
                if target is not None:
                    record[prop] = self.build(child, target, inside)
        return record

    def skipped(self) -> dict[str, int]:
        """Rows of each table that nothing in the package nests (table name -> count)."""
        out = {}
        for table, rows in self.found.items():
            used = self.used.get(table, set())
            left = sum(1 for r in rows if str(r.get("id")) not in used)
            if left:
                out[table] = left
        return out


# Records the join returns whole, besides what is nested in them; the rest only nest.
_TOP_LEVEL: Final = ("service", "organization", "location", "taxonomy_term", "taxonomy")


def _join(found: dict[str, list[dict[str, Any]]]) -> tuple[list[tuple[str | None, Any]], _Joiner]:
    joiner = _Joiner(found)
    out: list[tuple[str | None, Any]] = []
    for kind in _TOP_LEVEL:
        out += [(kind, joiner.build(kind, row, frozenset())) for row in found.get(kind, [])]
    return out, joiner


def read_tabular(folder: Path) -> HsdsData:
    """Import an HSDS tabular data package from `folder` (with its `datapackage.json`).

    Raises:
        HsdsError: naming the file, the record and the field of the first problem.
    """
    return read_tabular_report(folder)[0]


def read_tabular_report(folder: Path) -> tuple[HsdsData, dict[str, str]]:
    """`read_tabular`, and what it left out: {csv file: why} (nothing, for a whole package).

    Every table the HSDS schema nests is carried, nested where the schema puts it; a row
    is left out only when no row in the package links to it (or its table nests nowhere,
    as `meta_table_descriptions`), and then it is named here.

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
    skipped: dict[str, str] = {}
    for index, entry in enumerate(entries):
        path, full = _resource_path(folder, entry, index)
        table = _table_for(entry, path)
        if table is not None:
            found.setdefault(table, []).extend(_read_table(table, path, full))
        else:
            skipped[path] = "not an HSDS table"
    records, joiner = _join(found)
    data = collect(records, "the joined tabular package")
    for table, count in joiner.skipped().items():
        plural = "s" if count != 1 else ""
        skipped[tables()[table]["path"]] = f"{count} row{plural} linked to no record in the package"
    return data, skipped


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
