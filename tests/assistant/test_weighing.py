"""The functioneringsnorm weighed: each criterion moves up on its evidence and
stays down on near misses; the reading of the whole follows weights and
thresholds; a configuration adjusts them and adds topics."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.config import is_locked, load_settings, validate_file
from assistant.engine import Engine
from assistant.findings import Finding, Severity
from assistant.settings import Identity, SensitivePeriod, Settings, WeighingSettings
from assistant.weighing import (
    CRITERIA,
    Criterion,
    Level,
    Parameters,
    Reading,
    Reason,
    weigh,
    weighing_data,
)

STIKSTOF = Identity("Jan Jansen", "beleidsmedewerker stikstof", "Ministerie van LNV")
ONDERWIJS = Identity("Jan Jansen", "beleidsmedewerker onderwijs", "Ministerie van OCW")
SIGNED = " Jan Jansen, beleidsmedewerker stikstof, LNV"
PERIOD = SensitivePeriod("de verkiezingsperiode", date(2027, 2, 1), date(2027, 3, 20),
                         ("stemwijzer",))
DURING, AFTER = date(2027, 3, 1), date(2027, 6, 1)

_engines: dict[tuple, Engine] = {}


def engine_for(identity: Identity, weighing: WeighingSettings | None = None) -> Engine:
    key = (identity, weighing and repr(weighing))
    if key not in _engines:
        _engines[key] = Engine(Settings(identity=identity, sensitive_periods=(PERIOD,),
                                        weighing=weighing or WeighingSettings()))
    return _engines[key]


def reading(text, profile="prive", platform="x", identity=STIKSTOF, today=AFTER,
            parameters=None, weighing=None) -> Reading:
    engine = engine_for(identity, weighing)
    ctx = engine.context(profile, platform, today=today)
    return weigh(text, engine.check_context(text, ctx), ctx, engine, parameters)


def level(text, criterion, **kwargs) -> Level:
    return reading(text, **kwargs).criterion(criterion).level


# --- the shape ---------------------------------------------------------------

def test_six_criteria_in_the_guideline_order():
    result = reading("Mooie wandeling gemaakt vandaag.")
    assert tuple(c.id for c in result.criteria) == CRITERIA
    assert result.level is Level.LAAG
    assert all(c.title and "Waar ligt de grens?" in c.source for c in result.criteria)


def test_levels_rank_and_read_in_dutch():
    assert [lv.rank for lv in (Level.LAAG, Level.MIDDEL, Level.HOOG)] == [0, 1, 2]
    assert Level.HOOG.label == "hoog"


def test_reasons_from_the_draft_point_into_it():
    text = "Ik vind het stikstofbeleid echt onzin."
    distance = reading(text).criterion("afstand")
    spans = [(r.start, r.end) for r in distance.reasons if r.start is not None]
    assert spans and all(0 <= s < e <= len(text) for s, e in spans)
    assert any("stikstofbeleid" in text[s:e] for s, e in spans)


def test_offsets_are_string_indices_after_emoji():
    text = "🙂🙂 Ik vind het stikstofbeleid echt onzin."
    reasons = reading(text).criterion("afstand").reasons
    assert any(text[r.start:r.end] == "stikstofbeleid" for r in reasons if r.start is not None)


def test_round_trip_through_dict():
    result = reading("Ik vind het stikstofbeleid van minister Wiersma echt onzin.")
    data = result.to_dict()
    assert set(data) == {"level", "criteria"}
    assert [c["id"] for c in data["criteria"]] == list(CRITERIA)
    assert all(set(c) == {"id", "level", "reasons"} for c in data["criteria"])
    assert all(set(r) in ({"text"}, {"text", "start", "end"})
               for c in data["criteria"] for r in c["reasons"])
    again = Reading.from_dict(data)
    assert again.to_dict() == data
    assert again.summary() == result.summary()
    assert again.criteria[0].title == result.criteria[0].title


def test_summary_names_level_and_what_carries_it():
    result = reading("Ik vind het stikstofbeleid van minister Wiersma echt onzin.")
    assert result.summary().startswith(f"{result.level.label} — ")
    assert "dichtbij je eigen beleidsterrein" in result.summary()
    assert reading("Mooie wandeling.").summary() == (
        "laag — geen van de zes criteria wijst op schade")


# --- afstand -----------------------------------------------------------------

def test_opinion_by_the_policy_officer_for_the_subject_reads_high():
    assert level("Ik vind het stikstofbeleid echt onzin.", "afstand",
                 identity=STIKSTOF) is Level.HOOG


def test_same_opinion_far_from_own_work_stays_low():
    result = reading("Ik vind het stikstofbeleid echt onzin.", identity=ONDERWIJS)
    assert result.criterion("afstand").level is Level.LAAG
    assert "ver van je eigen werk" in result.criterion("afstand").reasons[0].text


def test_own_subject_without_opinion_in_prive_is_middel():
    assert level("Morgen praat ik op een congres over stikstof.", "afstand") is Level.MIDDEL
    assert level("Morgen praat ik op een congres over mijn tuin.", "afstand") is Level.LAAG


def test_in_functie_own_subject_is_the_job_but_an_opinion_is_close():
    assert level("De regels voor mest staan op rvo.nl." + SIGNED, "afstand",
                 profile="functie", platform="forum") is Level.LAAG
    assert level("Die boeren zijn gewoon tuig." + SIGNED, "afstand",
                 profile="functie") is Level.HOOG


def test_saying_you_work_for_the_government_brings_the_subject_close():
    text = "Wij werken voor het ministerie en zien hoe de regeling uitpakt."
    assert level(text, "afstand", identity=Identity()) is Level.MIDDEL
    assert level("Wij werken voor onze klanten en zien hoe het uitpakt.", "afstand",
                 identity=Identity()) is Level.LAAG


def test_a_verdict_in_the_sentence_that_says_where_you_work_reads_high():
    text = "Ik werk bij de Belastingdienst en die nieuwe regels zijn echt onzin."
    assert level(text, "afstand", identity=Identity()) is Level.HOOG
    text = "Ik werk bij de Belastingdienst. Mijn fiets is echt onzin."
    assert level(text, "afstand", identity=Identity()) is Level.MIDDEL


# --- politieke gevoeligheid ----------------------------------------------------

def test_a_politician_judged_reads_high():
    assert level("Minister Wiersma is een slappe zeurpiet.",
                 "politieke_gevoeligheid") is Level.HOOG


def test_a_politician_named_without_verdict_is_middel():
    assert level("Vandaag sprak minister Wiersma op het congres.",
                 "politieke_gevoeligheid") is Level.MIDDEL


def test_an_ambiguous_name_or_a_verdict_on_nothing_political_stays_low():
    assert level("De klaver in mijn tuin bloeit weer.", "politieke_gevoeligheid") is Level.LAAG
    assert level("Mijn nieuwe fiets is echt onzin.", "politieke_gevoeligheid") is Level.LAAG


def test_a_city_or_a_subject_is_no_political_actor():
    assert level("Mooie dag gehad in Den Haag.", "politieke_gevoeligheid") is Level.LAAG
    assert level("Ik lees graag over de politiek van Rome.", "politieke_gevoeligheid") is (
        Level.LAAG)


def test_a_call_to_vote_for_a_party_takes_sides():
    result = reading("Stem morgen op de VVD!", platform="forum")
    assert result.criterion("politieke_gevoeligheid").level is Level.HOOG
    assert result.criterion("wijze").level is Level.MIDDEL
    assert result.level is not Level.LAAG


def test_a_call_to_vote_without_a_party_or_a_party_without_a_call_does_not():
    assert level("Stem morgen, het maakt uit!", "politieke_gevoeligheid",
                 platform="forum") is Level.LAAG
    result = reading("De VVD heeft een nieuw programma.", platform="forum")
    assert result.criterion("politieke_gevoeligheid").level is Level.MIDDEL
    assert result.criterion("wijze").level is Level.LAAG


def test_a_topic_counts_with_a_capital_too():
    text = "Wij werken voor het ministerie van Asiel en Migratie."
    assert level(text, "politieke_gevoeligheid", identity=Identity()) is Level.MIDDEL


def test_a_builtin_sensitive_topic_is_middel():
    assert level("Vanavond een lezing over de spreidingswet.",
                 "politieke_gevoeligheid", identity=ONDERWIJS) is Level.MIDDEL
    assert level("Vanavond een lezing over de spreiding van tulpen.",
                 "politieke_gevoeligheid", identity=ONDERWIJS) is Level.LAAG


def test_a_department_adds_sensitive_topics():
    text = "Vanavond een lezing over de zandmotor."
    assert level(text, "politieke_gevoeligheid") is Level.LAAG
    assert level(text, "politieke_gevoeligheid",
                 weighing=WeighingSettings(sensitive_topics=("zandmotor",))) is Level.MIDDEL


# --- moment ------------------------------------------------------------------

def test_a_period_term_while_it_lasts_reads_high():
    text = "Vergeet de stemwijzer niet!"
    assert level(text, "moment", today=DURING) is Level.HOOG
    assert level(text, "moment", today=AFTER) is Level.LAAG


def test_a_political_subject_during_a_period_is_middel():
    assert level("Het kabinet wil de huur bevriezen.", "moment", today=DURING) is Level.MIDDEL
    assert level("Mijn tuin wil niet groeien.", "moment", today=DURING) is Level.LAAG


def test_a_date_in_the_draft_inside_a_period_is_middel():
    assert level("Op 12 maart 2027 geef ik een lezing.", "moment") is Level.MIDDEL
    assert level("Op 12 april 2027 geef ik een lezing.", "moment") is Level.LAAG


def test_elections_named_are_a_sensitive_moment():
    assert level("Morgen zijn de gemeenteraadsverkiezingen.", "moment") is Level.MIDDEL
    assert level("Morgen is de vergadering van de tennisclub.", "moment") is Level.LAAG


@pytest.mark.parametrize("written", ["2027-03-12", "12-03-2027", "12/3/2027", "12 Maart"])
def test_dates_are_read_in_three_forms_a_bare_one_in_this_year(written):
    today = date(2027, 1, 5)
    assert level(f"Op {written} geef ik een lezing.", "moment", today=today) is Level.MIDDEL


@pytest.mark.parametrize("written", ["31-02-2027", "1-3-20277", "12 maart 2026", "12 maartje"])
def test_impossible_or_other_dates_stay_low(written):
    today = date(2027, 1, 5)
    assert level(f"Op {written} geef ik een lezing.", "moment", today=today) is Level.LAAG


# --- wijze -------------------------------------------------------------------

def test_tone_reads_middel_on_a_forum_and_high_on_a_microblog():
    text = "Wat een stelletje ambtenaren daar."
    assert level(text, "wijze", platform="forum") is Level.MIDDEL
    assert level(text, "wijze", platform="x") is Level.HOOG


def test_a_curse_is_high_anywhere_and_a_neutral_text_low():
    assert level("Wat een idioten zijn dat.", "wijze", platform="forum") is Level.HOOG
    assert level("Wat een mooie dag was dat.", "wijze", platform="x") is Level.LAAG


def test_a_sensitive_topic_on_a_microblog_is_a_matter_of_manner():
    text = "ISIS heeft niets met de islam te maken."
    on_x = reading(text, platform="x", identity=ONDERWIJS)
    assert on_x.criterion("wijze").level is Level.MIDDEL
    assert on_x.level is Level.MIDDEL
    assert reading(text, platform="forum", identity=ONDERWIJS).level is Level.LAAG


def test_naming_a_minister_on_a_microblog_is_no_matter_of_manner():
    text = "Vandaag sprak minister Wiersma op het congres."
    assert level(text, "wijze", platform="x", identity=ONDERWIJS) is Level.LAAG


# --- voorzienbaarheid ----------------------------------------------------------

def test_a_leak_from_a_closed_meeting_reads_high():
    text = "Ik hoorde gisteren in de ministerraad dat de minister gaat aftreden."
    assert level(text, "voorzienbaarheid") is Level.HOOG


def test_what_the_news_already_said_stays_low():
    text = "Volgens de NOS is de minister gisteren afgetreden."
    assert level(text, "voorzienbaarheid") is Level.LAAG


def test_a_promise_in_functie_is_possible_harm():
    text = "Ik beloof u dat uw aanvraag volgende week wordt goedgekeurd." + SIGNED
    assert level(text, "voorzienbaarheid", profile="functie", platform="forum") is Level.MIDDEL
    text = "Uw aanvraag wordt binnen acht weken beoordeeld." + SIGNED
    assert level(text, "voorzienbaarheid", profile="functie", platform="forum") is Level.LAAG


# --- ernst -------------------------------------------------------------------

def finding(category: str, severity: Severity) -> Finding:
    return Finding("r", category, 2, severity, 0, 1, "m", "")


def test_seriousness_counts_findings_that_are_evidence():
    engine = engine_for(STIKSTOF)
    ctx = engine.context("prive", "forum")

    def ernst(*found):
        return weigh("x", list(found), ctx, engine).criterion("ernst").level

    assert ernst() is Level.LAAG
    assert ernst(finding("toon", Severity.TIP)) is Level.LAAG
    assert ernst(finding("grammatica", Severity.FOUT)) is Level.LAAG
    assert ernst(finding("toon", Severity.WAARSCHUWING)) is Level.MIDDEL
    assert ernst(finding("toon", Severity.FOUT)) is Level.HOOG
    assert ernst(*[finding("toon", Severity.WAARSCHUWING)] * 3) is Level.HOOG


def test_a_microblog_post_is_lasting():
    text = "Wat een stelletje ambtenaren daar."
    assert any("niet ongedaan" in r.text for r in reading(text).criterion("ernst").reasons)
    assert not any("niet ongedaan" in r.text
                   for r in reading(text, platform="forum").criterion("ernst").reasons)


# --- the whole ---------------------------------------------------------------

def test_one_criterion_alone_does_not_move_the_whole():
    result = reading("Vandaag sprak minister Wiersma op het congres.")
    assert result.criterion("politieke_gevoeligheid").level is Level.MIDDEL
    assert result.level is Level.LAAG


def test_two_criteria_together_make_it_middel_and_two_high_ones_hoog():
    assert reading("Het kabinet wil de huur bevriezen.", today=DURING).level is Level.MIDDEL
    assert reading("Minister Wiersma is een slappe zeurpiet.").level is Level.HOOG


def test_the_whole_names_the_criteria_that_carry_it():
    result = reading("Minister Wiersma is een slappe zeurpiet.")
    assert "politieke gevoeligheid" in result.because and "2" in result.because


def test_weights_and_thresholds_decide_the_whole():
    text = "Het kabinet wil de huur bevriezen."
    assert reading(text, today=DURING).level is Level.MIDDEL
    assert reading(text, today=DURING,
                   parameters=Parameters(weights={"moment": 0})).level is Level.LAAG
    assert reading(text, today=DURING,
                   parameters=Parameters(thresholds={"middel": 3})).level is Level.LAAG
    assert reading(text, today=DURING, parameters=Parameters(
        weights={"moment": 2}, thresholds={"hoog": 1})).level is Level.MIDDEL


def test_one_high_criterion_alone_makes_the_whole_middel():
    text = "Ik hoorde gisteren in de ministerraad dat de minister gaat aftreden."
    only = {cid: 0 for cid in CRITERIA}
    alone = reading(text, platform="forum", parameters=Parameters(
        weights={**only, "voorzienbaarheid": 1}))
    assert alone.criterion("voorzienbaarheid").level is Level.HOOG
    assert alone.level is Level.MIDDEL and "is hoog" in alone.because
    assert reading(text, platform="forum", parameters=Parameters(weights=only)).level is (
        Level.LAAG)


def test_the_engine_brings_the_configuration_weights():
    text = "Het kabinet wil de huur bevriezen."
    assert reading(text, today=DURING, weighing=WeighingSettings(
        weights={"politieke_gevoeligheid": 0})).level is Level.LAAG


def test_every_category_in_the_data_names_known_criteria():
    data = weighing_data()
    assert set(data.weights) == set(CRITERIA) == set(data.criteria)
    for criteria, levels in data.findings.values():
        assert set(criteria) <= set(CRITERIA)
        assert set(levels) == set(Severity)


def test_every_class_the_weighing_names_exists():
    classes = Engine.class_set().with_specs(weighing_data().classes)
    classes.validate()
    assert all(name in classes for name in weighing_data().class_names())


def test_a_criterion_rebuilds_title_and_source_from_its_id():
    made = Criterion.from_dict({"id": "moment", "level": "middel",
                                "reasons": [{"text": "t", "start": 0, "end": 1}]})
    assert made.title == "Tijdstip" and "tijdstip van de uitspraken" in made.source
    assert made.reasons == (Reason("t", 0, 1),)


# --- configuration -------------------------------------------------------------

def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_configuration_sets_weights_thresholds_and_topics(isolated_dirs):
    write(isolated_dirs["config"] / "glazenhuis" / "config.toml", """[weighing]
sensitive_topics = ["zandmotor"]
weight_voorzienbaarheid = 1
threshold_hoog = 3
""")
    settings = load_settings()
    assert settings.problems == ()
    assert settings.weighing.sensitive_topics == ("zandmotor",)
    assert settings.weighing.weights["voorzienbaarheid"] == 1
    assert settings.weighing.weights["afstand"] == weighing_data().weights["afstand"]
    assert settings.weighing.thresholds == {"middel": 2, "hoog": 3}
    assert settings.origins["weighing.threshold_hoog"] == "user"


@pytest.mark.parametrize("line, key, words", [
    ("weight_afstnd = 2", "weighing.weight_afstnd", "bedoel je weight_afstand"),
    ('weight_afstand = "2"', "weighing.weight_afstand", "geheel getal"),
    ("weight_afstand = 2.5", "weighing.weight_afstand", "geheel getal"),
    ("weight_afstand = true", "weighing.weight_afstand", "geheel getal"),
    ("weight_afstand = 11", "weighing.weight_afstand", "tussen 0"),
    ("threshold_middel = 0", "weighing.threshold_middel", "tussen 1"),
    ('sensitive_topics = "zandmotor"', "weighing.sensitive_topics", "lijst"),
    ('sensitive_topics = ["-"]', "weighing.sensitive_topics", "geen woord"),
])
def test_bad_weighing_values_are_dutch_problems_with_file_line_and_key(tmp_path, line, key,
                                                                       words):
    path = write(tmp_path / "dep.toml", f"[identity]\nname = \"Jan\"\n\n[weighing]\n{line}\n")
    problems = validate_file(path)
    assert [(p.file, p.line, p.key) for p in problems] == [(str(path), 5, key)]
    assert words in problems[0].message


def test_valid_weighing_values_are_no_problem(tmp_path):
    path = write(tmp_path / "dep.toml", "[weighing]\nweight_afstand = 0\nthreshold_hoog = 1\n"
                 'sensitive_topics = ["zandmotor"]\n')
    assert validate_file(path) == []


def test_a_department_locks_the_weighing(isolated_dirs):
    write(isolated_dirs["site-config"] / "glazenhuis" / "config.toml", """[weighing]
weight_voorzienbaarheid = 3

[lock]
keys = ["weighing"]
""")
    write(isolated_dirs["config"] / "glazenhuis" / "config.toml",
          "[weighing]\nweight_voorzienbaarheid = 0\n")
    settings = load_settings()
    assert settings.weighing.weights["voorzienbaarheid"] == 3
    assert is_locked(settings, "weighing.weight_voorzienbaarheid")
    assert [p.key for p in settings.problems] == ["weighing.weight_voorzienbaarheid"]
    assert "vastgezet" in settings.problems[0].message
