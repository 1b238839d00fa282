"""The hold-out drafts: each firing case fires its category, each near miss
leaves it quiet. A regression suite for how well the rules generalise."""

from __future__ import annotations

import pytest

from tests.assistant.rules.helpers import fired
from tests.assistant.rules.holdout_cases import CASES


def _case_id(index: int) -> str:
    case = CASES[index]
    return f"{case.category}-{'fires' if case.fires else 'quiet'}-{index}"


@pytest.mark.parametrize("index", range(len(CASES)), ids=_case_id)
def test_holdout_case(index):
    case = CASES[index]
    hits = fired(case.category, case.text, case.profile, case.platform)
    flagged = [case.text[f.start:f.end] for f in hits]
    if case.fires:
        assert hits, f"{case.category} should fire on {case.text!r}"
    else:
        assert not hits, f"{case.category} must stay quiet on {case.text!r}: {flagged}"
