"""besloten-sfeer: retelling what was said or decided in a closed setting."""

from __future__ import annotations

import pytest

from tests.assistant.rules.helpers import categories, spans

CATEGORY = "besloten-sfeer"

FIRES = [
    'Lastig gesprek met de staatssecretaris vandaag. Ze gaf toe dat de wet niet werkt.',
    'Lunch met de SG: hij denkt dat de minister het niet redt.',
    'In de appgroep van de afdeling gaat rond dat de directeur vertrekt.',
    'Mijn leidinggevende mailde net dat het project stopt.',
    'Dat heb ik van iemand die bij het overleg aan tafel zat.',
    'Bij het koffieapparaat opgevangen dat de DG vertrekt.',
    'Intern wordt gefluisterd dat de fusie niet doorgaat.',
    'De SG liet doorschemeren dat er een nieuwe minister komt.',
    'Een collega vertelde me dat de directeur weggaat.',
    'Iemand van het ministerie vertelde me dat de regeling stopt.',
    'Ik hoorde van iemand bij Financiën dat het budget halveert.',
    'Bij het crisisberaad werd gezegd dat de situatie onhoudbaar is.',
    'Tijdens de onderhandelingen gaf de staatssecretaris toe dat er geen geld is.',
    'Uit de stuurgroep van vanmiddag: de provincie haakt af.',
    'Tijdens de heisessie kwam naar voren dat het team wordt opgesplitst.',
    'In de wandelgangen gaat het gerucht dat de DG vertrekt.',
    'Bij de koffie gehoord dat de afdeling verhuist.',
    'Tijdens de koffiepauze zei mijn leidinggevende dat de directeur vertrekt.',
    'Bij de stand-up zei de teamleider dat het project wordt stilgelegd.',
    'In het DTO legde de directeur uit dat er geen geld meer is.',
    'Bij de nieuwjaarsreceptie van de directie ontglipte de DG dat hij vertrekt.',
    "Op de programmadag werd gespeculeerd over het vertrek van de SG.",
    "Tijdens het werkbezoek-diner met de staatssecretaris noemde ze de wet een gedrocht.",
    "Uit de ambtelijke voorbespreking: de jurist vond het voorstel onhoudbaar, zei hij.",
    'Vers uit de DT-vergadering: de directeur vertrekt.',
    'In de Zoom-meeting met de DG kregen we te horen dat de reorganisatie doorgaat.',
    'Op de gang heb ik opgevangen dat het hele team wordt opgeheven.',
    "Na de bespreking met de DG werd ons meegedeeld dat het project stopt.",
    "In een besloten sessie met de provincies opperde de minister een nieuwe heffing.",
    "Onder vier ogen gaf mijn afdelingshoofd toe dat de planning niet haalbaar is.",
    "Tijdens de werksessie werd besproken dat twee teams verdwijnen.",
    'Leuk detail uit de ministerraad: de premier was te laat.',
    'Uit betrouwbare bron weet ik dat de minister gaat stoppen.',
    'Off The Record: de minister stapt op',
    'Tijdens het MT 🙊 zei de DG dat hij stopt',
    'Onze afdelingsvergadering was pittig: de directeur zei dat het budget halveert.',
    'In de wandelgangen hoor je dat de minister vertrekt.',
    'Net uit het MT: er komt een reorganisatie.',
    'Wat er in de ministerraad gebeurde, geloof je niet.',
    'Op de afdelingsborrel hoorde ik dat de SG vertrekt.',
    "Vanmiddag in het afdelingsoverleg werd duidelijk dat de directeur er helemaal klaar mee is.",
    "In het MT is besloten dat de helft van de teams verhuist.",
    "Het managementteam vindt de plannen van de minister onhaalbaar, zei mijn chef.",
    "Tijdens het werkoverleg zei onze teamleider dat er ontslagen vallen 😬",
    "In de ministerraad schijnt flinke ruzie te zijn geweest over de asielwet.",
    "Na het teamoverleg bleek dat niemand achter het plan\nstaat.",
    "Bij de koffieautomaat vertelde iemand van HR dat de reorganisatie doorgaat.",
    "In de wandelgangen wordt gezegd dat de DG vertrekt.",
    "Binnenskamers gaf de staatssecretaris toe dat het plan mislukt is.",
    "Achter gesloten deuren riep de minister dat hij het beleid niet steunt.",
    "Tijdens de lunch vertelde mijn collega dat de minister woest was.",
    "Op de vrijdagmiddagborrel liet de directeur vallen dat het budget halveert.",
    "Ik hoorde op kantoor dat de subsidie wordt stopgezet.",
    "Volgens mijn leidinggevende gaat de regeling volgend jaar op de schop.",
    "Volgens onze directeur is de minister het niet eens met de Kamer.",
    "Mijn baas zei vanochtend dat de fusie niet doorgaat.",
    "Het gerucht gaat op het ministerie dat de minister opstapt.",
    "Off the record: de minister is er helemaal klaar mee.",
    "Onder ons gezegd en gezwegen, de cijfers zijn slecht.",
    "Maar onder ons: het project ligt stil.",
    "Op de heidag zei de SG dat de helft van de directies verdwijnt.",
]

QUIET = [
    'Ik had vanochtend een lang overleg. Mijn zoon zei later dat hij honger had.',
    'Bij de koffie met mijn vriendinnen hoorde ik dat de bakker stopt.',
    'Onze teamlunch was top: soep en broodjes.',
    'Uit het algemeen overleg: de minister stuurt voor de zomer een brief.',
    'Tip: wat in het werkoverleg besproken wordt, deel je niet online.',
    'Mijn teamleider zei dat ik een goede presentatie had gegeven.',
    'De minister liet weten dat de regeling wordt verlengd.',
    'Ik hoorde van iemand bij de sportclub dat de kantine dichtgaat.',
    'Een collega raadde me een mooi boek aan.',
    'Bij de bewonersvergadering werd besloten de straat te vergroenen.',
    'Mijn leidinggevende vertelde me gisteren dat ik een vast contract krijg!',
    "Gisteren een sollicitatiegesprek met de directeur van een mooi bedrijf gehad, het werd een leuk gesprek.",
    "Op de teamdag werd gekanood en gebarbecued, wat een feest.",
    "Tijdens de lunch met mijn team werd gelachen om de oude foto's.",
    "Tijdens de open dag van het ministerie vertelde de voorlichter over het gebouw.",
    'Op de gang hoorde ik de schoonmaker zingen, wat een stem.',
    "Tijdens de videocall met mijn moeder zei ze dat ze trots is.",
    "Tijdens de fotosessie zei de fotograaf dat ik moest lachen.",
    "In de sessie op het congres vertelde de spreker over klimaatadaptatie.",
    "Na de bespreking van het boek in de leesclub besloten we een film te kijken.",
    "In het algemeen overleg zei de minister dat de regeling wordt verlengd.",
    "Tijdens de commissievergadering van de gemeenteraad zei de wethouder dat de brug later klaar is.",
    "In de webinar van vanochtend legde de projectleider uit hoe je subsidie aanvraagt.",
    'Het werkoverleg is verplaatst naar donderdag.',
    'Net uit de trein, op weg naar huis.',
    'Uit het overleg met de sector kwam een gezamenlijk plan, dat vandaag is gepubliceerd.',
    "Ik heb zo een overleg, daarna ben ik bereikbaar.",
    "Morgen overleg met de provincie over de dijkversterking.",
    "Goed overleg gehad met de gemeente over het nieuwe fietspad.",
    "In de openbare vergadering van de gemeenteraad zei de wethouder dat het plan doorgaat.",
    "Tijdens de hoorzitting zei de deskundige dat de regels te streng zijn.",
    "In het webinar vertelde de projectleider hoe de aanvraag werkt.",
    "Tijdens de internetconsultatie bleek dat veel mensen de regeling steunen.",
    "De ministerraad heeft vandaag ingestemd met het wetsvoorstel.",
    "Na afloop van de ministerraad zei de premier op de persconferentie dat de steun doorgaat.",
    "Heerlijke lunch gehad met mijn oud-collega's!",
    "Tijdens de lunch zei mijn zoon dat hij later boer wil worden.",
    "Bij de koffie hoorde ik de regen tegen het raam tikken.",
    "Neem in overleg met uw werkgever contact op met het UWV.",
    "Ik werk graag op kantoor, de sfeer is goed.",
    "Onder ons waren ook veel vrijwilligers uit het dorp.",
    "De leden van de vereniging besloten in de algemene ledenvergadering tot een nieuwe voorzitter.",
    "Op de borrel was het gezellig, iedereen had een mooie middag.",
    "Tijdens het debat zei de minister dat de regeling wordt verlengd.",
]


@pytest.mark.parametrize("text", FIRES)
@pytest.mark.parametrize("profile", ["prive", "functie"])
def test_fires(text, profile):
    assert CATEGORY in categories(text, profile, "microblog")


@pytest.mark.parametrize("text", QUIET)
@pytest.mark.parametrize("profile", ["prive", "functie"])
def test_quiet_on_near_misses(text, profile):
    assert not spans(text, profile, "microblog", category=CATEGORY)


def test_setting_and_claim_must_share_a_sentence():
    text = "Ik had vanochtend een teamoverleg. Mijn dochter zei later dat ze ziek was."
    assert not spans(text, category=CATEGORY)


def test_marks_the_setting():
    assert spans("In het MT werd besloten dat we verhuizen.", category=CATEGORY) == ["MT"]
