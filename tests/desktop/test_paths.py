"""Which data folder a run uses: --data-dir, then CONFIDE_DATA_DIR, then the platform's."""

from __future__ import annotations

import stat
from pathlib import Path

import platformdirs

from desktop import paths


def test_command_line_wins(tmp_path: Path) -> None:
    env = {paths.ENV_VAR: str(tmp_path / "env")}
    assert paths.resolve_data_dir(str(tmp_path / "cli"), env) == tmp_path / "cli"


def test_environment_next(tmp_path: Path) -> None:
    assert paths.resolve_data_dir(None, {paths.ENV_VAR: str(tmp_path / "env")}) == tmp_path / "env"


def test_platform_folder_last() -> None:
    expected = Path(platformdirs.user_data_dir("Confide", appauthor=False))
    assert paths.resolve_data_dir(None, {}) == expected
    assert paths.resolve_data_dir("", {paths.ENV_VAR: ""}) == expected


def test_relative_and_home_paths_become_absolute() -> None:
    assert paths.resolve_data_dir("~/x", {}) == Path.home() / "x"
    assert paths.resolve_data_dir("rel", {}).is_absolute()


def test_ensure_creates_a_private_folder(tmp_path: Path) -> None:
    folder = paths.ensure_data_dir(tmp_path / "a" / "b")
    assert folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_file_names(tmp_path: Path) -> None:
    assert [p.name for p in (paths.vault_db(tmp_path), paths.vault_key(tmp_path),
                             paths.log_file(tmp_path), paths.preferences_file(tmp_path))] == [
        "vault.db", "vault.key", "confide.log", "preferences.json"]
