"""Typos inside compounds are flagged; correct new compounds are not. The word
lists and their sources are in ``data/``; the figures beside Hunspell alone
are in benchmarks/compound_spelling.py."""

from __future__ import annotations

import pytest

from assistant.language import spelling
from tests.assistant.language.wordlists import compounds, misspellings


@pytest.fixture(scope="module")
def checker():
    # Without a memo: a module's fixture runs outside the test's own cache folder.
    try:
        opened = spelling._open_enchant()
        return spelling.SpellChecker(spelling.Dictionary(opened.tag, None, opened))
    except spelling.DictionaryUnavailable as exc:
        pytest.skip(f"no Dutch Enchant dictionary on this machine: {exc}")


def test_at_least_95_percent_of_misspellings_are_flagged(checker):
    words = misspellings()
    missed = [w for w in words if not checker.misspellings(w)]
    assert len(missed) <= 0.05 * len(words), missed


def test_at_most_one_in_30_correct_compounds_is_flagged(checker):
    words = compounds()
    flagged = [w for w in words if checker.misspellings(w)]
    assert len(flagged) <= len(words) / 30, flagged


@pytest.mark.parametrize("word", [
    "klimaatbeleit", "ambtenarren", "ministerraadvergadring", "stikstofuitstot",
    "woningbouwprogamma", "beleidsvoornemes",
])
def test_a_typo_does_not_pass_as_a_compound(checker, word):
    assert checker.misspellings(word)


@pytest.mark.parametrize("word", [
    "datadeelafspraken", "kamerbrief", "ministerraadvergadering", "waterveiligheidsbeleid",
    "omgevingswetloket", "middenhuur",
])
def test_a_compound_with_a_real_neighbour_is_accepted(checker, word):
    # kamerbrief is one letter from kaperbrief, middenhuur from middelhuur.
    assert not checker.misspellings(word)
