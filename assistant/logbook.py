"""The logbook of what was published (stelregel 4: "leg vast wat je online hebt
gepubliceerd"), kept in a SQLite file on the author's own machine.

Entries are append-only: there is no API to change or remove one, and triggers
in the database refuse UPDATE and DELETE. Each entry also stores a chain hash
over its own fields and the previous entry's chain hash, so ``verify()`` can
show afterwards that nothing was changed or removed by other means. The chain's
head (the last number and its chain hash) is also kept in a small file beside
the database, so removing the last entries, emptying the log, rewriting the last
entry or deleting the whole file is caught too. Neither can stop someone from
rewriting both; the head hash that ``verify()`` reports is what an author can
note elsewhere to rule that out.

Every failure reaches the caller as a LogbookError with a Dutch message; an
existing file that cannot be opened is never recreated or overwritten.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import sqlite3
import time as clock
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from platformdirs import user_data_dir

from assistant.drafts import finding_keys
from assistant.findings import Finding
from assistant.i18n import _
from assistant.platforms import PLATFORMS
from assistant.profiles import PROFILES
from assistant.published import PublishRecord
from assistant.settings import Identity
from assistant.storage import atomic_write_bytes, atomic_write_text
from assistant.textfiles import os_reason
from assistant.urls import url_problem
from assistant.weighing import Reading

FILE_NAME = "logboek.sqlite3"
GENESIS = "0" * 64
# Long enough to wait out another window's insert, short enough not to hang.
DEFAULT_TIMEOUT = 5.0

# One tuple of statements per schema version; a shipped version is never edited,
# a change is a new version. Statements run one by one inside one transaction.
_APPEND_ONLY = "het logboek kan alleen worden aangevuld"
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
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
        f"""CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
            BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}'); END""",
        f"""CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
            BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}'); END""",
    ),
    (
        "ALTER TABLE entries ADD COLUMN url TEXT",
        "ALTER TABLE entries ADD COLUMN ignored TEXT NOT NULL DEFAULT '{}'",
    ),
    (
        # The reading of stelregel 2 at publication (assistant.weighing), as JSON.
        "ALTER TABLE entries ADD COLUMN reading TEXT",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

# Columns every version hashes, and columns added later that enter the hash only
# when they hold something, so entries written before they existed still verify.
_HASHED = ("id", "recorded_at", "published_at", "platform", "profile", "identity_name",
           "identity_function", "identity_department", "text", "findings", "checklist",
           "content_hash", "prev_hash")
_HASHED_IF_SET = {"url": None, "ignored": "{}", "reading": None}


class LogbookError(Exception):
    """The logbook cannot do what was asked; the message is for the user."""


class LogbookMissing(LogbookError):
    """There is no logbook file. ``recorded``: how many entries it had before, by
    the head kept beside it; 0 if it never had any, None if that head is damaged."""

    def __init__(self, path: Path, recorded: int | None):
        self.path, self.recorded = path, recorded
        if recorded == 0:
            message = _("Er is geen logboek in {path}: er is nog niets vastgelegd.")
        elif recorded is None:
            message = _("Het logboek {path} ontbreekt, terwijl er eerder vermeldingen in "
                        "stonden: het is verwijderd of verplaatst.")
        else:
            message = _("Het logboek {path} ontbreekt, terwijl er eerder {count} vermeldingen in "
                        "stonden: het is verwijderd of verplaatst.")
        super().__init__(message.format(path=path, count=recorded))


def default_path() -> Path:
    return Path(user_data_dir("glazenhuis", appauthor=False)) / FILE_NAME


def head_path(path: Path) -> Path:
    """The file beside the logbook that keeps the chain's head."""
    return path.with_name(path.name + ".head")


@dataclass(frozen=True)
class ChainHead:
    """The last entry's number and chain hash, as last seen intact."""

    last: int
    hash: str


def read_head(path: Path) -> ChainHead | None:
    """The head kept beside the logbook at ``path``; None if none was kept.
    Raises LogbookError if the file is there but not as this app wrote it."""
    file = head_path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        head = ChainHead(data["last"], data["hash"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        head = None
    if (head is None or not isinstance(head.last, int) or head.last < 0
            or not isinstance(head.hash, str)):
        raise LogbookError(_("Het bestand {file} met de laatste stand van het logboek is "
                             "beschadigd of gewijzigd.").format(file=file))
    return head


def record_head(path: Path, head: ChainHead) -> None:
    """Keep ``head`` beside the logbook, unless a later one is kept already."""
    try:
        kept = read_head(path)
    except LogbookError:
        return  # damaged: left as it is for verify() to report
    if kept is not None and kept.last >= head.last:
        return
    try:
        atomic_write_text(head_path(path), json.dumps({"last": head.last, "hash": head.hash}),
                          mode=0o600)
    except OSError:
        pass  # the entry is stored; verify() can only check less far back


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def chain_hash(row: Mapping[str, object]) -> str:
    """SHA-256 over a canonical JSON form of the stored columns of one entry,
    which include the previous entry's chain hash (``prev_hash``)."""
    data = {name: row[name] for name in _HASHED}
    for name, empty in _HASHED_IF_SET.items():
        if row.get(name, empty) != empty:
            data[name] = row[name]
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def profile_label(profile_id: str) -> str:
    profile = PROFILES.get(profile_id)
    return profile.label if profile else profile_id


def platform_label(platform_id: str) -> str:
    platform = PLATFORMS.get(platform_id)
    return platform.label if platform else platform_id


@dataclass(frozen=True)
class LogEntry:
    """One stored entry, read back."""

    id: int
    text: str
    profile: str
    platform: str
    identity: Identity
    findings: tuple[Finding, ...]
    ignored: dict[str, str]
    checklist: dict[str, str]
    published_at: datetime
    recorded_at: datetime
    url: str | None
    content_hash: str
    prev_hash: str
    chain_hash: str
    # None for entries recorded before readings were kept, or without one.
    reading: Reading | None = None

    @property
    def profile_label(self) -> str:
        return profile_label(self.profile)

    @property
    def platform_label(self) -> str:
        return platform_label(self.platform)

    def handled_findings(self) -> list[tuple[Finding, str | None]]:
        """Each finding with the reason it was ignored, or None if it was not."""
        keys = finding_keys(self.text, list(self.findings))
        return [(f, self.ignored.get(k)) for k, f in zip(keys, self.findings)]


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    # The first entry that was changed, or the first id that is missing.
    first_bad: int | None = None
    removed: bool = False
    # Chain hash of the last entry: note it elsewhere to anchor the chain.
    head: str = GENESIS
    # The last of several entries removed at the end.
    last_removed: int | None = None
    # What else is wrong (the kept head is damaged), in Dutch.
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.first_bad is None and not self.problem

    @property
    def message(self) -> str:
        if self.problem:
            return self.problem
        if self.ok:
            return _("Het logboek is intact: {count} vermeldingen gecontroleerd, "
                     "geen enkele is gewijzigd of verwijderd.").format(count=self.checked)
        if self.removed and self.last_removed and self.last_removed > self.first_bad:
            return _("Vermeldingen {first} tot en met {last} zijn uit het logboek "
                     "verwijderd.").format(first=self.first_bad, last=self.last_removed)
        if self.removed:
            return _("Vermelding {id} is uit het logboek verwijderd.").format(id=self.first_bad)
        return _("Vermelding {id} is na het vastleggen gewijzigd.").format(id=self.first_bad)


def _aware(moment: datetime) -> datetime:
    # A naive time is the author's local time.
    return moment if moment.tzinfo else moment.astimezone()


def _period(since: date | datetime | None,
            until: date | datetime | None) -> tuple[datetime | None, datetime | None]:
    """Inclusive lower and exclusive upper bound; a date covers its whole day."""
    def start_of(day: date) -> datetime:
        return datetime.combine(day, time.min).astimezone()

    low = high = None
    if since is not None:
        low = _aware(since) if isinstance(since, datetime) else start_of(since)
    if until is not None:
        high = (_aware(until) + timedelta(microseconds=1) if isinstance(until, datetime)
                else start_of(until + timedelta(days=1)))
    return low, high


class Logbook:
    """The logbook file. One instance per window or process; SQLite's own
    locking (WAL, busy timeout) lets several write to the same file."""

    def __init__(self, path: Path | str | None = None, timeout: float = DEFAULT_TIMEOUT,
                 create: bool = True):
        """``create=False`` is for reading: a missing file raises LogbookMissing
        and nothing is made."""
        self.path = Path(path) if path is not None else default_path()
        if not create and not self.path.exists():
            try:
                head = read_head(self.path)
            except LogbookError:
                raise LogbookMissing(self.path, None) from None
            raise LogbookMissing(self.path, head.last if head else 0)
        self._conn = self._open(timeout, private_dir=path is None)

    # --- opening ---------------------------------------------------------------

    def _open(self, timeout: float, private_dir: bool) -> sqlite3.Connection:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            if private_dir:
                os.chmod(folder, 0o700)
        except OSError as exc:
            raise LogbookError(_("De map {folder} voor het logboek kan niet worden aangemaakt: "
                                 "{reason}.").format(folder=folder,
                                                     reason=os_reason(exc))) from None
        self._create_private_file()
        # mode=rw: SQLite must never create a file of its own (see _create_private_file).
        uri = self.path.resolve().as_uri() + "?mode=rw"
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        deadline = clock.monotonic() + timeout
        try:
            while True:
                try:
                    self._set_up(conn)
                    return conn
                except sqlite3.Error as exc:
                    # Two writers setting up one new file: switching it to WAL can
                    # be refused at once, without SQLite's busy wait. Try again.
                    busy = ((getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF) in (
                        sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
                    if not busy or clock.monotonic() >= deadline:
                        raise self._error(exc) from None
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    clock.sleep(0.05)
        except BaseException:
            conn.close()
            raise

    def _set_up(self, conn: sqlite3.Connection) -> None:
        # Check the file is ours before changing anything in it (even switching
        # the journal mode rewrites its header).
        self._schema_version(conn)
        conn.execute("PRAGMA journal_mode=WAL")
        # An entry is on disk when add() returns, even after a power cut.
        conn.execute("PRAGMA synchronous=FULL")
        self._migrate(conn)

    def _create_private_file(self) -> None:
        """Create the file readable for the user only; SQLite gives its -wal and
        -shm files the same permissions."""
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            if self.path.is_dir():
                raise LogbookError(_("{path} is een map, geen logboek.").format(
                    path=self.path)) from None
            try:
                if self.path.stat().st_mode & 0o077:
                    os.chmod(self.path, 0o600)
            except OSError:
                pass  # not ours to change; opening will say whether it is usable
            return
        except OSError as exc:
            raise LogbookError(_("Het logboek kan niet worden aangemaakt in {folder}: "
                                 "{reason}.").format(folder=self.path.parent,
                                                     reason=os_reason(exc))) from None
        os.close(fd)

    def _migrate(self, conn: sqlite3.Connection) -> None:
        if self._schema_version(conn) == SCHEMA_VERSION:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the lock.
            version = self._schema_version(conn, locked=True)
            for statements in MIGRATIONS[version:]:
                for statement in statements:
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back by itself
                conn.execute("ROLLBACK")
            raise

    def _schema_version(self, conn: sqlite3.Connection, locked: bool = False) -> int:
        """The file's schema version; refuses files of a newer version or not ours."""
        if not locked and self._looks_foreign(conn):
            # Another writer may be setting up this same new file right now: look
            # again under the write lock, which waits until it has finished.
            conn.execute("BEGIN IMMEDIATE")
            try:
                return self._schema_version(conn, locked=True)
            finally:
                conn.execute("COMMIT")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise LogbookError(_("Het logboek in {path} is gemaakt met een nieuwere versie van "
                                 "Glazen Huis. Werk Glazen Huis bij om het te openen; het "
                                 "bestand is niet gewijzigd.").format(path=self.path))
        if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise LogbookError(_("{path} is geen logboek van Glazen Huis. Het bestand is niet "
                                 "gewijzigd.").format(path=self.path))
        return version

    @staticmethod
    def _looks_foreign(conn: sqlite3.Connection) -> bool:
        """Tables but no schema version: a stranger's file, or ours half set up."""
        return (conn.execute("PRAGMA user_version").fetchone()[0] == 0
                and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0)

    # --- errors ----------------------------------------------------------------

    @contextmanager
    def _translated_errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def _error(self, exc: sqlite3.Error) -> LogbookError:
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            message = _("Het logboek is bezet: een ander venster of programma gebruikt het nu. "
                        "Probeer het over een moment opnieuw. Het logboek staat in {path}.")
        elif code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            message = _("Het logboek in {path} is beschadigd en kan niet worden gelezen. Het "
                        "bestand is niet gewijzigd: bewaar het en vraag je ICT-afdeling om "
                        "hulp bij het herstellen.")
        elif code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM,
                      sqlite3.SQLITE_AUTH):
            message = _("Het logboek in {path} kan niet worden geopend of beschreven. Controleer "
                        "of je er schrijfrechten op hebt.")
        elif code == sqlite3.SQLITE_FULL:
            message = _("De schijf is vol: het logboek in {path} kan niet worden aangevuld.")
        elif code == sqlite3.SQLITE_CONSTRAINT and _APPEND_ONLY in str(exc):
            message = _("Vermeldingen in het logboek kunnen niet worden gewijzigd of verwijderd.")
        else:
            message = _("Het logboek in {path} kan niet worden gebruikt: {reason}.")
        return LogbookError(message.format(path=self.path, reason=exc))

    # --- writing ---------------------------------------------------------------

    def add(self, record: PublishRecord) -> int:
        """Store ``record`` as the next entry; returns its number."""
        if not record.text.strip():
            raise LogbookError(_("Een lege tekst kan niet in het logboek worden vastgelegd."))
        problem = url_problem(record.url)
        if problem:
            raise LogbookError(problem)
        if record.profile not in PROFILES:
            raise LogbookError(_("Onbekend profiel: {value}.").format(value=record.profile))
        if record.platform not in PLATFORMS:
            raise LogbookError(_("Onbekend platform: {value}.").format(value=record.platform))
        row = {
            "recorded_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "published_at": _aware(record.published_at).isoformat(timespec="seconds"),
            "platform": record.platform,
            "profile": record.profile,
            "identity_name": record.identity.name,
            "identity_function": record.identity.function,
            "identity_department": record.identity.department,
            "text": record.text,
            "findings": json.dumps([f.to_dict() for f in record.findings], ensure_ascii=False,
                                   sort_keys=True),
            "checklist": json.dumps(record.checklist, ensure_ascii=False),
            "content_hash": content_hash(record.text),
            "url": record.url or None,
            "ignored": json.dumps(record.ignored, ensure_ascii=False, sort_keys=True),
            "reading": (json.dumps(record.reading.to_dict(), ensure_ascii=False, sort_keys=True)
                        if record.reading is not None else None),
        }
        with self._translated_errors():
            # IMMEDIATE takes the write lock before reading the chain's head, so
            # two writers can never both append to the same previous entry.
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                head = self._conn.execute(
                    "SELECT id, chain_hash FROM entries ORDER BY id DESC LIMIT 1").fetchone()
                row["id"] = self._last_issued_id() + 1
                row["prev_hash"] = head[1] if head else GENESIS
                row["chain_hash"] = chain_hash(row)
                columns = ", ".join(row)
                marks = ", ".join(f":{name}" for name in row)
                self._conn.execute(f"INSERT INTO entries ({columns}) VALUES ({marks})", row)
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
        # After the commit: a head kept ahead of the database would look like a removal.
        record_head(self.path, ChainHead(row["id"], row["chain_hash"]))
        return row["id"]

    def _last_issued_id(self) -> int:
        """The highest id ever handed out, also if that entry was removed since."""
        seq = self._conn.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'entries'").fetchone()
        last = self._conn.execute("SELECT max(id) FROM entries").fetchone()[0]
        return max(seq[0] if seq else 0, last or 0)

    # --- reading ---------------------------------------------------------------

    def _rows(self, where: str = "", params: tuple = ()) -> list[dict]:
        with self._translated_errors():
            cursor = self._conn.execute(f"SELECT * FROM entries {where} ORDER BY id", params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, values)) for values in cursor.fetchall()]

    def entries(self, search: str | None = None, platform: str | None = None,
                profile: str | None = None, since: date | datetime | None = None,
                until: date | datetime | None = None) -> list[LogEntry]:
        """Entries in the order they were recorded. ``search`` looks in the text
        and the URL, ignoring case; ``since`` and ``until`` bound the publication
        time and include a whole day when given as dates."""
        low, high = _period(since, until)
        needle = search.casefold() if search else ""

        def keep(entry: LogEntry) -> bool:
            return ((not platform or entry.platform == platform)
                    and (not profile or entry.profile == profile)
                    and (low is None or entry.published_at >= low)
                    and (high is None or entry.published_at < high)
                    and (needle in entry.text.casefold()
                         or needle in (entry.url or "").casefold()))

        return [entry for entry in map(self._entry, self._rows()) if keep(entry)]

    def get(self, entry_id: int) -> LogEntry:
        rows = self._rows("WHERE id = ?", (entry_id,))
        if not rows:
            raise LogbookError(_("Het logboek heeft geen vermelding {id}.").format(id=entry_id))
        return self._entry(rows[0])

    def _entry(self, row: dict) -> LogEntry:
        try:
            if not _well_formed(row):
                raise TypeError(_("een veld heeft niet de vorm die het logboek schrijft"))
            return LogEntry(
                id=row["id"], text=row["text"], profile=row["profile"],
                platform=row["platform"],
                identity=Identity(row["identity_name"], row["identity_function"],
                                  row["identity_department"]),
                findings=tuple(Finding.from_dict(f) for f in json.loads(row["findings"])),
                ignored=json.loads(row["ignored"]), checklist=json.loads(row["checklist"]),
                published_at=datetime.fromisoformat(row["published_at"]),
                recorded_at=datetime.fromisoformat(row["recorded_at"]),
                url=row["url"], content_hash=row["content_hash"], prev_hash=row["prev_hash"],
                chain_hash=row["chain_hash"],
                reading=(Reading.from_dict(json.loads(row["reading"]))
                         if row.get("reading") is not None else None))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise LogbookError(_("Vermelding {id} in het logboek is beschadigd ({reason}). Voer "
                                 "'glazenhuis logboek verify' uit.").format(
                                     id=row.get("id"), reason=exc)) from None

    # --- checking --------------------------------------------------------------

    def verify(self) -> VerifyResult:
        """Recompute the chain and report the first entry changed or removed,
        comparing its end with the head kept beside the database."""
        # The kept head first: an entry added after this is in the snapshot below too.
        try:
            kept = read_head(self.path)
        except LogbookError as exc:
            return VerifyResult(0, problem=str(exc))
        with self._translated_errors():
            # One read transaction: entries added meanwhile are all in it or all not.
            self._conn.execute("BEGIN")
            try:
                rows = self._rows()
                last_issued = self._last_issued_id()
            finally:
                self._conn.execute("COMMIT")
        result = self._verify_chain(rows, last_issued, kept)
        if result.ok and rows:
            record_head(self.path, ChainHead(rows[-1]["id"], result.head))
        return result

    def _verify_chain(self, rows: list[dict], last_issued: int,
                      kept: ChainHead | None) -> VerifyResult:
        expected_prev, expected_id = GENESIS, 1
        for count, row in enumerate(rows):
            if row["id"] != expected_id:
                return VerifyResult(count, expected_id, removed=True, head=expected_prev)
            if row["prev_hash"] != expected_prev:
                # This entry's own record of its predecessor no longer matches:
                # the predecessor was changed (and rehashed), or this entry was.
                bad = row["id"] - 1 if self._consistent(row) else row["id"]
                return VerifyResult(count, bad, head=expected_prev)
            if not self._consistent(row):
                return VerifyResult(count, row["id"], head=expected_prev)
            if kept is not None and row["id"] == kept.last and row["chain_hash"] != kept.hash:
                # Rewritten with fresh hashes, and nothing after it to show that.
                return VerifyResult(count, row["id"], head=expected_prev)
            expected_prev, expected_id = row["chain_hash"], row["id"] + 1
        last_known = max(last_issued, kept.last if kept else 0)
        if last_known >= expected_id:
            return VerifyResult(len(rows), expected_id, removed=True, head=expected_prev,
                                last_removed=last_known)
        return VerifyResult(len(rows), head=expected_prev)

    @staticmethod
    def _consistent(row: dict) -> bool:
        return (_well_formed(row) and row["content_hash"] == content_hash(row["text"])
                and row["chain_hash"] == chain_hash(row))

    # --- export ----------------------------------------------------------------

    def export_csv(self, entries: Iterable[LogEntry], path: Path | str) -> None:
        export_csv(entries, path)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Logbook":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _well_formed(row: Mapping[str, object]) -> bool:
    """Every column holds text where the logbook writes text (a BLOB put in by
    hand does not), and the URL and the reading are text or empty."""
    return (all(isinstance(row.get(name), str) for name in _HASHED if name != "id")
            and isinstance(row.get("ignored", "{}"), str)
            and isinstance(row.get("url"), (str, type(None)))
            and isinstance(row.get("reading"), (str, type(None)))
            and isinstance(row.get("chain_hash"), str))


def csv_header() -> list[str]:
    return [_("nummer"), _("gepubliceerd op"), _("platform"), _("profiel"), _("webadres"),
            _("naam"), _("functie"), _("afdeling"), _("tekst"), _("bevindingen"),
            _("checklist"), _("afweging"), _("inhoudshash"), _("ketenhash")]


def describe_finding(finding: Finding, ignored_reason: str | None) -> str:
    """One line: the finding and, if the author ignored it, the reason given."""
    line = f"[{finding.severity.label}] {finding.message}"
    if ignored_reason is None:
        return line
    if not ignored_reason:
        return line + " — " + _("genegeerd (geen reden opgegeven)")
    return line + " — " + _("genegeerd: {reason}").format(reason=ignored_reason)


def answer_label(answer: str) -> str:
    """A checklist answer as a reader sees it ("ja", "nee" or free text)."""
    return {"ja": _("ja"), "nee": _("nee"), "": _("niet beantwoord")}.get(answer, answer)


def format_moment(moment: datetime) -> str:
    """Day-month-year and time as a Dutch reader expects, with the UTC offset so
    the moment is unambiguous."""
    offset = moment.strftime("%z")
    return f"{moment:%d-%m-%Y %H:%M} (UTC{offset[:3]}:{offset[3:]})"


def csv_row(entry: LogEntry) -> list[str]:
    findings = [describe_finding(f, reason) for f, reason in entry.handled_findings()]
    return [str(entry.id), entry.published_at.isoformat(), entry.platform_label,
            entry.profile_label, entry.url or "", entry.identity.name, entry.identity.function,
            entry.identity.department, entry.text, "\n".join(findings),
            "\n".join(f"{q}: {answer_label(a)}" for q, a in entry.checklist.items()),
            entry.reading.summary() if entry.reading else "", entry.content_hash,
            entry.chain_hash]


def export_csv(entries: Iterable[LogEntry], path: Path | str) -> None:
    """Write ``entries`` as CSV for a spreadsheet.

    Dutch Excel reads a semicolon as the column separator and needs the UTF-8
    byte order mark to read accents and emoji; fields keep their exact text,
    newlines and quotes included (quoted per RFC 4180). A text that starts with
    "=" or "@" is not escaped against spreadsheet formulas: the export is a
    record of what was published and must read back to exactly that.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(csv_header())
    writer.writerows(csv_row(entry) for entry in entries)
    try:
        atomic_write_bytes(path, buffer.getvalue().encode("utf-8-sig"))
    except OSError as exc:
        raise LogbookError(_("Het bestand {path} kan niet worden geschreven: {reason}.").format(
            path=path, reason=os_reason(exc))) from None
