"""One date style: only desktop/ui/dates.py writes dates and times for people.

Every other module hands a `date` (or `datetime`) to `desktop.ui.dates`. This scans the
source of `desktop/` for the ways a date gets a hand-written style: strftime (or an
f-string's `{day:%B %Y}`), a Qt date pattern in a string ("d MMM yyyy", "HH:mm"), a Qt
`toString` or `setDisplayFormat` given its own pattern or format type, the old translated
"Dates" pattern, and `isoformat()` in a view (a view is read by people; ISO 8601 is for
files). Files for machines keep ISO 8601 and are listed below, each with its reason.
"""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.records.peer.period import period_name
from desktop.ui.dates import month_year
from tests.desktop.i18n_fixtures import language

ROOT = Path(__file__).resolve().parents[3]
THE_PLACE = "desktop/ui/dates.py"
# Modules that write dates for machines, not people: they keep their fixed formats.
MACHINE_FORMATS = {
    # The reminder schedule is stored as JSON with times written "HH:MM"; the settings
    # page shows them through ui/dates' time field format.
    "desktop/records/reminder_schedule.py": "stored schedule, times as HH:MM",
    # Not a machine format: report periods of the fixed grid are names ("May 2025", "Q1
    # 2025 (January to March)") that refusals carry as words; a single month reads as
    # ui/dates' month_year (checked below).
    "desktop/records/peer/period.py": "report period names, a month as month_year writes it",
}
# Qt date/time patterns: two or more fields joined by separators ("d MMM yyyy", "HH:mm").
_FIELD = r"(?:d{1,4}|M{1,4}|yyyy|yy|H{1,2}|h{1,2}|mm|ss|AP|ap)"
QT_PATTERN = re.compile(rf"(?<![A-Za-z]){_FIELD}(?:[\s.,:/-]+(?:'[^']*'\s*)?{_FIELD})+(?![A-Za-z])")
# strftime directives that write a date or time (%d and %s are left out: log formats use
# them for numbers and strings).
STRFTIME = re.compile(r"%[YyBbAaHIMpjUWxXce]")
# A date put together from its parts in words: "{day} {month} {year}", "{month} {year}".
COMPOSED = re.compile(r"\{(?:day|month|short_month)\}")
FORMAT_TYPES = {"ShortFormat", "LongFormat", "NarrowFormat"}


def _is_view(relative: str) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return name == "view.py" or name.endswith("_view.py") or relative.startswith(
        ("desktop/shell/", "desktop/ui/"))


def _strings(node: ast.AST) -> list[str]:
    return [n.value for n in ast.walk(node)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def _names_format_type(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Attribute) and n.attr in FORMAT_TYPES for n in ast.walk(node))


def _call_problem(node: ast.Call, relative: str) -> str | None:
    if not isinstance(node.func, ast.Attribute):
        return None
    method, args = node.func.attr, [*node.args, *(k.value for k in node.keywords)]
    checks = (
        (method == "strftime", "strftime"),
        (method == "toString" and any(_strings(a) or _names_format_type(a) for a in args),
         "toString with a pattern of its own"),
        (method == "setDisplayFormat" and any(_strings(a) for a in args),
         "setDisplayFormat with a pattern of its own"),
        (method in {"dateFormat", "timeFormat", "dateTimeFormat"},
         f"the locale's {method} read outside ui/dates"),
        (method == "isoformat" and _is_view(relative), "isoformat shown in a view"),
        (method == "translate" and _strings(node)[:1] == ["Dates"],
         "a translated date pattern"),
    )
    return next((problem for hit, problem in checks if hit), None)


def _constant_problem(text: str) -> str | None:
    if COMPOSED.search(text) and "{year}" in text:
        return f"a date composed from parts {text!r}"
    if QT_PATTERN.search(text):
        return f"Qt date pattern {text!r}"
    if STRFTIME.search(text):
        return f"strftime pattern {text!r}"
    return None


def hand_written_dates(source: str, relative: str) -> list[str]:
    """Where `source` (the module at `relative`) writes a date in a style of its own."""
    tree = ast.parse(source)
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, ast.Module | ast.ClassDef | ast.FunctionDef
                                | ast.AsyncFunctionDef)
                  and n.body and isinstance(n.body[0], ast.Expr)}
    found = []
    for node in ast.walk(tree):
        problem = None
        if isinstance(node, ast.Call):
            problem = _call_problem(node, relative)
        elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            if any(STRFTIME.search(s) for s in _strings(node.format_spec)):
                problem = "f-string date format"
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in docstrings):
            problem = _constant_problem(node.value)
        if problem:
            found.append(f"{relative}:{getattr(node, 'lineno', '?')} {problem}")
    return found


def violations(root: Path) -> list[str]:
    problems = []
    for path in sorted((root / "desktop").rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative == THE_PLACE or relative in MACHINE_FORMATS:
            continue
        problems += hand_written_dates(path.read_text(encoding="utf-8"), relative)
    return problems


def test_only_ui_dates_writes_dates_for_people() -> None:
    assert violations(ROOT) == []


def test_the_machine_formats_listed_still_exist_and_say_why() -> None:
    for relative, reason in MACHINE_FORMATS.items():
        assert (ROOT / relative).is_file(), relative
        assert reason.strip()


def test_each_way_of_hand_writing_a_date_is_caught() -> None:
    cases = {
        "day.strftime('%d %b')": "strftime",
        "f'{day.day} {day:%B %Y}'": "f-string date format",
        "QLocale().toString(qdate, 'd MMM')": "toString with a pattern",
        "QLocale().toString(qdate, QLocale.FormatType.LongFormat)": "toString with a pattern",
        "edit.setDisplayFormat('HH:mm')": "setDisplayFormat",
        "QCoreApplication.translate('Dates', 'd MMMM yyyy')": "translated date pattern",
        "PATTERN = 'MMM yyyy'": "Qt date pattern",
        "LAYOUT = \"d 'de' MMMM 'de' yyyy\"": "Qt date pattern",
        "WHEN = '%Y-%m-%d'": "strftime pattern",
        "QLocale().dateFormat(QLocale.FormatType.ShortFormat)": "dateFormat",
        "_DAY = QT_TRANSLATE_NOOP('X', '{day} {month} {year}')": "composed from parts",
        "tr('X', '{short_month} {year}')": "composed from parts",
    }
    for code, said in cases.items():
        found = hand_written_dates(code, "desktop/x/logic.py")
        assert len(found) >= 1 and said in found[0], (code, found)
    assert hand_written_dates("label.setText(day.isoformat())", "desktop/x/view.py")
    assert not hand_written_dates("row = (day.isoformat(),)", "desktop/x/store.py")


def test_words_and_numbers_are_not_mistaken_for_dates() -> None:
    for code in ("log.warning('errno %d', n)", "locale.toString(count)",
                 "url.toString()", "'Made by Dr. Mayo'", "'{hours} h {minutes} min'",
                 "'Checked {day}.'", "'d'", "'Messages: %s'", "'100 %'"):
        assert hand_written_dates(code, "desktop/x/view.py") == [], code


def test_a_report_period_of_one_month_reads_as_month_year(qtbot: QtBot, tmp_path: Path) -> None:
    del qtbot  # only for the application
    for code in ("en", "es"):
        with language(code, tmp_path):
            for month in ("2025-01", "2025-05", "2026-12"):
                first = date(int(month[:4]), int(month[5:]), 1)
                assert period_name((month,), QCoreApplication.translate) == month_year(first)
