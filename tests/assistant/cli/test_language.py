"""The command line in the configured language: its help, its errors, and the
Dutch and English names of options and subcommands."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from assistant import cli, config, i18n
from assistant.cli import build_parser, window_parser
from assistant.cli.check import format_finding
from assistant.findings import Finding, Severity
from assistant.logbook import describe_finding
from tests.assistant.cli.test_logbook_cmd import ROOT, add
from tests.ui.pdf_text import pdf_text, squeeze

# Words of the Dutch help that an English reader must not meet.
DUTCH_WORDS = ("gebruik", "opties", "argumenten", "toon", "hulp", "opdracht", "controleer",
               "controleren", "concept", "concepten", "BESTAND", "NAAM", "standaard",
               "configuratie", "logboek", "taal", "je", "een", "het", "van", "en")


@pytest.fixture(autouse=True)
def dutch_afterwards():
    yield
    i18n.set_language("nl")


def write_config(folder: Path, text: str) -> Path:
    path = folder / "glazenhuis" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def english_user(isolated_dirs):
    return write_config(isolated_dirs["config"], '[ui]\nlanguage = "en"\n')


def help_of(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as caught:
        cli.main([*argv, "--help"])
    assert caught.value.code == 0
    return capsys.readouterr().out


def dutch_in(text: str) -> list[str]:
    return [word for word in DUTCH_WORDS if re.search(rf"\b{word}\b", text)]


@pytest.mark.parametrize("argv", [[], ["check"], ["logboek", "list"], ["config", "show"]])
def test_the_help_is_english_when_the_configuration_says_so(argv, english_user, capsys):
    text = help_of(argv, capsys)
    assert "show this help message and exit" in text
    assert dutch_in(text) == []


@pytest.mark.parametrize("argv", [[], ["check"], ["logboek", "list"]])
def test_the_help_is_dutch_without_a_language(argv, capsys):
    text = help_of(argv, capsys)
    assert "toon deze hulp en stop" in text
    # The words the English help is checked for do occur in the Dutch one.
    assert len(dutch_in(text)) >= 5


def test_the_help_names_options_and_commands_in_its_own_language(english_user, capsys):
    english = help_of(["check"], capsys) + help_of([], capsys) + help_of(
        ["logbook", "list"], capsys)
    english_user.unlink()
    dutch = help_of(["check"], capsys) + help_of([], capsys) + help_of(
        ["logboek", "list"], capsys)
    for dutch_name, english_name in (("--taal", "--language"), ("--logboek", "--logbook"),
                                     ("--profiel", "--profile"), ("--van", "--from"),
                                     ("--tot", "--until"), ("--zoek", "--search")):
        assert english_name in english and dutch_name not in english
        assert dutch_name in dutch
    assert re.search(r"^ +logbook ", english, re.MULTILINE) and not re.search(r"\blogboek\b", english)
    assert re.search(r"^ +logboek ", dutch, re.MULTILINE) and not re.search(r"\blogbook\b", dutch)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(("argv", "dest", "value"), [
    (["check", "--taal"], "taal", True),
    (["check", "--language"], "taal", True),
    (["check"], "taal", False),
    (["logboek", "list", "--profiel", "functie"], "profiel", "functie"),
    (["logbook", "list", "--profile", "functie"], "profiel", "functie"),
    (["logboek", "list", "--zoek", "weg"], "zoek", "weg"),
    (["logbook", "list", "--search", "weg"], "zoek", "weg"),
    (["logboek", "export", "--logbook", "l.db", "--csv", "x.csv"], "logboek", Path("l.db")),
    (["logbook", "list", "--from", "2026-03-02", "--tot", "02-04-2026"], "van",
     date(2026, 3, 2)),
])
def test_both_names_work_in_either_language(language, argv, dest, value):
    i18n.set_language(language)
    args = cli.build_parser(argv[0]).parse_args(argv)
    assert getattr(args, dest) == value
    assert args.func is not None


def test_both_subcommand_names_reach_the_logbook(capsys):
    for name in ("logboek", "logbook"):
        assert cli.main([name, "list"]) == cli.EXIT_OK
        assert "Geen vermeldingen gevonden." in capsys.readouterr().out
    assert {"logboek", "logbook", "check", "config"} <= cli.command_names()
    assert "logbok" not in cli.command_names()


def test_errors_and_output_are_english_when_the_configuration_says_so(english_user, capsys,
                                                                      tmp_path):
    with pytest.raises(SystemExit):
        cli.main(["check", "--date", "morgen"])
    err = capsys.readouterr().err
    assert err.startswith("usage: glazenhuis check")
    assert "glazenhuis check: error: argument --date: invalid date morgen; use YYYY-MM-DD" in err
    assert cli.main(["logbook", "list"]) == cli.EXIT_OK
    assert capsys.readouterr().out == "No entries found.\n"


def test_an_unknown_or_dutch_language_keeps_the_command_line_dutch(isolated_dirs, capsys):
    for language in ("nl", "de"):
        write_config(isolated_dirs["config"], f'[ui]\nlanguage = "{language}"\n')
        assert "toon deze hulp en stop" in help_of(["check"], capsys)


# --- Which language the configuration asks for ---------------------------------


def test_the_language_comes_from_the_layers_like_the_other_settings(isolated_dirs, tmp_path):
    assert cli.configured_language([], {}) is None
    write_config(isolated_dirs["site-config"], '[ui]\nlanguage = "en"\n')
    assert cli.configured_language([], {}) == "en"
    write_config(isolated_dirs["config"], '[ui]\nlanguage = "nl"\n')
    assert cli.configured_language([], {}) == "nl"
    extra = tmp_path / "extra.toml"
    extra.write_text('[ui]\nlanguage = "en"\n', encoding="utf-8")
    assert cli.configured_language(["check", "--config", str(extra)], {}) == "en"
    assert cli.configured_language(["check", f"--config={extra}"], {}) == "en"
    assert cli.configured_language([], {"GLAZENHUIS_CONFIG": str(extra)}) == "en"
    # Past "--" a --config is a file name, not the option.
    assert cli.configured_language(["check", "--", "--config", str(extra)], {}) == "nl"


def test_the_environment_variable_wins(isolated_dirs):
    write_config(isolated_dirs["config"], '[ui]\nlanguage = "nl"\n')
    assert cli.configured_language([], {"GLAZENHUIS_LANGUAGE": "en"}) == "en"
    assert cli.configured_language([], {"GLAZENHUIS_LANGUAGE": ""}) == "nl"


def test_a_department_lock_keeps_its_language(isolated_dirs):
    write_config(isolated_dirs["config"], '[ui]\nlanguage = "en"\n')
    department = write_config(isolated_dirs["site-config"],
                              '[ui]\nlanguage = "nl"\n[lock]\nkeys = ["ui.language"]\n')
    assert cli.configured_language([], {}) == "nl"
    department.write_text('[ui]\nlanguage = "nl"\n[lock]\nkeys = ["check"]\n', encoding="utf-8")
    assert cli.configured_language([], {}) == "en"
    department.write_text('[ui]\nlanguage = "nl"\n[lock]\nkeys = ["ui"]\n', encoding="utf-8")
    assert cli.configured_language([], {}) == "nl"


def test_a_broken_file_is_passed_over(isolated_dirs):
    write_config(isolated_dirs["site-config"], '[ui]\nlanguage = "en"\n')
    user = write_config(isolated_dirs["config"], '[ui\nlanguage = "nl"\n')
    assert cli.configured_language([], {}) == "en"
    user.write_text('[ui]\nlanguage = 3\n', encoding="utf-8")
    assert cli.configured_language([], {}) == "en"
    user.write_bytes(b'[ui]\nlanguage = "\xff"\n')
    assert cli.configured_language([], {}) == "en"


def test_the_files_read_are_the_loaders(tmp_path):
    environ = {"GLAZENHUIS_CONFIG": str(tmp_path / "env.toml")}
    for argument in (None, tmp_path / "extra.toml"):
        ours = [path for _department, path in cli.config_files(argument, environ)]
        assert ours == [path for _layer, path in config.config_files(argument, environ)]
    departments = [path for department, path in cli.config_files(None, {}) if department]
    assert departments == list(reversed(config.department_config_files()))


# --- Output -------------------------------------------------------------------------


def test_a_finding_names_its_level_in_the_language_in_use():
    finding = Finding("t.x", "toon", 1, Severity.WAARSCHUWING, 0, 4, "Let op.", "")
    assert format_finding("Hoi daar", finding).startswith("1:1: waarschuwing [toon] ")
    assert describe_finding(finding, "") == "[waarschuwing] Let op. — genegeerd (geen reden opgegeven)"
    i18n.set_language("en")
    assert format_finding("Hoi daar", finding).startswith("1:1: warning [tone] ")
    assert describe_finding(finding, "") == "[warning] Let op. — ignored (no reason given)"
    # Reports for programs keep the id.
    assert finding.to_dict()["severity"] == "waarschuwing"


def test_the_pdf_account_from_the_command_line_is_english(tmp_path):
    """The real command in a fresh process: the PDF's own texts follow the core's
    language (the Dutch PDF is test_logbook_cmd's)."""
    add("Een bericht over de omgevingswet")
    target = tmp_path / "account.pdf"
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", "logbook", "export", "--pdf", "1", str(target)],
        cwd=ROOT, env={**env, "GLAZENHUIS_LANGUAGE": "en"}, capture_output=True, text=True,
        timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Account of entry 1 saved as" in result.stdout
    # The PDF sets "fi" as one ligature.
    text = squeeze(pdf_text(target.read_bytes())).replace("\ufb01", "fi")
    for english in ("Account of a publication", "Published on", "Published text",
                    "Findings and how they were handled", "error", "Verification data",
                    "glazenhuis logbook verify"):
        assert squeeze(english) in text, english
    for dutch in ("Verantwoording", "Gepubliceerd", "Bevindingen", "Controlegegevens"):
        assert squeeze(dutch) not in text, dutch


def test_without_a_screen_the_window_says_so_in_english():
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp", "GLAZENHUIS_LANGUAGE": "en",
           **{k: v for k, v in os.environ.items() if k.startswith("XDG_")}}
    result = subprocess.run([sys.executable, "-m", "ui.main"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "cannot find a screen" in result.stderr and "geen beeldscherm" not in result.stderr


def test_a_department_category_is_shown_as_its_id_in_any_language():
    finding = Finding("d.x", "eigen-categorie", None, Severity.TIP, 0, 4, "Let op.", "")
    assert "[eigen-categorie]" in format_finding("Hoi daar", finding)
    i18n.set_language("en")
    assert "[eigen-categorie]" in format_finding("Hoi daar", finding)


@pytest.mark.parametrize("given, expected", [
    ("private", "prive"), ("prive", "prive"), ("office", "functie"), ("functie", "functie")])
def test_a_profile_is_accepted_by_its_id_and_its_english_name(given, expected):
    args = build_parser("check").parse_args(["check", "--profile", given, "x.txt"])
    assert args.profile == expected


def test_an_unknown_profile_is_still_refused(capsys):
    with pytest.raises(SystemExit):
        build_parser("check").parse_args(["check", "--profile", "thuis", "x.txt"])
    assert "thuis" in capsys.readouterr().err


def test_the_help_lists_the_profiles_and_platforms_in_the_language_in_use(capsys):
    i18n.set_language("en")
    with pytest.raises(SystemExit):
        build_parser("check").parse_args(["check", "--help"])
    out = capsys.readouterr().out
    assert "{private,office}" in out and "profilesite" in out
    assert "prive" not in out and "profielsite" not in out


def test_the_window_arguments_speak_the_language_in_use(capsys):
    i18n.set_language("en")
    with pytest.raises(SystemExit):
        window_parser().parse_args(["--help"])
    out = capsys.readouterr().out
    assert "draft to open" in out and "concept" not in out
    assert window_parser().parse_args(["a.txt"]).file.name == "a.txt"
