"""The rule format: what parse_rule accepts and how it names a bad key."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from assistant.engine import builtin_rules, compile_rule
from assistant.findings import Severity
from assistant.rules import code as code_rules
from assistant.rules.examples import check_examples
from assistant.rules.matchers import CompiledRule
from assistant.rules.spec import KNOWN_KEYS, RuleSpecError, parse_rule
from assistant.sources import guideline_sources

DOC = Path(__file__).resolve().parents[3] / "docs" / "rule-format.md"
LANGUAGE_CATEGORIES = {"vertrouwelijk", "besloten-sfeer", "collega", "toon", "partijdigheid",
                       "toezegging", "rolvermenging"}

BASE = {"id": "afdeling.test", "type": "existence", "category": "toon", "message": "m",
        "tokens": ["x"]}


def error_key(**changes):
    data = {k: v for k, v in (BASE | changes).items() if v is not None}
    with pytest.raises(RuleSpecError) as err:
        parse_rule(data)
    return err.value.key


def test_minimal_rule_gets_defaults():
    spec = parse_rule(BASE)
    assert spec.level is Severity.WAARSCHUWING
    assert spec.profiles == ("prive", "functie")
    assert spec.scope == "sentence"
    assert spec.near is None and spec.fix is None and spec.enabled


def test_documented_keys_are_all_known():
    assert {"near", "fix", "fix_label", "exceptions", "unless_tokens", "swap", "fires",
            "quiet"} <= KNOWN_KEYS


@pytest.mark.parametrize("changes, key", [
    ({"colour": "red"}, "colour"),
    ({"id": None}, "id"),
    ({"type": "magic"}, "type"),
    ({"level": "ramp"}, "level"),
    ({"stelregel": 5}, "stelregel"),
    ({"stelregel": True}, "stelregel"),
    ({"profiles": ["thuis"]}, "profiles"),
    ({"tokens": "x"}, "tokens"),
    ({"scope": "paragraph"}, "scope"),
    ({"enabled": "yes"}, "enabled"),
    ({"fix": 3}, "fix"),
    ({"fix": "{replacement}"}, "fix"),
    ({"fix": "{match!r}"}, "fix"),
    ({"fix": "{"}, "fix"),
    ({"tokens": None}, "tokens"),
    ({"type": "substitution"}, "swap"),
    ({"type": "cooccurrence"}, "context_tokens"),
    ({"type": "code"}, "check"),
    ({"near": 3}, "near"),
    ({"fires": "Wat dom."}, "fires"),
    ({"quiet": [3]}, "quiet"),
    ({"fires": ["Wat dom.", " "]}, "fires"),
    ({"quiet": [""]}, "quiet"),
])
def test_bad_rule_names_the_key(changes, key):
    assert error_key(**changes) == key


@pytest.mark.parametrize("near", [0, -2, 1.5, True, "5"])
def test_near_must_be_a_positive_whole_number(near):
    assert error_key(type="cooccurrence", context_tokens=["y"], near=near) == "near"


def test_examples_are_kept_in_order():
    spec = parse_rule(BASE | {"fires": ["x is het", "en x"], "quiet": ["xx"]})
    assert (spec.fires, spec.quiet) == (("x is het", "en x"), ("xx",))
    assert parse_rule(BASE).fires == parse_rule(BASE).quiet == ()


def test_near_with_context():
    spec = parse_rule(BASE | {"type": "cooccurrence", "context_tokens": ["y"], "near": 4})
    assert spec.near == 4


@pytest.mark.parametrize("fix", ["", "vervang", "{match} (op persoonlijke titel)", "{lower}",
                                 "op persoonlijke titel: {first_lower}",
                                 "{{letterlijk}}"])
def test_fix_placeholders(fix):
    assert parse_rule(BASE | {"fix": fix}).fix == fix


def test_examples_in_the_documentation_are_valid_rules():
    blocks = re.findall(r"```toml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    rules = [table for block in blocks if "[[rules]]" in block
             for table in tomllib.loads(block)["rules"]]
    assert len(rules) >= 6
    for table in rules:
        compile_rule(parse_rule(table))
    assert any("fires" in table for table in rules)
    for table in rules:
        assert check_examples(parse_rule(table)) == [], table["id"]


def test_builtin_rules_have_unique_ids_sources_and_explanations():
    specs = builtin_rules()
    ids = [spec.id for spec in specs]
    assert len(ids) == len(set(ids))
    language_rules = [spec for spec in specs if spec.category in LANGUAGE_CATEGORIES]
    assert {spec.category for spec in language_rules} == LANGUAGE_CATEGORIES
    for spec in language_rules:
        assert spec.id.startswith(spec.category + ".")
        assert spec.source in guideline_sources(), spec.id
        assert spec.explanation and spec.message, spec.id


def test_every_key_is_documented():
    doc = DOC.read_text(encoding="utf-8")
    missing = [key for key in KNOWN_KEYS if f"`{key}`" not in doc]
    assert not missing


def test_every_code_check_is_documented():
    code_rules.load_all()
    doc = DOC.read_text(encoding="utf-8")
    assert not [name for name in code_rules.CODE_CHECKS if f"`{name}`" not in doc]


@pytest.mark.parametrize("changes, key", [
    ({"tokens": ["*"]}, "tokens"),
    ({"tokens": ["kut*", "  "]}, "tokens"),
    ({"tokens": ["a"], "unless_tokens": [""]}, "unless_tokens"),
])
def test_empty_tokens_are_refused(changes, key):
    with pytest.raises(RuleSpecError) as caught:
        parse_rule({**BASE, **changes})
    assert caught.value.key == key


@pytest.mark.parametrize("changes, key", [
    ({"patterns": ["x*"]}, "patterns"),
    ({"patterns": ["(?:)"]}, "patterns"),
    ({"tokens": ["a"], "unless_patterns": ["(?:)?"]}, "unless_patterns"),
    ({"tokens": ["a"], "context_patterns": ["\\s*"], "type": "cooccurrence"},
     "context_patterns"),
])
def test_patterns_that_match_empty_text_are_refused_when_compiled(changes, key):
    spec = parse_rule({**BASE, **changes})
    with pytest.raises(RuleSpecError) as caught:
        CompiledRule(spec)
    assert caught.value.key == key and "lege tekst" in str(caught.value)


def test_a_token_of_one_emoji_is_a_real_token():
    assert parse_rule({**BASE, "tokens": ["📸"]}).tokens == ("📸",)
