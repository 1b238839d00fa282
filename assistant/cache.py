"""Data the program makes from its own files, kept between runs in the user
cache folder: reading the rule files and their patterns again costs a short
check more than the check itself.

An entry is keyed by the files it was made from and the code that reads them
(their sizes and modification times; a file changed moments ago by its
contents), so a changed rule file or a new version of the program makes a new
entry. A cache that is missing, unreadable, broken or made from other
files is ignored and written again; a cache that cannot be written is left out.
It lives in the user's own cache folder, where only the user's programs write.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import threading
import time
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from typing import TypeVar

from assistant import __version__
from assistant.storage import atomic_write_bytes

T = TypeVar("T")


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("glazenhuis", appauthor=False))


# A file changed less than this long ago is read whole: a file system keeps its
# times at a granularity (a few milliseconds, or seconds on some), so two writes
# within it can leave size and time alike (git calls such a file "racily clean").
RACY_NS = 3_000_000_000


def checksum(paths: Iterable[Path]) -> str:
    """Of the files, the program's version and the Python running it. A file is
    known by its size and modification time, as a build tool knows its inputs:
    reading and hashing the rules and the reading model each run cost a short
    check more time than checking it. A file changed in the last few seconds
    is read whole, so a quick edit is never missed. An installed bundle
    (PyInstaller) has no source files to read: its executable's size and date
    stand for its code."""
    digest = hashlib.sha256(f"{__version__} {sys.version}".encode())
    if getattr(sys, "frozen", False):
        info = os.stat(sys.executable)
        digest.update(f"\0{info.st_size}\0{info.st_mtime_ns}".encode())
    now = time.time_ns()
    for path in paths:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            if not getattr(sys, "frozen", False):
                raise
            digest.update(f"\0{path.name}\0missing".encode())
            continue
        if abs(now - info.st_mtime_ns) > RACY_NS:
            digest.update(f"\0{path}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ino}".encode())
            continue
        data = path.read_bytes()
        digest.update(f"\0{path}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def cached(name: str, sources: Iterable[Path], build: Callable[[], T]) -> T:
    """``build()``, or what it gave before for the same source files."""
    key = checksum(sources)
    path = cache_dir() / f"{name}.pickle"
    try:
        stored_key, value = pickle.loads(path.read_bytes())
        if stored_key == key:
            return value
    except Exception:  # noqa: BLE001 - missing, broken or from another version: build anew
        pass
    value = build()
    try:
        atomic_write_bytes(path, pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass  # a read-only or full disk: the next run builds again
    return value


class Memo:
    """Values worked out one key at a time (a list of patterns, say) and kept
    between runs under ``name``: read when first asked for, written again with
    each new value. Values worked out from other ``sources`` (or another
    ``salt``: what else they depend on, in a few words) are dropped, and so is
    the whole memo once it holds ``limit`` values (most belong to drafts long
    gone). A value must never change a result, only how fast it comes: a memo
    that cannot be read or written is simply empty."""

    def __init__(self, name: str, sources: Iterable[Path], limit: int = 4096, salt: str = ""):
        self._name, self._sources, self._limit = name, list(sources), limit
        self._salt = salt
        self._key: str | None = None
        # Written where it was read, even if the cache folder changed meanwhile.
        self._path = Path()
        self._values: dict[Hashable, object] | None = None
        # Values not written yet (see ``add``).
        self._new: dict[Hashable, object] = {}
        # Patterns are compiled by the window's checks and its background work alike.
        self._lock = threading.Lock()

    def _read(self) -> dict[Hashable, object]:
        try:
            stored_key, values = pickle.loads(self._path.read_bytes())
            if stored_key == self._key and isinstance(values, dict):
                return values
        except Exception:  # noqa: BLE001 - missing, broken or from another version
            pass
        return {}

    def _load(self) -> dict[Hashable, object]:
        if self._values is None:
            self._key = f"{checksum(self._sources)} {self._salt}"
            self._path = cache_dir() / f"{self._name}.pickle"
            self._values = self._read()
        return self._values

    def get(self, key: Hashable) -> object | None:
        with self._lock:
            return self._load().get(key)

    def put(self, key: Hashable, value: object) -> None:
        self.add(key, value)
        self.save()

    def add(self, key: Hashable, value: object) -> None:
        """Like ``put``, written with the next ``save``: for values that come many at a time."""
        with self._lock:
            self._load()[key] = self._new[key] = value

    @property
    def unsaved(self) -> int:
        return len(self._new)

    def save(self) -> None:
        """Write the values added since the last save, with what other processes
        wrote meanwhile (the file is replaced whole, so none reads half a file)."""
        with self._lock:
            if not self._new:
                return
            values = self._read()
            if len(values) + len(self._new) > self._limit:
                values = {}
            values.update(self._new)
            self._values, self._new = values, {}
            data = pickle.dumps((self._key, values), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            atomic_write_bytes(self._path, data)
        except OSError:
            pass  # a read-only or full disk: worked out again next time
