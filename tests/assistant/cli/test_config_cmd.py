"""``glazenhuis config validate`` and ``glazenhuis config show``."""

from __future__ import annotations

import json

import pytest

from assistant import cli


@pytest.fixture
def department(isolated_dirs):
    path = isolated_dirs["site-config"] / "glazenhuis" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text("""
[department]
name = "Ministerie van Infrastructuur en Waterstaat"
policy_terms = ["dijkversterking", "sluis"]

[[checklist]]
id = "woordvoering"
text = "Heb je de woordvoerder ingelicht?"

[lock]
keys = ["department"]
""", encoding="utf-8")
    return path


@pytest.fixture
def user(isolated_dirs):
    path = isolated_dirs["config"] / "glazenhuis" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text('[identity]\nname = "Jan"\n', encoding="utf-8")
    return path


def test_validate_accepts_a_good_file(department, capsys):
    assert cli.main(["config", "validate", str(department)]) == 0
    assert "in orde" in capsys.readouterr().out


def test_validate_lists_each_problem_with_file_line_and_key(tmp_path, capsys):
    path = tmp_path / "dep.toml"
    path.write_text('[department]\nnaam = "x"\n\n[[sensitive_periods]]\nname = "V"\n'
                    'start = 2027-03-01\nend = 2027-01-01\n', encoding="utf-8")
    assert cli.main(["config", "validate", str(path)]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{path}:2: department.naam: ")
    assert lines[1].startswith(f"{path}:7: sensitive_periods[1].end: ")


def test_validate_reports_a_failing_rule_example(tmp_path, capsys):
    path = tmp_path / "dep.toml"
    path.write_text("""[[rules]]
id = "ienw.sluis"
type = "existence"
category = "toezegging"
message = "Noem geen openingsdatum."
patterns = ['sluis\\s+(?:gaat\\s+)?open']
fires = ["De sluis gaat open op 1 mei.", "De sluizen openen in mei."]
quiet = ["De sluis is dicht."]
""", encoding="utf-8")
    assert cli.main(["config", "validate", str(path)]) == 2
    out = capsys.readouterr().out
    assert out.startswith(f"{path}:7: rules[1].fires[2]: De regel moet dit voorbeeld melden")
    assert "“De sluizen openen in mei.”" in out and "in orde" not in out


def test_validate_as_user_file(tmp_path, capsys):
    path = tmp_path / "user.toml"
    path.write_text('[lock]\nkeys = ["ui"]\n', encoding="utf-8")
    assert cli.main(["config", "validate", str(path)]) == 0
    assert cli.main(["config", "validate", "--layer", "user", str(path)]) == 2
    capsys.readouterr()


def test_validate_missing_or_binary_file(tmp_path, capsys):
    assert cli.main(["config", "validate", str(tmp_path / "weg.toml")]) == 2
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\x00\xff")
    assert cli.main(["config", "validate", str(binary)]) == 2
    out = capsys.readouterr().out
    assert "bestaat niet" in out and "binaire" in out


def test_show_text_names_layers_and_locks(department, user, capsys):
    assert cli.main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert 'name = "Jan"  # gebruiker' in out
    assert ('policy_terms = ["dijkversterking", "sluis"]  # departement, vastgezet door je '
            'organisatie') in out
    assert 'language = "nl"  # ingebouwd' in out
    assert "[[checklist]]  # departement" in out
    assert '[lock]\nkeys = ["department"]  # departement' in out
    assert str(department) in out


def test_show_json(department, user, tmp_path, capsys):
    extra = tmp_path / "extra.toml"
    extra.write_text('[check]\ndefault_platform = "x"\n', encoding="utf-8")
    assert cli.main(["config", "show", "--format", "json", "--config", str(extra)]) == 0
    report = json.loads(capsys.readouterr().out)
    values = report["values"]
    assert values["department.policy_terms"] == {"value": ["dijkversterking", "sluis"],
                                                 "layer": "department", "locked": True}
    assert values["identity.name"] == {"value": "Jan", "layer": "user", "locked": False}
    assert values["check.default_platform"]["layer"] == "commandline"
    assert report["checklist"][0]["id"] == "woordvoering"
    assert report["checklist"][0]["layer"] == "department"
    assert [f["layer"] for f in report["files"]] == ["department", "user", "commandline"]
    assert report["problems"] == []


def test_show_reports_a_locked_override(department, user, capsys):
    user.write_text('[department]\nname = "Eigen"\n', encoding="utf-8")
    assert cli.main(["config", "show", "--format", "json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["values"]["department.name"]["layer"] == "department"
    assert report["problems"][0]["key"] == "department.name"
    assert "vastgezet" in captured.err


def test_show_with_a_broken_explicit_file_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text("[ui]\nlanguage = 'fr'\n", encoding="utf-8")
    assert cli.main(["config", "show", "--config", str(bad)]) == 2
    assert f"{bad}:2: ui.language" in capsys.readouterr().err


def test_config_without_subcommand_is_a_usage_error():
    with pytest.raises(SystemExit) as caught:
        cli.main(["config"])
    assert caught.value.code == 2
