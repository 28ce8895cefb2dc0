"""A CycloneDX 1.5 SBOM of what the bundle carries: Python packages and native libraries.

Python packages are exactly those PyInstaller froze in (the spec writes their module
names; `inspect_env.py` maps them to distributions in the release venv). Native code is
named with its version and the SHA-256 of its files: Qt and ICU (from the PySide6 wheels),
SQLCipher (inside sqlcipher3), the OpenSSL copies inside cryptography and python-dp, and
CPython. The system libraries the bundle leaves to the OS are the `.deb`'s Depends.
Deterministic: the serial number is a UUID of the content, the timestamp the commit's.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
Package = dict[str, Any]


def bundled_distributions(python: Path, listing: Path) -> dict[str, Any]:
    """The frozen distributions and native versions, read in the release venv.

    Args:
        listing: the frozen top-level module names, one a line (written by the spec).
    """
    out = subprocess.run(  # noqa: S603
        [str(python), str(HERE / "inspect_env.py"), str(listing)],
        check=True, capture_output=True, text=True,
    ).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def licence_of(dist: Package) -> list[dict[str, Any]]:
    """CycloneDX licences from a distribution's metadata (expression, else its text)."""
    if dist["license_expression"]:
        return [{"expression": dist["license_expression"]}]
    if dist["license"]:
        return [{"license": {"name": dist["license"][0][:200]}}]
    return [{"license": {"name": c.rsplit("::", 1)[-1].strip()}} for c in dist["classifiers"]]


def _sha256(paths: list[Path]) -> list[dict[str, str]]:
    return [{"alg": "SHA-256", "content": hashlib.sha256(p.read_bytes()).hexdigest()}
            for p in paths]


def _native(bundle: Path, versions: dict[str, str]) -> list[dict[str, Any]]:
    internal = bundle / "_internal"
    qt_lib = internal / "PySide6" / "Qt" / "lib"
    icu = sorted(qt_lib.glob("libicudata.so.*"))
    dp_ssl = sorted((internal / "python_dp.libs").glob("libcrypto-*.so.*"))
    found = [
        ("Qt", versions["qt"], "LGPL-3.0-only", sorted(qt_lib.glob("libQt6*.so.6")),
         "the Qt libraries, as separate replaceable files (from the PySide6 wheels)"),
        ("ICU", icu[0].name.rsplit(".", 1)[-1] if icu else "unknown", "Unicode-3.0",
         sorted(qt_lib.glob("libicu*.so.*")), "Unicode support used by Qt Core"),
        ("SQLCipher", versions["sqlcipher"], "BSD-3-Clause",
         sorted((internal / "sqlcipher3").glob("*.so")),
         f"statically linked into sqlcipher3, with SQLite {versions['sqlite']}"),
        ("OpenSSL", versions["openssl_cryptography"].split()[1], "Apache-2.0",
         sorted((internal / "cryptography").rglob("*.so")),
         "statically linked into cryptography's Rust binding"),
        ("CPython", versions["python"], "PSF-2.0", sorted(internal.glob("libpython3*.so*")),
         "the Python interpreter"),
    ]
    if dp_ssl:
        match = re.search(r"\.so\.(.+)$", dp_ssl[0].name)
        found.append(("OpenSSL", match.group(1) if match else "unknown", "OpenSSL",
                      sorted((internal / "python_dp.libs").glob("*.so*")),
                      "a copy vendored by the python-dp wheel (Google DP library)"))
    return [
        {
            "type": "library",
            "bom-ref": f"native:{name}@{version}:{i}",
            "name": name,
            "version": version,
            "description": why,
            "licenses": [{"expression": lic}] if " " not in lic else [{"license": {"name": lic}}],
            # A one-file component carries its hash; a several-file one names its files.
            "hashes": _sha256(files) if len(files) == 1 else [],
            "properties": [{"name": "confide:file", "value": f.relative_to(bundle).as_posix()}
                           for f in files],
        }
        for i, (name, version, lic, files, why) in enumerate(found)
    ]


def document(bundle: Path, inspected: dict[str, Any], version: str, epoch: int
             ) -> dict[str, Any]:
    """The SBOM as a JSON-ready dict, from `bundled_distributions` and the bundle's files."""
    components: list[dict[str, Any]] = [
        {
            "type": "library",
            "bom-ref": f"pkg:pypi/{d['name'].lower()}@{d['version']}",
            "name": d["name"],
            "version": d["version"],
            "purl": f"pkg:pypi/{d['name'].lower().replace('_', '-')}@{d['version']}",
            "licenses": licence_of(d),
        }
        for d in inspected["distributions"]
    ]
    components += _native(bundle, inspected["native"])
    body: dict[str, Any] = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "version": 1,
        "metadata": {
            "timestamp": datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "tools": {"components": [{"type": "application", "name": "installer/build"}]},
            "component": {"type": "application", "bom-ref": "confide", "name": "confide",
                          "version": version},
        },
        "components": components,
        "dependencies": [{"ref": "confide", "dependsOn": [c["bom-ref"] for c in components]}],
    }
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).digest()
    return {"serialNumber": f"urn:uuid:{uuid.UUID(bytes=digest[:16], version=5)}", **body}


def write(doc: dict[str, Any], target: Path) -> None:
    target.write_text(json.dumps(doc, indent=2, sort_keys=False) + "\n", encoding="utf-8")
