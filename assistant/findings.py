"""What a check reports: plain data the UI, the command line and the logbook share."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum

from assistant.i18n import N_, _

# The built-in categories as a reader names them; a department's own category
# is shown as its id.
CATEGORY_LABELS = {
    "identificatie": N_("identificatie"), "vertrouwelijk": N_("vertrouwelijk"),
    "besloten-sfeer": N_("besloten-sfeer"), "collega": N_("collega"),
    "persoonsgegevens": N_("persoonsgegevens"), "toon": N_("toon"),
    "partijdigheid": N_("partijdigheid"), "toezegging": N_("toezegging"),
    "rolvermenging": N_("rolvermenging"), "beleidsterrein": N_("beleidsterrein"),
    "timing": N_("timing"), "platform": N_("platform"), "spelling": N_("spelling"),
    "grammatica": N_("grammatica"), "leesbaarheid": N_("leesbaarheid"),
}


def category_label(category: str) -> str:
    """A finding's category in the reader's language (reports keep the id)."""
    label = CATEGORY_LABELS.get(category)
    return _(label) if label else category


class Severity(StrEnum):
    FOUT = "fout"
    WAARSCHUWING = "waarschuwing"
    TIP = "tip"

    @property
    def rank(self) -> int:
        """Higher is more serious; used for sorting and summaries."""
        return {"fout": 3, "waarschuwing": 2, "tip": 1}[self.value]

    @property
    def label(self) -> str:
        """The level as the reader's language names it (reports keep the id)."""
        return {"fout": _("fout"), "waarschuwing": _("waarschuwing"), "tip": _("tip")}[self.value]


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace text[start:end] with ``replacement`` (start == end inserts)."""

    start: int
    end: int
    replacement: str
    label: str

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]


@dataclass(frozen=True, slots=True)
class Finding:
    """One remark about a draft. Offsets are Python string indices into the draft."""

    rule_id: str
    category: str
    stelregel: int | None
    severity: Severity
    start: int
    end: int
    message: str
    explanation: str
    source: str = ""
    fix: Fix | None = None
    suggestions: tuple[str, ...] = field(default=())

    @property
    def key(self) -> str:
        """Stable identity within one draft, used to ignore a finding."""
        return f"{self.rule_id}@{self.start}-{self.end}"

    def to_dict(self) -> dict:
        data = asdict(self)
        data["severity"] = self.severity.value
        data["suggestions"] = list(self.suggestions)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Finding":
        fix = data.get("fix")
        return cls(
            rule_id=data["rule_id"],
            category=data["category"],
            stelregel=data.get("stelregel"),
            severity=Severity(data["severity"]),
            start=int(data["start"]),
            end=int(data["end"]),
            message=data["message"],
            explanation=data.get("explanation", ""),
            source=data.get("source", ""),
            fix=Fix(**fix) if fix else None,
            suggestions=tuple(data.get("suggestions", ())),
        )


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Reading order, most serious first at the same position."""
    return sorted(findings, key=lambda f: (f.start, -f.severity.rank, f.end, f.rule_id))
