"""NewPassphraseField: choose a passphrase, confirm it, see how strong it is.

Used by first-run setup, by the forced new passphrase after a recovery-code unlock and
by "change passphrase". It renders `desktop.strength.assess`; the rule itself
lives there, not here.

Signals:
    changed(): either field changed (read `passphrase()` for the accepted value).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.strength import (
    MAX_SCORE,
    MIN_LENGTH,
    MIN_SCORE,
    Problem,
    Strength,
    assess,
    new_passphrase_accepted,
)
from desktop.ui.edges import draw_edge
from desktop.ui.widgets import set_by_name

# The meter's colour by score (too weak, nearly, accepted), for light and dark windows;
# each keeps 3:1 contrast with the window (WCAG 1.4.11). The words beside it say the same.
METER_COLOURS = {
    False: ("#b3261e", "#8a5a00", "#1e7b34"),
    True: ("#ff8a80", "#ffd166", "#7bd88f"),
}


def meter_colour(score: int, *, dark: bool) -> str:
    """The strength meter's colour for a zxcvbn `score` (0-4)."""
    level = 2 if score >= MIN_SCORE else 1 if score == MIN_SCORE - 1 else 0
    return METER_COLOURS[dark][level]

# Qt.InputMethodHint names, set by name: the unlock screen does not build the `Qt` enums.
SENSITIVE_HINTS = "ImhSensitiveData|ImhNoPredictiveText|ImhHiddenText|ImhNoAutoUppercase"


class SecretLineEdit(QLineEdit):
    """A line edit that draws its own edge, as IndicatorStyle draws every field's: the
    unlock screen's field is painted before that style is installed (see
    `ThemeManager.use_full_style`), and Fusion's own edge vanishes on the dark window."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's API
        super().paintEvent(event)
        if self.hasFrame():
            painter = QPainter(self)
            draw_edge(painter, QRectF(self.rect()), self.palette(), focused=self.hasFocus())
            painter.end()


def secret_line_edit(accessible_name: str) -> QLineEdit:
    """A password-echo line edit that keeps input methods from learning or predicting it."""
    edit = SecretLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    set_by_name(edit, "inputMethodHints", SENSITIVE_HINTS)
    edit.setAccessibleName(accessible_name)
    set_by_name(edit, "contextMenuPolicy", "NoContextMenu")  # no "copy" of a secret
    return edit


class NewPassphraseField(QWidget):
    """Passphrase + confirmation with a show/hide toggle, strength meter and hint.

    Signals:
        changed(): either field changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *,
                 label: str | None = None, confirm_label: str | None = None) -> None:
        super().__init__(parent)
        label = label if label is not None else self.tr("&New passphrase")
        confirm_label = confirm_label if confirm_label is not None else self.tr("&Type it again")
        self.entry = secret_line_edit(self.tr("New passphrase"))
        self.confirm = secret_line_edit(self.tr("Confirm new passphrase"))
        # Imported here: its module builds QStyle's classes, which the unlock screen's first
        # paint does not wait for.
        from desktop.ui.narrow import WrappingCheckBox  # noqa: PLC0415

        self.show_toggle = WrappingCheckBox(self.tr("&Show passphrase"))
        self.show_toggle.setAccessibleName(self.tr("Show passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, MAX_SCORE)
        self.meter.setTextVisible(False)  # the words sit beside it, in the window's text colour
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_words = QLabel()
        self.strength_words.setAccessibleName(self.tr("Passphrase strength in words"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Passphrase advice"))
        self.mismatch = QLabel(self.tr("The two passphrases are not the same yet."))
        self.mismatch.setProperty("role", "error")
        self.mismatch.setWordWrap(True)
        self.mismatch.setAccessibleName(self.mismatch.text())
        self.mismatch.hide()

        # Here, not at the top: the unlock screen imports this module but builds this
        # field only after a recovery code, and importing QFormLayout builds the class.
        from PySide6.QtWidgets import QFormLayout  # noqa: PLC0415

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        entry_label = QLabel(label)
        entry_label.setBuddy(self.entry)
        confirm_label_widget = QLabel(confirm_label)
        confirm_label_widget.setBuddy(self.confirm)
        form.addRow(entry_label, self.entry)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.strength_words)
        form.addRow("", meter_row)
        form.addRow("", self.hint)
        form.addRow(confirm_label_widget, self.confirm)
        form.addRow("", self.mismatch)
        form.addRow("", self.show_toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

        self.entry.textChanged.connect(self._on_changed)
        self.confirm.textChanged.connect(self._on_changed)
        self.show_toggle.toggled.connect(self._on_show)
        self.setFocusProxy(self.entry)
        self._strength = assess("")
        self._render()

    def passphrase(self) -> str | None:
        """The new passphrase, or None unless it is strong enough and both fields match."""
        text = self.entry.text()
        if new_passphrase_accepted(self._strength, text, self.confirm.text()):
            return text
        return None

    @property
    def strength(self) -> Strength:
        return self._strength

    def clear(self) -> None:
        """Forget both fields (after use, so the secret does not linger in the widget)."""
        self.entry.clear()
        self.confirm.clear()
        self.show_toggle.setChecked(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light <-> dark: recolour the meter
            self._render()

    def _on_show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.entry.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _on_changed(self) -> None:
        text = self.entry.text()
        self._strength = assess(text)
        self._render()
        self.changed.emit()

    def _render(self) -> None:
        strength = self._strength
        self.meter.setValue(strength.score)
        self.meter.setFormat(self._score_word(strength.score) if self.entry.text()
                             else self.tr("No passphrase yet"))
        self.meter.setAccessibleDescription(self.meter.format())
        self.strength_words.setText(
            self.tr("Strength: {words}").format(words=self._score_word(strength.score))
            if self.entry.text() else ""
        )
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        colour = meter_colour(strength.score, dark=dark)
        self.meter.setStyleSheet(
            # The outline takes the colour too, so even an empty bar shows "too weak".
            f"QProgressBar {{ border: 2px solid {colour if self.entry.text() else 'palette(mid)'};"
            " border-radius: 0.2em; background: palette(base); }"
            f" QProgressBar::chunk {{ background: {colour}; }}"
        )
        hint = self._hint(strength)
        self.hint.setText(hint)
        self.hint.setAccessibleDescription(hint)
        confirm = self.confirm.text()
        self.mismatch.setVisible(bool(confirm) and confirm != self.entry.text())

    def _score_word(self, score: int) -> str:
        """The meter's word for zxcvbn's 0 to 4 score."""
        words = (self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Strong"),
                 self.tr("Very strong"))
        return words[max(0, min(score, MAX_SCORE))]

    def _hint(self, strength: Strength) -> str:
        """One plain sentence under the meter, from the verdict's problem and score."""
        if strength.problem is Problem.EMPTY:
            return self.tr("Choose a passphrase: four or more unrelated words work well.")
        if strength.problem is Problem.TOO_SHORT:
            missing = MIN_LENGTH - len(self.entry.text())
            # %n without a noun reads right in English untranslated ("1 more to go").
            return self.tr("Use {minimum} or more characters: %n more to go.", "",
                           missing).format(minimum=MIN_LENGTH)
        if strength.problem is Problem.TOO_GUESSABLE:
            # zxcvbn's own advice (English, from the library) stays out: it has no Spanish.
            return self.tr("Too easy to guess. Add another uncommon word or two.")
        if strength.score < MAX_SCORE:
            return self.tr("Good. Another word would make it even stronger.")
        return self.tr("Very strong. Make sure you can remember it.")
