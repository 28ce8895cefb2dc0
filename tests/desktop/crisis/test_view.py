"""The crisis panel as a person meets it: 988 large at the top, every button answered beside it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QPushButton,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

from desktop.crisis.logic import with_eap
from desktop.crisis.view import CrisisPanel
from desktop.safety_plan.model import PlanItem, SafetyPlan, Step
from desktop.safety_plan.summary_view import SafetyPlanSummary
from desktop.ui.dates import long_date
from referral_directory.crisis import load_crisis_directory
from tests.desktop.crisis import panel_checks as checks
from tests.e2e.conftest import UrlCatcher

announcements = checks.announcements
no_url_handler = checks.no_url_handler
OFFSCREEN_CANNOT_OPEN = "does not support QPlatformServices::openUrl"


def _panel(qtbot: QtBot, width: int = 0, **kwargs: object) -> CrisisPanel:
    panel = CrisisPanel(**kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    if width:
        panel.resize(width, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _long_plan() -> SafetyPlanSummary:
    summary = SafetyPlanSummary(show_open_button=True)
    items = tuple(PlanItem(f"Something that helps, number {n}") for n in range(12))
    summary.set_plan(SafetyPlan({Step.COPING_ALONE: items, Step.DISTRACTIONS: items},
                                "My sister, and the garden in spring"))
    return summary


def test_the_title_is_neutral_and_the_panel_still_says_what_it_is(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    assert panel.windowTitle() == "Confide"  # a task bar shows this to anyone passing
    assert "Crisis help" in panel.accessibleName()


@pytest.mark.parametrize("width", [0, 600])
def test_988_is_large_and_first(qtbot: QtBot, width: int) -> None:
    panel = _panel(qtbot, width)
    big = panel.big_number
    assert big is not None and big.text() == "988"
    assert checks.in_viewport(panel, big)
    assert checks.rect_in(big, panel.scroll_area.viewport()).bottom() < panel.height() // 3
    others = [w for w in panel.content.findChildren(QLabel) if w is not big and w.text()]
    assert big.font().pointSizeF() >= 2.5 * max(w.font().pointSizeF() for w in others) / 1.3


def test_988_stays_large_and_visible_with_double_size_text(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    double = QFont(normal)
    double.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(double)
    try:
        panel = _panel(qtbot, 600)
        big = panel.big_number
        assert big is not None and checks.in_viewport(panel, big)
        assert big.font().pointSizeF() >= 2.9 * double.pointSizeF()
        # Only the panel scrolls, vertically; nothing is cut off at the side.
        never = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert panel.scroll_area.horizontalScrollBarPolicy() == never
        assert panel.content.width() <= panel.scroll_area.viewport().width()
        call = panel.buttons["988:call"]
        assert checks.in_viewport(panel, call)
    finally:
        app.setFont(normal)


def test_spanish_veterans_and_videophone_are_real_actions_with_sources(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    for key, label in [
        ("988/spanish:call", "Llamar al 988, oprima 2"),
        ("988/spanish:text", "Enviar AYUDA al 988"),
        ("988/veterans:call", "Call 988, press 1"),
        ("988/veterans:text", "Text 838255"),
        ("988/veterans:chat", "Veterans chat"),
        ("988/asl:chat", "Open 988lifeline.org (ASL Now)"),
        ("988/asl:videophone", "Videophone 1-800-273-8255"),
        ("988/veterans:copy:838255", "Copy 838255"),
    ]:
        assert panel.buttons[key].text() == label
        assert panel.buttons[key].accessibleName()
    links = {w.accessibleName(): w.text() for w in panel.content.findChildren(QLabel)
             if w.accessibleName().startswith("Sources for")}
    assert "988lifeline.org/get-help/what-to-expect" in links["Sources for En español"]
    assert "veteranscrisisline.net" in links["Sources for Veterans Crisis Line"]
    asl = links["Sources for ASL videophone (Deaf and hard of hearing)"]
    assert "samhsa.gov" in asl
    assert f"checked against a stored copy, {long_date(date(2026, 12, 4))}" in asl


def test_what_happens_is_folded_away_and_opens_from_the_keyboard(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    assert set(panel.disclosures) == {"988", "crisis-text-line", "911"}
    fold = panel.disclosures["988"]
    assert not fold.is_open() and not fold.body.isVisible()
    assert fold.toggle.focusPolicy() & Qt.FocusPolicy.TabFocus
    fold.toggle.setFocus()
    QTest.keyClick(fold.toggle, Qt.Key.Key_Space)
    assert fold.is_open() and fold.body.isVisible()
    assert "counselor" in fold.body.text()  # what happens, from the directory
    QTest.keyClick(fold.toggle, Qt.Key.Key_Space)
    assert not fold.body.isVisible()


def test_the_safety_plan_is_a_section_with_no_scroll_bar_of_its_own(qtbot: QtBot) -> None:
    panel = _panel(qtbot, 600, safety_plan=_long_plan())
    browser = panel.content.findChild(QTextBrowser)
    assert browser is not None
    qtbot.waitUntil(lambda: browser.verticalScrollBar().maximum() == 0)
    assert browser.height() >= browser.document().size().height()
    assert panel.content.findChildren(QAbstractScrollArea) == [browser]  # the only one inside
    assert panel.scroll_area.verticalScrollBar().maximum() > 0  # the panel scrolls, as one page
    # The plan comes after every contact, so the first card is never pushed down.
    viewport = panel.scroll_area.viewport()
    assert (checks.rect_in(browser, viewport).top()
            > checks.rect_in(panel.buttons["911:call"], viewport).bottom())


@pytest.mark.qt_log_ignore(OFFSCREEN_CANNOT_OPEN)
@pytest.mark.usefixtures("no_url_handler")
@pytest.mark.parametrize("key", ["988:call", "988:text", "988:chat", "988/veterans:text",
                                 "988/asl:videophone", "911:call"])
def test_with_no_app_the_answer_and_a_copy_button_are_beside_the_button(
    qtbot: QtBot, key: str, announcements: list[checks.Announcement]
) -> None:
    panel = _panel(qtbot, 600, safety_plan=_long_plan())
    button = panel.buttons[key]
    checks.show_button(qtbot, panel, button)
    with qtbot.waitSignal(panel.action_opened):
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    answer = panel.answers[key]
    checks.assert_answer_beside(qtbot, panel, button, answer)
    words = answer.text()
    assert any(w in words for w in ("can't", "no videophone", "No web browser")), words
    assert [(a.widget, a.words) for a in announcements] == [(answer, words)]
    # The copy offered right there puts the number on the clipboard and says so beside it.
    copy = panel.fallback_copies[key]
    qtbot.waitUntil(lambda: checks.in_viewport(panel, copy), timeout=2_000)
    QTest.mouseClick(copy, Qt.MouseButton.LeftButton)
    copied = panel.answers[f"{key}:fallback-copy"]
    checks.assert_answer_beside(qtbot, panel, copy, copied)
    assert copied.text().startswith("Copied ")
    assert QGuiApplication.clipboard().text() in copied.text()
    assert announcements[-1].words == copied.text()


@pytest.mark.qt_log_ignore(OFFSCREEN_CANNOT_OPEN)
@pytest.mark.usefixtures("no_url_handler")
@pytest.mark.parametrize(("key", "number"), [("988:call", "988"), ("988:text", "988"),
                                             ("911:call", "911")])
def test_after_a_failed_call_one_copy_button_per_number_is_in_view(
    qtbot: QtBot, key: str, number: str
) -> None:
    # The copy offered beside the answer and the card's own "Copy 988" further down were
    # both shown: two identical buttons to choose between at the worst moment.
    panel = _panel(qtbot, 600)
    button = panel.buttons[key]
    checks.show_button(qtbot, panel, button)
    with qtbot.waitSignal(panel.action_opened):
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    offered = panel.fallback_copies[key]
    qtbot.waitUntil(offered.isVisible)
    shown = [b for b in panel.findChildren(QPushButton)
             if b.isVisible() and b.text().replace("&", "") == f"Copy {number}"]
    assert shown == [offered]


@pytest.mark.qt_log_ignore(OFFSCREEN_CANNOT_OPEN)
@pytest.mark.usefixtures("no_url_handler")
def test_press_1_and_ayuda_are_in_the_words_to_use_instead(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    for key, expected in [
        ("988/veterans:call", "dial 988 on any phone, then press 1."),
        ("988/spanish:call", "dial 988 on any phone, then press 2."),
        ("988/spanish:text", "text AYUDA to 988."),
        ("988/asl:videophone", "call 1-800-273-8255 from a videophone."),
    ]:
        checks.show_button(qtbot, panel, panel.buttons[key])
        QTest.mouseClick(panel.buttons[key], Qt.MouseButton.LeftButton)
        assert panel.answers[key].text().endswith(expected)


def test_copy_says_copied_beside_the_copy_button(
    qtbot: QtBot, announcements: list[checks.Announcement]
) -> None:
    panel = _panel(qtbot, 600)
    button = panel.buttons["988:copy:988"]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "988"
    checks.assert_answer_beside(qtbot, panel, button, panel.answers["988:copy:988"])
    assert panel.answers["988:copy:988"].text() == "Copied 988."
    assert announcements[-1].words == "Copied 988."


def test_focus_starts_on_call_988_and_escape_closes(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    assert panel.focusWidget() is panel.buttons["988:call"]
    with qtbot.waitSignal(panel.rejected):
        QTest.keyClick(panel, Qt.Key.Key_Escape)


@pytest.fixture(autouse=True)
def _clean_clipboard(qapp: QApplication) -> Iterator[None]:
    yield
    QGuiApplication.clipboard().clear()


_AT_SCALE_2 = """
from PySide6.QtWidgets import QApplication
from desktop.crisis.view import CrisisPanel
from tests.desktop.crisis.panel_checks import in_viewport
app = QApplication([])
panel = CrisisPanel()
panel.resize(600, panel.height())
panel.show()
app.processEvents()
big, call = panel.big_number, panel.buttons["988:call"]
assert big is not None and in_viewport(panel, big) and in_viewport(panel, call)
assert panel.content.width() <= panel.scroll_area.viewport().width()
print("ok", app.devicePixelRatio())
"""


def test_at_qt_scale_factor_2_the_988_and_call_button_are_on_screen() -> None:
    """The real 200% setting (QT_SCALE_FACTOR=2) needs its own process: Qt reads it once."""
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _AT_SCALE_2], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["ok", "2.0"]


@pytest.fixture
def catcher() -> Iterator[UrlCatcher]:
    caught = UrlCatcher()  # Qt's own hook: openUrl stays real, only its destination is this
    schemes = ("tel", "sms", "https", "http", "javascript", "file")
    for scheme in schemes:
        # The stub types the method name as bytes; PySide6 accepts only str at run time.
        QDesktopServices.setUrlHandler(scheme, caught, "handle")  # type: ignore[arg-type]
    yield caught
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.mark.parametrize("website", ["http://eap.example.org", "javascript:alert(1)",
                                     "file:///etc/passwd"])
def test_an_eap_address_outside_the_rule_is_never_opened(
    qtbot: QtBot, catcher: UrlCatcher, website: str
) -> None:
    eap = {
        "name": "Example Health EAP",
        "phones": [{"number": "+1-800-555-0100", "label": "24/7 counselor line"}],
        "website": website,
        "confidentiality": {"employer_told": "never", "licensing_exposure": "none",
                            "creates_treatment_record": False},
    }
    panel = _panel(qtbot, directory=with_eap(load_crisis_directory(), eap, date(2026, 11, 22)))
    chat = next(key for key in panel.buttons if key.startswith("eap:chat"))
    QTest.mouseClick(panel.buttons[chat], Qt.MouseButton.LeftButton)
    assert catcher.urls == []
    assert "No web browser opened" in panel.answers[chat].text()
    with qtbot.waitSignal(panel.action_opened):
        QTest.mouseClick(panel.buttons["eap:call"], Qt.MouseButton.LeftButton)
    assert catcher.urls == ["tel:+18005550100"]  # the same rule: what to dial, checked


def test_a_source_link_goes_through_the_address_rule(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A source that is not https (data or policy could carry one) is never opened."""
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:  # a stand-in for the system's opener, named so
        opened.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    panel = _panel(qtbot)
    panel._open_source("http://example.org/page")
    panel._open_source("javascript:alert(1)")
    panel._open_source("https://988lifeline.org/get-help/what-to-expect")
    assert opened == ["https://988lifeline.org/get-help/what-to-expect"]
