"""The result of a questionnaire: score, band, what it means, next steps, where to find help.

Pure display of a `Result`: the words come from the instrument file, so the view holds no
rule of its own (Confide's words around a band are translated when shown: `band_advice`).
Reference figures are shown only when the file carries them with a citation; the
instrument's licence or attribution text is always shown.

After a positive risk answer (PHQ-9 item 9 above 0) the page leads with the risk item's
guidance from the file, a button for 988 (the crisis panel) and one for the person's safety
plan. The band's ordinary meaning and next steps, and the reference figures, are left out:
beside such an answer they would downplay it. The score is still shown, below the help.

Signals (ResultView):
    find_help_requested(): the person asked for the directory of confidential help.
    crisis_requested(): the person asked to see the crisis panel (988 and the other lines).
    safety_plan_requested(): the person asked for their safety plan.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n_view import is_spanish
from desktop.records.band_advice import advice
from desktop.records.band_words import band_name
from desktop.records.instrument_translations import translation_file
from desktop.records.instruments import Instrument
from desktop.records.scoring import Result
from desktop.ui.theme import scaled_font
from desktop.ui.widgets import fill_with_scrolled


def _advice(text: str) -> str:
    """A band's meaning or step, a flag's message, a figure's sentence, in the language."""
    return advice(text, QCoreApplication.translate)


def _label(text: str, *, rich: bool = False, role: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if rich:  # links open only on a click, in the person's browser
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    if role:
        label.setProperty("role", role)
    if name:
        label.setAccessibleName(name)
    return label


def _link(text: str, url: str) -> str:
    return f'<a href="{escape(url, quote=True)}">{escape(text)}</a>'


def _bullets(steps: tuple[str, ...] | list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(step)}</li>" for step in steps) + "</ul>"


def score_text(instrument: Instrument, result: Result) -> str:
    """ "Score: 12 out of 27", with WHO-5's 0-100 form beside the raw score."""
    if result.percentage is not None:
        words = QCoreApplication.translate(
            "ResultView", "Score: {score} out of {most} ({percent} out of 100)"
        )
        return words.format(
            score=result.score, most=instrument.max_score, percent=f"{result.percentage:g}"
        )
    words = QCoreApplication.translate("ResultView", "Score: {score} out of {most}")
    return words.format(score=result.score, most=instrument.max_score)


class ResultView(QWidget):
    """One questionnaire result.

    Args:
        instrument: the instrument that was answered.
        result: its scored result.
        parent: the questionnaire page.
        functional: the answer to the unscored functional item, or None.

    Signals:
        find_help_requested(): "Find help" was pressed.
        crisis_requested(): "Call or text 988" was pressed (shown after a risk answer).
        safety_plan_requested(): "Open my safety plan" was pressed (after a risk answer).
    """

    find_help_requested = Signal()
    crisis_requested = Signal()
    safety_plan_requested = Signal()

    def __init__(
        self,
        instrument: Instrument,
        result: Result,
        parent: QWidget | None = None,
        *,
        functional: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionnaireResult")
        self.crisis_button: QPushButton | None = None
        self.safety_plan_button: QPushButton | None = None
        self._buttons: QBoxLayout | None = None
        self._row_buttons: tuple[QPushButton, ...] = ()
        self.flag_label: QLabel | None = None
        self.functional_label: QLabel | None = None
        content = QWidget()
        layout = QVBoxLayout(content)

        self.language_note = self._heading(layout, instrument)

        self.find_help = QPushButton(self.tr("&Find help"))
        self.find_help.setAccessibleName(self.tr("Find confidential help"))
        self.find_help.setAccessibleDescription(
            self.tr(
                "Opens the directory of confidential resources: crisis lines, the EAP and others"
            )
        )
        self.find_help.clicked.connect(self.find_help_requested)

        self.score_label = _label(score_text(instrument, result), name=self.tr("Score"))
        self.score_label.setFont(scaled_font(self.score_label, 1.2, bold=True))
        self.band_label = _label(band_name(result.band.label, QCoreApplication.translate),
                                 name=self.tr("Band"))
        self.band_label.setFont(scaled_font(self.band_label, 1.2, bold=True))

        if result.risk_guidance:
            self._risk_first(layout, result)
        else:
            layout.addWidget(self.score_label)
            layout.addWidget(self.band_label)
            layout.addWidget(_label(_advice(result.band.meaning), name=self.tr("What it means")))
            self._flags(layout, instrument, result)
            self._functional(layout, instrument, functional)
            layout.addWidget(self._section(self.tr("What might help")))
            layout.addWidget(
                _label(
                    _bullets(tuple(_advice(s) for s in result.band.next_steps)),
                    rich=True,
                    name=self.tr("Suggested next steps"),
                )
            )
            layout.addWidget(self.find_help, alignment=Qt.AlignmentFlag.AlignLeft)
            # Comparisons with colleagues would only normalise a risk answer; here they help.
            if instrument.reference_figures:
                layout.addWidget(self._section(self.tr("How health workers answer")))
                for figure in instrument.reference_figures:
                    cited = self.tr("Source: {link}").format(
                        link=_link(figure.citation, figure.url)
                    )
                    layout.addWidget(
                        _label(
                            f"{escape(_advice(figure.text))}<br>{cited}",
                            rich=True,
                            name=self.tr("Reference figure"),
                        )
                    )

        layout.addWidget(self._section(self.tr("About this questionnaire")))
        source = instrument.source
        layout.addWidget(
            _label(
                self.tr("{name}. Source: {link}").format(
                    name=escape(instrument.full_name), link=_link(source.citation, source.url)
                ),
                rich=True,
                role="muted",
                name=self.tr("Source"),
            )
        )
        licence_link = _link(self.tr("License"), instrument.licence_url)
        self.attribution = _label(
            f"{escape(instrument.licence)} {licence_link}",
            rich=True,
            role="muted",
            name=self.tr("License and attribution"),
        )
        layout.addWidget(self.attribution)
        layout.addStretch(1)

        fill_with_scrolled(self, content)
        self.setFocusProxy(self.crisis_button or self.find_help)

    def _heading(self, layout: QVBoxLayout, instrument: Instrument) -> QLabel | None:
        """The heading and, in Spanish, why the wording is English (the returned note):
        instruments are never machine-translated."""
        heading = _label(
            self.tr("Your {title} result").format(title=instrument.title),
            name=self.tr("Result heading"),
        )
        heading.setFont(scaled_font(heading, 1.5, bold=True))
        layout.addWidget(heading)
        if not is_spanish() or translation_file(instrument.id, "es").is_file():
            return None  # English, or its published Spanish wording was shown
        note = _label(
            self.tr("This questionnaire is shown in English: Confide offers a translation "
                    "only once its published wording has been checked."),
            role="muted", name=self.tr("Language of this questionnaire"),
        )
        layout.addWidget(note)
        return note

    def _risk_first(self, layout: QVBoxLayout, result: Result) -> None:
        """Help first: guidance, 988, the safety plan; then the score without the band's words."""
        for guidance in result.risk_guidance:
            talk = _label(guidance.heading, role="crisis", name=self.tr("Please talk to someone"))
            talk.setFont(scaled_font(talk, 1.4, bold=True))
            layout.addWidget(talk)
            layout.addWidget(_label(guidance.meaning, name=self.tr("What your answer means")))

        self.crisis_button = QPushButton(self.tr("&Call or text 988"))
        self.crisis_button.setProperty("role", "crisis")
        self.crisis_button.setAccessibleName(self.tr("Call or text 988: show the crisis lines"))
        self.crisis_button.setAccessibleDescription(
            self.tr("Opens the crisis panel: 988 by call, text or chat, and your other contacts")
        )
        self.crisis_button.clicked.connect(self.crisis_requested)
        self.safety_plan_button = QPushButton(self.tr("Open my &safety plan"))
        self.safety_plan_button.setAccessibleName(self.tr("Open my safety plan"))
        self.safety_plan_button.clicked.connect(self.safety_plan_requested)
        # Side by side when there is room; stacked in a narrow window or at large text.
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.addWidget(self.crisis_button)
        row.addWidget(self.safety_plan_button)
        row.addWidget(self.find_help)
        row.addStretch(1)
        self._buttons = row
        self._row_buttons = (self.crisis_button, self.safety_plan_button, self.find_help)
        layout.addLayout(row)

        steps = list(dict.fromkeys(s for g in result.risk_guidance for s in g.next_steps))
        layout.addWidget(self._section(self.tr("What to do today")))
        layout.addWidget(_label(_bullets(steps), rich=True, name=self.tr("What to do today")))

        layout.addWidget(self._section(self.tr("Your score")))
        for guidance in result.risk_guidance:
            layout.addWidget(_label(guidance.score_note, name=self.tr("About your score")))
        layout.addWidget(self.score_label)
        self.band_label.setText(self.tr("Score range: {band}").format(
            band=band_name(result.band.label, QCoreApplication.translate)))
        self.band_label.setFont(scaled_font(self.band_label, 1.0))
        layout.addWidget(self.band_label)

    def _flags(self, layout: QVBoxLayout, instrument: Instrument, result: Result) -> None:
        """Single-item rules the answers met (WHO-5: an item at 0 or 1), with the items."""
        for flag in result.flags:
            layout.addWidget(self._section(self.tr("One answer worth a closer look")))
            items = "".join(f"<li>{escape(instrument.items[n - 1].text)}</li>" for n in flag.items)
            self.flag_label = _label(
                f"{escape(_advice(flag.message))}<ul>{items}</ul>",
                rich=True,
                name=self.tr("One answer worth a closer look"),
            )
            layout.addWidget(self.flag_label)

    def _functional(
        self, layout: QVBoxLayout, instrument: Instrument, functional: int | None
    ) -> None:
        item = instrument.functional_item
        if item is None or functional is None:
            return
        self.functional_label = _label(
            self.tr("{question}\nYour answer: {answer} (not added to the score)").format(
                question=item.text, answer=item.option(functional).label
            ),
            name=self.tr("How much these problems get in the way"),
        )
        layout.addWidget(self.functional_label)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        if self._buttons is not None:
            needed = sum(b.sizeHint().width() for b in self._row_buttons) + 80
            self._buttons.setDirection(
                QBoxLayout.Direction.LeftToRight
                if self.width() >= needed
                else QBoxLayout.Direction.TopToBottom
            )
        super().resizeEvent(event)

    def _section(self, text: str) -> QLabel:
        label = _label(text, name=text)
        label.setFont(scaled_font(label, 1.1, bold=True))
        return label
