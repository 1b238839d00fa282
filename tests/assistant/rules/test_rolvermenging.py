"""rolvermenging: a personal opinion in functie, speaking for the ministry in privé."""

from __future__ import annotations

import pytest

from tests.assistant.rules.helpers import categories, fired, spans

CATEGORY = "rolvermenging"

OPINION_IN_FUNCTIE = [
    'Ik had het zelf anders gedaan, maar de minister heeft besloten.',
    'Niet mijn keuze, maar de regels zijn nu eenmaal zo.',
    'PERSOONLIJK VIND IK DIT BELEID SLECHT',
    'Ik vind zelf 🤷 dat deze wet te ver gaat',
    'Mijn mening? Deze wet is te streng.',
    'Ik vind het zelf onzin, maar regels zijn regels.',
    'Als burger vind ik dit lastig, maar ik leg het u graag uit.',
    'Ik ben het niet eens met dit besluit, maar ik voer het uit.',
    'Ik snap eerlijk gezegd ook niet waarom de minister dit doet.',
    "Ik vind zelf dat deze wet veel te ver gaat, maar ik moet hem toch uitleggen.",
    "Persoonlijk vind ik de nieuwe regels te streng.",
    "Als het aan mij lag, ging de regeling morgen al in 🚀",
    "Naar mijn mening is dit beleid niet uitvoerbaar.",
    "Mijn persoonlijke mening: de subsidie is te laag.",
    "Zelf denk ik dat de aanpak niet gaat werken.",
    "Ik ben persoonlijk geen voorstander van deze maatregel.",
    "Als je het mij vraagt is de drempel te hoog.",
    "Eerlijk gezegd vind ik het besluit onbegrijpelijk.",
    "Ik vind deze regeling\nonrechtvaardig.",
    "Ik vind dat de minister te snel gaat.",
    "Volgens mij is deze maatregel onuitvoerbaar voor kleine gemeenten.",
    "Ik denk eerlijk gezegd dat de nieuwe aanpak niet gaat werken.",
    "Mijns inziens is het besluit te snel genomen.",
    "Wat mij betreft is de drempel te hoog.",
    "Ik ben er zelf nooit een voorstander van geweest.",
    "Ik begrijp het zelf eerlijk gezegd niet waarom dit zo moet.",
    "Onder ons: ik vind het een rare keuze.",
    "Ik zet grote vraagtekens bij deze bezuiniging.",
    "Ik had het besluit liever een jaar uitgesteld gezien.",
    "Persoonlijk zou ik een andere route kiezen dan de minister.",
    "Mijn verwachting is dat deze regeling over twee jaar sneuvelt.",
    "Ik sta er eerlijk gezegd niet achter dat de minister dit doorzet.",
    'Ik ben er zelf niet zo van overtuigd dat dit gaat werken.',
    'Als privépersoon zou ik zeggen: wacht nog even.',
    'Voor mij persoonlijk gaat deze maatregel te ver.',
    'Eerlijk gezegd snap ik zelf ook niet waarom de minister dit besloot.',
    'Ik ben niet blij met dit besluit van de minister.',
    'Ik vind het een vergissing.',
    'Ik heb er een hard hoofd in.',
    'Ik maak me zorgen over deze wet.',
    'Tussen ons gezegd: dit plan haalt het niet.',
    'Zelf ben ik geen fan van al die regels.',
    'Ik persoonlijk had liever een langere overgangstermijn gezien.',
    'Ik heb persoonlijk mijn bedenkingen bij deze aanpak.',
    'Wat mij betreft had deze wet er nooit mogen komen.',
    'Als het aan mij ligt, gaat dit plan de prullenbak in.',
]

FINE_IN_FUNCTIE = [
    "Ik had u liever eerder geantwoord, excuses voor de vertraging.",
    "Zelf heb ik het formulier ook ingevuld, dat duurt vijf minuten.",
    "Ik heb moeite met het openen van uw bijlage; kunt u die opnieuw sturen?",
    "Ik weet zelf ook niet waarom uw aanvraag nog niet is behandeld; ik zoek het voor u uit.",
    "Volgens mij kunt u het formulier op de website vinden.",
    "Ik denk dat u het beste de Belastingtelefoon kunt bellen.",
    "Volgens mij zit er een fout in uw aanvraag; wilt u die nog eens bekijken?",
    "Wat mij betreft kunt u altijd contact opnemen.",
    'Ik ben het met u eens dat de website duidelijker kan.',
    "Ik vind het fijn dat u ons heeft gemaild.",
    "Ik denk graag met u mee over een oplossing.",
    "Persoonlijk contact met de burger vinden wij belangrijk.",
    "Wij zijn zelf ook benieuwd naar de resultaten van de evaluatie.",
    "De minister vindt dat de regeling eenvoudiger moet.",
    "Op deze pagina vindt u de nieuwe regels.",
    "Ik vind het antwoord op uw vraag in de regeling zelf: artikel 3.",
    "Dank voor uw bericht. De nieuwe regels gelden vanaf 1 juli.",
    'Ik vind het jammer dat u zo lang moest wachten.',
    'Volgens mij kunt u het formulier het beste opnieuw invullen.',
    'Ik leg hieronder uit hoe de regeling werkt.',
    'Ik ben blij dat u contact met ons opnam.',
]

FOR_THE_MINISTRY_IN_PRIVE = [
    'Vanuit mijn functie kan ik zeggen dat het plan doorgaat.',
    'Officiële reactie van ons ministerie: we onderzoeken de klacht.',
    'NAMENS HET MINISTERIE: BEDANKT',
    'Wij als Rijkswaterstaat doen er alles aan om de files te beperken.',
    'Als medewerker van het ministerie kan ik u vertellen dat de regeling wordt verlengd.',
    'We werken er met het hele ministerie hard aan om de toeslagen op orde te krijgen.',
    'Wij van het ministerie doen ons best.',
    'Namens JenV: dank voor alle reacties!',
    "Als woordvoerder van het ministerie kan ik bevestigen dat de regeling wordt verlengd.",
    "Namens het ministerie wil ik iedereen bedanken voor de reacties!",
    "Ik spreek hier namens ons ministerie: dit gaat niet door.",
    "Wij werken keihard aan een oplossing voor de gedupeerden.",
    "We werken dag en nacht aan de nieuwe toeslagenwet 💪",
    "Ons ministerie gaat volgend jaar flink investeren in de dijken.",
    "Onze directie bereidt een nieuw stelsel voor de kinderopvang voor.",
    "Ons standpunt is dat de regeling blijft.",
    "Wij bij Rijkswaterstaat doen er alles aan om de brug snel te openen.",
    "We van de NVWA controleren strenger dan ooit.",
    "Wij hebben bij OCW gekozen voor een nieuwe aanpak van het lerarentekort.",
    "Ons team bij Rijkswaterstaat werkt aan een snellere oplossing voor de brug.",
    "Ons departement betreurt de onrust over de nieuwe regels.",
    "Als projectleider bij IenW kan ik je zeggen dat de sluis op tijd klaar is.",
    "Namens iedereen van het ministerie: bedankt voor het geduld.",
    "We doen bij Defensie ons uiterste best om iedereen op tijd te betalen.",
    "Als beleidsadviseur bij BZK kan ik u vertellen dat de huurgrens omhoog gaat.",
    "Wij als ministerie nemen de zorgen serieus.",
    "Ik kan bevestigen dat de subsidie volgend jaar stopt.",
    "Hierbij kondig ik aan dat het besluit wordt ingetrokken.",
    "Bij ons op het ministerie gaan we de regels\nversoepelen.",
    'Vanuit BZK kunnen we melden dat de huurgrens omhooggaat.',
    'Wij hebben als ministerie besloten de subsidie te verlengen.',
    'Bij IenW hebben we besloten de brug te vervangen.',
    "Namens mijn collega's bij Defensie: dank voor jullie steun.",
    'Ik kan als beleidsmaker bij OCW zeggen dat de regeling blijft.',
    'Het standpunt van ons ministerie is helder.',
    'Ik kan vanuit het ministerie bevestigen dat de regeling blijft.',
    'Uit naam van het ministerie wil ik de vrijwilligers bedanken.',
    'Onze staatssecretaris heeft gisteren besloten de regeling te verlengen.',
]

FINE_IN_PRIVE = [
    "Wij van Ajax zijn kampioen!",
    "We zijn gisteren bij de Belastingdienst geweest voor een afspraak over mijn aangifte.",
    "Onze dienst in de kerk begint zondag om tien uur.",
    "Mijn afdeling gaat morgen bowlen.",
    "Ons beleid thuis is: geen telefoons aan tafel.",
    "Als vrijwilliger bij een zorginstelling kan ik zeggen dat de druk hoog is.",
    'Wij als ouders maken ons zorgen over de schoolreis.',
    'Als ambtenaar bij het ministerie fiets ik elke dag langs de gracht.',
    'Namens Jan en mij: gefeliciteerd!',
    "Mijn buurman vroeg me laatst wat ik eigenlijk doe. Ik werk bij de overheid, vertelde ik, en daar ben ik trots op.",
    "Ik werk bij het ministerie van Financiën en fiets elke dag naar kantoor.",
    "Wij werken keihard aan onze verbouwing, de keuken is bijna klaar!",
    "Ik kan bevestigen dat de taart van mijn zus heerlijk was 🍰",
    "Persoonlijk vind ik de nieuwe Bond-film tegenvallen.",
    "Namens de hele familie: dank voor jullie kaarten.",
    "De woordvoerder van het ministerie zei dat de regeling wordt verlengd.",
    "Als vrijwilliger bij de voedselbank zie ik veel armoede.",
    'Bij Rijkswaterstaat werken we met drones, las ik in de krant.',
    'In mijn werk bij IenW zie ik hoe belangrijk goede dijken zijn.',
    'Mijn zus werkt bij het ministerie van OCW en vindt het daar leuk.',
]


@pytest.mark.parametrize("text", OPINION_IN_FUNCTIE)
def test_opinion_in_functie_fires(text):
    assert CATEGORY in categories(text, "functie", "blog")


@pytest.mark.parametrize("text", OPINION_IN_FUNCTIE)
def test_opinion_in_prive_is_the_point_of_prive(text):
    assert not spans(text, "prive", "blog", category=CATEGORY)


@pytest.mark.parametrize("text", FINE_IN_FUNCTIE)
def test_quiet_in_functie(text):
    assert not spans(text, "functie", "blog", category=CATEGORY)


@pytest.mark.parametrize("text", FOR_THE_MINISTRY_IN_PRIVE)
def test_speaking_for_the_ministry_in_prive_fires(text):
    assert CATEGORY in categories(text, "prive", "microblog")


@pytest.mark.parametrize("text", FOR_THE_MINISTRY_IN_PRIVE)
def test_speaking_for_the_ministry_in_functie_is_the_job(text):
    assert not spans(text, "functie", "microblog", category=CATEGORY)


@pytest.mark.parametrize("text", FINE_IN_PRIVE)
def test_quiet_in_prive(text):
    assert not spans(text, "prive", "microblog", category=CATEGORY)


def test_opinion_fix_adds_op_persoonlijke_titel():
    text = "Ik vind zelf dat deze wet te ver gaat."
    (finding,) = fired(CATEGORY, text, "functie", "blog")
    assert finding.fix.apply(text) == (
        "Op persoonlijke titel: ik vind zelf dat deze wet te ver gaat.")


def test_opinion_fix_mid_sentence():
    text = "Dank voor uw vraag; als het aan mij lag, was het al geregeld."
    (finding,) = fired(CATEGORY, text, "functie", "blog")
    assert finding.fix.apply(text) == (
        "Dank voor uw vraag; op persoonlijke titel: als het aan mij lag, was het al geregeld.")


def test_namens_fix_makes_it_personal():
    text = "Namens het ministerie wil ik iedereen bedanken."
    (finding,) = fired(CATEGORY, text, "prive", "blog")
    assert finding.fix.apply(text) == "Op persoonlijke titel wil ik iedereen bedanken."
