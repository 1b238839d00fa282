"""simplemma's Dutch dictionary as an SQLite file in the user cache folder.

Loading the dictionary whole takes about a quarter of a second, far longer
than a check of a short draft; a draft needs a few look-ups per word, which
the file answers in microseconds. The file is made once (about a second) from
simplemma's own data, for its version, and made again when that changes or
the file is broken. simplemma's lemmatizer runs unchanged on top of it, so
the lemmas are the same as with the dictionary in memory.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from simplemma import Lemmatizer
from simplemma.__metadata__ import __version__ as SIMPLEMMA_VERSION
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries.dictionary_factory import (
    DEFAULT_DICTIONARY_FACTORY,
    DecodedStrMapping,
    DefaultDictionaryFactory,
    DictionaryFactory,
)
from simplemma.strategies.dictionary_lookup import DictionaryLookupStrategy

from assistant.cache import cache_dir

LANGUAGE = "nl"


class StoredDictionary(DecodedStrMapping):
    """A read-only word -> lemma mapping answered from the SQLite file."""

    def __init__(self, path: Path):
        # The window looks words up from worker threads; callers serialise the look-ups.
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()

    def _lookup(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT lemma FROM words WHERE word = ?", (key,)).fetchone()
        return row[0] if row else None

    def __iter__(self) -> Iterator[str]:
        with self._lock:
            words = [row[0] for row in self._db.execute("SELECT word FROM words")]
        return iter(words)

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM words").fetchone()[0]


class StoredDictionaryFactory(DictionaryFactory):
    def __init__(self):
        self._dictionary: StoredDictionary | None = None

    def get_dictionary(self, lang: str) -> StoredDictionary:
        if lang != LANGUAGE:
            raise ValueError(f"Unsupported language: {lang}")
        if self._dictionary is None:
            self._dictionary = StoredDictionary(store_path())
        return self._dictionary


def store_path() -> Path:
    """The SQLite file for this version of simplemma, made if it is missing or broken."""
    path = cache_dir() / f"lemmas-{LANGUAGE}-simplemma-{SIMPLEMMA_VERSION}.sqlite"
    if not _usable(path):
        _build(path)
    return path


def _usable(path: Path) -> bool:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            return db.execute("SELECT value FROM meta WHERE key = 'complete'").fetchone() == (
                "1",)
    except sqlite3.Error:
        return False


def _build(path: Path) -> None:
    """Write the file beside its place and move it there whole, so a reader
    never sees half of one and two processes building at once do no harm."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with sqlite3.connect(tmp) as db:
            db.execute("CREATE TABLE words (word TEXT PRIMARY KEY, lemma TEXT NOT NULL) "
                       "WITHOUT ROWID")
            # A factory of its own, so the dictionary is not kept in memory afterwards.
            db.executemany("INSERT INTO words VALUES (?, ?)",
                           DefaultDictionaryFactory().get_dictionary(LANGUAGE).items())
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            db.execute("INSERT INTO meta VALUES ('complete', '1')")
        db.close()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def lemmatizer() -> tuple[Lemmatizer, DictionaryLookupStrategy]:
    """simplemma's default lemmatizer for Dutch on the stored dictionary, and the
    dictionary look-up that tells whether a word is known. Where the file cannot
    be made (a read-only cache folder), the dictionary is loaded whole instead."""
    try:
        store_path()
        factory: DictionaryFactory = StoredDictionaryFactory()
    except (OSError, sqlite3.Error):
        factory = DEFAULT_DICTIONARY_FACTORY
    return (Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)),
            DictionaryLookupStrategy(factory))
