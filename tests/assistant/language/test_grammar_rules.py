"""The offline grammar rules (resources/rules/grammatica.toml) on a set of
sentences written with the errors that public lists catalogue, and correct
sentences that must stay quiet (data/grammatica.tsv, sources in the file)."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from assistant.engine import Engine, builtin_rules
from assistant.rules.examples import example_context
from assistant.settings import Settings
from assistant.text import Document

DATA = Path(__file__).resolve().parent / "data" / "grammatica.tsv"
GRAMMAR = tuple(spec for spec in builtin_rules() if spec.category == "grammatica")


def sentences() -> list[tuple[str, bool, str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, verdict, text = line.split("\t")
            rows.append((kind, verdict == "fout", text))
    return rows


@pytest.fixture(scope="module")
def grammar_findings():
    engine = Engine(Settings(rules=GRAMMAR))
    ctx = example_context(GRAMMAR[0])

    def findings(text: str):
        doc = Document(text)
        return [f for spec in GRAMMAR for f in engine.run_rule(spec, doc, ctx)]

    return findings


def test_correct_sentences_stay_quiet(grammar_findings):
    flagged = [(text, [f.rule_id for f in grammar_findings(text)])
               for _kind, wrong, text in sentences() if not wrong]
    assert [item for item in flagged if item[1]] == []


def test_precision_and_recall_per_error_type(grammar_findings):
    found = collections.Counter()
    total = collections.Counter()
    for kind, wrong, text in sentences():
        if wrong:
            total[kind] += 1
            found[kind] += bool(grammar_findings(text))
    recall = {kind: found[kind] / total[kind] for kind in total}
    # Every type the rules cover is caught at least most of the time.
    assert all(value >= 0.75 for value in recall.values()), recall


def test_each_finding_offers_a_fix(grammar_findings):
    for _kind, wrong, text in sentences():
        for finding in grammar_findings(text) if wrong else ():
            assert finding.fix is not None and finding.fix.replacement, (text, finding.rule_id)


@pytest.mark.parametrize("text, fixed", [
    ("Hij vind het goed.", "Hij vindt het goed."),
    ("Het is gisteren gebeurt.", "Het is gisteren gebeurd."),
    ("Hun hebben gebeld.", "Zij hebben gebeld."),
    ("Ik geef het aan jouw.", "Ik geef het aan jou."),
    ("Het kost meer als verwacht.", "Het kost meer dan verwacht."),
    ("Me fiets is weg.", "Mijn fiets is weg."),
])
def test_the_fix_corrects_the_sentence(grammar_findings, text, fixed):
    (finding,) = grammar_findings(text)
    fix = finding.fix
    assert text[:fix.start] + fix.replacement + text[fix.end:] == fixed


def test_languagetool_does_not_repeat_a_builtin_grammar_finding():
    from assistant.engine import Engine
    from assistant.findings import Finding, Severity
    from assistant.session import run_checks

    text = "Hij vind het goed. Dat is een fout."

    class LanguageTool:
        def check(self, _text):
            return [
                Finding("grammatica.lt.NL_DT", "grammatica", None, Severity.TIP, 4, 8, "d/t", ""),
                Finding("grammatica.lt.ANDER", "grammatica", None, Severity.TIP, 23, 25, "?", ""),
            ]

        def readability(self, _text):
            return None

    checked = run_checks(1, text, Engine(Settings(rules=GRAMMAR)), "prive", "blog",
                         language=LanguageTool())
    assert [f.rule_id for f in checked.findings] == [
        "grammatica.dt-zonder-t", "grammatica.lt.ANDER"]
