"""Reading drafts safely, the sidecar, ignore keys, autosave and recent files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.drafts import (Autosave, DraftError, DraftMeta, RecentFiles, finding_keys,
                              load_meta, read_draft, remove_leftover_copies, save_meta,
                              sidecar_path, write_draft)
from assistant.findings import Finding, Severity
from assistant.textfiles import looks_binary
from tests.assistant.test_processes import kill_without_reaping, needs_waitid
from tests.assistant.test_storage import killed_while_saving, temp_files

ROOT = Path(__file__).resolve().parents[2]


def test_reads_utf8_with_and_without_bom_and_normalises_line_ends(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffPrivé 😀\r\nregel twee\rdrie".encode("utf-8"))
    assert read_draft(path) == "Privé 😀\nregel twee\ndrie"
    path.write_text("gewoon", encoding="utf-8")
    assert read_draft(path) == "gewoon"


def test_an_empty_file_is_an_empty_draft(tmp_path):
    path = tmp_path / "leeg.md"
    path.write_bytes(b"")
    assert read_draft(path) == ""


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00", b"PK\x03\x04\x14\x00\x06\x00",
                                  bytes(range(1, 32)) * 20])
def test_binary_files_are_refused_in_dutch(tmp_path, data):
    path = tmp_path / "ding.txt"
    path.write_bytes(data)
    with pytest.raises(DraftError, match="geen tekstbestand"):
        read_draft(path)


def test_text_with_tabs_and_form_feeds_is_not_binary():
    assert not looks_binary(b"kop\tkolom\n\x0cvolgende pagina\n" * 10)


def test_latin1_text_gets_a_clear_message(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes("Eerste regel\nNog een\nPrivé".encode("latin-1"))
    with pytest.raises(DraftError, match=r"geen UTF-8-tekst \(onleesbaar teken op regel 3\)"):
        read_draft(path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(DraftError, match="bestaat niet"):
        read_draft(tmp_path / "weg.txt")
    with pytest.raises(DraftError, match="is een map"):
        read_draft(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "geheim.txt"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(DraftError, match="geen toestemming"):
        read_draft(path)


def test_write_draft_replaces_the_file_whole(tmp_path):
    path = tmp_path / "c.txt"
    write_draft(path, "eerste")
    write_draft(path, "tweede 😀")
    assert path.read_text(encoding="utf-8") == "tweede 😀"
    assert [p.name for p in tmp_path.iterdir()] == ["c.txt"]


def test_sidecar_round_trip_next_to_the_draft(tmp_path):
    draft = tmp_path / "bericht.md"
    meta = DraftMeta("functie", "mastodon", {"dilemma-krant": "ja"},
                     {"test.regel|woord|0": "staat al online"})
    save_meta(draft, meta)
    assert sidecar_path(draft) == tmp_path / "bericht.md.glazenhuis.json"
    assert load_meta(draft) == meta


@pytest.mark.parametrize("content", ["{kapot", "[1, 2]", '{"checklist": "geen tabel"}'])
def test_a_damaged_sidecar_gives_empty_metadata(tmp_path, content):
    draft = tmp_path / "x.txt"
    sidecar_path(draft).write_text(content, encoding="utf-8")
    meta = load_meta(draft)
    assert meta.checklist == {} and meta.ignored == {}


def _two_windows(tmp_path):
    """A draft's sidecar as two windows read it."""
    draft = tmp_path / "bericht.txt"
    save_meta(draft, DraftMeta("functie", "x", {"dilemma-krant": "ja", "dilemma-baas": "nee"},
                               {"toon.a|sukkel|0": ""}))
    return draft, load_meta(draft), load_meta(draft)


def test_a_save_keeps_what_another_window_saved_in_the_sidecar_meanwhile(tmp_path):
    draft, first, second = _two_windows(tmp_path)
    second.checklist["dilemma-eigen"] = "ja"
    del second.ignored["toon.a|sukkel|0"]
    save_meta(draft, second)
    first.ignored["privacy.b|06|0"] = "mag, eigen nummer"
    save_meta(draft, first)
    on_disk = load_meta(draft)
    assert on_disk.checklist == {"dilemma-krant": "ja", "dilemma-baas": "nee",
                                 "dilemma-eigen": "ja"}
    assert on_disk.ignored == {"privacy.b|06|0": "mag, eigen nummer"}
    # The window that saved last now holds what was written.
    assert first == on_disk


def test_of_two_changes_to_the_same_item_the_last_save_wins(tmp_path):
    draft, first, second = _two_windows(tmp_path)
    second.checklist["dilemma-krant"] = "nee"
    save_meta(draft, second)
    first.checklist["dilemma-krant"] = "ja, na overleg"
    del first.checklist["dilemma-baas"]
    save_meta(draft, first)
    assert load_meta(draft).checklist == {"dilemma-krant": "ja, na overleg"}


def test_saving_as_another_file_does_not_merge_with_a_sidecar_already_there(tmp_path):
    draft, first, _second = _two_windows(tmp_path)
    other = tmp_path / "ander.txt"
    save_meta(other, DraftMeta("prive", "blog", {"los-item": "ja"}))
    save_meta(other, first)
    assert load_meta(other).checklist == {"dilemma-krant": "ja", "dilemma-baas": "nee"}


def test_a_sidecar_nobody_else_touched_is_written_as_it_is(tmp_path):
    draft, first, _second = _two_windows(tmp_path)
    first.checklist = {}
    first.ignored = {}
    save_meta(draft, first)
    assert load_meta(draft) == DraftMeta("functie", "x")


def finding(rule, start, end):
    return Finding(rule, "c", 1, Severity.TIP, start, end, "m", "")


def test_finding_keys_survive_edits_elsewhere():
    text = "Dit is geheim. Dat is ook geheim."
    findings = [finding("r", text.index("geheim"), text.index("geheim") + 6),
                finding("r", text.rindex("geheim"), text.rindex("geheim") + 6)]
    keys = finding_keys(text, findings)
    assert keys == ["r|geheim|0", "r|geheim|1"]
    edited = "Vooraf: " + text
    moved = [finding("r", f.start + 8, f.end + 8) for f in findings]
    assert finding_keys(edited, moved) == keys


def test_autosave_keeps_work_until_discarded_and_offers_only_dead_sessions(tmp_path):
    directory = tmp_path / "autosave"
    crashed = Autosave(directory)
    crashed.save("half af 😀", DraftMeta("functie", "x"), tmp_path / "d.txt")
    live = Autosave(directory, alive=lambda pid: True)
    assert live.orphans() == []
    after_crash = Autosave(directory, alive=lambda pid: False)
    (entry,) = after_crash.orphans()
    assert entry.text == "half af 😀" and entry.meta.profile == "functie"
    assert entry.path == str(tmp_path / "d.txt")
    assert oct(crashed.file.stat().st_mode & 0o777) == "0o600"
    after_crash.drop(entry)
    assert after_crash.orphans() == []
    crashed.save("x", DraftMeta(), None)
    crashed.discard()
    assert not crashed.file.exists()


@needs_waitid
def test_the_autosave_of_a_killed_process_is_offered_before_its_parent_reaps_it(tmp_path):
    directory = tmp_path / "autosave"
    writer = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from assistant.drafts import Autosave, DraftMeta; "
         "Autosave(Path(sys.argv[1])).save('half af', DraftMeta(), None); "
         "print('bewaard', flush=True); time.sleep(60)", str(directory)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "bewaard"
        assert Autosave(directory).orphans() == []
        kill_without_reaping(writer)
        (entry,) = Autosave(directory).orphans()
        assert entry.text == "half af" and entry.pid == writer.pid
    finally:
        writer.kill()
        writer.wait()
        writer.stdout.close()


def test_a_damaged_autosave_is_skipped(tmp_path):
    directory = tmp_path / "autosave"
    directory.mkdir()
    (directory / "kapot.json").write_text("{", encoding="utf-8")
    (directory / "half.json").write_text(json.dumps({"session": "half"}), encoding="utf-8")
    assert Autosave(directory, alive=lambda pid: False).orphans() == []


def test_recent_files_newest_first_without_duplicates(tmp_path):
    recent = RecentFiles(tmp_path / "recent.json", limit=3)
    for name in ("a", "b", "c", "a", "d"):
        recent.add(tmp_path / f"{name}.txt")
    assert [p.name for p in recent.paths()] == ["d.txt", "a.txt", "c.txt"]
    (tmp_path / "recent.json").write_text("kapot", encoding="utf-8")
    assert recent.paths() == []


def test_leftovers_of_killed_saves_go_from_the_app_folders_and_beside_recent_drafts(tmp_path):
    autosave = Autosave(tmp_path / "data" / "autosave")
    recent = RecentFiles(tmp_path / "data" / "recent.json")
    drafts_folder = tmp_path / "concepten"
    drafts_folder.mkdir()
    recent.add(drafts_folder / "concept.txt")
    for target in (drafts_folder / "concept.txt", sidecar_path(drafts_folder / "concept.txt"),
                   autosave.file, recent.file):
        killed_while_saving(target, ROOT)
    assert len(temp_files(drafts_folder)) == 2
    removed = remove_leftover_copies(autosave, recent)
    assert len(removed) == 4
    assert temp_files(drafts_folder) == temp_files(autosave.directory) == []
    assert temp_files(recent.file.parent) == []


def _open_many(file, label, count):
    recent = RecentFiles(file, limit=100)
    for n in range(count):
        recent.add(file.parent / f"{label}{n}.txt")


def test_windows_adding_recent_drafts_at_once_keep_each_others(tmp_path):
    import multiprocessing

    file = tmp_path / "recent.json"
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_open_many, args=(file, label, 10)) for label in "abc"]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    assert len(RecentFiles(file, limit=100).paths()) == 30
