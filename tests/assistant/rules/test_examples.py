"""Every rule's own examples: what it must flag (fires) and the near misses it
must leave alone (quiet), each run against that rule alone."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.engine import Engine, builtin_rules
from assistant.rules.examples import (
    EXAMPLE_IDENTITY,
    ExampleFailure,
    check_examples,
    example_context,
)
from assistant.rules.spec import parse_rule
from assistant.settings import Settings
from assistant.text import Document

RULES = {spec.id: spec for spec in builtin_rules()}

DOM = {"id": "afdeling.dom", "type": "existence", "category": "toon", "message": "m",
       "tokens": ["dom"]}


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_builtin_rule_honours_its_examples(rule_id):
    failures = check_examples(RULES[rule_id])
    assert not failures, "\n".join(f"{f.key}[{f.index + 1}]: {f.message}" for f in failures)


def test_every_builtin_rule_has_examples_both_ways():
    # Code rules too: the example writer gives them an identity, a department
    # with policy terms and a sensitive period to look at.
    lacking = sorted(spec.id for spec in RULES.values() if not (spec.fires and spec.quiet))
    assert not lacking


def test_a_wrong_example_is_reported_both_ways():
    spec = parse_rule(DOM | {"fires": ["Wat dom.", "De Domtoren."],
                             "quiet": ["Domweg vergeten.", "Een dom idee."]})
    assert check_examples(spec) == [
        ExampleFailure("afdeling.dom", "fires", 1, "De Domtoren."),
        ExampleFailure("afdeling.dom", "quiet", 1, "Een dom idee.", ("dom",)),
    ]
    fires, quiet = check_examples(spec)
    assert fires.message == "De regel moet dit voorbeeld melden, maar meldt niets: “De Domtoren.”."
    assert "meldt “dom”" in quiet.message


def test_a_rule_without_examples_has_nothing_to_fail():
    assert check_examples(parse_rule(DOM)) == []


def test_a_broken_builtin_example_fails_its_test():
    spec = dataclasses.replace(RULES["toon.uitroeptekens"], fires=("Goed zo!",))
    assert [f.key for f in check_examples(spec)] == ["fires"]


def test_examples_run_against_the_one_rule_alone():
    # In the full check a more serious rule of the same category on the same
    # words would hide this one's finding; alone it is seen.
    text = "Wat een kutregel."
    spec = parse_rule(DOM | {"tokens": ["kutregel"], "level": "tip", "fires": [text]})
    full = Engine(Settings(rules=(spec,))).check(text, "prive", "blog")
    assert "afdeling.dom" not in {f.rule_id for f in full}
    assert check_examples(spec) == []


def test_examples_use_the_first_profile_and_a_platform_the_rule_applies_to():
    spec = parse_rule(DOM | {"profiles": ["functie", "prive"], "platforms": ["microblog"]})
    ctx = example_context(spec)
    assert (ctx.profile.id, ctx.platform.id, ctx.platform.kind) == ("functie", "microblog",
                                                                     "microblog")
    assert example_context(parse_rule(DOM | {"platforms": ["linkedin"]})).platform.id == "linkedin"
    assert example_context(parse_rule(DOM)).platform.limit == 280
    assert ctx.identity == EXAMPLE_IDENTITY and ctx.identity.complete


def test_code_rules_run_their_check_with_the_example_writer():
    spec = dataclasses.replace(
        RULES["identificatie"],
        fires=("De sluis gaat in mei open.",),
        quiet=("De sluis gaat in mei open.\n\n"
               "Sanne de Vries, beleidsmedewerker, Ministerie van Infrastructuur en Waterstaat",))
    assert check_examples(spec) == []


def test_the_runner_and_the_full_check_share_one_path():
    engine = Engine()
    spec = RULES["toon.uitroeptekens"]
    ctx = engine.context("functie", "blog")
    text = "Wat mooi!!!"
    alone = engine.run_rule(spec, Document(text), ctx)
    assert [f.rule_id for f in alone] == ["toon.uitroeptekens"]
    assert alone[0] in engine.check_context(text, ctx)
