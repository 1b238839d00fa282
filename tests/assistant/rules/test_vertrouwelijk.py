"""vertrouwelijk: classification markings, distribution markings, drafts,
embargoes and decisions that are not public yet."""

from __future__ import annotations

import pytest

from assistant.findings import Severity
from tests.assistant.rules.helpers import categories, fired, spans

CATEGORY = "vertrouwelijk"

FIRES = [
    # The writer labels what they pass on as confidential.
    "Het besluit over de subsidie is al genomen, maar dat is nog vertrouwelijk.",
    "Dit is vertrouwelijk: de twee diensten gaan volgend jaar samen.",
    "De uitslag van de aanbesteding? Die is voorlopig nog geheim.",
    'Do not circulate - eerste analyse van de stikstofcijfers.',
    'Strikt intern: het ziekteverzuim is gestegen.',
    'Dit had ik eigenlijk niet mogen lezen, maar de fusie gaat door.',
    'De nog te publiceren monitor laat een stijging van de wachttijden zien.',
    'Het plan dat we volgende week naar de Kamer sturen. De kazerne gaat dicht.',
    'Hier alvast het persbericht van donderdag.',
    'De evaluatie die in juni uitkomt, concludeert dat het programma mislukt is.',
    'Uit het ongepubliceerde advies blijkt dat de dijk te laag is.',
    'Ik heb het concept-hoofdlijnenakkoord gezien: de zorgpremie stijgt.',
    'Bijgaand de interne mails over de verhuizing.',
    'Beperkte verspreiding: overzicht van de incidenten van dit jaar.',
    'Zeg het niet door, maar de locatie in Assen gaat dicht.',
    'Houd het nog even onder de pet: de vestiging in Emmen sluit.',
    'Getekend en wel, maar pas vrijdag openbaar: het depot verhuist.',
    'Dit plan is nog niet goedgekeurd, maar toch: de teams worden samengevoegd.',
    'Donderdag maakt de staatssecretaris bekend dat de toeslag wordt afgeschaft.',
    'Hierbij de vertrouwelijke notitie over de aanbesteding.',
    'Ik mag er formeel nog niks over vertellen, maar de fusie gaat door.',
    'Wat we nog niet mogen delen: de reorganisatie raakt drie directies.',
    'Gisteren de nog niet vastgestelde begroting in handen gekregen, met flinke bezuinigingen.',
    'NIET OPENBAAR - planning van de verhuizing van de directie.',
    'Notitie alleen bestemd voor de stuurgroep: de kosten lopen op.',
    'Het advies ligt al in mijn inbox. Officieel pas volgende week, maar het is negatief.',
    'Vanochtend de definitieve versie ingezien. De bezuiniging wordt pas in maart gedeeld met de sector.',
    'Dat weet verder nog niemand, maar het kabinet heeft besloten de heffing te verdubbelen.',
    "Het besluit is al rond, maar het wordt pas na de zomer aangekondigd.",
    "Het rapport gaat er pas volgende week uit, maar ik weet al wat erin staat.",
    "Nog niet openbaar, dus sst: de subsidie wordt verlaagd.",
    'Ik heb het rapport al gelezen, het komt pas in juni uit, maar de conclusie is hard.',
    'ALLEEN VOOR INTERN GEBRUIK',
    'dep. vertrouwelijk',
    'De minister heeft al besloten dat de regeling stopt, het wordt pas maandag bekendgemaakt.',
    'Nog niet officieel, maar de nieuwe DG wordt Karin de Wit.',
    'Ik heb de stukken voor de ministerraad al gezien: de WW wordt korter.',
    'Vertrouwelijk hoor, maar de fusie gaat door.',
    'Dit is eigenlijk geheim, maar de nieuwe kazerne komt in Zeeland.',
    "Staatsgeheim Confidentieel hoor, maar de nieuwe gevangenis komt in Almere.",
    "Rubricering: Dep. Vertrouwelijk. Toch even delen 😇",
    "Dit stuk is departementaal vertrouwelijk, maar de conclusie is duidelijk.",
    "stg. geheim - de plannen voor de nieuwe kazerne zijn rond",
    "Stg. Zeer Geheim: de locatie van de opslag is bekend.",
    "Uit een NAVO Confidentieel-notitie blijkt dat de krijgsmacht krimpt.",
    "Het memo is NATO RESTRICTED, maar dit kan ik wel zeggen.",
    "RESTREINT UE/EU RESTRICTED\nAgenda van de Raad",
    "Zie de bijlage (EU CONFIDENTIAL) voor de cijfers.",
    "Dit rapport is GEHEIM, dus lees snel voordat het weg is!",
    "VERTROUWELIJK\nDe reorganisatie gaat door.",
    "Vertrouwelijk: de nieuwe directeur begint in maart.",
    "Kabinetsvertrouwelijk stuk gezien, ik zeg alleen: spannend.",
    "Dit document is bestemd voor intern gebruik en mag niet verder worden verspreid.",
    "Alleen voor intern gebruik. De cijfers over de wachtlijsten zijn slecht.",
    "Hierbij de slides, niet verspreiden svp.",
    "Deze cijfers zijn niet voor verspreiding, maar wel interessant.",
    "Uit een interne notitie blijkt dat het project duurder wordt.",
    "Hier alvast de conceptversie van de Kamerbrief over de toeslagen.",
    "CONCEPT\nBeantwoording Kamervragen over de dijkversterking",
    "Concept: Kamerbrief stikstof\nDe minister wil de regels aanscherpen.",
    "De concept-Kamerbrief ligt bij de minister; de hoofdlijn is streng.",
    "Onder embargo tot dinsdag 15.00 uur: de Miljoenennota bevat een lastenverlichting.",
    "Embargo: de resultaten van het onderzoek worden morgen gepresenteerd.",
    "Persbericht met embargo tot vrijdag 10:00 uur, maar hier alvast de kern.",
    "De minister heeft besloten, maar dat is nog niet openbaar.",
    "Het kabinet gaat de accijns op tabak verhogen, maar dat mag ik nog niet zeggen.",
    "De regeling stopt, maar dat komt pas volgende week naar buiten.",
    "Ik weet al wie de nieuwe DG wordt, het is alleen nog niet bekendgemaakt.",
    "Wij mogen er eigenlijk nog niets over zeggen, maar de sluis gaat dicht.",
    "Je hebt het niet van mij, maar de subsidie wordt gehalveerd.",
    "De ministerraad besloot vanochtend tot een verbod, dat wordt pas maandag bekendgemaakt.",
]

QUIET = [
    "Wat u mij vertelt is vertrouwelijk; ik deel het met niemand.",
    "Het recept van mijn oma? Dat is geheim!",
    "Is dat vertrouwelijk? Vraag het je leidinggevende voordat je iets deelt.",
    'Een mooi boek: een thriller over een staatsgeheim dat uitlekt.',
    "Ik zie dat collega's zorgvuldig omgaan met vertrouwelijke stukken.",
    'Draft beer op het terras, heerlijk.',
    'Hoe werkt rubricering? Stukken met een rubricering als Stg. Geheim horen nooit online.',
    'Donderdag maakt de staatssecretaris bekend hoe de toeslag verder gaat.',
    'De evaluatie die in juni uitkomt, bespreken we daarna graag met u.',
    'Het rapport dat vandaag is verschenen, zegt dat de dijk op orde is.',
    'Interne communicatie is een vak apart.',
    'De conceptversie van mijn roman is af!',
    'Heeft iemand tips voor een goed conceptplan voor een buurtfeest?',
    'Scoop van de NOS: de minister stapt op.',
    'Zeg het voort: zaterdag is er een kledingruil in de bibliotheek.',
    'Spoiler: de serie eindigt met een bruiloft.',
    'Stuur nooit vertrouwelijke stukken naar een privé-mailadres.',
    'Ik mag mijn wachtwoord niet delen, dus dat doe ik ook niet.',
    'Tip van een insider: neem een jas mee naar de Efteling, het regent altijd.',
    'De vergadering van de gemeenteraad is openbaar en begint om acht uur.',
    'Uitgelekt ei of niet, het ontbijt was heerlijk.',
    'Het conceptbesluit is vandaag gepubliceerd; reageren kan tot 1 mei.',
    'Niemand weet het nog, maar we gaan verhuizen naar Groningen!',
    "Primeur: vandaag mijn eerste marathon gelopen!",
    "Ik verklap alvast wat we voor oma's verjaardag doen.",
    "De film komt pas volgende maand uit, maar ik heb de trailer alvast gezien.",
    "Het besluit ligt al klaar bij de minister, meldde de NOS vanavond.",
    "Geheim: zo bak je de lekkerste pannenkoeken 🥞",
    "Uw gegevens zijn alleen voor intern gebruik en worden niet gedeeld met derden.",
    'Het jaarverslag komt pas in juni uit; de cijfers over vorig jaar staan al online.',
    'Nog niet bekend, maar we verwachten de uitslag morgen.',
    'Uw gegevens worden strikt vertrouwelijk behandeld.',
    'Een gesprek met de vertrouwenspersoon is altijd vertrouwelijk.',
    "Deel geen vertrouwelijke gegevens via een openbaar wifi-netwerk.",
    "Ga vertrouwelijk om met de persoonsgegevens van uw klanten.",
    "Wij behandelen uw gegevens vertrouwelijk: alleen uw behandelaar kan ze inzien.",
    "Het geheim van goed werk? Luisteren.",
    "Het is geen staatsgeheim dat ik dol ben op drop.",
    "Conceptueel is het een sterk idee.",
    "Het concept van vrijheid staat centraal in de Grondwet.",
    "Een nieuw concept voor de buurthuizen: samen koken!",
    "De interne markt van de EU maakt internationaal handelen makkelijker.",
    "Op internet vind je alles over de nieuwe regels.",
    "Het conceptwetsvoorstel staat op internetconsultatie.nl; reageer vóór 1 mei.",
    "De EU verlengt het wapenembargo tot 2030.",
    "Het embargo tegen Noord-Korea blijft van kracht.",
    "De winnaar wordt om 20.00 uur bekendgemaakt.",
    "De datum is nog niet bekendgemaakt; houd de website in de gaten.",
    "Misschien wordt het beter, maar dat is nog niet gezegd.",
    "Gaat het morgen regenen? Dat kan ik nog niet zeggen.",
    "Nepnieuws gezien? Niet verspreiden, maar melden.",
    "Om het virus niet te verspreiden, blijft u thuis met klachten.",
    "De Zeer Geheime Dienst is een spannend kinderboek.",
    "Mijn dochter heeft een geheim en wil het niet vertellen 🤫",
    "Ik werk op de afdeling Interne Zaken en geniet van mijn werk.",
]


@pytest.mark.parametrize("text", FIRES)
@pytest.mark.parametrize("profile", ["prive", "functie"])
def test_fires(text, profile):
    assert CATEGORY in categories(text, profile, "blog")


@pytest.mark.parametrize("text", [
    "Spoiler voor Prinsjesdag: de huurtoeslag gaat omhoog.",
    "Psst, de evaluatie is al binnen en de minister is er niet blij mee.",
    "De troonrede heb ik al gelezen. Die wordt pas dinsdag uitgesproken.",
    "Zeg het maar niet door: het ministerie schrapt de regeling.",
    "Tussen ons gezegd: de minister wil de heffing afschaffen.",
    "Wie de conclusies van het rapport wil weten: DM me.",
    "Ik zit er dichtbij, geloof me maar: het kabinet verlaagt de zorgpremie.",
    "Klein lekje: de provincie trekt de vergunning in.",
])
def test_a_head_start_on_government_news_in_prive(text):
    assert spans(text, "prive", "microblog", category=CATEGORY)


def test_a_scoop_about_a_decision_in_prive():
    text = "Scoop: de minister schrapt de regeling voor thuisbatterijen."
    assert spans(text, "prive", "microblog", category=CATEGORY) == ["Scoop"]
    # In functie, bringing the news is the job; the other rules still look for leaks.
    assert not spans(text, "functie", "microblog", category=CATEGORY)


@pytest.mark.parametrize("text", QUIET)
@pytest.mark.parametrize("profile", ["prive", "functie"])
def test_quiet_on_near_misses(text, profile):
    assert not spans(text, profile, "blog", category=CATEGORY)


def test_classification_marking_is_an_error():
    (finding,) = fired(CATEGORY, "Dep. Vertrouwelijk: de begroting krimpt.")
    assert finding.severity is Severity.FOUT
    assert finding.rule_id == "vertrouwelijk.rubricering"
    assert "Dep. Vertrouwelijk" in finding.message


def test_one_finding_per_marking():
    assert spans("Staatsgeheim Confidentieel hoor.", category=CATEGORY) == [
        "Staatsgeheim Confidentieel"]


def test_offsets_after_emoji():
    text = "🎉🎉 Hier de conceptnota, niet verspreiden!"
    assert spans(text, category=CATEGORY) == ["conceptnota", "niet verspreiden"]


def test_explanation_cites_the_guideline():
    (finding,) = fired(CATEGORY, "Embargo: de cijfers komen morgen.")
    assert "Bron:" in finding.explanation
    assert finding.stelregel is not None
