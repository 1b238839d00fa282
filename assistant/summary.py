"""At a glance: is the draft ready, stelregel by stelregel?"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from assistant.findings import Finding, Severity
from assistant.i18n import N_, _

STELREGELS = (1, 2, 3, 4)

STELREGEL_TITLES = {
    1: N_("Ambtenaar als ambassadeur"),
    2: N_("De bestaande regels gelden ook online"),
    3: N_("Onderscheid tussen privépersoon en ambtenaar in functie"),
    4: N_("Zorgvuldig meedoen, gericht en gedoseerd participeren"),
}


def stelregel_title(number: int | None) -> str:
    """The heading a group of findings goes under; language and platform findings
    (spelling, readability, length) have no stelregel."""
    if number is None:
        return _("Taal en platform")
    return _("Stelregel {number}: {title}").format(number=number,
                                                    title=_(STELREGEL_TITLES[number]))


class State(StrEnum):
    IN_ORDE = "in orde"
    LET_OP = "let op"
    NIET_IN_ORDE = "niet in orde"

    @property
    def label(self) -> str:
        return {"in orde": _("in orde"), "let op": _("let op"),
                "niet in orde": _("niet in orde")}[self.value]


@dataclass(frozen=True)
class StelregelSummary:
    stelregel: int | None
    state: State
    counts: dict[Severity, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def state_for(findings: list[Finding]) -> State:
    """A fout makes it not ready, a warning asks attention; tips alone are fine."""
    worst = max((f.severity.rank for f in findings), default=0)
    if worst >= Severity.FOUT.rank:
        return State.NIET_IN_ORDE
    if worst >= Severity.WAARSCHUWING.rank:
        return State.LET_OP
    return State.IN_ORDE


def summarize(findings: list[Finding]) -> dict[int | None, StelregelSummary]:
    """Per stelregel (1-4, then None for language and platform) the state of the findings that
    still count: pass the findings the author has not ignored."""
    result: dict[int | None, StelregelSummary] = {}
    for number in (*STELREGELS, None):
        group = [f for f in findings if f.stelregel == number]
        counts = {s: sum(1 for f in group if f.severity == s) for s in Severity}
        result[number] = StelregelSummary(number, state_for(group),
                                          {s: n for s, n in counts.items() if n})
    return result


def overall(summary: dict[int | None, StelregelSummary]) -> State:
    return max((s.state for s in summary.values()),
               key=lambda st: list(State).index(st), default=State.IN_ORDE)
