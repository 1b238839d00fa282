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


def _loaded_by_check(tmp_path, text: str) -> set[str]:
    draft = tmp_path / "concept.txt"
    draft.write_text(text, encoding="utf-8")
    # The last line names the modules loaded, and "in-memory" if simplemma loaded
    # its dictionary whole instead of reading the file in the cache folder.
    script = ("import sys; from assistant import cli; cli.main(['check', sys.argv[1]]); "
              "loaded = list(sys.modules); "
              "from simplemma.strategies.dictionaries import dictionary_factory as f; "
              "whole = f.DEFAULT_DICTIONARY_FACTORY._get_dictionary.cache_info().currsize; "
              "print(' '.join([*loaded, *(['in-memory'] if whole else [])]))")
    result = subprocess.run([sys.executable, "-c", script, str(draft)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.splitlines()[-1].split())


def test_a_check_loads_only_what_it_needs(tmp_path):
    # Start-up time: a check loads no window, no logbook and no number libraries
    # when the draft holds no number, nor the lemma dictionary into memory (once
    # the first run has made the file with it).
    _loaded_by_check(tmp_path, "Eerste keer.")
    loaded = _loaded_by_check(tmp_path, "Vandaag een mooie wandeling gemaakt.")
    for module in ("PySide6", "assistant.logbook", "assistant.cli.logbook_cmd", "phonenumbers",
                   "stdnum", "in-memory"):
        assert module not in loaded, module
    assert "assistant.nlp.lemma_store" in loaded


def test_words_seen_in_an_earlier_check_need_no_lemmatizer(tmp_path):
    text = "Vandaag een mooie wandeling gemaakt."
    assert "simplemma" in _loaded_by_check(tmp_path, text)
    assert "simplemma" not in _loaded_by_check(tmp_path, text)
    assert "simplemma" in _loaded_by_check(tmp_path, text + " Fietsenmakers!")


def test_a_draft_with_a_phone_number_loads_the_phone_library(tmp_path):
    loaded = _loaded_by_check(tmp_path, "Bel me op 06-12345678.")
    assert "phonenumbers" in loaded


def test_the_logbook_command_loads_the_logbook():
    script = ("import sys; from assistant import cli; cli.main(['logboek', 'list']); "
              "print(' '.join(sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert "assistant.logbook" in result.stdout.splitlines()[-1].split()
