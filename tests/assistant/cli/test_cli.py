"""The command line as a whole: Dutch usage errors, output into a closed pipe."""

from __future__ import annotations

import subprocess
import sys

import pytest

from assistant import cli


@pytest.mark.parametrize(("argv", "dutch"), [
    (["check", "--platform", "myspace"], "ongeldige keuze 'myspace' (kies uit 'blog'"),
    (["check", "--profile"], "argument --profile: hier hoort één waarde bij"),
    (["check", "a.txt", "--snel"], "onbekende argumenten: --snel"),
    (["config"], "deze argumenten ontbreken"),
    (["logboek", "show", "drie"], "ongeldige waarde 'drie'"),
    (["logboek", "export"], "een van de argumenten --csv --pdf is nodig"),
])
def test_usage_errors_are_dutch(argv, dutch, capsys):
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)
    assert caught.value.code == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("gebruik: glazenhuis")
    assert dutch in err and ": fout: " in err


def test_help_is_dutch(capsys):
    with pytest.raises(SystemExit):
        cli.main(["check", "--help"])
    out = capsys.readouterr().out
    assert "toon deze hulp en stop" in out and "opties:" in out
    assert "NAAM" in out and "show this help" not in out


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    draft = tmp_path / "concept.txt"
    # Enough findings that the report does not fit in the pipe's buffer.
    draft.write_text("Dit is echt heel stom!!! " * 4000, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; from assistant import cli; sys.exit(cli.main())",
         "check", str(draft), "--format", "json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.read(10)
    process.stdout.close()
    err = process.stderr.read().decode()
    process.wait(timeout=60)
    process.stderr.close()
    assert "Traceback" not in err and "BrokenPipe" not in err
