from __future__ import annotations

from datetime import date

import pytest

from assistant.settings import SensitivePeriod
from tests.assistant.rules.code.support import PIETER, run

FORMATIE = SensitivePeriod("Formatieperiode", date(2026, 1, 1), date(2026, 12, 31),
                           ("formatie", "informateur", "coalitieakkoord"))
VERKIEZINGEN = SensitivePeriod("Verkiezingsperiode", date(2027, 1, 1), date(2027, 3, 20),
                               ("verkiezingen", "stemadvies"))


def flagged(text, today=date(2026, 6, 1), periods=(FORMATIE, VERKIEZINGEN), profile="prive"):
    return [text[f.start:f.end] for f in run("timing.toml", text, profile, "x", PIETER,
                                                  periods=periods, today=today)]


@pytest.mark.parametrize("text, word", [
    ("Spannend wie de nieuwe informateur wordt.", "informateur"),
    ("De formatiegesprekken lopen vast.", "formatiegesprekken"),
    ("De kabinetsformatie duurt lang.", "kabinetsformatie"),
    ("Het Coalitieakkoord is uit!", "Coalitieakkoord"),
    ("Twee informateurs aan tafel.", "informateurs"),
    ("Wat een FORMATIE zeg.", "FORMATIE"),
])
def test_terms_of_the_current_period_fire(text, word):
    assert flagged(text) == [word]


def test_message_names_the_period_and_its_end():
    f = run("timing.toml", "Spannend, die formatie.", "prive", "x", PIETER, periods=(FORMATIE,),
            today=date(2026, 6, 1))[0]
    assert "Formatieperiode" in f.message and "31-12-2026" in f.message
    assert f.stelregel == 2


@pytest.mark.parametrize("text", [
    "Desinformatie is een groot probleem.",
    "De informatie staat online.",
    "De transformatie van de wijk gaat door.",
    "Formatief toetsen werkt goed in het onderwijs.",
    "Mooie wandeling op de Veluwe.",
])
def test_words_that_only_contain_a_term_stay_quiet(text):
    assert flagged(text) == []


def test_quiet_outside_the_period_and_on_its_edges_inclusive():
    text = "Wie wordt de informateur? En de verkiezingen komen eraan."
    assert flagged(text, today=date(2025, 12, 31)) == []
    assert flagged(text, today=date(2026, 1, 1)) == ["informateur"]
    assert flagged(text, today=date(2026, 12, 31)) == ["informateur"]
    assert flagged(text, today=date(2027, 3, 20)) == ["verkiezingen"]
    assert flagged(text, today=date(2027, 3, 21)) == []


def test_in_functie_too_and_quiet_without_periods():
    assert flagged("De formatie loopt.", profile="functie") == ["formatie"]
    assert flagged("De formatie loopt.", periods=()) == []


def test_offsets_after_emoji():
    text = "🗳️🎉 Op naar de Tweede Kamerverkiezingen!"
    assert flagged(text, today=date(2027, 2, 1)) == ["Kamerverkiezingen"]


@pytest.mark.parametrize("text, word", [
    ("Het verkiezingsprogramma is klaar.", "verkiezingsprogramma"),
    ("Deze verkiezing wordt spannend.", "verkiezing"),
    ("De Tweede Kamerverkiezingen komen eraan.", "Kamerverkiezingen"),
])
def test_plural_terms_also_match_their_singular_and_its_compounds(text, word):
    assert flagged(text, today=date(2027, 2, 1)) == [word]
    f = run("timing.toml", text, "prive", "x", PIETER, periods=(VERKIEZINGEN,),
            today=date(2027, 2, 1))[0]
    assert word in f.message and "Verkiezingsperiode" in f.message
