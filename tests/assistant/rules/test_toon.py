"""toon: insults, profanity (also in compounds), condescension, shouting."""

from __future__ import annotations

import pytest

from assistant.findings import Severity
from assistant.rules.spec import parse_rule
from assistant.settings import Settings
from tests.assistant.rules.helpers import categories, fired, spans

CATEGORY = "toon"

FIRES = [
    'Jullie zijn gewoon achterlijk als je dit niet ziet.',
    'U heeft de handleiding blijkbaar weer niet gelezen.',
    'Stelletje oplichters bij die energiemaatschappij.',
    'Die bestuurders weten er geen ruk van.',
    'Jezus, wat een vertoning weer in de gemeenteraad.',
    'Schoften zijn het, die huisjesmelkers.',
    'Wat een gelul over stikstof weer.',
    'Als jullie gewoon even hadden opgelet, was dit niet gebeurd.',
    'Wat een stelletje onbenullen bij die instantie.',
    'Die aanvragers moeten eerst eens leren lezen.',
    "Weer een briljant idee uit Den Haag, slaat werkelijk nergens op.",
    "Die zeurouders moeten hun mond houden.",
    "Stelletje beleidsprutsers bij de provincie.",
    "Wat een wappies op dat forum.",
    'Wat een rotbeleid.',
    'Kanker op met je regels!',
    'Ze kunnen oprotten met hun nieuwe wet.',
    'KLOTEBELEID 🤬',
    "Weer een nieuwe minister die beweert dat het beter wordt 🙄",
    "Haha, de Haagse politiek op zijn best 😂",
    "Het kabinet gaat de files aanpakken, alsof dat ooit gaat lukken.",
    'Je moet wel heel dom zijn om dit niet te snappen.',
    'Ben je nou echt zo dom?',
    'Zoals ik al drie keer heb uitgelegd: lees de brief nou eens.',
    'Die graaiende bestuurders ook weer.',
    'Die ambtenaren van de gemeente zijn echt dom.',
    'Domme kiezers, ze trappen er steeds weer in.',
    "Wat een stelletje klojo's bij die gemeente, ongelooflijk!!!",
    "Wat een kutbeleid weer van dit kabinet.",
    "Die klotewet gaat niemand helpen.",
    "Wat een teringzooi op de A12 vanochtend 🚗",
    "Die sukkels in Den Haag snappen er niks van.",
    "Zakkenvullers, allemaal.",
    "De graaiers in de top verdienen te veel.",
    "Mijn buurman is een idioot, maar dat terzijde.",
    "Wat een prutsers bij de Belastingdienst.",
    "Tering, wat een file weer.",
    "Godverdomme, weer storing bij de NS.",
    "Krijg toch de pest met je regels.",
    "Fuck die regels 🖕",
    "Dit is echt bullshit.",
    "Die f*cking formulieren ook.",
    "Dat snapt zelfs een kind.",
    "Zelfs mijn oma begrijpt dit formulier.",
    "Lees nou eens goed wat er staat.",
    "Het is toch niet zo moeilijk om een formulier in te vullen?",
    "Typisch de gemeente weer.",
    "Voor de zoveelste keer: de termijn is zes weken.",
    "Die heren in Den Haag weten het weer beter.",
    "De burger snapt er toch niks van.",
    "Politici weten er echt geen bal van.",
    "Jammer dan, regels zijn regels.",
    "Die ministers ook 🤡",
    "Dit is SCHANDALIG.",
    "Ik ben er echt BOOS over.",
    "DIT IS ECHT NIET NORMAAL",
    "Ik zei NOOIT dat het makkelijk zou zijn.",
    "Echt?!?!",
    "Hoe kan dit nou??!!",
    "Stelletje amateurs\nbij die afdeling",
    'Wat een circus in de Tweede Kamer vandaag.',
    'Lachwekkend, dat voorstel van de wethouder.',
    'Het kabinet is een poppenkast van jewelste.',
    'Dom volk, ze geloven alles.',
    "Weer zo'n wereldvreemde Kamerlid.",
    'Die mensen blijven maar zeuren over hun toeslag 🙄',
    'Nogmaals, voor de mensen die niet kunnen lezen: de deadline is 1 mei.',
    'Als u de moeite had genomen om de brief te lezen, wist u het.',
    'Die Kamerleden zijn echt een stel clowns.',
    'Die wethouder is gewoon een kluns.',
    'Echt dom van de gemeente om dit zo te doen.',
    'Wat een geneuzel in de Kamer.',
    'Stomme klimaatdrammers.',
    'Kutwet.',
    'Die Brusselse bureaucraten kunnen de pot op.',
    'Dat kabinet bestaat uit mensen met het IQ van een garnaal.',
    'Ambtenaren zijn lui en dom.',
    'Die burgemeester is een slappe zak.',
    'Wat een sneue vertoning van de premier.',
    'De gemeente kan de tyfus krijgen met hun parkeerbeleid.',
]

QUIET = [
    'Je bent niet dom als je hulp vraagt bij je aangifte.',
    'Jezus zei: heb uw naaste lief.',
    'Ik schaamde me dood toen ik mijn presentatie vergat.',
    'Als u eerst de handleiding leest, gaat het installeren sneller.',
    'Kinderen leren lezen in groep drie.',
    'Lees eerst de voorwaarden en vraag dan de toeslag aan.',
    "Weer een mooi plan voor het park, daar kijk ik naar uit.",
    "Mijn zus klaagt nooit, ook niet over het weer.",
    "Kun je je mond houden over de verrassing voor mama?",
    "Met vriendelijke groet,\nJ.P. DE VRIES, woordvoerder, Ministerie van Defensie",
    "Kapitein A. HENDRIKSEN beantwoordt uw vragen.",
    'De appel was rot op de bodem van de fruitschaal.',
    'Wat een rotweer vandaag, dan maar binnen puzzelen.',
    "Haha onze kat viel in de vijver 😂",
    "Jaja, de regen houdt ook nooit op.",
    "Mooie uitzending, de minister deed het goed.",
    "Gisteren met de hele familie gelachen 😂 Vandaag weer aan het werk bij de gemeente, waar ik met plezier de subsidieaanvragen van bewoners behandel.",
    'Wat dom van me, ik was mijn paraplu vergeten.',
    'Zoals ik al zei: de aanvraag kan ook per post.',
    'Lees de brief rustig door en bel ons als er iets onduidelijk is.',
    'Het stom toeval wilde dat ik de minister tegenkwam.',
    'De ambtenaren van de gemeente zijn erg behulpzaam.',
    "De Domtoren in Utrecht is in de steigers gezet.",
    "Het domein rijksoverheid.nl is van de Staat.",
    "Een kotter is een vissersboot; de kutter bestaat niet.",
    "De tering naar de nering zetten is verstandig beleid.",
    "Vroeger stierven veel mensen aan de tering.",
    "Vaccinatie tegen tyfus is nodig; het tyfusvaccin wordt vergoed.",
    "Ik heb nieuwe kleren gekocht voor de bruiloft.",
    "De Mongolen trokken in de dertiende eeuw naar het westen.",
    "Mijn shiitake-risotto was heerlijk.",
    "De eekhoorns verzamelen eikels in het park.",
    "Wat een leuk stelletje, die twee op het bankje.",
    "Een verliefd stelletje fietste langs de dijk.",
    "Typisch Hollands weer vandaag, met veel regen.",
    "Typisch Nederlands: fietsen in de regen.",
    "Ik snap er niks van, kan iemand me helpen?",
    "Veel mensen weten niets van deze regeling af.",
    "De NVWA, het RIVM, JenV en IenW werken samen met de NAVO en UNESCO.",
    "Het UWV, DUO en de IND zijn uitvoeringsorganisaties.",
    "COVID-19 heeft veel veranderd, ook bij de OESO.",
    "Welkom bij de open dag!",
    "Wat? Echt?",
    "Kan dit?!",
    "LET OP: de aanvraag sluit vrijdag.",
    "NIEUW: de app van de Belastingdienst is vernieuwd.",
    "OPROEP: wie heeft de fietsendief gezien?",
    "De regeling is bedoeld voor zzp'ers en mkb-bedrijven.",
    "Ja hoor, dat kan gewoon online.",
    "Het eigen risico is dit jaar 385 euro.",
    'Gisteren naar het circus geweest met de kinderen, wat een mooie voorstelling.',
    'De poppenkast op het schoolplein was een succes bij de kleuters.',
    "Schelden op hulpverleners, zoals 'tuig' roepen, is nooit acceptabel.",
    'Het KNMI geeft code ORANJE af voor storm.',
    'Voor mensen die niet kunnen lezen is er een voorleesversie van de brief.',
    'Wat stom van me, ik vergat mijn sleutels.',
    'Mijn kinderen zeuren om een ijsje.',
    'Pannenkoeken bakken met de kinderen.',
    'De Mongolen trokken in de dertiende eeuw naar het westen.',
    'Ik heb mijn enkel gekneusd bij het hardlopen.',
    "Het boek 'De idioot' van Dostojevski is een aanrader.",
    "Het woord 'kutmarokkanen' werd in 2010 onderwerp van debat.",
    'Selfie in de trein naar Den Haag 😂',
    'De documentaire over het Haagse politieke circus van de jaren tachtig is goed gemaakt.',
]


@pytest.mark.parametrize("text", FIRES)
@pytest.mark.parametrize("profile", ["prive", "functie"])
def test_fires(text, profile):
    assert CATEGORY in categories(text, profile, "forum")


@pytest.mark.parametrize("text", QUIET)
@pytest.mark.parametrize("profile", ["prive", "functie"])
def test_quiet_on_near_misses(text, profile):
    assert not spans(text, profile, "forum", category=CATEGORY)


@pytest.mark.parametrize("text, word", [
    ("Wat een kutbeleid.", "kutbeleid"),
    ("Een KLOTEWET is het.", "KLOTEWET"),
    ("Klerezooi!", "Klerezooi"),
    ("Die pleurisregels.", "pleurisregels"),
])
def test_profanity_inside_compounds(text, word):
    assert word in spans(text, category=CATEGORY)


def test_insults_are_errors():
    (finding,) = fired(CATEGORY, "Wat een hufters.")
    assert finding.severity is Severity.FOUT


def test_shouting_fix_lowers_the_words():
    text = "Dit is SCHANDALIG."
    (finding,) = fired(CATEGORY, text)
    assert finding.fix.apply(text) == "Dit is schandalig."


def test_shouting_fix_keeps_a_capital_at_sentence_start():
    text = "WAAROM DOET NIEMAND IETS? Ik snap het niet."
    (finding,) = fired(CATEGORY, text)
    assert finding.fix.apply(text) == "Waarom doet niemand iets? Ik snap het niet."


@pytest.mark.parametrize("text", [
    "De koppeling loopt via de REST API, met een HTTP POST naar het endpoint.",
    "Volgens de AVG BIO DPIA normen hoort er een risicoanalyse bij.",
])
def test_a_technical_name_beside_a_dutch_word_is_no_shouting(text):
    assert "toon.hoofdletters" not in {f.rule_id for f in fired(CATEGORY, text, "functie", "forum")}


@pytest.mark.parametrize("platform", ["blog", "forum"])
def test_a_title_in_capitals_above_a_post_is_no_shouting(platform):
    text = "WAAR IS MIJN VOORWIEL\n\nIk was al een poosje aan het werk als buurtagent."
    assert "toon.hoofdletters" not in {f.rule_id for f in fired(CATEGORY, text, "prive", platform)}


@pytest.mark.parametrize("text, platform", [
    # A title that ends in an exclamation mark still shouts.
    ("WAAR IS MIJN VOORWIEL!\n\nIk was al een poosje aan het werk.", "blog"),
    # Without a body below it, the line is the post itself.
    ("WAAR IS MIJN VOORWIEL", "blog"),
    # A microblog post has no title.
    ("WAAR IS MIJN VOORWIEL\n\nIk was al een poosje aan het werk.", "x"),
    # Capitals further down are no title.
    ("Hallo allemaal.\n\nWAAR IS MIJN VOORWIEL\n\nIk zoek hem al dagen.", "blog"),
])
def test_capitals_that_are_no_title_still_shout(text, platform):
    assert "toon.hoofdletters" in {f.rule_id for f in fired(CATEGORY, text, "prive", platform)}


def test_a_curse_between_quotes_is_someone_elses():
    text = "Ze danste op een nummer met teksten als ‘fuck de politie’ in een politiepolo."
    assert "toon.vloek-functie" not in {f.rule_id for f in fired(CATEGORY, text, "functie")}
    assert "toon.vloek-functie" in {f.rule_id for f in fired(CATEGORY, "Fuck, de site ligt eruit.",
                                                               "functie")}


def test_shouting_with_an_acronym_in_it_is_still_shouting():
    text = "HET UWV IS ECHT SCHANDALIG"
    assert spans(text, category=CATEGORY) == [text]


def test_exclamation_marks_become_one():
    text = "Ongelooflijk!!!"
    (finding,) = fired(CATEGORY, text, "functie")
    assert finding.fix.apply(text) == "Ongelooflijk!"


def test_offsets_with_emoji():
    text = "🙈🙈 wat een klotewet 🙈"
    assert spans(text, category=CATEGORY) == ["klotewet"]


def test_department_can_switch_a_rule_off():
    settings = Settings(disabled_rules=("toon.uitroeptekens",))
    assert not spans("Ongelooflijk!!!", settings=settings, category=CATEGORY)
    assert spans("Wat een hufters!!!", settings=settings, category=CATEGORY) == ["hufters"]


def test_department_rule_with_a_builtin_id_replaces_it():
    replacement = parse_rule({
        "id": "toon.uitroeptekens", "type": "existence", "category": "toon", "level": "tip",
        "platforms": ["microblog"], "message": "Eén uitroepteken is genoeg.",
        "patterns": ["!{3,}"], "fix": "!"})
    settings = Settings(rules=(replacement,))
    (finding,) = fired(CATEGORY, "Ongelooflijk!!!", "prive", "x", settings=settings)
    assert finding.severity is Severity.TIP
    assert not fired(CATEGORY, "Ongelooflijk!!!", "prive", "blog", settings=settings)


@pytest.mark.parametrize("text", [
    "Verdomme, weer de trein gemist. Drie minuten!",
    "Shit, mijn sleutels liggen nog op kantoor.",
    "ARGH, weer verloren in de laatste minuut!!!",
    "Waarom duurt dit zo lang!!!",
])
def test_an_outcry_aimed_at_no_one_is_quiet_in_private_but_not_in_office(text):
    assert not spans(text, "prive", "x", category=CATEGORY)
    assert spans(text, "functie", "x", category=CATEGORY)


@pytest.mark.parametrize("text", [
    "Verdomme, wat heeft die gemeente er een zooi van gemaakt.",
    "Shit, jullie snappen er echt niks van.",
    "Verdomme, die politici ook.",
])
def test_a_mild_curse_aimed_at_people_is_an_error_in_private_too(text):
    (finding,) = [f for f in fired(CATEGORY, text, "prive", "x") if f.rule_id.startswith("toon.vloek")]
    assert finding.severity is Severity.FOUT
