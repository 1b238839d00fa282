"""The engine: rules are compiled once per distinct spec."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant import engine as engine_module
from assistant.engine import Engine, builtin_rules, compile_rule, without_overlaps
from assistant.findings import Finding, Severity
from assistant.rules.spec import RuleSpecError, parse_rule
from assistant.settings import Identity, Settings

RULE = parse_rule({"id": "dep.project", "type": "existence", "category": "vertrouwelijk",
                   "level": "fout", "message": "Noem {match} niet.", "tokens": ["Zilvermeeuw"]})


@pytest.fixture
def compilations(monkeypatch):
    seen = []
    real = engine_module.CompiledRule

    def counting(spec):
        seen.append(spec.id)
        return real(spec)

    monkeypatch.setattr(engine_module, "CompiledRule", counting)
    monkeypatch.setattr(engine_module, "_compiled", {})
    return seen


def test_a_rule_is_compiled_once_for_every_engine(compilations):
    engines = Engine(Settings(rules=(RULE,))), Engine(Settings(rules=(RULE,)))
    for engine in engines * 2:
        [finding] = [f for f in engine.check("De Zilvermeeuw.", "prive", "blog")
                     if f.rule_id == "dep.project"]
        assert finding.message == "Noem Zilvermeeuw niet."
    assert compilations.count("dep.project") == 1


def test_only_the_built_in_rules_a_check_needs_are_compiled(compilations):
    in_office = next(spec.id for spec in builtin_rules()
                     if spec.type not in ("code", "construction") and spec.profiles == ("functie",))
    engine = Engine()
    engine.check("Hallo.", "prive", "blog")
    assert compilations and in_office not in compilations
    engine.check("Hallo.", "functie", "blog")
    assert in_office in compilations


def test_a_broken_department_rule_fails_when_the_engine_is_built():
    # The window then falls back to the built-in rules.
    with pytest.raises(RuleSpecError):
        Engine(Settings(rules=(replace(RULE, patterns=("(",)),)))


def test_every_builtin_rule_compiles():
    # Engines compile on first use, so a broken built-in rule must be caught here.
    for spec in builtin_rules():
        compile_rule(spec)


def test_a_changed_rule_is_compiled_again(compilations):
    compile_rule(RULE)
    changed = replace(RULE, tokens=("Kraanvogel",))
    assert compile_rule(changed) is not compile_rule(RULE)
    assert compilations == ["dep.project", "dep.project"]


def test_a_rule_that_does_not_compile_keeps_failing(compilations):
    broken = replace(RULE, patterns=("(",))
    for _ in range(2):
        with pytest.raises(RuleSpecError):
            compile_rule(broken)


def _finding(rule_id, category, severity, start, end):
    return Finding(rule_id, category, 1, severity, start, end, "m", "e")


def test_overlapping_findings_of_one_category_are_told_once():
    findings = [
        _finding("toon.a", "toon", Severity.WAARSCHUWING, 0, 10),
        _finding("toon.b", "toon", Severity.FOUT, 5, 12),      # overlaps a, more serious
        _finding("toon.c", "toon", Severity.TIP, 20, 25),      # on its own
        _finding("collega.a", "collega", Severity.TIP, 0, 10),  # other category: stays
        _finding("toon.d", "toon", Severity.FOUT, 12, 14),     # touches b, no overlap
    ]
    kept = {f.rule_id for f in without_overlaps(findings)}
    assert kept == {"toon.b", "toon.c", "collega.a", "toon.d"}


def test_of_two_equal_findings_the_longer_stays():
    findings = [_finding("x.kort", "x", Severity.WAARSCHUWING, 3, 6),
                _finding("x.lang", "x", Severity.WAARSCHUWING, 0, 10)]
    assert [f.rule_id for f in without_overlaps(findings)] == ["x.lang"]


def test_the_engine_reports_one_finding_where_two_rules_of_a_category_overlap():
    settings = Settings(rules=(
        parse_rule({"id": "afdeling.een", "type": "existence", "category": "eigen",
                    "message": "een", "tokens": ["projectnaam geheim"]}),
        parse_rule({"id": "afdeling.twee", "type": "existence", "category": "eigen",
                    "level": "fout", "message": "twee", "tokens": ["geheim"]}),
    ))
    found = Engine(settings).check("Dit is projectnaam geheim.", "prive", "blog")
    assert [f.rule_id for f in found if f.category == "eigen"] == ["afdeling.twee"]


def test_a_mistake_repeated_thousands_of_times_is_reported_by_its_first_occurrences():
    engine = Engine()
    line = "Wat een sukkel is die minister.\n"
    findings = engine.check(line * (engine_module.MAX_FINDINGS_PER_RULE + 50), "prive", "blog")
    per_rule: dict[str, list[Finding]] = {}
    for finding in findings:
        per_rule.setdefault(finding.rule_id, []).append(finding)
    assert per_rule
    assert max(len(found) for found in per_rule.values()) == engine_module.MAX_FINDINGS_PER_RULE
    # The first ones, in reading order: the cut is at the end of the draft.
    first = min(per_rule.values(), key=len)
    assert first[0].start < len(line)


def test_a_draft_with_fewer_repeats_than_the_limit_keeps_every_finding():
    engine = Engine()
    line = "Wat een sukkel is die minister.\n"
    once = engine.check(line, "prive", "blog")
    assert once
    repeated = engine.check(line * 20, "prive", "blog")
    assert len(repeated) == 20 * len(once)


def test_a_long_match_is_quoted_shortened_on_one_line():
    from assistant.engine import MAX_QUOTED_MATCH, quoted_match

    long = "dijkversterking bij Gorinchem wordt uitgesteld.\n\nStem volgende week niet op die partij"
    quoted = quoted_match(long)
    assert "\n" not in quoted and " … " in quoted
    assert quoted.startswith("dijkversterking") and quoted.endswith("die partij")
    assert len(quoted) <= MAX_QUOTED_MATCH + 3
    # A short match is quoted as it is.
    assert quoted_match("prutsers") == "prutsers"
    assert quoted_match("a\nb") == "a b"


def test_an_engine_keeps_the_classes_of_its_last_few_writers():
    engine = Engine()
    writers = [Identity(name=f"Schrijver {n}", department=department)
               for n, department in enumerate(["DUO", "UWV", "Belastingdienst"] * 5)]
    kept = [engine.classes_for(engine.context("prive", "blog", writer)) for writer in writers]
    assert len({id(classes) for classes in kept}) == len(writers)
    last = engine.context("prive", "blog", writers[-1])
    assert engine.classes_for(last) is kept[-1]
    first = engine.context("prive", "blog", writers[0])
    again = engine.classes_for(first)
    assert again is not kept[0]
    assert again.get("eigen_organisatie").has("duo", "duo")
    assert not again.get("eigen_organisatie").has("uwv", "uwv")
