"""The counted lines of "Find help": how many results, and what the licensing list says.

A QObject of its own so that lupdate reads the plurals (`self.tr(..., "", n)`) and the
page stays short; the page shows what these return.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from desktop.directory.logic import CONTEXT, NEED_WORDS
from desktop.directory.results import LicenseNote
from referral_directory.model import Need


class SummaryWords(QObject):
    """The results summary line and the note atop "Worried about my license"."""

    def results_words(
        self, count: int, query: str, need: Need | None, total: int | None = None
    ) -> str:
        """The line above the results, e.g. "3 results" or "Ranked for: In crisis now (5)".

        Args:
            count: the results on show.
            query: what was typed.
            need: the need they are ranked for, if any.
            total: how many matched in all, when that may be more than `count`.
        """
        locale = QLocale()
        label = QCoreApplication.translate(CONTEXT, NEED_WORDS[need]) if need else ""
        if total is not None and total > count:
            shown, every = locale.toString(count), locale.toString(total)
            if need is None:
                if query.strip():
                    words = self.tr("Showing the first {shown} of {total} \u2014 add words or "
                                    "filters to narrow it.")
                else:
                    words = self.tr("All resources: showing the first {shown} of {total} "
                                    "\u2014 add words or filters to narrow it.")
            elif need.urgent:
                words = self.tr("Ranked for \u201c{need}\u201d: showing the first {shown} of "
                                "{total} resources, crisis lines first \u2014 choose filters "
                                "to narrow it.")
            else:
                words = self.tr("Ranked for \u201c{need}\u201d: showing the first {shown} of "
                                "{total} resources, 988 first \u2014 choose filters to "
                                "narrow it.")
            return words.format(need=label, shown=shown, total=every)
        if need is not None:
            # One sentence per English form, each a plural entry (Qt finds its forms).
            if need.urgent:
                words = (self.tr("Ranked for \u201c{need}\u201d: %n resource, crisis lines "
                                 "first.", "", count) if count == 1
                         else self.tr("Ranked for \u201c{need}\u201d: %n resources, crisis "
                                      "lines first.", "", count))
            else:
                words = (self.tr("Ranked for \u201c{need}\u201d: %n resource, 988 first.", "",
                                 count) if count == 1
                         else self.tr("Ranked for \u201c{need}\u201d: %n resources, 988 first.",
                                      "", count))
            return words.format(need=label)
        if count == 0:
            return self.tr("Nothing matches. Try fewer words or fewer filters. If you are in "
                           "crisis, call or text 988 now.")
        if not query.strip():
            return self.tr("All resources: %n", "", count)
        return (self.tr("%n result", "", count) if count == 1
                else self.tr("%n results", "", count))

    def license_words(self, note: LicenseNote) -> str:
        """The sentence atop "Worried about my license": who explains, who can reach a board."""
        parts = [self.tr("988 comes first, for anyone in crisis.")]
        if note.explainers:
            parts.append(
                self.tr(
                    "Next come the resources whose own published words explain licensing: {0}."
                ).format("; ".join(note.explainers))
            )
        if note.board:
            parts.append(
                self.tr(
                    "Only {0} can reach a licensing board: that is the physician health "
                    "program (PHP) path, which documents whether you follow its monitoring."
                ).format("; ".join(note.board))
            )
        else:
            parts.append(self.tr("None of these says it can reach a licensing board."))
        parts.append(
            self.tr("Each resource's details say what its source confirms and what it does not.")
        )
        return " ".join(parts)
