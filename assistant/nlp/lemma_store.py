"""simplemma's Dutch dictionary, and what simplemma said of words before, as an
SQLite file in the user cache folder.

Loading the dictionary whole takes about a quarter of a second and importing
simplemma a few hundredths, both far longer than a check of a short draft. A
draft needs a few look-ups per word, which the file answers in microseconds;
and a word seen in an earlier run is answered from the file without simplemma.
The file is made once (about a second) from simplemma's own data, for the
installed simplemma, and made again when that changes or the file is broken.
simplemma's lemmatizer runs unchanged on top of it, so the lemmas are the same
as with the dictionary in memory.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import os
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

from assistant.cache import cache_dir

LANGUAGE = "nl"
# Bumped when the file's tables change, so an older file is made again.
_FORMAT = "2"
# Words simplemma answered in this run are written to the file in batches.
_BATCH = 500


def _simplemma_key() -> str:
    """Which simplemma and which data: its version file (where there is one; an
    installed bundle has none) and the data file's size and date, read without
    importing simplemma. Raises OSError when simplemma's files are not found."""
    spec = importlib.util.find_spec("simplemma")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("simplemma")
    package = Path(spec.origin).parent
    info = (package / "strategies" / "dictionaries" / "data" / f"{LANGUAGE}.plzma").stat()
    version = package / "__metadata__.py"
    digest = hashlib.sha256(version.read_bytes() if version.is_file() else b"")
    digest.update(f"{info.st_size} {info.st_mtime_ns} {_FORMAT}".encode())
    return digest.hexdigest()[:16]


def store_path() -> Path:
    """The SQLite file for the installed simplemma, made if it is missing or broken."""
    path = cache_dir() / f"lemmas-{LANGUAGE}-{_simplemma_key()}.sqlite"
    if not _usable(path):
        _build(path)
    return path


def _read_only(path: Path, **options) -> sqlite3.Connection:
    # A URI also where the path has spaces, '?' or a drive letter.
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, **options)


def _usable(path: Path) -> bool:
    try:
        with closing(_read_only(path)) as db:
            return db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone() == (
                _FORMAT,)
    except sqlite3.Error:
        return False


def _build(path: Path) -> None:
    """Write the file beside its place and move it there whole, so a reader
    never sees half of one and two processes building at once do no harm;
    files for another simplemma go."""
    from simplemma.strategies.dictionaries.dictionary_factory import (
        DefaultDictionaryFactory,
    )

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with sqlite3.connect(tmp) as db:
            # Readers never wait for a run that writes what it learned.
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("CREATE TABLE words (word TEXT PRIMARY KEY, lemma TEXT NOT NULL) "
                       "WITHOUT ROWID")
            # A factory of its own, so the dictionary is not kept in memory afterwards.
            db.executemany("INSERT INTO words VALUES (?, ?)",
                           DefaultDictionaryFactory().get_dictionary(LANGUAGE).items())
            db.execute("CREATE TABLE seen (kind TEXT, word TEXT, answer TEXT, "
                       "PRIMARY KEY (kind, word)) WITHOUT ROWID")
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            db.execute("INSERT INTO meta VALUES ('format', ?)", (_FORMAT,))
        db.close()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    for old in path.parent.glob(f"lemmas-{LANGUAGE}-*.sqlite*"):
        if not old.name.startswith(path.name):
            old.unlink(missing_ok=True)


def _stored_dictionary(path: Path):
    from simplemma.strategies.dictionaries.dictionary_factory import DecodedStrMapping

    class StoredDictionary(DecodedStrMapping):
        """simplemma's word -> lemma mapping, answered from the file."""

        def __init__(self):
            self._db = _read_only(path, check_same_thread=False)
            self._lock = threading.Lock()

        def _lookup(self, key: str) -> str | None:
            with self._lock:
                row = self._db.execute("SELECT lemma FROM words WHERE word = ?",
                                       (key,)).fetchone()
            return row[0] if row else None

        def __iter__(self):
            with self._lock:
                return iter([row[0] for row in self._db.execute("SELECT word FROM words")])

        def __len__(self) -> int:
            with self._lock:
                return self._db.execute("SELECT count(*) FROM words").fetchone()[0]

    return StoredDictionary()


def _factory(path: Path | None):
    """simplemma's dictionary factory: on the file, or (without one) its own, in memory."""
    from simplemma.strategies.dictionaries.dictionary_factory import (
        DEFAULT_DICTIONARY_FACTORY,
        DictionaryFactory,
    )

    if path is None:
        return DEFAULT_DICTIONARY_FACTORY

    class StoredDictionaryFactory(DictionaryFactory):
        def __init__(self):
            self._dictionary = None

        def get_dictionary(self, lang: str):
            if lang != LANGUAGE:
                raise ValueError(f"Unsupported language: {lang}")
            if self._dictionary is None:
                self._dictionary = _stored_dictionary(path)
            return self._dictionary

    return StoredDictionaryFactory()


class WordLemmas:
    """simplemma's default lemmatizer for single Dutch words, on the stored
    dictionary, and its dictionary look-up that tells whether a word is known.
    Answers given in earlier runs come from the file; simplemma is imported
    only for a word not seen before. Where the file cannot be made (a read-only
    cache folder), simplemma loads its dictionary whole instead. Safe to share
    between threads."""

    def __init__(self):
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._path: Path | None = None
        try:
            self._path = store_path()
            self._db = sqlite3.connect(self._path, check_same_thread=False, timeout=0.5)
        except (OSError, sqlite3.Error):
            self._db = self._path = None
        self._simplemma = None
        self._learned: list[tuple[str, str, str]] = []
        atexit.register(self.save)

    def lemma(self, word: str) -> str:
        """simplemma's lemma of the word."""
        return self._answer("lemma", word, lambda lemmatizer, lookup, normalize: (
            lemmatizer.lemmatize(word, LANGUAGE)))

    def is_known(self, word: str) -> bool:
        """Whether simplemma's dictionary knows the word (as ``simplemma.is_known``)."""
        return self._answer("known", word, lambda lemmatizer, lookup, normalize: (
            "1" if lookup.get_lemma(normalize(word), LANGUAGE) is not None else "")) == "1"

    def _answer(self, kind: str, word: str, ask) -> str:
        with self._lock:
            if self._db is not None:
                try:
                    row = self._db.execute("SELECT answer FROM seen WHERE kind = ? AND word = ?",
                                           (kind, word)).fetchone()
                    if row is not None:
                        return row[0]
                except sqlite3.Error:
                    pass
            answer = ask(*self._simplemma_parts())
            if self._db is not None:
                self._learned.append((kind, word, answer))
                if len(self._learned) >= _BATCH:
                    self.save()
            return answer

    def _simplemma_parts(self):
        if self._simplemma is None:
            from simplemma import Lemmatizer
            from simplemma.strategies import DefaultStrategy
            from simplemma.strategies.dictionary_lookup import DictionaryLookupStrategy
            from simplemma.utils import normalize_token

            factory = _factory(self._path)
            self._simplemma = (
                Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)),
                DictionaryLookupStrategy(factory), normalize_token)
        return self._simplemma

    def save(self) -> None:
        """Write the answers learned in this run to the file; when another run
        holds it, or it is gone, they are left out (they are only a cache)."""
        with self._lock:
            learned, self._learned = self._learned, []
            if not learned or self._db is None:
                return
            try:
                with self._db:
                    self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?, ?)", learned)
            except sqlite3.Error:
                pass
