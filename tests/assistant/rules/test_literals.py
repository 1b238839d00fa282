"""The literals a pattern cannot match without, and the lazy matchers that
compile only what a short draft could match."""

from __future__ import annotations

from dataclasses import replace

import pytest
import re2

from assistant.engine import builtin_rules
from assistant.rules import matchers
from assistant.rules.literals import required_literals, token_literals
from assistant.rules.matchers import CompiledRule, Matcher
from assistant.rules.spec import RuleSpecError
from tests.assistant.rules.test_holdout import SETS


@pytest.mark.parametrize("pattern, literals", [
    ("geheim", {"geheim"}),
    ("Zeer Geheim", {"zeer geheim"}),
    (r"autis\p{L}*", {"autis"}),
    (r"laten\s+(?:\S+\s+){0,6}?zien", {"laten"}),
    (r"(?:weet|hoorde|hoor)\s+ik", {"weet", "hoorde", "hoor"}),
    ("kabinet(?:je)?s?", {"kabinet", "kabinets", "kabinetje", "kabinetjes"}),
    (r"(?-i:NAVO)\s+top", {"navo"}),
    (r"caf\x{E9}", {"café"}),
    (r"\Qa.b\E", {"a.b"}),
    ("ps+t", {"p"}),
    ("ab{x", {"ab{x"}),
    ("STRAẞE", {"strasse"}),
])
def test_every_match_holds_one_of_the_literals(pattern, literals):
    assert required_literals(pattern) == literals


@pytest.mark.parametrize("pattern", [
    r"\S+", "x*", "(?:)", r"a|\S", r"[A-Z]{4,}", r"(?:ab)?", r"\1", "(?=a)", "(unclosed",
])
def test_no_literals_where_a_match_needs_none_or_the_pattern_is_not_read(pattern):
    assert required_literals(pattern) is None


def test_a_token_needs_its_longest_word():
    assert token_literals("*prutser") == {"prutser"}
    assert token_literals("in de  Kamer*") == {"kamer"}


def _texts() -> list[str]:
    texts = {t for spec in builtin_rules() for t in (*spec.fires, *spec.quiet)}
    texts |= {case.text for cases in SETS.values() for case in cases}
    return sorted(texts)


def test_no_built_in_pattern_matches_a_text_without_its_literals():
    texts = [(t, t.casefold()) for t in _texts()]
    patterns = {(p, spec.case_sensitive) for spec in builtin_rules()
                for p in (*spec.patterns, *spec.context_patterns, *spec.unless_patterns)}
    checked = 0
    for pattern, case_sensitive in sorted(patterns):
        literals = required_literals(pattern)
        if literals is None:
            continue
        regex = re2.compile(("" if case_sensitive else "(?i)") + pattern)
        for text, folded in texts:
            if regex.search(text):
                checked += 1
                assert any(literal in folded for literal in literals), (pattern, text)
    assert checked > 1000


def _matchers(spec) -> list[tuple[tuple, tuple]]:
    if spec.type == "substitution":
        return [(tuple(spec.swap), ())]
    return [(tokens, patterns) for tokens, patterns in (
        (spec.tokens, spec.patterns), (spec.context_tokens, spec.context_patterns),
        (spec.unless_tokens, spec.unless_patterns)) if tokens or patterns]


def test_a_lazy_matcher_finds_what_a_compiled_one_finds():
    texts = _texts()
    long_text = "\n\n".join(texts)
    assert len(long_text) > matchers.PREFILTER_MAX_LENGTH
    specs = [s for s in builtin_rules() if s.type in ("existence", "cooccurrence", "substitution")]
    for spec in specs[::3]:
        for tokens, patterns in _matchers(spec):
            eager = Matcher(tokens, patterns, spec.case_sensitive, "patterns")
            lazy = Matcher(tokens, patterns, spec.case_sensitive, "patterns", lazy=True)
            for text in [*spec.fires, *spec.quiet, *texts[::25], long_text]:
                assert list(lazy.find(text)) == list(eager.find(text)), (spec.id, text)


def test_a_lazy_matcher_compiles_only_what_the_text_could_match(monkeypatch):
    compiled = []
    real = matchers._compile_groups
    monkeypatch.setattr(matchers, "_compile_groups", lambda alternatives, *args: (
        compiled.append(alternatives), real(alternatives, *args))[1])
    matcher = Matcher(("geheim", "vertrouwelijk"), (r"staats\p{L}*",), False, "patterns",
                      lazy=True)
    assert compiled == []
    assert not matcher.search("Een gewone zin over de wandeling.")
    assert compiled == []
    assert [m.text for m in matcher.find("Dit is geheim, echt.")] == ["geheim"]
    assert compiled == [["geheim"]]
    # The same choice again is not compiled again; a long text compiles all.
    assert matcher.search("Nog een keer geheim.")
    assert len(compiled) == 1
    long_text = "woord " * matchers.PREFILTER_MAX_LENGTH + "staatsgeheim"
    assert [m.text for m in matcher.find(long_text)] == ["staatsgeheim"]
    assert len(compiled[-1]) == 3


def test_a_lazy_matcher_asked_about_many_texts_compiles_all():
    matcher = Matcher(("geheim", "vertrouwelijk"), (), False, "patterns", lazy=True)
    for i in range(matchers._MAX_SCANS):
        assert not matcher.search(f"Zin nummer {i}.")
    assert matcher._regexes is None
    assert matcher.search("Dit blijft vertrouwelijk.")
    assert matcher._regexes is not None


def test_an_eager_matcher_compiles_at_once():
    matcher = Matcher(("geheim",), (), False, "patterns")
    assert matcher._regexes


def test_built_in_rules_are_lazy_and_department_rules_are_checked_when_compiled():
    spec = next(s for s in builtin_rules() if s.type == "existence" and s.patterns)
    assert spec.builtin
    assert CompiledRule(spec).matcher._regexes is None
    broken = replace(spec, builtin=False, patterns=("(",))
    with pytest.raises(RuleSpecError):
        CompiledRule(broken)
    # Lazy, a broken pattern would only fail on a text that holds its literals.
    CompiledRule(replace(broken, builtin=True))


def test_every_built_in_rule_compiles_whole():
    # Built-in rules compile lazily during a check, so every pattern is compiled here.
    for spec in builtin_rules():
        if spec.type in ("existence", "cooccurrence", "substitution"):
            CompiledRule(replace(spec, builtin=False))
