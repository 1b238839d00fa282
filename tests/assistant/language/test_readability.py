"""Flesch-Douma reading ease, the Dutch syllable counter and long sentences."""

from __future__ import annotations

import pytest

from assistant.language import LanguageService, readability
from assistant.language.readability import (
    MAKKELIJK,
    MOEILIJK,
    NORMAAL,
    band,
    count_syllables,
    measure,
)
from assistant.settings import Settings


@pytest.mark.parametrize("word, syllables", [
    ("zee", 1),
    ("huis", 1),
    ("auto", 2),
    ("rijksoverheid", 4),   # rijks-o-ver-heid: hyphenation gives 3 parts
    ("geëmigreerd", 4),     # ge-ë-mi-greerd: the diaeresis starts a syllable
    ("beëindigen", 4),      # be-ëin-di-gen
    ("ideeën", 3),          # i-dee-ën
    ("coördinatie", 5),     # co-ör-di-na-tie
    ("geïnformeerd", 4),
    ("één", 1),
    ("café", 2),
    ("draaien", 2),         # draai-en: aai is one sound, the e another
    ("mooie", 2),
    ("leeuw", 1),
    ("nieuwe", 2),
    ("moeilijk", 2),
    ("situatie", 4),        # si-tu-a-tie: u and a are two sounds
    ("idealen", 4),
    ("Ambtenaar", 3),
    ("yoga", 2),            # a y before a vowel is a consonant
    ("systeem", 2),
])
def test_syllables(word, syllables):
    assert count_syllables(word) == syllables


def test_easy_text_hand_computed():
    # 8 words in 2 sentences, every word one syllable:
    # 206.84 - 0.93 * (8/2) - 77 * (8/8) = 206.84 - 3.72 - 77 = 126.12
    r = measure("De kat zit op de mat. Hij slaapt.")
    assert (r.words, r.sentences) == (8, 2)
    assert r.syllables_per_word == 1.0
    assert r.score == pytest.approx(126.12)
    assert r.band == MAKKELIJK


def test_normal_text_hand_computed():
    # Sentence 1, 11 words, 22 syllables: De(1) mi-nis-ter(3) heeft(1) van-daag(2)
    # een(1) nieu-we(2) re-ge-ling(3) voor(1) de(1) huur-toe-slag(3) ge-pre-sen-teerd(4).
    # Sentence 2, 9 words, 19 syllables: bur-gers(2) kun-nen(2) de(1) aan-vraag(2)
    # va-naf(2) vol-gen-de(3) maand(1) di-gi-taal(3) in-die-nen(3).
    # 20 words, 2 sentences, 41 syllables:
    # 206.84 - 0.93 * 10 - 77 * 2.05 = 206.84 - 9.3 - 157.85 = 39.69
    r = measure("De minister heeft vandaag een nieuwe regeling voor de huurtoeslag "
                "gepresenteerd. Burgers kunnen de aanvraag vanaf volgende maand digitaal "
                "indienen.")
    assert (r.words, r.sentences) == (20, 2)
    assert r.syllables_per_word == pytest.approx(2.05)
    assert r.score == pytest.approx(39.69)
    assert r.band == NORMAAL


def test_hard_text_hand_computed():
    # One sentence of 4 words: De(1) rijks-o-ver-heid(4) im-ple-men-teert(4)
    # kli-maat-a-dap-ta-tie-stra-te-gie-ën(10) = 19 syllables.
    # 206.84 - 0.93 * 4 - 77 * 19/4 = 206.84 - 3.72 - 365.75 = -162.63
    r = measure("De rijksoverheid implementeert klimaatadaptatiestrategieën.")
    assert r.score == pytest.approx(-162.63)
    assert r.band == MOEILIJK
    assert "gemiddeld 4,8 lettergrepen" in r.advice


def test_bands_at_their_edges():
    assert band(60.0) == MAKKELIJK
    assert band(59.99) == NORMAAL
    assert band(30.0) == NORMAAL
    assert band(29.99) == MOEILIJK


def test_numbers_and_links_are_not_words():
    r = measure("Op 12 mei 2025 komt het plan.")
    assert r.words == 5


def test_empty_text_has_no_score():
    r = measure("  \n ")
    assert r.score is None and r.band == "" and r.words == 0
    assert r.advice


def test_advice_names_long_sentences():
    long = " ".join(["woord"] * 30) + "."
    r = measure(long)
    assert r.long_sentences == 1
    assert "25 woorden" in r.advice
    assert "korter" in r.advice


def test_to_dict_is_plain_data():
    data = measure("De kat zit op de mat.").to_dict()
    assert data["band"] == MAKKELIJK and data["words"] == 6 and isinstance(data["advice"], str)


def _long_sentence_findings(text):
    service = LanguageService(Settings())
    return [f for f in service.check(text) if f.rule_id == "leesbaarheid.lange-zin"]


def test_sentence_over_25_words_is_flagged():
    sentence = " ".join(["Wij"] + ["werken"] * 25) + "."   # 26 words
    text = "Korte zin. " + sentence + " Nog een korte zin."
    [finding] = _long_sentence_findings(text)
    assert text[finding.start:finding.end] == sentence
    assert finding.category == "leesbaarheid"
    assert finding.severity == "tip"
    assert "26" in finding.message
    assert finding.source.startswith("Taalniveau B1")


def test_sentence_of_25_words_is_not_flagged():
    sentence = " ".join(["Wij"] + ["werken"] * 24) + "."   # 25 words
    assert _long_sentence_findings(sentence + " " + sentence) == []


def test_service_readability_without_load():
    service = LanguageService(Settings())
    assert service.readability("De kat zit op de mat.").band == MAKKELIJK


def test_check_and_readability_of_one_draft_count_each_line_once():
    service = LanguageService(Settings())
    draft = "Een korte zin. " + "Nog een zin over de dijk. " * 3 + "\nEen tweede regel."
    readability._line_counts.cache_clear()
    service.check(draft)
    assert service.readability(draft).sentences == 5
    assert readability._line_counts.cache_info().misses == 2  # worked out by the check
    # An edit in one line counts only that line again.
    assert service.readability(draft.replace("tweede", "derde")).sentences == 5
    assert readability._line_counts.cache_info().misses == 3
