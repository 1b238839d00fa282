"""collega: health, private life, judgments, names and photos of colleagues."""

from __future__ import annotations

import pytest

from assistant.findings import Severity
from tests.assistant.rules.helpers import categories, fired, spans

CATEGORY = "collega"

FIRES = [
    'Sterkte, Wim van de kantine. Hij heeft longkanker, hoorde ik.',
    'Mijn kamergenote praat de hele dag door de telefoon. Wat een egoïst.',
    'Onze afdelingssecretaresse is al weken afwezig.',
    'Die nieuwe pSG van ons is een kille kikker.',
    'Op onze afdeling zit een man die nooit iets doet.',
    'Onze nieuwe collega spreekt slecht Nederlands.',
    'Tweede collega op onze afdeling met een burn-out.',
    'De DG is een echte dictator.',
    'De nieuwe teamleider heeft totaal geen benul.',
    'Onze stagiair is echt lui.',
    'Mijn teamgenoot is opgenomen in het ziekenhuis.',
    'Sanne van communicatie is zwanger!',
    'Collega Jasper verwacht een dochter.',
    "Wie wil de vakantiefoto's van Bram van ICT zien? 😂",
    "Kijk hoe mijn collega's erbij zaten na het teamuitje.",
    'Onze nieuwe manager denkt alles beter te weten.',
    'Mijn bureaugenoot maakt nooit iets af.',
    'Mijn leidinggevende is een vreselijke pestkop.',
    'Onze directiesecretaresse is de ergste kletskous van het gebouw, een echte roddelaar.',
    'Mijn kamergenote gaat elke vrijdag naar de moskee, dus dan ben ik alleen.',
    'Onze projectleider kan gewoon niet delegeren, ik word er horendol van.',
    'De nieuwe trainee op onze afdeling is een complete ramp.',
    'Onze manager verdient drie keer zoveel als wij.',
    "Screenshot van het bericht dat mijn baas me om twee uur 's nachts stuurde.",
    'De manager van ons weet er werkelijk niks van.',
    'Mijn kamergenoot drinkt te veel, dat zie je elke ochtend.',
    'Onze teamleider is in de rouw, zijn vrouw is overleden.',
    "Ons afdelingshoofd heeft totaal geen benul van wat wij doen.",
    "Karin van de afdeling HR is hersteld van haar operatie.",
    "Mijn teamleider heeft iets met iemand van Communicatie.",
    "Mijn kamergenoot miste alweer een deadline, typisch.",
    'Mijn kamergenote is in verwachting!',
    'Mijn nieuwe collega heeft ADHD, dat merk je wel.',
    'Mijn baas is een eikel.',
    'MIJN COLLEGA RUUD IS ZIEK',
    'Mijn collega 🤰 is zwanger!',
    "Leuke foto's van de afdelingsborrel, kijk die collega's eens dansen 😂",
    'Onze DG ligt in het ziekenhuis.',
    'Iemand van mijn afdeling zit thuis met een burn-out.',
    "Een van mijn collega's is net bevallen van een dochter 💕",
    "Mijn collega Ruud heeft net gehoord dat hij ernstig ziek is. We leven met hem mee.",
    "Mijn collega Sanne is zwanger 🤰 en dat mag de hele wereld weten!",
    "Onze teamleider gaat scheiden, dus het is onrustig op de afdeling.",
    "Mijn leidinggevende zit al weken thuis met een burn-out.",
    "Een collega van mij ligt in het ziekenhuis na een hartaanval.",
    "Mijn kamergenoot is overspannen\nen komt voorlopig niet terug.",
    "Mijn directe collega is gisteren ontslagen.",
    "Mijn baas is echt een ramp.",
    "Mijn collega's zijn lui en incompetent.",
    "Onze directeur kan er helemaal niets van.",
    "Die manager van mij is zo arrogant.",
    "Hier een foto van mijn collega's op de borrel 📸",
    "Selfie met het team na de hei!",
    "Kiekje van collega Jansen achter zijn bureau 😂",
    "Mijn baas Henk wil dat we harder werken.",
    "Volgende week neemt mijn leidinggevende Els de Vries afscheid.",
]

QUIET = [
    'Ik ben zelf geopereerd en mijn collega neemt mijn werk over.',
    'Mijn collega en ik schreven samen dit rapport. Zij deed het onderzoek naar kanker.',
    'Hoe help je een collega die rouwt? Tips van een rouwconsulent.',
    'Mijn collega Thomas schreef een mooie blog over de Woo.',
    "Op de foto's van de teamdag, gedeeld met toestemming van iedereen, zie je hoe mooi het was.",
    'De directeur van de dierentuin is een ramp, las ik in de krant.',
    'Mijn collega Daan beantwoordt uw vraag morgen; hij is bereikbaar via het algemene nummer.',
    'Proficiat aan mijn collega Anouk, die vandaag werd benoemd tot lector.',
    'Mijn collega organiseert een alcoholvrije borrel voor de afdeling.',
    "Mijn collega Ruud geeft morgen een presentatie op het symposium, kom luisteren!",
    "Welkom aan mijn collega Noor, die ons team komt versterken.",
    "Ons hoofd Communicatie opent morgen de tentoonstelling.",
    "Mijn collega's van het RIVM doen onderzoek naar griep.",
    'Mijn collega geeft morgen een lezing over dementie.',
    'Iemand van de afdeling Communicatie belt u terug.',
    'Onze DG opent morgen het congres over waterveiligheid.',
    "Samen met collega's van Rijkswaterstaat hebben we de dijk geïnspecteerd.",
    "Dank aan alle collega's voor hun inzet dit jaar!",
    "Een collega van de gemeente neemt contact met u op.",
    "Mijn collega's en ik helpen u graag verder.",
    "Collega's die ziek zijn, blijven thuis en melden zich bij hun leidinggevende.",
    "Beterschap aan alle zieke collega's!",
    "Ik ben zelf ziek vandaag, dus ik reageer morgen.",
    "Mijn collega onderhoudt de relatie met de provincie.",
    "Mijn collega verdient een pluim voor dit rapport.",
    "Mijn collega onderzoekt het ziekteverzuim in de zorg.",
    "Mijn collega's zijn heel fijn om mee te werken.",
    "Op de foto: onze nieuwe brug, gebouwd samen met de collega's van de provincie.",
    "Foto: Rijksoverheid. De minister opent de sluis.",
    "Bekijk de foto's van de open dag op onze website.",
    "Onze directeur Communicatie opent het congres.",
    "De directeur van het ziekenhuis gaf een rondleiding.",
    "Mijn collega en ik vonden het vreselijk dat de brug instortte.",
]


@pytest.mark.parametrize("text", FIRES)
@pytest.mark.parametrize("profile", ["prive", "functie"])
def test_fires(text, profile):
    assert CATEGORY in categories(text, profile, "blog")


@pytest.mark.parametrize("text", QUIET)
@pytest.mark.parametrize("profile", ["prive", "functie"])
def test_quiet_on_near_misses(text, profile):
    assert not spans(text, profile, "blog", category=CATEGORY)


def test_health_of_a_named_colleague_is_a_warning():
    findings = fired(CATEGORY, "Mijn collega Ruud is ziek.")
    assert {f.rule_id for f in findings} >= {"collega.prive"}
    assert all(f.severity in (Severity.WAARSCHUWING, Severity.TIP) for f in findings)


def test_photo_needs_the_colleagues_nearby():
    assert spans("Een foto van mijn collega's.", category=CATEGORY) == ["foto"]
