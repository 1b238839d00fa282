"""B1 word swaps: data rules in resources/rules/leesbaarheid.toml run by the engine."""

from __future__ import annotations

import tomllib
from functools import cache

import pytest

from assistant.engine import Engine
from assistant.resources import resource_path


@cache
def engine() -> Engine:
    return Engine()


def b1_findings(text: str, profile: str = "prive"):
    return [f for f in engine().check(text, profile, "blog") if f.category == "leesbaarheid"]


@pytest.mark.parametrize("text, word, replacement", [
    ("Wij creëren meer banen in de regio.", "creëren", "maken"),
    ("De gemeente gaat gegevens verstrekken aan de burger.", "verstrekken", "geven"),
    ("Dat is een relevant punt voor de burger.", "relevant", "belangrijk"),
    ("Wij bellen, teneinde u te helpen.", "teneinde", "om"),
    ("Het plan is klaar, derhalve stoppen wij.", "derhalve", "daarom"),
    ("U kunt middels dit formulier reageren.", "middels", "met"),
    ("Er is een brief inzake de subsidie.", "inzake", "over"),
    ("Veiligheid heeft prioriteit bij ons.", "prioriteit", "voorrang"),
    ("Wij gaan de wet implementeren in 2026.", "implementeren", "invoeren"),
    ("U dient te reageren voor vrijdag.", "dient te", "moet"),
    ("Ik schrijf met betrekking tot uw vraag.", "met betrekking tot", "over"),
    ("Wij hebben vragen betreffende de subsidie.", "betreffende", "over"),
])
def test_b1_swap_fires_with_fix(text, word, replacement):
    [finding] = b1_findings(text)
    assert text[finding.start:finding.end] == word
    assert finding.fix.replacement == replacement
    assert finding.severity == "tip" and finding.stelregel is None
    assert finding.source.startswith("Taalniveau B1")
    assert replacement in finding.message


def test_capital_at_sentence_start_is_kept():
    [finding] = b1_findings("Middels deze brief informeer ik u.")
    assert finding.fix.replacement == "Met"


def test_fires_in_both_profiles():
    assert b1_findings("Wij creëren banen.", "functie")


@pytest.mark.parametrize("text", [
    "Wij maken meer banen in de regio.",
    "De relevantie van dit punt is groot.",            # a longer word is not the same word
    "De creatie van banen gaat goed.",
    "De betreffende ambtenaar heeft gereageerd.",      # "die ambtenaar", not "over"
    "Dit betreffende onderwerp ligt gevoelig.",
    "Hij dient de soep op.",                          # dienen without te: serving
])
def test_b1_swap_stays_quiet(text):
    assert b1_findings(text) == []


def test_swap_table_is_large_and_plain():
    with open(resource_path("rules", "leesbaarheid.toml"), "rb") as fh:
        rules = tomllib.load(fh)["rules"]
    swaps = {k: v for rule in rules for k, v in rule["swap"].items()}
    assert len(swaps) >= 30
    for rule in rules:
        assert rule["category"] == "leesbaarheid" and rule["level"] == "tip"
        assert "stelregel" not in rule and rule["source"] == "leesbaarheid"
    # A swap is never the same word or longer officialese.
    assert all(k != v for k, v in swaps.items())
