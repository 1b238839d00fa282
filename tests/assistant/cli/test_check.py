"""``glazenhuis check``: exit codes, output, input and configuration."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from assistant import cli
from assistant.cli import check as check_cmd
from assistant.engine import Engine
from tests.assistant.test_textfiles import Endless

FOUT_RULE = """
[[rules]]
id = "dep-geheim"
type = "existence"
category = "vertrouwelijk"
level = "fout"
message = "Noem het project niet."
tokens = ["Zilvermeeuw"]
fix = ""
"""


@pytest.fixture
def config(tmp_path) -> Path:
    path = tmp_path / "dep.toml"
    path.write_text(FOUT_RULE, encoding="utf-8")
    return path


def draft(tmp_path, text: str) -> Path:
    path = tmp_path / "concept.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_fout_exits_1_with_line_and_column(tmp_path, config, capsys):
    path = draft(tmp_path, "Hallo.\nHet project 🙂 Zilvermeeuw loopt.\n")
    assert cli.main(["check", str(path), "--config", str(config)]) == 1
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "Zilvermeeuw" in line or "project" in line)
    assert line.startswith("2:15: fout [vertrouwelijk] Noem het project niet.")
    assert "Oplossing: Verwijder" in line
    assert "1 fout" in out.splitlines()[-1]


def test_no_fout_exits_0(tmp_path, config, capsys):
    assert cli.main(["check", str(draft(tmp_path, "Goedemorgen.")), "--config", str(config)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Privé, Weblog:")


def test_json_shape(tmp_path, config, capsys):
    path = draft(tmp_path, "Zilvermeeuw")
    code = cli.main(["check", str(path), "--config", str(config), "--format", "json",
                     "--profile", "functie", "--platform", "mastodon"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert set(report) == {"findings", "profile", "platform", "problems", "readability", "risk"}
    assert (report["profile"], report["platform"], report["problems"]) == ("functie", "mastodon", [])
    ours = [f for f in report["findings"] if f["rule_id"] == "dep-geheim"]
    assert ours[0]["start"] == 0 and ours[0]["end"] == 11
    assert ours[0]["severity"] == "fout"
    for key in ("category", "stelregel", "message", "explanation", "source", "fix"):
        assert key in ours[0]


def test_reads_stdin(config, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Zilvermeeuw".encode())))
    assert cli.main(["check", "-", "--config", str(config), "--format", "json"]) == 1
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Goedemorgen.")))
    assert cli.main(["check", "--config", str(config), "--format", "json"]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("content, phrase", [
    (b"\x00\x01\x02binary", "binaire"),
    (b"caf\xe9", "UTF-8"),
])
def test_unreadable_input_exits_2(tmp_path, capsys, content, phrase):
    path = tmp_path / "concept.txt"
    path.write_bytes(content)
    assert cli.main(["check", str(path)]) == 2
    assert phrase in capsys.readouterr().err


def test_missing_input_and_directory_exit_2(tmp_path, capsys):
    assert cli.main(["check", str(tmp_path / "weg.txt")]) == 2
    assert cli.main(["check", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "bestaat niet" in err and "map" in err


def test_broken_explicit_config_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('[identity]\nnaam = "Jan"\n', encoding="utf-8")
    assert cli.main(["check", str(draft(tmp_path, "Hallo.")), "--config", str(bad)]) == 2
    assert f"{bad}:2: identity.naam:" in capsys.readouterr().err


def test_broken_user_config_is_a_warning(tmp_path, isolated_dirs, capsys):
    user = isolated_dirs["config"] / "glazenhuis" / "config.toml"
    user.parent.mkdir(parents=True)
    user.write_text("[identity\n", encoding="utf-8")
    assert cli.main(["check", str(draft(tmp_path, "Goedemorgen."))]) == 0
    captured = capsys.readouterr()
    assert "waarschuwing" in captured.err and str(user) in captured.err
    assert captured.out


@pytest.mark.parametrize("argv", [
    ["--platform", "myspace"], ["--profile", "thuis"], ["--date", "2027-02-30"],
    ["--format", "xml"],
])
def test_usage_errors_exit_2(tmp_path, argv):
    with pytest.raises(SystemExit) as caught:
        cli.main(["check", str(draft(tmp_path, "Hallo.")), *argv])
    assert caught.value.code == 2


class RecordingEngine(Engine):
    calls: list = []

    def check(self, text, profile, platform, identity=None, today=None):
        RecordingEngine.calls.append((self.settings, profile.id, platform.id, today))
        return super().check(text, profile, platform, identity, today)


@pytest.fixture
def recording(monkeypatch):
    RecordingEngine.calls = []
    monkeypatch.setattr(check_cmd, "Engine", RecordingEngine)
    return RecordingEngine.calls


def test_identity_flags_override_the_configured_identity(tmp_path, recording, capsys):
    config = tmp_path / "c.toml"
    config.write_text('[identity]\nname = "Jan"\nfunction = "adviseur"\n', encoding="utf-8")
    cli.main(["check", str(draft(tmp_path, "Hallo.")), "--config", str(config),
              "--function", "woordvoerder", "--department", "Ministerie van Defensie"])
    identity = recording[0][0].identity
    assert (identity.name, identity.function, identity.department) == (
        "Jan", "woordvoerder", "Ministerie van Defensie")


def test_identity_flag_cannot_override_a_locked_identity(tmp_path, isolated_dirs, capsys):
    department = isolated_dirs["site-config"] / "glazenhuis" / "config.toml"
    department.parent.mkdir(parents=True)
    department.write_text('[identity]\ndepartment = "Defensie"\n[lock]\nkeys = ["identity"]\n',
                          encoding="utf-8")
    assert cli.main(["check", str(draft(tmp_path, "Hallo.")), "--department", "Anders"]) == 2
    assert "vastgezet" in capsys.readouterr().err
    # Naming the department's own value is no override.
    assert cli.main(["check", str(draft(tmp_path, "Hallo.")), "--department", "Defensie"]) == 0


def test_defaults_come_from_the_configuration_and_date_is_passed(tmp_path, recording, capsys):
    config = tmp_path / "c.toml"
    config.write_text('[check]\ndefault_profile = "functie"\ndefault_platform = "x"\n',
                      encoding="utf-8")
    path = draft(tmp_path, "Hallo.")
    cli.main(["check", str(path), "--config", str(config), "--date", "2027-02-01"])
    cli.main(["check", str(path), "--config", str(config), "--platform", "forum"])
    assert [call[1:] for call in recording] == [("functie", "x", date(2027, 2, 1)),
                                                ("functie", "forum", None)]


def test_sensitive_period_follows_the_given_date(tmp_path, capsys):
    config = tmp_path / "c.toml"
    config.write_text("""
[[sensitive_periods]]
name = "Verkiezingen"
start = 2027-01-01
end = 2027-03-20
terms = ["stemadvies"]
""", encoding="utf-8")
    path = draft(tmp_path, "Mijn stemadvies voor iedereen.")

    def timing(day: str) -> list:
        cli.main(["check", str(path), "--config", str(config), "--format", "json",
                  "--profile", "functie", "--date", day])
        findings = json.loads(capsys.readouterr().out)["findings"]
        return [f for f in findings if f["category"] == "timing"]

    assert timing("2027-02-01")
    assert not timing("2027-06-01")


def _positions(capsys, path, config) -> list[str]:
    cli.main(["check", str(path), "--config", str(config), "--profile", "functie"])
    return [line.split(" ")[0] for line in capsys.readouterr().out.splitlines()[:-1]]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_and_column_with_windows_and_old_mac_line_ends(tmp_path, config, capsys, newline):
    lines = ["Hallo allemaal.", "", "Het project Zilvermeeuw loopt!!! Echt waar.", "Groet"]
    expected = _positions(capsys, draft(tmp_path, "\n".join(lines)), config)
    assert "3:13:" in expected
    got = _positions(capsys, draft(tmp_path, newline.join(lines)), config)
    assert got == expected


def test_offsets_index_the_text_as_handed_in(tmp_path, config, capsys):
    text = "Eerste regel.\r\nHet project Zilvermeeuw.\r\n"
    path = tmp_path / "concept.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    cli.main(["check", str(path), "--config", str(config), "--format", "json"])
    finding = next(f for f in json.loads(capsys.readouterr().out)["findings"]
                   if f["rule_id"] == "dep-geheim")
    assert text[finding["start"]:finding["end"]] == "Zilvermeeuw"


def test_a_draft_too_large_is_refused(tmp_path, config, capsys, monkeypatch):
    monkeypatch.setattr(check_cmd, "MAX_DRAFT_BYTES", 1000)
    path = draft(tmp_path, "Zilvermeeuw " * 200)
    assert cli.main(["check", str(path), "--config", str(config)]) == 2
    assert "te groot" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a" * 2000)))
    assert cli.main(["check", "-"]) == 2
    assert "standaardinvoer: Het bestand is te groot" in capsys.readouterr().err


class Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


def test_reading_from_a_terminal_says_how_to_end_the_input(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", Terminal(io.BytesIO("Goedemorgen.".encode())))
    assert cli.main(["check"]) == 0
    assert "Ctrl+D" in capsys.readouterr().err


def test_no_standard_input_at_all(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", None)
    assert cli.main(["check"]) == 2
    assert "geen standaardinvoer" in capsys.readouterr().err


def test_a_check_without_language_does_not_load_the_languagetool_client(tmp_path):
    # Startup time: the grammar client is loaded only for --taal.
    script = ("import sys; from assistant import cli; cli.main(['check', sys.argv[1]]); "
              "sys.exit('assistant.language.grammar' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script, str(draft(tmp_path, "Hallo."))],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_an_endless_pipe_is_refused_at_the_size_limit_while_reading(monkeypatch, capsys):
    monkeypatch.setattr(check_cmd, "MAX_DRAFT_BYTES", 100_000)
    source = Endless()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(source)))
    assert cli.main(["check", "-"]) == 2
    assert "te groot" in capsys.readouterr().err
    assert source.given < 1_000_000


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_refused_at_the_size_limit(capsys):
    # The real limit: the check must stop after 20 MB, not read until memory runs out.
    script = "import sys; from assistant import cli; sys.exit(cli.main(['check', '/dev/zero']))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2, result.stderr
    assert "te groot" in result.stderr and "Traceback" not in result.stderr


def test_a_crash_exits_3_with_one_line_and_no_traceback(tmp_path, monkeypatch, capsys):
    def broken(self, *args, **kwargs):
        raise RuntimeError("stuk\nop twee regels")

    monkeypatch.setattr(check_cmd.Engine, "check", broken)
    assert cli.main(["check", str(draft(tmp_path, "Hallo."))]) == cli.EXIT_INTERNAL == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("interne fout: RuntimeError (stuk op twee regels).")


def test_the_exit_codes_are_in_the_help(capsys):
    with pytest.raises(SystemExit):
        cli.main(["check", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "1: minstens één fout" in out and "3: een interne fout" in out


def drafts(tmp_path, **texts: str) -> list[Path]:
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_many_drafts_each_get_a_header_and_a_summary(tmp_path, config, capsys):
    paths = drafts(tmp_path, een="Goedemorgen.", twee="Het project Zilvermeeuw loopt.")
    assert cli.main(["check", *map(str, paths), "--config", str(config)]) == 1
    blocks = capsys.readouterr().out.split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == [f"== {p} ==" for p in paths]
    assert blocks[0].splitlines()[1:] == [
        "Afweging: laag — geen van de zes criteria wijst op schade",
        "Privé, Weblog: geen opmerkingen."]
    assert blocks[1].splitlines()[1].startswith("1:13: fout [vertrouwelijk]")
    assert "1 fout" in blocks[1].splitlines()[-1]


def test_one_draft_has_no_header(tmp_path, config, capsys):
    path = draft(tmp_path, "Goedemorgen.")
    assert cli.main(["check", str(path), "--config", str(config)]) == 0
    assert capsys.readouterr().out == (
        "Afweging: laag — geen van de zes criteria wijst op schade\n"
        "Privé, Weblog: geen opmerkingen.\n")


def test_many_drafts_as_json_are_a_list_with_the_path(tmp_path, config, capsys):
    paths = drafts(tmp_path, een="Goedemorgen.", twee="Zilvermeeuw")
    assert cli.main(["check", *map(str, paths), "--config", str(config), "--format", "json",
                     "--platform", "x"]) == 1
    reports = json.loads(capsys.readouterr().out)
    assert [r["path"] for r in reports] == [str(p) for p in paths]
    for report in reports:
        assert set(report) == {"path", "findings", "profile", "platform", "problems",
                               "readability", "risk"}
        assert report["platform"] == "x"
    assert reports[0]["findings"] == []
    assert [f["rule_id"] for f in reports[1]["findings"]] == ["dep-geheim"]


def test_an_unreadable_draft_does_not_stop_the_others(tmp_path, config, capsys):
    good, fout = drafts(tmp_path, goed="Goedemorgen.", fout="Zilvermeeuw")
    bad = tmp_path / "kapot.txt"
    bad.write_bytes(b"caf\xe9")
    missing = tmp_path / "weg.txt"
    argv = ["check", str(good), str(bad), str(fout), str(missing), "--config", str(config)]
    assert cli.main(argv) == 2
    captured = capsys.readouterr()
    assert [line for line in captured.out.splitlines() if line.startswith("==")] == [
        f"== {good} ==", f"== {fout} =="]
    assert f"fout: {bad}: " in captured.err and f"fout: {missing}: " in captured.err
    assert cli.main([*argv, "--format", "json"]) == 2
    reports = json.loads(capsys.readouterr().out)
    assert [r["path"] for r in reports] == [str(good), str(bad), str(fout), str(missing)]
    assert "UTF-8" in reports[1]["error"] and "bestaat niet" in reports[3]["error"]
    assert "findings" not in reports[1] and "error" not in reports[2]
    assert reports[2]["findings"][0]["rule_id"] == "dep-geheim"


@pytest.mark.parametrize("texts, code", [
    (("Goedemorgen.", "Goedemiddag."), 0),
    (("Goedemorgen.", "Zilvermeeuw"), 1),
    (("Zilvermeeuw", b"caf\xe9"), 2),
])
def test_many_drafts_exit_with_the_worst_code(tmp_path, config, capsys, texts, code):
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"{i}.txt"
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        paths.append(str(path))
    assert cli.main(["check", *paths, "--config", str(config)]) == code


def test_many_drafts_share_one_engine(tmp_path, recording, monkeypatch, capsys):
    built = []
    monkeypatch.setattr(RecordingEngine, "__init__", lambda self, settings: (
        built.append(settings), Engine.__init__(self, settings))[1])
    paths = drafts(tmp_path, een="Hallo.", twee="Dag.", drie="Tot ziens.")
    assert cli.main(["check", *map(str, paths)]) == 0
    assert len(built) == 1 and len(recording) == 3


# --- the weighing of stelregel 2 ------------------------------------------------

RISKY = "Minister Wiersma is een slappe zeurpiet."


def test_json_risk_object_has_the_six_criteria_in_order(tmp_path, capsys):
    path = draft(tmp_path, "Kijk 🙂 " + RISKY)
    cli.main(["check", str(path), "--format", "json", "--platform", "x"])
    risk = json.loads(capsys.readouterr().out)["risk"]
    assert set(risk) == {"level", "criteria"}
    assert risk["level"] == "hoog"
    assert [c["id"] for c in risk["criteria"]] == [
        "afstand", "politieke_gevoeligheid", "moment", "wijze", "voorzienbaarheid", "ernst"]
    for criterion in risk["criteria"]:
        assert set(criterion) == {"id", "level", "reasons"}
        assert criterion["level"] in ("laag", "middel", "hoog")
    manner = next(c for c in risk["criteria"] if c["id"] == "wijze")
    quoted = [r for r in manner["reasons"] if "start" in r]
    text = path.read_text(encoding="utf-8")
    # Offsets index the draft as Python reads it, emoji and all.
    assert any(text[r["start"]:r["end"]] == "zeurpiet" for r in quoted)


def test_json_risk_of_a_harmless_draft_is_laag(tmp_path, capsys):
    cli.main(["check", str(draft(tmp_path, "Mooie wandeling gemaakt.")), "--format", "json"])
    risk = json.loads(capsys.readouterr().out)["risk"]
    assert risk["level"] == "laag"
    assert all(c["level"] == "laag" for c in risk["criteria"])


def test_text_output_shows_the_reading_before_the_summary(tmp_path, capsys):
    cli.main(["check", str(draft(tmp_path, RISKY)), "--platform", "x"])
    lines = capsys.readouterr().out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("Afweging: hoog — "))
    assert any(line.startswith("  Manier waarop: hoog — ") for line in lines[at + 1:])
    assert lines[-1].startswith("Privé, X:")


def test_text_output_of_a_harmless_draft_lists_no_criteria(tmp_path, capsys):
    cli.main(["check", str(draft(tmp_path, "Mooie wandeling gemaakt."))])
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2] == "Afweging: laag — geen van de zes criteria wijst op schade"


def test_every_draft_of_several_gets_its_own_risk(tmp_path, capsys):
    first = tmp_path / "een.txt"
    first.write_text(RISKY, encoding="utf-8")
    second = tmp_path / "twee.txt"
    second.write_text("Mooie wandeling gemaakt.", encoding="utf-8")
    cli.main(["check", str(first), str(second), "--format", "json", "--platform", "x"])
    reports = json.loads(capsys.readouterr().out)
    assert [r["risk"]["level"] for r in reports] == ["hoog", "laag"]


class CountingLanguage:
    """A language service that finds nothing and counts how often it is loaded."""

    loads = 0
    checked: list = []
    prepared: list = []

    def __init__(self, settings):
        pass

    def load(self):
        from assistant.language import ACTIEF, LanguageStatus

        CountingLanguage.loads += 1
        return LanguageStatus(ACTIEF, "", ACTIEF, "")

    def prepare(self, text):
        CountingLanguage.prepared.append(text)

    def check(self, text):
        CountingLanguage.checked.append(text)
        return []

    def close(self):
        pass


def test_many_drafts_with_language_load_the_dictionaries_once(tmp_path, monkeypatch, capsys):
    import assistant.language

    monkeypatch.setattr(assistant.language, "LanguageService", CountingLanguage)
    CountingLanguage.loads, CountingLanguage.checked, CountingLanguage.prepared = 0, [], []
    paths = drafts(tmp_path, een="Hallo.", twee="Dag.", drie="Tot ziens.")
    bad = tmp_path / "kapot.txt"
    bad.write_bytes(b"caf\xe9")
    assert cli.main(["check", str(bad), *map(str, paths), "--taal", "--format", "json"]) == 2
    reports = json.loads(capsys.readouterr().out)
    assert CountingLanguage.loads == 1
    assert CountingLanguage.checked == ["Hallo.", "Dag.", "Tot ziens."]
    # Each draft's dictionary needs are known before the guideline rules run.
    assert CountingLanguage.prepared == CountingLanguage.checked
    assert "taal" not in reports[0] and all(r["taal"]["spelling"] for r in reports[1:])


def test_an_unreadable_draft_alone_loads_no_dictionaries(tmp_path, monkeypatch, capsys):
    import assistant.language

    monkeypatch.setattr(assistant.language, "LanguageService", CountingLanguage)
    CountingLanguage.loads = 0
    bad = tmp_path / "kapot.txt"
    bad.write_bytes(b"caf\xe9")
    assert cli.main(["check", str(bad), "--taal"]) == 2
    assert CountingLanguage.loads == 0


def test_standard_input_among_many_drafts_has_its_own_header(tmp_path, config, capsys,
                                                             monkeypatch):
    [path] = drafts(tmp_path, een="Goedemorgen.")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Zilvermeeuw")))
    assert cli.main(["check", str(path), "-", "--config", str(config)]) == 1
    headers = [line for line in capsys.readouterr().out.splitlines() if line.startswith("==")]
    assert headers == [f"== {path} ==", "== standaardinvoer =="]
