"""The dependency rule and the "logic modules never import Qt" convention, checked.

The package-level rule lives in pyproject.toml as import-linter contracts; this runs them.
Inside `desktop`, Qt may only be imported by views (`view.py`, `*_view.py`), the shell
(`desktop/shell/`), the ground floor (`desktop/ui/`) and the entry point (`desktop/app.py`):
everything else is logic that plain pytest and the admin command line can use without a
display.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_PACKAGES = {"PySide6", "shiboken6"}
NON_DESKTOP = ("crypto", "referral_directory", "resources")


def qt_imports(source: str) -> list[str]:
    """The Qt modules a Python source imports, anywhere in it (functions included)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in QT_PACKAGES]
        elif (isinstance(node, ast.ImportFrom) and node.module and node.level == 0
              and node.module.split(".")[0] in QT_PACKAGES):
            found.append(node.module)
    return found


def may_import_qt(relative: Path) -> bool:
    """Whether a module at `relative` (to the repository root) is allowed to import Qt."""
    parts = relative.parts
    return (
        relative.name == "view.py"
        or relative.name.endswith("_view.py")
        or parts[:2] in {("desktop", "shell"), ("desktop", "ui")}
        or relative.as_posix() == "desktop/app.py"
    )


def qt_violations(root: Path) -> list[str]:
    """Every module under `root`/desktop that imports Qt without being allowed to."""
    problems = []
    for path in sorted((root / "desktop").rglob("*.py")):
        relative = path.relative_to(root)
        imports = qt_imports(path.read_text(encoding="utf-8"))
        if imports and not may_import_qt(relative):
            problems.append(f"{relative.as_posix()} imports {', '.join(sorted(set(imports)))}")
    return problems


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    assert lint.exists(), "import-linter is missing: pip install -e '.[test]'"
    done = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, "import-linter contracts broken:\n" + done.stdout + done.stderr
    assert "Contracts: " in done.stdout and " broken" in done.stdout


def test_contracts_cover_the_dependency_rule() -> None:
    """Nothing imports desktop and only desktop imports Qt: each package has a contract."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    forbidden = {
        source: set(c["forbidden_modules"])
        for c in contracts if c["type"] == "forbidden"
        for source in c["source_modules"]
    }
    for package in NON_DESKTOP:
        assert {"desktop", *QT_PACKAGES} <= forbidden.get(package, set()), package
    assert {"referral_directory", "resources"} <= forbidden["crypto"]
    assert {"crypto", "referral_directory"} <= forbidden["resources"]
    assert forbidden["desktop.records"] >= QT_PACKAGES  # the records floor stays Qt-free


def test_logic_modules_never_import_qt() -> None:
    problems = qt_violations(ROOT)
    assert not problems, (
        "only view.py / *_view.py, desktop/shell/, desktop/ui/ and desktop/app.py may import Qt:\n"
        + "\n".join(problems)
    )


def test_the_qt_check_can_fail(tmp_path: Path) -> None:
    feature = tmp_path / "desktop" / "checkins"
    feature.mkdir(parents=True)
    (feature / "logic.py").write_text("def f():\n    from PySide6.QtCore import QObject\n")
    (feature / "view.py").write_text("from PySide6 import QtWidgets\n")
    (feature / "chart_view.py").write_text("import shiboken6\n")
    (feature / "model.py").write_text("import PySide6.QtGui as gui\n")
    (tmp_path / "desktop" / "shell").mkdir()
    (tmp_path / "desktop" / "shell" / "window.py").write_text("from PySide6 import QtCore\n")
    (tmp_path / "desktop" / "app.py").write_text("from PySide6 import QtWidgets\n")
    (tmp_path / "desktop" / "pyside6_notes.py").write_text("import PySide6x\nfrom . import x\n")

    assert qt_violations(tmp_path) == [
        "desktop/checkins/logic.py imports PySide6.QtCore",
        "desktop/checkins/model.py imports PySide6.QtGui",
    ]


@pytest.mark.parametrize("module", ["desktop.admin.cli", "desktop.selftest", "desktop.demo"])
def test_qt_free_entry_points_load_no_qt(module: str) -> None:
    probe = (
        f"import sys, {module}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", f"{module} loads Qt: {done.stdout}"


def test_every_feature_is_a_room_in_the_house() -> None:
    """Each desktop package is on a floor, and every feature package is an independent room.

    A new feature folder that is not listed would escape both contracts; this names it.
    """
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers")
    on_a_floor = {m.strip() for floor in layers for m in floor.replace("|", ":").split(":")}
    rooms = set(next(c["modules"] for c in contracts if c["type"] == "independence"))
    packages = {f"desktop.{p.name}" for p in (ROOT / "desktop").iterdir()
                if (p / "__init__.py").exists()}
    assert packages <= on_a_floor, sorted(packages - on_a_floor)
    floors = {"desktop.shell", "desktop.report_ui", "desktop.ui", "desktop.records",
              "desktop.admin"}
    assert packages - floors == rooms
