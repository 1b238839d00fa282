"""toezegging: promises and guarantees on behalf of the organisation, in functie only."""

from __future__ import annotations

import pytest

from tests.assistant.rules.helpers import categories, fired, spans

CATEGORY = "toezegging"

FIRES = [
    'Dat uw uitkering doorloopt, daar zorgen wij voor.',
    'Reken er maar op dat de weg in mei weer open is.',
    'Dat los ik morgen persoonlijk voor u op.',
    'Komt in orde, mevrouw.',
    'Wij zeggen u bij dezen toe dat de schade wordt hersteld.',
    'Het geld volgt zeker binnen een week.',
    'Vrijdag staat de tegemoetkoming op uw rekening.',
    'Wij betalen alles terug, daar mag u van uitgaan.',
    'Geen paniek: we lossen het probleem vandaag nog op.',
    'Komt voor elkaar!',
    'Wordt morgen geregeld!',
    'Wij zorgen ervoor\ndat iedere boer duidelijkheid heeft.',
    'DAT BELOOF IK',
    'U krijgt uw geld zeker terug.',
    'Wij regelen dat binnen een week voor u.',
    'Ik ga ervoor zorgen dat u uw geld terugkrijgt.',
    'Uw aanvraag wordt zeker goedgekeurd.',
    'U heeft morgen uw nieuwe pas.',
    "Wij zorgen ervoor dat iedere boer voor de zomer duidelijkheid heeft, dat beloof ik.",
    "Ik beloof u dat uw aanvraag deze week wordt behandeld.",
    "Dat beloof ik je!",
    "We beloven dat de weg op 1 mei weer open is 🚧",
    "Ik garandeer dat niemand er financieel op achteruitgaat.",
    "U krijgt gegarandeerd uw geld terug.",
    "Gegarandeerd binnen twee weken uitbetaald.",
    "Ik zeg u toe dat we hier op terugkomen.",
    "Dat zeggen wij u toe.",
    "Uiterlijk vrijdag heeft u bericht van ons.",
    "U hoort uiterlijk morgen of de vergunning rond is.",
    "U kunt erop rekenen dat de toeslag op tijd komt.",
    "Ik kan u verzekeren dat dit niet nog eens gebeurt.",
    "We lossen het voor u op.",
    "Geen zorgen, het komt helemaal goed!",
    "Ik bel u morgen terug\nmet het antwoord.",
    "Ik zorg dat het dossier vandaag nog bij de juiste afdeling ligt.",
    "Wij zorgen er samen voor dat niemand tussen wal en schip valt.",
    "Ik regel dat uw bezwaar nog deze week wordt bekeken.",
    "Dat gaan we zo snel mogelijk voor u rechtzetten.",
    "De dienst zal ervoor zorgen dat elke gedupeerde een brief krijgt.",
    "Maak u geen zorgen: de extra kosten worden vergoed.",
    "Morgen mail ik u zeker het formulier.",
    "Wij staan ervoor garant dat de uitbetaling op tijd is.",
    "Dat kan ik u nu al toezeggen.",
    "De reparatie komt volledig voor onze rekening.",
    "Daar kunt u op rekenen.",
    "Uw dossier is in goede handen bij ons.",
    "Binnen twee weken is de storing verholpen en uw geld teruggestort.",
    "Vrijdag bellen wij u met de uitslag.",
    "Wij storten uw voorschot binnen vijf werkdagen.",
    "Dat kunnen wij u verzekeren.",
    "De compensatie wordt hoe dan ook uitbetaald.",
    "Op mijn woord: u ontvangt het volledige bedrag.",
    "De tarieven gaan echt niet omhoog, daar zorg ik voor.",
    'U kunt ervan op aan dat de subsidie op tijd wordt uitbetaald.',
    'Reken erop dat de weg vrijdag weer open is.',
    'Met deze maatregel gaat niemand erop achteruit.',
    'Niemand valt tussen wal en schip, dat is geregeld.',
    'Iedere gedupeerde wordt volledig gecompenseerd.',
    'U krijgt het teveel betaalde bedrag terug.',
    'Uw schade wordt volledig vergoed.',
    'Wij staan ervoor in dat de uitbetaling klopt.',
    'Ik sta er persoonlijk voor in.',
    'Beloofd: vrijdag staat het formulier online.',
    'Dat gaat helemaal goedkomen.',
    'We gaan er persoonlijk achteraan.',
    'Uw aanvraag komt er zeker door.',
    'Wij zetten dit recht.',
    'Wij compenseren alle gedupeerden volledig.',
    'Wij nemen de kosten van het herstel volledig voor onze rekening.',
    'Deze fout herstellen we kosteloos en met voorrang.',
    'Wij vergoeden de schade van alle gedupeerden.',
    'Wij lossen de storing in het betaalsysteem nog dit weekend op.',
    'Uw aanvraag keuren we goed.',
    'De school blijft open, dat is een harde toezegging van ons.',
    'Het tekort op uw toeslag wordt door ons aangevuld.',
    'Uw boete vervalt.',
    'De rekening voor de sloop hoeft u niet te betalen, die nemen wij over.',
    'We gaan het geld zo snel mogelijk terugstorten.',
    'Daar durf ik mijn hand voor in het vuur te steken.',
]

QUIET = [
    'Daar zorgen wij voor de zekerheid altijd een back-up van.',
    "Met zekerheid kunnen we nog niet zeggen of de regeling wordt verlengd.",
    "Weet u zeker dat u de toeslag krijgt? Kijk dan op de website.",
    "Vandaag bellen we alle deelnemers van de proef.",
    "Morgen mailen wij de nieuwsbrief naar alle abonnees.",
    "Binnen acht weken ontvangt u een besluit op uw aanvraag.",
    "Hoe wij dat regelen, leest u op de website.",
    "De Staat staat garant voor spaartegoeden tot 100.000 euro.",
    "Geen zorgen, u kunt uw aanvraag ook later indienen.",
    "Dat kan ik u helaas niet toezeggen.",
    "De kosten komen voor rekening van de aanvrager.",
    "Heeft u zeker uw burgerservicenummer ingevuld?",
    "Zorg ervoor dat u uw DigiD bij de hand heeft.",
    'Hoe het wordt geregeld, leest u in de brochure.',
    "De minister: ‘Ik garandeer dat de steun doorgaat.’",
    "Wij beloofden vorig jaar dat de weg in mei open zou gaan; dat is gelukt.",
    "De staatssecretaris in het debat: “Wij zorgen ervoor dat niemand tussen wal en schip valt.”",
    'Of uw aanvraag wordt goedgekeurd, hangt af van uw inkomen.',
    'U heeft recht op een tegemoetkoming als u aan de voorwaarden voldoet.',
    "De weersvoorspellingen beloven veel zon voor Koningsdag.",
    "Het belooft een mooie dag te worden op de Veluwe.",
    "De minister heeft toegezegd dat de Kamer voor de zomer een brief krijgt (Kamerbrief, 12 mei).",
    "Zoals toegezegd in het debat ontvangt de Kamer het rapport in juni.",
    "De staatssecretaris zegde toe de regeling te evalueren.",
    "Wij streven ernaar binnen acht weken te beslissen.",
    "U ontvangt binnen acht weken een besluit; dat is de wettelijke termijn.",
    "Het minimumloon is wettelijk gegarandeerd.",
    "Ik kan u helaas niets beloven over de uitkomst.",
    "Wij kunnen niet garanderen dat de aanvraag wordt toegekend.",
    "De minister zei: ‘ik garandeer dat de steun doorgaat’.",
    "Het bericht komt goed aan bij de doelgroep.",
    "Deze informatie komt goed van pas bij uw aanvraag.",
    "Belofte maakt schuld, zegt het spreekwoord.",
    'Het gaat goed met de bouw van de nieuwe sluis.',
    'Het komt goed uit dat de werkzaamheden in de zomer vallen.',
    'Wij betalen u de toeslag elke maand rond de 20e uit.',
    'Uw ID-kaart wordt niet automatisch verlengd.',
    'U krijgt een bevestiging terug per mail.',
    'Het CPB verwacht dat niemand erop achteruitgaat.',
    'Volgens de minister gaat niemand erop achteruit.',
    'Wij vergoeden reiskosten tot 50 euro per dag.',
    'U krijgt uw geld terug als u binnen veertien dagen annuleert.',
    'Of uw aanvraag wordt toegekend, hangt af van uw inkomen.',
    'De weersvoorspellingen beloven een zonnig weekend.',
    'Een veelbelovende proef met slimme verkeerslichten.',
    'Niemand mag tussen wal en schip vallen, vindt de Kamer.',
    'Wij herstellen storingen meestal binnen vier uur.',
    'Wij proberen de fout zo snel mogelijk te herstellen.',
    'Hoe herstellen we het vertrouwen van burgers?',
    'Daar steek ik mijn hand niet voor in het vuur.',
    'Uw vergunning vervalt na vijf jaar als u haar niet gebruikt.',
    'Wat er ook gebeurt, bel bij nood 112.',
]


@pytest.mark.parametrize("text", FIRES)
def test_fires_in_functie(text):
    assert CATEGORY in categories(text, "functie", "forum")


@pytest.mark.parametrize("text", FIRES)
def test_prive_promises_are_personal(text):
    assert not spans(text, "prive", "forum", category=CATEGORY)


@pytest.mark.parametrize("text", QUIET)
def test_quiet_on_near_misses(text):
    assert not spans(text, "functie", "forum", category=CATEGORY)


def test_taking_care_becomes_striving():
    text = "Wij zorgen ervoor dat iedere boer duidelijkheid heeft."
    (finding,) = fired(CATEGORY, text, "functie", "forum")
    assert finding.fix.apply(text) == "Wij streven ernaar dat iedere boer duidelijkheid heeft."
