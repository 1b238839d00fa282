"""A draft as it was published: what the window hands over when the author marks
a draft as published (assistant.session), and what the logbook keeps
(assistant.logbook)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from assistant.findings import Finding
from assistant.settings import ChecklistItem, Identity
from assistant.weighing import Reading


@dataclass(frozen=True)
class PublishRecord:
    text: str
    profile: str
    platform: str
    identity: Identity
    findings: list[Finding]
    # Finding key (assistant.drafts.finding_keys over text and findings) -> reason.
    ignored: dict[str, str]
    # Checklist question as the author saw it -> answer ("" if not answered), so
    # the record stays readable when the checklist changes later.
    checklist: dict[str, str]
    published_at: datetime
    url: str | None = None
    # The reading of stelregel 2 that the author saw; None if there was none.
    reading: Reading | None = None

    def with_open_questions(self, items: Iterable[ChecklistItem]) -> PublishRecord:
        """The record with the questions of ``items`` it has no answer to, as not
        answered: those belong in the account too."""
        open_questions = {item.text: "" for item in items if item.text not in self.checklist}
        return replace(self, checklist=self.checklist | open_questions)
