"""Logging that never records a secret or a person's words.

Standard `logging` goes to `confide.log` in the data folder (owner-only, size-limited)
and to stderr. Every handler carries a `RedactingFilter`: each string or bytes argument
of a record becomes "<redacted>" unless the caller wrapped it in `Safe(...)`, exception
messages are dropped (their type names and code locations stay, which is what a bug
report needs), and long hex runs, which would be keys, are masked even in the template.
"""

from __future__ import annotations

import io
import logging
import os
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

REDACTED = "<redacted>"
HEX_MASK = "<hex>"
# 24 hex digits or more is a key, a salt or a digest, never something a reader needs.
_HEX_RUN = re.compile(r"(?<![0-9A-Za-z])(?:0x)?[0-9A-Fa-f]{24,}(?![0-9A-Za-z])")
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MAX_BYTES = 1_000_000
_BACKUPS = 2

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class Safe(str):
    """A log argument the caller vouches for: no personal text, no secret.

    Example:
        log.info("opened the %s page", Safe(page_key))
    """

    __slots__ = ()


def mask_hex(text: str) -> str:
    """`text` with every long hexadecimal run replaced by a mask."""
    return _HEX_RUN.sub(HEX_MASK, text)


def _redact_arg(value: object) -> object:
    if isinstance(value, Safe):
        return mask_hex(str(value))
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, BaseException):
        return f"<{type(value).__name__}>"
    # str, bytes, paths, and any object whose str() might carry personal text.
    return REDACTED


def sanitized_traceback(exc_info: ExcInfo) -> str:
    """A traceback with code locations and exception type names but no messages.

    Exception messages can quote data (a passphrase in a ValueError, a note in an SQL
    error), so only the type is kept. Source lines are dropped too: locations suffice.
    """
    _, exc, tb = exc_info
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    chain: list[tuple[BaseException, TracebackType | None]] = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, current.__traceback__ if current is not exc else tb))
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    for index, (error, error_tb) in enumerate(reversed(chain)):
        if index:
            parts.append("\nThe above exception led to the following exception:\n")
        parts.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(error_tb):
            parts.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        parts.append(f"{type(error).__module__}.{type(error).__qualname__}")
    return "\n".join(parts)


class RedactingFilter(logging.Filter):
    """Rewrites each record in place so no handler can print personal data.

    Attach it to handlers, not loggers: a logger's filter does not see records that
    propagate from its children.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_confide_redacted", False):
            return True  # several handlers share one record; redact once
        if isinstance(record.msg, str):
            record.msg = mask_hex(record.msg)
        else:
            record.msg = str(_redact_arg(record.msg))
        if isinstance(record.args, dict):
            record.args = {key: _redact_arg(value) for key, value in record.args.items()}
        elif record.args:
            record.args = tuple(_redact_arg(value) for value in record.args)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = sanitized_traceback(record.exc_info)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = REDACTED  # pre-formatted elsewhere: cannot be trusted
        record._confide_redacted = True
        return True


class _PrivateRotatingFileHandler(logging.FileHandler):
    """A size-limited log file (`confide.log`, then `.1`, `.2`), readable by the owner only.

    Built on `logging.FileHandler` rather than `logging.handlers.RotatingFileHandler`:
    that module imports socket, pickle and queue for handlers Confide never uses, about
    10 ms before the unlock screen can show. Rolls over as RotatingFileHandler does.
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        Path(self.baseFilename).chmod(0o600)  # an older file may have wider rights
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_after(record):
                self._roll_over()
        except Exception:  # noqa: BLE001 - logging must never stop the app
            self.handleError(record)
            return
        super().emit(record)

    def _full_after(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        line = f"{self.format(record)}{self.terminator}"
        self.stream.seek(0, io.SEEK_END)
        return self.stream.tell() + len(line) >= self.max_bytes

    def _roll_over(self) -> None:
        self._close_stream()
        base = Path(self.baseFilename)
        for number in range(self.backups - 1, 0, -1):
            older = base.with_name(f"{base.name}.{number}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{number + 1}"))
        if self.backups > 0:
            base.replace(base.with_name(f"{base.name}.1"))
        else:
            base.unlink(missing_ok=True)
        self.stream = self._open()

    def _close_stream(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # FileHandler's "not open yet"


def setup_logging(log_path: Path | None, *, verbose: bool = False, quiet: bool = False,
                  stream: TextIO | None = None) -> logging.Logger:
    """Configure the root logger once: a private log file (if given) and stderr.

    Args:
        log_path: the log file, normally `confide.log` in the data folder; None for
            stderr only (self-test, --version).
        verbose: also show INFO on stderr (stderr shows warnings and errors otherwise,
            so smoke tests print nothing when all is well).
        quiet: show only errors on stderr (--quit-when-ready: smoke tests must print
            nothing, and the offscreen platform warns about things it cannot do).
        stream: where console output goes (default stderr).

    Returns:
        The root logger.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_confide", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter(_FORMAT)
    redactor = RedactingFilter()
    console = logging.StreamHandler(stream or sys.stderr)
    console.setLevel(logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING)
    handlers: list[logging.Handler] = [console]
    if log_path is not None:
        handlers.append(
            _PrivateRotatingFileHandler(log_path, max_bytes=_MAX_BYTES, backups=_BACKUPS)
        )
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(redactor)
        handler._confide = True  # type: ignore[attr-defined]  # marks our own handlers
        root.addHandler(handler)
    logging.captureWarnings(True)
    return root


def describe(exc: BaseException) -> Any:
    """A loggable stand-in for an exception: its type name only."""
    return Safe(type(exc).__name__)
