"""Fixtures shared by every test: an offscreen Qt, a private data folder, a fast KDF.

Fast means OWASP's minimum Argon2id cost, which the vault accepts in production too, so
tests exercise the same code path as the app, only with a cheaper (still legal) setting.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any Qt import: the window is real, the screen is not.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app must never depend on the developer's own data folder or keyring.
os.environ.pop("CONFIDE_DATA_DIR", None)

from crypto.kdf import KdfParams
from crypto.vault import Vault


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty folder where the app keeps its vault, as `--data-dir` would give it."""
    path = tmp_path / "confide-data"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def fast_kdf() -> KdfParams:
    """OWASP's minimum Argon2id cost: legal, and fast enough for hundreds of tests."""
    return KdfParams.minimum()


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point TMPDIR at a folder of the test's own, so privacy tests can search all of it."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    yield tmp


@pytest.fixture(autouse=True)
def no_keyring_by_default() -> Iterator[None]:
    """Every test starts with keyring's own "fail" backend: no test reaches a real user keyring."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]  # keyring is untyped
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def secret_service_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A real gnome-keyring Secret Service on a private D-Bus, for the whole session."""
    from tests.secret_service import running_secret_service

    with running_secret_service(tmp_path_factory.mktemp("keyring-home")) as env:
        yield env


@pytest.fixture
def real_keyring(secret_service_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Point `keyring` at the real Secret Service started for this session."""
    import keyring
    from keyring.backends import SecretService

    for name, value in secret_service_env.items():
        monkeypatch.setenv(name, value)
    keyring.set_keyring(SecretService.Keyring())  # type: ignore[no-untyped-call]  # untyped


VAULT_PASSPHRASE = "pass phrase"  # what the shared `vault` fixtures open with


@pytest.fixture
def vault(data_dir: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    """A new, unlocked vault in `data_dir`, used on the test's own thread; locked after."""
    made, _code = Vault.create(data_dir, VAULT_PASSPHRASE, kdf_params=fast_kdf)
    yield made
    if made.is_open:
        made.lock()
