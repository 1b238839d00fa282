"""Data the program makes from its own files, kept between runs in the user
cache folder: reading the rule files and their patterns again costs a short
check more than the check itself.

An entry is keyed by a checksum of the files it was made from and of the code
that reads them, so a changed rule file or a new version of the program makes
a new entry. A cache that is missing, unreadable, broken or made from other
files is ignored and written again; a cache that cannot be written is left out.
It lives in the user's own cache folder, where only the user's programs write.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from assistant import __version__
from assistant.storage import atomic_write_bytes

T = TypeVar("T")


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("glazenhuis", appauthor=False))


def checksum(paths: Iterable[Path]) -> str:
    """Of the files' contents, the program's version and the Python running it.
    An installed bundle (PyInstaller) has no source files to read: its
    executable's size and date stand for its code."""
    digest = hashlib.sha256(f"{__version__} {sys.version}".encode())
    if getattr(sys, "frozen", False):
        info = os.stat(sys.executable)
        digest.update(f"\0{info.st_size}\0{info.st_mtime_ns}".encode())
    for path in paths:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            if not getattr(sys, "frozen", False):
                raise
            data = b"\0missing"
        digest.update(f"\0{path.name}\0{len(data)}\0".encode())
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
