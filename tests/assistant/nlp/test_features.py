"""The features and windows of the learned reading."""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from assistant.nlp.analysis import analyse
from assistant.nlp.features import (WINDOW_WORDS, ClassIndex, Reader, Sentence, paragraphs,
                                    window_features, windows)
from assistant.settings import Department, Identity

CLASSES = Engine.class_set((), Identity(), Department())
TEXT = ("De minister heeft gisteren het rapport over de dijkversterking niet gelezen. "
        "Wat een stelletje prutsers zijn het op die afdeling! Lees het op rijksoverheid.nl, "
        "kankervolk. Zij werkt bij de PVV-fractie en is woordvoerder van het kabinet.")


def _index() -> ClassIndex:
    return ClassIndex(CLASSES.get(name) for name in CLASSES.names())


def test_class_index_agrees_with_asking_every_class():
    index = _index()
    words = {(t.lower, t.lemma) for t in analyse(TEXT).tokens}
    words |= {("stikstofbeleid", "stikstofbeleid"), ("oud-minister", "oud-minister")}
    for lower, lem in words:
        expected = tuple(sorted(name for name in CLASSES.names()
                                if CLASSES.get(name).has(lower, lem)))
        assert index.names(lower, lem) == expected, lower


def test_a_writers_index_on_a_base_agrees_with_a_whole_index():
    writer = Engine.class_set((), Identity(name="Kees Bakker", function="adviseur stikstof",
                                           department="Belastingdienst"), Department())
    names = tuple(writer.names())
    whole = ClassIndex(writer.get(name) for name in names)
    on_base = ClassIndex((writer.get(name) for name in names), _index())
    words = {(t.lower, t.lemma) for t in analyse(
        TEXT + " Kees en Anna van de Belastingdienst werken aan de stikstofaanpak en de "
        "toeslagen; de Douane-collega's ook.").tokens}
    assert any("eigen_organisatie" in whole.names(lower, lem) for lower, lem in words)
    for lower, lem in words:
        assert on_base.names(lower, lem) == whole.names(lower, lem), lower


def test_an_index_on_a_base_leaves_out_the_base_classes_it_has_not():
    on_base = ClassIndex([CLASSES.get("scheldwoord")], _index())
    assert on_base.names("minister", "minister") == ()
    assert on_base.names("prutser", "prutser") == ("scheldwoord",)


def test_class_index_finds_a_compound_by_its_head():
    assert "scheldwoord" in _index().names("stelletjeprutsers", "stelletjeprutsers") or \
        "scheldwoord" in _index().names("oerprutser", "oerprutser")


def _reader(profile="prive", terms=None) -> Reader:
    return Reader(_index(), terms, profile)


def test_a_sentence_has_its_lemmas_classes_and_marks():
    sentence, = _reader().paragraph("Ik heb die cijfers niet gezien?")
    assert {"l:cijfer", "NEG", "Q"} <= sentence.features
    assert sentence.words == 6


def test_own_term_is_marked_and_doubles_lemmas_in_its_window():
    from assistant.rules.code.policy_area import term_matcher

    reader = _reader(terms=term_matcher(("dijkversterking",)))
    own, other = reader.paragraph("Die dijkversterking is een blunder. Het weer is mooi.")
    assert "OWN_TERM" in own.features and "OWN_TERM" not in other.features
    features = window_features([own], "prive")
    assert {"o:l:dijkversterking", "o:c:beleidsoordeel", "p:prive"} <= features
    assert not any(f.startswith("o:") for f in window_features([other], "prive"))


def test_own_term_that_only_says_what_the_writer_does_is_not_marked():
    from assistant.rules.code.policy_area import term_matcher

    reader = _reader(terms=term_matcher(("NVWA",)))
    intro, = reader.paragraph("Ik werk bij de NVWA, maar als hardloper vind ik die route onhandig.")
    about, = reader.paragraph("Ik werk bij de NVWA, maar die regels zijn onhandig.")
    assert "OWN_TERM" not in intro.features and "OWN_TERM" in about.features


def test_own_work_class_that_only_says_where_the_writer_works_is_no_feature():
    from assistant.nlp.classes import ClassSpec

    classes = CLASSES.with_specs({"eigen_beleid": ClassSpec("eigen_beleid", ("klimaatbeleid",))})
    reader = Reader(ClassIndex(classes.get(n) for n in classes.names()), None, "prive")
    intro, = reader.paragraph("Ik werk aan klimaatbeleid, maar als huurder vind ik die regels onhandig.")
    about, = reader.paragraph("Ik werk aan klimaatbeleid en dat beleid is onhandig.")
    assert "c:eigen_beleid" not in intro.features and "l:klimaatbeleid" in intro.features
    assert "c:eigen_beleid" in about.features


def _words(n: int) -> tuple[Sentence, ...]:
    return (Sentence(0, n, n, frozenset({f"l:w{n}"})),)


def test_a_short_draft_is_one_window():
    found = windows([(0, _words(20)), (30, _words(30)), (70, ())])
    assert len(found) == 1 and len(found[0].sentences) == 2


def test_a_long_draft_is_read_per_paragraph_and_per_pair_that_fits():
    found = windows([(0, _words(70)), (100, _words(40)), (200, _words(90))])
    sizes = [sum(s.words for _, s in w.sentences) for w in found]
    assert sizes == [70, 110, 40, 90]
    assert all(size <= WINDOW_WORDS for size in sizes)


def test_a_long_paragraph_is_read_in_runs_of_sentences():
    sentences = tuple(Sentence(i * 10, i * 10 + 9, 50, frozenset()) for i in range(5))
    found = windows([(0, sentences)])
    assert [len(w.sentences) for w in found] == [2, 2, 1]


def test_an_edit_changes_only_the_windows_around_it():
    before = [(0, _words(70)), (100, _words(40)), (200, _words(90)), (300, _words(60))]
    after = [before[0], (100, _words(41)), *before[2:]]
    # The edited paragraph's own window and its pair with the paragraph before.
    unchanged = [w for w in windows(before) if w in windows(after)]
    assert len(windows(before)) == 5 and len(unchanged) == 3


@pytest.mark.parametrize("text", ["", "\n\n", "🙂🙂", "12 34"])
def test_a_draft_without_words_gives_no_feature_of_a_word(text):
    read = [(base, _reader().paragraph(part)) for base, part in paragraphs(text)]
    for window in windows(read):
        assert not any(f.startswith(("l:", "c:")) for _, s in window.sentences
                       for f in s.features)
