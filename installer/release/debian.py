"""The `.deb`: the bundle in /opt/confide, programs on the PATH, a desktop entry and icon.

Dependencies come from `dpkg-shlibdeps` over every ELF file in the bundle, so the package
asks for exactly the system libraries the bundle links to (the freeze leaves them out:
see `installer/freeze/confide.spec`), at the versions the build host's symbols need.
No maintainer scripts: dpkg's own triggers refresh the menu and icon caches, and removal
leaves nothing behind. The person's vault lives in their home folder and is never touched.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

from installer.release.normalise import tree, walk_sorted

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LINUX = ROOT / "installer" / "linux"
APP_ID = "org.confide.Confide"
# Not linked but needed at run time: QtDBus opens libdbus with dlopen; Qt draws no text
# without a font; the xcb plugin's cursor library.
RUNTIME_EXTRA = ("libdbus-1-3", "fonts-dejavu-core | fonts-freefont-ttf", "libxcb-cursor0")
ELF_MAGIC = b"\x7fELF"


def _elf_files(root: Path) -> list[Path]:
    found = []
    for path in walk_sorted(root):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def shlib_depends(opt: Path, scratch: Path) -> list[str]:
    """The Depends list dpkg-shlibdeps works out for the bundle's ELF files."""
    scratch.mkdir(parents=True, exist_ok=True)
    (scratch / "debian").mkdir(exist_ok=True)
    (scratch / "debian" / "control").write_text(
        "Source: confide\n\nPackage: confide\nArchitecture: amd64\n", encoding="utf-8")
    elves = _elf_files(opt)
    lib_dirs = sorted({str(p.parent) for p in elves if ".so" in p.name})
    result = subprocess.run(  # noqa: S603
        ["dpkg-shlibdeps", "-O", "--ignore-missing-info", "--warnings=0",  # noqa: S607
         *[f"-l{d}" for d in lib_dirs], "-e", *[str(p) for p in elves]],
        cwd=scratch, check=True, capture_output=True, text=True,
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("shlibs:Depends="))
    return [d.strip() for d in line.split("=", 1)[1].split(",") if d.strip()]


def _control(version: str, depends: list[str], installed_kib: int) -> str:
    return (
        "Package: confide\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        "Maintainer: Confide developers <confide@localhost>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: private, local-first well-being companion for health workers\n"
        " Daily check-ins, validated questionnaires, a safety plan, a peer supporter's\n"
        " de-identified log and an offline referral directory, in an encrypted vault on\n"
        " this computer. Confide opens no network connection.\n"
    )


def _md5sums(staging: Path) -> str:
    lines = []
    for path in walk_sorted(staging):
        rel = path.relative_to(staging).as_posix()
        if path.is_file() and not path.is_symlink() and not rel.startswith("DEBIAN/"):
            lines.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {rel}\n")  # noqa: S324 - dpkg's format
    return "".join(lines)


def _stage(bundle: Path, staging: Path) -> Path:
    opt = staging / "opt" / "confide"
    shutil.copytree(bundle, opt, symlinks=True)
    bin_dir = staging / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for program in ("confide", "confide-admin"):
        (bin_dir / program).symlink_to(f"../../opt/confide/{program}")
    share = staging / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    icons = share / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copyfile(ROOT / "resources" / "icons" / "confide.svg", icons / f"{APP_ID}.svg")
    doc = share / "doc" / "confide"
    doc.mkdir(parents=True)
    shutil.copyfile(LINUX / "copyright", doc / "copyright")
    return opt


def package(bundle: Path, out: Path, version: str, epoch: int, scratch: Path) -> Path:
    """Build `confide_<version>_amd64.deb` in `out` from the frozen `bundle`."""
    staging = scratch / "root"
    shutil.rmtree(scratch, ignore_errors=True)
    staging.mkdir(parents=True)
    opt = _stage(bundle, staging)
    linked = shlib_depends(opt, scratch / "shlibdeps")
    named = {d.split()[0] for d in linked}
    depends = [*linked, *(d for d in RUNTIME_EXTRA if d.split()[0] not in named)]
    size = sum(p.stat().st_size for p in walk_sorted(staging)
               if p.is_file() and not p.is_symlink())
    (staging / "DEBIAN").mkdir()
    (staging / "DEBIAN" / "control").write_text(
        _control(version, depends, (size + 1023) // 1024), encoding="utf-8")
    (staging / "DEBIAN" / "md5sums").write_text(_md5sums(staging), encoding="utf-8")
    tree(staging, epoch)
    target = out / f"confide_{version}_amd64.deb"
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    subprocess.run(  # noqa: S603
        ["dpkg-deb", "--root-owner-group", "--threads-max=1", "-Zxz", "-z1",  # noqa: S607
         "--build", str(staging), str(target)],
        check=True, env=env, stdout=subprocess.DEVNULL,
    )
    os.utime(target, (epoch, epoch))
    return target
