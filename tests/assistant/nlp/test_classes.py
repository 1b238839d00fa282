"""Class sets: a set made from another shares the classes it leaves unchanged."""

from __future__ import annotations

from assistant.nlp.classes import ClassSet, ClassSpec, builtin_set
from assistant.rules.constructions import CompiledConstruction
from assistant.rules.spec import parse_rule
from assistant.text import Document

ROOT = ClassSet({
    "dier": ClassSpec("dier", ("aap",)),
    "zoogdier": ClassSpec("zoogdier", include=("dier",)),
    "beest": ClassSpec("beest", include=("zoogdier",)),
    "plant": ClassSpec("plant", ("eik",)),
    "belofte": ClassSpec("belofte", ("regelen", "oplossen")),
})


def test_a_changed_class_changes_every_class_that_includes_it():
    derived = ROOT.with_specs({"dier": ClassSpec("dier", ("mier",))})
    assert derived.affected == {"dier", "zoogdier", "beest"}
    assert derived.get("beest").has("mier", "mier")
    assert not ROOT.get("beest").has("mier", "mier")
    assert derived.get("beest").has("aap", "aap")


def test_unchanged_classes_are_looked_up_in_the_base():
    derived = ROOT.with_specs({"dier": ClassSpec("dier", ("mier",))})
    assert derived.base is ROOT
    assert derived.get("plant") is ROOT.get("plant")
    assert derived.shared_for({"plant", "belofte"}) is ROOT
    assert derived.shared_for({"plant", "zoogdier"}) is derived


def test_a_set_made_from_a_made_set_keeps_the_first_base_and_both_changes():
    first = ROOT.with_specs({"dier": ClassSpec("dier", ("mier",))})
    second = first.with_specs({"plant": ClassSpec("plant", ("roos",))})
    assert second.base is ROOT
    assert second.affected == {"dier", "zoogdier", "beest", "plant"}
    assert second.get("plant").has("roos", "roos") and second.get("beest").has("mier", "mier")
    assert second.get("belofte") is ROOT.get("belofte")


def test_a_new_class_is_no_class_of_the_base():
    derived = ROOT.with_specs({"org": ClassSpec("org", ("duo",))})
    assert "org" in derived.affected and "org" not in ROOT
    assert derived.get("org").has("duo", "duo")


def test_the_built_in_set_is_one_set():
    assert builtin_set() is builtin_set()
    assert builtin_set().base is None and not builtin_set().affected


def test_rules_asked_for_writers_in_turn_keep_each_writers_classes_apart():
    """What a rule works out for one writer's classes is not used for another's."""
    compiled = CompiledConstruction(parse_rule({
        "id": "test.org", "type": "construction", "category": "toon", "message": "{match}",
        "constructions": ["@org @belofte"]}))
    writers = {org: ROOT.with_specs({"org": ClassSpec("org", (org,))})
               for org in ("duo", "uwv", "rvo")}
    texts = {org: f"{org.upper()} gaat het voor u regelen." for org in writers}
    for _ in range(2):
        for org, classes in writers.items():
            for other, text in texts.items():
                found = [m.text for m, _fix in compiled.matches(Document(text), classes)]
                assert bool(found) == (org == other), (org, text)


def test_the_built_in_set_kept_between_runs_holds_the_classes_as_resolved_afresh():
    fresh = ClassSet()
    compared = 0
    for name in fresh.names():
        if name not in builtin_set()._resolved:
            continue  # includes a class made from the configuration
        kept, new = builtin_set().get(name), fresh.get(name)
        assert (kept.words, kept.heads, kept.modifiers, kept.phrases, kept.separable,
                kept.exclude) == (new.words, new.heads, new.modifiers, new.phrases,
                                  new.separable, new.exclude), name
        compared += 1
    assert compared > 150
