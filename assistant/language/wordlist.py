"""The writer's own word list: words added with "Toevoegen aan woordenboek"."""

from __future__ import annotations

import threading
from pathlib import Path

from platformdirs import user_data_dir

from assistant.storage import atomic_write_text, file_lock

FILE_NAME = "woordenlijst.txt"


def default_path() -> Path:
    return Path(user_data_dir("glazenhuis", appauthor=False)) / FILE_NAME


class UserWordList:
    """One word a line in a UTF-8 text file; lines starting with # are comments.

    Several windows and processes share the file: an addition re-reads it under
    a lock and writes it whole (atomically), so a word another one added
    meanwhile is kept, not overwritten."""

    def __init__(self, path: Path | None = None):
        self.path = path or default_path()
        self._lock = threading.Lock()
        try:
            self._words = self._read()
        except OSError:
            self._words = []

    def _read(self) -> list[str]:
        """The words in the file; OSError if it is there but cannot be read."""
        try:
            # A stray byte must not cost the writer the rest of the list, nor the
            # byte-order mark Notepad puts before the first word.
            text = self.path.read_text(encoding="utf-8-sig", errors="replace")
        except FileNotFoundError:
            return []
        words = []
        for line in text.splitlines():
            word = line.strip()
            if word and not word.startswith("#") and word not in words:
                words.append(word)
        return words

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self._words)

    def add(self, word: str) -> bool:
        """Add a word; False if it was already there or is empty. Raises
        OSError when the list cannot be read or written (it is left as it was)."""
        word = word.strip()
        if not word:
            return False
        with self._lock, file_lock(self.path):
            words = self._read()
            added = word not in words
            if added:
                words.append(word)
                atomic_write_text(self.path, "".join(w + "\n" for w in words), mode=0o600)
            self._words = words
        return added
