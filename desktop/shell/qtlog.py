"""Qt's own warnings go into Confide's log, through the same redaction as everything else.

Qt writes its messages (font problems, platform plugin trouble) to stderr by default,
where they bypass the log file and its filter. Qt generates them itself, so the text is
kept, but long hex runs and the home folder (which names the person) are masked.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from desktop.logsetup import Safe, mask_hex

log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _clean(message: str) -> str:
    home = str(Path.home())
    if len(home) > 1:
        message = message.replace(home, "~")
    return mask_hex(message)


def handle_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The message handler: one log record per Qt message, in the `qt` logger."""
    category = context.category or "qt"
    log.log(_LEVELS.get(kind, logging.WARNING), "%s: %s", Safe(category), Safe(_clean(message)))


def install() -> None:
    """Route Qt's messages into `logging` (call once, after logging is set up)."""
    qInstallMessageHandler(handle_qt_message)
