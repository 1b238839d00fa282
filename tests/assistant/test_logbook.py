import csv
import json
import multiprocessing
import os
import sqlite3
import stat
import threading
import time
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from assistant.drafts import DraftMeta, finding_keys
from assistant.findings import Finding, Fix, Severity
from assistant.logbook import (
    GENESIS,
    SCHEMA_VERSION,
    Logbook,
    LogbookError,
    LogbookMissing,
    PublishRecord,
    chain_hash,
    content_hash,
    default_path,
    head_path,
)
from assistant.session import CheckResult, DraftSession
from assistant.settings import ChecklistItem, Identity
from assistant.weighing import CRITERIA, Reading

CET = timezone(timedelta(hours=1))
TEXT = 'Vandaag "open" dag 😀 bij het ministerie;\nkom langs!\r\nGroet, Anna'
IDENTITY = Identity("Anna de Vries", "beleidsadviseur", "Ministerie van BZK")


def finding(start=0, end=7, rule="persoonsgegevens.bsn", severity=Severity.FOUT):
    return Finding(rule, "privacy", 2, severity, start, end, "Een BSN hoort niet online.",
                   "Uitleg.", "avg-artikel-9", Fix(start, end, "", "Verwijder"), ("a", "b"))


def reading(level="middel", afstand="hoog"):
    """A reading of TEXT: distance raised by its word "ministerie", the rest quiet."""
    criteria = [{"id": cid, "level": "laag", "reasons": []} for cid in CRITERIA]
    criteria[0] = {"id": "afstand", "level": afstand, "reasons": [
        {"text": "“ministerie” hoort bij je eigen werk.", "start": 29, "end": 39},
        {"text": "Je schrijft in functie."}]}
    return Reading.from_dict({"level": level, "criteria": criteria})


def record(text=TEXT, platform="x", profile="functie", when=None, url=None, findings=None,
           ignored=None, checklist=None, weighed=None):
    findings = [finding()] if findings is None else findings
    return PublishRecord(
        text=text, profile=profile, platform=platform, identity=IDENTITY, findings=findings,
        ignored={} if ignored is None else ignored,
        checklist={"Heb je je functie vermeld?": "ja"} if checklist is None else checklist,
        published_at=when or datetime(2026, 3, 2, 14, 30, tzinfo=CET), url=url,
        reading=weighed)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / "logboek.sqlite3"


@pytest.fixture
def book(path):
    with Logbook(path) as logbook:
        yield logbook


def raw(path):
    """A connection behind the API's back, as someone tampering would use."""
    return sqlite3.connect(path, isolation_level=None)


def drop_triggers(conn):
    conn.execute("DROP TRIGGER entries_no_update")
    conn.execute("DROP TRIGGER entries_no_delete")


# --- adding and reading -------------------------------------------------------

def test_an_entry_reads_back_exactly_as_recorded(book):
    findings = [finding(0, 7), finding(8, 12, "stijl.lang", Severity.TIP)]
    keys = finding_keys(TEXT, findings)
    checklist = {"Zou je dit ook in een krant zeggen?": "ja", "Heb je je functie vermeld?": "nee"}
    entry_id = book.add(record(url="https://example.org/post/1?a=b", findings=findings,
                               ignored={keys[1]: "Bewuste keuze; \"zo\" gezegd"},
                               checklist=checklist))
    entry = book.get(entry_id)
    assert entry.text == TEXT
    assert (entry.profile, entry.platform, entry.identity) == ("functie", "x", IDENTITY)
    assert entry.url == "https://example.org/post/1?a=b"
    assert entry.published_at == datetime(2026, 3, 2, 14, 30, tzinfo=CET)
    assert entry.published_at.utcoffset() == timedelta(hours=1)
    assert entry.recorded_at.tzinfo is not None
    assert list(entry.findings) == findings
    assert list(entry.checklist.items()) == list(checklist.items())
    assert entry.handled_findings() == [(findings[0], None),
                                        (findings[1], "Bewuste keuze; \"zo\" gezegd")]
    assert entry.content_hash == content_hash(TEXT)
    assert entry.prev_hash == GENESIS


def test_an_entry_keeps_the_reading_it_was_published_with(book):
    weighed = reading()
    entry = book.get(book.add(record(weighed=weighed)))
    assert entry.reading == weighed
    assert entry.reading.criterion("afstand").reasons[0].start == 29
    assert entry.reading.criterion("afstand").title == "Afstand tot je eigen werk"
    assert book.get(book.add(record())).reading is None
    assert book.verify().ok


def test_entries_are_numbered_in_order_and_chained(book):
    ids = [book.add(record(text=f"bericht {n}")) for n in range(3)]
    assert ids == [1, 2, 3]
    entries = book.entries()
    assert [e.text for e in entries] == ["bericht 0", "bericht 1", "bericht 2"]
    assert [e.prev_hash for e in entries] == [GENESIS, entries[0].chain_hash,
                                              entries[1].chain_hash]
    result = book.verify()
    assert result.ok and result.checked == 3 and result.head == entries[-1].chain_hash


def test_a_naive_publication_time_is_taken_as_local_time(book):
    entry = book.get(book.add(record(when=datetime(2026, 5, 1, 9, 0))))
    assert entry.published_at.tzinfo is not None
    assert entry.published_at == datetime(2026, 5, 1, 9, 0).astimezone()


def test_get_of_a_missing_entry_says_so(book):
    with pytest.raises(LogbookError, match="geen vermelding 7"):
        book.get(7)


@pytest.mark.parametrize("url", ["ftp://example.org/x", "javascript:alert(1)", "example.org",
                                 "https://", "https://exa mple.org"])
def test_only_web_addresses_are_accepted_as_url(book, url):
    with pytest.raises(LogbookError, match="webadres"):
        book.add(record(url=url))
    assert book.entries() == []


def test_unknown_platform_or_profile_is_refused(book):
    with pytest.raises(LogbookError, match="platform"):
        book.add(record(platform="myspace"))
    with pytest.raises(LogbookError, match="profiel"):
        book.add(record(profile="anoniem"))


def test_a_drafts_snapshot_is_recorded_as_the_author_saw_it(book):
    session = DraftSession(DraftMeta("functie", "x", {"krant": "ja", "weg": "nee"}))
    session.accept(CheckResult(session.edited(), TEXT, [finding()], reading=reading()))
    key = session.visible()[0][0]
    session.ignore(key, "reden")
    items = [ChecklistItem("krant", "Zou je dit ook in een krant zeggen?")]
    entry = book.get(book.add(replace(session.snapshot(TEXT, IDENTITY, items),
                                      url="https://example.org")))
    assert entry.checklist == {"Zou je dit ook in een krant zeggen?": "ja", "weg": "nee"}
    assert entry.ignored == {key: "reden"} and entry.url == "https://example.org"
    assert entry.reading == reading()
    assert entry.published_at.tzinfo is not None


def test_open_questions_are_added_as_not_answered_and_answers_stay():
    items = [ChecklistItem("a", "Heb je je functie vermeld?"), ChecklistItem("b", "Nog een?")]
    rec = record(checklist={"Heb je je functie vermeld?": "nee"}).with_open_questions(items)
    assert rec.checklist == {"Heb je je functie vermeld?": "nee", "Nog een?": ""}
    assert record().with_open_questions([]).checklist == record().checklist


# --- filtering ------------------------------------------------------------------

@pytest.fixture
def filled(book):
    book.add(record("Eerste bericht over de Omgevingswet", "x", "functie",
                    datetime(2026, 1, 10, 23, 30, tzinfo=CET)))
    book.add(record("Tweede, privé over de fietsvakantie", "blog", "prive",
                    datetime(2026, 1, 11, 0, 15, tzinfo=CET), url="https://blog.example/fiets"))
    book.add(record("Derde over de omgevingswet", "linkedin", "functie",
                    datetime(2026, 2, 1, 12, 0, tzinfo=timezone.utc)))
    return book


def ids(entries):
    return [e.id for e in entries]


def test_filters_by_platform_and_profile(filled):
    assert ids(filled.entries(platform="x")) == [1]
    assert ids(filled.entries(profile="functie")) == [1, 3]
    assert ids(filled.entries(platform="blog", profile="functie")) == []


def test_search_ignores_case_and_looks_in_the_url(filled):
    assert ids(filled.entries(search="OMGEVINGSWET")) == [1, 3]
    assert ids(filled.entries(search="blog.example")) == [2]
    assert ids(filled.entries(search="niets dergelijks")) == []


def test_period_includes_whole_days_in_the_entries_own_time_zone(filled, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    import time
    time.tzset()
    try:
        assert ids(filled.entries(since=date(2026, 1, 11))) == [2, 3]
        assert ids(filled.entries(until=date(2026, 1, 10))) == [1]
        assert ids(filled.entries(since=date(2026, 1, 10), until=date(2026, 1, 31))) == [1, 2]
        moment = datetime(2026, 2, 1, 12, 0, tzinfo=timezone.utc)
        assert ids(filled.entries(since=moment)) == [3]
        assert ids(filled.entries(until=moment)) == [1, 2, 3]
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


# --- append-only and the hash chain -----------------------------------------------

def test_the_database_refuses_updates_and_deletes(book, path):
    book.add(record())
    conn = raw(path)
    with pytest.raises(sqlite3.DatabaseError, match="alleen worden aangevuld"):
        conn.execute("UPDATE entries SET text = 'anders'")
    with pytest.raises(sqlite3.DatabaseError, match="alleen worden aangevuld"):
        conn.execute("DELETE FROM entries")
    conn.close()
    assert book.get(1).text == TEXT


def test_verify_finds_an_edited_entry(book, path):
    for n in range(4):
        book.add(record(text=f"bericht {n}"))
    conn = raw(path)
    drop_triggers(conn)
    conn.execute("UPDATE entries SET text = 'nooit gezegd' WHERE id = 2")
    conn.close()
    result = book.verify()
    assert not result.ok and result.first_bad == 2 and not result.removed
    assert "Vermelding 2" in result.message and "gewijzigd" in result.message


def test_verify_finds_an_entry_edited_with_fresh_hashes(book, path):
    for n in range(4):
        book.add(record(text=f"bericht {n}"))
    conn = raw(path)
    conn.row_factory = sqlite3.Row
    drop_triggers(conn)
    row = dict(conn.execute("SELECT * FROM entries WHERE id = 3").fetchone())
    row["platform"] = "blog"
    conn.execute("UPDATE entries SET platform = ?, chain_hash = ? WHERE id = 3",
                 (row["platform"], chain_hash(row)))
    conn.close()
    result = book.verify()
    assert (result.ok, result.first_bad, result.removed) == (False, 3, False)


@pytest.mark.parametrize(("count", "deleted"), [(4, 2), (3, 3)], ids=["middle", "last"])
def test_verify_finds_a_deleted_entry(book, path, count, deleted):
    for n in range(count):
        book.add(record(text=f"bericht {n}"))
    conn = raw(path)
    drop_triggers(conn)
    conn.execute("DELETE FROM entries WHERE id = ?", (deleted,))
    conn.close()
    result = book.verify()
    assert (result.ok, result.first_bad, result.removed) == (False, deleted, True)
    assert "verwijderd" in result.message
    # Numbers are never handed out twice, so the gap stays visible.
    assert book.add(record()) == count + 1


def forget_numbers(conn):
    """What someone covering a removal also does: SQLite's record of numbers handed out."""
    conn.execute("DELETE FROM sqlite_sequence")


@pytest.mark.parametrize("kept", [True, False], ids=["changed", "added-later"])
def test_verify_finds_a_reading_changed_or_added_afterwards(book, path, kept):
    for n in range(3):
        book.add(record(text=f"bericht {n}", weighed=reading() if kept else None))
    conn = raw(path)
    drop_triggers(conn)
    milder = reading(level="laag", afstand="laag").to_dict()
    conn.execute("UPDATE entries SET reading = ? WHERE id = 2", (json.dumps(milder),))
    conn.close()
    result = book.verify()
    assert (result.ok, result.first_bad, result.removed) == (False, 2, False)


def test_a_damaged_reading_is_a_clear_message_not_a_crash(book, path):
    book.add(record(weighed=reading()))
    conn = raw(path)
    drop_triggers(conn)
    conn.execute("""UPDATE entries SET reading = '{"level": "enorm", "criteria": []}'""")
    conn.close()
    with pytest.raises(LogbookError, match="Vermelding 1 in het logboek is beschadigd"):
        book.get(1)


def test_verify_finds_the_last_entry_removed_without_a_trace_in_the_database(book, path):
    for n in range(3):
        book.add(record(text=f"bericht {n}"))
    conn = raw(path)
    drop_triggers(conn)
    conn.execute("DELETE FROM entries WHERE id = 3")
    forget_numbers(conn)
    conn.close()
    result = book.verify()
    assert (result.ok, result.first_bad, result.removed) == (False, 3, True)
    assert result.message == "Vermelding 3 is uit het logboek verwijderd."


def test_verify_finds_an_emptied_logbook(book, path):
    for n in range(3):
        book.add(record(text=f"bericht {n}"))
    conn = raw(path)
    drop_triggers(conn)
    conn.execute("DELETE FROM entries")
    forget_numbers(conn)
    conn.close()
    result = book.verify()
    assert not result.ok
    assert result.message == "Vermeldingen 1 tot en met 3 zijn uit het logboek verwijderd."


def test_verify_finds_the_last_entry_rewritten_with_fresh_hashes(book, path):
    for n in range(3):
        book.add(record(text=f"bericht {n}"))
    conn = raw(path)
    conn.row_factory = sqlite3.Row
    drop_triggers(conn)
    row = dict(conn.execute("SELECT * FROM entries WHERE id = 3").fetchone())
    row["text"] = "nooit gezegd"
    row["content_hash"] = content_hash(row["text"])
    conn.execute("UPDATE entries SET text = ?, content_hash = ?, chain_hash = ? WHERE id = 3",
                 (row["text"], row["content_hash"], chain_hash(row)))
    conn.close()
    result = book.verify()
    assert (result.ok, result.first_bad, result.removed) == (False, 3, False)


def test_the_head_is_kept_privately_and_follows_the_log(book, path):
    assert not head_path(path).exists()
    book.add(record())
    book.add(record())
    assert stat.S_IMODE(head_path(path).stat().st_mode) == 0o600
    assert book.verify().ok
    # An older logbook without a kept head verifies, and keeps one from then on.
    head_path(path).unlink()
    assert book.verify().ok and head_path(path).exists()


def test_a_damaged_head_is_reported(book, path):
    book.add(record())
    head_path(path).write_text("{niet de kop")
    result = book.verify()
    assert not result.ok and "beschadigd" in result.message and str(head_path(path)) in result.message


@pytest.mark.parametrize("column", ["text", "platform", "findings", "chain_hash", "url",
                                    "reading"])
def test_a_blob_where_text_belongs_is_a_changed_entry_not_a_crash(book, path, column):
    for n in range(3):
        book.add(record(text=f"bericht {n}", url="https://example.org/1"))
    conn = raw(path)
    drop_triggers(conn)
    conn.execute(f"UPDATE entries SET {column} = ? WHERE id = 2", (b"\x00\xffbinair",))
    conn.close()
    result = book.verify()
    assert (result.ok, result.removed) == (False, False)
    assert result.first_bad in (1, 2)  # a changed chain hash points at entry 2 or its successor
    with pytest.raises(LogbookError, match="Vermelding 2 in het logboek is beschadigd"):
        book.entries()


def test_reading_a_missing_logbook_creates_nothing(path):
    with pytest.raises(LogbookMissing) as never:
        Logbook(path, create=False)
    assert never.value.recorded == 0 and "nog niets vastgelegd" in str(never.value)
    assert not path.exists() and not path.parent.exists()
    with Logbook(path) as book:
        book.add(record())
        book.add(record())
    path.unlink()
    with pytest.raises(LogbookMissing) as gone:
        Logbook(path, create=False)
    assert gone.value.recorded == 2 and "ontbreekt" in str(gone.value)
    head_path(path).write_text("kapot")
    with pytest.raises(LogbookMissing) as unknown:
        Logbook(path, create=False)
    assert unknown.value.recorded is None and "ontbreekt" in str(unknown.value)
    assert not path.exists()


def test_verify_while_others_append_sees_no_removals(path):
    Logbook(path).close()
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer(label):
        try:
            with Logbook(path, timeout=30) as book:
                n = 0
                while not stop.is_set():
                    book.add(record(text=f"{label} {n}"))
                    n += 1
        except BaseException as exc:  # shown in the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(label,)) for label in ("a", "b")]
    for t in threads:
        t.start()
    results = []
    try:
        deadline = time.monotonic() + 20
        with Logbook(path, timeout=30) as book:
            while time.monotonic() < deadline and (len(results) < 30 or results[-1].checked < 30):
                results.append(book.verify())
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert not errors
    assert [r.message for r in results if not r.ok] == []
    assert results[-1].checked >= 30


# --- schema migration ---------------------------------------------------------------

# The schema of version 1 exactly as it shipped; never edit (it stands for files
# that exist on users' machines).
V1_DDL = (
    """CREATE TABLE entries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        recorded_at TEXT NOT NULL,
        published_at TEXT NOT NULL,
        platform TEXT NOT NULL,
        profile TEXT NOT NULL,
        identity_name TEXT NOT NULL,
        identity_function TEXT NOT NULL,
        identity_department TEXT NOT NULL,
        text TEXT NOT NULL,
        findings TEXT NOT NULL,
        checklist TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        chain_hash TEXT NOT NULL UNIQUE
    )""",
    """CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
        BEGIN SELECT RAISE(ABORT, 'het logboek kan alleen worden aangevuld'); END""",
    """CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
        BEGIN SELECT RAISE(ABORT, 'het logboek kan alleen worden aangevuld'); END""",
    "PRAGMA user_version = 1",
)


def make_v1_database(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = raw(path)
    for statement in V1_DDL:
        conn.execute(statement)
    prev = GENESIS
    for n in (1, 2):
        row = {"id": n, "recorded_at": "2025-06-01T10:00:00+02:00",
               "published_at": "2025-06-01T09:00:00+02:00", "platform": "blog",
               "profile": "prive", "identity_name": "Anna", "identity_function": "adviseur",
               "identity_department": "BZK", "text": f"oud bericht {n} ✓",
               "findings": "[]", "checklist": '{"Vraag": "ja"}',
               "content_hash": content_hash(f"oud bericht {n} ✓"), "prev_hash": prev}
        row["chain_hash"] = prev = chain_hash(row)
        conn.execute(f"INSERT INTO entries ({', '.join(row)}) "
                     f"VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
    conn.close()


def test_a_version_1_logbook_is_migrated_and_still_verifies(path):
    make_v1_database(path)
    with Logbook(path) as book:
        old = book.get(2)
        assert (old.text, old.url, old.ignored) == ("oud bericht 2 ✓", None, {})
        assert book.verify().ok
        new_id = book.add(record(url="https://example.org/nieuw", ignored={"k": "reden"}))
        assert new_id == 3 and book.get(3).prev_hash == old.chain_hash
        assert book.verify().ok
    conn = raw(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    with pytest.raises(sqlite3.DatabaseError, match="aangevuld"):
        conn.execute("DELETE FROM entries")
    conn.close()


def make_v2_database(path):
    """A logbook as written before readings were kept: web addresses and ignored
    findings, no reading column."""
    make_v1_database(path)
    conn = raw(path)
    conn.execute("ALTER TABLE entries ADD COLUMN url TEXT")
    conn.execute("ALTER TABLE entries ADD COLUMN ignored TEXT NOT NULL DEFAULT '{}'")
    conn.execute("PRAGMA user_version = 2")
    prev = conn.execute("SELECT chain_hash FROM entries WHERE id = 2").fetchone()[0]
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM entries WHERE id = 2").fetchone())
    row.update(id=3, text="met adres", content_hash=content_hash("met adres"), prev_hash=prev,
               url="https://example.org/oud", ignored='{"k": "reden"}')
    row["chain_hash"] = chain_hash(row)
    conn.execute(f"INSERT INTO entries ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                 tuple(row.values()))
    conn.close()


def test_a_version_2_logbook_without_readings_still_loads_and_verifies(path):
    make_v2_database(path)
    with Logbook(path) as book:
        old = book.get(3)
        assert (old.url, old.ignored, old.reading) == ("https://example.org/oud",
                                                       {"k": "reden"}, None)
        assert [e.reading for e in book.entries()] == [None, None, None]
        assert book.verify().ok
        assert book.add(record(weighed=reading())) == 4
        assert book.get(4).reading == reading() and book.get(4).prev_hash == old.chain_hash
        assert book.verify().ok
    conn = raw(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.close()


def test_a_logbook_from_a_newer_version_is_left_alone(path):
    with Logbook(path):
        pass
    conn = raw(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LogbookError, match="nieuwere versie"):
        Logbook(path)
    assert path.read_bytes() == before


def test_another_sqlite_file_is_not_taken_over(path):
    path.parent.mkdir(parents=True)
    conn = raw(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LogbookError, match="geen logboek"):
        Logbook(path)
    assert path.read_bytes() == before


# --- several writers --------------------------------------------------------------

def _write_many(path, label, count):
    with Logbook(path, timeout=30) as book:
        for n in range(count):
            book.add(record(text=f"{label} {n}"))


def test_two_threads_writing_at_once_lose_nothing(path):
    # No file yet: both threads also race to create and set up the logbook.
    errors: list[BaseException] = []

    def writer(label):
        try:
            _write_many(path, label, 50)
        except BaseException as exc:  # shown in the assertion below, not lost in the thread
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(label,)) for label in ("links", "rechts")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, [f"{type(e).__name__}: {e}" for e in errors]
    with Logbook(path) as book:
        entries = book.entries()
        assert [e.id for e in entries] == list(range(1, 101))
        assert {e.text for e in entries} == {f"{s} {n}" for s in ("links", "rechts")
                                            for n in range(50)}
        assert book.verify().ok


def test_two_processes_writing_at_once_lose_nothing(path):
    Logbook(path).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_write_many, args=(path, label, 50)) for label in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    with Logbook(path) as book:
        assert len(book.entries()) == 100
        assert book.verify().ok


# --- damaged, locked and unwritable files ----------------------------------------------

def test_a_corrupt_file_gives_a_clear_message_and_stays_untouched(path):
    path.parent.mkdir(parents=True)
    garbage = os.urandom(8192)
    path.write_bytes(garbage)
    with pytest.raises(LogbookError) as caught:
        Logbook(path)
    assert "beschadigd" in str(caught.value) and str(path) in str(caught.value)
    assert path.read_bytes() == garbage


def test_a_locked_logbook_gives_a_clear_message_and_keeps_its_entries(path):
    with Logbook(path) as book:
        book.add(record(text="bewaard"))
    holder = raw(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with Logbook(path, timeout=0.2) as book:
            with pytest.raises(LogbookError) as caught:
                book.add(record(text="wacht"))
            assert "bezet" in str(caught.value) and str(path) in str(caught.value)
            assert [e.text for e in book.entries()] == ["bewaard"]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Logbook(path) as book:
        book.add(record(text="daarna"))
        assert [e.text for e in book.entries()] == ["bewaard", "daarna"]
        assert book.verify().ok


def test_a_logbook_another_program_keeps_to_itself_cannot_be_opened_yet(path):
    with Logbook(path) as book:
        book.add(record(text="bewaard"))
    holder = raw(path)
    # Exclusive locking mode keeps out readers too, even in WAL mode.
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LogbookError, match="bezet"):
            Logbook(path, timeout=0.2)
    finally:
        holder.close()
    with Logbook(path) as book:
        assert [e.text for e in book.entries()] == ["bewaard"]


def test_a_location_that_cannot_hold_a_folder_is_reported(tmp_path):
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    with pytest.raises(LogbookError, match="kan niet worden aangemaakt"):
        Logbook(blocker / "logboek.sqlite3")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_folder_is_reported(tmp_path):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(LogbookError, match="kan niet worden aangemaakt"):
            Logbook(folder / "logboek.sqlite3")
    finally:
        folder.chmod(0o700)


def test_files_are_private_to_the_user(path):
    with Logbook(path) as book:
        book.add(record())
        wal = Path(f"{path}-wal")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_the_default_location_is_the_users_data_dir(isolated_dirs):
    with Logbook() as book:
        book.add(record())
    assert default_path() == isolated_dirs["data"] / "glazenhuis" / "logboek.sqlite3"
    assert default_path().exists()
    assert stat.S_IMODE(default_path().parent.stat().st_mode) == 0o700


# --- CSV export ---------------------------------------------------------------------

def test_csv_reads_back_to_the_same_values(book, tmp_path):
    tricky = 'Regel 1; met "quotes", komma\nRegel 2 🇳🇱 👩‍💻\r\n=SOM(A1)'
    book.add(record(text=tricky, url="https://example.org/a;b", weighed=reading()))
    book.add(record(text="tweede"))
    target = tmp_path / "export" / "logboek.csv"
    book.export_csv(book.entries(), target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert [r["tekst"] for r in rows] == [tricky, "tweede"]
    first = book.get(1)
    assert rows[0]["nummer"] == "1"
    assert rows[0]["webadres"] == "https://example.org/a;b"
    assert rows[0]["naam"] == IDENTITY.name
    assert rows[0]["inhoudshash"] == first.content_hash
    assert rows[0]["ketenhash"] == first.chain_hash
    assert datetime.fromisoformat(rows[0]["gepubliceerd op"]) == first.published_at
    assert rows[0]["afweging"] == first.reading.summary()
    assert rows[0]["afweging"].startswith("middel — ")
    assert rows[1]["afweging"] == ""


def test_csv_export_of_a_selection(book, tmp_path):
    for n in range(3):
        book.add(record(text=f"bericht {n}"))
    target = tmp_path / "selectie.csv"
    book.export_csv([book.get(2)], target)
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert [r["tekst"] for r in rows] == ["bericht 1"]


def test_csv_export_to_an_impossible_place_says_so(book, tmp_path):
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(LogbookError, match="kan niet worden geschreven"):
        book.export_csv(book.entries(), blocker / "export.csv")
