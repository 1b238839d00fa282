<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <location filename="../../ui/pdf_export.py" line="63"/>
        <source>Niet genegeerd; stond open bij publicatie</source>
        <translation>Not ignored; open at publication</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="64"/>
        <source>Genegeerd: %1</source>
        <translation>Ignored: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="64"/>
        <source>Genegeerd, zonder reden</source>
        <translation>Ignored, no reason given</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="72"/>
        <source>bij: “%1”</source>
        <translation>at: “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="78"/>
        <source>Er waren geen bevindingen bij publicatie.</source>
        <translation>There were no findings at publication.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="81"/>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="81"/>
        <source>Stelregel</source>
        <translation>Principle</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="81"/>
        <source>Bevinding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="81"/>
        <source>Afhandeling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="92"/>
        <source>Afweging volgens stelregel 2</source>
        <translation>Assessment under Principle 2</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="95"/>
        <source>Bij deze vermelding is geen afweging vastgelegd.</source>
        <translation>No assessment was recorded with this entry.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="97"/>
        <source>Afweging: %1</source>
        <translation>Assessment: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="99"/>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="99"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="99"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="112"/>
        <source>niet opgegeven</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="114"/>
        <source>Gepubliceerd op</source>
        <translation>Published on</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="115"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="116"/>
        <source>Webadres</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="117"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="118"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="119"/>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="120"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="121"/>
        <source>Vastgelegd in logboek op</source>
        <translation>Recorded in logbook on</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="127"/>
        <source>De checklist is niet ingevuld.</source>
        <translation>The checklist was not filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="130"/>
        <source>Inhoudshash (SHA-256 van de tekst)</source>
        <translation>Content hash (SHA-256 of the text)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="131"/>
        <source>Ketenhash</source>
        <translation>Chain hash</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="132"/>
        <source>Vorige ketenhash</source>
        <translation>Previous chain hash</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="135"/>
        <source>Verantwoording van een publicatie</source>
        <translation>Account of a publication</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="135"/>
        <source>Gepubliceerde tekst</source>
        <translation>Published text</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="136"/>
        <source>Bevindingen en hoe ermee is omgegaan</source>
        <translation>Findings and how they were handled</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="136"/>
        <source>Controlegegevens</source>
        <translation>Verification data</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="137"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="141"/>
        <source>Vermelding %1 in het logboek van Glazen Huis</source>
        <translation>Entry %1 in the Glazen Huis logbook</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="148"/>
        <source>De exacte tekst zit ook als bijlage %1 in dit PDF-bestand.</source>
        <translation>The exact text is also attached to this PDF file as %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="155"/>
        <source>Controleer dat het logboek niet is gewijzigd met: glazenhuis logboek verify</source>
        <translation>Check that the logbook has not been changed with: glazenhuis logbook verify</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="167"/>
        <source>Verantwoording publicatie %1</source>
        <translation>Account of publication %1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="185"/>
        <source>Het bestand %1 kan niet worden geschreven: %2.</source>
        <translation>The file %1 cannot be written: %2.</translation>
    </message>
</context>
<context>
    <name>CheckCycle</name>
    <message>
        <location filename="../../ui/check_cycle.py" line="74"/>
        <source>De controle is mislukt: %1</source>
        <translation>The check failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/check_cycle.py" line="100"/>
        <source>Geen bevindingen</source>
        <translation>No findings</translation>
    </message>
    <message>
        <location filename="../../ui/check_cycle.py" line="102"/>
        <source>1 bevinding</source>
        <translation>1 finding</translation>
    </message>
    <message>
        <location filename="../../ui/check_cycle.py" line="104"/>
        <source>%1 bevindingen</source>
        <translation>%1 findings</translation>
    </message>
    <message>
        <location filename="../../ui/check_cycle.py" line="106"/>
        <source>%1 woorden</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <location filename="../../ui/check_cycle.py" line="156"/>
        <source>makkelijk</source>
        <translation>easy</translation>
    </message>
    <message>
        <location filename="../../ui/check_cycle.py" line="156"/>
        <source>normaal</source>
        <translation>average</translation>
    </message>
    <message>
        <location filename="../../ui/check_cycle.py" line="157"/>
        <source>moeilijk</source>
        <translation>difficult</translation>
    </message>
    <message>
        <location filename="../../ui/check_cycle.py" line="158"/>
        <source>Leesbaarheid: %1 (%2)</source>
        <translation>Readability: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/check_cycle.py" line="188"/>
        <source>De regels konden niet worden geladen: %1</source>
        <translation>The rules could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/check_cycle.py" line="199"/>
        <location filename="../../ui/check_cycle.py" line="228"/>
        <source>Spelling en grammatica: niet beschikbaar</source>
        <translation>Spelling and grammar: not available</translation>
    </message>
    <message>
        <location filename="../../ui/check_cycle.py" line="234"/>
        <source>Spelling: %1 · Grammatica: %2</source>
        <translation>Spelling: %1 · Grammar: %2</translation>
    </message>
</context>
<context>
    <name>ChecklistAnswers</name>
    <message>
        <location filename="../../ui/checklist_answers.py" line="44"/>
        <source>Checklist (%1/%2)</source>
        <translation>Checklist (%1/%2)</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../ui/checklist_panel.py" line="19"/>
        <source>Stel jezelf deze vragen voordat je publiceert. Twijfel je bij een antwoord? Bespreek het dan met een collega of je leidinggevende.</source>
        <translation>Ask yourself these questions before you publish. In doubt about an answer? Discuss it with a colleague or your manager.</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="45"/>
        <source>Nog niet beantwoord</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="45"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="45"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_panel.py" line="64"/>
        <source>Geen vragen voor deze rol en dit platform.</source>
        <translation>No questions for this role and platform.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../ui/editor.py" line="56"/>
        <source>Concepttekst</source>
        <translation>Draft text</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="59"/>
        <source>Schrijf of plak hier je concept. Glazen Huis toetst het terwijl je typt.</source>
        <translation>Write or paste your draft here. Glazen Huis checks it as you type.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="265"/>
        <source>Negeren</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py" line="267"/>
        <source>Toevoegen aan woordenboek</source>
        <translation>Add to dictionary</translation>
    </message>
</context>
<context>
    <name>DraftFiles</name>
    <message>
        <location filename="../../ui/draft_files.py" line="44"/>
        <location filename="../../ui/draft_files.py" line="56"/>
        <source>Concept openen</source>
        <translation>Open draft</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="66"/>
        <source>Tekst (*.txt *.md *.markdown);;Alle bestanden (*)</source>
        <translation>Text (*.txt *.md *.markdown);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="74"/>
        <source>concept.txt</source>
        <translation>draft.txt</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="75"/>
        <location filename="../../ui/draft_files.py" line="95"/>
        <source>Concept opslaan</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="105"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="111"/>
        <source>Concept is elders gewijzigd</source>
        <translation>Draft changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="112"/>
        <source>“%1” is gewijzigd sinds je het hier opende of opsloeg, in een ander venster of programma. Als je het overschrijft, gaan die wijzigingen verloren.</source>
        <translation>“%1” has been changed since you opened or saved it here, in another window or program. If you overwrite it, those changes will be lost.</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="116"/>
        <source>Overschrijven</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="118"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="132"/>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="133"/>
        <source>Dit concept heeft wijzigingen die nog niet zijn opgeslagen. Wil je ze opslaan?</source>
        <translation>This draft has changes that have not been saved. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="149"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="176"/>
        <source>Automatisch opslaan mislukt: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="201"/>
        <source>een naamloos concept</source>
        <translation>an untitled draft</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="203"/>
        <source>Werk herstellen</source>
        <translation>Restore work</translation>
    </message>
    <message>
        <location filename="../../ui/draft_files.py" line="204"/>
        <source>Glazen Huis is de vorige keer niet netjes afgesloten. Er is niet opgeslagen werk van %1 (%2). Wil je het herstellen?</source>
        <translation>Glazen Huis did not close properly last time. There is unsaved work from %1 (%2). Do you want to restore it?</translation>
    </message>
</context>
<context>
    <name>FindingActions</name>
    <message>
        <location filename="../../ui/finding_actions.py" line="66"/>
        <source>Bevinding genegeerd. Ongedaan maken: %1</source>
        <translation>Finding ignored. Undo: %1</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ui/findings_panel.py" line="171"/>
        <location filename="../../ui/findings_panel.py" line="302"/>
        <source>Leesbaarheid</source>
        <translation>Readability</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="174"/>
        <source>Bevindingen per stelregel</source>
        <translation>Findings per principle</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="179"/>
        <source>Uitleg bij de bevinding</source>
        <translation>Explanation of the finding</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="182"/>
        <location filename="../../ui/findings_panel.py" line="344"/>
        <source>Oplossing toepassen</source>
        <translation>Apply fix</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="185"/>
        <source>Reden (niet verplicht)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="187"/>
        <source>Reden om te negeren</source>
        <translation>Reason to ignore</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="188"/>
        <location filename="../../ui/findings_panel.py" line="374"/>
        <source>&amp;Negeren</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="189"/>
        <source>Bevinding negeren</source>
        <translation>Ignore finding</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="256"/>
        <source>Taal en platform (%1) · %2</source>
        <translation>Language and platform (%1) · %2</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="259"/>
        <source>Stelregel %1 (%2) · %3</source>
        <translation>Principle %1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="271"/>
        <source>Genegeerd (%1)</source>
        <translation>Ignored (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="288"/>
        <source>Geen bevindingen</source>
        <translation>No findings</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="343"/>
        <source>&lt;p&gt;Kies een bevinding om de uitleg te zien.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose a finding to see its explanation.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="354"/>
        <source>Suggesties: %1</source>
        <translation>Suggestions: %1</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="357"/>
        <source>Bron:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="364"/>
        <source>Genegeerd. Reden: %1</source>
        <translation>Ignored. Reason: %1</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="365"/>
        <source>Genegeerd, zonder reden.</source>
        <translation>Ignored, no reason given.</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="372"/>
        <source>Geen automatische oplossing</source>
        <translation>No automatic fix</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="374"/>
        <source>&amp;Weer tonen</source>
        <translation>&amp;Show again</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="380"/>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="380"/>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="381"/>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
</context>
<context>
    <name>FunctieMode</name>
    <message>
        <location filename="../../ui/modes.py" line="58"/>
        <source>Je schrijft in functie, namens de minister. Vul je naam, functie en departement in bij Instellingen.</source>
        <translation>You write in office, on behalf of the minister. Enter your name, position and ministry in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/modes.py" line="61"/>
        <source>Nu invullen…</source>
        <translation>Fill in now…</translation>
    </message>
    <message>
        <location filename="../../ui/modes.py" line="65"/>
        <source>Je schrijft in functie, namens de minister, als %1.</source>
        <translation>You write in office, on behalf of the minister, as %1.</translation>
    </message>
</context>
<context>
    <name>LogbookWindow</name>
    <message>
        <location filename="../../ui/logbook_window.py" line="28"/>
        <source>Logboek: wat je hebt gepubliceerd</source>
        <translation>Logbook: what you have published</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="36"/>
        <source>Zoek in tekst of webadres</source>
        <translation>Search text or web address</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="38"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="40"/>
        <source>Alle platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="43"/>
        <location filename="../../ui/logbook_window.py" line="70"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="45"/>
        <source>Alle rollen</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="48"/>
        <location filename="../../ui/logbook_window.py" line="70"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="49"/>
        <source>&amp;Periode van</source>
        <translation>&amp;Period from</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="53"/>
        <source>Periode vanaf</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="54"/>
        <source>Periode tot en met</source>
        <translation>Period up to and including</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="65"/>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="69"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="69"/>
        <source>Gepubliceerd</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="71"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="84"/>
        <source>Vermeldingen</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="87"/>
        <source>Vermelding</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="93"/>
        <source>&amp;Kopieer tekst</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="94"/>
        <source>&amp;Open webadres</source>
        <translation>&amp;Open web address</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="95"/>
        <source>Selectie naar &amp;CSV…</source>
        <translation>Selection to &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="96"/>
        <source>Verantwoording als &amp;PDF…</source>
        <translation>Account as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="97"/>
        <source>Logboek &amp;controleren</source>
        <translation>&amp;Verify logbook</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="98"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="147"/>
        <source>1 vermelding</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="148"/>
        <source>%1 vermeldingen</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="225"/>
        <source>1 vermelding geëxporteerd naar %1.</source>
        <translation>1 entry exported to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="226"/>
        <source>%2 vermeldingen geëxporteerd naar %1.</source>
        <translation>%2 entries exported to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="196"/>
        <source>De tekst van vermelding %1 staat op het klembord.</source>
        <translation>The text of entry %1 is on the clipboard.</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="216"/>
        <source>Selectie exporteren naar CSV</source>
        <translation>Export selection to CSV</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="217"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="223"/>
        <source>Niet geëxporteerd</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="234"/>
        <source>Verantwoording opslaan als PDF</source>
        <translation>Save account as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="236"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="242"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="244"/>
        <source>Verantwoording opgeslagen als %1.</source>
        <translation>Account saved as %1.</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="250"/>
        <location filename="../../ui/logbook_window.py" line="253"/>
        <location filename="../../ui/logbook_window.py" line="255"/>
        <source>Logboek controleren</source>
        <translation>Verify logbook</translation>
    </message>
    <message>
        <location filename="../../ui/logbook_window.py" line="274"/>
        <source>Logboek</source>
        <translation>Logbook</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="93"/>
        <location filename="../../ui/window.py" line="94"/>
        <source>Zijbalk</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="95"/>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="96"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="134"/>
        <source>Spelling en grammatica: laden…</source>
        <translation>Spelling and grammar: loading…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="139"/>
        <source>Regels laden…</source>
        <translation>Loading rules…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="153"/>
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="154"/>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="155"/>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="156"/>
        <source>Opslaan &amp;als…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="158"/>
        <source>&amp;Negeren ongedaan maken</source>
        <translation>Undo &amp;ignore</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="160"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="164"/>
        <source>&amp;Volgende bevinding</source>
        <translation>&amp;Next finding</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="168"/>
        <source>&amp;Oplossing toepassen</source>
        <translation>Apply &amp;fix</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="170"/>
        <source>Bevinding &amp;negeren</source>
        <translation>&amp;Ignore finding</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="172"/>
        <source>Nu &amp;controleren</source>
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="173"/>
        <source>Naar de &amp;tekst</source>
        <translation>Go to the &amp;text</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="175"/>
        <source>Naar de &amp;bevindingen</source>
        <translation>Go to the &amp;findings</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="177"/>
        <source>Naar de &amp;checklist</source>
        <translation>Go to the &amp;checklist</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="187"/>
        <source>&amp;Platform kiezen</source>
        <translation>Choose &amp;platform</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="189"/>
        <source>Markeer als &amp;gepubliceerd…</source>
        <translation>Mark as &amp;published…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="191"/>
        <source>Logboek &amp;openen…</source>
        <translation>&amp;Open logbook…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="193"/>
        <source>&amp;Over Glazen Huis</source>
        <translation>&amp;About Glazen Huis</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="197"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="199"/>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="208"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="209"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="211"/>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="217"/>
        <source>&amp;Controle</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="221"/>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="166"/>
        <source>Vo&amp;rige bevinding</source>
        <translation>&amp;Previous finding</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="157"/>
        <source>A&amp;fsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="226"/>
        <source>B&amp;eeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="230"/>
        <source>&amp;Logboek</source>
        <translation>&amp;Logbook</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="235"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="285"/>
        <source>Naamloos concept</source>
        <translation>Untitled draft</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="389"/>
        <source>De nieuwe taal van de schermen gaat in als je Glazen Huis opnieuw start.</source>
        <translation>The new interface language takes effect when you restart Glazen Huis.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="396"/>
        <source>Over Glazen Huis</source>
        <translation>About Glazen Huis</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="397"/>
        <source>&lt;p&gt;&lt;b&gt;Glazen Huis&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Een schrijfassistent die je concepten toetst aan de Uitgangspunten online communicatie rijksambtenaren. Alles blijft op je eigen computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Glazen Huis&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A writing assistant that checks your drafts against the principles for online communication by Dutch central government civil servants. Everything stays on your own computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/message_bar.py" line="37"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/message_bar.py" line="38"/>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../ui/notices.py" line="32"/>
        <source>en nog %1 andere</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="35"/>
        <source>Een instellingenbestand kon niet (helemaal) worden gebruikt; Glazen Huis werkt verder met de rest.</source>
        <translation>A settings file could not be used (in full); Glazen Huis carries on with the rest.</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="49"/>
        <source>Dit concept heeft een regel van %1 tekens. Daarin typen zou het venster traag maken, dus het staat open om te lezen; de controles lopen gewoon. Breek de lange regels af (na een zin, anders bij een spatie) om het te bewerken.</source>
        <translation>This draft has a line of %1 characters. Typing in it would make the window slow, so it is open for reading; the checks run as usual. Break the long lines (after a sentence, otherwise at a space) to edit it.</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="53"/>
        <source>Regels afbreken</source>
        <translation>Break lines</translation>
    </message>
    <message>
        <location filename="../../ui/notices.py" line="67"/>
        <source>De geplakte tekst had een regel van meer dan %1 tekens. Die is afgebroken (na een zin, anders bij een spatie) zodat typen vlot blijft.</source>
        <translation>The pasted text had a line of more than %1 characters. It was broken (after a sentence, otherwise at a space) so that typing stays quick.</translation>
    </message>
</context>
<context>
    <name>PriveMode</name>
    <message>
        <location filename="../../ui/modes.py" line="47"/>
        <source>Je schrijft als privépersoon, op persoonlijke titel.</source>
        <translation>You write as a private person, in a personal capacity.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../ui/publish_dialog.py" line="31"/>
        <source>Markeer als gepubliceerd</source>
        <translation>Mark as published</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="36"/>
        <source>Leg vast wat je hebt gepubliceerd, zodat daar achteraf geen misverstanden over kunnen ontstaan (stelregel 4). Het logboek staat alleen op je eigen computer.</source>
        <translation>Record what you have published, so that there can be no misunderstanding about it afterwards (principle 4). The logbook is kept on your own computer only.</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="43"/>
        <source>Tekst die wordt vastgelegd</source>
        <translation>Text to be recorded</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="53"/>
        <source>https://… (mag leeg blijven)</source>
        <translation>https://… (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="61"/>
        <source>Rol:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="62"/>
        <source>Auteur:</source>
        <translation>Author:</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="63"/>
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="64"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="65"/>
        <source>&amp;Datum en tijd:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="66"/>
        <source>&amp;Webadres:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="72"/>
        <source>&amp;Vastleggen in logboek</source>
        <translation>&amp;Record in logbook</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="74"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="84"/>
        <source>Let op: bij deze tekst staat nog 1 fout open. Die wordt met de tekst vastgelegd.</source>
        <translation>Note: 1 error is still open for this text. It is recorded with the text.</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="86"/>
        <source>Let op: bij deze tekst staan nog %1 fouten open. Ze worden met de tekst vastgelegd.</source>
        <translation>Note: %1 errors are still open for this text. They are recorded with the text.</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="94"/>
        <source>In de checklist is 1 van de %2 vragen nog niet beantwoord.</source>
        <translation>1 of the %2 checklist questions has not been answered yet.</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="96"/>
        <source>In de checklist zijn %1 van de %2 vragen nog niet beantwoord.</source>
        <translation>%1 of the %2 checklist questions have not been answered yet.</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="103"/>
        <source>Afweging, wordt mee vastgelegd: %1</source>
        <translation>Assessment, recorded with it: %1</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="131"/>
        <source>Niet vastgelegd</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>RoleBar</name>
    <message>
        <location filename="../../ui/role_bar.py" line="26"/>
        <source>Rol en platform</source>
        <translation>Role and platform</translation>
    </message>
    <message>
        <location filename="../../ui/role_bar.py" line="37"/>
        <source>Rol: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location filename="../../ui/role_bar.py" line="51"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../ui/role_bar.py" line="53"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/role_bar.py" line="88"/>
        <source>%1 tekens</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/role_bar.py" line="89"/>
        <source>Dit platform heeft geen lengtegrens.</source>
        <translation>This platform has no length limit.</translation>
    </message>
    <message>
        <location filename="../../ui/role_bar.py" line="90"/>
        <source>Lengte: %1 tekens</source>
        <translation>Length: %1 characters</translation>
    </message>
    <message>
        <location filename="../../ui/role_bar.py" line="101"/>
        <source>1 teken te veel</source>
        <translation>1 character too many</translation>
    </message>
    <message>
        <location filename="../../ui/role_bar.py" line="102"/>
        <source>%1 tekens te veel</source>
        <translation>%1 characters too many</translation>
    </message>
    <message>
        <location filename="../../ui/role_bar.py" line="104"/>
        <source>Nog 1 teken</source>
        <translation>1 character left</translation>
    </message>
    <message>
        <location filename="../../ui/role_bar.py" line="105"/>
        <source>Nog %1 tekens</source>
        <translation>%1 characters left</translation>
    </message>
    <message>
        <location filename="../../ui/role_bar.py" line="108"/>
        <source>Lengte: %1 van %2 tekens; %3</source>
        <translation>Length: %1 of %2 characters; %3</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="27"/>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="30"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="30"/>
        <source>&amp;Functie:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="31"/>
        <source>&amp;Departement:</source>
        <translation>&amp;Ministry:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>bijvoorbeeld Anne de Vries</source>
        <translation>for example Anne de Vries</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source>bijvoorbeeld beleidsmedewerker</source>
        <translation>for example policy officer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="37"/>
        <source>bijvoorbeeld Ministerie van Financiën</source>
        <translation>for example Ministry of Finance</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source>Taal van de schermen</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53"/>
        <source>&amp;Taal van de schermen:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Je naam, functie en departement gebruikt Glazen Huis als je in functie schrijft (stelregel 1). Een andere taal van de schermen gaat in als je Glazen Huis opnieuw start.</source>
        <translation>Glazen Huis uses your name, position and ministry when you write in office (principle 1). A different interface language takes effect when you restart Glazen Huis.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source>beheerd door je organisatie</source>
        <translation>managed by your organisation</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="104"/>
        <source>Instellingen opslaan is in deze versie niet mogelijk.</source>
        <translation>Saving settings is not possible in this version.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>De instellingen kunnen niet worden opgeslagen: %1.</source>
        <translation>The settings cannot be saved: %1.</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <location filename="../../ui/findings_panel.py" line="64"/>
        <source>Stelregel %1</source>
        <translation>Principle %1</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="66"/>
        <location filename="../../ui/findings_panel.py" line="82"/>
        <source>nog leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="83"/>
        <source>&lt;b&gt;Stelregel %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Principle %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location filename="../../ui/findings_panel.py" line="88"/>
        <source>Stelregel %1: %2</source>
        <translation>Principle %1: %2</translation>
    </message>
</context>
<context>
    <name>WeighingPanel</name>
    <message>
        <location filename="../../ui/weighing_panel.py" line="97"/>
        <source>De zes criteria van stelregel 2 tonen of verbergen</source>
        <translation>Show or hide the six criteria of Principle 2</translation>
    </message>
    <message>
        <location filename="../../ui/weighing_panel.py" line="109"/>
        <source>De zes criteria van de afweging</source>
        <translation>The six criteria of the assessment</translation>
    </message>
    <message>
        <location filename="../../ui/weighing_panel.py" line="132"/>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../ui/weighing_panel.py" line="132"/>
        <source>middel</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../ui/weighing_panel.py" line="133"/>
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../ui/weighing_panel.py" line="142"/>
        <source>nog leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../ui/weighing_panel.py" line="148"/>
        <location filename="../../ui/weighing_panel.py" line="152"/>
        <source>Afweging: %1</source>
        <translation>Assessment: %1</translation>
    </message>
    <message>
        <location filename="../../ui/weighing_panel.py" line="172"/>
        <source>Nog niets om te wegen.</source>
        <translation>Nothing to assess yet.</translation>
    </message>
    <message>
        <location filename="../../ui/weighing_panel.py" line="190"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/weighing_panel.py" line="206"/>
        <source>Aanwijzen in de tekst</source>
        <translation>Point out in the text</translation>
    </message>
    <message>
        <location filename="../../ui/weighing_panel.py" line="208"/>
        <source>Enter wijst de woorden aan in de tekst</source>
        <translation>Enter points out the words in the text</translation>
    </message>
    <message>
        <location filename="../../ui/weighing_panel.py" line="210"/>
        <source>Niets in de tekst of je instellingen weegt hier mee.</source>
        <translation>Nothing in the text or your settings weighs in here.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="84"/>
        <source>Glazen Huis vindt geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn leeg). Start het in een grafische sessie, of controleer een concept op de opdrachtregel: glazenhuis check CONCEPT</source>
        <translation>Glazen Huis cannot find a screen (DISPLAY and WAYLAND_DISPLAY are empty). Start it in a graphical session, or check a draft on the command line: glazenhuis check DRAFT</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/publish_dialog.py" line="156"/>
        <source>Vastgelegd</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.py" line="157"/>
        <source>De publicatie staat in je logboek als vermelding %1. Je vindt haar terug via Logboek openen.</source>
        <translation>The publication is in your logbook as entry %1. You can find it through Open logbook.</translation>
    </message>
</context>
</TS>
