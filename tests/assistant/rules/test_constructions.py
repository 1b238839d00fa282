"""Construction rules: slots of classes, lemmas and words within a clause, in
Dutch word orders, with negation, questions and quotes respected."""

from __future__ import annotations

import pytest

from assistant.nlp.classes import ClassSet, ClassSpec
from assistant.rules.constructions import CompiledConstruction, parse_construction
from assistant.rules.spec import RuleSpecError, parse_rule
from assistant.settings import Settings
from assistant.text import Document

CLASSES = ClassSet().with_specs({
    "belofte": ClassSpec("belofte", ("regelen", "oplossen", "terugbetalen")),
    "wij_test": ClassSpec("wij_test", ("wij", "we", "ik", "door ons")),
    "geweld_test": ClassSpec("geweld_test", ("doodrijden", "kanker*", "*prutser")),
})


def rule(**extra):
    data = {"id": "test.c", "type": "construction", "category": "toon", "message": "{match}",
            "constructions": ["@wij_test @belofte"]}
    data.update(extra)
    return CompiledConstruction(parse_rule(data))


def flagged(compiled: CompiledConstruction, text: str) -> list[str]:
    return [m.text for m, _fix in compiled.matches(Document(text), CLASSES)]


@pytest.mark.parametrize("text", [
    "Wij regelen het voor u.",                          # main clause
    "Morgen regelen we het.",                           # inversion after a fronted element
    "U krijgt bericht zodra we het geregeld hebben.",   # verb at the end of a subclause
    "Wij lossen het deze week op.",                     # separable verb split over the clause
    "We zullen het probleem oplossen.",
    "Het wordt door ons opgelost.",                     # passive
    "Ik betaal het bedrag terug.",
])
def test_free_order_matches_dutch_word_orders(text):
    assert flagged(rule(), text)


@pytest.mark.parametrize("text", [
    "Wij regelen het niet voor u.",                 # negated
    "Zij regelen het voor u.",                       # another subject
    "Wij wachten af; de gemeente regelt het.",      # slots in different clauses
    "Hij zei: “wij regelen het”.",                   # quoted
    "Wij lossen de formulieren niet op tijd in.",   # negated, and no particle 'op' use
])
def test_stays_quiet(text):
    assert not flagged(rule(), text)


def test_span_runs_from_first_to_last_slot():
    assert flagged(rule(), "Morgen regelen we het.") == ["regelen we"]


def test_fixed_order_keeps_the_written_order():
    fixed = rule(order="fixed", constructions=["te+lui om"])
    assert flagged(fixed, "Ze zijn te lui om te lezen.") == ["te lui om"]
    assert not flagged(fixed, "Om te lezen zijn ze te lui.")


def test_negation_require_and_any():
    requires = rule(negation="require")
    assert flagged(requires, "Wij regelen het niet.")
    assert not flagged(requires, "Wij regelen het.")
    assert flagged(rule(negation="any"), "Wij regelen het niet.")


def test_a_slot_that_matches_the_negation_is_not_a_denial():
    deugt = rule(constructions=["regel deugen niet"])
    assert flagged(deugt, "Deze regel deugt niet.")


def test_questions_can_be_skipped():
    assert flagged(rule(), "Regelen wij dat voor u?")
    assert not flagged(rule(questions="skip"), "Regelen wij dat voor u?")


def test_constructions_share_the_atoms_and_alternatives_they_write_alike():
    """Kept once in the cache of the built-in rules, and read back once."""
    first = parse_construction("@wij_test regelen|oplossen")
    second = parse_construction("@wij_test beloven regelen|oplossen")
    assert first.slots[0][0][0] is second.slots[0][0][0]
    assert first.slots[1] is second.slots[2]


def test_with_scope_text_only_a_question_among_the_hit_is_skipped():
    """A draft that asks something elsewhere is not a question as a whole."""
    text = rule(scope="text", questions="skip")
    assert flagged(text, "Weet u al hoe het zit? Wij regelen het morgen.")
    assert not flagged(text, "Goedemorgen. Regelen wij dat voor u?")


def test_unless_slots_silence_the_scope():
    with_unless = rule(unless_slots=["misschien|proberen"])
    assert not flagged(with_unless, "Wij proberen het te regelen.")
    assert flagged(with_unless, "Wij regelen het.")


def test_sentence_scope_spans_clauses():
    sentence = rule(scope="sentence")
    assert flagged(sentence, "Wij wachten af, maar dan regelen ze het.")
    assert not flagged(rule(), "Wij wachten af, maar dan regelen ze het.")


def test_near_bounds_the_distance():
    near = rule(near=2)
    assert flagged(near, "Wij regelen het.")
    assert not flagged(near, "Wij gaan dat allemaal heel snel voor u regelen.")


def test_exact_form_and_compounds():
    form = rule(constructions=["=zei"])
    assert flagged(form, "Hij zei het.")
    assert not flagged(form, "Hij zegt het.")
    compounds = rule(constructions=["@geweld_test"], negation="any")
    assert flagged(compounds, "Wat een kankervolk.") == ["kankervolk"]
    assert flagged(compounds, "Stelletje beleidsprutsers.") == ["beleidsprutsers"]
    assert flagged(compounds, "Anders rij ik ze dood.") == ["rij"]
    assert not flagged(compounds, "Ik rij naar huis.")


@pytest.mark.parametrize("construction, text, hit", [
    # A word reached only through its lemma, a hyphenated part, a separable verb, a phrase.
    ("@wij_test terugbetalen", "Wij betaalden het terug.", True),
    ("=zei regelen", "Hij zei dat we het regelen.", True),
    ("@belofte", "Dat is een regelen-kwestie.", True),
    ("@wij_test opgelost", "Het is door ons opgelost.", True),
    ("@geweld_test", "Anders rij ik ze dood.", True),
    # A slot none of whose words is in the draft: no hit, whatever the rest.
    ("@wij_test @belofte", "Wij wachten gewoon af.", False),
    ("=zei regelen", "Hij zegt dat we het regelen.", False),
])
def test_the_words_a_slot_needs_decide_before_any_search(construction, text, hit):
    """A construction whose slot has none of its words in the draft is not
    searched (the draft's vocabulary of forms, lemmas and hyphenated parts);
    every way a word can count still counts."""
    assert bool(flagged(rule(constructions=[construction], negation="any"), text)) == hit


def test_a_slot_without_its_words_in_the_draft_is_not_searched(monkeypatch):
    searched = []
    original = CompiledConstruction._find_places

    def counting(*args):
        searched.append(args[0])
        return original(*args)

    monkeypatch.setattr(CompiledConstruction, "_find_places", staticmethod(counting))
    compiled = rule(constructions=["@wij_test @belofte"])
    assert not flagged(compiled, "Wij wachten gewoon af.")
    assert searched == []
    assert flagged(compiled, "Wij regelen het.") and searched


def test_the_vocabulary_holds_forms_lemmas_and_hyphenated_parts():
    vocabulary = Document("De PVV-bewindslieden betaalden terug.").analysis.vocabulary
    assert {"pvv-bewindslieden", "pvv", "bewindslieden", "betaalden", "betalen"} <= vocabulary


def test_phrase_entries_match_words_in_a_row():
    compiled = rule(constructions=["@wij_test opgelost"])
    assert flagged(compiled, "Het is door ons opgelost.") == ["door ons opgelost"]


@pytest.mark.parametrize("text", ["", "@", "a||b", "=", "@a-b", "kan*ker", "+a"])
def test_bad_constructions_are_refused(text):
    with pytest.raises(RuleSpecError):
        parse_construction(text)


def test_unknown_class_is_reported():
    compiled = rule(constructions=["@bestaat_niet wij"])
    with pytest.raises(RuleSpecError, match="bestaat_niet"):
        compiled.check_classes(CLASSES)


def test_spec_validation():
    with pytest.raises(RuleSpecError, match="constructions"):
        parse_rule({"id": "a", "type": "construction", "category": "toon", "message": "m"})
    with pytest.raises(RuleSpecError, match="order"):
        parse_rule({"id": "a", "type": "construction", "category": "toon", "message": "m",
                    "constructions": ["wij"], "order": "random"})
    with pytest.raises(RuleSpecError, match="scope"):
        parse_rule({"id": "a", "type": "existence", "category": "toon", "message": "m",
                    "tokens": ["x"], "scope": "clause"})


def test_many_matching_words_stay_linear():
    text = "wij regelen " * 5000
    assert len(flagged(rule(), text)) == 1  # one scope (one sentence, no punctuation)


def test_guards_silence_rules_of_every_type():
    from assistant.engine import Engine
    from assistant.settings import Settings

    data = {"id": "d.foto", "type": "existence", "category": "collega", "message": "{match}",
            "tokens": ["foto"], "unless_slots": ["toestemming|vragen"],
            "unless_text_slots": ["verhaal|hoofdstuk"]}
    engine = Engine(Settings(rules=(parse_rule(data),)))

    def hits(text):
        return [f.rule_id for f in engine.check(text, "prive", "blog") if f.rule_id == "d.foto"]

    assert hits("Een foto van Anna op het feest.")
    # Past negation, in the sentence of the match only.
    assert not hits("Plaats nooit een foto zonder toestemming.")
    assert hits("Vraag het later. Een foto van Anna op het feest.")
    # Anywhere in the draft.
    assert not hits("Een nieuw verhaal. Een foto van Anna op het feest.")


def test_a_guard_with_an_unknown_class_fails_for_a_department_rule():
    from assistant.engine import Engine
    from assistant.settings import Settings

    data = {"id": "d.x", "type": "existence", "category": "toon", "message": "m",
            "tokens": ["x"], "unless_text_slots": ["@bestaat_niet"]}
    with pytest.raises(RuleSpecError, match="bestaat_niet"):
        Engine(Settings(rules=(parse_rule(data),)))


def test_the_tightest_way_to_fill_the_slots_is_flagged():
    wide = rule(scope="text", constructions=["@wij_test @belofte"])
    text = "Wij wachten. Morgen gaan we het regelen."
    assert flagged(wide, text) == ["we het regelen"]


@pytest.mark.parametrize("text, hit", [
    ("Ik werk bij de NVWA en die controles zijn onzin.", True),
    ("De NVWA is onzin.", True),
    # Only where the writer works: a "maar" turns away, brackets, a disclaimer.
    ("Ik werk bij de NVWA, maar als hardloper vind ik die route onzin.", False),
    ("Als hardloper (en medewerker van de NVWA) vind ik die route onzin.", False),
    ("Ik zit bij de NVWA, dus daar zeg ik niks over; die route is onzin.", False),
    ("Als inspecteur bij de NVWA heb ik niks met wegen te maken, maar die route is onzin.", False),
    ("Als iemand die bij de NVWA werkt, vind ik het lastig om mijn mening te geven; die route is onzin.", False),
    # "Als" at the start names the role; without a turn away it is the subject.
    ("Als inspecteur bij de NVWA vind ik die controles onzin.", True),
    # ... unless what follows is another policy area, and nothing of the writer's own.
    ("Als inspecteur bij de NVWA vind ik het onderwijsbeleid onzin.", False),
    ("Ik werk bij de NVWA, maar wat ik onzin vind is de huurwet.", False),
    ("Die route is onzin (ik werk bij de NVWA, dus ben hier gewoon een leek).", False),
])
def test_the_own_organisation_in_a_self_description_is_no_hit(text, hit):
    classes = CLASSES.with_specs({
        "eigen_organisatie": ClassSpec("eigen_organisatie", ("nvwa",)),
        "oordeel_test": ClassSpec("oordeel_test", ("onzin",)),
    })
    compiled = rule(constructions=["@eigen_organisatie @oordeel_test"], scope="sentence",
                    negation="any")
    found = [m.text for m, _fix in compiled.matches(Document(text), classes)]
    assert bool(found) is hit
    # Near miss: the same words in a class of another name are a hit everywhere.
    other = CLASSES.with_specs({
        "organisatie_test": ClassSpec("organisatie_test", ("nvwa",)),
        "oordeel_test": ClassSpec("oordeel_test", ("onzin",)),
    })
    compiled = rule(constructions=["@organisatie_test @oordeel_test"], scope="sentence",
                    negation="any")
    assert [m.text for m, _fix in compiled.matches(Document(text), other)]


def test_a_rule_sees_the_words_of_its_slots_phrases_and_separable_verbs():
    compiled = rule(constructions=["@wij_test @belofte @geweld_test"])
    sees = lambda lower, lemma: compiled.sees({(lower, lemma)}, CLASSES)  # noqa: E731
    assert sees("regelt", "regelen")                  # a lemma of a class
    assert sees("ons", "ons")                         # a word inside a phrase ("door ons")
    assert sees("kankerzooi", "kankerzooi")           # a compound of "kanker*"
    assert sees("rij", "rijden")                      # "doodrijden" split: "ik rij ze dood"
    assert not sees("vensterbank", "vensterbank")
    assert not sees("kat", "kat")
    # A rule whose matches are weighed against its exceptions sees every word.
    assert rule(exceptions=["wij regelen"]).sees({("kat", "kat")}, CLASSES)


def test_a_rule_sees_a_word_as_each_of_its_classes_would():
    """sees() asks the plain classes of a rule (its literal words) as one set:
    the answer must be the one each class gives by itself, for every built-in
    construction rule and words of every kind (hyphenated, a separable verb's
    stem, a compound, an excluded word)."""
    from assistant.engine import Engine
    from assistant.nlp.analysis import analyse
    from assistant.rules.constructions import _class_of

    engine = Engine(Settings())
    classes = engine.classes
    text = ("Ik rij ze dood, die PVV-bewindslieden en kankerzooi; wij regelen het gewoon "
            "voor u. De vergadering van het MT was besloten, zei mijn collega-teamleider. "
            "Hij belt je op, zij stemt ze weg; een dienstvoertuig en een prutser. "
            "Vensterbank, kat, onzin, rijden, doodrijden, oud-minister en geheim.")
    words = {(t.lower, t.lemma) for t in analyse(text).tokens}
    rules = [engine.compiled(spec) for spec in engine.rules if spec.type == "construction"]
    assert len(rules) > 100
    for compiled in rules:
        atoms = [atom for c in compiled.constructions + compiled.unless
                 for slot in c.slots + c.absent for alternative in slot for atom in alternative]
        forms = {a.value for a in atoms if a.kind == "form"}
        word_classes = [_class_of(a, classes) for a in atoms if a.kind != "form"]
        phrase_words = set().union(*(c.phrase_words for c in word_classes))
        for lower, lem in words:
            expected = compiled._sees_every_word or lower in forms or bool(
                {lower, lem} & phrase_words) or any(
                c.has(lower, lem) or c.particles_for(lower, lem) for c in word_classes)
            assert compiled.sees({(lower, lem)}, classes) == expected, (compiled.spec.id, lower)


def test_a_rule_may_hit_only_where_every_word_of_an_alternative_stands():
    compiled = rule(constructions=["@wij_test @belofte|door+ons+kat"])
    may_hit = lambda *words: compiled.may_hit({(w, w) for w in words}, CLASSES)  # noqa: E731
    assert may_hit("wij")
    assert may_hit("door", "ons", "kat")
    # "kat" alone is seen (sees) but cannot make the hit "door ons kat" by itself.
    assert compiled.sees({("kat", "kat")}, CLASSES)
    assert not may_hit("kat", "vensterbank")
    assert not may_hit("vensterbank")


def test_a_rule_may_hit_as_each_of_its_atoms_would_when_rules_share_what_they_found():
    """may_hit() rules most classes out by set look-ups, and rules asked in
    turn about the same words share the answers through one memo: each rule's
    answer must be the one its atoms give by themselves, for every built-in
    construction rule, and the answers about one set of words must not leak
    into those about another."""
    from assistant.engine import Engine
    from assistant.nlp.analysis import analyse
    from assistant.rules.constructions import _class_of

    engine = Engine(Settings())
    classes = engine.classes
    texts = ("Ik rij ze dood, die PVV-bewindslieden en kankerzooi; wij regelen het gewoon "
             "voor u. De vergadering van het MT was besloten, zei mijn collega-teamleider.",
             "Hij belt je op, zij stemt ze weg; een dienstvoertuig en een prutser. "
             "Vensterbank, kat, onzin, rijden, doodrijden, oud-minister en geheim.",
             "De kat zit op de vensterbank.")
    sides = [{(t.lower, t.lemma) for t in analyse(text).tokens} for text in texts]

    def atom_sees(atom, words):
        if atom.kind == "form":
            return any(lower == atom.value for lower, _lem in words)
        word_class = _class_of(atom, classes)
        return any(lower in word_class.phrase_words or lem in word_class.phrase_words
                   or word_class.has(lower, lem) or word_class.particles_for(lower, lem)
                   for lower, lem in words)

    rules = [engine.compiled(spec) for spec in engine.rules if spec.type == "construction"]
    memo: dict = {}
    answers = set()
    for compiled in rules:
        for words in sides:
            expected = compiled._sees_every_word or any(
                all(atom_sees(atom, words) for atom in alternative)
                for c in compiled.constructions + compiled.unless
                for slot in c.slots + c.absent for alternative in slot)
            assert compiled.may_hit(words, classes, memo) == expected, compiled.spec.id
            answers.add(expected)
    assert answers == {True, False}


def test_the_writers_own_work_is_read_in_its_sentence():
    own = rule(constructions=["@eigen_organisatie @oordeel_test"])
    classes = CLASSES.with_specs({
        "eigen_organisatie": ClassSpec("eigen_organisatie", ("nvwa",)),
        "oordeel_test": ClassSpec("oordeel_test", ("onzin",)),
    })
    assert own.reads_own_work({("nvwa", "nvwa"), ("de", "de")}, classes)
    assert not own.reads_own_work({("kat", "kat")}, classes)
    assert not rule(constructions=["@oordeel_test"]).reads_own_work({("nvwa", "nvwa")}, classes)


def test_an_absent_slot_silences_the_whole_scope():
    absent = rule(scope="sentence", constructions=["@wij_test @belofte !maar"])
    assert flagged(absent, "Wij regelen het voor u.") == ["Wij regelen"]
    assert not flagged(absent, "Wij regelen het voor u, maar niet vandaag.")
    assert not flagged(absent, "Het is laat, maar wij regelen het voor u.")


def test_an_absent_after_slot_silences_only_what_follows_the_match():
    after = rule(scope="sentence", constructions=["@wij_test @belofte !>maar"])
    assert not flagged(after, "Wij regelen het voor u, maar niet vandaag.")
    # A 'maar' before the match leaves it standing.
    assert flagged(after, "Het is laat, maar wij regelen het voor u.") == ["wij regelen"]
    # The next sentence is outside the scope.
    assert flagged(after, "Wij regelen het. Maar niet vandaag.") == ["Wij regelen"]


def test_the_kept_needs_of_the_built_in_constructions_are_those_worked_out_afresh():
    """The words each slot needs are kept between runs for the built-in classes;
    a set of the same classes that is not the shared one works them out anew."""
    from assistant.engine import Engine
    from assistant.nlp.classes import builtin_set
    from assistant.rules.constructions import _BASE_NEEDS

    engine = Engine()
    fresh = ClassSet()
    compared = 0
    for spec in engine.rules:
        compiled = engine.compiled(spec)
        if not isinstance(compiled, CompiledConstruction):
            continue
        for construction in compiled.constructions + compiled.unless:
            if construction.text not in _BASE_NEEDS:
                continue
            kept = compiled._needed_words(construction, builtin_set())
            assert kept is _BASE_NEEDS[construction.text]
            assert kept == compiled._needed_words(construction, fresh), construction.text
            compared += 1
    assert compared > 300


def test_a_rule_joins_words_only_where_a_hit_may_run_from_one_into_the_other():
    compiled = rule(constructions=["@wij_test @belofte|door+ons+kat"])
    joins = lambda before, after: compiled.joins(  # noqa: E731
        {(before, before)}, {(after, after)}, CLASSES)
    assert joins("door", "ons")             # "door ons kat", and the phrase "door ons"
    assert joins("ons", "kat")
    # A hit may end at the first word or start at the second: words put between
    # them make or break nothing.
    assert not joins("kat", "door")
    assert not joins("ons", "door")
    assert not joins("vensterbank", "ons")
    assert rule(exceptions=["wij regelen"]).joins({("kat", "kat")}, {("een", "een")}, CLASSES)


def _builtin_construction_rules():
    from assistant.engine import Engine

    engine = Engine(Settings())
    rules = [engine.compiled(spec) for spec in engine.rules if spec.type == "construction"]
    assert len(rules) > 100
    return engine.classes, rules


_EDITED_TEXTS = (
    "Wij regelen dat gewoon voor u, dat beloof ik je. Ik rij ze dood als het moet.",
    "Op de heidag zei de directeur dat het besluit al vaststaat, maar dat blijft onder ons.",
    "Als medewerker van de Belastingdienst vind ik deze regeling echt een puinhoop.",
    "Mijn collega zit al weken thuis met een burn-out, die komt niet meer terug.",
    "Ik kan het rapport nog niet delen, maar de cijfers vallen tegen. Meer zeg ik niet.",
    "Stem op 17 maart niet op die partij, want die maakt er een zooitje van.",
)


def test_a_word_put_between_two_others_changes_a_rules_hits_only_where_it_joins_them():
    """What the incremental check relies on: a word no slot sees, put between
    two words, changes a rule's slot hits (CompiledConstruction.footprint)
    only where the rule joins the two (a hit may run from one into the
    other)."""
    from assistant.nlp.analysis import analyse

    classes, rules = _builtin_construction_rules()
    filler = "vensterbank"
    rules = [r for r in rules if not r.sees({(filler, filler)}, classes)]
    broken = apart = 0
    for text in _EDITED_TEXTS:
        before = analyse(text)
        tokens = before.tokens
        for k in range(1, len(tokens)):
            left, right = tokens[k - 1], tokens[k]
            after = analyse(text[:right.start] + filler + " " + text[right.start:])
            for compiled in rules:
                joined = compiled.joins({(left.lower, left.lemma)},
                                        {(right.lower, right.lemma)}, classes)
                if compiled.footprint(before, classes)[:2] != compiled.footprint(after, classes)[:2]:
                    broken += 1
                    assert joined, (compiled.spec.id, left.lower, right.lower)
                apart += not joined
    # Hits were broken apart, and most pairs of words are joined by no rule.
    assert broken > 5
    assert apart > 0.9 * len(rules) * sum(len(analyse(t).tokens) - 1 for t in _EDITED_TEXTS)


def test_a_particle_taken_away_changes_a_rules_hits_only_where_it_reads_it():
    """A particle taken out of a clause changes the hits of a rule that does not
    see it as a word only where the rule holds a separable verb with that
    particle (reads_particles)."""
    from assistant.nlp.analysis import analyse, is_particle

    classes, rules = _builtin_construction_rules()
    changed = 0
    for text in _EDITED_TEXTS + ("Hij belt je morgen op en zij stemt ze weg.",
                                 "Ik maak het rapport af en wij voeren het beleid in."):
        before = analyse(text)
        for token in before.tokens:
            if not is_particle(token.lower):
                continue
            after = analyse(text[:token.start] + text[token.end:])
            particle = frozenset({token.lower})
            for compiled in rules:
                if compiled.sees({(token.lower, token.lemma)}, classes):
                    continue
                if compiled.footprint(before, classes)[:2] != compiled.footprint(after, classes)[:2]:
                    changed += 1
                    assert compiled.reads_particles(classes, particle), (
                        compiled.spec.id, token.lower)
    assert changed > 0
