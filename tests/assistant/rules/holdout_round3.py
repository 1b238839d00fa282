"""Third-round hold-out drafts for the eight language categories, written
without looking at the rules: drafts that must fire, worded as people really
write (mostly paraphrases without the usual marker words), and innocent near
misses that share their words (reported speech, negation, advice, questions, the
news, fiction, public meetings, one's own news, praise, a role in general).

Written before the language-layer rules; untuned: vertrouwelijk 5/14 fired,
4/14 false alarms; besloten-sfeer 6/14, 1/14; collega 7/14, 3/14; toon 6/14,
2/14; partijdigheid 1/14, 0/14; toezegging 8/14, 0/14; rolvermenging 4/14, 1/14;
beleidsterrein 1/14, 1/14. Overall 38/112 fired (34%), 12/112 false alarms (11%).
Cases the rules get wrong are marked with ``known_gap``."""

from __future__ import annotations

from assistant.settings import Identity
from tests.assistant.rules.holdout_cases import B, C, P, R, SIG, T, V, Z, Case, fire, quiet

BT = "beleidsterrein"

SIG_FIN = "\n\nJoris Smit, webcare, Belastingdienst (Ministerie van Financiën)"
SIG_IENW = "\n\nKoen Jansen, communicatieadviseur, Ministerie van IenW"
SIG_VWS = "\n\nFatima El Amrani, woordvoerder, Ministerie van VWS"
SIG_OCW = "\n\nLotte Visser, beleidsmedewerker, Ministerie van OCW"
SIG_EZ = "\n\nRuud Peters, accountmanager, RVO (Ministerie van EZ)"
SIG_DEF = "\n\nThijs Verbeek, projectofficier, Ministerie van Defensie"
SIG_GEM = "\n\nMarco Dijkstra, omgevingsmanager, gemeente Zwolle"

# Writers whose own policy area the beleidsterrein drafts touch.
FIN = Identity("Peter Bakker", "beleidsmedewerker toeslagen", "Ministerie van Financiën")
IENW = Identity("Koen Jansen", "adviseur waterveiligheid", "Ministerie van Infrastructuur en Waterstaat")
LUCHTVAART = Identity("Esther Mulder", "beleidsmedewerker luchtvaart",
                      "Ministerie van Infrastructuur en Waterstaat")
OCW = Identity("Lotte Visser", "beleidsmedewerker studiefinanciering",
               "Ministerie van Onderwijs, Cultuur en Wetenschap")
VWS = Identity("Fatima El Amrani", "beleidsadviseur jeugdzorg", "Ministerie van VWS")
AENM = Identity("Mark de Groot", "beleidsmedewerker opvang", "Ministerie van Asiel en Migratie")
LVVN = Identity("Ineke Hoekstra", "adviseur mestbeleid", "Ministerie van LVVN")
DEF = Identity("Thijs Verbeek", "projectofficier", "Ministerie van Defensie")

VERTROUWELIJK: list[Case] = [
    # a leak without a marking: seen early, known first-hand, not yet announced
    fire(V, "prive", "De cijfers voor de Voorjaarsnota heb ik gisteren al langs zien komen. Huurders: hou je maar vast.", "x"),
    fire(V, "prive", "Kleine hint voor wie een stekkerauto wil kopen: wacht er nog even mee tot na de zomer. Meer mag ik er niet over zeggen 😉", "microblog"),
    fire(V, "prive", "Voor iedereen uit Heerenveen die zich zorgen maakt over het azc: de locatie is al gekozen, het wordt het oude kantoor aan de Rottumerweg. Officieel hoor je het pas na de raadsvergadering.", "facebook"),
    fire(V, "prive", "Spannende tijden bij ons: de nieuwe organisatiestructuur ligt er en er verdwijnen twee directies. Zodra het personeel is ingelicht kan ik er meer over vertellen.", "linkedin"),
    fire(V, "prive", "Ik zou nu nog geen bezwaar indienen. Er komt binnenkort een herstelregeling voor box 3 die veel gunstiger uitpakt, dat weet ik uit de eerste hand.", "forum"),
    fire(V, "prive", "Het inspectierapport over de jeugdzorg in Zeeland ligt al een week bij ons. Het is erger dan wat er in de krant stond. Wanneer het uitkomt weet ik niet.", "mastodon"),
    fire(V, "functie", "Ter voorbereiding op het overleg van donderdag alvast de eerste versie van de kaderbrief zoals die nu intern rondgaat, dan weet u waar u aan toe bent." + SIG, "forum"),
    fire(V, "prive", "Die vacaturestop bij het Rijk waar iedereen naar raadt? Gaat per 1 juli in, ik heb de brief al gezien. Zeg maar niet van wie je het hebt.", "bluesky"),
    fire(V, "prive", "Wie wil weten hoe de nieuwe minister over stikstof denkt: in de Kamerbrief waar ik deze week commentaar op mocht geven, krijgen de grootste uitstoters nog drie jaar uitstel.", "blog"),
    fire(V, "prive", "Tip voor wie meedoet aan de aanbesteding voor de nieuwe rijkslaptops: het budget is ruim twee keer zo hoog als in de marktverkenning staat.", "x"),
    fire(V, "prive", "Lieve buren, ik zit er bij de provincie dichtbij en het is al rond: de weg achter onze wijk wordt verbreed naar 2x2. Het wordt pas in september gepresenteerd, maar dan weten jullie het vast.", "facebook"),
    fire(V, "prive", "Die dertig miljoen voor de bibliotheken komt er niet. Staat zwart op wit in de stukken voor de ministerraad van vrijdag.", "microblog"),
    fire(V, "functie", "Collega's bij gemeenten: houd in uw begroting rekening met een forse korting op het Gemeentefonds in 2027. De septembercirculaire laat dat straks zien, ik heb de tabellen al voorbij zien komen." + SIG, "linkedin"),
    fire(V, "prive", "De nieuwe directeur van het museum wordt gewoon de huidige zakelijk leider, de benoeming is al getekend. Nu alleen nog even wachten op het persbericht.", "microblog"),
    # near misses: published, refused, reported by the news, fiction, a guess, one's own news
    quiet(V, "functie", "De Voorjaarsnota is vandaag naar de Tweede Kamer gestuurd. Alle cijfers staan op rijksfinancien.nl." + SIG_FIN, "x"),
    quiet(V, "prive", "Ik mag er niets over zeggen en dat doe ik dus ook niet. Wacht gewoon de Kamerbrief af.", "microblog"),
    quiet(V, "prive", "Volgens de Leeuwarder Courant, die het conceptrapport heeft ingezien, komt het azc aan de Rottumerweg. Weet iemand al wanneer de informatieavond is?", "facebook"),
    quiet(V, "prive", "Hoofdstuk 3 van mijn novelle staat online: Marieke vindt op de printer een nota die niet voor haar ogen bestemd is, en vanaf dat moment verandert alles.", "blog"),
    quiet(V, "prive", "Na elf mooie jaren bij Rijkswaterstaat ga ik per 1 september aan de slag bij de provincie Utrecht. Dank aan iedereen voor de samenwerking!", "linkedin"),
    quiet(V, "functie", "Een conceptnota stuur je niet door naar externe partijen zolang de minister er niet mee heeft ingestemd. Twijfel je, vraag het dan even aan Juridische Zaken." + SIG, "forum"),
    quiet(V, "prive", "Weet iemand al wanneer de herstelregeling voor box 3 wordt gepubliceerd? Ik wil pas bezwaar maken als ik weet waar ik aan toe ben.", "forum"),
    quiet(V, "functie", "Vandaag publiceert de Inspectie haar rapport over de jeugdzorg in Zeeland. De minister reageert vanmiddag in een brief aan de Kamer; beide staan op rijksoverheid.nl." + SIG_VWS, "mastodon"),
    quiet(V, "prive", "Het CPB heeft de doorrekening van de verkiezingsprogramma's gepubliceerd. Mooi leesvoer voor de zondag.", "x"),
    quiet(V, "prive", "Eindelijk mijn scriptie ingeleverd. Nu duimen dat de uitslag meevalt!", "bluesky"),
    quiet(V, "prive", "Benieuwd wat Prinsjesdag ons brengt. Ik weet er net zo weinig van als jullie, maar ik gok op iets voor de middeninkomens.", "microblog"),
    quiet(V, "functie", "De septembercirculaire van het Gemeentefonds is vandaag verschenen. In de bijlage vindt u per gemeente de uitkering voor 2027." + SIG, "linkedin"),
    quiet(V, "prive", "Goed nieuws voor de buurt: de provincie heeft gisteren op de informatieavond bekendgemaakt dat de weg pas na 2030 wordt verbreed. De plannen staan op haar website.", "facebook"),
    quiet(V, "prive", "De verrassing voor mijn vrouw is geregeld, maar ik zeg nog niks: ze leest mee 🤫", "microblog"),
]

BESLOTEN_SFEER: list[Case] = [
    # hearsay and closed settings, the source a place, an occasion or a chat
    fire(B, "prive", "Zei de plaatsvervangend SG gisteren op het afscheid van Henk: 'die wet haalt de Eerste Kamer nooit.' Nou, dan weten we dat.", "x"),
    fire(B, "prive", "In de lift naar de twaalfde stonden twee directeuren te klagen dat de minister het dossier niet eens leest. Gezellig ritje.", "microblog"),
    fire(B, "prive", "Onze directeur liet zich in de Teams-call van vanochtend ontvallen dat het hele programma eigenlijk al mislukt is. Fijn om te weten na twee jaar werk.", "mastodon"),
    fire(B, "prive", "Tijdens het etentje van de afdeling vertelde mijn teamleider dat de staatssecretaris dreigt op te stappen als ze haar zin niet krijgt.", "facebook"),
    fire(B, "prive", "Het gesprek met de minister vorige week, met een handjevol mensen van de uitvoering, was verhelderend. Ze gaf eerlijk toe dat ze de doelen zelf niet haalbaar vindt.", "blog"),
    fire(B, "prive", "Net terug van de heidag. Conclusie van de directie na drie flip-overs: we weten eigenlijk niet waar we mee bezig zijn. Dat zeiden ze echt zo.", "bluesky"),
    fire(B, "prive", "Wat ik meenam uit de bespreking met de inspecteur-generaal gisteren: zij vindt dat de Kamer het probleem totaal onderschat. Goed dat dat eens hardop werd gezegd.", "linkedin"),
    fire(B, "functie", "Ik kan u wel vertellen dat in ons teamoverleg vorige week de meningen over dit plan sterk verdeeld waren; de helft van de collega's ziet het niet zitten." + SIG, "forum"),
    fire(B, "prive", "Vanochtend in de rij bij de kantine: 'de minister wil de hele afdeling opheffen.' Geen idee wie het zei, maar iedereen had het erover.", "x"),
    fire(B, "prive", "Wat er gisteren in de appgroep van ons MT gebeurde wil je niet weten. Een van de directeuren noemde het rapport 'prutswerk van de minister'.", "microblog"),
    fire(B, "prive", "Op de nieuwjaarsreceptie van het ministerie stond ik naast de SG en hij zei zonder blikken of blozen dat de reorganisatie gewoon een bezuiniging is.", "forum"),
    fire(B, "prive", "Onze wethouder was er in het college vanochtend helemaal klaar mee, aldus haar secretaresse. Die gaat vast niet lang meer door.", "facebook"),
    fire(B, "prive", "Bij de voorbespreking van het debat was de minister opvallend eerlijk: 'ik heb geen idee hoe ik dit moet verdedigen.' Die zin heb ik in het debat zelf niet meer gehoord.", "blog"),
    fire(B, "prive", "Sta ik in de fietsenstalling, hoor ik twee mensen van Financiën zeggen dat de zorgtoeslag volgend jaar verdwijnt. Ik zeg het maar even door.", "mastodon"),
    # near misses: public debates and meetings, overheard music or strangers, advice, questions, fiction
    quiet(B, "prive", "In het Kamerdebat van gisteren gaf de minister toe dat de planning niet haalbaar is. Terug te kijken via Debat Direct.", "x"),
    quiet(B, "prive", "In de lift hoorde ik vanochtend 'Africa' van Toto. Dag meteen goed begonnen.", "microblog"),
    quiet(B, "functie", "Vanavond is de openbare informatiebijeenkomst over de windturbines bij Herfte. Kom langs en stel uw vragen!" + SIG_GEM, "linkedin"),
    quiet(B, "prive", "Tip: zet na een werkoverleg de afspraken meteen op de teamsite. Scheelt je de week erna een hoop gedoe.", "mastodon"),
    quiet(B, "prive", "Hoe houden jullie een heidag leuk? Wij doen elk jaar hetzelfde en de energie is er een beetje uit.", "forum"),
    quiet(B, "prive", "Op het afscheid van mijn vader vertelde mijn oom prachtige verhalen over vroeger. Dank aan iedereen die er was.", "facebook"),
    quiet(B, "prive", "Wat in het MT besproken wordt, hoort in het MT te blijven. Daarom schrijf ik hier nooit over vergaderingen, ook niet in algemene termen.", "blog"),
    quiet(B, "functie", "De minister sprak vandaag op het VNG-congres in Den Bosch over de woningbouwopgave. Haar toespraak staat op rijksoverheid.nl." + SIG, "x"),
    quiet(B, "prive", "Bij de koffieautomaat op station Amersfoort staat sinds vandaag een heuse barista. Eindelijk goede koffie voor in de trein.", "bluesky"),
    quiet(B, "prive", "Op het openbare symposium van de Raad van State zei de vicepresident dat de kwaliteit van wetgeving onder druk staat. Daar ben ik het mee eens.", "linkedin"),
    quiet(B, "prive", "Ving in de trein op dat iemand zijn cavia naar een oud-premier heeft vernoemd. Nederland op zijn best.", "microblog"),
    quiet(B, "functie", "Uit het verslag van de openbare commissievergadering blijkt dat de raad nog geen besluit heeft genomen. Het verslag vindt u op de website van de gemeente." + SIG_GEM, "forum"),
    quiet(B, "prive", "In mijn nieuwe verhaal zit de staatssecretaris in een besloten vergadering en zegt ze iets wat ze beter niet had kunnen zeggen. Wat? Dat lees je volgende week.", "blog"),
    quiet(B, "prive", "Vanmiddag een rondetafelgesprek in de Tweede Kamer gevolgd vanaf de publieke tribune. Indrukwekkend hoe goed de insprekers waren voorbereid.", "x"),
]

COLLEGA: list[Case] = [
    # colleagues judged, their health, family, job or photo made public
    fire(C, "prive", "Die nieuwe teamleider van ons, Gerard, krijgt nog geen Excel-sheet open zonder hulp. En die man gaat over ons budget.", "x"),
    fire(C, "prive", "Mijn bureaugenote Marloes is in verwachting, ze vertelde het me vandaag in vertrouwen. Ik ben zo blij voor haar! 💕", "facebook"),
    fire(C, "prive", "Onze afdelingschef staat elke borrel als eerste aan de bar en gaat als laatste naar huis. Maandagochtend is hij dan ook nergens te bekennen.", "microblog"),
    fire(C, "prive", "📸 Haha, moet je Dennis zien op het teamuitje, met zijn hoofd in de taart. Hij weet nog niet dat ik deze heb 😂", "facebook"),
    fire(C, "prive", "Na twintig jaar gaat mijn kamergenoot Wim met vervroegd pensioen. Officieel op eigen verzoek, maar iedereen weet dat ze van hem af wilden.", "linkedin"),
    fire(C, "prive", "Ik werk nu drie maanden met Priya uit het projectteam en het lijkt wel alsof deadlines voor haar niet gelden. Elke week herschrijf ik haar stukken.", "blog"),
    fire(C, "prive", "Hoe ga je om met iemand die steeds zijn werk op jou afschuift? In mijn geval gaat het om Rob van ICT, misschien ken je hem.", "forum"),
    fire(C, "prive", "Derde keer deze maand dat Ilse van ons team zich op maandag ziek meldt. Ze zal het weekend wel weer zwaar gehad hebben.", "mastodon"),
    fire(C, "prive", "Onze directeur Vermeulen staat volgens mij vaker op de golfbaan dan op kantoor.", "x"),
    fire(C, "prive", "De vrouw van mijn teamleider heeft hem eruit gegooid, dus hij slaapt nu bij iemand van de afdeling op de bank. Dat verklaart zijn humeur wel.", "bluesky"),
    fire(C, "prive", "Hanneke is vandaag eindelijk weer op kantoor na haar miskraam. Ze hield zich goed, maar het was zichtbaar zwaar.", "facebook"),
    fire(C, "prive", "Joyce van de receptie is op staande voet ontslagen omdat ze met declaraties had gesjoemeld. Had niemand zien aankomen.", "microblog"),
    fire(C, "prive", "Mijn manager vertelde vandaag dat Sjoerd, die naast me zit, niet door zijn proeftijd komt. Hij weet het zelf nog niet.", "linkedin"),
    fire(C, "prive", "Over mijn leidinggevende Anita kan ik kort zijn: ze luistert niet, ze leest niets en ze besluit pas als het al te laat is.", "blog"),
    # near misses: farewells and welcomes, one's own health, advice, friends and neighbours, public news
    quiet(C, "functie", "Vandaag nemen we afscheid van onze collega Wim, die na twintig jaar met pensioen gaat. Wim, bedankt voor alles en geniet ervan!" + SIG, "linkedin"),
    quiet(C, "prive", "Ik heb zelf een burn-out gehad en werk sinds deze maand weer volledig. Het kan dus echt; hou vol als je er middenin zit.", "x"),
    quiet(C, "prive", "Wat doe je als een collega structureel te laat komt? Mijn tip: zeg het hem zelf, onder vier ogen, en niet via de groepsapp.", "blog"),
    quiet(C, "prive", "Mijn vriend Dennis belandde vandaag met zijn hoofd in zijn eigen verjaardagstaart. Foto met zijn zegen hieronder 😂", "microblog"),
    quiet(C, "functie", "Mijn collega Priya Ramdin vertelt vanmiddag op de Dataweek hoe wij open data publiceren. Zaal 3, 14.00 uur." + SIG, "mastodon"),
    quiet(C, "prive", "Wat een nieuws: onze buren Marloes en Peter krijgen een tweeling! Gefeliciteerd jullie 💕", "facebook"),
    quiet(C, "functie", "Welkom aan onze nieuwe collega Sjoerd, die vanaf vandaag het webcareteam komt versterken! 👋" + SIG_FIN, "x"),
    quiet(C, "prive", "Vandaag een mooi gesprek gehad met mijn leidinggevende over mijn ontwikkeling. Volgend jaar ga ik de opleiding tot projectleider volgen.", "linkedin"),
    quiet(C, "prive", "Heeft iemand ervaring met een leidinggevende die niet luistert? Ik zoek een goed boek of een cursus over feedback geven naar boven.", "forum"),
    quiet(C, "prive", "Het RIVM meldt dat er deze winter meer mensen met griep thuiszitten dan vorig jaar. Goed moment voor de griepprik.", "bluesky"),
    quiet(C, "functie", "Trots op de collega's van Toeslagen: afgelopen jaar hebben zij ruim 20.000 ouders geholpen. Mooi werk." + SIG_FIN, "linkedin"),
    quiet(C, "prive", "In mijn roman heeft de teamleider een affaire met de secretaresse en weet de hele afdeling het, behalve zijn vrouw. Hoofdstuk 7 staat online.", "blog"),
    quiet(C, "prive", "Mijn oud-collega Henk is vandaag benoemd tot burgemeester van Borne. Wat een mooie stap, Henk!", "microblog"),
    quiet(C, "prive", "Vandaag mijn eigen afscheidsborrel gehad na dertig jaar bij de gemeente. Dank aan alle collega's voor de mooie woorden en het prachtige cadeau!", "facebook"),
]

TOON: list[Case] = [
    # verdicts without insult words, threats, compound curses, group slurs, condescension
    fire(T, "prive", "Al die profiteurs die een toeslag aanvragen en dan klagen dat het te lang duurt. Ga gewoon werken.", "x"),
    fire(T, "prive", "Als die buurjongen nog één keer met zijn scooter door mijn tuin scheurt, sla ik zijn tanden uit zijn mond.", "microblog"),
    fire(T, "prive", "Tyfusgemeente. Drie keer gebeld, drie keer een ander verhaal.", "facebook"),
    fire(T, "prive", "Lieve mensen, ik leg het nog één keer heel langzaam uit, speciaal voor wie niet zo snel is: de aangifte doe je vóór 1 mei. Niet zo moeilijk toch?", "forum"),
    fire(T, "prive", "Bij die uitvoeringsorganisatie werkt volgens mij niemand die verder kan tellen dan tien.", "mastodon"),
    fire(T, "prive", "Die klimaatdemonstranten op de A12? Gewoon met een shovel van de weg schuiven, en als er een paar onder komen is dat jammer.", "x"),
    fire(T, "prive", "Wat een teringzooi bij de NS weer, derde uitval deze week.", "bluesky"),
    fire(T, "prive", "Die gelukszoekers worden hier in de watten gelegd terwijl onze ouderen in de kou zitten.", "facebook"),
    fire(T, "prive", "Leuk bedoeld stuk, meisje, maar laat het financiële beleid toch maar over aan mensen die er verstand van hebben.", "linkedin"),
    fire(T, "prive", "De ambtenaren van de gemeente Zwolle zouden nog geen kruidenierszaak draaiende kunnen houden.", "forum"),
    fire(T, "prive", "Ik weet waar die wethouder woont. Misschien moet ik daar eens langs met een paar vrienden.", "microblog"),
    fire(T, "functie", "@klant123 Als u de brief gewoon had gelezen, had u deze vraag niet hoeven stellen. Het staat er echt duidelijk in." + SIG_FIN, "x"),
    fire(T, "prive", "Ze moeten die hele Tweede Kamer in een bootje zetten en dat bootje lek prikken.", "mastodon"),
    fire(T, "prive", "Die hele wijk zit vol tokkies zonder enig fatsoen.", "x"),
    # near misses: reported abuse, the news, disease and sports, fiction, advice, a quoted historic label
    quiet(T, "prive", "Iemand noemde mij gisteren op straat een 'luie ambtenaar'. Ik heb maar geglimlacht, maar het bleef wel even hangen.", "x"),
    quiet(T, "prive", "In het nieuws: een man is veroordeeld omdat hij dreigde het gemeentehuis in brand te steken. Terecht. Geweld tegen ambtenaren mag nooit normaal worden.", "blog"),
    quiet(T, "prive", "Zondag fiets ik mee met de Ride for the Roses tegen kanker. Mijn moeder is er vorig jaar aan overleden, dus deze is voor haar. 🌹", "facebook"),
    quiet(T, "prive", "Het staat in de brief: de aangifte doe je vóór 1 mei. Lukt dat niet? Dan kun je uitstel aanvragen, dat is zo geregeld.", "forum"),
    quiet(T, "prive", "Hoofdstuk 12 van mijn thriller: de inspecteur trekt zijn pistool en schiet de ontvoerder neer. Eindelijk over mijn schrijfblokkade heen!", "microblog"),
    quiet(T, "prive", "Ik sla de vrijdagmiddagborrel deze keer over, ik ben echt gesloopt na deze week.", "bluesky"),
    quiet(T, "functie", "@klant123 Vervelend dat het niet duidelijk was. De termijn staat op pagina 2 van de brief, maar ik leg het u graag nog even uit via een DM." + SIG_FIN, "x"),
    quiet(T, "prive", "'Stelletje idioten' riep een Kamerlid gisteren naar de tribune. De voorzitter greep meteen in, terecht. Zo gaan we niet met elkaar om.", "mastodon"),
    quiet(T, "prive", "Mooi stuk van Sara van Dijk over het financiële beleid van gemeenten. Scherp en goed onderbouwd. Aanrader!", "linkedin"),
    quiet(T, "prive", "Bokstraining vandaag: ik heb mijn trainer bijna knock-out geslagen 🥊 (hij mij eerlijk gezegd vaker)", "facebook"),
    quiet(T, "prive", "Hoe ga je om met een klant die je aan de balie uitscheldt? Bij ons gebeurt het steeds vaker en ik zoek tips.", "forum"),
    quiet(T, "prive", "Wat een slachtpartij in De Kuip vanavond: Feyenoord wint met 6-0.", "x"),
    quiet(T, "prive", "Vandaag de hele dag in de tuin gewerkt en al het onkruid eruit getrokken. Dat rotspul komt elk jaar terug.", "microblog"),
    quiet(T, "prive", "Kranten noemden de krakers in de jaren tachtig vaak 'relschoppers'. In dit stuk kijk ik hoe de overheid toen met hen omging.", "blog"),
]

PARTIJDIGHEID: list[Case] = [
    # opinions on politicians and parties, surnames only, calls to vote, 'u' with a verdict, 'wij, ambtenaren'
    fire(P, "functie", "Wilders heeft op dit punt gewoon gelijk: de instroom moet omlaag." + SIG, "x"),
    fire(P, "functie", "Het is lastig werken voor een kabinet dat elke week van koers verandert. Hopelijk komt er na de verkiezingen een ploeg die weet wat ze wil." + SIG, "linkedin"),
    fire(P, "functie", "Geacht Kamerlid, u hebt het dossier duidelijk niet gelezen, anders had u deze motie nooit ingediend." + SIG, "forum"),
    fire(P, "prive", "Wij, ambtenaren van Asiel en Migratie, kunnen dit besluit van de minister niet uitvoeren en willen dat ook niet. Dit is onmenselijk.", "x"),
    fire(P, "functie", "Woensdag naar de stembus? Denk aan de toekomst van onze kinderen en stem groen." + SIG_IENW, "mastodon"),
    fire(P, "functie", "Dit kabinet laat de provincies gewoon in de steek. Typisch." + SIG, "facebook"),
    fire(P, "prive", "Wij als ambtenaren van OCW hebben deze bezuiniging niet bedacht en we schamen ons ervoor.", "linkedin"),
    fire(P, "functie", "Eindelijk een minister die durft door te pakken. Petje af, Dilan!" + SIG, "x"),
    fire(P, "functie", "Of je het nu met Omtzigt eens bent of niet: zonder hem was het toeslagenschandaal nooit boven water gekomen. De andere partijen hebben zitten slapen." + SIG, "blog"),
    fire(P, "functie", "Ik zeg het maar eerlijk: van Timmermans en zijn clubje moet ik niks hebben." + SIG, "bluesky"),
    fire(P, "functie", "De oppositie speelt vooral politieke spelletjes over de rug van gemeenten. Jammer dat het zo moet." + SIG, "linkedin"),
    fire(P, "functie", "Stem op 29 oktober niet op partijen die de hypotheekrenteaftrek willen afschaffen. Uw portemonnee zal u dankbaar zijn." + SIG_FIN, "microblog"),
    fire(P, "functie", "Excuses voor het late antwoord; dat komt doordat de Kamer weer eens op het laatste moment met een onuitvoerbare motie kwam. Dank je wel, NSC." + SIG, "forum"),
    fire(P, "prive", "Als rijksambtenaar zeg ik het hardop: wij gaan dit asielbeleid van Faber tegenwerken waar we maar kunnen.", "x"),
    # near misses: the news, a neutral call to vote, neutral Kamer business, a question, the loyalty principle, fiction
    quiet(P, "functie", "Minister Yeşilgöz beantwoordt vanmiddag Kamervragen over de politiecapaciteit. Live te volgen via debatdirect.tweedekamer.nl." + SIG, "x"),
    quiet(P, "prive", "Ga woensdag stemmen! Op wie maakt me niet uit, als je maar gaat. Jouw stem doet ertoe.", "mastodon"),
    quiet(P, "functie", "Het kabinet heeft vandaag de Voorjaarsnota gepresenteerd. Wat betekent die voor gemeenten? Een overzicht in dit artikel." + SIG, "linkedin"),
    quiet(P, "prive", "Weet iemand waar ik de verkiezingsprogramma's naast elkaar kan zien? Ik twijfel nog tussen drie partijen.", "forum"),
    quiet(P, "prive", "Als ambtenaar ben je loyaal aan elk kabinet, welke kleur het ook heeft. Dat vind ik een van de mooiste principes van ons vak.", "blog"),
    quiet(P, "functie", "Het lid Bikker vroeg naar de wachttijden in de jeugdzorg. De minister heeft toegezegd daar voor de zomer op terug te komen." + SIG_VWS, "forum"),
    quiet(P, "prive", "Volgens de NOS wil de PVV de ontwikkelingshulp halveren. Benieuwd hoe het debat daarover gaat lopen.", "x"),
    quiet(P, "prive", "Mooie dag gehad als vrijwilliger in het stembureau in de bibliotheek. De opkomst was hoog en alles liep soepel!", "linkedin"),
    quiet(P, "functie", "Dank voor uw vraag, meneer Van Dijk. De antwoorden op uw schriftelijke vragen zijn vandaag naar de Kamer gestuurd; u vindt ze op tweedekamer.nl." + SIG, "x"),
    quiet(P, "prive", "Mijn dochter van acht wil later minister-president worden. 'Dan mag iedereen een hond', zegt ze. Ik zou op haar stemmen 🐶", "bluesky"),
    quiet(P, "prive", "Vanavond het lijsttrekkersdebat gekeken. Wat een verschil met twintig jaar geleden, de toon is veel feller geworden.", "facebook"),
    quiet(P, "functie", "Vandaag hebben wij minister Keijzer welkom geheten op het departement. We kijken uit naar de samenwerking." + SIG, "blog"),
    quiet(P, "prive", "Zie ik ineens mijn oude buurman Joost op een verkiezingsposter hangen. Leuk om zijn hoofd overal te zien, succes Joost!", "microblog"),
    quiet(P, "prive", "In mijn nieuwe column laat ik een verzonnen premier aan het woord die alle problemen met één handtekening oplost. Was het maar zo eenvoudig.", "blog"),
]

TOEZEGGING: list[Case] = [
    # promises in functie without a mandate: outcomes, money, dates, decisions not yet taken
    fire(Z, "functie", "@pietvdb Ik heb uw dossier net bekeken: u krijgt de volledige toeslag terug, daar hoeft u niets meer voor te doen." + SIG_FIN, "x"),
    fire(Z, "functie", "Geen zorgen over die boete van het CJIB, die laat ik voor u vervallen. Stuurt u mij uw kenmerk in een privébericht?" + SIG, "forum"),
    fire(Z, "functie", "Beste bewoners van de Vogelbuurt, de bomen in uw straat blijven staan. Daar zorg ik persoonlijk voor." + SIG_GEM, "facebook"),
    fire(Z, "functie", "Aan alle ondernemers die nog wachten op de vaststelling van hun TVL: vóór de kerst heeft iedereen zijn geld. Reken daar maar op." + SIG_EZ, "linkedin"),
    fire(Z, "functie", "Wij verlengen de regeling gewoon tot eind volgend jaar, ook al is daar formeel nog niets over besloten." + SIG, "mastodon"),
    fire(Z, "functie", "Uw bezwaar is terecht en wordt toegekend. De officiële brief volgt later, maar u kunt ervan uitgaan dat het rond is." + SIG_FIN, "forum"),
    fire(Z, "functie", "De subsidie voor zwemles blijft volgend jaar gewoon bestaan, wat er in de begroting ook komt te staan." + SIG_GEM, "bluesky"),
    fire(Z, "functie", "@marloes_m Uw paspoort ligt uiterlijk donderdag voor u klaar, ik regel het." + SIG_GEM, "x"),
    fire(Z, "functie", "Het buurthuis gaat niet dicht zolang ik hier werk. Afgesproken!" + SIG_GEM, "facebook"),
    fire(Z, "functie", "Mocht de storing u geld hebben gekost, dan vergoeden wij dat volledig. Mail mij uw kosten en het wordt overgemaakt." + SIG, "forum"),
    fire(Z, "functie", "Voor alle studenten die door de fout in de rente te veel hebben betaald: iedereen krijgt het verschil terug, plus een tegemoetkoming voor de moeite." + SIG_OCW, "linkedin"),
    fire(Z, "functie", "@boer_gert Die vergunning komt er, maakt u zich geen zorgen. Ik zet hem er morgen zelf doorheen." + SIG_GEM, "x"),
    fire(Z, "functie", "Uw klacht over het geluid van de A28 nemen we serieus: volgend jaar komt er een geluidsscherm langs uw wijk." + SIG_IENW, "mastodon"),
    fire(Z, "functie", "Zodra u de formulieren instuurt, staat het geld binnen vijf werkdagen op uw rekening. Dat garandeer ik u." + SIG, "forum"),
    # near misses: no promise possible, the minister's promise reported, legal terms, routing, private promises
    quiet(Z, "functie", "@pietvdb Over de uitkomst van uw dossier kan ik helaas nog niets zeggen. U krijgt binnen de wettelijke termijn van acht weken een beslissing." + SIG_FIN, "x"),
    quiet(Z, "functie", "De minister heeft in het debat van gisteren toegezegd dat de regeling wordt verlengd. Zodra dat is uitgewerkt, leest u het op onze website." + SIG, "forum"),
    quiet(Z, "prive", "Ik heb mijn dochter beloofd dat we deze zomer naar Frankrijk gaan. Nu nog een camping vinden!", "facebook"),
    quiet(Z, "functie", "Wilt u weten of u recht heeft op een tegemoetkoming? Doe de proefberekening op toeslagen.nl." + SIG_FIN, "linkedin"),
    quiet(Z, "functie", "Ik heb uw vraag doorgezet naar de collega's van Vergunningen. Zij nemen contact met u op." + SIG_GEM, "forum"),
    quiet(Z, "functie", "'Kunt u garanderen dat mijn toeslag niet wordt teruggevorderd?' vroeg @anja. Helaas niet: dat hangt af van uw definitieve inkomen. Uitleg: toeslagen.nl" + SIG_FIN, "x"),
    quiet(Z, "prive", "Beloofd is beloofd: vandaag de eerste tien kilometer van mijn sponsorloop gerend 🏃‍♀️", "mastodon"),
    quiet(Z, "functie", "Volgens de wet beslissen wij binnen acht weken op uw aanvraag. Die termijn kan één keer met zes weken worden verlengd; dan krijgt u daarover bericht." + SIG, "mastodon"),
    quiet(Z, "functie", "Over afzonderlijke bomen kunnen wij nu niets toezeggen; de gemeenteraad besluit in maart over het bomenplan. U kunt daar inspreken." + SIG_GEM, "facebook"),
    quiet(Z, "functie", "Wat betekent het als een minister iets 'toezegt'? In deze blog leg ik uit hoe toezeggingen aan de Kamer worden bijgehouden en wanneer ze zijn nagekomen." + SIG, "blog"),
    quiet(Z, "functie", "Het kabinet heeft vandaag besloten de regeling te verlengen tot 2027, zie de Kamerbrief op rijksoverheid.nl." + SIG, "x"),
    quiet(Z, "functie", "Het bedrag staat meestal binnen vijf werkdagen na goedkeuring op uw rekening, maar soms duurt het langer. Een vaste datum kan ik u helaas niet geven." + SIG, "forum"),
    quiet(Z, "functie", "In het jaarverslag dat vandaag verschijnt, leest u in hoeverre wij vorig jaar onze servicenormen hebben gehaald." + SIG_FIN, "linkedin"),
    quiet(Z, "prive", "Ik beloof het je: morgen regent het niet. (Bron: mijn knie.)", "x"),
]

ROLVERMENGING: list[Case] = [
    # the office's authority in a private post, speaking for one's team, 'we don't care' in functie, a public role off duty
    fire(R, "prive", "Ik werk zelf bij de IND, dus neem het van mij aan: met dit soort bewijs wordt je aanvraag gewoon afgewezen.", "forum"),
    fire(R, "prive", "Ook namens mijn collega's bij de gemeente: we snappen jullie boosheid over de parkeervergunningen en we gaan ermee aan de slag.", "facebook"),
    fire(R, "functie", "@buurtbewoner Eerlijk is eerlijk: of de bewoners het mooi vinden, speelt voor ons geen rol. Het plan gaat door." + SIG_GEM, "x"),
    fire(R, "prive", "Morgen zit ik weer in het stembureau 🗳️ Wie daar met een PVV-speldje binnenkomt, kan wat mij betreft meteen weer naar huis.", "x"),
    fire(R, "prive", "Als medewerker van Rijkswaterstaat kan ik je vertellen dat die brug over vijf jaar niet meer veilig is. Officieel zeggen we dat niet, maar het is zo.", "linkedin"),
    fire(R, "prive", "Ik zit zelf bij de politie en ik zeg je: die wijk moet je na tienen gewoon mijden.", "microblog"),
    fire(R, "functie", "Persoonlijk vind ik de nieuwe subsidieregeling een gemiste kans, maar dat moet je maar niet verder vertellen." + SIG, "linkedin"),
    fire(R, "prive", "Voor wie het nog niet wist: ik ben boa bij de gemeente. Zie je iemand zijn hond zonder lijn uitlaten in het park? Stuur me een DM, dan slinger ik hem persoonlijk op de bon.", "facebook"),
    fire(R, "prive", "Vanuit mijn functie bij de Belastingdienst: het maakt voor ons echt niet uit of je je aangifte op tijd doet, uitstel krijg je toch wel.", "bluesky"),
    fire(R, "functie", "Wat de Kamer ervan vindt, boeit ons eerlijk gezegd niet zo. Wij voeren gewoon uit wat er ligt." + SIG, "mastodon"),
    fire(R, "prive", "Geloof me, ik behandel dit soort aanvragen elke dag bij UWV: als je het zo invult krijg je het nooit. Doe het zoals ik zeg.", "forum"),
    fire(R, "prive", "Ons ministerie vindt dit een slecht idee, dat kan ik je wel vertellen.", "x"),
    fire(R, "prive", "Mede namens mijn directeur wil ik alle deelnemers aan de hackathon bedanken. Volgend jaar organiseren we hem weer!", "linkedin"),
    fire(R, "functie", "Ik zeg dit als ambtenaar, maar ook gewoon als moeder: ik snap niet dat er zo weinig gebeurt aan de wachtlijsten in de kinderopvang." + SIG, "facebook"),
    # near misses: one's own career, family thanks, the role in general, a disclaimer, questions, fiction
    quiet(R, "prive", "Na vijf jaar bij de IND ga ik een nieuwe uitdaging aan bij het COA. Dank aan iedereen met wie ik heb samengewerkt!", "linkedin"),
    quiet(R, "prive", "Namens de hele familie: bedankt voor alle kaarten en bloemen na het overlijden van mijn vader.", "facebook"),
    quiet(R, "prive", "Als woordvoerder moet je altijd scherp hebben of je iets namens de minister zegt of voor jezelf. Een paar lessen uit mijn eerste jaar.", "blog"),
    quiet(R, "prive", "Ik werk bij de Belastingdienst, maar ik reageer hier als privépersoon. Voor je concrete vraag kun je het beste de BelastingTelefoon bellen.", "forum"),
    quiet(R, "functie", "@buurtbewoner Dank voor uw reactie. Wij nemen de zorgen van bewoners mee in de afweging; de gemeenteraad beslist in juni." + SIG_GEM, "x"),
    quiet(R, "prive", "Mijn buurvrouw werkt bij de politie en kreeg vandaag een dapperheidsonderscheiding. Trots op haar!", "microblog"),
    quiet(R, "prive", "Werkt hier iemand bij UWV die weet hoe lang een WIA-keuring gemiddeld duurt? Ik wacht al vier maanden.", "forum"),
    quiet(R, "functie", "Namens de afdeling Communicatie: dank aan iedereen die meedeed aan onze lezersenquête. De uitkomsten delen we in juni." + SIG, "linkedin"),
    quiet(R, "prive", "Morgen zit ik weer in het stembureau in de Jozefkerk. Kom gerust langs, de koffie staat klaar (voor de leden, helaas 😄).", "bluesky"),
    quiet(R, "prive", "Ik werk bij Rijkswaterstaat en vandaag mocht ik mee op inspectie in de Maeslantkering. Wat een bouwwerk!", "x"),
    quiet(R, "prive", "In de roman die ik nu lees, spreekt een rechercheur 'namens het korps' de pers toe terwijl hij allang geschorst is. Heerlijk boek.", "blog"),
    quiet(R, "functie", "Wij trekken ons de kritiek van de Nationale ombudsman aan en passen onze werkwijze aan. De reactie van de staatssecretaris staat op onze website." + SIG_FIN, "mastodon"),
    quiet(R, "prive", "Als mantelzorger, niet als ambtenaar, deel ik graag wat mij de afgelopen jaren heeft geholpen: op tijd hulp vragen.", "linkedin"),
    quiet(R, "prive", "Geloof me, de appeltaart van de bakker om de hoek is de beste van de stad.", "facebook"),
]

BELEIDSTERREIN: list[Case] = [
    # a private opinion about the writer's own policy area
    fire(BT, "prive", "De huurtoeslag is zo ingewikkeld geworden dat geen mens hem nog snapt. Ik zou hem morgen afschaffen en gewoon de huren verlagen.", "x", identity=FIN),
    fire(BT, "prive", "Box 3 is een puinhoop en de nieuwe wet maakt het alleen maar erger. Ik snap niet wie dit heeft bedacht.", "forum", identity=FIN),
    fire(BT, "prive", "Mijn persoonlijke mening over de dijkversterkingen: we bouwen te hoog, te duur en te langzaam. Geef dat geld liever aan ruimte voor de rivier.", "linkedin", identity=IENW),
    fire(BT, "prive", "Waarom de basisbeurs zoals die nu is teruggekomen gewoon niet deugt: een persoonlijke ontboezeming.", "blog", identity=OCW),
    fire(BT, "prive", "De decentralisatie van de jeugdzorg is één grote mislukking geweest, en het wordt tijd dat iemand dat eens hardop zegt.", "facebook", identity=VWS),
    fire(BT, "prive", "De spreidingswet is een papieren tijger. Gemeenten doen toch wat ze willen en niemand grijpt in.", "mastodon", identity=AENM),
    fire(BT, "prive", "Derogatie kwijt, mestfraude overal, en wij blijven maar regels stapelen. Ik geloof er eerlijk gezegd niet meer in.", "bluesky", identity=LVVN),
    fire(BT, "prive", "Dat idee van een nieuwe dienstplicht is onzin. Niemand op de kazerne zit te wachten op een stel dienstplichtige pubers.", "facebook",
         identity=DEF),
    fire(BT, "prive", "Eerlijk: die nieuwe basisbeurs is te laag om van te leven. Studenten die uit huis gaan redden het er niet mee.", "x", identity=OCW),
    fire(BT, "prive", "Lelystad Airport had er nooit moeten komen. Zonde van al dat geld.", "microblog", identity=LUCHTVAART),
    # Wikipedia edits that praise or whitewash the writer's own agency (filed under
    # beleidsterrein: the Wikipedia tip limits edits to facts about one's own area)
    fire(BT, "prive", "De Belastingdienst geldt als een van de klantvriendelijkste en efficiëntste belastingdiensten van Europa. De problemen rond de kinderopvangtoeslag zijn inmiddels grotendeels opgelost.", "wikipedia", identity=FIN),
    fire(BT, "prive", "Rijkswaterstaat is wereldwijd toonaangevend in waterbeheer en wordt door deskundigen gezien als de meest innovatieve waterbouwkundige dienst ter wereld.", "wikipedia", identity=IENW),
    fire(BT, "prive", "DUO staat bekend om zijn uitstekende dienstverlening; studenten zijn over het algemeen zeer tevreden over de snelle afhandeling van hun aanvragen.", "wikipedia", identity=OCW),
    fire(BT, "prive", "De kritiek op het RIVM tijdens de coronacrisis bleek achteraf grotendeels ongegrond: het instituut heeft steeds transparant en op basis van de beste wetenschap gehandeld.", "wikipedia", identity=VWS),
    # near misses: public information, another area, one's own activities, a clear role, unrelated Wikipedia edits
    quiet(BT, "prive", "Vanaf vandaag kun je je voorlopige aanslag voor volgend jaar aanvragen via Mijn Belastingdienst. Handig als je inkomen verandert.", "x", identity=FIN),
    quiet(BT, "prive", "Die nieuwe fietsstraat bij ons in de wijk is echt een ramp, auto's rijden er gewoon vijftig.", "forum", identity=FIN),
    quiet(BT, "prive", "Vandaag met mijn team de Maeslantkering bezocht. Indrukwekkend om te zien hoe zo'n kering werkt.", "linkedin", identity=IENW),
    quiet(BT, "prive", "Mijn recensie van het nieuwe album van Froukje: eerlijk, rauw en prachtig.", "blog", identity=OCW),
    quiet(BT, "prive", "Vandaag staat de nieuwe regeling voor de jeugdzorgtarieven in de Staatscourant. Voor wie in de sector werkt: de link staat hieronder.", "facebook", identity=VWS),
    quiet(BT, "prive", "Wat vinden jullie van de nieuwe fietsenstalling bij station Utrecht? Ik vind hem geweldig.", "mastodon", identity=AENM),
    quiet(BT, "prive", "Wie weet een leuke boerderijcamping in Drenthe? De kinderen willen koeien zien.", "bluesky", identity=LVVN),
    quiet(BT, "functie", "In mijn rol als projectofficier licht ik graag toe hoe de opkomstplicht werkt. Alle informatie staat ook op defensie.nl." + SIG_DEF, "linkedin", identity=DEF),
    quiet(BT, "prive", "Geboortejaar van de schilder Jan Sluijters gecorrigeerd van 1882 naar 1881, volgens de database van het RKD.", "wikipedia", identity=FIN),
    quiet(BT, "prive", "Uitslag van de Elfstedentocht van 1997 aangevuld met bron (Leeuwarder Courant, 5 januari 1997).", "wikipedia", identity=IENW),
    quiet(BT, "functie", "Bedrag van de basisbeurs voor uitwonende studenten bijgewerkt naar 2025, met bron duo.nl. Bewerking door Lotte Visser, Ministerie van OCW.", "wikipedia", identity=OCW),
    quiet(BT, "prive", "Interessant webinar gevolgd van VluchtelingenWerk over de positie van alleenstaande minderjarigen. Veel geleerd.", "linkedin", identity=AENM),
    quiet(BT, "prive", "In deze blog leg ik uit hoe je zelf je aangifte inkomstenbelasting invult. Let op: ik werk bij Financiën, maar dit is geen officieel advies; kijk bij twijfel op belastingdienst.nl.", "blog", identity=FIN),
    quiet(BT, "prive", "Zondag met de kinderen naar de open dag op de Afsluitdijk geweest. Aanrader, er is van alles te zien.", "facebook", identity=IENW),
]

CASES: list[Case] = (VERTROUWELIJK + BESLOTEN_SFEER + COLLEGA + TOON + PARTIJDIGHEID + TOEZEGGING
                     + ROLVERMENGING + BELEIDSTERREIN)
