"""The writer's own word list: words added with "Toevoegen aan woordenboek"."""

from __future__ import annotations

import threading
from pathlib import Path

from platformdirs import user_data_dir

from assistant.storage import atomic_write_text

FILE_NAME = "woordenlijst.txt"


def default_path() -> Path:
    return Path(user_data_dir("glazenhuis", appauthor=False)) / FILE_NAME


class UserWordList:
    """One word a line in a UTF-8 text file; lines starting with # are comments.
    The file is read once and rewritten whole (atomically) on every addition."""

    def __init__(self, path: Path | None = None):
        self.path = path or default_path()
        self._lock = threading.Lock()
        self._words = self._read()

    def _read(self) -> list[str]:
        try:
            # A stray byte must not cost the writer the rest of the list, nor the
            # byte-order mark Notepad puts before the first word.
            lines = self.path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
        except OSError:
            return []
        words = []
        for line in lines:
            word = line.strip()
            if word and not word.startswith("#") and word not in words:
                words.append(word)
        return words

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self._words)

    def add(self, word: str) -> bool:
        """Add a word; False if it was already there or is empty."""
        word = word.strip()
        with self._lock:
            if not word or word in self._words:
                return False
            self._words.append(word)
            atomic_write_text(self.path, "".join(w + "\n" for w in self._words))
        return True
