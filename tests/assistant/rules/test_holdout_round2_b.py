"""Hold-out drafts, second round, set B (promises, tone, partisanship, role mixing):
each firing case fires its category, each near miss leaves it quiet. Cases the rules
are known to get wrong are expected to fail until a rule covers them."""

from __future__ import annotations

import pytest

from tests.assistant.rules.helpers import fired
from tests.assistant.rules.holdout_round2_b import CASES, Case
from tests.assistant.rules.test_holdout import _param


@pytest.mark.parametrize("case", [_param(i, c) for i, c in enumerate(CASES)])
def test_holdout_case(case: Case):
    hits = fired(case.category, case.text, case.profile, case.platform)
    flagged = [case.text[f.start:f.end] for f in hits]
    if case.fires:
        assert hits, f"{case.category} should fire on {case.text!r}"
    else:
        assert not hits, f"{case.category} must stay quiet on {case.text!r}: {flagged}"
