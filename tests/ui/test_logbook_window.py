import csv
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from assistant.logbook import Logbook, PublishRecord, default_path
from assistant.settings import Identity
from tests.ui.pdf_text import pdf_text, squeeze
from ui.logbook_window import open_logbook

CET = timezone(timedelta(hours=1))


def add(text, platform, profile, day, url=None):
    with Logbook() as book:
        return book.add(PublishRecord(
            text=text, profile=profile, platform=platform,
            identity=Identity("Anna de Vries", "adviseur", "BZK"), findings=[], ignored={},
            checklist={}, published_at=datetime(2026, 3, day, 10, 0, tzinfo=CET), url=url))


@pytest.fixture
def window(qtbot, dialogs):
    add("Over de Omgevingswet 🏗️\nmet een tweede regel", "x", "functie", 2,
        url="https://x.example/anna/1")
    add("Privé: onze fietsvakantie", "blog", "prive", 10)
    add("Nog eens de omgevingswet", "linkedin", "functie", 20)
    window = open_logbook(None)
    qtbot.addWidget(window)
    return window


def shown_ids(window):
    return [int(window.table.item(row, 0).text()) for row in range(window.table.rowCount())]


def test_lists_every_entry(window):
    assert shown_ids(window) == [1, 2, 3]
    assert window.table.item(0, 2).text() == "X"
    assert window.table.item(1, 3).text() == "Privé"
    assert window.table.item(0, 4).text() == "Over de Omgevingswet 🏗️ met een tweede regel"


def test_filters_by_search_platform_profile_and_period(window):
    window.search.setText("omgevingswet")
    assert shown_ids(window) == [1, 3]
    window.profile.setCurrentIndex(window.profile.findData("functie"))
    window.platform.setCurrentIndex(window.platform.findData("linkedin"))
    assert shown_ids(window) == [3]
    window.search.clear()
    window.platform.setCurrentIndex(0)
    window.profile.setCurrentIndex(0)
    window.since.setDate(QDate(2026, 3, 5))
    window.until.setDate(QDate(2026, 3, 10))
    assert shown_ids(window) == [1, 2, 3]
    window.period.setChecked(True)
    assert shown_ids(window) == [2]
    assert window.status.text() == "1 vermelding"
    window.period.setChecked(False)
    assert window.status.text() == "3 vermeldingen"


def test_an_entry_opens_read_only_and_its_text_can_be_copied(window):
    window.table.selectRow(0)
    assert window.detail.isReadOnly()
    assert "Over de Omgevingswet" in window.detail.toPlainText()
    window.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Over de Omgevingswet 🏗️\nmet een tweede regel"


def test_the_url_opens_in_the_browser(window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window.table.selectRow(1)
    assert not window.url_button.isEnabled()
    window.table.selectRow(0)
    assert window.url_button.isEnabled()
    window.url_button.click()
    assert opened == ["https://x.example/anna/1"]


def save_as(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def test_the_selection_exports_to_csv(window, monkeypatch, tmp_path):
    window.table.selectRow(0)
    window.table.selectionModel().select(
        window.table.model().index(2, 0),
        window.table.selectionModel().SelectionFlag.Select
        | window.table.selectionModel().SelectionFlag.Rows)
    save_as(monkeypatch, tmp_path / "selectie")
    window.csv_button.click()
    with open(tmp_path / "selectie.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert [r["nummer"] for r in rows] == ["1", "3"]
    assert rows[0]["tekst"] == "Over de Omgevingswet 🏗️\nmet een tweede regel"


def test_one_entry_exports_to_pdf(window, monkeypatch, tmp_path):
    window.table.selectRow(2)
    save_as(monkeypatch, tmp_path / "verantwoording.pdf")
    window.pdf_button.click()
    assert squeeze("Nog eens de omgevingswet") in squeeze(
        pdf_text((tmp_path / "verantwoording.pdf").read_bytes()))


def test_verify_reports_a_changed_entry(window, dialogs):
    window.verify_button.click()
    assert "intact" in dialogs.shown[-1][1]
    conn = sqlite3.connect(default_path(), isolation_level=None)
    conn.execute("DROP TRIGGER entries_no_update")
    conn.execute("UPDATE entries SET text = 'iets anders' WHERE id = 2")
    conn.close()
    window.verify_button.click()
    assert "Vermelding 2 is na het vastleggen gewijzigd" in dialogs.shown[-1][1]


def test_entries_from_another_window_appear_when_it_is_activated(window):
    add("Uit een ander venster", "forum", "prive", 21)
    assert shown_ids(window) == [1, 2, 3]
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert shown_ids(window) == [1, 2, 3, 4]


def test_a_damaged_logbook_is_explained_not_opened(qtbot, dialogs, tmp_path):
    damaged = tmp_path / "logboek.sqlite3"
    damaged.write_bytes(b"niet te lezen" * 400)
    assert open_logbook(None, damaged) is None
    assert "beschadigd" in dialogs.shown[0][1] and str(damaged) in dialogs.shown[0][1]
    assert damaged.read_bytes() == b"niet te lezen" * 400


def test_opening_the_logbook_twice_brings_the_same_window_forward(qtbot, dialogs):
    from PySide6.QtWidgets import QWidget

    add("Eerste bericht", "x", "functie", 2)
    parent = QWidget()
    qtbot.addWidget(parent)
    first = open_logbook(parent)
    add("Tweede bericht", "x", "functie", 3)
    assert open_logbook(parent) is first
    assert first.table.rowCount() == 2
    first.close()
    qtbot.waitUntil(lambda: parent.findChild(type(first)) is None)
    assert open_logbook(parent) is not None


def test_the_detail_shows_the_reading_an_entry_was_published_with(qtbot, dialogs):
    from assistant.weighing import CRITERIA, Reading

    criteria = [{"id": cid, "level": "laag", "reasons": []} for cid in CRITERIA]
    criteria[CRITERIA.index("moment")] = {"id": "moment", "level": "middel", "reasons": [
        {"text": "“verkiezingen”: een gevoelig moment.", "start": 10, "end": 22}]}
    with Logbook() as book:
        book.add(PublishRecord(
            text="Vlak voor verkiezingen", profile="prive", platform="x",
            identity=Identity(), findings=[], ignored={}, checklist={},
            published_at=datetime(2026, 3, 2, 10, 0, tzinfo=CET),
            reading=Reading.from_dict({"level": "middel", "criteria": criteria})))
    add("Zonder afweging", "blog", "prive", 3)
    window = open_logbook(None)
    qtbot.addWidget(window)
    window.table.selectRow(0)
    assert "“verkiezingen”: een gevoelig moment." in window.detail.toPlainText()
    assert "Tijdstip" in window.detail.toPlainText()
    window.table.selectRow(1)
    assert "geen afweging vastgelegd" in window.detail.toPlainText()
