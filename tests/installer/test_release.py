"""The Linux release, for real: build twice, compare, sign, verify, tamper, install, remove.

One slow test module (about two minutes on two cores): the two builds run side by side
from two copies of the source tree. Installing the `.deb` needs root (CI runs as root) or
passwordless sudo; without either the test fails and says so, rather than skipping.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crypto.kdf import KdfParams
from crypto.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ("confide_{v}_amd64.deb", "confide-{v}-linux-x86_64.tar.xz", "confide-{v}.cdx.json")
# serial: the .deb test installs Confide and an organization policy system-wide, which
# every app started meanwhile would read; the builds use both cores by themselves.
pytestmark = [pytest.mark.slow, pytest.mark.serial]


def _version() -> str:
    from desktop import __version__

    return __version__


def _copy_source(target: Path) -> None:
    """The files git would commit (tracked, or new and not ignored), as a fresh checkout has."""
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "-co", "--exclude-standard"],
        check=True, capture_output=True,
    ).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """Two builds of the same source from different folders; yields their output folders."""
    base = tmp_path_factory.mktemp("release")
    epoch = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
                           check=True, capture_output=True, text=True).stdout.strip()
    venv = base / "venv"
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
    # The release venv first (shared: same pins), then both freezes at once.
    make_venv = ("import sys, pathlib; from installer.release.build import release_venv; "
                 "release_venv(pathlib.Path(sys.argv[1]))")
    first = subprocess.run([sys.executable, "-c", make_venv, str(venv)], cwd=ROOT, env=env,
                           capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr[-2000:]
    jobs = []
    for name in ("a", "b"):
        source = base / name / "source-tree"
        _copy_source(source)
        jobs.append(subprocess.Popen(
            [str(source / "installer" / "build"), "--out", str(base / name / "out"),
             "--work", str(base / name / "work"), "--venv", str(venv)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        ))
    for job in jobs:
        output, _ = job.communicate(timeout=600)
        assert job.returncode == 0, output[-3000:]
    yield base / "a" / "out", base / "b" / "out"


def test_two_builds_are_bit_identical_and_small(builds: tuple[Path, Path]) -> None:
    first, second = builds
    for pattern in ARTIFACTS:
        name = pattern.format(v=_version())
        a, b = (first / name).read_bytes(), (second / name).read_bytes()
        assert hashlib.sha256(a).hexdigest() == hashlib.sha256(b).hexdigest(), name
    unpacked = int(subprocess.run(
        ["dpkg-deb", "-f", str(first / ARTIFACTS[0].format(v=_version())), "Installed-Size"],
        check=True, capture_output=True, text=True).stdout or "0")
    assert 50_000 < unpacked < 150 * 1024, f"installed size {unpacked} KiB"


def _keys(home: Path) -> tuple[dict[str, str], Path, Path]:
    """A throwaway GnuPG key and minisign key pair, as a real release gets from its vault."""
    gnupg = home / "gnupg"
    gnupg.mkdir(mode=0o700)
    env = {**os.environ, "GNUPGHOME": str(gnupg)}
    subprocess.run(["gpg", "--batch", "--quiet", "--passphrase", "", "--quick-gen-key",
                    "Confide test release <test@invalid>", "ed25519", "sign", "1d"],
                   env=env, check=True, capture_output=True)
    colons = subprocess.run(["gpg", "--batch", "--with-colons", "--fingerprint"],
                            env=env, check=True, capture_output=True, text=True).stdout
    fingerprint = next(x.split(":")[9] for x in colons.splitlines() if x.startswith("fpr:"))
    public = home / "release.asc"
    public.write_bytes(subprocess.run(["gpg", "--batch", "--armor", "--export", fingerprint],
                                      env=env, check=True, capture_output=True).stdout)
    subprocess.run(["minisign", "-G", "-W", "-p", str(home / "m.pub"), "-s", str(home / "m.key")],
                   check=True, capture_output=True)
    env |= {"CONFIDE_GPG_KEY": fingerprint, "CONFIDE_MINISIGN_KEY": str(home / "m.key")}
    return env, public, home / "m.pub"


def _verify(folder: Path, gpg_key: Path, minisign_key: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ROOT / "installer" / "verify"), str(folder), "--gpg-key", str(gpg_key),
         "--minisign-key", str(minisign_key)],
        capture_output=True, text=True, check=False,
    )


@pytest.fixture(scope="module")
def signed(builds: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
           ) -> tuple[Path, Path, Path]:
    home = tmp_path_factory.mktemp("keys")
    env, gpg_key, minisign_key = _keys(home)
    folder = home / "release"
    shutil.copytree(builds[0], folder)
    result = subprocess.run([str(ROOT / "installer" / "sign"), str(folder)], env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return folder, gpg_key, minisign_key


def test_signed_release_verifies(signed: tuple[Path, Path, Path]) -> None:
    result = _verify(*signed)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("OK  ") == 6
    assert "embedded origin signature" in result.stdout


@pytest.mark.parametrize("victim", [*ARTIFACTS, "SHA256SUMS", "SHA256SUMS.asc",
                                    "SHA256SUMS.minisig"])
def test_one_changed_byte_anywhere_fails_verification(
    signed: tuple[Path, Path, Path], tmp_path: Path, victim: str
) -> None:
    folder, gpg_key, minisign_key = signed
    copy = tmp_path / "release"
    shutil.copytree(folder, copy)
    target = copy / victim.format(v=_version())
    data = bytearray(target.read_bytes())
    middle = len(data) // 2
    if victim.endswith(".asc"):  # flip a byte inside the base64 armour, not a line break
        middle = data.index(b"\n\n") + 10
    elif victim.endswith(".minisig"):
        # Into the signature line (the first line is minisign's *untrusted* comment, and the
        # middle of the file could land on a base64 character's unused bits or a line break,
        # which decode to the same signature: the flip must change what is verified).
        middle = data.index(b"\n") + 1 + 10
    data[middle] ^= 0x01
    target.write_bytes(bytes(data))
    result = _verify(copy, gpg_key, minisign_key)
    assert result.returncode == 1
    assert result.stderr.startswith("FAILED  "), result.stderr


def test_an_unlisted_file_fails_verification(signed: tuple[Path, Path, Path], tmp_path: Path
                                            ) -> None:
    folder, gpg_key, minisign_key = signed
    copy = tmp_path / "release"
    shutil.copytree(folder, copy)
    (copy / "extra.deb").write_bytes(b"not from the release")
    result = _verify(copy, gpg_key, minisign_key)
    assert result.returncode == 1
    assert "not listed in SHA256SUMS: extra.deb" in result.stderr


def _as_root(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return command
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"],
                                               capture_output=True, check=False).returncode == 0:
        return ["sudo", "-n", *command]
    pytest.fail("installing the .deb needs root or passwordless sudo (CI runs as root)")


def test_tarball_runs_from_anywhere(builds: tuple[Path, Path], tmp_path: Path) -> None:
    archive = builds[0] / ARTIFACTS[1].format(v=_version())
    subprocess.run(["tar", "-xJf", str(archive), "-C", str(tmp_path)], check=True)
    program = tmp_path / f"confide-{_version()}" / "confide"
    result = subprocess.run([str(program), "--self-test"], capture_output=True, text=True,
                            check=False, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("self-test passed")


def test_deb_installs_runs_with_policy_and_removes_cleanly(
    builds: tuple[Path, Path], tmp_path: Path
) -> None:
    deb = builds[0] / ARTIFACTS[0].format(v=_version())
    policy_dir = Path("/etc/confide/policies/managed")
    already = subprocess.run(["dpkg-query", "-W", "confide"], capture_output=True,
                             check=False).returncode == 0
    assert not already, "a confide package is installed on this machine: not touching it"
    assert not Path("/etc/confide").exists(), "/etc/confide exists here: not touching it"
    # A person's vault, made before install, must come through removal untouched.
    data = tmp_path / "home" / "Confide"
    data.mkdir(parents=True)
    vault, _code = Vault.create(data, "correct horse battery staple 42",
                                kdf_params=KdfParams.minimum())
    vault.lock()
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    policy = tmp_path / "org.json"
    policy.write_text(json.dumps({"organization_name": "General Hospital",
                                  "peer_log_allowed": False}), encoding="utf-8")
    try:
        subprocess.run(_as_root(["install", "-D", "-m", "0644", str(policy),
                                 str(policy_dir / "org.json")]), check=True)
        install = subprocess.run(_as_root(["dpkg", "-i", str(deb)]), capture_output=True,
                                 text=True, check=False)
        assert install.returncode == 0, install.stdout + install.stderr
        owned = subprocess.run(["dpkg-query", "-L", "confide"], check=True,
                               capture_output=True, text=True).stdout.split("\n")
        test = subprocess.run(["/usr/bin/confide", "--self-test"], capture_output=True,
                              text=True, check=False, timeout=60)
        assert test.returncode == 0, test.stdout + test.stderr
        assert "organization policy: 2 settings, 2 locked" in test.stdout
        shown = subprocess.run(
            ["/usr/bin/confide", "--demo", "--quit-when-ready"], capture_output=True, text=True,
            check=False, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert shown.returncode == 0, shown.stderr[-2000:]
        assert Path("/usr/share/applications/org.confide.Confide.desktop").is_file()
    finally:
        removed = subprocess.run(_as_root(["dpkg", "--purge", "confide"]), capture_output=True,
                                 text=True, check=False)
        subprocess.run(_as_root(["rm", "-rf", "/etc/confide"]), check=False)
    assert removed.returncode == 0, removed.stderr
    left = [p for p in owned if p.startswith(("/opt/confide", "/usr/bin/confide",
                                              "/usr/share/applications/org.confide"))
            and Path(p).exists()]
    assert left == []
    assert not Path("/opt/confide").exists()
    assert {p.name: p.read_bytes() for p in data.iterdir()} == before


def test_sbom_is_valid_cyclonedx_and_names_what_is_bundled(builds: tuple[Path, Path]) -> None:
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    text = (builds[0] / ARTIFACTS[2].format(v=_version())).read_text(encoding="utf-8")
    assert JsonStrictValidator(SchemaVersion.V1_5).validate_str(text) is None
    names = {c["name"] for c in json.loads(text)["components"]}
    assert {"PySide6_Essentials", "sqlcipher3", "cryptography", "python-dp", "Qt", "ICU",
            "SQLCipher", "OpenSSL", "CPython"} <= names
    assert not names & {"pyinstaller", "pytest", "opendp", "requests"}
