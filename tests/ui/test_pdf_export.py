import hashlib
from datetime import datetime, timedelta, timezone

import pytest

from assistant.drafts import finding_keys
from assistant.findings import Finding, Severity
from assistant.logbook import Logbook, LogbookError, PublishRecord
from assistant.settings import Identity
from assistant.weighing import CRITERIA, Reading
from tests.ui.pdf_text import pdf_attachments, pdf_text, squeeze
from ui.pdf_export import render_pdf, write_verantwoording

TEXT = ("Één café in Den Haag, geënsceneerd <b>niet vet</b> & co.\n"
        "Tweede regel met “aanhalingstekens” en een BSN-nummer.")


def middel_reading(text):
    criteria = [{"id": cid, "level": "laag", "reasons": []} for cid in CRITERIA]
    criteria[0] = {"id": "afstand", "level": "middel", "reasons": [
        {"text": "“café” hoort bij je eigen werk.", "start": 4, "end": 8}]}
    criteria[1] = {"id": "politieke_gevoeligheid", "level": "middel", "reasons": [
        {"text": "“Den Haag” is politiek."}]}
    return Reading.from_dict({"level": "middel", "criteria": criteria})


def make_entry(tmp_path, text=TEXT, reading=None):
    findings = [Finding("privacy.bsn", "privacy", 2, Severity.FOUT, text.index("BSN"),
                        text.index("BSN") + 3, "Noem geen BSN.", "Uitleg."),
                Finding("stijl.lang", "stijl", None, Severity.TIP, 0, 3, "Korter kan.", "")]
    keys = finding_keys(text, findings)
    with Logbook(tmp_path / "logboek.sqlite3") as book:
        entry_id = book.add(PublishRecord(
            text=text, profile="functie", platform="linkedin",
            identity=Identity("Anna de Vries", "woordvoerder", "Ministerie van BZK"),
            findings=findings, ignored={keys[0]: "Het gaat om het woord, niet om een nummer"},
            checklist={"Zou je dit ook in een krant zeggen?": "ja", "Is dit jouw terrein?": ""},
            published_at=datetime(2026, 3, 2, 14, 30, tzinfo=timezone(timedelta(hours=1))),
            url="https://www.linkedin.com/posts/anna-1", reading=reading))
        return book.get(entry_id)


def test_the_pdf_shows_the_text_and_the_account_of_it(qapp, tmp_path):
    entry = make_entry(tmp_path)
    target = tmp_path / "uit" / "verantwoording.pdf"
    write_verantwoording(entry, target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    shown = squeeze(pdf_text(data))
    for expected in (entry.text, "02-03-202614:30", "LinkedIn", entry.url, "Infunctie",
                     "AnnadeVries", "woordvoerder", "MinisterievanBZK",
                     "Genegeerd:Hetgaatomhetwoord,nietomeennummer",
                     "Nietgenegeerd", "Noemgeen BSN.", "Zoujeditookineenkrantzeggen?",
                     "nietbeantwoord", entry.content_hash, entry.chain_hash):
        assert squeeze(expected) in shown, expected


def test_the_pdf_shows_the_reading_with_the_six_criteria(qapp, tmp_path):
    entry = make_entry(tmp_path, reading=middel_reading(TEXT))
    shown = squeeze(pdf_text(render_pdf(entry)))
    for expected in ("Afweging volgens stelregel 2", "Afweging: middel — ",
                     "“café” hoort bij je eigen werk.", "“Den Haag” is politiek.",
                     "de politieke gevoeligheid van het onderwerp", *(
                         criterion.title for criterion in entry.reading.criteria)):
        assert squeeze(expected) in shown, expected
    # Findings, then the reading, then the checklist.
    assert (shown.index(squeeze("Bevindingen en hoe")) < shown.index(squeeze("Afweging volgens"))
            < shown.index(squeeze("Zou je dit ook")))


def test_an_entry_from_before_readings_says_none_was_kept(qapp, tmp_path):
    shown = squeeze(pdf_text(render_pdf(make_entry(tmp_path))))
    assert squeeze("Bij deze vermelding is geen afweging vastgelegd.") in shown
    assert squeeze("Voorzienbare schade") not in shown


def test_the_pdf_carries_the_exact_text_as_attachment(qapp, tmp_path):
    text = "Regel één 😀 BSN\n\n  ingesprongen\tmet tab\r\n👩‍💻 einde"
    entry = make_entry(tmp_path, text)
    attachments = pdf_attachments(render_pdf(entry))
    assert attachments == [text.encode("utf-8")]
    assert hashlib.sha256(attachments[0]).hexdigest() == entry.content_hash


def test_a_pdf_that_cannot_be_written_says_so(qapp, tmp_path):
    entry = make_entry(tmp_path)
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(LogbookError, match="kan niet worden geschreven"):
        write_verantwoording(entry, blocker / "v.pdf")


def test_a_finding_over_a_long_span_is_quoted_briefly(qapp, tmp_path):
    from dataclasses import replace

    from ui.pdf_export import QUOTE_LENGTH, verantwoording_html

    text = "Een lange zin over het BSN. " * 10
    whole = Finding("identificatie.ondertekening", "identificatie", 1, Severity.WAARSCHUWING,
                    0, len(text), "Onderteken je bericht.", "")
    entry = replace(make_entry(tmp_path, text), findings=[whole])
    quote = verantwoording_html(entry).split("bij: “")[1].split("”")[0]
    assert quote.startswith("Een lange zin over het BSN.")
    assert quote.endswith("…") and len(quote) <= QUOTE_LENGTH
