"""`confide-admin` in Spanish: its words for people translated, its machine output not."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import resources
from crypto.kdf import KdfParams
from crypto.vault import Vault
from desktop import paths
from desktop.admin import cli, language_view
from desktop.admin.words import CONTEXT

ROOT = Path(__file__).resolve().parents[3]
TS = Path(str(resources.resource("translations/confide_es.ts")))
SUBCOMMANDS = [
    [], ["vault"], ["vault", "check"], ["policy"], ["policy", "validate"], ["policy", "show"],
    ["policy", "templates"], ["deid"], ["deid", "scan"], ["bundle"], ["bundle", "keygen"],
    ["bundle", "from-hsds"], ["bundle", "sign"], ["bundle", "verify"], ["report"],
    ["report", "verify"], ["report", "merge"], ["prevalence"], ["prevalence", "merge"],
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def spanish_environment(tmp_path: Path) -> dict[str, str]:
    """The environment of a Spanish (United States) computer, its cache in `tmp_path`."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG")}
    return {**env, "LANG": "es_US.UTF-8", "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}


def test_a_spanish_computer_reads_the_check_in_spanish(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    done = subprocess.run(
        [sys.executable, "-m", "desktop.admin.cli", "vault", "check", "--data-dir", str(missing)],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=False, cwd=ROOT,
        env=spanish_environment(tmp_path))
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [
        f"FALLA  carpeta de datos: {missing} no existe o no es una carpeta",
        "Se encontró 1 problema",
    ]


def test_without_pyside6_a_spanish_computer_reads_english(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    probe = ("import sys; sys.modules['PySide6'] = None\n"  # PySide6 cannot be imported
             "from desktop.admin.cli import main; sys.exit(main())")
    done = subprocess.run(
        [sys.executable, "-c", probe, "vault", "check", "--data-dir", str(missing)],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=False, cwd=ROOT,
        env=spanish_environment(tmp_path))
    assert done.returncode == 1 and done.stderr == ""
    assert done.stdout.splitlines() == [
        f"FAIL  data folder: {missing} does not exist or is not a folder", "1 problem found"]


def test_without_the_translation_it_prints_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language_view, "compiled_translation", lambda _language: None)
    status, out, _err = run(capsys, "--language", "es", "vault", "check",
                            "--data-dir", str(tmp_path / "missing"))
    assert status == 1
    assert out.endswith("does not exist or is not a folder\n1 problem found\n")


def test_the_language_option_may_follow_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _err = run(capsys, "vault", "check", "--data-dir", str(tmp_path),
                            "--language", "es")
    assert status == 1
    assert f"FALLA  caja fuerte: no hay una caja fuerte en {tmp_path} (falta vault.key)" in out
    assert language_view.system_language() == "en"  # the option, not the computer, decided


def test_english_is_asked_for_on_a_spanish_computer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language_view, "system_language", lambda: "es")
    assert "\nFALLA  caja fuerte: " in run(capsys, "vault", "check", "--data-dir", str(tmp_path))[1]
    status, out, _err = run(capsys, "--language", "en", "vault", "check",
                            "--data-dir", str(tmp_path))
    assert status == 1 and "\nFAIL  vault: no vault in" in out


def test_json_is_the_same_in_every_language(
    data_dir: Path, fast_kdf: KdfParams, capsys: pytest.CaptureFixture[str]
) -> None:
    Vault.create(data_dir, "correct horse battery staple", kdf_params=fast_kdf)[0].lock()
    paths.vault_db(data_dir).chmod(0o640)
    for folder in (data_dir, data_dir / "missing"):
        argv = ["vault", "check", "--data-dir", str(folder), "--json"]
        english, spanish = run(capsys, *argv), run(capsys, "--language", "es", *argv)
        assert english == spanish
        assert english[0] == 1 and json.loads(english[1])["healthy"] is False
    text = run(capsys, "--language", "es", "vault", "check", "--data-dir", str(data_dir))[1]
    assert "FALLA  permisos: otros usuarios pueden leerlos: vault.db tiene permisos 640" in text


def test_policy_show_json_is_the_same_in_every_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["policy", "show", "--root", str(tmp_path), "--json"]
    assert run(capsys, *argv) == run(capsys, "--language", "es", *argv)
    spanish = run(capsys, "--language", "es", "policy", "show", "--root", str(tmp_path))[1]
    assert "  quick_unlock_allowed: sí  [predeterminado]" in spanish.splitlines()


def test_the_help_is_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(capsys, "--language", "es", "--help")
    assert status == 0
    assert out.startswith("uso: confide-admin [-h] [--language en|es] COMMAND ...")
    assert "Administre las cajas fuertes de Confide" in out
    assert "\nopciones:\n" in out and "mostrar esta ayuda y salir" in out
    assert "usage:" not in out and "options:" not in out


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("command", SUBCOMMANDS, ids=" ".join)
def test_every_help_prints(
    command: list[str], language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "--language", language, *command, "--help")
    assert (status, err) == (0, "")
    assert out.startswith("uso: " if language == "es" else "usage: ")


def test_usage_errors_are_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(capsys, "--language", "es", "bundle", "sign")
    assert status == 2
    assert err.splitlines()[-1] == (
        "confide-admin bundle sign: error: faltan estos argumentos obligatorios: "
        "DATA, --secret-key, --version, --expires")
    status, _out, err = run(capsys, "--language", "es", "bundle", "verify", "x", "--key", "k",
                            "--today", "2026-13-01")
    assert status == 2
    assert err.endswith("error: argumento --today: '2026-13-01' no es una fecha como "
                        "2026-11-22\n")


def test_counts_choose_the_spanish_plural() -> None:
    words = language_view.load_words("es")
    assert words.language == "es"
    assert words.tr("%n problems found", "", 1) == "Se encontró 1 problema"
    assert words.tr("%n problems found", "", 3) == "Se encontraron 3 problemas"
    assert words.tr("%n tokens that answered", "", 120) == "120 tokens que respondieron"
    assert words.tr("a sentence nobody translated") == "a sentence nobody translated"


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w*)\}", text)) | ({"%n"} if "%n" in text else set())


def test_every_translation_keeps_its_fields() -> None:
    """A translation that drops or renames a {field} would stop the command (KeyError)."""
    context = next(c for c in ET.parse(TS).getroot()  # noqa: S314 - our own .ts file
                   if c.findtext("name") == CONTEXT)
    messages = context.findall("message")
    assert len(messages) > 150
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        forms = ([f.text or "" for f in translation.findall("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        for form in forms:
            assert form and _fields(form) == _fields(source), (source, form)


def test_every_sentence_is_said_through_confide_admin() -> None:
    """lupdate names the context after the object `.tr` is called on: any other name would
    put the sentence where the translator loaded at run time never looks."""
    elsewhere = []
    for path in sorted((ROOT / "desktop" / "admin").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr"
                    and not (isinstance(node.func.value, ast.Name)
                             and node.func.value.id == CONTEXT)):
                elsewhere.append(f"{path.name}:{node.lineno}")
    assert elsewhere == [], elsewhere
