"""The person's own export: check-ins and questionnaires as CSV and FHIR, sealed in one file.

Everything is built in memory and handed back as bytes; only the file the person chose is
ever written (atomic, owner-only), so no copy of their notes lingers in a temp folder. The
sealed file is a plain tar, age-encrypted with a passphrase by default so the standard
`age` tool opens it without Confide; unencrypted only after the view has warned them.

The person's private notes are included: it is their data and they asked for it.

FHIR R4 puts no `code` on QuestionnaireResponse items, so the LOINC codes travel where R4
has room for them: a Questionnaire per instrument in the same Bundle (`code` on the panel
and on each item, matching the responses' linkIds), which the responses point at by
canonical URL. A clinician's system reads the codes from there.

The unscored functional item (PHQ-9, GAD-7: "how difficult have these problems made it
...") travels beside the scored answers when the person answered it: its own CSV column
and its own Questionnaire item, coded LOINC 69722-7 where the instrument file says so.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import tarfile
import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any, Final

import pyrage

from crypto.atomic import write_atomic
from desktop.records.checkins import CheckIn
from desktop.records.instruments import Instrument
from desktop.records.results_store import SavedResult

CHECKINS_CSV: Final = "checkins.csv"
QUESTIONNAIRES_CSV: Final = "questionnaires.csv"
QUESTIONNAIRES_FHIR: Final = "questionnaires.fhir.json"
LOINC: Final = "http://loinc.org"
# Confide has no web address of its own; a URN is a valid canonical and promises no server.
CANONICAL_BASE: Final = "urn:confide:questionnaire:"
ANSWER_SYSTEM_BASE: Final = "urn:confide:answers:"
CHECKIN_COLUMNS: Final = ("day", "recorded_at", "mood", "energy", "sleep", "stressors", "note")
QUESTIONNAIRE_COLUMNS: Final = (
    "instrument", "completed_at", "score", "band", "risk", "answers", "functional",
)  # fmt: skip
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


class Format(Enum):
    """What form the questionnaires take; check-ins are always CSV (FHIR has no form here)."""

    CSV = "csv"
    FHIR = "fhir"
    BOTH = "both"


@dataclass(frozen=True)
class ExportChoice:
    """What the person chose to export."""

    checkins: bool
    questionnaires: bool
    format: Format = Format.BOTH

    @property
    def is_empty(self) -> bool:
        return not (self.checkins or self.questionnaires)


def _cell(text: str) -> str:
    """Text as a spreadsheet shows it, never as a formula it would run.

    The leading apostrophe is the usual defence (OWASP); it is visible in a text editor,
    which is the price of a file that is safe to open in Excel or LibreOffice.
    """
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180 line ends
    writer.writerow(header)
    writer.writerows(rows)
    # The byte-order mark makes Excel read UTF-8 (accents, em dashes) instead of guessing.
    return out.getvalue().encode("utf-8-sig")


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def export_csv(checkins: Iterable[CheckIn], results: Iterable[SavedResult]) -> dict[str, bytes]:
    """Check-ins and questionnaire results as two CSV files, by file name.

    Check-in columns are `CHECKIN_COLUMNS` (stressors by label, "; "-separated; the note in
    full); questionnaire columns are `QUESTIONNAIRE_COLUMNS` (answers as the item values,
    " "-separated, item 1 first). Times are ISO 8601 in UTC.
    """
    checkin_rows = (
        (
            c.day.isoformat(),
            c.recorded_at.isoformat(),
            c.mood,
            c.energy,
            c.sleep,
            "; ".join(c.stressor_labels()),
            _cell(c.note),
        )
        for c in checkins
    )
    result_rows = (
        (
            r.instrument_id,
            r.completed_at.isoformat(),
            _number(r.score),
            _cell(r.band),
            "yes" if r.risk else "no",
            " ".join(str(a) for a in r.answers),
            "" if r.functional is None else r.functional,
        )
        for r in results
    )
    return {
        CHECKINS_CSV: _csv(CHECKIN_COLUMNS, checkin_rows),
        QUESTIONNAIRES_CSV: _csv(QUESTIONNAIRE_COLUMNS, result_rows),
    }


def link_id(instrument_id: str, part: int | str) -> str:
    """The linkId of item `part` (a number from 1, or "total"/"band") of an instrument."""
    return f"{instrument_id}/{part}"


def canonical(instrument_id: str) -> str:
    return CANONICAL_BASE + instrument_id


FUNCTIONAL_PART: Final = "functional"


def _functional_system(instrument_id: str) -> str:
    # Its own answer system: its values 0-3 mean other words than the scored options'.
    return f"{ANSWER_SYSTEM_BASE}{instrument_id}:{FUNCTIONAL_PART}"


def _loinc(code: str) -> list[dict[str, str]]:
    return [{"system": LOINC, "code": code}]


def _questionnaire(instrument: Instrument) -> dict[str, Any]:
    """The instrument as an R4 Questionnaire: where its LOINC codes can live."""
    system = ANSWER_SYSTEM_BASE + instrument.id
    items: list[dict[str, Any]] = []
    for item in instrument.items:
        entry: dict[str, Any] = {
            "linkId": link_id(instrument.id, item.number),
            "text": item.text,
            "type": "choice",
            "required": True,
            "answerOption": [
                {"valueCoding": {"system": system, "code": str(o.value), "display": o.label}}
                for o in instrument.options
            ],
        }
        if item.loinc:
            entry["code"] = _loinc(item.loinc)
        items.append(entry)
    functional = instrument.functional_item
    if functional is not None:
        extra: dict[str, Any] = {
            "linkId": link_id(instrument.id, FUNCTIONAL_PART),
            "text": functional.text,
            "type": "choice",
            "required": False,
            "answerOption": [
                {
                    "valueCoding": {
                        "system": _functional_system(instrument.id),
                        "code": str(o.value),
                        "display": o.label,
                    }
                }
                for o in functional.options
            ],
        }
        if functional.loinc:
            extra["code"] = _loinc(functional.loinc)
        items.append(extra)
    total: dict[str, Any] = {
        "linkId": link_id(instrument.id, "total"),
        "text": "Total score",
        "type": "integer",
        "readOnly": True,
    }
    if "total" in instrument.loinc:
        total["code"] = _loinc(instrument.loinc["total"])
    items.append(total)
    items.append(
        {"linkId": link_id(instrument.id, "band"), "text": "Band", "type": "string",
         "readOnly": True}
    )  # fmt: skip
    resource: dict[str, Any] = {
        "resourceType": "Questionnaire",
        "url": canonical(instrument.id),
        "version": instrument.version,
        "name": instrument.id.upper(),
        "title": instrument.full_name,
        "status": "active",
        "copyright": instrument.licence,
        "item": items,
    }
    if "panel" in instrument.loinc:
        resource["code"] = _loinc(instrument.loinc["panel"])
    return resource


def _response(result: SavedResult, instrument: Instrument | None) -> dict[str, Any]:
    """One saved result as a QuestionnaireResponse.

    A result whose instrument is gone or no longer has that many items (a file changed
    since) still exports: its answers as plain integers, without wording or codes.
    """
    known = instrument if instrument and len(instrument.items) == len(result.answers) else None
    items: list[dict[str, Any]] = []
    for number, value in enumerate(result.answers, start=1):
        item: dict[str, Any] = {"linkId": link_id(result.instrument_id, number)}
        if known is None:
            item["answer"] = [{"valueInteger": value}]
        else:
            item["text"] = known.items[number - 1].text
            coding = {"system": ANSWER_SYSTEM_BASE + known.id, "code": str(value)}
            # An option relabelled since: the value still says it all.
            with contextlib.suppress(ValueError):
                coding["display"] = known.option(value).label
            item["answer"] = [{"valueCoding": coding}]
        items.append(item)
    if result.functional is not None:
        items.append(_functional_answer(result, instrument))
    score = _number(result.score)
    kind = "valueInteger" if isinstance(score, int) else "valueDecimal"
    items.append(
        {"linkId": link_id(result.instrument_id, "total"), "text": "Total score",
         "answer": [{kind: score}]}
    )  # fmt: skip
    items.append(
        {"linkId": link_id(result.instrument_id, "band"), "text": "Band",
         "answer": [{"valueString": result.band}]}
    )  # fmt: skip
    return {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": canonical(result.instrument_id),
        "status": "completed",
        "authored": result.completed_at.isoformat(),
        "item": items,
    }


def _functional_answer(result: SavedResult, instrument: Instrument | None) -> dict[str, Any]:
    """The unscored functional item's answer, with its words when the file still has them."""
    value = result.functional
    item: dict[str, Any] = {"linkId": link_id(result.instrument_id, FUNCTIONAL_PART)}
    functional = instrument.functional_item if instrument is not None else None
    if functional is None or value is None:
        item["answer"] = [{"valueInteger": value}]
        return item
    item["text"] = functional.text
    coding = {"system": _functional_system(result.instrument_id), "code": str(value)}
    with contextlib.suppress(ValueError):
        coding["display"] = functional.option(value).label
    item["answer"] = [{"valueCoding": coding}]
    return item


def _entry(resource: dict[str, Any]) -> dict[str, Any]:
    # Random ids: they only tie the Bundle together and must say nothing about the person.
    return {"fullUrl": f"urn:uuid:{uuid.uuid4()}", "resource": resource}


def export_fhir(results: Iterable[SavedResult], instruments: Mapping[str, Instrument]) -> bytes:
    """Questionnaire results as a FHIR R4 collection Bundle (UTF-8 JSON).

    The Bundle holds one Questionnaire per instrument used (with its LOINC codes) and one
    QuestionnaireResponse per result, oldest first as given. There is no Patient: Confide
    holds no name, and the person hands the file to their clinician themselves.
    """
    saved = list(results)
    used = sorted({r.instrument_id for r in saved} & instruments.keys())
    entries = [_entry(_questionnaire(instruments[i])) for i in used]
    entries += [_entry(_response(r, instruments.get(r.instrument_id))) for r in saved]
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    return json.dumps(bundle, ensure_ascii=False, indent=2).encode("utf-8")


def build_files(
    choice: ExportChoice,
    checkins: Iterable[CheckIn],
    results: Sequence[SavedResult],
    instruments: Mapping[str, Instrument],
) -> dict[str, bytes]:
    """The files `choice` asks for, by name (empty when nothing was chosen)."""
    csvs = export_csv(checkins if choice.checkins else (), results)
    files: dict[str, bytes] = {}
    if choice.checkins:
        files[CHECKINS_CSV] = csvs[CHECKINS_CSV]
    if choice.questionnaires:
        if choice.format in (Format.CSV, Format.BOTH):
            files[QUESTIONNAIRES_CSV] = csvs[QUESTIONNAIRES_CSV]
        if choice.format in (Format.FHIR, Format.BOTH):
            files[QUESTIONNAIRES_FHIR] = export_fhir(results, instruments)
    return files


def seal(files: Mapping[str, bytes], passphrase: str | None) -> bytes:
    """The files as one tar, age-encrypted with `passphrase` (None: a plain tar).

    None is for the person who chose, after the view's warning, to go unencrypted.

    Raises:
        ValueError: the passphrase is empty (say None to mean no encryption).
    """
    if passphrase is not None and not passphrase:
        raise ValueError("an empty passphrase protects nothing; pass None for no encryption")
    buffer = io.BytesIO()
    now = int(time.time())
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, payload in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            info.mode = 0o600  # what the person extracts stays theirs alone
            info.mtime = now
            tar.addfile(info, io.BytesIO(payload))
    plain = buffer.getvalue()
    if passphrase is None:
        return plain
    sealed: bytes = pyrage.passphrase.encrypt(plain, passphrase)
    return sealed


def suggested_name(today: date, *, encrypted: bool) -> str:
    """The file name the save dialog proposes."""
    return f"confide-export-{today.isoformat()}.tar" + (".age" if encrypted else "")


def write_export(path: Path, sealed: bytes) -> None:
    """Write the sealed export to `path` (atomic, owner-only).

    Raises:
        DiskFull, EnvironmentProblem: from `crypto.atomic.write_atomic`.
    """
    write_atomic(path, sealed)
