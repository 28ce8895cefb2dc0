"""The result of a questionnaire: score, band, what it means, next steps, where to find help.

Pure display of a `Result`: the words come from the instrument file, so the view holds no
rule of its own. Reference figures are shown only when the file carries them with a
citation; the instrument's licence or attribution text is always shown.

Signals (ResultView):
    find_help_requested(): the person asked for the directory of confidential help.
    crisis_requested(): the person asked to see the crisis panel again.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.checkins.instruments import Instrument
from desktop.checkins.scoring import Result
from desktop.shell.theme import scaled_font


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


def score_text(instrument: Instrument, result: Result) -> str:
    """ "Score: 12 out of 27", with WHO-5's 0-100 form beside the raw score."""
    text = f"Score: {result.score} out of {instrument.max_score}"
    if result.percentage is not None:
        text += f" ({result.percentage:g} out of 100)"
    return text


class ResultView(QWidget):
    """One questionnaire result.

    Args:
        instrument: the instrument that was answered.
        result: its scored result.
        parent: the questionnaire page.

    Signals:
        find_help_requested(): "Find help" was pressed.
        crisis_requested(): "Reach someone now" was pressed (shown after a risk answer).
    """

    find_help_requested = Signal()
    crisis_requested = Signal()

    def __init__(
        self, instrument: Instrument, result: Result, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionnaireResult")
        content = QWidget()
        layout = QVBoxLayout(content)

        heading = _label(f"Your {instrument.title} result", name="Result heading")
        heading.setFont(scaled_font(heading, 1.5, bold=True))
        layout.addWidget(heading)
        if result.risk:
            layout.addWidget(self._help_now_row())

        self.score_label = _label(score_text(instrument, result), name="Score")
        self.score_label.setFont(scaled_font(self.score_label, 1.2, bold=True))
        layout.addWidget(self.score_label)
        self.band_label = _label(result.band.label, name="Band")
        self.band_label.setFont(scaled_font(self.band_label, 1.2, bold=True))
        layout.addWidget(self.band_label)
        layout.addWidget(_label(result.band.meaning, name="What it means"))

        layout.addWidget(self._section("What might help"))
        steps = "".join(f"<li>{escape(step)}</li>" for step in result.band.next_steps)
        layout.addWidget(_label(f"<ul>{steps}</ul>", rich=True, name="Suggested next steps"))
        find_help = QPushButton("&Find help")
        find_help.setAccessibleName("Find confidential help")
        find_help.setAccessibleDescription(
            "Opens the directory of confidential resources: crisis lines, the EAP and others"
        )
        find_help.clicked.connect(self.find_help_requested)
        layout.addWidget(find_help, alignment=Qt.AlignmentFlag.AlignLeft)

        if instrument.reference_figures:
            layout.addWidget(self._section("How health workers answer"))
            for figure in instrument.reference_figures:
                layout.addWidget(
                    _label(
                        f"{escape(figure.text)}<br>Source: {_link(figure.citation, figure.url)}",
                        rich=True,
                        name="Reference figure",
                    )
                )

        layout.addWidget(self._section("About this questionnaire"))
        source = instrument.source
        layout.addWidget(
            _label(
                f"{escape(instrument.full_name)}. Source: {_link(source.citation, source.url)}",
                rich=True,
                role="muted",
                name="Source",
            )
        )
        self.attribution = _label(
            f"{escape(instrument.licence)} {_link('Licence', instrument.licence_url)}",
            rich=True,
            role="muted",
            name="Licence and attribution",
        )
        layout.addWidget(self.attribution)
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(find_help)

    def _section(self, text: str) -> QLabel:
        label = _label(text, name=text)
        label.setFont(scaled_font(label, 1.1, bold=True))
        return label

    def _help_now_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            _label(
                "Support is there any time you need it: call or text 988, free and confidential.",
                name="Help reminder",
            ),
            stretch=1,
        )
        again = QPushButton("&Reach someone now")
        again.setProperty("role", "crisis")
        again.setAccessibleName("Reach someone now: show crisis lines again")
        again.clicked.connect(self.crisis_requested)
        layout.addWidget(again)
        return row
