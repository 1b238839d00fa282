"""The sample cases from shared/corpus: every expected category fires and no
forbidden one does. They are samples of kinds of cases; the rule tests next to
this file cover other wordings of the same kinds."""

from __future__ import annotations

import json

import pytest

from assistant.config import load_settings
from assistant.engine import Engine
from assistant.settings import Identity
from tests.conftest import SHARED

CASES_FILE = SHARED / "corpus" / "cases.jsonl"
CASES = (
    [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    if CASES_FILE.exists() else []
)


@pytest.mark.skipif(not CASES, reason="shared/corpus/cases.jsonl not present")
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_corpus_case(case):
    config = SHARED / "corpus" / case["config"] if case.get("config") else None
    settings = load_settings(config_file=config)
    assert not settings.problems, settings.problems
    engine = Engine(settings)
    findings = engine.check(case["text"], case["profile"], case["platform"],
                            identity=Identity(**case["identity"]))
    fired = {f.category for f in findings}
    for expected in case["expect"]:
        options = set(expected.split("|"))
        assert fired & options, f"expected {expected}, got {sorted(fired)}"
    for forbidden in case["forbid"]:
        hits = [f"{f.rule_id}: {case['text'][f.start:f.end]!r}" for f in findings
                if f.category == forbidden]
        assert not hits, f"{forbidden} must not fire: {hits}"
