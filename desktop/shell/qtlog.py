"""Qt's own warnings go into Confide's log, through the same redaction as everything else.

Qt writes its messages (font problems, platform plugin trouble) to stderr by default,
where they bypass the log file and its filter. Qt generates them itself, so the text is
kept, but long hex runs and the home folder (which names the person) are masked, and so
is anything Qt quotes or any address: Qt names what it failed to open ("Unable to detect
a launcher for 'tel:988'"), and that alone would tell that the crisis panel was used.
"""

from __future__ import annotations

import logging
import re
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


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|\u2018[^\u2019]*\u2019|\u201c[^\u201d]*\u201d")
# A URI: a lower-case scheme, one colon (not Qt's "Class::method"), then no space.
_ADDRESS = re.compile(r"\b[a-z][a-z0-9+.-]*:(?!:)\S+")


def clean(message: str) -> str:
    """`message` with the home folder, quoted text, addresses and long hex runs masked."""
    home = str(Path.home())
    if len(home) > 1:
        message = message.replace(home, "~")
    message = _QUOTED.sub("<redacted>", message)
    return mask_hex(_ADDRESS.sub("<redacted>", message))


def handle_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The message handler: one log record per Qt message, in the `qt` logger."""
    category = context.category or "qt"
    log.log(_LEVELS.get(kind, logging.WARNING), "%s: %s", Safe(category), Safe(clean(message)))


def install() -> None:
    """Route Qt's messages into `logging` (call once, after logging is set up)."""
    qInstallMessageHandler(handle_qt_message)
