"""The logbook window: what was published, searchable and filterable, each entry
read-only with its text to copy, its URL to open and its exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog,
                               QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from assistant.logbook import Logbook, LogbookError, LogEntry
from assistant.platforms import PLATFORMS
from assistant.profiles import PROFILES
from ui.pdf_export import verantwoording_html, write_verantwoording

PREVIEW_LENGTH = 80


class LogbookWindow(QDialog):
    """A window of its own (not modal) over one open Logbook."""

    def __init__(self, logbook: Logbook, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Logboek: wat je hebt gepubliceerd"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1000, 640)
        self.logbook = logbook
        self.entries: list[LogEntry] = []

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoek in tekst of webadres"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.platform = QComboBox(self)
        self.platform.addItem(self.tr("Alle platforms"), None)
        for platform in PLATFORMS.values():
            self.platform.addItem(platform.label, platform.id)
        self.platform.setAccessibleName(self.tr("Platform"))
        self.profile = QComboBox(self)
        self.profile.addItem(self.tr("Alle rollen"), None)
        for profile in PROFILES.values():
            self.profile.addItem(profile.label, profile.id)
        self.profile.setAccessibleName(self.tr("Rol"))
        self.period = QCheckBox(self.tr("&Periode van"), self)
        today = QDate.currentDate()
        self.since = QDateEdit(today.addMonths(-1), self)
        self.until = QDateEdit(today, self)
        for edit, name in ((self.since, self.tr("Periode vanaf")),
                           (self.until, self.tr("Periode tot en met"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setEnabled(False)
            edit.setAccessibleName(name)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.platform)
        filters.addWidget(self.profile)
        filters.addWidget(self.period)
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("tot en met"), self))
        filters.addWidget(self.until)

        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Nr."), self.tr("Gepubliceerd"),
                                              self.tr("Platform"), self.tr("Rol"),
                                              self.tr("Tekst")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # One line per entry; the preview is cut off rather than wrapped.
        self.table.setWordWrap(False)
        # The short columns fit their contents; the text preview takes the rest and is
        # cut off with an ellipsis instead of needing a horizontal scroll bar.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setAccessibleName(self.tr("Vermeldingen"))
        self.detail = QTextBrowser(self)
        self.detail.setOpenExternalLinks(True)
        self.detail.setAccessibleName(self.tr("Vermelding"))
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([520, 480])

        self.copy_button = QPushButton(self.tr("&Kopieer tekst"), self)
        self.url_button = QPushButton(self.tr("&Open webadres"), self)
        self.csv_button = QPushButton(self.tr("Selectie naar &CSV…"), self)
        self.pdf_button = QPushButton(self.tr("Verantwoording als &PDF…"), self)
        self.verify_button = QPushButton(self.tr("Logboek &controleren"), self)
        close_button = QPushButton(self.tr("Sluiten"), self)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.url_button, self.csv_button, self.pdf_button,
                       self.verify_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self.refresh)
        self.platform.currentIndexChanged.connect(self.refresh)
        self.profile.currentIndexChanged.connect(self.refresh)
        self.period.toggled.connect(self.since.setEnabled)
        self.period.toggled.connect(self.until.setEnabled)
        self.period.toggled.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.until.dateChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._show_current)
        self.copy_button.clicked.connect(self.copy_text)
        self.url_button.clicked.connect(self.open_url)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.verify_button.clicked.connect(self.verify)
        close_button.clicked.connect(self.close)
        self.refresh()

    # --- list -------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the entries again with the current filters, keeping the selection."""
        keep = {entry.id for entry in self.selected_entries()}
        period = self.period.isChecked()
        try:
            self.entries = self.logbook.entries(
                search=self.search.text().strip() or None,
                platform=self.platform.currentData(), profile=self.profile.currentData(),
                since=self.since.date().toPython() if period else None,
                until=self.until.date().toPython() if period else None)
        except LogbookError as exc:
            self.entries = []
            self.status.setText(str(exc))
        else:
            self.status.setText(self.tr("1 vermelding") if len(self.entries) == 1 else
                                self.tr("%1 vermeldingen").replace("%1", str(len(self.entries))))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            preview = " ".join(entry.text.split())
            if len(preview) > PREVIEW_LENGTH:
                preview = preview[: PREVIEW_LENGTH - 1] + "…"
            cells = (str(entry.id), entry.published_at.strftime("%d-%m-%Y %H:%M"),
                     entry.platform_label, entry.profile_label, preview)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            if entry.id in keep:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self._show_current()

    def selected_entries(self) -> list[LogEntry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.entries[row] for row in rows if row < len(self.entries)]

    def current_entry(self) -> LogEntry | None:
        selected = self.selected_entries()
        return selected[0] if len(selected) == 1 else None

    def _show_current(self) -> None:
        entry = self.current_entry()
        self.detail.setHtml(verantwoording_html(entry) if entry else "")
        self.copy_button.setEnabled(entry is not None)
        self.url_button.setEnabled(bool(entry and entry.url))
        self.pdf_button.setEnabled(entry is not None)
        self.csv_button.setEnabled(bool(self.selected_entries()))

    def event(self, event: QEvent) -> bool:
        # Another window may have added entries while this one was in the background.
        if event.type() == QEvent.Type.WindowActivate:
            self.refresh()
        return super().event(event)

    # --- actions ----------------------------------------------------------------

    def copy_text(self) -> None:
        entry = self.current_entry()
        if entry:
            QGuiApplication.clipboard().setText(entry.text)
            self.status.setText(self.tr("De tekst van vermelding %1 staat op het klembord.")
                                .replace("%1", str(entry.id)))

    def open_url(self) -> None:
        entry = self.current_entry()
        if entry and entry.url:
            QDesktopServices.openUrl(QUrl(entry.url))

    def _save_path(self, title: str, name: str, file_filter: str, suffix: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name),
                                                file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def export_csv(self) -> None:
        entries = self.selected_entries()
        if not entries:
            return
        path = self._save_path(self.tr("Selectie exporteren naar CSV"), "logboek.csv",
                               self.tr("CSV-bestanden (*.csv)"), ".csv")
        if path is None:
            return
        try:
            self.logbook.export_csv(entries, path)
        except LogbookError as exc:
            QMessageBox.warning(self, self.tr("Niet geëxporteerd"), str(exc))
            return
        exported = (self.tr("1 vermelding geëxporteerd naar %1.") if len(entries) == 1 else
                    self.tr("%2 vermeldingen geëxporteerd naar %1.").replace(
                        "%2", str(len(entries))))
        self.status.setText(exported.replace("%1", str(path)))

    def export_pdf(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        path = self._save_path(self.tr("Verantwoording opslaan als PDF"),
                               f"verantwoording-{entry.id}.pdf",
                               self.tr("PDF-bestanden (*.pdf)"), ".pdf")
        if path is None:
            return
        try:
            write_verantwoording(entry, path)
        except LogbookError as exc:
            QMessageBox.warning(self, self.tr("Niet opgeslagen"), str(exc))
            return
        self.status.setText(self.tr("Verantwoording opgeslagen als %1.").replace("%1", str(path)))

    def verify(self) -> None:
        try:
            result = self.logbook.verify()
        except LogbookError as exc:
            QMessageBox.warning(self, self.tr("Logboek controleren"), str(exc))
            return
        if result.ok:
            QMessageBox.information(self, self.tr("Logboek controleren"), result.message)
        else:
            QMessageBox.warning(self, self.tr("Logboek controleren"), result.message)

    def closeEvent(self, event) -> None:
        self.logbook.close()
        super().closeEvent(event)


def open_logbook(parent: QWidget | None, logbook_path=None) -> LogbookWindow | None:
    """Show the logbook window; tells the user why if the logbook cannot be opened.
    A window that is already open comes to the front instead of a second one."""
    existing = parent.findChild(LogbookWindow) if parent is not None else None
    if existing is not None and existing.isVisible():
        existing.refresh()
        existing.raise_()
        existing.activateWindow()
        return existing
    try:
        logbook = Logbook(logbook_path)
    except LogbookError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("LogbookWindow", "Logboek"),
                            str(exc))
        return None
    window = LogbookWindow(logbook, parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
