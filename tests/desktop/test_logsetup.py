"""The log never holds personal text or secrets, and its file is private."""

from __future__ import annotations

import io
import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.logsetup import REDACTED, RedactingFilter, Safe, mask_hex, setup_logging

SECRET = "my passphrase is sunflower river"
KEY = "9f" * 32


@pytest.fixture
def captured(tmp_path: Path) -> Iterator[tuple[io.StringIO, Path]]:
    stream = io.StringIO()
    log_path = tmp_path / "confide.log"
    root = setup_logging(log_path, verbose=True, stream=stream)
    yield stream, log_path
    for handler in list(root.handlers):
        if getattr(handler, "_confide", False):
            root.removeHandler(handler)
            handler.close()
    logging.captureWarnings(False)


def _both(captured: tuple[io.StringIO, Path]) -> str:
    stream, path = captured
    return stream.getvalue() + "\n" + path.read_text(encoding="utf-8")


def test_string_and_bytes_arguments_are_redacted_numbers_and_safe_kept(
    captured: tuple[io.StringIO, Path],
) -> None:
    logging.getLogger("confide.test").info(
        "note %s bytes %s path %s count %d ratio %.1f page %s",
        SECRET, SECRET.encode(), Path("/home/maria/notes"), 3, 0.5, Safe("check-in"),
    )
    text = _both(captured)
    assert SECRET not in text and "maria" not in text
    assert text.count(REDACTED) == 6  # three arguments, in both the stream and the file
    assert "count 3 ratio 0.5 page check-in" in text


def test_mapping_arguments_are_redacted(captured: tuple[io.StringIO, Path]) -> None:
    logging.getLogger("confide.test").info("%(note)s %(n)d", {"note": SECRET, "n": 2})
    assert SECRET not in _both(captured)
    assert f"{REDACTED} 2" in _both(captured)


def test_exception_messages_are_dropped_but_types_and_locations_kept(
    captured: tuple[io.StringIO, Path],
) -> None:
    def fails() -> None:
        try:
            raise ValueError(SECRET)
        except ValueError as error:
            raise KeyError(SECRET) from error

    try:
        fails()
    except KeyError:
        logging.getLogger("confide.test").exception("saving failed")
    text = _both(captured)
    assert SECRET not in text
    assert "builtins.ValueError" in text and "builtins.KeyError" in text
    assert "in fails" in text and "test_logsetup.py" in text


def test_exception_as_an_argument_becomes_its_type_name(captured: tuple[io.StringIO, Path]) -> None:
    logging.getLogger("confide.test").warning("failed: %s", OSError(SECRET))
    text = _both(captured)
    assert SECRET not in text and "failed: <OSError>" in text


def test_long_hex_runs_are_masked_even_in_the_template(captured: tuple[io.StringIO, Path]) -> None:
    logging.getLogger("confide.test").info("key " + KEY + " id %s", Safe("ab" * 20))
    text = _both(captured)
    assert KEY not in text and "ab" * 20 not in text
    assert "key <hex> id <hex>" in text


def test_short_hex_and_words_survive() -> None:
    assert mask_hex("build deadbeef version 1.2") == "build deadbeef version 1.2"


def test_non_string_message_objects_are_redacted(captured: tuple[io.StringIO, Path]) -> None:
    logging.getLogger("confide.test").info(["a", SECRET])
    assert SECRET not in _both(captured)


def test_log_file_is_owner_only_even_if_it_existed(tmp_path: Path) -> None:
    path = tmp_path / "confide.log"
    path.write_text("old\n")
    path.chmod(0o644)
    root = setup_logging(path, stream=io.StringIO())
    try:
        logging.getLogger("confide.test").warning("hello")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "_confide", False):
                root.removeHandler(handler)
                handler.close()
        logging.captureWarnings(False)


def test_stderr_is_quiet_by_default_and_silent_when_quiet(tmp_path: Path) -> None:
    for quiet, expect_warning in ((False, True), (True, False)):
        stream = io.StringIO()
        root = setup_logging(None, quiet=quiet, stream=stream)
        logging.getLogger("confide.test").info("informational")
        logging.getLogger("confide.test").warning("a warning")
        assert "informational" not in stream.getvalue()
        assert ("a warning" in stream.getvalue()) is expect_warning
        for handler in list(root.handlers):
            if getattr(handler, "_confide", False):
                root.removeHandler(handler)
        logging.captureWarnings(False)


def test_filter_is_idempotent_across_handlers() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "a %s", (Safe("b"),), None)
    flt = RedactingFilter()
    assert flt.filter(record) and flt.filter(record)
    assert record.getMessage() == "a b"


def test_a_failed_background_job_is_logged_by_type(
    captured: tuple[io.StringIO, Path], qtbot: object
) -> None:
    from desktop.ui.worker import Worker

    worker = Worker()
    try:
        def fail() -> None:
            raise ValueError(SECRET)

        delivered: list[bool] = []
        worker.submit(fail, lambda _r: None, None)  # nobody handles it: the worker logs it
        worker.submit(lambda: None, lambda _r: delivered.append(True), None)  # jobs run in order
        qtbot.waitUntil(lambda: bool(delivered))  # type: ignore[attr-defined]
    finally:
        worker.stop()
    text = _both(captured)
    assert "background job failed: ValueError" in text
    assert SECRET not in text


def test_the_log_file_rolls_over_keeping_two_owner_only_backups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.logsetup._MAX_BYTES", 200)
    path = tmp_path / "confide.log"
    root = setup_logging(path, stream=io.StringIO())
    try:
        for number in range(40):
            logging.getLogger("confide.test").warning("line %d", number)
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "_confide", False):
                root.removeHandler(handler)
                handler.close()
        logging.captureWarnings(False)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["confide.log", "confide.log.1", "confide.log.2"]
    assert all(p.stat().st_size < 200 for p in tmp_path.iterdir())
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in tmp_path.iterdir())
    assert "line 39" in path.read_text(encoding="utf-8")  # the newest line is in the live file
