"""Per stelregel: in orde, let op or niet in orde."""

from __future__ import annotations

from assistant.findings import Finding, Severity
from assistant.summary import State, overall, stelregel_title, summarize


def finding(stelregel, severity):
    return Finding("r", "c", stelregel, severity, 0, 1, "m", "")


def test_empty_draft_is_in_orde_everywhere():
    summary = summarize([])
    assert {n: s.state for n, s in summary.items()} == {
        1: State.IN_ORDE, 2: State.IN_ORDE, 3: State.IN_ORDE, 4: State.IN_ORDE,
        None: State.IN_ORDE}
    assert overall(summary) == State.IN_ORDE


def test_the_worst_finding_decides_per_stelregel():
    summary = summarize([finding(1, Severity.TIP), finding(2, Severity.WAARSCHUWING),
                         finding(2, Severity.TIP), finding(3, Severity.FOUT),
                         finding(3, Severity.WAARSCHUWING), finding(None, Severity.FOUT)])
    assert summary[1].state == State.IN_ORDE
    assert summary[2].state == State.LET_OP
    assert summary[3].state == State.NIET_IN_ORDE
    assert summary[4].state == State.IN_ORDE
    assert summary[None].state == State.NIET_IN_ORDE
    assert summary[2].counts == {Severity.WAARSCHUWING: 1, Severity.TIP: 1}
    assert summary[3].total == 2
    assert overall(summary) == State.NIET_IN_ORDE


def test_ignored_findings_do_not_count_when_left_out():
    assert summarize([])[2].state == State.IN_ORDE
    assert overall(summarize([finding(4, Severity.WAARSCHUWING)])) == State.LET_OP


def test_titles():
    assert stelregel_title(3).startswith("Stelregel 3: Onderscheid")
    assert stelregel_title(None) == "Taal en platform"
    assert State.LET_OP.label == "let op"
