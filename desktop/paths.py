"""Where Confide keeps its files: one data folder per person, resolved once at start.

The order is the command line (`--data-dir`), then the `CONFIDE_DATA_DIR` environment
variable (for portable installs and tests), then the platform's user data folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "Confide"
ENV_VAR = "CONFIDE_DATA_DIR"

VAULT_DB = "vault.db"
VAULT_KEY = "vault.key"
LOG_FILE = "confide.log"
PREFERENCES = "preferences.json"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None,
                     environ: Mapping[str, str] | None = None) -> Path:
    """The data folder for this run (not created; see `ensure_data_dir`).

    Args:
        cli_value: the `--data-dir` argument, if given.
        environ: the environment to read (defaults to `os.environ`; injectable for tests).
    """
    env = os.environ if environ is None else environ
    if cli_value:
        return Path(cli_value).expanduser().absolute()
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser().absolute()
    # Imported only here: a start with --data-dir or CONFIDE_DATA_DIR never needs it (~5 ms).
    import platformdirs  # noqa: PLC0415 - see above

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


class DataDirError(Exception):
    """The data folder cannot be used; the message says why in one line."""


def ensure_data_dir(directory: Path) -> Path:
    """Create the folder if needed, readable by its owner only (it holds ciphertext and logs).

    Raises:
        DataDirError: the path is a file, or the folder cannot be made or reached.
    """
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except FileExistsError:
        raise DataDirError(f"{directory} is a file, not a folder") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise DataDirError(f"{directory} cannot be used as the data folder ({reason})") from None
    return directory


def vault_db(directory: Path) -> Path:
    return directory / VAULT_DB


def vault_key(directory: Path) -> Path:
    return directory / VAULT_KEY


def log_file(directory: Path) -> Path:
    return directory / LOG_FILE


def preferences_file(directory: Path) -> Path:
    return directory / PREFERENCES
