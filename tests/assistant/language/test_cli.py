"""``glazenhuis check``: readability in the JSON report and ``--taal`` findings,
with and without Enchant."""

from __future__ import annotations

import json
import sys

import pytest

from assistant import cli

LONG = " ".join(["Wij"] + ["werken"] * 27) + "."


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "concept.txt"
    path.write_text("De kwaliteid is goed. " + LONG, encoding="utf-8")
    return path


def test_json_has_readability_without_language_findings(draft, capsys):
    assert cli.main(["check", str(draft), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["readability"]["band"] in ("makkelijk", "normaal", "moeilijk")
    assert report["readability"]["words"] == 32
    assert report["readability"]["long_sentences"] == 1
    assert "taal" not in report
    assert not any(f["category"] in ("spelling", "leesbaarheid") and
                   f["rule_id"] != "leesbaarheid.b1-woord" for f in report["findings"])


def test_taal_adds_spelling_and_long_sentences(draft, capsys):
    pytest.importorskip("enchant")
    assert cli.main(["check", str(draft), "--format", "json", "--taal"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    rules = {f["rule_id"] for f in report["findings"]}
    assert {"leesbaarheid.lange-zin"} <= rules
    if report["taal"]["spelling"] == "actief":
        assert "spelling.onbekend-woord" in rules
    assert report["taal"]["grammatica"] == "niet beschikbaar"
    assert "LanguageTool" in captured.err


def test_taal_works_without_enchant(draft, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "enchant", None)
    assert cli.main(["check", str(draft), "--taal"]) == 0
    captured = capsys.readouterr()
    assert "Enchant" in captured.err
    assert "[leesbaarheid]" in captured.out
    assert "[spelling]" not in captured.out


def test_taal_with_a_server_sending_one_byte_a_second_ends_in_seconds(draft, capsys,
                                                                      isolated_dirs):
    import time

    from tests.assistant.language import lt_standin

    def run() -> float:
        started = time.monotonic()
        assert cli.main(["check", str(draft), "--taal"]) == 0
        return time.monotonic() - started

    run()  # dictionaries and rules loaded once, as in any run
    without_languagetool = run()
    server = lt_standin.serve(trickle=("languages", "check"))
    try:
        config = isolated_dirs["config"] / "glazenhuis" / "config.toml"
        config.parent.mkdir(parents=True)
        config.write_text(f'[languagetool]\nurl = "http://127.0.0.1:{server.server_address[1]}"\n',
                          encoding="utf-8")
        capsys.readouterr()
        # The status (not available) within 3 s of what the run costs anyway.
        assert run() - without_languagetool < 3
    finally:
        server.shutdown()
        server.server_close()
    assert "LanguageTool reageert niet" in capsys.readouterr().err
