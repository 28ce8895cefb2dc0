"""The report files: signed JSON with a format version, and a CSV.

A supporter's report is signed with Ed25519 (`cryptography`): the signature covers the
canonical JSON of the body (everything but the signature: keys sorted, no spaces,
UTF-8), and the body carries the public key. The key is made once in the supporter's
vault (`ledger.Ledger.signing_key`), so a valid signature proves the file is unchanged
since it was signed and that one key made all the reports that carry it. It does not
prove who holds the key: a forger can sign with a key of their own, so identity needs
the coordinator to pin each supporter's key (compare `public_key_id`).

A merged report has no supporter key; it carries the SHA-256 checksum (damage only,
anyone can recompute it) and is never merged again. A supporter's report without a
signature (format 1, or a stripped signature) is refused.

Reading a file checks the signature or checksum first and then every rule a published
report keeps (known tables and rows, whole months, no count from 1 to 10, totals
consistent where all cells are shown), so a merge never works on a file that breaks them.

Writing is not done here: callers write `to_json` and `to_csv` (UTF-8) with
`crypto.atomic.write_atomic`, which syncs the file and its folder and names a full disk.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.records.peer.report import (
    FORMAT,
    FORMAT_VERSION,
    LABEL_MAX_CHARS,
    TABLES,
    AggregateReport,
    Noise,
    ReportTable,
    check_month,
    months_between,
)
from desktop.records.peer.suppress import MARKERS, SMALL, WITHHELD, Cell, is_small

CHECKSUM_ALGORITHM: Final = "sha256"
SIGNATURE_ALGORITHM: Final = "Ed25519"
MAX_FILE_BYTES: Final = 2_000_000


class ReportInvalid(ValueError):
    """A report file that cannot be used.

    Attributes:
        reason: "unreadable", "not-json", "not-a-report", "too-new", "checksum",
            "signature" (does not verify), "unsigned" (a supporter's report without a
            signature) or "rules".
        detail: what exactly is wrong, for the message (never personal data).
    """

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def canonical(body: dict[str, Any]) -> bytes:
    """The bytes the checksum covers."""
    return json.dumps(
        body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(body)).hexdigest()


def public_key_hex(key: Ed25519PrivateKey) -> str:
    """The raw 32-byte public key of `key`, as hex (what a report carries)."""
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def public_key_id(public_key: str) -> str:
    """A short fingerprint of a public key for people to compare (SHA-256, 16 hex)."""
    return hashlib.sha256(bytes.fromhex(public_key)).hexdigest()[:16]


def to_body(report: AggregateReport) -> dict[str, Any]:
    """The report as a JSON-ready dict, without the signature or checksum."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "label": report.label,
        "generated": report.generated,
        "period": {"first_month": report.months[0], "last_month": report.months[-1]},
        "months": list(report.months),
        "suppression": {
            "threshold": 11,
            "small": SMALL,
            "withheld": WITHHELD,
            "rule": "counts 1-10 shown as <11; * hides other counts so that "
            "no <11 count can be worked out from the totals",
        },
        "sources": list(report.sources),
        "signers": [s or None for s in report.signers],
        "noise": [
            None
            if n is None
            else {"epsilon": n.epsilon, "scale": n.scale, "mechanism": n.mechanism, "unit": n.unit}
            for n in report.noise
        ],
        "tables": [_table_body(t) for t in report.tables],
    }


def _table_body(table: ReportTable) -> dict[str, Any]:
    return {
        "id": table.spec.id,
        "title": table.spec.title,
        "counts": "contacts" if table.spec.per_contact else "mentions",
        "rows": [
            {"code": code, "label": label, "months": list(cells[:-1]), "total": cells[-1]}
            for (code, label), cells in zip(table.spec.rows, table.grid, strict=False)
        ],
        "month_totals": list(table.grid[-1][:-1]),
        "total": table.grid[-1][-1],
    }


def to_json(report: AggregateReport, key: Ed25519PrivateKey | None = None) -> str:
    """The report file's text: the body plus its signature (a supporter's report signed
    with `key`) or its checksum (a merged report, or no key: readers refuse a
    supporter's report without a signature).

    Raises:
        ValueError: the report names another signer than `key`, or `key` is given for a
            merged report.
    """
    if key is None:
        body = to_body(report)
        seal: dict[str, Any] = {
            "checksum": {"algorithm": CHECKSUM_ALGORITHM, "value": checksum(body)}
        }
    else:
        public = public_key_hex(key)
        if report.reports_merged != 1 or report.signers[0] not in ("", public):
            raise ValueError("only a supporter's own report is signed, with its own key")
        body = to_body(report)
        body["signers"] = [public]
        seal = {
            "signature": {
                "algorithm": SIGNATURE_ALGORITHM,
                "value": key.sign(canonical(body)).hex(),
            }
        }
    document = {**body, **seal}
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def to_csv(report: AggregateReport) -> str:
    """One line per table row: table, category, one column per month, total."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["table", "category", *report.months, "total"])
    for table in report.tables:
        labels = [label for _code, label in table.spec.rows] + ["All"]
        for label, cells in zip(labels, table.grid, strict=True):
            writer.writerow([table.spec.title, label, *cells])
    return out.getvalue()


def from_json(text: str) -> AggregateReport:
    """Read a report file, checking its checksum and rules.

    Raises:
        ReportInvalid: with the reason; nothing of a refused file is used.
    """
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested too deep to be a report
        raise ReportInvalid("not-json", "the file is not JSON") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ReportInvalid("not-a-report", "the file is not a Confide peer support report")
    version = document.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ReportInvalid(
            "too-new", f"report format {version!r}; this Confide reads up to {FORMAT_VERSION}"
        )
    if version < FORMAT_VERSION:
        raise ReportInvalid(
            "unsigned", f"report format {version}, from before reports were signed"
        )
    signature = document.pop("signature", None)
    stated = document.pop("checksum", None)
    if signature is not None:
        _verify_signature(document, signature)
    elif (
        not isinstance(stated, dict)
        or stated.get("algorithm") != CHECKSUM_ALGORITHM
        or stated.get("value") != checksum(document)
    ):
        raise ReportInvalid(
            "checksum",
            "the checksum does not match: the file was changed or damaged after it was exported",
        )
    report = from_body(document)
    if signature is None and report.reports_merged == 1:
        raise ReportInvalid(
            "unsigned", "a supporter's report must be signed, and this one is not"
        )
    if signature is not None and report.reports_merged != 1:
        raise ReportInvalid("rules", "a merged report cannot carry a supporter's signature")
    return report


def from_body(body: dict[str, Any]) -> AggregateReport:
    """The report in a body from `to_body` (as the ledger keeps it), checked by the rules.

    Raises:
        ReportInvalid: the body breaks a rule.
    """
    try:
        return _parse(body)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ReportInvalid("rules", f"{type(exc).__name__}: {exc}") from None


def _verify_signature(document: dict[str, Any], signature: Any) -> None:
    signers = document.get("signers")
    try:
        if not isinstance(signature, dict) or signature.get("algorithm") != SIGNATURE_ALGORITHM:
            raise ValueError("not an Ed25519 signature")
        if not isinstance(signers, list) or len(signers) != 1 or not isinstance(signers[0], str):
            raise ValueError("a signed report names exactly one signer")
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(signers[0]))
        public.verify(bytes.fromhex(str(signature.get("value"))), canonical(document))
    except (ValueError, TypeError, InvalidSignature):
        raise ReportInvalid(
            "signature",
            "the signature does not match: the file was changed after it was signed",
        ) from None


def _cell(value: Any) -> Cell:
    if isinstance(value, str) and value in MARKERS:
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        if is_small(value):
            raise ValueError("a count from 1 to 10 is shown")
        return value
    raise ValueError(f"{value!r} is not a count or a marker")


def _parse(document: dict[str, Any]) -> AggregateReport:
    label = document["label"]
    if not isinstance(label, str) or len(label) > LABEL_MAX_CHARS or "\n" in label:
        raise ValueError("bad label")
    months = tuple(check_month(m) for m in document["months"])
    if months != months_between(months[0], months[-1]):
        raise ValueError("months are not a whole period")
    period = document["period"]
    if (period["first_month"], period["last_month"]) != (months[0], months[-1]):
        raise ValueError("period and months disagree")
    generated = check_month(document["generated"])
    noise = tuple(
        None
        if n is None
        else Noise(float(n["epsilon"]), float(n["scale"]), str(n["mechanism"]), str(n["unit"]))
        for n in document["noise"]
    )
    sources = tuple(str(s) for s in document["sources"])
    if not noise or not all(re.fullmatch(r"[0-9a-f]{32}", s) for s in sources):
        raise ValueError("bad source reports")
    signers = tuple("" if s is None else str(s) for s in document["signers"])
    if not all(s == "" or re.fullmatch(r"[0-9a-f]{64}", s) for s in signers):
        raise ValueError("bad signers")
    tables_in = {t["id"]: t for t in document["tables"]}
    if set(tables_in) != {spec.id for spec in TABLES}:
        raise ValueError("unexpected tables")
    tables = []
    for spec in TABLES:
        body = tables_in[spec.id]
        codes = [r["code"] for r in body["rows"]]
        if codes != [code for code, _label in spec.rows]:
            raise ValueError(f"unexpected rows in {spec.id}")
        grid = [[_cell(v) for v in [*r["months"], r["total"]]] for r in body["rows"]]
        grid.append([_cell(v) for v in [*body["month_totals"], body["total"]]])
        if any(len(row) != len(months) + 1 for row in grid):
            raise ValueError(f"wrong number of months in {spec.id}")
        _check_sums(spec.id, grid)
        tables.append(ReportTable(spec, tuple(tuple(row) for row in grid)))
    return AggregateReport(label, months, tuple(tables), generated, noise, sources, signers)


def _check_sums(table_id: str, grid: list[list[Cell]]) -> None:
    lines = [list(row) for row in grid] + [list(col) for col in zip(*grid, strict=True)]
    for line in lines:
        counts = [v for v in line if isinstance(v, int)]
        if len(counts) == len(line) and sum(counts[:-1]) != counts[-1]:
            raise ValueError(f"totals do not add up in {table_id}")


def read_report(path: Path) -> AggregateReport:
    """Read and check the report file at `path`.

    Raises:
        ReportInvalid: unreadable, too large, or refused by `from_json`.
    """
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ReportInvalid("not-a-report", "the file is too large to be a report")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ReportInvalid("not-a-report", "the file is not UTF-8 text") from None
    except OSError as exc:
        reason = exc.strerror or "the system refused"
        raise ReportInvalid("unreadable", f"cannot read the file ({reason})") from None
    return from_json(text)


def file_stem(report: AggregateReport) -> str:
    """A file name without suffix that holds only the period: never the label. A noised
    report adds the start of its random id, since noised releases may repeat a period
    and must not overwrite each other."""
    stem = f"confide-peer-report-{report.months[0]}_to_{report.months[-1]}"
    if any(n is not None for n in report.noise):
        stem += f"-noised-{report.sources[0][:8]}"
    return stem
