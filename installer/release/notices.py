"""The licence texts and notices of everything bundled, in `LICENSES/` of the bundle.

Each frozen Python distribution's own licence files are copied from its metadata. The
PySide6 and shiboken6 wheels carry none, so the LGPL-3.0 and GPL-3.0 texts (from Debian's
/usr/share/common-licenses) and Qt's notice are added. CPython's licence, and the notices
of the data Confide ships (GeoNames, US Census, HSDS), complete it. THIRD-PARTY-NOTICES.txt
lists every component with its version, licence and files.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TEXTS = HERE.parent / "licenses"
COMMON_LICENSES = Path("/usr/share/common-licenses")
# Licence texts the wheels do not carry, by distribution name.
ADDED: dict[str, tuple[str, ...]] = {
    "PySide6_Essentials": ("LGPL-3", "GPL-3", "GPL-2"),
    "shiboken6": ("LGPL-3", "GPL-3", "GPL-2"),
}


class NoticeError(Exception):
    """A licence text that must ship is missing on the build host."""


def _copy(source: Path, target: Path) -> str:
    if not source.is_file():
        raise NoticeError(f"missing licence text: {source}")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target.name


def write(bundle: Path, inspected: dict[str, Any]) -> Path:
    """Fill `bundle/LICENSES/`; returns the index file."""
    root = bundle / "LICENSES"
    shutil.rmtree(root, ignore_errors=True)
    lines = [
        "Third-party software and data bundled with Confide",
        "==================================================",
        "",
        "Each entry: name, version, licence, and the files in this folder that hold its",
        "licence text. The CycloneDX SBOM (sbom.cdx.json) lists the same components.",
        "",
    ]
    for dist in inspected["distributions"]:
        name = dist["name"]
        folder = root / name
        files = [_copy(Path(f), folder / Path(f).name) for f in dist["license_files"]]
        files += [_copy(COMMON_LICENSES / text, folder / f"{text}.txt")
                  for text in ADDED.get(name, ())]
        if name in ADDED:
            files.append(_copy(TEXTS / "QT-NOTICE.txt", folder / "QT-NOTICE.txt"))
        if not files:
            raise NoticeError(f"{name} {dist['version']} ships no licence file")
        licence = (dist["license_expression"] or "; ".join(dist["license"] or dist["classifiers"])
                   or "see its licence file")
        lines.append(f"- {name} {dist['version']} ({licence}): "
                     + ", ".join(f"{name}/{f}" for f in files))
    native = inspected["native"]
    _copy(Path(native["python_license"]), root / "CPython" / "LICENSE.txt")
    lines.append(f"- CPython {native['python']} (PSF-2.0): CPython/LICENSE.txt")
    _copy(TEXTS / "QT-NOTICE.txt", root / "QT-NOTICE.txt")
    lines.append(f"- Qt {native['qt']} (LGPL-3.0-only), through PySide6: QT-NOTICE.txt")
    _copy(TEXTS / "DATA-NOTICES.txt", root / "DATA-NOTICES.txt")
    lines.append("- Data: GeoNames (CC BY 4.0), US Census name lists (public domain), Open "
                 "Referral HSDS (CC BY-SA 4.0): DATA-NOTICES.txt")
    index = root / "THIRD-PARTY-NOTICES.txt"
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return index
