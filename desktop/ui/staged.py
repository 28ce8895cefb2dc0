"""Parts of a page built after it, one an event-loop turn, then shown together.

A page's first visit must not hold the GUI thread over 50 ms (issue 13): it builds what a
first look shows and hands the rest here. Each later part is built in a turn of its own,
kept hidden, and all are shown with the last (showing each as it came would lay out and
paint the page again every turn). Parts are built in page order, so keyboard order is the
page's. `finish()` builds what is left at once, for an action that needs the whole page;
`advance(n)` the next n parts, for one needed before its turn (Settings' sections), and
`then()` adds a part after the others. The safety plan, Settings, Find help and
Organization settings build so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget


class StagedBuild:
    """Builds `parts` in turns after `delay_ms`, then calls `on_done` (see the module)."""

    def __init__(
        self, owner: QObject, parts: Sequence[Callable[[], object]], on_done: Callable[[], None],
        *, delay_ms: int,
    ) -> None:
        self._owner = owner
        self._parts = list(parts)
        self._on_done = on_done
        self._hidden: list[QWidget] = []
        self._in_part = False  # a later part is being built (not the page's own start)
        QTimer.singleShot(delay_ms, owner, self._next)

    @property
    def done(self) -> bool:
        return not self._parts

    @property
    def building(self) -> bool:
        """Whether a later part is being built now (its page is not whole yet)."""
        return self._in_part

    def hide_until_done(self, *widgets: QWidget) -> None:
        """Keep `widgets`, if a later part is building them, out of sight until the last."""
        if self._in_part:
            self._hidden += widgets
            for widget in widgets:
                widget.hide()

    def finish(self) -> None:
        """Build every part not built yet, now."""
        self.advance(len(self._parts))

    def advance(self, count: int) -> None:
        """Build the next `count` parts now, for something that needs them at once; those
        built so far are shown (the rest keep their turns)."""
        for _ in range(min(count, len(self._parts))):
            self._next(turns=False)
        self._show_hidden()

    def then(self, part: Callable[[], object]) -> None:
        """Add `part` after the others; built at once if they all are."""
        if self._parts:
            self._parts.append(part)
        else:
            part()

    def _next(self, *, turns: bool = True) -> None:
        if not self._parts:
            return
        self._in_part = True
        try:
            self._parts.pop(0)()
        finally:
            self._in_part = False
        if self._parts:
            if turns:
                QTimer.singleShot(0, self._owner, self._next)
            return
        self._show_hidden()
        self._on_done()

    def _show_hidden(self) -> None:
        while self._hidden:  # shown now, not at the layout's queued show a turn later
            self._hidden.pop(0).show()


class StagedParts:
    """`built` and `build_all()` for a page whose later parts its `_staged` makes: tests
    and a part asked for before its turn use them (Settings, Find help, Organization
    settings)."""

    _staged: StagedBuild

    @property
    def built(self) -> bool:
        """Whether every part is built (it is, a few event-loop turns after the page)."""
        return self._staged.done

    def build_all(self) -> None:
        """Build every part not built yet, now."""
        self._staged.finish()
