"""Data shipped with Confide (instruments, the national directory, icons, licence texts).

Read files through `read_text`/`read_bytes` so they are found both in a checkout and in a
frozen or zipped install, where plain paths do not exist.
"""

from __future__ import annotations

from importlib import resources as _resources
from importlib.resources.abc import Traversable


def resource(relative: str) -> Traversable:
    """The shipped file at `relative` (slash-separated, e.g. "directory/crisis.json").

    Raises:
        ValueError: an absolute path or one that climbs out with "..".
    """
    parts = relative.split("/")
    if relative.startswith("/") or any(part in ("", ".", "..") for part in parts):
        raise ValueError("a resource path is relative and stays inside resources/")
    node = _resources.files(__name__)
    for part in parts:
        node = node.joinpath(part)
    return node


def read_bytes(relative: str) -> bytes:
    """The bytes of a shipped file (FileNotFoundError if it is not there)."""
    return resource(relative).read_bytes()


def read_text(relative: str) -> str:
    """The UTF-8 text of a shipped file (FileNotFoundError if it is not there)."""
    return resource(relative).read_text(encoding="utf-8")
