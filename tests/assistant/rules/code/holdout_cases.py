"""Hold-out drafts for the code checks: for each category, drafts that must fire
and near misses that must stay quiet, judged by category the way the product is
judged on unseen drafts. Batch 1 was written before the checks were read; each
later batch after a round of changes, and measured before any change was made
for it (batch 4 covers only the policy area, the weakest category). Now they
are regression cases; ``known_gap`` marks what the checks cannot yet tell apart."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date

from assistant.settings import Department, Identity, SensitivePeriod


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    fires: bool
    text: str
    profile: str = "prive"
    platform: str = "blog"
    identity: Identity = field(default_factory=Identity)
    department: Department = field(default_factory=Department)
    periods: tuple[SensitivePeriod, ...] = ()
    today: date | None = None
    batch: int = 1
    # A known weakness: the checks cannot yet tell this sense or compound apart.
    known_gap: str = ""


# Identities and departments across the ministries.
VWS_ID = Identity("Anna Jansen", "jurist", "Ministerie van Volksgezondheid, Welzijn en Sport")
DEF_ID = Identity("Anton Jansen", "woordvoerder", "Ministerie van Defensie")
FIN_ID = Identity("Pieter de Graaf", "adviseur", "Ministerie van Financiën")
BD_ID = Identity("Sanne Bakker", "communicatieadviseur", "Belastingdienst")
IENW_ID = Identity("Joris van Dam", "projectleider", "Ministerie van Infrastructuur en Waterstaat")
BZK_ID = Identity("Mariam El Idrissi", "beleidsmedewerker wonen",
                  "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
OCW_ID = Identity("Lotte Visser", "senior beleidsadviseur",
                  "Ministerie van Onderwijs, Cultuur en Wetenschap")
SZW_ID = Identity("Kees Mulder", "data-analist", "Ministerie van Sociale Zaken en Werkgelegenheid")
KGG_ID = Identity("Emma de Boer", "programmamanager", "Ministerie van Klimaat en Groene Groei")
EZK_ID = Identity("Daan Smit", "inspecteur", "Ministerie van Economische Zaken")
JENV_ID = Identity("Fatima Ouali", "communicatieadviseur", "Ministerie van Justitie en Veiligheid")

BZ_ID = Identity("Noor Hendriks", "beleidsmedewerker", "Ministerie van Buitenlandse Zaken")
VRO_ID = Identity("Tim Bos", "programmamanager",
                  "Ministerie van Volkshuisvesting en Ruimtelijke Ordening")

IENW = Department("Ministerie van Infrastructuur en Waterstaat", ("IenW", "Rijkswaterstaat"),
                  ("dijkversterking", "sluis", "A27"))
VWS = Department("Ministerie van Volksgezondheid, Welzijn en Sport", ("VWS", "Min. VWS"),
                 ("zorgverzekering", "eigen risico", "vaccinatie", "jeugdzorg"))
FIN = Department("Ministerie van Financiën", ("Financiën", "Belastingdienst"),
                 ("toeslagen", "box 3", "belastingaangifte"))
DEF = Department("Ministerie van Defensie", ("Defensie", "MinDef"),
                 ("F-35", "dienstplicht", "defensiebudget"))
OCW = Department("Ministerie van Onderwijs, Cultuur en Wetenschap", ("OCW", "DUO"),
                 ("basisbeurs", "lerarentekort", "passend onderwijs"))
SZW = Department("Ministerie van Sociale Zaken en Werkgelegenheid", ("SZW", "UWV"),
                 ("AOW", "minimumloon", "bijstand"))
KGG = Department("Ministerie van Klimaat en Groene Groei", ("KGG", "EZK"),
                 ("gaswinning", "windparken", "warmtepomp"))
JENV = Department("Ministerie van Justitie en Veiligheid", ("JenV", "IND"),
                  ("asielbeleid", "gevangenis", "taakstraf"))
BZK = Department("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", ("BZK",),
                 ("huurbeleid", "woningbouw", "Omgevingswet"))
LVVN = Department("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", ("LVVN",),
                  ("stikstof", "mestbeleid", "visserij", "NVWA"))
BZ = Department("Ministerie van Buitenlandse Zaken", ("BZ", "BuZa"),
                ("ontwikkelingshulp", "reisadvies", "visumbeleid"))
VRO = Department("Ministerie van Volkshuisvesting en Ruimtelijke Ordening", ("VRO",),
                 ("woningtekort", "sociale huur", "hypotheekregels"))
AENM = Department("Ministerie van Asiel en Migratie", ("AenM",),
                  ("asielzoekerscentrum", "gezinshereniging", "spreidingswet"))

ELECTIONS = SensitivePeriod("Verkiezingsperiode", date(2027, 1, 1), date(2027, 3, 20),
                            ("verkiezingen", "stemadvies"))
BUDGET_DAY = SensitivePeriod("Prinsjesdag-embargo", date(2026, 9, 1), date(2026, 9, 15),
                             ("Miljoenennota", "koopkracht", "Prinsjesdag"))
FORMATION = SensitivePeriod("Formatieperiode", date(2026, 1, 1), date(2026, 12, 31),
                            ("formatie", "informateur", "coalitieakkoord"))
SUMMIT = SensitivePeriod("NAVO-top", date(2026, 6, 20), date(2026, 7, 10),
                         ("NAVO-top", "defensie-uitgaven"))
EXAMS = SensitivePeriod("Examenperiode", date(2026, 5, 7), date(2026, 6, 12),
                        ("eindexamen", "examenuitslag"))
ASYLUM = SensitivePeriod("Asieldebat", date(2026, 3, 1), date(2026, 3, 31),
                         ("asiel", "spreidingswet"))
SPRING = SensitivePeriod("Voorjaarsnota", date(2026, 3, 15), date(2026, 4, 15),
                         ("Voorjaarsnota", "bezuinigingen"))
MUNICIPAL = SensitivePeriod("Gemeenteraadsverkiezingen", date(2026, 2, 1), date(2026, 3, 18),
                            ("gemeenteraadsverkiezingen", "Stemwijzer", "lijsttrekker"))
CRISIS = SensitivePeriod("Kabinetscrisis", date(2026, 10, 1), date(2026, 10, 31),
                         ("kabinetscrisis", "val van het kabinet", "demissionair"))

# ASCII prose for length cases: every character weighs 1 on every platform.
_PROSE = ("Vandaag openden we samen met de gemeente het nieuwe informatiepunt in het "
          "stadhuis. Inwoners kunnen er terecht met vragen over hun aanvraag, de termijnen "
          "en de stukken die ze moeten meesturen. We horen graag wat beter kan, dus laat "
          "het weten als iets niet duidelijk is of als je lang moet wachten op antwoord. ")


def prose(length: int) -> str:
    """Readable Dutch text of exactly `length` characters, ending in a full stop."""
    text = (_PROSE * (length // len(_PROSE) + 1))[:length - 1]
    if text.endswith(" "):
        text = text[:-1] + "e"
    return text + "."


URL = "https://www.rijksoverheid.nl/onderwerpen/werken-bij-de-overheid/vraag-en-antwoord"
BARE_URL = "www.rijksoverheid.nl/onderwerpen/belastingen/documenten/publicaties/2026/brochure"
FAMILY = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"
FLAG = "\U0001F1F3\U0001F1F1"
THUMB = "\U0001F44D\U0001F3FD"
SMILE = "\U0001F60A"
ACCENTS = "café geëvalueerd één crème "  # 27 characters, all weight 1


def accented(length: int) -> str:
    text = (ACCENTS * (length // len(ACCENTS) + 1))[:length - 1]
    if text.endswith(" "):
        text = text[:-1] + "e"
    return text + "."


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


CASES: list[Case] = [
    # identificatie: fires
    Case("id-f01", "identificatie", True,
         "Goede vraag! De regeling geldt voor iedereen met een zorgverzekering. Zie de website "
         "voor de voorwaarden.", "functie", "forum", VWS_ID),
    Case("id-f02", "identificatie", True,
         "De aanvraag kan vanaf 1 maart digitaal.\n\nGroet, Anna", "functie", "forum", VWS_ID),
    # On a microblog name and department suffice (as in the sample "- Pieter Hendriks, LVVN").
    Case("id-f03", "identificatie", False,
         "Vanavond oefenen we bij Ede, er kan geluidsoverlast zijn. — A. Jansen | Defensie",
         "functie", "x", DEF_ID),
    Case("id-f04", "identificatie", True,
         "De termijn voor bezwaar is zes weken na de dagtekening.\n\nPieter de Graaf, adviseur",
         "functie", "forum", FIN_ID),
    Case("id-f05", "identificatie", True,
         "De sluis bij Terneuzen is vanaf maandag weer open.\n\nMet vriendelijke groet,\n"
         "projectleider, Rijkswaterstaat", "functie", "forum", IENW_ID),
    Case("id-f06", "identificatie", True,
         "Op deze plek vertel ik voortaan over ons werk aan de onderwijsagenda. Reacties zijn "
         "welkom.\n\nLotte", "functie", "blog", OCW_ID),
    Case("id-f07", "identificatie", True,
         "Het ministerie van Financiën bepaalt de hoogte van de heffingskorting, niet wij.\n\n"
         "Kees Mulder, data-analist", "functie", "forum", SZW_ID),
    Case("id-f08", "identificatie", True,
         "Cijfers over woningbouw 2025 bijgewerkt, bron: CBS.", "functie", "wikipedia", BZK_ID),
    Case("id-f09", "identificatie", True,
         "Aantal toestellen gecorrigeerd volgens de jaarlijkse rapportage. — Anton Jansen",
         "functie", "wikipedia", DEF_ID),
    Case("id-f10", "identificatie", True,
         "Bedankt voor uw reactie over de windparken. We nemen het mee in de evaluatie.\n\n"
         "Emma de Boer\nprogrammamanager", "functie", "forum", KGG_ID),
    Case("id-f11", "identificatie", True,
         "Vandaag start de inspectieronde bij de mijnbouwlocaties in Drenthe. #mijnbouw",
         "functie", "x", EZK_ID),
    Case("id-f12", "identificatie", True,
         "U kunt uw aangifte tot 1 mei indienen.\n\nGroet, Sanne Bakker, Belastingdienst",
         "functie", "forum", BD_ID),
    Case("id-f13", "identificatie", True,
         "Trots op ons team! Vandaag lanceerden we de nieuwe campagne over vaccinatie. #teamVWS",
         "functie", "linkedin", VWS_ID),
    Case("id-f14", "identificatie", True,
         "Namens het ministerie van Justitie en Veiligheid: de termijn wordt verlengd tot "
         "1 september.", "functie", "forum", JENV_ID),
    Case("id-f15", "identificatie", True,
         "Ik ben data-analist en schrijf hier over de arbeidsmarkt en wat de cijfers ons "
         "vertellen.", "functie", "blog", SZW_ID),
    Case("id-f16", "identificatie", True,
         "Nieuwe cijfers over het lerarentekort staan online. ^LV", "functie", "mastodon", OCW_ID),
    # identificatie: near misses
    Case("id-n01", "identificatie", False,
         "De aanvraag kan vanaf 1 maart digitaal.\n\nGroet, Anna (jurist, Min. VWS)",
         "functie", "forum", VWS_ID),
    Case("id-n02", "identificatie", False,
         "Vanavond oefenen we bij Ede. — A. Jansen | woordvoerder | Defensie",
         "functie", "x", DEF_ID),
    Case("id-n03", "identificatie", False,
         "De termijn voor bezwaar is zes weken. Namens het ministerie van Financiën, Pieter, "
         "adviseur", "functie", "forum", FIN_ID),
    Case("id-n04", "identificatie", False,
         "De sluis is vanaf maandag weer open.\n\nMet vriendelijke groet,\n\nJoris van Dam\n"
         "Projectleider Afsluitdijk\nRijkswaterstaat", "functie", "forum", IENW_ID),
    Case("id-n05", "identificatie", False,
         "Lotte Visser, senior beleidsadviseur bij OCW\n\nVandaag wil ik iets vertellen over "
         "hoe we de onderwijsagenda maken.", "functie", "blog", OCW_ID),
    Case("id-n06", "identificatie", False,
         "Kees Mulder (data-analist, SZW) hier. De cijfers over de arbeidsmarkt komen "
         "donderdag.", "functie", "forum", SZW_ID),
    Case("id-n07", "identificatie", False,
         "Cijfers over woningbouw 2025 bijgewerkt (bron: CBS); bewerking door medewerker "
         "ministerie van BZK.", "functie", "wikipedia", BZK_ID),
    Case("id-n08", "identificatie", False,
         "Aantal toestellen gecorrigeerd, bron: Kamerbrief. Bewerkt door het ministerie van "
         "Defensie.", "functie", "wikipedia", DEF_ID),
    Case("id-n09", "identificatie", False,
         "Dank voor uw vraag. De regels staan op onze website.\n\nFatima Ouali\n"
         "Communicatieadviseur | Ministerie van Justitie en Veiligheid",
         "functie", "forum", JENV_ID),
    Case("id-n10", "identificatie", False,
         "Het windpark Hollandse Kust West levert vanaf vandaag stroom. Emma de Boer, "
         "programmamanager KGG", "functie", "x", KGG_ID),
    Case("id-n11", "identificatie", False,
         "De controle is afgerond.\n\nDaan Smit, inspecteur bij Staatstoezicht op de Mijnen "
         "(EZK)", "functie", "forum", EZK_ID),
    Case("id-n12", "identificatie", False,
         "U kunt uw aangifte tot 1 mei indienen.\n\nMet vriendelijke groet, Sanne Bakker, "
         "communicatieadviseur Belastingdienst", "functie", "forum", BD_ID),
    Case("id-n13", "identificatie", False,
         "U ontvangt binnen zes weken bericht.\n\nPieter de Graaf, adviseur, Belastingdienst",
         "functie", "forum", FIN_ID),
    Case("id-n14", "identificatie", False,
         "Trots op ons team! Vandaag lanceerden we de nieuwe campagne.\n\n"
         "Anna Jansen | Jurist | Ministerie van VWS", "functie", "linkedin", VWS_ID),
    Case("id-n15", "identificatie", False,
         "Werkzaamheden aan de A27 duren tot vrijdag. Joris van Dam, projectleider bij "
         "Rijkswaterstaat", "functie", "mastodon", IENW_ID),
    Case("id-n16", "identificatie", False,
         "Uw vraag is doorgezet naar de juiste afdeling.\n\nL. Visser, senior beleidsadviseur, "
         "Ministerie van OCW", "functie", "forum", OCW_ID),
    Case("id-n17", "identificatie", False,
         "Ik vond de lezing over de arbeidsmarkt gisteren erg interessant.",
         "prive", "forum", SZW_ID),

    # persoonsgegevens: fires
    Case("pd-f01", "persoonsgegevens", True,
         "Ik zie dat uw BSN 111222333 nog niet aan het dossier is gekoppeld.",
         "functie", "forum", FIN_ID),
    Case("pd-f02", "persoonsgegevens", True,
         "Mijn BSN is 1234.56.782, kan iemand kijken waarom mijn aanvraag vastloopt?",
         "prive", "forum"),
    Case("pd-f03", "persoonsgegevens", True,
         "Burgerservicenummer van mijn moeder: 691 400 507. Wie weet waar ik dit moet melden?",
         "prive", "forum"),
    Case("pd-f04", "persoonsgegevens", True,
         "Maak het geld voor het uitje over naar NL91 ABNA 0417 1643 00 t.n.v. J. de Vries.",
         "prive", "profielsite"),
    Case("pd-f05", "persoonsgegevens", True,
         "Mijn rekeningnummer is nl20ingb0001234567, alvast bedankt!", "prive", "forum"),
    Case("pd-f06", "persoonsgegevens", True,
         "Bel mij gerust op +31 6 12345678 als je vragen hebt.", "prive", "x"),
    Case("pd-f07", "persoonsgegevens", True,
         "Mijn broer is bereikbaar op 06 12 34 56 78 voor de verkoop van de fiets.",
         "prive", "forum"),
    Case("pd-f08", "persoonsgegevens", True,
         "(06)-23456789 is het nummer van de trainer, bel hem maar.", "prive", "forum"),
    Case("pd-f09", "persoonsgegevens", True,
         "Mijn ouders hebben nog een vaste lijn: 030-1234567, bel gerust.", "prive", "forum"),
    Case("pd-f10", "persoonsgegevens", True,
         "Stuur je aanmelding naar jan.devries1975@gmail.com, dan zet ik je op de lijst.",
         "prive", "profielsite"),
    Case("pd-f11", "persoonsgegevens", True,
         "Het feest is bij ons thuis, Kerkstraat 12a in Zwolle. Neem wat te drinken mee!",
         "prive", "profielsite"),
    Case("pd-f12", "persoonsgegevens", True,
         "Mevrouw Bos woont op de Van Woustraat 112-II, 1073 LS Amsterdam.", "prive", "forum"),
    Case("pd-f13", "persoonsgegevens", True,
         "Stuur de kaart naar Lindelaan 4, 7411AB Deventer.", "prive", "forum"),
    Case("pd-f14", "persoonsgegevens", True,
         "Mijn buurman Henk ligt in het ziekenhuis met een zware depressie.", "prive", "blog"),
    Case("pd-f15", "persoonsgegevens", True,
         "Wethouder Jansen zit al maanden thuis met een burn-out.", "prive", "x"),
    Case("pd-f16", "persoonsgegevens", True,
         "Meneer Pietersen uit Almere heeft hiv, vertelde hij me gisteren.", "prive", "forum"),
    Case("pd-f17", "persoonsgegevens", True,
         "De zoon van onze buren, Thijs, is homo en durft dat thuis niet te zeggen.",
         "prive", "blog"),
    Case("pd-f18", "persoonsgegevens", True,
         "Bel Sanne even op 0612345678, zij regelt de sleutels.", "prive", "x"),
    # persoonsgegevens: near misses
    Case("pd-n01", "persoonsgegevens", False,
         "Een BSN bestaat uit negen cijfers, bijvoorbeeld 123456789.", "functie", "forum",
         FIN_ID),
    Case("pd-n02", "persoonsgegevens", False,
         "Let op: NL91 ABNA 0417 1643 01 is een fout rekeningnummer, controleer het.",
         "prive", "forum"),
    Case("pd-n03", "persoonsgegevens", False,
         "Betaal de aanslag op NL86 INGB 0002 4455 88 t.n.v. Belastingdienst Apeldoorn.",
         "functie", "forum", BD_ID),
    Case("pd-n04", "persoonsgegevens", False,
         "Bel de BelastingTelefoon: 0800-0543, op werkdagen van 8 tot 20 uur.",
         "functie", "forum", BD_ID),
    Case("pd-n05", "persoonsgegevens", False,
         "Meer informatie via 0900-1234567 (lokaal tarief).", "functie", "forum", FIN_ID),
    Case("pd-n06", "persoonsgegevens", False,
         "Ons klantcontactcentrum is bereikbaar via 088 - 123 45 67 op werkdagen.",
         "functie", "forum", SZW_ID),
    Case("pd-n07", "persoonsgegevens", False,
         "Bij nood bel je 112, voor de gemeente Utrecht bel je 14 030.", "prive", "x"),
    Case("pd-n08", "persoonsgegevens", False,
         "Vragen? Bel 1400 of mail naar info@rijksoverheid.nl.", "functie", "x", VWS_ID),
    Case("pd-n09", "persoonsgegevens", False,
         "Journalisten kunnen mailen naar woordvoering@minvws.nl of servicedesk@duo.nl.",
         "functie", "forum", VWS_ID),
    Case("pd-n10", "persoonsgegevens", False,
         "De bijeenkomst is op 06-12-2026 om 10.30 uur in Utrecht.", "prive", "forum"),
    Case("pd-n11", "persoonsgegevens", False,
         "Het kabinet trekt € 1.234.567.890 uit, dat is 0,6 procent van de begroting.",
         "prive", "x"),
    Case("pd-n12", "persoonsgegevens", False,
         "Zaaknummer 2026-0612345, ons kenmerk 123456/78.", "functie", "forum", JENV_ID),
    Case("pd-n13", "persoonsgegevens", False,
         "Zie artikel 12a, tweede lid, van de Participatiewet.", "functie", "forum", SZW_ID),
    Case("pd-n14", "persoonsgegevens", False,
         "Schrijf naar Postbus 20350, 2500 EJ Den Haag.", "functie", "forum", VWS_ID),
    Case("pd-n15", "persoonsgegevens", False,
         "Steeds meer jongeren krijgen een burn-out; dat zien we ook in de cijfers.",
         "prive", "blog"),
    Case("pd-n16", "persoonsgegevens", False,
         "Ik heb zelf jarenlang met migraine geworsteld en weet hoe zwaar dat is.",
         "prive", "blog"),
    Case("pd-n17", "persoonsgegevens", False,
         "In Nederland gaan steeds minder mensen naar de kerk.", "prive", "x"),
    Case("pd-n18", "persoonsgegevens", False,
         "Op de A12 bij Utrecht staat 12 km file richting Arnhem.", "functie", "x", IENW_ID),
    Case("pd-n19", "persoonsgegevens", False,
         "Op de Afsluitdijk 2 rijstroken dicht vanwege werkzaamheden.", "functie", "x",
         IENW_ID),
    Case("pd-n20", "persoonsgegevens", False,
         "Zie Kamerstuk 36 410, nr. 12 en Stb. 2026, 123.", "functie", "forum", BZK_ID),
    Case("pd-n21", "persoonsgegevens", False,
         "Het ministerie van VWS zit aan het Parnassusplein 5, 2511 VX Den Haag.",
         "functie", "forum", VWS_ID),

    # platform: fires
    Case("pl-f01", "platform", True, prose(258) + " " + URL, "functie", "x"),
    Case("pl-f02", "platform", True, prose(270) + " " + SMILE * 6, "prive", "x"),
    Case("pl-f03", "platform", True, accented(281), "prive", "x"),
    Case("pl-f04", "platform", True, prose(281), "prive", "microblog"),
    Case("pl-f05", "platform", True, prose(240) + " " + BARE_URL + " " + FLAG * 10,
         "prive", "microblog"),
    Case("pl-f06", "platform", True, prose(295) + " " + FAMILY * 5, "prive", "bluesky"),
    Case("pl-f07", "platform", True, prose(301), "prive", "bluesky"),
    Case("pl-f08", "platform", True, prose(290) + " " + FLAG * 10, "prive", "bluesky"),
    Case("pl-f09", "platform", True, prose(480) + " " + URL, "functie", "mastodon"),
    Case("pl-f10", "platform", True, prose(501), "prive", "mastodon"),
    Case("pl-f11", "platform", True, prose(3001), "functie", "linkedin"),
    Case("pl-f12", "platform", True, prose(3500), "prive", "linkedin"),
    Case("pl-f13", "platform", True, prose(3001), "prive", "profielsite"),
    Case("pl-f14", "platform", True, prose(400), "prive", "x"),
    Case("pl-f15", "platform", True, prose(300) + " " + THUMB * 50, "prive", "bluesky"),
    Case("pl-f16", "platform", True, prose(277) + "\n\n" + SMILE, "prive", "x"),
    # platform: near misses
    Case("pl-n01", "platform", False, prose(250) + " " + URL, "functie", "x"),
    Case("pl-n02", "platform", False, prose(267) + " " + SMILE * 6, "prive", "x"),
    Case("pl-n03", "platform", False, accented(280), "prive", "x"),
    Case("pl-n04", "platform", False, _nfd(accented(279)), "prive", "x"),
    Case("pl-n05", "platform", False, prose(269) + " " + FAMILY * 5, "prive", "x"),
    Case("pl-n06", "platform", False, prose(200) + " " + BARE_URL, "functie", "x"),
    Case("pl-n07", "platform", False, prose(280), "prive", "microblog"),
    Case("pl-n08", "platform", False, prose(289) + " " + FLAG * 10, "prive", "bluesky"),
    Case("pl-n09", "platform", False, prose(294) + " " + FAMILY * 5, "prive", "bluesky"),
    Case("pl-n10", "platform", False, prose(249) + " " + THUMB * 50, "prive", "bluesky"),
    Case("pl-n11", "platform", False, prose(300), "prive", "bluesky"),
    Case("pl-n12", "platform", False, prose(470) + " " + URL, "functie", "mastodon"),
    Case("pl-n13", "platform", False, prose(500), "prive", "mastodon"),
    Case("pl-n14", "platform", False, "@anna@mastodon.social " + prose(494), "prive",
         "mastodon"),
    Case("pl-n15", "platform", False, prose(2999), "functie", "linkedin"),
    Case("pl-n16", "platform", False, prose(5000), "prive", "blog"),
    Case("pl-n17", "platform", False, prose(10000), "functie", "forum"),
    Case("pl-n18", "platform", False, prose(5000), "prive", "facebook"),

    # beleidsterrein: fires
    Case("pa-f01", "beleidsterrein", True,
         "Ik snap echt niet waarom die dijkversterking in Friesland zo lang duurt. Schiet eens "
         "op!", "prive", "x", department=IENW),
    Case("pa-f02", "beleidsterrein", True,
         "De nieuwe sluis bij IJmuiden is volgens mij een prestigeproject dat nooit had mogen "
         "doorgaan.", "prive", "blog", department=IENW),
    Case("pa-f03", "beleidsterrein", True,
         "Het eigen risico moet gewoon omlaag, dit is toch absurd voor mensen met weinig geld.",
         "prive", "forum", department=VWS),
    Case("pa-f04", "beleidsterrein", True,
         "Wat een slecht idee om de vaccinatiecampagne nu al af te bouwen.",
         "prive", "x", department=VWS),
    Case("pa-f05", "beleidsterrein", True,
         "Het hele toeslagenstelsel is een drama, schaf het maar af.",
         "prive", "blog", department=FIN),
    Case("pa-f06", "beleidsterrein", True,
         "Box 3 is een regelrechte puinhoop, daar hebben we nog jaren last van.",
         "prive", "forum", department=FIN),
    Case("pa-f07", "beleidsterrein", True,
         "Die F-35's zijn weggegooid geld, ik begrijp niet dat niemand dat ziet.",
         "prive", "x", department=DEF),
    Case("pa-f08", "beleidsterrein", True,
         "Persoonlijk ben ik tegen de herinvoering van de dienstplicht.",
         "prive", "profielsite", department=DEF),
    Case("pa-f09", "beleidsterrein", True,
         "Het lerarentekort wordt compleet onderschat door Den Haag, schandalig.",
         "prive", "blog", department=OCW),
    Case("pa-f10", "beleidsterrein", True,
         "Naar mijn mening was het afschaffen van de basisbeurs een historische fout.",
         "prive", "forum", department=OCW),
    Case("pa-f11", "beleidsterrein", True,
         "De AOW-leeftijd verhogen? Onzin. Mensen met zware beroepen houden dat niet vol.",
         "prive", "x", department=SZW),
    Case("pa-f12", "beleidsterrein", True,
         "Het minimumloon zou veel hoger moeten, dat vind ik al jaren.",
         "prive", "blog", department=SZW),
    Case("pa-f13", "beleidsterrein", True,
         "Gaswinning in Groningen had allang moeten stoppen, onbegrijpelijk dat het zo lang "
         "duurde.", "prive", "forum", department=KGG),
    Case("pa-f14", "beleidsterrein", True,
         "Het asielbeleid van dit kabinet is onwerkbaar en onmenselijk.",
         "prive", "x", department=JENV),
    Case("pa-f15", "beleidsterrein", True,
         "Die woningbouwplannen zijn prachtig op papier, maar er komt niks van terecht.",
         "prive", "blog", department=BZK),
    Case("pa-f16", "beleidsterrein", True,
         "Taakstraffen werken gewoon beter dan een cel, daar ben ik van overtuigd.",
         "prive", "forum", department=JENV),
    Case("pa-f17", "beleidsterrein", True,
         "Discografie van de band bijgewerkt met het album uit 2024 (ministerie van IenW).",
         "functie", "wikipedia", IENW_ID, department=IENW),
    # beleidsterrein: near misses
    Case("pa-n01", "beleidsterrein", False,
         "Vandaag met de kinderen gekeken bij de dijkversterking in Friesland; er werken veertig "
         "mensen aan.", "prive", "blog", department=IENW),
    Case("pa-n02", "beleidsterrein", False,
         "Weekendje Sluis in Zeeland, heerlijk gegeten en echt een aanrader!",
         "prive", "x", department=IENW),
    Case("pa-n03", "beleidsterrein", False,
         "Zwemmen in de plas is op eigen risico, dat vind ik prima.",
         "prive", "forum", department=VWS,
         known_gap="a policy term in an idiom (op eigen risico)"),
    Case("pa-n04", "beleidsterrein", False,
         "Morgen gaat mijn dochter voor haar vaccinatie naar de GGD.",
         "prive", "x", department=VWS),
    Case("pa-n05", "beleidsterrein", False,
         "Vandaag mijn belastingaangifte ingediend via Mijn Belastingdienst.",
         "prive", "x", department=FIN),
    Case("pa-n06", "beleidsterrein", False,
         "Vanmiddag vloog er een F-35 over ons huis tijdens de open dag.",
         "prive", "x", department=DEF),
    Case("pa-n07", "beleidsterrein", False,
         "Mijn dochter heeft net haar basisbeurs aangevraagd bij DUO.",
         "prive", "profielsite", department=OCW),
    Case("pa-n08", "beleidsterrein", False,
         "Mijn vader krijgt sinds maart AOW en geniet van zijn vrije tijd.",
         "prive", "profielsite", department=SZW),
    Case("pa-n09", "beleidsterrein", False,
         "Dankzij de geweldige bijstand van de buren was de verhuizing zo klaar.",
         "prive", "x", department=SZW),
    Case("pa-n10", "beleidsterrein", False,
         "We hebben sinds deze winter een warmtepomp in de kelder hangen.",
         "prive", "blog", department=KGG),
    Case("pa-n11", "beleidsterrein", False,
         "Vandaag de oude gevangenis in Leeuwarden bezocht met de historische vereniging.",
         "prive", "blog", department=JENV),
    Case("pa-n12", "beleidsterrein", False,
         "Lezing over de Omgevingswet bijgewoond; de spreker was de burgemeester van Zwolle.",
         "prive", "profielsite", department=BZK),
    Case("pa-n13", "beleidsterrein", False,
         "Ik vind de nieuwe serie over de Tweede Wereldoorlog echt waardeloos.",
         "prive", "x", department=IENW),
    Case("pa-n14", "beleidsterrein", False,
         "Ik vind het eigen risico te hoog, maar de wet is helder: we voeren hem uit.\n\n"
         "Anna Jansen, jurist, Ministerie van VWS", "functie", "forum", VWS_ID, department=VWS),
    Case("pa-n15", "beleidsterrein", False,
         "Persoonlijk ben ik tegen de herinvoering van de dienstplicht.",
         "prive", "x", department=VWS),
    Case("pa-n16", "beleidsterrein", False,
         "Die Ford F-350 van de buurman is echt belachelijk groot.",
         "prive", "x", department=DEF),
    Case("pa-n17", "beleidsterrein", False,
         "Bouwjaar van de sluis bij IJmuiden gecorrigeerd (ministerie van IenW).",
         "functie", "wikipedia", IENW_ID, department=IENW),
    Case("pa-n18", "beleidsterrein", False,
         "Weet iemand wanneer de toeslagen voor januari worden uitbetaald?",
         "prive", "forum", department=FIN),

    # timing: fires
    Case("tm-f01", "timing", True, "Wie gaat er allemaal stemmen bij de verkiezingen in maart?",
         "prive", "x", periods=(ELECTIONS,), today=date(2027, 2, 10)),
    Case("tm-f02", "timing", True, "Gelukkig nieuwjaar! Over drie maanden zijn de verkiezingen.",
         "prive", "x", periods=(ELECTIONS,), today=date(2027, 1, 1)),
    Case("tm-f03", "timing", True, "Vandaag de laatste dag voor de verkiezing, nog even "
         "doorzetten.", "prive", "x", periods=(ELECTIONS,), today=date(2027, 3, 20)),
    Case("tm-f04", "timing", True, "Mijn stemadvies voor iedereen: lees de programma's goed.",
         "prive", "profielsite", periods=(ELECTIONS,), today=date(2027, 2, 1)),
    Case("tm-f05", "timing", True, "Heb jij het verkiezingsprogramma van jouw partij al "
         "gelezen?", "prive", "x", periods=(ELECTIONS,), today=date(2027, 2, 1)),
    Case("tm-f06", "timing", True, "Benieuwd wat de Miljoenennota voor ons koopkrachtplaatje "
         "betekent.", "prive", "x", periods=(BUDGET_DAY,), today=date(2026, 9, 10)),
    Case("tm-f07", "timing", True, "Mooie hoedjes weer op prinsjesdag!", "prive", "x",
         periods=(BUDGET_DAY,), today=date(2026, 9, 15)),
    Case("tm-f08", "timing", True, "De kabinetsformatie duurt nu al langer dan vorig jaar.",
         "prive", "x", periods=(FORMATION,), today=date(2026, 5, 1)),
    Case("tm-f09", "timing", True, "Wie worden de nieuwe informateurs, denk jij?",
         "prive", "forum", periods=(FORMATION,), today=date(2026, 5, 1)),
    Case("tm-f10", "timing", True, "Het coalitieakkoord ligt er bijna, hoor ik.",
         "functie", "x", JENV_ID, periods=(FORMATION,), today=date(2026, 5, 1)),
    Case("tm-f11", "timing", True, "Half Den Haag is afgezet voor de NAVO-top.",
         "prive", "x", periods=(SUMMIT,), today=date(2026, 6, 25)),
    Case("tm-f12", "timing", True, "Die hogere defensie-uitgaven gaan ons allemaal geld kosten.",
         "prive", "forum", periods=(SUMMIT,), today=date(2026, 6, 25)),
    Case("tm-f13", "timing", True, "Succes aan alle leerlingen met hun eindexamens!",
         "prive", "x", periods=(EXAMS,), today=date(2026, 5, 20)),
    Case("tm-f14", "timing", True, "Nog even spannend wachten op de examenuitslagen.",
         "prive", "profielsite", periods=(EXAMS,), today=date(2026, 6, 12)),
    Case("tm-f15", "timing", True, "Het asieldebat in de Kamer was pittig vanavond.",
         "prive", "x", periods=(ASYLUM,), today=date(2026, 3, 15)),
    Case("tm-f16", "timing", True, "De bezuiniging op cultuur is hard aangekomen.",
         "prive", "blog", periods=(SPRING,), today=date(2026, 4, 1)),
    Case("tm-f17", "timing", True, "VERKIEZINGEN! Ga stemmen!", "prive", "x",
         periods=(ELECTIONS,), today=date(2027, 3, 1)),
    # timing: near misses
    Case("tm-n01", "timing", False, "Over een paar maanden zijn de verkiezingen.",
         "prive", "x", periods=(ELECTIONS,), today=date(2026, 12, 31)),
    Case("tm-n02", "timing", False, "De verkiezingen zijn achter de rug.",
         "prive", "x", periods=(ELECTIONS,), today=date(2027, 3, 21)),
    Case("tm-n03", "timing", False, "Meer informatie vind je op onze website.",
         "functie", "x", JENV_ID, periods=(FORMATION,), today=date(2026, 5, 1)),
    Case("tm-n04", "timing", False, "De transformatie van het stationsgebied gaat snel.",
         "prive", "x", periods=(FORMATION,), today=date(2026, 5, 1)),
    Case("tm-n05", "timing", False, "Nog twee weken tot Prinsjesdag.",
         "prive", "x", periods=(BUDGET_DAY,), today=date(2026, 8, 31)),
    Case("tm-n06", "timing", False, "Mooi weer vandaag in Den Haag.",
         "prive", "x", periods=(BUDGET_DAY,), today=date(2026, 9, 10)),
    Case("tm-n07", "timing", False, "De navigatie in de auto werkt eindelijk weer.",
         "prive", "x", periods=(SUMMIT,), today=date(2026, 6, 25)),
    Case("tm-n08", "timing", False, "Mijn rijexamen is gehaald!",
         "prive", "x", periods=(EXAMS,), today=date(2026, 5, 20)),
    Case("tm-n09", "timing", False, "Vandaag een kat uit het dierenasiel gehaald.",
         "prive", "profielsite", periods=(ASYLUM,), today=date(2026, 3, 15)),
    Case("tm-n10", "timing", False, "De voorjaarsschoonmaak is eindelijk klaar.",
         "prive", "x", periods=(SPRING,), today=date(2026, 4, 1)),
    Case("tm-n11", "timing", False, "De verkiezingen komen eraan.", "prive", "x",
         today=date(2027, 2, 1)),
    Case("tm-n12", "timing", False, "Het asieldebat in de Kamer was pittig vanavond.",
         "prive", "x", periods=(ASYLUM,), today=date(2026, 4, 1)),
    Case("tm-n13", "timing", False, "Het informatiebord bij de ingang is vernieuwd.",
         "prive", "x", periods=(FORMATION,), today=date(2026, 5, 1)),
    Case("tm-n14", "timing", False, "Onze school werkt sinds dit jaar met formatief evalueren.",
         "prive", "blog", periods=(FORMATION,), today=date(2026, 5, 1)),
    Case("tm-n15", "timing", False, "Deformatie van het wegdek door de hitte, rij voorzichtig.",
         "prive", "x", periods=(FORMATION,), today=date(2026, 7, 1)),
    Case("tm-n16", "timing", False, "Hij won de verkiezing tot sportman van het jaar.",
         "prive", "x", periods=(ELECTIONS,), today=date(2027, 2, 1),
         known_gap="a term in another sense (verkiezing tot sportman)"),

    # Batch 2, written after the checks were changed for batch 1.
    # identificatie
    Case("id2-f1", "identificatie", True,
         "Reisadviezen worden dagelijks bijgewerkt. Kijk voor actuele informatie op de "
         "website.\n\nHartelijke groet,\nNoor", "functie", "forum", BZ_ID, batch=2),
    Case("id2-f2", "identificatie", True,
         "Vandaag de eerste paal geslagen voor 400 nieuwe woningen in Almere! Trots op dit "
         "team.\n\nTim Bos | Programmamanager", "functie", "linkedin", VRO_ID, batch=2),
    Case("id2-f3", "identificatie", True,
         "Aantal leerlingen in het vmbo bijgewerkt naar de cijfers van 2025. Groet, Lotte "
         "Visser, senior beleidsadviseur", "functie", "wikipedia", OCW_ID, batch=2),
    Case("id2-f4", "identificatie", True,
         "Het CJIB stuurt binnenkort een herinnering. Bij vragen kunt u ons bellen.\n\n"
         "Fatima Ouali", "functie", "forum", JENV_ID, batch=2),
    Case("id2-f5", "identificatie", True,
         "Morgen vliegen er F-16's laag over Volkel voor een oefening.", "functie", "microblog",
         DEF_ID, batch=2),
    Case("id2-f6", "identificatie", True,
         "Ik ben beleidsmedewerker bij het ministerie en lees hier graag mee. De regeling "
         "verandert per 1 januari.", "functie", "forum", SZW_ID, batch=2),
    Case("id2-n1", "identificatie", False,
         "Reisadviezen worden dagelijks bijgewerkt.\n\nNoor Hendriks – beleidsmedewerker "
         "consulaire zaken – BZ", "functie", "forum", BZ_ID, batch=2),
    Case("id2-n2", "identificatie", False,
         "Vandaag de eerste paal geslagen!\n\nTim Bos\nProgrammamanager Woningbouw\n"
         "Ministerie van Volkshuisvesting en Ruimtelijke Ordening", "functie", "linkedin",
         VRO_ID, batch=2),
    Case("id2-n3", "identificatie", False,
         "Aantal leerlingen bijgewerkt (bron: DUO), bewerking namens het ministerie van OCW.",
         "functie", "wikipedia", OCW_ID, batch=2),
    Case("id2-n4", "identificatie", False,
         "Hallo, Fatima hier, communicatieadviseur bij Justitie en Veiligheid. Het CJIB stuurt "
         "binnenkort een herinnering.", "functie", "forum", JENV_ID, batch=2),
    Case("id2-n5", "identificatie", False,
         "Morgen vliegen er F-16's laag over Volkel voor een oefening. — Anton Jansen, Defensie",
         "functie", "mastodon", DEF_ID, batch=2),
    Case("id2-n6", "identificatie", False,
         "De aangifte kan tot 1 mei.\n\nMet vriendelijke groet,\n\nP. de Graaf\nadviseur "
         "Directie Fiscale Zaken\nMinisterie van Financiën", "functie", "forum", FIN_ID,
         batch=2),
    Case("id2-n7", "identificatie", False,
         "Weet iemand hoe laat de bibliotheek opengaat?", "prive", "forum", SZW_ID, batch=2),
    # persoonsgegevens
    Case("pd2-f1", "persoonsgegevens", True,
         "Zijn sofinummer is 204 510 399, dat weet ik nog uit zijn oude dossier.",
         "prive", "forum", batch=2),
    Case("pd2-f2", "persoonsgegevens", True,
         "Je kunt het bedrag overmaken op BE71 0961 2345 6769 van mijn broer.",
         "prive", "profielsite", batch=2),
    Case("pd2-f3", "persoonsgegevens", True,
         "Voor de oppas: bel mijn schoonmoeder op 06-87654321.", "prive", "x", batch=2),
    Case("pd2-f4", "persoonsgegevens", True,
         "Stuur het pakket naar Marieke, Beukenlaan 27b, 6711 NR Ede.", "prive", "forum",
         batch=2),
    Case("pd2-f5", "persoonsgegevens", True,
         "Onze buurjongen Daan heeft autisme en wordt op school gepest.", "prive", "blog",
         batch=2),
    Case("pd2-f6", "persoonsgegevens", True,
         "Meld je aan via sanne.vermeulen@ziggo.nl of app 0687654321.", "prive", "profielsite",
         batch=2),
    Case("pd2-n1", "persoonsgegevens", False,
         "Bel bij storingen 0800-9009 (gratis) of kijk op de storingskaart.", "functie", "x",
         IENW_ID, batch=2),
    Case("pd2-n2", "persoonsgegevens", False,
         "Aanvragen via aanvragen@rvo.nl; u krijgt binnen vijf werkdagen een reactie.",
         "functie", "forum", EZK_ID, batch=2),
    Case("pd2-n3", "persoonsgegevens", False,
         "De teller van het museum staat inmiddels op 204.510.399 bezoekers.", "prive", "x",
         batch=2),
    Case("pd2-n4", "persoonsgegevens", False,
         "De vergadering is op 14-03-2027 om 09:30 uur in zaal 0612.", "functie", "forum",
         JENV_ID, batch=2),
    Case("pd2-n5", "persoonsgegevens", False,
         "Mijn moeder heeft vroeger in het ziekenhuis gewerkt als verpleegkundige.",
         "prive", "blog", batch=2),
    Case("pd2-n6", "persoonsgegevens", False,
         "Zie hoofdstuk 4, paragraaf 4.2.1 en bijlage 12b van de regeling.", "functie",
         "forum", BZK_ID, batch=2),
    # platform
    Case("pl2-f1", "platform", True, prose(250) + " " + URL + " " + SMILE * 3, "prive", "x",
         batch=2),
    Case("pl2-f2", "platform", True, prose(280) + " " + (FAMILY + FLAG + THUMB) * 7,
         "prive", "bluesky", batch=2),
    Case("pl2-f3", "platform", True, prose(490) + " " + URL, "functie", "mastodon", batch=2),
    Case("pl2-f4", "platform", True, prose(3050), "functie", "linkedin", batch=2),
    Case("pl2-f5", "platform", True, prose(276) + " 東京", "prive", "microblog", batch=2),
    Case("pl2-f6", "platform", True, prose(279) + "…", "prive", "x", batch=2),
    Case("pl2-n1", "platform", False, prose(263) + " rijksoverheid.nl", "functie", "x",
         batch=2),
    Case("pl2-n2", "platform", False, prose(256) + " " + URL, "functie", "x", batch=2),
    Case("pl2-n3", "platform", False, prose(290) + " " + THUMB * 9, "prive", "bluesky",
         batch=2),
    Case("pl2-n4", "platform", False, prose(476) + " " + URL, "functie", "mastodon", batch=2),
    Case("pl2-n5", "platform", False, prose(3000), "functie", "linkedin", batch=2),
    Case("pl2-n6", "platform", False, prose(20000), "prive", "forum", batch=2),
    # beleidsterrein
    Case("pa2-f1", "beleidsterrein", True,
         "Dat we nog steeds bezuinigen op ontwikkelingshulp vind ik echt beschamend.",
         "prive", "blog", department=BZ, batch=2),
    Case("pa2-f2", "beleidsterrein", True,
         "Het woningtekort is de schuld van twintig jaar slecht beleid.", "prive", "x",
         department=VRO, batch=2),
    Case("pa2-f3", "beleidsterrein", True,
         "Gezinshereniging beperken is onmenselijk en werkt averechts.", "prive", "forum",
         department=AENM, batch=2),
    Case("pa2-f4", "beleidsterrein", True,
         "Eerlijk gezegd snap ik niets van die nieuwe mestbeleidregels.", "prive", "x",
         department=LVVN, batch=2),
    Case("pa2-f5", "beleidsterrein", True,
         "Sociale huur in de Randstad? Vergeet het maar, wachtlijsten van tien jaar, "
         "belachelijk.", "prive", "profielsite", department=VRO, batch=2),
    Case("pa2-f6", "beleidsterrein", True,
         "Die visserijquota van Brussel zijn een grap.", "prive", "x", department=LVVN,
         batch=2),
    Case("pa2-n1", "beleidsterrein", False,
         "Vanavond een lezing over ontwikkelingshulp in Afrika bijgewoond, met tachtig "
         "bezoekers.", "prive", "blog", department=BZ, batch=2),
    Case("pa2-n2", "beleidsterrein", False,
         "Het woningtekort wordt volgende week besproken in de Kamer.", "prive", "x",
         department=VRO, batch=2),
    Case("pa2-n3", "beleidsterrein", False,
         "Mijn nichtje werkt bij een asielzoekerscentrum in Drenthe.", "prive", "profielsite",
         department=AENM, batch=2),
    Case("pa2-n4", "beleidsterrein", False,
         "Bezoek aan het Visserijmuseum in Vlaardingen, echt een aanrader!", "prive", "x",
         department=LVVN, batch=2),
    Case("pa2-n5", "beleidsterrein", False,
         "Het reisadvies voor Spanje is groen, dus we gaan gewoon.", "prive", "x",
         department=BZ, batch=2),
    Case("pa2-n6", "beleidsterrein", False,
         "Ik vind het woningtekort schrijnend.\n\nTim Bos, programmamanager, VRO",
         "functie", "forum", VRO_ID, department=VRO, batch=2),
    # timing
    Case("tm2-f1", "timing", True, "Wie is bij jullie de lijsttrekker geworden?", "prive", "x",
         periods=(MUNICIPAL,), today=date(2026, 3, 1), batch=2),
    Case("tm2-f2", "timing", True, "Ik heb de Stemwijzer ingevuld, verrassende uitslag!",
         "prive", "x", periods=(MUNICIPAL,), today=date(2026, 3, 18), batch=2),
    Case("tm2-f3", "timing", True,
         "Gemeenteraadsverkiezing in Utrecht: opkomst hoger dan verwacht.", "prive", "x",
         periods=(MUNICIPAL,), today=date(2026, 3, 18), batch=2),
    Case("tm2-f4", "timing", True, "Het kabinet is demissionair, en nu?", "prive", "x",
         periods=(CRISIS,), today=date(2026, 10, 1), batch=2),
    Case("tm2-f5", "timing", True, "Na de val van het kabinet gaat alles op slot.",
         "prive", "forum", periods=(CRISIS,), today=date(2026, 10, 15), batch=2),
    Case("tm2-f6", "timing", True, "Lijsttrekkersdebat gemist? Terugkijken kan hier.",
         "prive", "x", periods=(MUNICIPAL,), today=date(2026, 2, 10), batch=2),
    Case("tm2-n1", "timing", False, "Ik heb de Stemwijzer ingevuld.", "prive", "x",
         periods=(MUNICIPAL,), today=date(2026, 3, 19), batch=2),
    Case("tm2-n2", "timing", False, "De val van de ladder was gelukkig niet erg.",
         "prive", "x", periods=(CRISIS,), today=date(2026, 10, 15), batch=2),
    Case("tm2-n3", "timing", False, "Het kabinet stelt een nieuwe wet voor.", "prive", "x",
         periods=(CRISIS,), today=date(2026, 10, 15), batch=2),
    Case("tm2-n4", "timing", False,
         "Het trekken van lijsten in Excel gaat sneller met deze tip.", "prive", "x",
         periods=(MUNICIPAL,), today=date(2026, 3, 1), batch=2),
    Case("tm2-n5", "timing", False, "De gemeentereiniging haalt morgen het grofvuil op.",
         "prive", "x", periods=(MUNICIPAL,), today=date(2026, 3, 1), batch=2),
    Case("tm2-n6", "timing", False, "Wie wordt de lijsttrekker?", "prive", "x",
         today=date(2026, 3, 1), batch=2),

    # Batch 3, written after the changes for batch 2.
    Case("id3-f1", "identificatie", True,
         "Goede vraag. Het RIVM publiceert de cijfers elke dinsdag.\n\n— Anna, VWS",
         "functie", "forum", VWS_ID, batch=3),
    Case("id3-f2", "identificatie", True,
         "Onze nieuwe vacatures staan online, solliciteer vóór 1 juni!\n\nMinisterie van "
         "Defensie", "functie", "linkedin", DEF_ID, batch=3),
    Case("id3-f3", "identificatie", True,
         "Bijgewerkt: inwonertal 2025 volgens CBS. (Mariam)", "functie", "wikipedia", BZK_ID,
         batch=3),
    Case("id3-f4", "identificatie", True,
         "Bedankt voor het melden, we kijken ernaar. Groetjes van de webredactie",
         "functie", "forum", KGG_ID, batch=3),
    Case("id3-n1", "identificatie", False,
         "Goede vraag. Het RIVM publiceert de cijfers elke dinsdag.\n\n— Anna Jansen, jurist "
         "VWS", "functie", "forum", VWS_ID, batch=3),
    Case("id3-n2", "identificatie", False,
         "Onze nieuwe vacatures staan online!\n\nAnton Jansen\nWoordvoerder\nMinisterie van "
         "Defensie\nanton.jansen@mindef.nl", "functie", "linkedin", DEF_ID, batch=3),
    Case("id3-n3", "identificatie", False,
         "Bijgewerkt: inwonertal 2025 volgens CBS (bewerking door ministerie van BZK).",
         "functie", "wikipedia", BZK_ID, batch=3),
    Case("id3-n4", "identificatie", False,
         "Emma de Boer, programmamanager bij KGG: bedankt voor het melden, we kijken ernaar.",
         "functie", "forum", KGG_ID, batch=3),
    Case("pd3-f1", "persoonsgegevens", True,
         "Mijn buurman, meneer Kok, woont op Molenweg 8 in Barneveld en is al weken ziek.",
         "prive", "forum", batch=3),
    Case("pd3-f2", "persoonsgegevens", True,
         "Bsn van mijn zoon: 1162.63.684 — klopt dat formaat?", "prive", "forum", batch=3),
    Case("pd3-f3", "persoonsgegevens", True,
         "Vragen over de verkoop? Bel Kees op 06-4321 8765.", "prive", "profielsite", batch=3),
    Case("pd3-f4", "persoonsgegevens", True,
         "Mijn schoonzus is zwanger van een tweeling!", "prive", "profielsite", batch=3),
    Case("pd3-n1", "persoonsgegevens", False,
         "Bel voor een afspraak met het Juridisch Loket: 0900-8020.", "functie", "forum",
         JENV_ID, batch=3),
    Case("pd3-n2", "persoonsgegevens", False,
         "De Rijksbegroting 2027 telt 781.676.447 regels code, grapte de CIO.", "prive", "x",
         batch=3),
    Case("pd3-n3", "persoonsgegevens", False,
         "Zwangere vrouwen krijgen vanaf dit jaar een kinkhoestprik.", "functie", "x", VWS_ID,
         batch=3),
    Case("pd3-n4", "persoonsgegevens", False,
         "Het project aan de Stationsweg 12 tot en met 20 is bijna klaar.", "functie", "x",
         IENW_ID, batch=3),
    Case("pl3-f1", "platform", True, prose(200) + "\n\n" + FLAG * 40, "prive", "x", batch=3),
    Case("pl3-f2", "platform", True, prose(298) + " " + SMILE * 2, "prive", "bluesky",
         batch=3),
    Case("pl3-f3", "platform", True, prose(499) + " " + SMILE * 2, "prive", "mastodon",
         batch=3),
    Case("pl3-f4", "platform", True, prose(2990) + " " + URL, "functie", "linkedin", batch=3),
    Case("pl3-n1", "platform", False, prose(200) + "\n\n" + FLAG * 39, "prive", "x",
         batch=3),
    Case("pl3-n2", "platform", False, prose(297) + " " + SMILE * 2, "prive", "bluesky",
         batch=3),
    Case("pl3-n3", "platform", False, prose(400) + " " + URL + " " + URL, "functie",
         "mastodon", batch=3),
    Case("pl3-n4", "platform", False, prose(2900) + " " + URL, "functie", "linkedin",
         batch=3),
    Case("pa3-f1", "beleidsterrein", True,
         "Het stikstofbeleid is een dramatische vertoning, iedereen ziet het behalve Den Haag.",
         "prive", "blog", department=LVVN, batch=3),
    Case("pa3-f2", "beleidsterrein", True,
         "Eerlijk: ik geloof niet dat die spreidingswet ooit gaat werken.", "prive", "x",
         department=AENM, batch=3),
    Case("pa3-f3", "beleidsterrein", True,
         "Jeugdzorg? Een bodemloze put waar niemand verantwoordelijkheid voor neemt.",
         "prive", "forum", department=VWS, batch=3),
    Case("pa3-f4", "beleidsterrein", True,
         "Goed dat het kabinet eindelijk iets doet aan het lerarentekort.", "prive", "x",
         department=OCW, batch=3),
    Case("pa3-n1", "beleidsterrein", False,
         "Ons stikstofdebat op school vandaag ging over de cijfers van het RIVM.", "prive",
         "blog", department=LVVN, batch=3),
    Case("pa3-n2", "beleidsterrein", False,
         "Mijn buurvrouw werkt al twintig jaar in de jeugdzorg.", "prive", "x",
         department=VWS, batch=3),
    Case("pa3-n3", "beleidsterrein", False,
         "Gisteren met de klas de sluizen van IJmuiden bekeken.", "prive", "profielsite",
         department=IENW, batch=3),
    Case("pa3-n4", "beleidsterrein", False,
         "Waar vind ik de nieuwe regels voor de basisbeurs?", "prive", "forum",
         department=OCW, batch=3),
    Case("tm3-f1", "timing", True, "Stemadvies van mijn dochter: ga op iemand uit je eigen "
         "stad stemmen.", "prive", "x", periods=(ELECTIONS,), today=date(2027, 3, 10),
         batch=3),
    Case("tm3-f2", "timing", True, "Ik mis de informateur al, wat een rust.", "prive", "x",
         periods=(FORMATION,), today=date(2026, 12, 31), batch=3),
    Case("tm3-f3", "timing", True, "De Miljoenennota-koffer is weer gepoetst.", "prive", "x",
         periods=(BUDGET_DAY,), today=date(2026, 9, 1), batch=3),
    Case("tm3-f4", "timing", True, "Spannend: de uitslag van de gemeenteraadsverkiezingen!",
         "prive", "x", periods=(MUNICIPAL,), today=date(2026, 2, 1), batch=3),
    Case("tm3-n1", "timing", False, "De informatievoorziening moet beter, zegt de ombudsman.",
         "prive", "x", periods=(FORMATION,), today=date(2026, 6, 1), batch=3),
    Case("tm3-n2", "timing", False, "Stemadvies? Nee, daar doe ik niet aan.", "prive", "x",
         periods=(ELECTIONS,), today=date(2027, 4, 1), batch=3),
    Case("tm3-n3", "timing", False, "Koopkrachtig en gezond de winter door met deze tips.",
         "prive", "x", periods=(BUDGET_DAY,), today=date(2026, 9, 10), batch=3),
    Case("tm3-n4", "timing", False, "Wat een mooie vogelformaties vanavond boven het meer.",
         "prive", "x", periods=(FORMATION,), today=date(2026, 6, 1), batch=3,
         known_gap="a compound with another sense (vogelformaties)"),

    # Batch 4 (policy area only), written after the changes for batch 3.
    Case("pa4-f1", "beleidsterrein", True,
         "Die hele dijkversterking langs de Lek is overbodig, het water komt daar nooit zo hoog.",
         "prive", "blog", department=IENW, batch=4),
    Case("pa4-f2", "beleidsterrein", True,
         "Weer een jaar waarin niemand iets doet aan het lerarentekort. Ik word er moe van.",
         "prive", "x", department=OCW, batch=4),
    Case("pa4-f3", "beleidsterrein", True,
         "Hoe haal je het in je hoofd om de huurtoeslag te verlagen? Echt niet te geloven.",
         "prive", "forum", department=Department(FIN.name, FIN.short_names, ("huurtoeslag",)),
         batch=4),
    Case("pa4-f4", "beleidsterrein", True,
         "Het minimumloon omhoog is het beste wat dit kabinet heeft gedaan.", "prive",
         "profielsite", department=SZW, batch=4),
    Case("pa4-f5", "beleidsterrein", True,
         "Stop toch met die gaswinning, de Groningers hebben genoeg geleden!", "prive", "x",
         department=KGG, batch=4),
    Case("pa4-f6", "beleidsterrein", True,
         "Volgens mij snapt niemand in Den Haag hoe de jeugdzorg echt werkt.", "prive", "blog",
         department=VWS, batch=4),
    Case("pa4-n1", "beleidsterrein", False,
         "De dijkversterking langs de Lek begint in maart en duurt twee jaar.", "prive", "blog",
         department=IENW, batch=4),
    Case("pa4-n2", "beleidsterrein", False,
         "Vanavond een webinar over het lerarentekort, wie kijkt er mee?", "prive", "x",
         department=OCW, batch=4),
    Case("pa4-n3", "beleidsterrein", False,
         "Mijn zoon vroeg vandaag wat het minimumloon eigenlijk is. Goede vraag!", "prive",
         "profielsite", department=SZW, batch=4),
    Case("pa4-n4", "beleidsterrein", False,
         "Interessant artikel over de geschiedenis van de gaswinning in Slochteren.", "prive",
         "x", department=KGG, batch=4),
    Case("pa4-n5", "beleidsterrein", False,
         "Onze jeugdzorgmedewerker was vandaag op bezoek bij de school.", "prive", "blog",
         department=VWS, batch=4),
    Case("pa4-n6", "beleidsterrein", False,
         "Ik ben zo blij met mijn nieuwe fiets, echt geweldig!", "prive", "x", department=KGG,
         batch=4),
]
