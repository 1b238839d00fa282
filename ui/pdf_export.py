"""The printable "verantwoording" of one logbook entry: what was published,
where, when, in which role, how the findings were handled, how the draft read
on stelregel 2's six criteria and how the checklist was answered, with the
hashes that tie it to the logbook.

Made with Qt's own PDF writer from a QTextDocument, so no extra library is
needed; the file is written atomically like every file the app writes.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from assistant.findings import Finding
from assistant.logbook import LogbookError, LogEntry, answer_label, format_moment
from assistant.storage import atomic_write_bytes
from assistant.weighing import Reading

# pyside6-lupdate files a tr() outside a class under the empty context.
CONTEXT = ""
# The published text byte for byte (UTF-8), so its hash can be checked against
# the logbook; the rendered page cannot keep every space and emoji exactly.
ATTACHMENT = "gepubliceerde-tekst.txt"
QUOTE_LENGTH = 60
STYLE = """
body { font-size: 10pt; }
h1 { font-size: 16pt; }
h2 { font-size: 12pt; margin-top: 14px; }
td, th { padding: 3px 6px; vertical-align: top; }
th { text-align: left; background-color: #eeeeee; }
.text { white-space: pre-wrap; }
.hash { font-family: monospace; font-size: 8pt; }
.muted { color: #555555; }
"""


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _rows(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"<tr><th>{_e(name)}</th><td>{value}</td></tr>" for name, value in pairs)


def _table(rows: str) -> str:
    return f"<table width='100%'>{rows}</table>"


def _note(text: str) -> str:
    return f"<p class='muted'>{_e(text)}</p>"


def _handling(reason: str | None) -> str:
    if reason is None:
        return tr("Niet genegeerd; stond open bij publicatie")
    return tr("Genegeerd: %1").replace("%1", reason) if reason else tr("Genegeerd, zonder reden")


def _where(entry: LogEntry, finding: Finding) -> str:
    # The published text is in full above: a short quote finds the place.
    quote = " ".join(entry.text[finding.start:finding.end].split())
    if len(quote) > QUOTE_LENGTH:
        quote = quote[:QUOTE_LENGTH - 1].rstrip() + "…"
    return tr("bij: “%1”").replace("%1", quote)


def _findings(entry: LogEntry) -> str:
    handled = entry.handled_findings()
    if not handled:
        none = tr("Er waren geen bevindingen bij publicatie.")
        return f"<p>{_e(none)}</p>"
    header = "".join(f"<th>{_e(name)}</th>" for name in (
        tr("Ernst"), tr("Stelregel"), tr("Bevinding"), tr("Afhandeling")))
    rows = "".join(
        f"<tr><td>{_e(finding.severity.label)}</td><td>{finding.stelregel or '—'}</td>"
        f"<td>{_e(finding.message)}<br><span class='muted'>{_e(_where(entry, finding))}</span></td>"
        f"<td>{_e(_handling(reason))}</td></tr>"
        for finding, reason in handled)
    return _table(f"<tr>{header}</tr>{rows}")


def _reading(reading: Reading | None) -> str:
    # tr() outside the f-strings, where pyside6-lupdate finds the texts.
    title = tr("Afweging volgens stelregel 2")
    heading = f"<h2>{_e(title)}</h2>"
    if reading is None:
        none = tr("Bij deze vermelding is geen afweging vastgelegd.")
        return f"{heading}<p>{_e(none)}</p>"
    summary = tr("Afweging: %1").replace("%1", reading.summary())
    header = "".join(f"<th>{_e(name)}</th>" for name in (
        tr("Criterium"), tr("Niveau"), tr("Waarom")))
    rows = "".join(
        f"<tr><td>{_e(criterion.title)}<br><span class='muted'>{_e(criterion.source)}</span>"
        f"</td><td>{_e(criterion.level.label)}</td>"
        f"<td>{'<br>'.join(_e(r.text) for r in criterion.reasons) or '—'}</td></tr>"
        for criterion in reading.criteria)
    return f"{heading}<p><b>{_e(summary)}</b></p>" + _table(f"<tr>{header}</tr>{rows}")


def verantwoording_html(entry: LogEntry, attachment: str | None = None) -> str:
    """The document as Qt rich text; every value from the entry is escaped.
    ``attachment`` names the file that carries the exact text, if there is one."""
    url = (f'<a href="{html.escape(entry.url)}">{_e(entry.url)}</a>' if entry.url
           else _e(tr("niet opgegeven")))
    facts = _rows([
        (tr("Gepubliceerd op"), _e(format_moment(entry.published_at))),
        (tr("Platform"), _e(entry.platform_label)),
        (tr("Webadres"), url),
        (tr("Rol"), _e(entry.profile_label)),
        (tr("Naam"), _e(entry.identity.name or "—")),
        (tr("Functie"), _e(entry.identity.function or "—")),
        (tr("Organisatie"), _e(entry.identity.department or "—")),
        (tr("Vastgelegd in logboek op"), _e(format_moment(entry.recorded_at))),
    ])
    if entry.checklist:
        checklist = _table(_rows([(question, _e(answer_label(answer)))
                                  for question, answer in entry.checklist.items()]))
    else:
        empty = tr("De checklist is niet ingevuld.")
        checklist = f"<p>{_e(empty)}</p>"
    hashes = _rows([(name, f"<span class='hash'>{value}</span>") for name, value in (
        (tr("Inhoudshash (SHA-256 van de tekst)"), entry.content_hash),
        (tr("Ketenhash"), entry.chain_hash),
        (tr("Vorige ketenhash"), entry.prev_hash),
    )])
    # tr() outside the f-strings, where pyside6-lupdate finds the texts.
    title, published = tr("Verantwoording van een publicatie"), tr("Gepubliceerde tekst")
    handling, control = tr("Bevindingen en hoe ermee is omgegaan"), tr("Controlegegevens")
    checklist_title = tr("Checklist")
    parts = [
        f"<html><head><style>{STYLE}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        _note(tr("Vermelding %1 in het logboek van Glazen Huis").replace("%1", str(entry.id))),
        _table(facts),
        f"<h2>{_e(published)}</h2>",
        "<table width='100%' border='1' cellspacing='0' cellpadding='6'>"
        f"<tr><td class='text'>{_e(entry.text)}</td></tr></table>",
    ]
    if attachment:
        parts.append(_note(tr("De exacte tekst zit ook als bijlage %1 in dit PDF-bestand.")
                           .replace("%1", attachment)))
    parts += [
        f"<h2>{_e(handling)}</h2>", _findings(entry),
        _reading(entry.reading),
        f"<h2>{_e(checklist_title)}</h2>", checklist,
        f"<h2>{_e(control)}</h2>", _table(hashes),
        _note(tr("Controleer dat het logboek niet is gewijzigd met: glazenhuis logboek verify")),
        "</body></html>",
    ]
    return "".join(parts)


def render_pdf(entry: LogEntry) -> bytes:
    document = QTextDocument()
    document.setHtml(verantwoording_html(entry, ATTACHMENT))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(tr("Verantwoording publicatie %1").replace("%1", str(entry.id)))
    writer.setCreator("Glazen Huis")
    writer.setAuthor(entry.identity.name)
    writer.addFileAttachment(ATTACHMENT, entry.text.encode("utf-8"), "text/plain")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    # print_ paints every page and ends its painter, which completes the file.
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(buffer.data())


def write_verantwoording(entry: LogEntry, path: Path | str) -> None:
    """Write the PDF of ``entry`` to ``path``; raises LogbookError if that fails."""
    try:
        atomic_write_bytes(path, render_pdf(entry))
    except OSError as exc:
        raise LogbookError(tr("Het bestand %1 kan niet worden geschreven: %2.")
                           .replace("%1", str(path))
                           .replace("%2", exc.strerror or str(exc))) from None
