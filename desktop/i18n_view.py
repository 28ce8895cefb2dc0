"""Confide's language: Qt's translators for Confide's own strings and Qt's, installed at start.

`install_language` is called once, before the first window (the lock screen and the crisis
panel are shown before unlock, so the language cannot wait for the vault). It installs a
QTranslator for `confide_<lang>.qm` and one for Qt's own `qtbase_<lang>.qm` (standard
buttons, context menus), and makes the language's locale the default, so dates and numbers
follow it. A choice made in Settings applies from the next start.

Where the `.qm` comes from: an installed Confide ships it (the freeze spec compiles it, in
`resources/translations/`). Running from source there is none, because `.qm` files are
build output and not committed; so the `.ts` is compiled on first use with the installed
PySide6's `lrelease` into a cache folder, again whenever the `.ts` is newer than the cached
`.qm` (a translator's edit shows at the next start without a build step, and the README's
two commands work unchanged). Anything missing or failing leaves Confide in English, with
the reason logged; it never stops the app.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

import resources
from desktop.logsetup import Safe

log = logging.getLogger(__name__)

TRANSLATIONS_DIR: Final = "translations"
# Spanish as spoken in the United States: 988 answers in it, and dates read "4 de diciembre"
# (desktop.ui.dates writes every date from this locale).
LOCALES: Final = {"en": "en_US", "es": "es_US"}


def _lrelease() -> Path | None:
    import PySide6  # noqa: PLC0415 - its folder holds Qt's tools

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    return None


def compiled_translation(language: str, cache_dir: Path | None = None) -> Path | None:
    """The `.qm` file for `language`: shipped, or compiled from the `.ts` into the cache.

    Args:
        language: "es" (a language with a `confide_<language>.ts`).
        cache_dir: where compiled files go (default: the user's cache folder for Confide).

    Returns:
        The file, or None when there is none and it cannot be made (English is used).
    """
    name = f"confide_{language}"
    folder = resources.resource(TRANSLATIONS_DIR)
    shipped, source = folder.joinpath(f"{name}.qm"), folder.joinpath(f"{name}.ts")
    if not source.is_file():  # an installed Confide: the build compiled the .qm
        return Path(str(shipped)) if shipped.is_file() else None
    ts_path = Path(str(source))
    if shipped.is_file() and Path(str(shipped)).stat().st_mtime >= ts_path.stat().st_mtime:
        return Path(str(shipped))
    import platformdirs  # noqa: PLC0415 - as subprocess below (~5 ms)

    cache = cache_dir or Path(platformdirs.user_cache_dir("Confide", appauthor=False))
    target = cache / "translations" / f"{name}.qm"
    if target.is_file() and target.stat().st_mtime >= ts_path.stat().st_mtime:
        return target
    import subprocess  # noqa: PLC0415 - only a checkout compiles the .ts (~2 ms)

    lrelease = _lrelease()
    if lrelease is None:
        log.warning("no lrelease in PySide6: Confide stays in English")
        return None
    # Compiled under a name of this process's own, then renamed: two Confides starting at
    # once never read each other's half-written file. It runs before the first window, so
    # a stuck tool gives up soon and Confide stays in English.
    partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(  # noqa: S603 - PySide6's own lrelease on a shipped file
            [str(lrelease), "-silent", str(ts_path), "-qm", str(partial)],
            check=True, capture_output=True, timeout=10)
        partial.replace(target)
    except (OSError, subprocess.SubprocessError) as exc:
        partial.unlink(missing_ok=True)
        log.warning("translation %s could not be compiled (%s)", Safe(name),
                    Safe(type(exc).__name__))
        return None
    return target


def install_language(app: QCoreApplication, language: str,
                     cache_dir: Path | None = None) -> list[QTranslator]:
    """Show Confide in `language` ("en" or a translated one) from now on.

    The translators are children of `app`, so they live as long as it does.

    Returns:
        The translators installed (none for English).
    """
    system = QLocale.system().language()
    if language != "en" or system not in (QLocale.Language.English, QLocale.Language.C):
        # An English computer keeps its own English (en_GB dates stay en_GB).
        QLocale.setDefault(QLocale(LOCALES.get(language, "en_US")))
    if language == "en":
        return []
    # Here, not at the top: an English start (most) never builds the QLibraryInfo class.
    from PySide6.QtCore import QLibraryInfo  # noqa: PLC0415

    installed = []
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_dir) and app.installTranslator(qt_base):
        installed.append(qt_base)
    else:
        log.info("no Qt base translation for %s", Safe(language))
    qm = compiled_translation(language, cache_dir)
    own = QTranslator(app)
    if qm is not None and own.load(str(qm)) and app.installTranslator(own):
        installed.append(own)
    else:
        log.warning("Confide's %s translation is missing: English is shown", Safe(language))
    return installed


def system_locale_name() -> str:
    """The computer's locale, e.g. "es_US" (what "system" follows)."""
    return QLocale.system().name()


def is_spanish() -> bool:
    """Whether the language in force is Spanish (the crisis panel leads with 988's line)."""
    return QLocale().language() == QLocale.Language.Spanish
