"""Data shipped with Confide (instruments, the national directory, icons, licence texts).

Read files through `read_text`/`read_bytes` so they are found both in a checkout and in a
frozen or zipped install, where plain paths do not exist.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def _parts(relative: str) -> list[str]:
    parts = relative.split("/")
    if relative.startswith("/") or any(part in ("", ".", "..") for part in parts):
        raise ValueError("a resource path is relative and stays inside resources/")
    return parts


def resource(relative: str) -> Traversable:
    """The shipped file at `relative` (slash-separated, e.g. "directory/crisis.json").

    Raises:
        ValueError: an absolute path or one that climbs out with "..".
    """
    # Imported here: importlib.resources brings tempfile and more (~4 ms), which the
    # unlock screen would wait for; `read_bytes` does without it.
    from importlib import resources as _resources  # noqa: PLC0415

    node = _resources.files(__name__)
    for part in _parts(relative):
        node = node.joinpath(part)
    return node


def read_bytes(relative: str) -> bytes:
    """The bytes of a shipped file (FileNotFoundError if it is not there).

    Read through this package's loader (`get_data`, what `pkgutil.get_data` calls; the
    source, zip and PyInstaller loaders all have it), the way `importlib.resources` reads
    a file in the end, without importing it: the policy schema is read before the unlock
    screen is shown.
    """
    parts = _parts(relative)
    spec = __spec__
    get_data = getattr(spec.loader, "get_data", None)
    if get_data is None or not spec.origin:
        return resource(relative).read_bytes()
    try:
        data: bytes = get_data(str(Path(spec.origin).parent.joinpath(*parts)))
    except FileNotFoundError:
        raise
    except OSError:  # a zip's loader says "missing" in its own words: ask the general way
        return resource(relative).read_bytes()
    return data


def read_text(relative: str) -> str:
    """The UTF-8 text of a shipped file (FileNotFoundError if it is not there), with
    universal newlines, as a file opened in text mode gives it."""
    text = read_bytes(relative).decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n")
