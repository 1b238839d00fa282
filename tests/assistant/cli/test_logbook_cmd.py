"""``glazenhuis logboek list|show|export|verify``."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from assistant import cli
from assistant.drafts import finding_keys
from assistant.findings import Finding, Severity
from assistant.logbook import Logbook, PublishRecord, default_path
from assistant.settings import Identity
from assistant.weighing import CRITERIA, Reading
from tests.ui.pdf_text import pdf_text, squeeze

ROOT = Path(__file__).resolve().parents[3]
CET = timezone(timedelta(hours=1))


def add(text, platform="x", profile="functie", day=2, url=None, path=None, reading=None):
    finding = Finding("privacy.bsn", "privacy", 2, Severity.FOUT, 0, 4, "Noem geen BSN.", "")
    with Logbook(path) as book:
        return book.add(PublishRecord(
            text=text, profile=profile, platform=platform,
            identity=Identity("Anna de Vries", "adviseur", "BZK"), findings=[finding],
            ignored={finding_keys(text, [finding])[0]: "geen echt nummer"},
            checklist={"Zou je dit ook in een krant zeggen?": "ja"},
            published_at=datetime(2026, 3, day, 9, 15, tzinfo=CET), url=url, reading=reading))


def hoog_reading():
    criteria = [{"id": cid, "level": "laag", "reasons": []} for cid in CRITERIA]
    criteria[CRITERIA.index("voorzienbaarheid")] = {
        "id": "voorzienbaarheid", "level": "hoog",
        "reasons": [{"text": "Je noemt een BSN.", "start": 0, "end": 4}]}
    return Reading.from_dict({"level": "hoog", "criteria": criteria})


@pytest.fixture
def filled():
    add("Eerste bericht over de Omgevingswet", "x", "functie", 2)
    add("Tweede bericht, privé\nmet een tweede regel", "blog", "prive", 5,
        url="https://blog.example/2")
    add("Derde bericht over de omgevingswet", "linkedin", "functie", 9)


def run(capsys, *argv):
    code = cli.main(["logboek", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_of_an_empty_logbook(capsys):
    assert run(capsys, "list") == (0, "Geen vermeldingen gevonden.\n", "")


def test_list_shows_one_line_per_entry(filled, capsys):
    code, out, _ = run(capsys, "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4
    assert lines[0].split()[:4] == ["1", "02-03-2026", "09:15", "X"]
    assert "Tweede bericht, privé met een tweede regel" in lines[1]
    assert lines[-1] == "3 vermelding(en)."


@pytest.mark.parametrize("options, expected", [
    (["--platform", "blog"], ["2"]),
    (["--profiel", "functie"], ["1", "3"]),
    (["--zoek", "OMGEVINGSWET"], ["1", "3"]),
    (["--van", "2026-03-05"], ["2", "3"]),
    (["--tot", "05-03-2026"], ["1", "2"]),
    (["--van", "3-3-2026", "--tot", "2026-03-08", "--profiel", "prive"], ["2"]),
])
def test_list_filters(filled, capsys, options, expected):
    code, out, _ = run(capsys, "list", *options)
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()[:-1]] == expected


def test_a_bad_date_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["logboek", "list", "--van", "gisteren"])
    assert stopped.value.code == 2
    assert "ongeldige datum: gisteren" in capsys.readouterr().err


def test_show_prints_the_whole_entry(filled, capsys):
    code, out, _ = run(capsys, "show", "2")
    entry = Logbook().get(2)
    assert code == 0
    assert "Vermelding 2" in out
    assert "05-03-2026 09:15 (UTC+01:00)" in out
    assert "https://blog.example/2" in out
    assert "Privé" in out and "Anna de Vries, adviseur, BZK" in out
    assert "  Tweede bericht, privé\n  met een tweede regel" in out
    assert "[fout] Noem geen BSN. — genegeerd: geen echt nummer" in out
    assert "Zou je dit ook in een krant zeggen?: ja" in out
    assert entry.content_hash in out and entry.chain_hash in out


def test_show_prints_the_reading_with_the_six_criteria(capsys):
    add("BSN 123456782 staat in het dossier", reading=hoog_reading())
    code, out, _ = run(capsys, "show", "1")
    assert code == 0
    assert "Afweging (stelregel 2): hoog — voorzienbare schade" in out
    assert "  Voorzienbare schade: hoog\n    - Je noemt een BSN.\n" in out
    assert out.count(": laag\n") == 5
    # Between the findings and the checklist, as in the verantwoording.
    assert out.index("Bevindingen") < out.index("Afweging") < out.index("Checklist")


def test_show_of_an_entry_without_a_reading_says_so(filled, capsys):
    code, out, _ = run(capsys, "show", "1")
    assert code == 0 and "Afweging: niet vastgelegd" in out
    assert "stelregel 2" not in out


def test_show_of_a_missing_entry(filled, capsys):
    code, out, err = run(capsys, "show", "42")
    assert (code, out) == (2, "")
    assert "geen vermelding 42" in err and "Traceback" not in err


def test_export_csv_with_filters(filled, capsys, tmp_path):
    target = tmp_path / "logboek.csv"
    code, out, _ = run(capsys, "export", "--csv", str(target), "--profiel", "prive")
    assert code == 0 and "1 vermelding(en)" in out
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert [r["tekst"] for r in rows] == ["Tweede bericht, privé\nmet een tweede regel"]


def test_export_pdf_refuses_filters(filled, capsys, tmp_path):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["logboek", "export", "--pdf", "1", str(tmp_path / "v.pdf"), "--zoek", "x"])
    assert stopped.value.code == 2
    assert not (tmp_path / "v.pdf").exists()


def test_export_pdf_needs_an_entry_number(filled, capsys, tmp_path):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["logboek", "export", "--pdf", "een", str(tmp_path / "v.pdf")])
    assert stopped.value.code == 2


def test_export_pdf_without_qt_says_what_is_missing(filled, capsys, tmp_path):
    # The core's command line on its own has no PDF writer; the desktop layer hands one in.
    code, _, err = run(capsys, "export", "--pdf", "1", str(tmp_path / "v.pdf"))
    assert code == 2 and "Qt" in err


def test_export_pdf_from_a_terminal_without_display(filled, tmp_path):
    """The real command in a fresh process, as a user runs it on a server."""
    target = tmp_path / "verantwoording.pdf"
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", "logboek", "export", "--pdf", "3", str(target)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "vermelding 3" in result.stdout
    assert squeeze("Derde bericht over de omgevingswet") in squeeze(pdf_text(target.read_bytes()))


def test_the_other_subcommands_do_not_load_qt(filled):
    code = ("import sys\nfrom assistant import cli\n"
            "cli.main(['logboek', 'list'])\ncli.main(['logboek', 'verify'])\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui')))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_verify_of_an_intact_logbook(filled, capsys):
    code, out, _ = run(capsys, "verify")
    assert code == 0
    assert "3 vermeldingen gecontroleerd" in out
    assert Logbook().get(3).chain_hash in out


def test_verify_reports_an_edited_entry_with_exit_code_1(filled, capsys):
    conn = sqlite3.connect(default_path(), isolation_level=None)
    conn.execute("DROP TRIGGER entries_no_update")
    conn.execute("UPDATE entries SET url = 'https://elders.example' WHERE id = 2")
    conn.close()
    code, out, err = run(capsys, "verify")
    assert (code, out) == (1, "")
    assert "Vermelding 2 is na het vastleggen gewijzigd." in err
    assert "tot en met nummer 1 zijn onveranderd" in err


def test_a_corrupt_logbook_is_an_error_without_traceback(capsys, tmp_path):
    damaged = tmp_path / "kapot.sqlite3"
    damaged.write_bytes(b"dit is geen database" * 100)
    for argv in (["list"], ["verify"], ["show", "1"]):
        code, out, err = run(capsys, *argv, "--logboek", str(damaged))
        assert code == 2 and out == ""
        assert "beschadigd" in err and str(damaged) in err and "Traceback" not in err
    assert damaged.read_bytes() == b"dit is geen database" * 100


def test_another_logbook_file_can_be_named(capsys, tmp_path):
    other = tmp_path / "kopie.sqlite3"
    add("Alleen in de kopie", path=other)
    code, out, _ = run(capsys, "list", "--logboek", str(other))
    assert code == 0 and "Alleen in de kopie" in out
    assert run(capsys, "list")[1] == "Geen vermeldingen gevonden.\n"


@pytest.mark.parametrize("argv", [["list"], ["verify"], ["show", "1"],
                                  ["export", "--csv", "uit.csv"]])
def test_a_named_logbook_that_does_not_exist_is_not_created(capsys, tmp_path, argv):
    typo = tmp_path / "kopei.sqlite3"
    code, out, err = run(capsys, *argv, "--logboek", str(typo))
    assert code == 2 and out == ""
    assert str(typo) in err and "bestaat niet" in err
    assert not typo.exists()
    _, _, err = run(capsys, "list", "--logboek", str(tmp_path))
    assert "geen bestand" in err


def test_verify_of_a_deleted_logbook_says_it_is_gone_and_creates_nothing(filled, capsys):
    default_path().unlink()
    code, out, err = run(capsys, "verify")
    assert (code, out) == (1, "")
    assert "ontbreekt" in err and "3 vermeldingen" in err
    assert not default_path().exists()
    code, _, err = run(capsys, "list")
    assert code == 1 and "ontbreekt" in err
    assert not default_path().exists()


def test_verify_where_no_logbook_was_ever_kept_creates_nothing(capsys):
    code, out, err = run(capsys, "verify")
    assert (code, out) == (2, "")
    assert "geen logboek" in err and str(default_path()) in err
    assert not default_path().exists()
    assert run(capsys, "list") == (0, "Geen vermeldingen gevonden.\n", "")
    assert not default_path().exists()


def test_verify_reports_a_truncated_logbook(filled, capsys):
    conn = sqlite3.connect(default_path(), isolation_level=None)
    conn.execute("DROP TRIGGER entries_no_delete")
    conn.execute("DELETE FROM entries WHERE id = 3")
    conn.execute("DELETE FROM sqlite_sequence")
    conn.close()
    code, out, err = run(capsys, "verify")
    assert (code, out) == (1, "")
    assert "Vermelding 3 is uit het logboek verwijderd." in err
    assert "tot en met nummer 2 zijn onveranderd" in err


def test_a_blob_in_the_text_is_a_clear_message_not_a_traceback(filled, capsys):
    conn = sqlite3.connect(default_path(), isolation_level=None)
    conn.execute("DROP TRIGGER entries_no_update")
    conn.execute("UPDATE entries SET text = ? WHERE id = 2", (b"\x00\xff",))
    conn.close()
    code, out, err = run(capsys, "list")
    assert (code, out) == (2, "")
    assert "Vermelding 2 in het logboek is beschadigd" in err
    code, out, err = run(capsys, "verify")
    assert (code, out) == (1, "")
    assert "gewijzigd" in err
