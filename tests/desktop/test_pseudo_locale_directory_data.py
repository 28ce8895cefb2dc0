"""The shipped services' own words in the detail pane go through Qt's translation.

`test_pseudo_locale_directory` counts every text of the directory as data; here only what
must stay as written is: the services' names, addresses, text keywords, dates and state
names. Each shipped resource's details, and the licensing evidence for every state and
board, are walked under the translator that wraps each string in ⟦…⟧, so a description,
an hours line, a claim or how it was checked left in English is found.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from pytestqt.qtbot import QtBot

from desktop.directory.detail_view import DetailPane
from desktop.directory.licensing_view import LicenseQuestionBox
from desktop.ui.dates import long_date
from referral_directory.directory import national_resources
from referral_directory.licensing import JURISDICTIONS, national
from referral_directory.model import Resource
from tests.desktop.i18n_fixtures import pseudo_locale
from tests.desktop.test_pseudo_locale import _shown, untranslated


def _kept(resources: Iterable[Resource]) -> list[str]:
    """What is shown as written: names, addresses, text keywords and dates (the locale's)."""
    kept: set[str] = set()
    days = set()
    for resource in resources:
        kept |= {resource.name, resource.source_url}
        kept |= {c.source_url for c in resource.claims}
        kept |= {p.body for p in resource.phones}  # "Text {keyword} to {number}": sent as is
        days |= {resource.checked} | {c.checked for c in resource.claims}
    for answer in national().answers():
        kept.add(answer.source_url)
        if answer.checked is not None:
            days.add(answer.checked)
    kept |= {name for _code, name in JURISDICTIONS}
    kept |= {long_date(day) for day in days}
    kept |= {html.escape(text, quote=False) for text in kept}  # as a link's rich text has it
    return [text for text in kept if text]


def test_the_check_can_fail(qtbot: QtBot) -> None:
    # Without the listed words a description is English: the walk would report it.
    resource = national_resources()[0]
    with pseudo_locale():
        pane = _shown(qtbot, DetailPane())
        pane.show_resource(resource)
        kept = _kept([resource])
    found = untranslated(pane, said=kept)
    assert found == []
    assert untranslated(pane, said=[]) != []  # the name and the sources are data


def test_every_shipped_service_is_shown_in_the_language(qtbot: QtBot) -> None:
    resources = national_resources()
    with pseudo_locale():
        pane = _shown(qtbot, DetailPane())
        kept = _kept(resources)
        for resource in resources:
            pane.show_resource(resource)
            assert untranslated(pane, said=kept) == [], resource.name


def test_the_licensing_evidence_is_shown_in_the_language(qtbot: QtBot) -> None:
    with pseudo_locale():
        box = _shown(qtbot, LicenseQuestionBox())
        kept = _kept(())
        box.set_table(national())
        for code, _name in JURISDICTIONS:
            for board in ("medical", "nursing"):
                box.choose(code, board)
                assert untranslated(box, said=kept) == [], (code, board)
