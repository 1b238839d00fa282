from __future__ import annotations

import pytest

from assistant.engine import Engine
from assistant.rules.code.policy_area import TermMatcher, function_terms, organisation_areas
from assistant.settings import Department, Identity
from tests.assistant.rules.code.support import FATIMA, LVVN, PIETER, run


def opinions(text, identity=PIETER, department=LVVN, profile="prive", platform="blog"):
    return [f for f in run("beleidsterrein.toml", text, profile, platform, identity, department)]


@pytest.mark.parametrize("text, term", [
    ("Ik snap echt niet waarom het stikstofbeleid zo traag gaat.", "stikstof"),
    ("Als het aan mij lag, ging het mestbeleid morgen op de schop.", "mestbeleid"),
    ("De kustvisserij heeft het zwaar door de nieuwe regels, helaas.", "visserij"),
    ("Eindelijk wordt er iets gedaan aan natuurherstel!", "natuurherstel"),
    ("Ik vind de NVWA veel te streng voor de kleine boer.", "NVWA"),
    ("Het boerenprotest van gisteren was volkomen terecht.", "boerenprotest"),
    ("De stikstofuitstoot moet nu echt omlaag, vind ik.", "stikstof"),
    ("Het mestbeleid van dit kabinet is onwerkbaar en onrechtvaardig.", "mestbeleid"),
    ("De visserijquota zijn een regelrechte puinhoop.", "visserij"),
    ("Het mestbeleid moet strenger.", "mestbeleid"),
    ("De NVWA zou veel duidelijker moeten communiceren.", "NVWA"),
    ("Wat een gedoe weer met die stikstofvergunningen.", "stikstof"),
    ("Eerlijk: ik geloof niet dat dat natuurherstel ooit gaat werken.", "natuurherstel"),
    ("Stop toch eens met dat mestbeleid, de boeren hebben genoeg gehad!", "mestbeleid"),
    ("Het stikstofakkoord is het beste wat de provincie ooit heeft gedaan.", "stikstof"),
    ("Dat natuurherstel had tien jaar geleden al af moeten zijn.", "natuurherstel"),
    ("Die subsidie voor natuurherstel is een druppel op een gloeiende plaat.", "natuurherstel"),
    ("De stikstofregels maken alles alleen maar ingewikkelder.", "stikstof"),
])
def test_opinion_on_own_policy_area_fires_in_prive(text, term):
    findings = opinions(text)
    assert [f.category for f in findings] == ["beleidsterrein"]
    assert term in findings[0].message
    assert findings[0].stelregel == 2
    # The whole sentence is marked: the opinion is the problem, not the term.
    assert (findings[0].start, findings[0].end) == (0, len(text))


@pytest.mark.parametrize("text", [
    "Het stikstofbeleid wordt volgende week in de Kamer besproken.",
    "Natuurlijk vind ik het mooi weer vandaag.",
    "Ik vind wandelen op de Veluwe heerlijk.",
    "Waarom is de lucht blauw?",
    "De NVWA controleert slachthuizen. Ik vind koken leuk.",
    "Ik vind het nvwa-achtige gedoe niks.",
    # A lower-case term written with a capital inside a sentence is a name.
    "Weekendje in hotel Stikstof, heerlijk gegeten en echt een aanrader!",
    "Door het slechte weer gaat het natuurherstel op de Veluwe later van start.",
    # A word like "helaas" or "eindelijk" about an event or the author's own case.
    "Helaas was het natuurherstelgebied dicht, dus we moesten omlopen.",
    "Mijn stikstofvergunning is gelukkig eindelijk binnen.",
    "Fijne dag gehad. Onze stikstofvergunning is helaas nog niet binnen, ondanks het nieuwe beleid.",
    "Waar vind ik de nieuwe regels voor het mestbeleid?",
    "De ramp van 1953 leidde tot het natuurherstel in de Biesbosch.",
    "Prachtig uitzicht vanaf de dijk over het natuurherstelgebied.",
    "Mijn zoon heeft vandaag geholpen bij het natuurherstel, hij was heel dapper.",
    # The organisation's name as a website or a portal the reader is sent to.
    "Ik vind het handig: alles staat op www.nvwa.nl.",
    "Ik vind het makkelijk, kijk gewoon even op nvwa.nl/melden.",
    "Ik vind het snelst: check even Mijn NVWA en bel anders.",
    # Understanding people is no verdict on policy.
    "Boze mails over de stikstofregels, en ergens snap ik dat ook wel.",
])
def test_facts_and_opinions_on_other_things_stay_quiet(text):
    assert opinions(text) == []


def test_terms_from_the_function_count_without_department_configuration():
    text = "Dat natuurherstel is echt belachelijk traag."
    assert opinions(text, department=Department())
    # The organisation's name gives its areas (agriculture with its manure and
    # nitrogen); housing is no part of them.
    assert opinions("Ik vind de stikstofregels onzin.", department=Department())
    assert opinions("Ik vind de nieuwe huurregels onzin.", department=Department()) == []


@pytest.mark.parametrize("text", [
    "Ik werk bij de NVWA aan visserijcontroles, maar als hardloper vind ik die route belachelijk.",
    "Ik ben beleidsmedewerker bij de NVWA, maar over de tramlijn vind ik: veel te duur.",
    "Als bakker (en beleidsmedewerker stikstof overdag) vind ik zuurdesem echt ondergewaardeerd.",
    "Als iemand die aan stikstof werkt weet ik niks van huizen, maar de huren zijn belachelijk.",
    # The work kept out in so many words.
    "Ik werk aan stikstofbeleid, dus daar zeg ik hier niks over. Maar ik vind de bus slecht.",
    "Ik doe bij de NVWA de visserijcontroles, dus verstand van spoor heb ik niet, maar ik vind "
    "die nieuwe spoorlijn een prachtig idee.",
    "Ik zit bij de NVWA maar heb niks met wonen te maken, dus puur als ouder: die huren vind "
    "ik veel te hoog.",
    "Ik werk bij de NVWA aan visserij, dus over dat onderwerp zeg ik niks. Maar die bus is slecht.",
    "Die huren vind ik te hoog. Maar ik ben maar een leek op dat gebied hoor, ik zit bij de NVWA.",
    # Turned away by "maar wat ik ...", or only introducing an opinion on another area.
    "Ik werk bij de NVWA, maar wat ik echt onrechtvaardig vind is de nieuwe huurwet.",
    "Als inspecteur bij de NVWA vind ik het onderwijsbeleid eerlijk gezegd een puinhoop.",
    "Werk zelf bij de NVWA maar dit gaat ergens anders over: die huren vind ik te hoog.",
    "Die huren vind ik te hoog. (Ik werk bij de NVWA, dus ben hier gewoon een verwarde huurder 😅)",
])
def test_the_own_area_in_a_self_introduction_turned_away_from_stays_quiet(text):
    assert opinions(text) == []


@pytest.mark.parametrize("text", [
    "Ik werk bij de NVWA en het stikstofbeleid is echt onzin.",
    "Ik werk aan het stikstofbeleid, maar dat beleid is echt onzin.",
    "Ik werk bij de NVWA, maar het mestbeleid is echt onzin.",
    "Als iemand die aan stikstof werkt: dat stikstofbeleid is echt onzin.",
    # Near misses of the disclaimer: it is about the own area after all, or about others.
    "Ik werk bij de NVWA en over het stikstofbeleid zeg ik het eerlijk: echt onzin.",
    "Ik werk aan stikstofbeleid en de boeren hebben er niks mee te maken, het is echt onzin.",
    "Ik ben geen leek: ik zit bij de NVWA en het stikstofbeleid is echt onzin.",
    # The introduction before an opinion on the own area itself.
    "Als inspecteur bij de NVWA vind ik het mestbeleid eerlijk gezegd een puinhoop.",
    "Ik werk bij de NVWA, maar wat die mestregels doen is echt onzin.",
])
def test_an_opinion_on_the_own_area_after_a_self_introduction_still_fires(text):
    assert len(opinions(text)) == 1


def test_not_in_functie_and_not_without_policy_terms():
    text = "Ik snap echt niet waarom het stikstofbeleid zo traag gaat."
    assert opinions(text, profile="functie") == []
    assert opinions(text, identity=FATIMA, department=Department()) == []


def in_office(text, identity=PIETER, department=LVVN):
    return [f for f in opinions(text, identity, department, "functie", "forum")
            if f.rule_id == "beleidsterrein.eigen-oordeel"]


@pytest.mark.parametrize("text", [
    "Eerlijk gezegd vind ik het nieuwe mestbeleid onuitvoerbaar voor kleine boeren.",
    "Tussen ons gezegd: die stikstofregels deugen niet.",
    "Persoonlijk vind ik de visserijquota een slecht idee, maar ik leg ze graag uit.",
    # The policy named as the writer's own, the verdict in the next sentence.
    "Vandaag gaat ons nieuwe beleid in. Persoonlijk vind ik het een slecht idee.",
    "Veel vragen over de 100 km/u. Wij vinden het geen goed besluit, maar we moeten het uitvoeren.",
])
def test_a_verdict_of_ones_own_on_the_own_policy_area_fires_in_functie(text):
    findings = in_office(text)
    assert len(findings) == 1
    assert findings[0].severity == "waarschuwing"


@pytest.mark.parametrize("text", [
    # The organisation explains, defends or admits a delay: its job in office.
    "Het nieuwe mestbeleid gaat op 1 januari in; op onze site leest u wat er verandert.",
    "Wij vinden het belangrijk dat het natuurherstel snel op gang komt.",
    "De stikstofvergunningen lopen vertraging op, daar werken we hard aan.",
    "Veel mensen vinden het mestbeleid onzin. Wij leggen graag uit waarom het nodig is.",
    "Over het stikstofbeleid geef ik hier geen mening; de feiten staan op onze site.",
    "Ons beleid staat op de site. Wij leggen het graag uit.",
    # A verdict in the next paragraph, or on something else, is not on the policy.
    "Vandaag gaat ons nieuwe beleid in.\n\nPersoonlijk vind ik de zomer het mooiste seizoen.",
    "Persoonlijk vind ik koken een slecht idee na een lange dag.",
])
def test_an_official_explanation_of_the_own_policy_stays_quiet_in_functie(text):
    assert in_office(text) == []


def test_the_verdict_in_office_rule_is_not_used_in_prive():
    text = "Eerlijk gezegd vind ik het nieuwe mestbeleid onuitvoerbaar voor kleine boeren."
    assert [f.rule_id for f in opinions(text)] == ["beleidsterrein.mening"]


def test_a_short_verdict_next_to_the_sentence_counts():
    text = "Het mestbeleid nog strenger maken? Onzin. Niemand wordt daar beter van."
    assert len(opinions(text)) == 1
    assert opinions("De NVWA controleert slachthuizen. Ik vind koken leuk.") == []
    text = "Meer natuurherstel op de Veluwe? Vergeet het maar, daar is geen geld voor."
    assert len(opinions(text)) == 1


def test_one_finding_per_sentence():
    text = "Ik vind het stikstofbeleid en het mestbeleid allebei onzin. Natuurherstel is prima."
    assert len(opinions(text)) == 2


def test_wikipedia_edit_outside_own_area_gets_a_tip():
    findings = opinions("De Domtoren is 112 meter hoog.", profile="functie", platform="wikipedia")
    assert [f.severity for f in findings] == ["tip"]
    assert "stikstof" in findings[0].message


def test_wikipedia_edit_on_an_area_the_organisation_names_stays_quiet():
    # The IND's own name makes migration its writers' field, whatever their function.
    writer = Identity("Sanne Bos", "beleidsmedewerker dwangsommen", "IND")
    text = "Het tweestatusstelsel werd in 2001 ingevoerd (bron: Staatsblad)."
    assert opinions(text, writer, Department(), "functie", "wikipedia") == []
    elsewhere = "De Domtoren is 112 meter hoog (bron: Staatsblad)."
    assert opinions(elsewhere, writer, Department(), "functie", "wikipedia")


def test_wikipedia_edit_within_own_area_stays_quiet():
    text = "Natuurherstel in Natura 2000-gebieden is vastgelegd in de natuurherstelverordening."
    assert opinions(text, profile="functie", platform="wikipedia") == []
    assert opinions("De Domtoren is 112 meter hoog.", identity=FATIMA, department=Department(),
                    profile="functie", platform="wikipedia") == []


@pytest.mark.parametrize("function", ["wetenschappelijk medewerker", "toezichthouder",
                                      "epidemioloog", "statisticus", "juridisch medewerker"])
def test_wikipedia_tip_needs_a_subject_not_a_profession(function):
    # "wetenschappelijk" or "toezichthouder" says what the writer is, not what they work on.
    writer = Identity("Ingrid Laan", function, "Ministerie van Financiën")
    text = "Overleg: de bewering zonder bron heb ik verwijderd. De bijsluiter staat online."
    assert opinions(text, writer, Department(), "functie", "wikipedia") == []
    subject = Identity("Ingrid Laan", f"{function} waterveiligheid", "Ministerie van Financiën")
    assert [f.severity for f in opinions(text, subject, Department(), "functie", "wikipedia")] == ["tip"]


@pytest.mark.parametrize("function, terms", [
    ("beleidsmedewerker natuurherstel", ("natuurherstel",)),
    ("communicatieadviseur", ()),
    ("programmamanager stikstof en natuur", ("stikstof", "natuur")),
    ("senior adviseur internationale handel", ("internationale handel", "handel")),
    ("teamleider webcare", ("webcare",)),
    # An acronym of three capitals is a subject; a short lower-case word is not.
    ("medewerker vaststelling NOW", ("vaststelling NOW", "NOW")),
    ("adviseur pgb en wmo", ()),
])
def test_function_terms(function, terms):
    assert function_terms(function) == terms


@pytest.mark.parametrize("text, found", [
    ("stikstofbeleid", ["stikstofbeleid"]),
    ("kabinetsformatie", ["kabinetsformatie"]),
    ("natuurlijk", []),
    ("desinformatie", []),
    # A short term at the end of a compound mostly has another sense there.
    ("dierenasiel", []),
    ("asielzoekers", ["asielzoekers"]),
    ("visserijen", ["visserijen"]),
    ("Stikstof-uitstoot", ["Stikstof"]),
    ("nvwa", []),
    # A year or number after a term of letters (a hashtag) leaves the term.
    ("#stikstof2030", ["stikstof"]),
])
def test_term_matcher_compounds_and_inflections(text, found):
    matcher = TermMatcher(["stikstof", "formatie", "natuur", "visserij", "NVWA", "asiel"])
    assert [text[m.start:m.end] for m in matcher.find(text)] == found


def test_term_matcher_skips_a_longer_number_and_a_name_with_a_capital():
    matcher = TermMatcher(["F-35", "A2", "sluis"])
    text = "Een F-350 op de A27, een F-35 op de A2 bij de sluis; weekendje Sluis. Sluis dicht."
    assert [text[m.start:m.end] for m in matcher.find(text)] == ["F-35", "A2", "sluis", "Sluis"]


def test_term_matcher_keeps_a_long_term_with_a_capital_mid_sentence():
    # A place shares its letters with a short term (Sluis), not with a long one.
    matcher = TermMatcher(["deltawerken", "sluis"])
    text = "Ik schreef over Deltawerken en over Sluis."
    assert [text[m.start:m.end] for m in matcher.find(text)] == ["Deltawerken"]


def test_term_matcher_plural_with_voiced_ending_and_names_after_an_article():
    matcher = TermMatcher(["NAVO-top", "defensie-uitgaven"])
    text = "De NAVO top, de navotop, de NAVO-top; defensieuitgaven."
    assert len(list(matcher.find(text))) == 4
    matcher = TermMatcher(["sluis", "coalitieakkoord"])
    text = "Nieuwe sluizen; het Coalitieakkoord; naar Sluis."
    assert [text[m.start:m.end] for m in matcher.find(text)] == ["sluizen", "Coalitieakkoord"]


def test_term_matcher_multiword_and_capital_terms():
    matcher = TermMatcher(["Natura 2000", "ZEER GEHEIM", "gesprekken"])
    text = "In Natura  2000-gebieden; ZEER   GEHEIM; zeer geheim; het gesprek; gespreksverslag."
    assert [text[m.start:m.end] for m in matcher.find(text)] == [
        "Natura  2000", "ZEER   GEHEIM", "gesprek", "gespreksverslag"]


def test_without_a_spelling_dictionary_only_long_compound_heads_count(monkeypatch):
    from assistant.rules.code import policy_area
    lexicon = policy_area._Lexicon()
    lexicon._loaded = True
    monkeypatch.setattr(policy_area, "_LEXICON", lexicon)
    matcher = TermMatcher(["formatie"])
    text = "kabinetsformatie desinformatie transformatie formatiegesprek"
    assert [text[m.start:m.end] for m in matcher.find(text)] == ["kabinetsformatie",
                                                                 "formatiegesprek"]


@pytest.mark.parametrize("names, area", [
    (("DUO",), "beleid_studiefinanciering"),
    (("IND",), "beleid_migratie"),
    (("Ministerie van Defensie",), "beleid_defensie"),
    (("", "Belastingdienst"), "beleid_belasting"),
    (("Douane",), "beleid_douane"),
    (("KNMI",), "beleid_weer"),
    (("Immigratie- en Naturalisatiedienst",), "beleid_migratie"),
])
def test_an_organisation_names_its_policy_area_by_a_whole_word(names, area):
    assert area in organisation_areas(names)


@pytest.mark.parametrize("names", [
    ("Ministerie van Buitenlandse Zaken",), ("Ministerie van Financiën",),
    # A word only starts with an area word: "Indiase" is not the IND.
    ("Indiase ambassade",), ("",),
])
def test_a_name_without_an_area_word_names_no_area(names):
    assert organisation_areas(names) == ()


def test_the_writers_organisation_brings_its_policy_area_into_eigen_beleid():
    engine = Engine()
    duo = engine.context("prive", "x", Identity("Rik Post", "functioneel beheerder", "DUO"))
    assert "basisbeurs" in engine.classes_for(duo).get("eigen_beleid").words
    rws = engine.context("prive", "x", Identity("Rik Post", "functioneel beheerder",
                                                "Ministerie van Financiën"))
    assert "basisbeurs" not in engine.classes_for(rws).get("eigen_beleid").words


def test_an_opinion_on_the_area_the_writers_organisation_names_fires():
    # "functioneel beheerder" names no subject; the organisation DUO does.
    duo = Identity("Rik Post", "functioneel beheerder", "DUO")
    assert opinions("Het leenstelsel is echt een puinhoop.", identity=duo, department=Department())
    finance = Identity("Rik Post", "functioneel beheerder", "Ministerie van Financiën")
    assert opinions("Het leenstelsel is echt een puinhoop.", identity=finance,
                    department=Department()) == []


EPIDEMIOLOGIST = Identity("Linda Groen", "epidemioloog", "RIVM")


@pytest.mark.parametrize("text", [
    # What the writer works on, said right after the organisation, is their own area.
    "Ik zit bij het RIVM op het vaccinatieprogramma en dit is een slecht besluit.",
    "Ik werk bij het RIVM aan de griepprik en dat nieuwe besluit is echt onzin.",
])
def test_the_area_a_writer_says_they_work_on_is_their_own(text):
    found = run("beleidsterrein-handelingen.toml", text, "prive", "blog", EPIDEMIOLOGIST)
    assert [f.category for f in found] == ["beleidsterrein"]


@pytest.mark.parametrize("text", [
    # A place of work that names no area leaves another area another.
    "Als inspecteur bij de NVWA op de afdeling ICT vind ik het onderwijsbeleid een puinhoop.",
    "Als inspecteur bij de NVWA op de afdeling handhaving vind ik het onderwijsbeleid een puinhoop.",
])
def test_an_opinion_on_another_area_after_the_place_of_work_stays_quiet(text):
    assert run("beleidsterrein-handelingen.toml", text, "prive", "blog", PIETER, LVVN) == []


@pytest.mark.parametrize("text", [
    # A draft that stops at the preposition of a place of work, as while typing.
    "Trots: ik sta op plek 11 van de lijst voor de provincie Utrecht! Als epidemioloog bij",
    "Ik werk bij",
])
def test_a_draft_that_ends_at_the_place_of_work_is_checked_without_error(text):
    from assistant.engine import Engine

    found = Engine().check(text, "prive", "blog", identity=EPIDEMIOLOGIST)
    assert not [f for f in found if f.category == "beleidsterrein"]
