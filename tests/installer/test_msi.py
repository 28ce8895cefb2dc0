"""The Windows installer recipe, checked as far as Linux can: wixl builds the MSI from
`installer/windows/confide.wxs` around a stand-in payload, the silent-install properties
map to the Group Policy values the app reads, and osslsigncode signs and verifies it.

What cannot be checked here: the frozen Windows programs (PyInstaller runs on Windows
only), the feature conditions (wixl has none: they are stripped for this check), and a
timestamped signature (needs the network). installer/ci/windows.yml does those on Windows.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WXS = ROOT / "installer" / "windows" / "confide.wxs"
pytestmark = pytest.mark.slow


def _run(*command: str, cwd: Path) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{command[0]}: {result.stdout}{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def msi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("msi")
    payload = work / "payload"
    payload.mkdir()
    for name in ("confide.exe", "confide-admin.exe"):
        (payload / name).write_bytes(b"MZ stand-in for the frozen program\n")
    (payload / "sbom.cdx.json").write_text("{}\n", encoding="utf-8")
    source = WXS.read_text(encoding="utf-8")
    source = re.sub(r"\s*<Condition[^>]*>[^<]*</Condition>", "", source)
    source = source.replace("$(var.Payload)\\", "$(var.Payload)/")
    (work / "confide.wxs").write_text(source, encoding="utf-8")
    _run("wixl", "-a", "x64", "-D", "Version=0.1.0", "-D", "Payload=payload",
         "-o", "confide.msi", "confide.wxs", cwd=work)
    return work / "confide.msi"


def test_silent_install_properties_become_policy_values(msi: Path) -> None:
    rows = _run("msiinfo", "export", str(msi), "Registry", cwd=msi.parent).splitlines()
    values = {(r.split("\t")[2], r.split("\t")[3]): r.split("\t")[4] for r in rows[3:]}
    policy = r"SOFTWARE\Policies\Confide"
    assert values[(policy, "organization_name")] == "[ORGANIZATION_NAME]"
    assert values[(policy, "peer_log_allowed")] == "#[PEER_LOG_ALLOWED]"  # a REG_DWORD
    assert values[(policy, "max_auto_lock_minutes")] == "#[MAX_AUTO_LOCK_MINUTES]"
    assert values[(policy + r"\eap", "name")] == "[EAP_NAME]"
    # The phones value is JSON once Windows Installer formats it ([\[] is a literal "[").
    phones = values[(policy + r"\eap", "phones")]
    formatted = (phones.replace(r"[\[]", "[").replace(r"[\{]", "{").replace(r"[\}]", "}")
                 .replace(r"[\]]", "]").replace("[EAP_PHONE]", "+1-800-555-0100")
                 .replace("[EAP_PHONE_LABEL]", "EAP counselor line"))
    assert formatted == '[{"number": "+1-800-555-0100", "label": "EAP counselor line"}]'
    files = _run("msiinfo", "export", str(msi), "File", cwd=msi.parent)
    assert "confide.exe" in files and "confide-admin.exe" in files


def test_msi_is_signed_and_verified_with_authenticode(msi: Path) -> None:
    work = msi.parent
    _run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=Confide test code signing", "-addext", "extendedKeyUsage=codeSigning",
         "-keyout", "key.pem", "-out", "cert.pem", cwd=work)
    _run("osslsigncode", "sign", "-certs", "cert.pem", "-key", "key.pem", "-n", "Confide",
         "-h", "sha256", "-in", "confide.msi", "-out", "signed.msi", cwd=work)
    verified = subprocess.run(["osslsigncode", "verify", "-in", "signed.msi",
                               "-CAfile", "cert.pem"], cwd=work, capture_output=True,
                              text=True, check=False)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Signature verification: ok" in verified.stdout
    tampered = bytearray((work / "signed.msi").read_bytes())
    tampered[len(tampered) // 3] ^= 0x01
    (work / "tampered.msi").write_bytes(bytes(tampered))
    broken = subprocess.run(["osslsigncode", "verify", "-in", "tampered.msi",
                             "-CAfile", "cert.pem"], cwd=work, capture_output=True,
                            text=True, check=False)
    assert broken.returncode != 0
