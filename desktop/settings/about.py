"""What Confide is made of: its own licence, and the licences of the packages it runs on.

Qt-free. The package list is read from the installed packages' own metadata (SPDX
`License-Expression` where a package declares one, else its licence classifiers), so it
is what is actually installed, not a list kept by hand. The frozen build carries the full
texts in its `LICENSES/` folder (see installer/release/notices.py); `notices_folder` finds
it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Final

import resources
from desktop import __version__
from desktop.words import QT_TRANSLATE_NOOP

LICENCE: Final = "GPL-3.0-or-later"
# What Confide runs on (pyproject's dependencies, and what they bring that ships code).
COMPONENTS: Final = (
    "PySide6-Essentials", "shiboken6", "sqlcipher3", "cryptography", "keyring",
    "platformdirs", "pyrage", "zxcvbn", "jsonschema", "python-dp",
)
_CLASSIFIER_PREFIX: Final = "License :: OSI Approved :: "
# Confide's own words (the view translates them), unlike the packages' licence names.
NOT_STATED: Final = QT_TRANSLATE_NOOP("AboutDialog", "not stated by the package; see the notices")


@dataclass(frozen=True)
class Component:
    """One package Confide runs on."""

    name: str
    version: str
    licence: str


def licence_text() -> str:
    """Confide's own notice followed by the full GPL-3.0 text."""
    return (resources.read_text("licenses/CONFIDE.txt") + "\n\n"
            + resources.read_text("licenses/GPL-3.0.txt"))


def _licence_of(meta: metadata.PackageMetadata) -> str:
    expression = meta.get_all("License-Expression")  # None when the package has none
    if expression:
        return str(expression[0])
    classifiers = [c[len(_CLASSIFIER_PREFIX):] for c in meta.get_all("Classifier") or []
                   if c.startswith(_CLASSIFIER_PREFIX)]
    if classifiers:
        return " / ".join(classifiers)
    declared = str((meta.get_all("License") or [""])[0]).strip()
    # Some packages paste the whole licence text here; only a short name is useful.
    if declared and len(declared) <= 60 and "\n" not in declared:
        return declared
    return NOT_STATED


def components() -> list[Component]:
    """The packages in `COMPONENTS` that are installed, with version and licence."""
    found = []
    for name in COMPONENTS:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue  # a frozen build may keep no metadata; its LICENSES folder has it all
        found.append(Component(name, str(meta["Version"]), _licence_of(meta)))
    return found


def notices_folder() -> Path | None:
    """The frozen build's `LICENSES/` folder (None when running from source)."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent / "LICENSES"
    return folder if folder.is_dir() else None


def version() -> str:
    """Confide's version."""
    return __version__
