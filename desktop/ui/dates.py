"""Dates as people read them, the same on every page (in the person's locale)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def day_text(day: date) -> str:
    """A day as the person's locale writes it, with the weekday ("Mon 3 Mar 2025")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")
