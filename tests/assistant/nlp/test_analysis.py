"""The analysis: tokens with lemmas, clauses, negation, questions and quotes."""

from __future__ import annotations

import re

import pytest

from assistant.nlp import analysis as analysis_module
from assistant.nlp.analysis import analyse
from assistant.text import Document


def clause_words(text: str) -> list[list[str]]:
    a = analyse(text)
    return [[t.lower for t in a.tokens[c.first:c.last]] for c in a.clauses]


def test_tokens_carry_offsets_and_lemmas():
    text = "De ambtenaren vertelden het gisteren 😀 aan collega's."
    a = analyse(text)
    by_word = {text[t.start:t.end]: t.lemma for t in a.tokens}
    assert by_word["ambtenaren"] == "ambtenaar"
    assert by_word["vertelden"] == "vertellen"
    assert by_word["collega's"] == "collega"
    # Offsets index the draft as written, emoji included.
    assert all(text[t.start:t.end].lower() == t.lower for t in a.tokens)


def test_separable_verb_lemma_has_no_underscore():
    assert analyse("Het is opgelost.").tokens[-1].lemma == "oplossen"


@pytest.mark.parametrize("text, expected", [
    ("Het is nog niet besloten, maar de staatssecretaris gaat akkoord.",
     [["het", "is", "nog", "niet", "besloten"], ["maar", "de", "staatssecretaris", "gaat", "akkoord"]]),
    ("Ik bleef thuis omdat het regende; morgen weer.",
     [["ik", "bleef", "thuis"], ["omdat", "het", "regende"], ["morgen", "weer"]]),
    # "dat" can be a determiner: it does not start a clause by itself.
    ("Ik heb dat rapport gelezen.", [["ik", "heb", "dat", "rapport", "gelezen"]]),
])
def test_clauses(text, expected):
    assert clause_words(text) == expected


def test_negation_belongs_to_its_clause():
    a = analyse("Het is niet besloten, maar het gaat door.")
    assert [c.negated for c in a.clauses] == [True, False]


def test_questions_mark_every_clause_of_the_sentence():
    a = analyse("Kunt u dat regelen, of is dat lastig? Dat is prima.")
    assert [c.question for c in a.clauses] == [True, True, False]
    assert [c.sentence for c in a.clauses] == [0, 0, 1]


def test_abbreviation_does_not_end_the_sentence():
    a = analyse("Zie bv. de brief van dhr. Jansen.")
    assert len(a.sentences) == 1


@pytest.mark.parametrize("text, count", [
    # A full stop after a whole word ends the sentence, also before lower case.
    ("die mogen van mij de mazelen krijgen. wie niet horen wil moet maar voelen", 2),
    ("ik lag dubbel. arme jongen", 2),
    # Short and vowelless words before a full stop and lower case are short forms.
    ("Dat zijn o.a. de brieven en de formulieren.", 1),
    ("Groet, mvg. jan", 1),
])
def test_a_full_stop_before_lower_case(text, count):
    assert len(analyse(text).sentences) == count


@pytest.mark.parametrize("text", [
    "Mijn collega K. is ziek. Dat zei dhr. de Vries.",
    "Ik ben A. Jansen. Hallo.",
    "ik lag dubbel. arme jongen",
    "Dat zijn o.a. de brieven. Groet, mvg. jan",
    "Lunch met de DG 😄 Wat er gezegd is, houd ik voor me. Top 👍🏽 ik ga 😂😂 Morgen weer.",
    "Plan B. Dat werkt! Echt? Ja… zeker.",
])
def test_the_analysis_ends_sentences_where_the_document_does(text):
    """One test decides where a sentence ends: the sidebar's spans (text.py) and the
    clauses the constructions read split a draft alike."""
    a = analyse(text)
    words_per_sentence = [
        [t.lower for t in a.tokens if a.clauses[t.clause].sentence == k if t.lower.isalpha()]
        for k in range(len(a.sentences))]
    doc = Document(text)
    expected = [[w.lower() for w in re.findall(r"[^\W\d_]+", text[s.start:s.end])]
                for s in doc.sentences]
    assert words_per_sentence == expected


def test_an_emoji_before_a_capital_ends_the_sentence():
    a = analyse("Lunch met de staatssecretaris 😄 Wat er besproken is, houd ik voor mezelf.")
    assert len(a.sentences) == 2
    assert len(analyse("Top 👍🏽 ik ga naar huis.").sentences) == 1


@pytest.mark.parametrize("text, quoted", [
    ("Hij zei: “ik rij ze dood” en lachte.", {"ik", "rij", "ze", "dood"}),
    ("Ze riep 'weg ermee' naar de agent.", {"weg", "ermee"}),
    ('Het woord "tuig" hoort daar niet.', {"tuig"}),
    # An apostrophe in a word is no quote.
    ("Zo’n collega’s feestje is leuk.", set()),
])
def test_quoted_words(text, quoted):
    a = analyse(text)
    assert {t.lower for t in a.tokens if t.quoted} == quoted


def test_sentences_and_offsets_over_paragraphs():
    text = "Eerste zin.\n\nTweede zin hier. Derde."
    a = analyse(text)
    assert len(a.sentences) == 3
    assert text[a.tokens[2].start:a.tokens[2].end] == "Tweede"


def test_unchanged_paragraphs_are_not_analysed_again(monkeypatch):
    calls = []
    real = analysis_module._analyse_paragraph.__wrapped__

    def counting(text):
        calls.append(text)
        return real(text)

    cached = analysis_module.lru_cache(maxsize=64)(counting)
    monkeypatch.setattr(analysis_module, "_analyse_paragraph", cached)
    first = "Een lange alinea die niet verandert."
    analyse(first + "\nDe tweede alinea.").tokens
    analyse(first + "\nDe tweede alinea, nu langer.").tokens
    assert calls.count(first) == 1
    assert len(calls) == 3


def test_empty_and_punctuation_only_text():
    assert analyse("").tokens == []
    assert analyse("!!! ??? ...").clauses == []


def test_a_long_line_is_analysed_in_linear_time():
    # One clause of many words: the analysis must not rescan it per word.
    a = analyse("woord " * 20000)
    assert len(a.tokens) == 20000


@pytest.mark.parametrize("text, negated", [
    ("Geen zorgen, dat regel ik.", [False, False]),
    ("Niet alleen wij doen mee.", [False]),
    ("Wij doen niet mee.", [True]),
])
def test_fixed_expressions_deny_nothing(text, negated):
    assert [c.negated for c in analyse(text).clauses] == negated


def test_own_policy_area_comes_from_the_function():
    from assistant.engine import Engine
    from assistant.settings import Identity

    engine = Engine()

    def eigen_beleid(function):
        ctx = engine.context("prive", "blog", Identity("A", function, "Ministerie van IenW"))
        return engine.classes_for(ctx).get("eigen_beleid")

    water = eigen_beleid("adviseur waterveiligheid")
    assert water.has("dijkversterkingen", "dijkversterking")
    assert not water.has("basisbeurs", "basisbeurs")
    # An area is taken in only when the function names it, not by a general word.
    assert not eigen_beleid("beleidsmedewerker toeslagen").has("wet", "wet")


def test_class_entries_are_split_as_the_analysis_splits_words():
    from assistant.nlp.classes import WordClass

    roads = WordClass("wegen", ["a27", "d66"], ())
    tokens = analyse("De A27 en D66.").tokens
    assert roads.match_at(tokens, 1, len(tokens)) == 2
    assert roads.match_at(tokens, 4, len(tokens)) == 2


@pytest.mark.parametrize("text", ["Het wordt 100% toegekend.", "Het wordt 100 % toegekend.",
                                  "Het wordt 100 procent toegekend."])
def test_a_percent_sign_reads_as_the_word_procent(text):
    from assistant.nlp.classes import WordClass

    sure = WordClass("zeker", ["100 procent"], ())
    tokens = analyse(text).tokens
    assert [t.lemma for t in tokens][2:4] == ["100", "procent"]
    assert sure.match_at(tokens, 2, len(tokens)) == 2
    assert not sure.match_at(analyse("Het wordt 100 keer toegekend.").tokens, 2, 5)


def test_an_elided_word_opens_no_quote():
    a = analyse("Ik kijk uit naar 't verwijderen van 's morgens vroeg.")
    assert not any(t.quoted for t in a.tokens)


def test_the_writers_own_first_name_is_no_colleague():
    from assistant.engine import Engine
    from assistant.settings import Identity

    engine = Engine()
    text = "Marloes is terug op kantoor na haar burn-out."
    as_colleague = engine.check(text, "prive", "blog", identity=Identity("Els de Wit", "adviseur", "BZK"))
    as_writer = engine.check(text, "prive", "blog", identity=Identity("Marloes Bakker", "adviseur", "BZK"))
    assert any(f.rule_id == "collega.naam-prive" for f in as_colleague)
    assert not any(f.rule_id == "collega.naam-prive" for f in as_writer)


def test_only_words_with_letters_are_tried_as_compounds():
    result = analyse("Het pakket 0612345678901 kwam met dijkversterkingsprojecten mee.")
    long_forms = {lower for lower, _lemma in result.long_types(8)}
    assert "dijkversterkingsprojecten" in long_forms
    assert "0612345678901" not in long_forms


@pytest.mark.parametrize("text, verb, particle, belongs", [
    ("Wij lossen het morgen op.", "lossen", "op", True),          # after the verb
    ("Om het op te lossen bellen we de helpdesk.", "lossen", "op", True),  # before its "te"
    ("Ik rij ze dood.", "rij", "dood", True),
    # A preposition earlier in the clause is no particle of the verb.
    ("Voor mij hielp het om aan de bel te trekken.", "trekken", "voor", False),
    ("Op tijd komen we nooit.", "komen", "op", False),
])
def test_a_particle_belongs_to_a_verb_after_it_or_before_its_te(text, verb, particle, belongs):
    of_verb, in_clause = _particle_of(text, verb, particle)
    assert of_verb is belongs
    # Without a verb, every particle standing in the clause.
    assert in_clause


@pytest.mark.parametrize("text, verb, particle, belongs", [
    ("Ik hang elke dag aan de lijn met ouders die op hun geld wachten.", "hang", "op", False),
    ("Wij lossen het op de markt samen op.", "lossen", "op", True),
    ("Die man hang ik nog eens op.", "hang", "op", True),
    ("Ik reken op je.", "reken", "op", False),
    # A verb's stem right after an article is a noun: no "aanrijden" here.
    ("Hij sluit gewoon achteraan in de rij aan.", "rij", "aan", False),
    ("Zet elke rij aan het eind op nul.", "rij", "aan", False),
    ("Rij je hem aan, dan betaal je.", "rij", "aan", True),
])
def test_a_preposition_before_a_noun_phrase_is_no_particle(text, verb, particle, belongs):
    assert _particle_of(text, verb, particle)[0] is belongs


def _particle_of(text: str, verb: str, particle: str) -> tuple[bool, bool]:
    """Whether ``particle`` belongs to ``verb``, and whether it stands in its clause."""
    analysis = analyse(text)
    i = next(k for k, t in enumerate(analysis.tokens) if t.lower == verb)
    clause = analysis.tokens[i].clause
    return (particle in analysis.separable_particles(clause, i),
            particle in analysis.separable_particles(clause))


def _particles_by_verb(text: str) -> list[tuple[str, frozenset[str]]]:
    analysis = analyse(text)
    return [(t.lower, frozenset(analysis.separable_particles(t.clause, i)))
            for i, t in enumerate(analysis.tokens)]


@pytest.mark.parametrize("text", [
    "Om het op te lossen bellen we de helpdesk.",
    "Wij lossen het morgen samen op.",
    "Voor mij hielp het om aan de bel te trekken.",
    "Ze gaat het dossier af te handelen proberen.",
])
def test_only_a_particle_or_a_word_at_its_te_changes_which_verbs_have_theirs(text):
    """What the incremental check relies on: a word put in or taken out that is
    no particle nor "te", nor stands next to a "te" or right after a particle,
    leaves every verb's particles as they were."""
    words = text.rstrip(".").split()
    before = _particles_by_verb(text)
    for p in range(len(words) + 1):
        for edit in ("in", "out"):
            if edit == "out" and p == len(words):
                continue
            changed = (words[:p] + ["snel"] + words[p:] if edit == "in"
                       else words[:p] + words[p + 1:])
            after = _particles_by_verb(" ".join(changed) + ".")
            # The tokens outside the edit, side by side.
            kept = (after[:p] + after[p + 1:] if edit == "in"
                    else after[:p] + [None] + after[p:])
            word = "snel" if edit == "in" else words[p].lower()
            # The words the edit stands between.
            beside = [words[k].lower() for k in (p - 1, p if edit == "in" else p + 1)
                      if 0 <= k < len(words)]
            if analysis_module.is_particle(word) or analysis_module.binds_particle(word) or any(
                    analysis_module.binds_particle(w) for w in beside) or (
                    p > 0 and analysis_module.is_particle(words[p - 1].lower())):
                continue
            assert [k for k in kept if k] == [b for b, k in zip(before, kept) if k], \
                (edit, p, changed)
