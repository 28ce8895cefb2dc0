"""The peer log's shared words, Qt-free: month names and the translate hook its modules take.

The logic modules (past, period) compose sentences from these words; a view
passes `QCoreApplication.translate` so they come out in the language in force, and the
default keeps them English (tests and the admin command line). Exported report files
never use them: their keys and codes stay language-independent.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Final

from desktop.words import QT_TRANSLATE_NOOP, Translate, english

MONTHS_CONTEXT: Final = "PeerLogMonths"
MONTHS: Final = (
    QT_TRANSLATE_NOOP("PeerLogMonths", "January"),
    QT_TRANSLATE_NOOP("PeerLogMonths", "February"),
    QT_TRANSLATE_NOOP("PeerLogMonths", "March"),
    QT_TRANSLATE_NOOP("PeerLogMonths", "April"),
    QT_TRANSLATE_NOOP("PeerLogMonths", "May"),
    QT_TRANSLATE_NOOP("PeerLogMonths", "June"),
    QT_TRANSLATE_NOOP("PeerLogMonths", "July"),
    QT_TRANSLATE_NOOP("PeerLogMonths", "August"),
    QT_TRANSLATE_NOOP("PeerLogMonths", "September"),
    QT_TRANSLATE_NOOP("PeerLogMonths", "October"),
    QT_TRANSLATE_NOOP("PeerLogMonths", "November"),
    QT_TRANSLATE_NOOP("PeerLogMonths", "December"),
)


def month_name(number: int, tr: Translate = english) -> str:
    """The name of month `number` (1 to 12): "March"."""
    return tr(MONTHS_CONTEXT, MONTHS[number - 1])


# A refusal's field: a value, a day (the view writes it), or words made in the language
# asked for (a period's name).
Field = str | int | float | date | Callable[[Translate], str]
REFUSAL_CONTEXT: Final = "PeerLogRefusal"


class Refusal(ValueError):
    """Why something may not be done, in words any view can show in its language.

    `template` is English marked with `QT_TRANSLATE_NOOP("PeerLogRefusal", …)`; `detail`
    (and `str()`) is the English, for logs-free tests and the admin command line;
    `words(tr)` is the same sentence translated. No field holds personal data.
    """

    def __init__(self, template: str, **fields: Field) -> None:
        self.template = template
        self.fields = fields
        self.detail = self.words()
        super().__init__(self.detail)

    def words(self, tr: Translate = english, day_words: Callable[[date], str] = date.isoformat
              ) -> str:
        """The sentence via `tr`, its days written by `day_words` (a view: `desktop.ui.dates`)."""
        values = {k: v(tr) if callable(v) else day_words(v) if isinstance(v, date) else v
                  for k, v in self.fields.items()}
        return tr(REFUSAL_CONTEXT, self.template).format(**values)
