"""partijdigheid: taking sides in politics, in functie only."""

from __future__ import annotations

import pytest

from tests.assistant.rules.helpers import categories, spans

CATEGORY = "partijdigheid"

FIRES = [
    'Dankzij de SP betalen huurders zich blauw aan regels.',
    'De PVV maakt er een janboel van in de provincie.',
    'Het plan van GroenLinks-PvdA is je reinste symboolpolitiek.',
    'Het verkiezingsprogramma van BBB is onrealistisch en slecht doordacht.',
    "Die PVV'ers hebben geen benul van internationale verdragen.",
    'GL-PvdA heeft gelijk over de huren.',
    'Ik hoop dat de PVV nooit meer in de regering komt.',
    'Mijn stemadvies: stem progressief.',
    'STEM OP DE VVD',
    "Die PVV'ers snappen er niks van.",
    'Dankzij de VVD is de belasting omlaag, top!',
    'Petje af voor de ChristenUnie.',
    "Eindelijk een kabinet dat luistert naar de boeren, in tegenstelling tot die linkse partijen.",
    "Stem op de VVD!",
    "Stem daarom op GroenLinks-PvdA 🌱",
    "Ik stem zelf dit jaar op BBB.",
    "Mijn stem gaat naar de partij die de natuur beschermt.",
    "De oppositie zit alleen maar te zeuren.",
    "De oppositie ligt weer dwars bij elke maatregel.",
    "Die rechtse partijen hebben geen idee wat armoede is.",
    "Al die populistische politici beloven van alles.",
    "De linkse kerk heeft het weer voor het zeggen.",
    "Gelukkig stemde ook het CDA voor ons voorstel 👏",
    "Helaas blokkeerde de PVV de motie weer eens.",
    "De SP is een lachertje als het om begrotingen gaat.",
    "D66 heeft het onderwijs kapotgemaakt.\nJammer 😞",
    "Weg met dit kabinet!",
    "Dit kabinet is een ramp voor de boeren.",
    "De coalitie heeft er een puinhoop van gemaakt.",
    "Steun Volt bij de Europese verkiezingen.",
    "Wat een kortzichtige plannen van JA21.",
    "Het extreemrechtse geschreeuw over asiel is onverantwoord.",
    "Omtzigt is de enige die hier serieus naar kijkt.",
    "Als u op de PvdD stemt, weet u zeker dat er niets gebouwd wordt.",
    "Een zwakke regering, die alles op zijn beloop laat.",
    "Het kabinet-Schoof maakt er een puinhoop van.",
    "De SGP heeft werkelijk een oersterk plan voor het onderwijs.",
    "De oppositie saboteert elk redelijk voorstel.",
    "Die linkse partijen laten de middenklasse in de steek.",
    'De oppositie roept maar wat, zoals altijd.',
    'Links heeft weer eens geen idee hoe de economie werkt.',
    'Een goed plan van het CDA, daar kan dit kabinet wat van leren.',
    'Dit kabinet doet het beter dan het vorige.',
    'Mijn advies voor woensdag: stem niet op de extremen.',
    'Dankzij de VVD is dit land erop vooruitgegaan.',
    'Wat een verademing dat de PVV niet meer in het kabinet zit.',
    "Die VVD'ers denken alleen aan de rijken.",
    'Dit is precies waarom ik nooit op de SP zou stemmen.',
    'Met dit kabinet gaat het de goede kant op.',
    'Het Kamerlid had helemaal gelijk, de rest snapt er niks van.',
    'Het CDA is een partij zonder ruggengraat.',
    'Dit kabinet maakt er een zooitje van.',
    'Kies volgende week voor stabiliteit: stem CDA.',
    'Het is schandalig hoe de oppositie dit debat heeft gekaapt.',
    'Ik ben benieuwd hoe lang dit rommelkabinet het nog volhoudt.',
]

QUIET = [
    'Het ministerie geeft geen stemadvies; kijk op de website van de Kiesraad.',
    'Ik hoop dat u de informatie over het stemmen nuttig vindt.',
    "Dankzij een amendement van D66 geldt de regeling ook voor zzp'ers.",
    "De VVD leverde in 2010 de premier.",
    "De Tweede Kamer stemde in met de motie van GroenLinks-PvdA.",
    "Stem op 29 oktober! Vergeet uw stempas en identiteitsbewijs niet.",
    "Stem op woensdag in uw eigen gemeente of met een kiezerspas elders.",
    "Het kabinet heeft besloten de regeling met een jaar te verlengen.",
    "Volgens het CDA moet de aanvraag eenvoudiger; de minister reageert in een brief.",
    "In 2023 won BBB de Provinciale Statenverkiezingen.",
    "De motie-Van der Plas (BBB) vraagt om een onderzoek naar mestverwerking.",
    "Sla bij de rotonde links af en volg de borden naar het ministerie.",
    "Linkse en rechtse partijen dienden samen een amendement in.",
    "De coalitie bestaat uit vier partijen.",
    "De oppositie diende drie moties in over de begroting.",
    "Gelukkig is het weer droog voor de open dag.",
    "Eindelijk weekend!",
    "Het kabinet wil de regeling eenvoudiger maken.",
    "Het kabinet wil de sterkste schouders de zwaarste lasten laten dragen.",
    "Het kabinet neemt de zorgen van ondernemers serieus en verlengt de steun.",
    "Het kabinet trekt extra geld uit voor de slachtoffers van de ramp in Limburg.",
    "Het kabinet pakt door met de bouw van 100.000 woningen per jaar.",
    "De oppositie vroeg of de regeling betaalbaar blijft; de minister antwoordt per brief.",
    "De VVD wil echt iets doen aan de woningnood, zei de fractievoorzitter in het debat.",
    "GroenLinks-PvdA vroeg om een compleet overzicht van de kosten.",
    "De PVV noemt het plan onbetaalbaar; de minister reageert volgende week.",
    "Wat een opkomst bij het debat met de VVD en de SP over jeugdzorg!",
    "Wie in 2023 op de VVD stemde, kan de uitslag per gemeente vinden op de site van de Kiesraad.",
    'Stem op de partij die het best bij u past; de StemWijzer helpt daarbij.',
    'Blij met de opkomst van Kamerleden bij onze open dag.',
    'Jammer genoeg kon het Kamerlid niet aanwezig zijn.',
    'Kom op 3 juni naar het debat met SP en VVD.',
    'Een goed debat met de Kamerleden over de begroting.',
    'Linksaf bij de rotonde vindt u de ingang; rechts ziet u de sluis.',
    'Het amendement van D66 werd met 76 stemmen voor aangenomen.',
    'Dankzij de steun van VVD en CDA werd de wet in 2019 aangenomen.',
    'De VVD maakte in 2012 een einde aan de gedoogsteun.',
    'De grootste partij van allemaal werd de PVV.',
    'Stem op partijen die bij u passen.',
]


@pytest.mark.parametrize("text", FIRES)
def test_fires_in_functie(text):
    assert CATEGORY in categories(text, "functie", "microblog")


@pytest.mark.parametrize("text", FIRES)
def test_prive_is_free_to_take_sides(text):
    assert not spans(text, "prive", "microblog", category=CATEGORY)


@pytest.mark.parametrize("text", QUIET)
def test_quiet_on_near_misses(text):
    assert not spans(text, "functie", "microblog", category=CATEGORY)
