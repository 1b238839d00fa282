"""Drafts on disk: reading them safely, the metadata kept beside them, autosave
and the list of recent files.

A draft stays a plain ``.txt``/``.md`` file that opens anywhere. What the app
knows about it (profile, platform, checklist answers, ignored findings) lives in
a sidecar ``<name>.glazenhuis.json`` next to it, never inside the text.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from platformdirs import user_data_dir

from assistant.findings import Finding
from assistant.i18n import _
from assistant.processes import pid_alive
from assistant.storage import atomic_write_text, file_lock, remove_stale_temp_files
from assistant.textfiles import TextFileError, read_text_file

SIDECAR_SUFFIX = ".glazenhuis.json"
# Drafts for online posts are small; anything this large is not one.
MAX_DRAFT_BYTES = 20 * 1024 * 1024
RECENT_LIMIT = 10


class DraftError(Exception):
    """A draft that cannot be read or written; the message is for the user."""


def data_dir() -> Path:
    return Path(user_data_dir("glazenhuis", appauthor=False))


def read_draft(path: Path | str) -> str:
    """The text of a draft, with line ends normalised to ``\\n``.

    Raises DraftError with a Dutch message for a missing, unreadable, binary,
    too large or non-UTF-8 file.
    """
    path = Path(path)
    try:
        text = read_text_file(path, MAX_DRAFT_BYTES)
    except TextFileError as exc:
        raise DraftError(_("“{name}” kan niet worden geopend. {reason}").format(
            name=path.name, reason=exc)) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def write_draft(path: Path | str, text: str) -> str:
    """Save a draft; returns the ``disk_stamp`` of what was written."""
    data = text.encode("utf-8")
    try:
        atomic_write_text(path, text)
    except OSError as exc:
        raise DraftError(_("“{name}” kan niet worden opgeslagen: {reason}.").format(
            name=Path(path).name, reason=exc.strerror or exc)) from None
    return _stamp(data)


def disk_stamp(path: Path | str) -> str | None:
    """A fingerprint of the file as it is on disk now, None if there is none.

    Taken when a draft is opened or saved, it tells a later save whether
    another window or program changed the file meanwhile. The content itself,
    not the modification time, which some file systems keep to the second."""
    try:
        return _stamp(Path(path).read_bytes())
    except OSError:
        return None


def _stamp(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- ignoring findings ---------------------------------------------------------

def finding_keys(text: str, findings: list[Finding]) -> list[str]:
    """A key per finding that survives edits elsewhere in the text.

    Raw offsets shift with every keystroke before a finding, so the key is the
    rule, the matched text and which occurrence of that pair it is.
    """
    seen: Counter[tuple[str, str]] = Counter()
    keys = []
    for finding in findings:
        pair = (finding.rule_id, text[finding.start:finding.end])
        keys.append(f"{pair[0]}|{pair[1]}|{seen[pair]}")
        seen[pair] += 1
    return keys


# --- the sidecar ---------------------------------------------------------------

@dataclass
class DraftMeta:
    profile: str = ""
    platform: str = ""
    # Checklist item id -> answer ("ja", "nee").
    checklist: dict[str, str] = field(default_factory=dict)
    # Finding key (see finding_keys) -> the reason the author gave, possibly "".
    ignored: dict[str, str] = field(default_factory=dict)
    # The sidecar this was read from or last written to, and what it held then:
    # what another window changed since is merged in at the next save.
    base: tuple[Path, dict] | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict:
        return {"version": 1, "profile": self.profile, "platform": self.platform,
                "checklist": dict(self.checklist), "ignored": dict(self.ignored)}

    @classmethod
    def from_dict(cls, data: dict) -> "DraftMeta":
        def str_map(value) -> dict[str, str]:
            if not isinstance(value, dict):
                return {}
            return {str(k): str(v) for k, v in value.items()}

        return cls(
            profile=str(data.get("profile") or ""),
            platform=str(data.get("platform") or ""),
            checklist=str_map(data.get("checklist")),
            ignored=str_map(data.get("ignored")),
        )


def sidecar_path(draft: Path | str) -> Path:
    draft = Path(draft)
    return draft.with_name(draft.name + SIDECAR_SUFFIX)


def _read_meta(path: Path) -> DraftMeta | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return DraftMeta.from_dict(data) if isinstance(data, dict) else None


def load_meta(draft: Path | str) -> DraftMeta:
    """The sidecar of a draft; a missing or damaged one gives empty metadata."""
    path = sidecar_path(draft)
    meta = _read_meta(path) or DraftMeta()
    meta.base = (path, meta.to_dict())
    return meta


def save_meta(draft: Path | str, meta: DraftMeta) -> None:
    """Write the sidecar. If another window saved it since ``meta`` was read or
    written, both sets of changes are kept: the other's answers and ignored
    findings stay unless this one changed the same item (then this one wins),
    and ``meta`` is updated to what was written."""
    path = sidecar_path(draft)
    if meta.base is not None and meta.base[0] == path:
        theirs = _read_meta(path)
        if theirs is not None and theirs.to_dict() != meta.base[1]:
            base = DraftMeta.from_dict(meta.base[1])
            meta.checklist = _merged(base.checklist, meta.checklist, theirs.checklist)
            meta.ignored = _merged(base.ignored, meta.ignored, theirs.ignored)
    data = meta.to_dict()
    try:
        atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    except OSError as exc:
        raise DraftError(_("De gegevens bij “{name}” kunnen niet worden opgeslagen: "
                           "{reason}.").format(name=Path(draft).name,
                                               reason=exc.strerror or exc)) from None
    meta.base = (path, data)


def _merged(base: dict[str, str], ours: dict[str, str],
            theirs: dict[str, str]) -> dict[str, str]:
    """``theirs`` with what changed from ``base`` to ``ours`` applied on top."""
    merged = dict(theirs)
    for key in base.keys() | ours.keys():
        if ours.get(key) != base.get(key):
            if key in ours:
                merged[key] = ours[key]
            else:
                merged.pop(key, None)
    return merged


# --- autosave -----------------------------------------------------------------

@dataclass(frozen=True)
class AutosaveEntry:
    session: str
    text: str
    meta: DraftMeta
    path: str
    saved_at: float
    pid: int


class Autosave:
    """Unsaved work of one window, kept in the user data dir until it is saved
    or closed cleanly; what a crashed or killed process left behind can be
    restored on the next start."""

    def __init__(self, directory: Path | None = None, session: str | None = None,
                 alive: Callable[[int], bool] = pid_alive):
        self.directory = directory or data_dir() / "autosave"
        if session is None:
            import uuid  # here: only a window's autosave names a session

            session = uuid.uuid4().hex
        self.session = session
        self._alive = alive

    @property
    def file(self) -> Path:
        return self.directory / f"{self.session}.json"

    def save(self, text: str, meta: DraftMeta, path: Path | str | None) -> None:
        record = {"session": self.session, "text": text, "meta": meta.to_dict(),
                  "path": str(path or ""), "saved_at": time.time(), "pid": os.getpid()}
        atomic_write_text(self.file, json.dumps(record, ensure_ascii=False), mode=0o600)

    def discard(self) -> None:
        self.file.unlink(missing_ok=True)

    def orphans(self) -> list[AutosaveEntry]:
        """Autosaves of sessions whose process is gone, newest first."""
        entries = []
        for file in self.directory.glob("*.json"):
            try:
                data = json.loads(file.read_text(encoding="utf-8"))
                entry = AutosaveEntry(
                    session=str(data["session"]), text=str(data["text"]),
                    meta=DraftMeta.from_dict(data.get("meta") or {}),
                    path=str(data.get("path") or ""), saved_at=float(data["saved_at"]),
                    pid=int(data["pid"]))
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if entry.session != self.session and not self._alive(entry.pid):
                entries.append(entry)
        return sorted(entries, key=lambda e: e.saved_at, reverse=True)

    def drop(self, entry: AutosaveEntry) -> None:
        (self.directory / f"{entry.session}.json").unlink(missing_ok=True)


# --- recent files -------------------------------------------------------------

class RecentFiles:
    def __init__(self, file: Path | None = None, limit: int = RECENT_LIMIT):
        self.file = file or data_dir() / "recent.json"
        self.limit = limit

    def paths(self) -> list[Path]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(data, list):
            return []
        return [Path(p) for p in data if isinstance(p, str)][: self.limit]

    def add(self, path: Path | str) -> None:
        """Put ``path`` first; what other windows added meanwhile stays in the list."""
        path = Path(path).resolve()
        try:
            with file_lock(self.file):
                paths = [path] + [p for p in self.paths() if p != path]
                atomic_write_text(self.file, json.dumps([str(p) for p in paths[: self.limit]],
                                                        ensure_ascii=False), mode=0o600)
        except OSError:
            pass  # A recent-files list that cannot be written is not worth an error.


# --- after a crash ------------------------------------------------------------

def remove_leftover_copies(autosave: Autosave, recent: RecentFiles) -> list[Path]:
    """Remove the temporary copies that saves killed midway left in the app's own
    folders and beside the drafts opened lately; returns what was removed."""
    folders = {autosave.directory, recent.file.parent, *(p.parent for p in recent.paths())}
    return [path for folder in sorted(folders) for path in remove_stale_temp_files(folder)]
