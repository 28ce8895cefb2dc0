"""`installer/build`: freeze Confide and package the unsigned Linux release artifacts.

    installer/build [--out DIR] [--work DIR] [--venv DIR]

Steps: a release virtual environment from the pinned `requirements.txt`; PyInstaller in
one-folder mode (`installer/freeze/confide.spec`); the licence notices and a CycloneDX
SBOM put into the bundle; every file's time set to SOURCE_DATE_EPOCH; then
`confide_<version>_amd64.deb` and `confide-<version>-linux-x86_64.tar.xz` in `--out`,
with the SBOM beside them.

Reproducible: SOURCE_DATE_EPOCH (the commit's time, from git, unless set), PYTHONHASHSEED=0,
name-sorted archives with owner root and fixed modes, single-threaded xz. Two builds of
one commit, from different folders, give the same bytes (tests/installer checks it).
Signing is a separate step (`installer/sign`), so what is signed is what was tested.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import venv
from pathlib import Path

from installer.release import debian, normalise, notices, sbom

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC = ROOT / "installer" / "freeze" / "confide.spec"
REQUIREMENTS = HERE / "requirements.txt"


class BuildError(Exception):
    """A build step failed; the message says which and why."""


def run(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> None:
    """Run a build command, stopping the build with its name if it fails."""
    result = subprocess.run(command, check=False, env=env, cwd=cwd)  # noqa: S603
    if result.returncode != 0:
        raise BuildError(f"{Path(command[0]).name} failed (exit {result.returncode})")


def source_date_epoch(root: Path) -> int:
    """SOURCE_DATE_EPOCH if set, else the time of the commit being built."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(  # noqa: S603
            ["git", "-C", str(root), "log", "-1", "--format=%ct"],  # noqa: S607
            check=True, capture_output=True, text=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as exc:
        raise BuildError("set SOURCE_DATE_EPOCH: this is not a git checkout") from exc
    return int(out)


def app_version(root: Path) -> str:
    """`desktop.__version__`, read without importing the app."""
    for line in (root / "desktop" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise BuildError("desktop/__init__.py has no __version__")


def release_venv(folder: Path) -> Path:
    """A venv holding exactly the pinned release requirements; reused when up to date."""
    python = folder / "bin" / "python"
    stamp = folder / "requirements.txt"
    if python.exists() and stamp.exists() and stamp.read_bytes() == REQUIREMENTS.read_bytes():
        return python
    shutil.rmtree(folder, ignore_errors=True)
    venv.EnvBuilder(with_pip=True, symlinks=True).create(folder)
    run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
         "--no-deps", "-r", str(REQUIREMENTS)])
    shutil.copyfile(REQUIREMENTS, stamp)
    return python


def freeze(python: Path, work: Path, epoch: int) -> tuple[Path, Path]:
    """PyInstaller one-folder build; returns the bundle folder and the frozen-module list."""
    modules_file = work / "modules.txt"
    env = {
        **os.environ,
        "SOURCE_DATE_EPOCH": str(epoch),
        "PYTHONHASHSEED": "0",
        "CONFIDE_MODULE_LIST": str(modules_file),
        "PYTHONDONTWRITEBYTECODE": "1",
        # A cache of its own: --clean empties PyInstaller's shared cache, which would pull
        # the rug from a second build running at the same time.
        "PYINSTALLER_CONFIG_DIR": str(work / "pyinstaller-cache"),
        # The spec compiles the .ts translations with lrelease into this folder and ships
        # the .qm files (they are build output, never committed).
        "CONFIDE_QM_DIR": str(work / "translations"),
    }
    run([str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "ERROR",
         "--distpath", str(work / "dist"), "--workpath", str(work / "pyinstaller"),
         str(SPEC)], env=env, cwd=ROOT)
    return work / "dist" / "confide", modules_file


def build(out: Path, work: Path, venv_dir: Path) -> list[Path]:
    """Build every unsigned artifact into `out`; returns their paths."""
    if platform.system() != "Linux" or platform.machine() != "x86_64":
        raise BuildError("the Linux artifacts are built on Linux x86_64 "
                         "(Windows and macOS: see installer/ci/)")
    epoch = source_date_epoch(ROOT)
    version = app_version(ROOT)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    out.mkdir(parents=True, exist_ok=True)
    python = release_venv(venv_dir)
    bundle, modules = freeze(python, work, epoch)
    packages = sbom.bundled_distributions(python, modules)
    notices.write(bundle, packages)
    document = sbom.document(bundle, packages, version, epoch)
    sbom.write(document, bundle / "sbom.cdx.json")
    normalise.tree(bundle, epoch)
    artifacts = [
        normalise.tar_xz(bundle, out / f"confide-{version}-linux-x86_64.tar.xz",
                         f"confide-{version}", epoch),
        debian.package(bundle, out, version, epoch, work / "deb"),
    ]
    sbom_copy = out / f"confide-{version}.cdx.json"
    shutil.copyfile(bundle / "sbom.cdx.json", sbom_copy)
    os.utime(sbom_copy, (epoch, epoch))
    return [*artifacts, sbom_copy]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer/build", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the artifacts go")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "release",
                        help="scratch folder (emptied first)")
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "release-venv",
                        help="the release virtual environment (made or reused)")
    args = parser.parse_args(argv)
    try:
        artifacts = build(args.out.resolve(), args.work.resolve(), args.venv.resolve())
    except (BuildError, OSError) as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    for path in artifacts:
        print(f"{path}  {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
