import hashlib
from datetime import datetime, timedelta, timezone

import pytest

from assistant.drafts import finding_keys
from assistant.findings import Finding, Severity
from assistant.logbook import Logbook, LogbookError, PublishRecord
from assistant.settings import Identity
from tests.ui.pdf_text import pdf_attachments, pdf_text, squeeze
from ui.pdf_export import render_pdf, write_verantwoording

TEXT = ("Één café in Den Haag, geënsceneerd <b>niet vet</b> & co.\n"
        "Tweede regel met “aanhalingstekens” en een BSN-nummer.")


def make_entry(tmp_path, text=TEXT):
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
            url="https://www.linkedin.com/posts/anna-1"))
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
