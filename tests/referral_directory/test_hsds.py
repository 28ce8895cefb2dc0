"""HSDS import and export: every official example, the tabular package, refusals, round trips."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from referral_directory import hsds, tabular
from referral_directory.directory import national_resources
from referral_directory.errors import HsdsError
from referral_directory.facts import taxonomy, to_resource
from referral_directory.service_record import to_service

JSON_EXAMPLES = [
    "base.json",
    "location.json",
    "organization_full.json",
    "organization_list.json",
    "service_at_location_full.json",
    "service_at_location_list.json",
    "service_full.json",
    "service_list.json",
    "taxonomy.json",
    "taxonomy_list.json",
    "taxonomy_term.json",
    "taxonomy_term_list.json",
]
EXPECTED_KINDS = {
    "base.json": {},
    "location.json": {"location": 1},
    "organization_full.json": {"organization": 1, "service": 1},
    "organization_list.json": {"organization": 1},
    "service_at_location_full.json": {"service": 1, "service_at_location": 1},
    "service_at_location_list.json": {"service": 1, "service_at_location": 1},
    "service_full.json": {"service": 1},
    "service_list.json": {"service": 1},
    "taxonomy.json": {"taxonomy": 1},
    "taxonomy_list.json": {"taxonomy": 1},
    "taxonomy_term.json": {"taxonomy_term": 1},
    "taxonomy_term_list.json": {"taxonomy_term": 1},
}


def test_every_official_example_is_covered(hsds_dir: Path) -> None:
    assert sorted(p.name for p in (hsds_dir / "examples").glob("*.json")) == sorted(
        [*JSON_EXAMPLES, "tabular.json"]
    )


@pytest.mark.parametrize("name", JSON_EXAMPLES)
def test_official_example_imports_and_round_trips(
    name: str, hsds_dir: Path, official_service_schema: Draft202012Validator
) -> None:
    data = hsds.read_json((hsds_dir / "examples" / name).read_bytes(), name)
    assert {k: len(v) for k, v in data.records.items()} == EXPECTED_KINDS[name]
    for kind, records in data.records.items():
        exported = hsds.export_json(data, kind)
        assert exported["total_items"] == len(records)
        if kind == "service":
            for service in exported["contents"]:
                assert not list(official_service_schema.iter_errors(service))
        again = hsds.read_json(hsds.dumps(exported), "export.json", kind=kind)
        assert again.records[kind] == records


def test_service_example_becomes_a_cautious_resource(hsds_dir: Path) -> None:
    data = hsds.read_json((hsds_dir / "examples/service_full.json").read_bytes(), "x.json")
    resource = to_resource(data.services[0])
    assert resource.name == "Community Counselling"
    assert resource.organization == "Example Organization Inc."
    assert resource.phones[0].number == "+44 1234 234567"
    assert resource.modalities == {"call"}  # from its voice phone
    # No Confide facts: never claim confidentiality nobody checked.
    assert resource.employer_told == "possibly"
    assert resource.licensing_exposure == "possible"
    assert resource.creates_treatment_record is None


def _write_tabular_example(hsds_dir: Path, folder: Path) -> dict[str, list[dict[str, Any]]]:
    example = json.loads((hsds_dir / "examples/tabular.json").read_text())
    names = {spec["path"]: name for name, spec in tabular.tables().items()}
    tables = {names[path]: rows for path, rows in example.items()}
    tabular.write_tabular(tables, folder)
    return tables


def test_official_tabular_package_imports(
    hsds_dir: Path, tmp_path: Path, official_service_schema: Draft202012Validator
) -> None:
    _write_tabular_example(hsds_dir, tmp_path)
    assert json.loads((tmp_path / "datapackage.json").read_text())["resources"]
    data = tabular.read_tabular(tmp_path)
    (service,) = data.services
    assert service["organization"]["name"] == "Example Organization Inc."
    assert service["phones"][0]["number"] == '"+44 1234 234567"'
    assert service["schedules"][0]["byday"] == "TH,FR"
    assert service["service_at_locations"][0]["location"]["name"] == "MyCity Civic Center"
    # The example's attribute links to no row in the package, so it stays unattached.
    assert "attributes" not in service
    assert data.records["taxonomy_term"][0]["id"] == "3f7b145d-84af-42d7-8fae-eaca714b02b2"
    assert service["minimum_age"] == 12  # typed from the compiled tabular schema
    exported = hsds.export_json(data)
    assert not list(official_service_schema.iter_errors(exported["contents"][0]))
    assert hsds.read_json(hsds.dumps(exported), "again.json").services == data.services


def test_shipped_national_directory_validates_against_the_official_schema(
    official_service_schema: Draft202012Validator,
) -> None:
    import resources

    document = json.loads(resources.read_text("directory/national.json"))
    assert hsds.is_page(document)
    for service in document["contents"]:
        assert not list(official_service_schema.iter_errors(service)), service["name"]


def _error(text: str, file: str = "in.json", kind: str | None = None) -> HsdsError:
    with pytest.raises(HsdsError) as caught:
        hsds.read_json(text, file, kind)
    return caught.value


def test_errors_name_file_record_and_field(hsds_dir: Path) -> None:
    document = json.loads((hsds_dir / "examples/service_list.json").read_text())
    document["contents"].append(dict(document["contents"][0], id="second", status="closed"))
    error = _error(json.dumps(document), "org.json")
    assert (error.file, error.record, error.field) == ("org.json", "second", "status")
    assert "active" in error.problem

    del document["contents"][1]["status"]
    error = _error(json.dumps(document), "org.json", kind="service")
    assert (error.record, error.field, error.problem) == ("second", "status", "is required")

    document["contents"][1]["status"] = "active"
    document["contents"][1]["name"] = 5
    error = _error(json.dumps(document), "org.json", kind="service")
    assert (error.record, error.field) == ("second", "name")

    document["contents"][1] = {"name": "no id", "status": "active"}
    error = _error(json.dumps(document), "org.json")
    assert (error.record, error.field) == ("#1", "id")


def test_nested_field_and_repeated_ids_are_named(hsds_dir: Path) -> None:
    service = json.loads((hsds_dir / "examples/service_full.json").read_text())
    service["phones"][0]["number"] = 12
    error = _error(json.dumps(service))
    assert error.field == "phones[0].number"
    service = json.loads((hsds_dir / "examples/service_full.json").read_text())
    error = _error(json.dumps([service, service]))
    assert (error.record, error.field) == (service["id"], "id")


def test_a_confide_fact_with_a_bad_value_is_refused() -> None:
    import resources

    document = json.loads(resources.read_text("directory/national.json"))
    attrs = document["contents"][0]["attributes"]
    index = next(i for i, a in enumerate(attrs) if a["taxonomy_term"]["code"] == "employer_told")
    attrs[index]["value"] = "sometimes"
    error = _error(json.dumps(document), "national.json")
    assert error.field == f"attributes[{index}].value (employer_told)"
    assert error.record == document["contents"][0]["id"]


@pytest.mark.parametrize("text", ["", "{", "[1, 2]", '"text"', "null", "[" * 100_000])
def test_not_hsds_is_refused(text: str) -> None:
    assert _error(text).file == "in.json"


def test_tabular_errors_name_the_csv_file(hsds_dir: Path, tmp_path: Path) -> None:
    _write_tabular_example(hsds_dir, tmp_path)
    path = tmp_path / "services.csv"
    lines = path.read_text().splitlines()
    header = lines[0].split(",")
    cells = next(iter(__import__("csv").reader([lines[1]])))
    cells[header.index("minimum_age")] = "twelve"
    import csv
    import io

    out = io.StringIO()
    csv.writer(out).writerows([header, cells])
    path.write_text(out.getvalue())
    with pytest.raises(HsdsError) as caught:
        tabular.read_tabular(tmp_path)
    assert (caught.value.file, caught.value.field) == ("services.csv", "minimum_age")
    assert caught.value.record == "ac148810-d857-441c-9679-408f346de14b"


def test_tabular_package_paths_stay_inside(tmp_path: Path) -> None:
    (tmp_path / "datapackage.json").write_text(
        json.dumps({"resources": [{"name": "service", "path": "../services.csv"}]})
    )
    with pytest.raises(HsdsError) as caught:
        tabular.read_tabular(tmp_path)
    assert caught.value.field == "path"


def test_missing_tabular_file_is_named(hsds_dir: Path, tmp_path: Path) -> None:
    _write_tabular_example(hsds_dir, tmp_path)
    (tmp_path / "phones.csv").unlink()
    with pytest.raises(HsdsError) as caught:
        tabular.read_tabular(tmp_path)
    assert caught.value.file == "phones.csv"


def test_claim_evidence_survives_the_tabular_package(tmp_path: Path) -> None:
    # A claim's source, date and status are attribute rows linked to the claim's own
    # attribute row (link_entity "attribute"): the join must carry them with the service.
    psl = next(r for r in national_resources() if r.name == "Physician Support Line")
    service = to_service(psl)
    flat = {k: v for k, v in service.items() if not isinstance(v, list | dict)}
    attributes = [
        {k: v for k, v in a.items() if k != "taxonomy_term"}
        for a in service["attributes"]
        + [a for p in service["phones"] for a in p.get("attributes", [])]
    ]
    tables = {
        "service": [flat],
        "organization": [service["organization"]],
        "phone": [{k: v for k, v in p.items() if k != "attributes"} for p in service["phones"]],
        "attribute": attributes,
        "taxonomy_term": [
            {k: v for k, v in t.items() if k != "x_confide_value"}
            for t in taxonomy()["taxonomy_terms"]
        ],
    }
    tabular.write_tabular(tables, tmp_path)
    (read,) = tabular.read_tabular(tmp_path).services
    assert any(a["link_entity"] == "attribute" for a in read["attributes"])
    assert to_resource(read).claims == psl.claims


def test_the_official_tabular_package_loses_nothing_unsaid(hsds_dir: Path, tmp_path: Path) -> None:
    tables = _write_tabular_example(hsds_dir, tmp_path)
    data, skipped = tabular.read_tabular_report(tmp_path)
    carried = json.dumps({kind: list(records) for kind, records in data.records.items()})
    for table, rows in tables.items():
        path = tabular.tables()[table]["path"]
        for row in rows:
            assert row["id"] in carried or path in skipped, f"{path} row {row['id']} dropped"
    # What the official example links to nothing is named, with why; nothing else is.
    assert skipped == {
        "attributes.csv": "1 row linked to no record in the package",
        "metadata.csv": "1 row linked to no record in the package",
        "meta_table_descriptions.csv": "1 row linked to no record in the package",
    }
    (service,) = data.services
    location = service["service_at_locations"][0]["location"]
    # Rows nested under a location or an organization, once dropped, are carried.
    assert location["accessibility"][0]["id"] == tables["accessibility"][0]["id"]
    assert location["phones"][0]["id"] == tables["phone"][0]["id"]
    assert location["languages"] and location["schedules"] and location["contacts"]
    organization = service["organization"]
    assert organization["organization_identifiers"][0]["id"] == (
        tables["organization_identifier"][0]["id"]
    )
    assert organization["funding"] and organization["programs"]
    assert service["phones"][0]["languages"]  # a phone's languages, by phone_id
