"""Build the Debian package from an example department, install it with dpkg,
check the installed app, and remove it again.

Runs only as root on a Debian system with dpkg (as CI does); it takes a few
minutes. The package is purged at the end even when a check fails, so the
machine's /etc/xdg/glazenhuis never outlives this module.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "infrastructuur-en-waterstaat.toml"
PACKAGE = "glazenhuis"
INSTALL_DIR = Path("/opt/glazenhuis")
CONFFILE = Path("/etc/xdg/glazenhuis/config.toml")
COMMAND = Path("/usr/bin/glazenhuis")
# Read before any fixture redirects HOME and the XDG dirs: the build may reuse
# the machine's pip and PyInstaller caches; it reads no app configuration.
BUILD_ENV = dict(os.environ)


def _dpkg_status(package: str) -> str:
    result = subprocess.run(["dpkg-query", "-W", "-f=${db:Status-Abbrev}", package],
                            capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else ""


def _skip_reason() -> str | None:
    if not Path("/etc/debian_version").exists() or not shutil.which("dpkg"):
        return "needs a Debian system with dpkg"
    if os.geteuid() != 0:
        return "needs root to install a package with dpkg -i"
    if _dpkg_status(PACKAGE).startswith(("ii", "rc", "iU", "iF")):
        return f"package {PACKAGE} is already on this machine; the test will not replace it"
    if CONFFILE.parent.exists():
        return f"{CONFFILE.parent} already exists; the test will not touch the machine's own"
    return None


pytestmark = pytest.mark.skipif(_skip_reason() is not None, reason=_skip_reason() or "")


def _dpkg(*args: str) -> subprocess.CompletedProcess:
    env = dict(BUILD_ENV, DEBIAN_FRONTEND="noninteractive")
    return subprocess.run(["dpkg", *args], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def deb(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("deb")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--department-config", str(EXAMPLE),
         "--output", str(output), "--deb"],
        capture_output=True, text=True, env=BUILD_ENV, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    print(result.stdout)
    (package,) = output.glob(f"{PACKAGE}_*.deb")
    return package


@pytest.fixture(scope="module")
def installed(deb):
    try:
        result = _dpkg("-i", str(deb))
        assert result.returncode == 0, result.stdout + result.stderr
        yield deb
    finally:
        _dpkg("--purge", PACKAGE)


@pytest.fixture
def app_env(isolated_dirs) -> dict[str, str]:
    """The installed app's environment: the system's department dir, and an
    empty user config of the test's own."""
    env = dict(os.environ)
    env["XDG_CONFIG_DIRS"] = "/etc/xdg"
    env.pop("GLAZENHUIS_RESOURCES", None)
    return env


def run_app(env: dict[str, str], *args: str, input: str | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(COMMAND), *args], input=input, capture_output=True, text=True,
                          env=env, timeout=timeout, cwd="/")


def test_package_installs_app_command_desktop_entry_and_department_file(installed):
    assert (INSTALL_DIR / "glazenhuis").is_file()
    assert os.access(INSTALL_DIR / "glazenhuis", os.X_OK)
    assert COMMAND.resolve() == (INSTALL_DIR / "glazenhuis").resolve()
    assert CONFFILE.read_bytes() == EXAMPLE.read_bytes()
    conffiles = subprocess.run(["dpkg-query", "-W", "-f=${Conffiles}", PACKAGE],
                               capture_output=True, text=True).stdout
    assert str(CONFFILE) in conffiles
    assert Path("/usr/share/applications/glazenhuis.desktop").is_file()
    assert Path("/usr/share/icons/hicolor/scalable/apps/glazenhuis.svg").is_file()
    # The dictionary travels with the app, so spelling works without hunspell-nl.
    assert list(INSTALL_DIR.glob("_internal/share/hunspell/nl.dic"))


def _findings(result: subprocess.CompletedProcess) -> list[dict]:
    assert result.returncode in (0, 1) and result.stdout.startswith("{"), result.stderr
    return json.loads(result.stdout)["findings"]


def test_check_uses_the_department_rules_and_policy_terms(installed, app_env):
    project = run_app(app_env, "check", "-", "--profile", "functie", "--platform", "blog",
                      "--format", "json", input="Morgen gaat Project Kwelder van start.\n")
    assert "ienw.projectnaam" in {f["rule_id"] for f in _findings(project)}

    text = "Ik vind die dijkversterking bij ons in het dorp echt een slecht plan.\n"
    opinion = run_app(app_env, "check", "-", "--profile", "prive", "--platform", "blog",
                      "--format", "json", input=text)
    policy = [f for f in _findings(opinion) if f["category"] == "beleidsterrein"]
    assert any("dijkversterking" in text[f["start"]:f["end"]] or
               "dijkversterking" in f["message"] for f in policy), opinion.stdout
    spelling = run_app(app_env, "check", "-", "--profile", "prive", "--platform", "blog",
                       "--format", "json", "--taal", input="Er staat een fuot in deze zin.\n")
    assert [f for f in _findings(spelling) if f["category"] == "spelling"
            and "fout" in f["suggestions"]], spelling.stdout + spelling.stderr

    outside = run_app(app_env, "check", "-", "--profile", "prive", "--platform", "blog",
                      "--format", "json", input=text.replace("dijkversterking", "bibliotheek"))
    assert not [f for f in _findings(outside) if f["category"] == "beleidsterrein"]


def test_locked_department_settings_win_over_the_user_file(installed, app_env, isolated_dirs):
    user_file = isolated_dirs["config"] / "glazenhuis" / "config.toml"
    user_file.parent.mkdir()
    user_file.write_text('[department]\npolicy_terms = ["bibliotheek"]\n\n'
                         '[check]\ndisabled_rules = ["ienw.projectnaam"]\n', encoding="utf-8")

    result = run_app(app_env, "check", "-", "--profile", "functie", "--platform", "blog",
                     "--format", "json", input="Morgen gaat Project Kwelder van start.\n")

    assert "ienw.projectnaam" in {f["rule_id"] for f in _findings(result)}
    assert "vastgezet" in result.stderr

    shown = run_app(app_env, "config", "show", "--format", "json")
    assert shown.returncode == 0, shown.stderr
    values = json.loads(shown.stdout)["values"]
    terms = values["department.policy_terms"]
    assert terms["layer"] == "department" and terms["locked"] is True
    assert "dijkversterking" in terms["value"] and "bibliotheek" not in terms["value"]
    assert values["department.name"] == {
        "value": "Ministerie van Infrastructuur en Waterstaat", "layer": "department",
        "locked": True}
    assert values["check.disabled_rules"]["locked"] is True
    assert values["check.default_profile"]["layer"] == "department"


def test_installed_app_shows_its_window_offscreen(installed, app_env):
    env = dict(app_env, QT_QPA_PLATFORM="offscreen")
    result = run_app(env, "--selftest", timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_reinstall_keeps_the_administrators_edits(installed):
    edited = CONFFILE.read_text(encoding="utf-8") + "# aangepast door de beheerder\n"
    CONFFILE.write_text(edited, encoding="utf-8")

    result = _dpkg("-i", str(installed))

    assert result.returncode == 0, result.stdout + result.stderr
    assert CONFFILE.read_text(encoding="utf-8") == edited


def test_remove_keeps_only_the_conffile_and_purge_removes_it(installed):
    # Runs last in this module: it takes the package away.
    removed = _dpkg("-r", PACKAGE)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not INSTALL_DIR.exists(), list(INSTALL_DIR.rglob("*"))[:10]
    assert not COMMAND.exists() and not COMMAND.is_symlink()
    assert not Path("/usr/share/applications/glazenhuis.desktop").exists()
    # dpkg keeps an administrator's configuration until the package is purged.
    assert CONFFILE.exists()
    assert _dpkg_status(PACKAGE).startswith("rc")

    purged = _dpkg("--purge", PACKAGE)
    assert purged.returncode == 0, purged.stdout + purged.stderr
    assert not CONFFILE.exists()
    assert not CONFFILE.parent.exists()
    assert _dpkg_status(PACKAGE) == ""
