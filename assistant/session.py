"""The logic behind the editor window, free of Qt so it can be tested alone.

The window is a passive view: it hands text snapshots to ``run_checks`` in the
background, gives the results to ``DraftSession.accept`` and redraws from what
the session says is visible. The reading of stelregel 2 (``assistant.weighing``)
is made in the same run, so it always belongs to the findings beside it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from assistant.drafts import DraftMeta, disk_stamp, finding_keys
from assistant.findings import Finding, sort_findings
from assistant.published import PublishRecord
from assistant.settings import ChecklistItem, Identity
from assistant.summary import StelregelSummary, summarize
from assistant.weighing import Reading, weigh

if TYPE_CHECKING:
    # The window starts without the engine; it is built in the background.
    from assistant.engine import Engine
    from assistant.incremental import IncrementalCheck


class LanguageChecker(Protocol):
    def check(self, text: str) -> list[Finding]: ...
    def readability(self, text: str) -> Any: ...


@dataclass(frozen=True)
class CheckResult:
    revision: int
    text: str
    findings: list[Finding]
    readability: Any = None
    # None for a draft with nothing in it: there is nothing to weigh.
    reading: Reading | None = None


def run_checks(revision: int, text: str, engine: "Engine", profile_id: str, platform_id: str,
               identity: Identity | None = None, language: LanguageChecker | None = None,
               ignored: frozenset[str] = frozenset(),
               incremental: "IncrementalCheck | None" = None) -> CheckResult:
    """Everything that is checked on a snapshot, and the reading weighed from the
    findings the author did not ignore; runs off the UI thread. An incremental
    check of ``engine`` checks only what changed since its last text."""
    ctx = engine.context(profile_id, platform_id, identity)
    findings = (incremental or engine).check_context(text, ctx)
    readability = None
    if language is not None:
        from assistant.language import not_repeated  # loaded with the service

        findings = sort_findings(findings + not_repeated(list(language.check(text)), findings))
        readability = language.readability(text)
    reading = None
    if text.strip():
        kept = [f for key, f in zip(finding_keys(text, findings), findings) if key not in ignored]
        reading = weigh(text, kept, ctx, engine)
    return CheckResult(revision, text, findings, readability, reading)


@dataclass
class DraftSession:
    meta: DraftMeta = field(default_factory=DraftMeta)
    path: Path | None = None
    # The draft file as it was when this session last read or wrote it (drafts.disk_stamp).
    stamp: str | None = None
    revision: int = 0
    result: CheckResult | None = None
    _ignore_history: list[str] = field(default_factory=list)
    _checking: bool = False
    _check_again: bool = False
    # The result the keys were made for, and its findings' keys: the window asks
    # for the visible, the ignored and the summary of one result in turn.
    _keys: tuple[CheckResult | None, list[str]] = field(default=(None, []), repr=False,
                                                         compare=False)

    def edited(self) -> int:
        """The text changed: a new revision that older results cannot satisfy."""
        self.revision += 1
        return self.revision

    def reset(self, meta: DraftMeta, path: Path | None, stamp: str | None = None) -> None:
        """Another draft in the same window. Revisions keep counting, so a check
        of the previous draft that is still running can never pass for this one."""
        self.meta, self.path, self.result, self.stamp = meta, path, None, stamp
        self._ignore_history.clear()
        self.edited()

    def saved(self, path: Path, stamp: str) -> None:
        self.path, self.stamp = path, stamp

    def changed_on_disk(self, path: Path) -> bool:
        """Whether saving to ``path`` would overwrite changes made elsewhere since
        this session read or wrote it (another window, another program)."""
        if path != self.path or self.stamp is None:
            return False
        now = disk_stamp(path)
        return now is not None and now != self.stamp

    def begin_check(self) -> int | None:
        """The revision to check now; None while a check runs (it is rerun after)."""
        if self._checking:
            self._check_again = True
            return None
        self._checking, self._check_again = True, False
        return self.revision

    def end_check(self) -> bool:
        """A check ended; True when another one was asked for meanwhile."""
        self._checking = False
        return self._check_again

    def accept(self, result: CheckResult) -> bool:
        """Take the result of a check unless the text has moved on since."""
        if result.revision != self.revision:
            return False
        self.result = result
        return True

    def _keyed(self) -> list[tuple[str, Finding]]:
        if self.result is None:
            return []
        result, keys = self._keys
        if result is not self.result:
            keys = finding_keys(self.result.text, self.result.findings)
            self._keys = (self.result, keys)
        return list(zip(keys, self.result.findings))

    def visible(self) -> list[tuple[str, Finding]]:
        return [(k, f) for k, f in self._keyed() if k not in self.meta.ignored]

    def ignored(self) -> list[tuple[str, Finding]]:
        return [(k, f) for k, f in self._keyed() if k in self.meta.ignored]

    def finding(self, key: str) -> Finding | None:
        return next((f for k, f in self._keyed() if k == key), None)

    def ignore(self, key: str, reason: str = "") -> None:
        self.meta.ignored[key] = reason
        self._ignore_history.append(key)

    def unignore(self, key: str) -> None:
        self.meta.ignored.pop(key, None)
        if key in self._ignore_history:
            self._ignore_history.remove(key)

    def undo_ignore(self) -> str | None:
        """Show the most recently ignored finding again; returns its key."""
        while self._ignore_history:
            key = self._ignore_history.pop()
            if key in self.meta.ignored:
                del self.meta.ignored[key]
                return key
        return None

    @property
    def can_undo_ignore(self) -> bool:
        return any(k in self.meta.ignored for k in self._ignore_history)

    def summary(self) -> dict[int | None, StelregelSummary]:
        return summarize([f for _, f in self.visible()])

    def snapshot(self, text: str, identity: Identity,
                 checklist_items: Iterable[ChecklistItem] = ()) -> PublishRecord:
        """The draft as it is now, to be recorded as published now, with the findings
        and the reading of the latest check. The answers are keyed by the question
        of ``checklist_items`` they answer; an answer to a question not among them
        keeps the question's id."""
        current = self.result is not None and self.result.text == text
        findings = list(self.result.findings) if current else []
        keys = set(finding_keys(text, findings))
        questions = {item.id: item.text for item in checklist_items}
        return PublishRecord(
            text=text, profile=self.meta.profile, platform=self.meta.platform,
            identity=identity, findings=findings,
            ignored={k: r for k, r in self.meta.ignored.items() if k in keys},
            checklist={questions.get(k, k): v for k, v in self.meta.checklist.items()},
            published_at=datetime.now().astimezone(),
            reading=self.result.reading if current else None)
