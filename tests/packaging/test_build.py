"""The build refuses a broken department file before it builds anything; the
example departments are valid and the documentation covers every key."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import KEYS, LOCKABLE, load_settings, validate_file

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build.py"
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.toml"))


def run_build(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BUILD), *args], capture_output=True, text=True,
                          timeout=120)


BROKEN = {
    "unknown key": ('[department]\nname = "Ministerie"\nshort_nmes = ["M"]\n',
                    3, "department.short_nmes"),
    "wrong type": ('[department]\nname = "Ministerie"\npolicy_terms = "sluis"\n',
                   3, "department.policy_terms"),
    "bad date": ('[department]\nname = "M"\n\n[[sensitive_periods]]\nname = "Verkiezingen"\n'
                 'start = "1 maart"\nend = 2027-03-20\n', 6, "sensitive_periods[1].start"),
    "pattern that does not compile": (
        '[department]\nname = "M"\n\n[[rules]]\nid = "m.x"\ntype = "existence"\n'
        'category = "toon"\nmessage = "x"\npatterns = ["(open"]\n', 9, "rules[1].patterns"),
    "syntax error": ('[department]\nname = "M\n', 2, None),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_department_file_stops_the_build_naming_file_line_and_key(case, tmp_path):
    text, line, key = BROKEN[case]
    department = tmp_path / "afdeling.toml"
    department.write_text(text, encoding="utf-8")
    output = tmp_path / "out"

    result = run_build("--department-config", str(department), "--output", str(output), "--deb")

    assert result.returncode == 2, result.stderr
    assert f"{department}:{line}:" in result.stderr
    if key:
        assert f": {key}: " in result.stderr
    assert "Traceback" not in result.stderr
    assert not output.exists(), "nothing may be built from a broken file"


def test_missing_department_file_is_refused(tmp_path):
    result = run_build("--department-config", str(tmp_path / "nergens.toml"),
                       "--output", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "nergens.toml" in result.stderr
    assert not (tmp_path / "out").exists()


def test_there_are_two_example_departments():
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_example_department_validates(example):
    assert validate_file(example) == []


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_example_department_is_complete_and_locks_keys(example, isolated_dirs):
    site = isolated_dirs["site-config"] / "glazenhuis"
    site.mkdir()
    (site / "config.toml").write_bytes(example.read_bytes())

    settings = load_settings()

    assert settings.problems == ()
    department = settings.department
    assert department.name and department.short_names and department.policy_terms
    assert department.accepted_terms
    assert len(settings.sensitive_periods) >= 2
    assert [i for i in settings.checklist if i.origin == "department"]
    assert len([key for key in settings.origins if key.startswith("rules.")
                and settings.origins[key] == "department"]) >= 2
    assert settings.locked
    assert settings.origins["department.policy_terms"] == "department"


def _documented_keys(text: str) -> set[str]:
    keys = set()
    table = None
    for line in text.splitlines():
        if header := re.match(r"#+ `\[+([a-z_]+)\]+`", line):
            table = header.group(1)
        elif table and (row := re.match(r"\| `([a-z_]+)` \|", line)):
            keys.add(f"{table}.{row.group(1)}")
    return keys


def test_department_config_doc_describes_every_key():
    text = (ROOT / "docs" / "department-config.md").read_text(encoding="utf-8")
    documented = _documented_keys(text)
    missing = [key for key in KEYS if key not in documented]
    assert not missing, f"docs/department-config.md lacks {missing}"
    for name in LOCKABLE:
        if "." not in name:
            assert f"`{name}`" in text


def test_languagetool_dir_without_server_stops_before_building(tmp_path):
    not_languagetool = tmp_path / "lt"
    not_languagetool.mkdir()
    output = tmp_path / "out"

    result = run_build("--department-config", str(EXAMPLES[0]), "--output", str(output),
                       "--languagetool", str(not_languagetool))

    assert result.returncode == 1
    assert "languagetool-server.jar" in result.stdout
    assert not output.exists()


def test_missing_dictionary_stops_before_building(tmp_path):
    output = tmp_path / "out"
    result = run_build("--department-config", str(EXAMPLES[0]), "--output", str(output),
                       "--dictionary-dir", str(tmp_path))
    assert result.returncode == 1
    assert "nl.aff" in result.stdout
    assert not output.exists()
