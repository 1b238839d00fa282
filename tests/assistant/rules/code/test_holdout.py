"""Regression suite over the hold-out drafts: each must fire its category, each
near miss must leave it quiet. Judged by category over all built-in rules, as
the product is."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest

from assistant.engine import Engine
from assistant.settings import Department, SensitivePeriod, Settings
from tests.assistant.rules.code.holdout_cases import CASES, Case


@cache
def _engine(department: Department, periods: tuple[SensitivePeriod, ...]) -> Engine:
    return Engine(Settings(department=department, sensitive_periods=periods))


def fired(case: Case) -> list[str]:
    """What the checker reports in the case's category, as rule id and quoted text."""
    findings = _engine(case.department, case.periods).check(
        case.text, case.profile, case.platform, identity=case.identity,
        today=case.today or date(2026, 6, 1))
    return [f"{f.rule_id}: {case.text[f.start:f.end]!r}" for f in findings
            if f.category == case.category]


def _param(case: Case):
    marks = [pytest.mark.xfail(reason=case.known_gap, strict=True)] if case.known_gap else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_holdout_case(case: Case):
    hits = fired(case)
    if case.fires:
        assert hits, f"{case.category} should fire on {case.text[:120]!r}"
    else:
        assert not hits, f"{case.category} must stay quiet: {hits}"
