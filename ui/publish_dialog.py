"""“Markeer als gepubliceerd”: asks where, when and at which address a draft was
published, and records it in the logbook (stelregel 4)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from assistant.checklist import checklist_for
from assistant.config import load_settings
from assistant.drafts import finding_keys
from assistant.findings import Severity
from assistant.logbook import Logbook, LogbookError, PublishRecord
from assistant.platforms import PLATFORMS
from assistant.profiles import PROFILES
from assistant.settings import Settings
from assistant.urls import url_problem


class PublishDialog(QDialog):
    """Asks platform, moment and URL; stores the entry when the author confirms,
    and stays open with the reason if the logbook cannot take it."""

    def __init__(self, record: PublishRecord, parent: QWidget | None = None,
                 logbook_path=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Markeer als gepubliceerd"))
        self.record = record
        self.logbook_path = logbook_path
        self.entry_id: int | None = None

        intro = QLabel(self.tr("Leg vast wat je hebt gepubliceerd, zodat daar achteraf geen "
                               "misverstanden over kunnen ontstaan (stelregel 4). Het logboek "
                               "staat alleen op je eigen computer."), self)
        intro.setWordWrap(True)
        preview = QPlainTextEdit(record.text, self)
        preview.setReadOnly(True)
        preview.setMaximumHeight(110)
        preview.setAccessibleName(self.tr("Tekst die wordt vastgelegd"))

        self.platform = QComboBox(self)
        for platform in PLATFORMS.values():
            self.platform.addItem(platform.label, platform.id)
        self.platform.setCurrentIndex(max(self.platform.findData(record.platform), 0))
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.url = QLineEdit(record.url or "", self)
        self.url.setPlaceholderText(self.tr("https://… (mag leeg blijven)"))
        self.url_error = QLabel(self)
        self.url_error.setStyleSheet("color: #a31515;")
        self.url_error.setWordWrap(True)
        self.url_error.hide()

        form = QFormLayout()
        profile = PROFILES.get(record.profile)
        form.addRow(self.tr("Rol:"), QLabel(profile.label if profile else record.profile, self))
        form.addRow(self.tr("Auteur:"), QLabel(record.identity.signature()
                                               or self.tr("(niet ingevuld)"), self))
        for label, field in ((self.tr("&Platform:"), self.platform),
                             (self.tr("&Datum en tijd:"), self.when),
                             (self.tr("&Webadres:"), self.url)):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow("", self.url_error)

        self.buttons = QDialogButtonBox(self)
        self.save = self.buttons.addButton(self.tr("&Vastleggen in logboek"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.url.textChanged.connect(self._check_url)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(preview)
        open_errors = self._open_errors()
        if open_errors:
            text = (self.tr("Let op: bij deze tekst staat nog 1 fout open. Die wordt met de "
                            "tekst vastgelegd.") if open_errors == 1 else
                    self.tr("Let op: bij deze tekst staan nog %1 fouten open. Ze worden met "
                            "de tekst vastgelegd.").replace("%1", str(open_errors)))
            warning = QLabel(text, self)
            warning.setWordWrap(True)
            layout.addWidget(warning)
        unanswered = sum(1 for answer in record.checklist.values() if not answer)
        if unanswered:
            # Stelregel 4's questions are the last moment to think again.
            text = (self.tr("In de checklist is 1 van de %2 vragen nog niet beantwoord.")
                    if unanswered == 1 else
                    self.tr("In de checklist zijn %1 van de %2 vragen nog niet beantwoord.")
                    .replace("%1", str(unanswered)))
            note = QLabel(text.replace("%2", str(len(record.checklist))), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        if record.reading is not None:
            # Recorded with the text, so the author sees it once more before confirming.
            weighed = QLabel(self.tr("Afweging, wordt mee vastgelegd: %1").replace(
                "%1", record.reading.summary()), self)
            weighed.setWordWrap(True)
            layout.addWidget(weighed)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _open_errors(self) -> int:
        keys = finding_keys(self.record.text, self.record.findings)
        return sum(1 for key, finding in zip(keys, self.record.findings)
                   if finding.severity is Severity.FOUT and key not in self.record.ignored)

    def _check_url(self) -> None:
        problem = url_problem(self.url.text().strip())
        self.url_error.setText(problem or "")
        self.url_error.setVisible(bool(problem))
        self.save.setEnabled(not problem)

    def chosen_record(self) -> PublishRecord:
        return replace(self.record, platform=self.platform.currentData(),
                       published_at=self.when.dateTime().toPython().astimezone(),
                       url=self.url.text().strip() or None)

    def accept(self) -> None:
        try:
            with Logbook(self.logbook_path) as logbook:
                self.entry_id = logbook.add(self.chosen_record())
        except LogbookError as exc:
            QMessageBox.warning(self, self.tr("Niet vastgelegd"), str(exc))
            return
        super().accept()


def _with_open_questions(record: PublishRecord, parent: QWidget | None) -> PublishRecord:
    """The questions of the checklist, by the window's settings, that the record
    has no answer to are recorded as not answered."""
    settings = getattr(parent, "settings", None)
    if not isinstance(settings, Settings):
        settings = load_settings()
    try:
        items = checklist_for(settings, record.profile, record.platform)
    except ValueError:
        items = []
    return record.with_open_questions(items)


def mark_published(parent: QWidget | None, record: PublishRecord, logbook_path=None) -> int | None:
    """Ask the author to confirm and record the publication; returns the new
    entry's number, or None if the author cancelled."""
    dialog = PublishDialog(_with_open_questions(record, parent), parent, logbook_path)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.entry_id is None:
        return None
    QMessageBox.information(
        parent, dialog.tr("Vastgelegd"),
        dialog.tr("De publicatie staat in je logboek als vermelding %1. Je vindt haar terug "
                  "via Logboek openen.").replace("%1", str(dialog.entry_id)))
    return dialog.entry_id
