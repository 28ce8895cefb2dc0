"""The compact bundle: a documented Confide envelope around HSDS records, terms listed once.

A plain HSDS list of services repeats the whole taxonomy term inside every attribute
(about 8.7 KB per Confide service), and must be parsed whole. The compact form is JSON
Lines (UTF-8, one JSON value a line):

    line 1:  {"confide_bundle": {"format": 2, "hsds_version": "3.0"},
              "taxonomy_terms": [ HSDS taxonomy_term records, each once ],
              "attribute_defaults": {"link_type": "confide_fact"}}
    then:    one HSDS service record a line

Every attribute names its term by `taxonomy_term_id` alone, which HSDS allows (an attribute
requires only its `id`; `taxonomy_term` is optional). An attribute also leaves out its
`link_id` when it is the id of the record whose `attributes` list holds it, and its
`link_type` when it is the header's `"attribute_defaults": {"link_type": ...}`; reading
puts both back. So each service line is a valid HSDS service record as it stands.

Reading puts each term back into its attributes (the same object for every attribute
naming it, so memory is not multiplied), one service at a time, so a large bundle is never
held as one parsed document; a directory, which needs only Confide's facts, reads the
lines as they are and checks each term once. A plain HSDS document (a record, a
list page or an array) still reads as before, so older bundles keep working.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any, Final

from referral_directory.errors import HsdsError

ENVELOPE_KEY: Final = "confide_bundle"
FORMAT: Final = 2
HSDS_VERSION: Final = "3.0"
_START: Final = b'{"' + ENVELOPE_KEY.encode() + b'"'


def is_compact(text: str | bytes) -> bool:
    """Whether a document is the Confide envelope (its first line starts with it)."""
    head = text[:64].encode() if isinstance(text, str) else text[:64]
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(_START)


def _link_types(value: Any, counts: Counter[str]) -> None:
    if isinstance(value, list):
        for item in value:
            _link_types(item, counts)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key == "attributes" and isinstance(item, list):
                counts.update(
                    a["link_type"]
                    for a in item
                    if isinstance(a, dict) and isinstance(a.get("link_type"), str)
                )
            if isinstance(item, (list, dict)):
                _link_types(item, counts)


def _strip(
    value: Any, terms: dict[str, dict[str, Any]], link_type: str | None, holder: Any = None
) -> Any:
    """A copy of `value` whose attributes name their term by id (terms collected), without
    the link id and type reading can put back (`holder`: the id of the record holding it)."""
    if isinstance(value, list):
        return [_strip(v, terms, link_type, holder) for v in value]
    if not isinstance(value, dict):
        return value
    own = value.get("id")
    out = {
        k: _strip(v, terms, link_type, own if k == "attributes" else None)
        for k, v in value.items()
        if k != "taxonomy_term"
    }
    if holder is not None:  # an attribute in its holder's `attributes` list
        if out.get("link_id") == holder:
            del out["link_id"]
        if link_type is not None and out.get("link_type") == link_type:
            del out["link_type"]
    term = value.get("taxonomy_term")
    if isinstance(term, dict):
        term_id = term.get("id")
        known = terms.get(term_id) if isinstance(term_id, str) else None
        same_id = value.get("taxonomy_term_id") in (None, term_id)
        if isinstance(term_id, str) and same_id and (known is None or known == term):
            terms.setdefault(term_id, term)
            out["taxonomy_term_id"] = term_id
        else:  # a term that cannot be shared as it is stays where it was
            out["taxonomy_term"] = _strip(term, terms, None)
    return out


def dumps(services: Sequence[dict[str, Any]]) -> bytes:
    """The compact bundle data for HSDS service records (the records are not changed)."""
    terms: dict[str, dict[str, Any]] = {}
    counts: Counter[str] = Counter()
    _link_types(list(services), counts)
    link_type = counts.most_common(1)[0][0] if counts else None
    lines = [
        json.dumps(_strip(s, terms, link_type), ensure_ascii=False, separators=(",", ":"))
        for s in services
    ]
    header: dict[str, Any] = {
        ENVELOPE_KEY: {"format": FORMAT, "hsds_version": HSDS_VERSION},
        "taxonomy_terms": list(terms.values()),
    }
    if link_type is not None:
        header["attribute_defaults"] = {"link_type": link_type}
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":"))
    return ("\n".join([head, *lines]) + "\n").encode("utf-8")


def _expand(value: Any, terms: dict[str, dict[str, Any]], link_type: str | None) -> None:
    """Put back the shared term, link id and link type of every attribute (in place)."""
    if isinstance(value, list):
        for item in value:
            _expand(item, terms, link_type)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key == "attributes" and isinstance(item, list) and "id" in value:
                for attribute in item:
                    if isinstance(attribute, dict):
                        attribute.setdefault("link_id", value["id"])
                        if link_type is not None:
                            attribute.setdefault("link_type", link_type)
            if isinstance(item, (list, dict)):
                _expand(item, terms, link_type)
        term_id = value.get("taxonomy_term_id")
        if "taxonomy_term" not in value and isinstance(term_id, str) and term_id in terms:
            value["taxonomy_term"] = terms[term_id]


def count(text: str | bytes) -> int:
    """How many service lines a compact document has (for progress)."""
    newline = "\n" if isinstance(text, str) else b"\n"
    return max(0, text.count(newline) - 1)  # type: ignore[arg-type]  # str/bytes pair up


class Reader:
    """A compact document: its header's terms at once, its services one at a time.

    Raises:
        HsdsError: (on construction) an unknown format or a malformed envelope.
    """

    def __init__(self, text: str | bytes, file: str) -> None:
        self.file = file
        self._data = text.encode("utf-8") if isinstance(text, str) else text
        self._lines = io.BytesIO(self._data)  # shares the bytes; lines are read one by one
        try:
            header = json.loads(self._lines.readline() or b"{}")
        except (ValueError, RecursionError):
            raise HsdsError(file, "line 1", "", "not valid JSON") from None
        envelope = header.get(ENVELOPE_KEY) if isinstance(header, dict) else None
        if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
            found = envelope.get("format") if isinstance(envelope, dict) else None
            raise HsdsError(
                file, "line 1", f"{ENVELOPE_KEY}.format", f"must be {FORMAT} (found {found!r})"
            )
        terms_in = header.get("taxonomy_terms", [])
        if not isinstance(terms_in, list):
            raise HsdsError(file, "line 1", "taxonomy_terms", "must be a list")
        defaults = header.get("attribute_defaults", {})
        link_type = defaults.get("link_type") if isinstance(defaults, dict) else None
        self.link_type = link_type if isinstance(link_type, str) else None
        self.terms: dict[str, dict[str, Any]] = {}
        for index, term in enumerate(terms_in):
            if not isinstance(term, dict) or not isinstance(term.get("id"), str):
                raise HsdsError(file, "line 1", f"taxonomy_terms[{index}].id", "is required")
            self.terms[term["id"]] = term

    def services(self, *, expand: bool = True) -> Iterator[Any]:
        """The service records, terms put back unless `expand` is False.

        Unexpanded, each record is still valid HSDS (its attributes name their terms by
        id), and Confide's facts read the same: what a directory needs, checked and
        converted without copying a term into every attribute first.

        Raises:
            HsdsError: a line that is not JSON.
        """
        for number, line in enumerate(self._lines, start=2):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (ValueError, RecursionError):
                raise HsdsError(self.file, f"line {number}", "", "not valid JSON") from None
            if expand:
                _expand(record, self.terms, self.link_type)
            yield record


def services(text: str | bytes, file: str) -> Iterator[Any]:
    """The service records of a compact document, one at a time, terms put back.

    Raises:
        HsdsError: an unknown format, a malformed envelope, or a line that is not JSON.
    """
    return Reader(text, file).services()
