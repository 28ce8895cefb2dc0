"""Run by the release venv's Python: what the frozen packages are, as JSON on stdout.

    python inspect_env.py MODULES_FILE

For each distribution providing a frozen top-level module: name, version, licence fields
and licence files; and the versions of the native code the wheels carry (Qt, SQLCipher,
SQLite, the OpenSSL inside cryptography, CPython). Standard library only, because it runs
in the release venv, not in Confide's.
"""

import json
import re
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

NOTICE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def _field(meta: metadata.PackageMetadata, name: str) -> str | None:
    values = meta.get_all(name) or []
    return str(values[0]) if values else None


def distributions(modules: list[str]) -> list[dict[str, Any]]:
    providers = metadata.packages_distributions()
    names = sorted({d for m in modules for d in providers.get(m.split(".")[0], [])})
    found = []
    for name in names:
        dist = metadata.distribution(name)
        meta = dist.metadata
        files = [f for f in (dist.files or []) if NOTICE.search(f.name) or "licenses/" in str(f)]
        found.append({
            "name": meta["Name"],
            "version": dist.version,
            "license_expression": _field(meta, "License-Expression"),
            "license": (_field(meta, "License") or "").strip().splitlines()[0:1],
            "classifiers": [c for c in meta.get_all("Classifier") or [] if c.startswith("License")],
            "license_files": sorted(str(dist.locate_file(f)) for f in files
                                    if not str(f).endswith((".py", ".pyc"))),
        })
    return found


def native() -> dict[str, str]:
    import cryptography.hazmat.backends.openssl as ossl  # noqa: PLC0415
    import sqlcipher3  # noqa: PLC0415
    from PySide6.QtCore import qVersion  # noqa: PLC0415

    db = sqlcipher3.connect(":memory:")
    cipher = db.execute("PRAGMA cipher_version").fetchone()[0]
    return {
        "qt": qVersion(),
        "sqlcipher": cipher.split()[0],
        "sqlite": db.execute("SELECT sqlite_version()").fetchone()[0],
        "openssl_cryptography": ossl.backend.openssl_version_text(),
        "python": sys.version.split()[0],
        "python_license": str(Path(sys.base_prefix) / "lib" /
                              f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt"),
    }


modules = Path(sys.argv[1]).read_text(encoding="utf-8").split()
json.dump({"distributions": distributions(modules), "native": native()}, sys.stdout, indent=1)
