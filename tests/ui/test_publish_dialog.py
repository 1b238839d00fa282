from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog

from assistant.checklist import checklist_for
from assistant.config import load_settings
from assistant.drafts import finding_keys
from assistant.findings import Finding, Severity
from assistant.logbook import Logbook, PublishRecord
from assistant.settings import Identity
from ui import publish_dialog
from tests.ui.conftest import rule_ids
from ui.publish_dialog import PublishDialog, mark_published

TEXT = "Mooi nieuws over de dijkversterking 🌊\nMeer op onze site."
IDENTITY = Identity("Anna de Vries", "woordvoerder", "Ministerie van IenW")


def errors(text=TEXT):
    return [Finding("test.fout", "privacy", 2, Severity.FOUT, 0, 4, "Fout één", ""),
            Finding("test.fout", "privacy", 2, Severity.FOUT, 5, 11, "Fout twee", ""),
            Finding("test.tip", "stijl", None, Severity.TIP, 0, 4, "Tip", "")]


def make_record(**changes):
    base = dict(text=TEXT, profile="functie", platform="mastodon", identity=IDENTITY,
                findings=errors(), ignored={}, checklist={"Vraag": "ja"},
                published_at=datetime.now().astimezone(), url=None)
    base.update(changes)
    return PublishRecord(**base)


@pytest.fixture
def dialog(qtbot, dialogs):
    dialog = PublishDialog(make_record())
    qtbot.addWidget(dialog)
    return dialog


def test_the_platform_is_prefilled_and_the_time_is_now(dialog):
    assert dialog.platform.currentData() == "mastodon"
    assert abs(dialog.when.dateTime().secsTo(QDateTime.currentDateTime())) < 60
    assert dialog.url.text() == "" and dialog.save.isEnabled()


def test_only_a_web_address_can_be_saved(dialog, qtbot):
    qtbot.keyClicks(dialog.url, "ftp://bestanden.example")
    assert not dialog.save.isEnabled()
    assert "http://" in dialog.url_error.text() and not dialog.url_error.isHidden()
    dialog.url.setText("https://mastodon.example/@anna/1")
    assert dialog.save.isEnabled() and dialog.url_error.isHidden()


def test_saving_stores_what_was_chosen(dialog, dialogs):
    dialog.platform.setCurrentIndex(dialog.platform.findData("bluesky"))
    dialog.when.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(14, 30)))
    dialog.url.setText("  https://bsky.example/post/9  ")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.entry_id == 1
    entry = Logbook().get(1)
    assert (entry.text, entry.platform, entry.url) == (TEXT, "bluesky",
                                                       "https://bsky.example/post/9")
    assert entry.published_at == datetime(2026, 3, 2, 14, 30).astimezone()
    assert entry.identity == IDENTITY and entry.profile == "functie"
    assert dialogs.shown == []


def test_open_errors_are_pointed_out(qtbot, dialogs):
    findings = errors()
    ignored = {finding_keys(TEXT, findings)[0]: "bewust"}
    dialog = PublishDialog(make_record(findings=findings, ignored=ignored))
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(publish_dialog.QLabel)]
    assert any("nog 1 fout open" in text for text in texts)


def test_a_damaged_logbook_keeps_the_dialog_open(qtbot, dialogs, tmp_path):
    damaged = tmp_path / "logboek.sqlite3"
    damaged.write_bytes(b"\x00kapot" * 500)
    dialog = PublishDialog(make_record(), logbook_path=damaged)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.entry_id is None
    assert len(dialogs.shown) == 1 and "beschadigd" in dialogs.shown[0][1]
    assert str(damaged) in dialogs.shown[0][1]
    assert damaged.read_bytes() == b"\x00kapot" * 500


def answer_with(monkeypatch, url=None, accept=True):
    def fake_exec(self):
        if url:
            self.url.setText(url)
        if accept:
            self.accept()
        else:
            self.reject()
        return self.result()

    monkeypatch.setattr(PublishDialog, "exec", fake_exec)


def test_mark_published_records_and_confirms(qtbot, dialogs, monkeypatch):
    answer_with(monkeypatch, url="https://mastodon.example/@anna/2")
    assert mark_published(None, make_record()) == 1
    assert Logbook().get(1).url == "https://mastodon.example/@anna/2"
    assert len(dialogs.shown) == 1 and "vermelding 1" in dialogs.shown[0][1]


def test_cancelling_records_nothing(qtbot, dialogs, monkeypatch):
    answer_with(monkeypatch, accept=False)
    assert mark_published(None, make_record()) is None
    assert Logbook().entries() == [] and dialogs.shown == []


def test_open_checklist_questions_are_recorded_as_not_answered(qtbot, dialogs, monkeypatch):
    item = checklist_for(load_settings(), "functie", "mastodon")[0]
    answer_with(monkeypatch)
    entry_id = mark_published(None, make_record(checklist={item.text: "nee"}))
    questions = [i.text for i in checklist_for(load_settings(), "functie", "mastodon")]
    # The questions left open are recorded as not answered.
    assert Logbook().get(entry_id).checklist == {q: "nee" if q == item.text else ""
                                                 for q in questions}


def test_the_main_window_records_its_draft(qtbot, make_window, dialogs, monkeypatch):
    window = make_window()
    window.editor.setPlainText("Het stuk was vertrouwelijk.")
    qtbot.waitUntil(lambda: "test.vertrouwelijk" in rule_ids(window), timeout=3000)
    key = window.session.visible()[0][0]
    window.ignore(key, "stond al in de krant")
    item_id, combo = next(iter(window.checklist.combos.items()))
    combo.setCurrentIndex(combo.findData("nee"))
    answer_with(monkeypatch, url="https://blog.example/vertrouwelijk")
    window.act_publish.trigger()
    entry = Logbook().get(1)
    assert entry.text == "Het stuk was vertrouwelijk."
    assert entry.identity == window.identity
    assert [(f.rule_id, reason) for f, reason in entry.handled_findings()
            if reason is not None] == [("test.vertrouwelijk", "stond al in de krant")]
    question = {item.id: item.text for item in
                checklist_for(load_settings(), entry.profile, entry.platform)}[item_id]
    assert entry.checklist[question] == "nee"
    assert set(entry.checklist.values()) == {"nee", ""}
    assert entry.url == "https://blog.example/vertrouwelijk"
    assert "vermelding 1" in dialogs.shown[-1][1]
    # The reading the sidebar showed, weighed without the ignored finding.
    assert entry.reading is not None
    assert entry.reading.to_dict() == window.weighing.reading.to_dict()


def test_unanswered_checklist_questions_are_pointed_out(qtbot, dialogs):
    def notes(dialog):
        return [label.text() for label in dialog.findChildren(publish_dialog.QLabel)]

    dialog = PublishDialog(make_record(checklist={"Vraag": "ja", "Nog een": "", "Derde": ""}))
    single = PublishDialog(make_record(checklist={"Vraag": "ja", "Nog een": ""}))
    qtbot.addWidget(single)
    assert "In de checklist is 1 van de 2 vragen nog niet beantwoord." in notes(single)
    qtbot.addWidget(dialog)
    assert "In de checklist zijn 2 van de 3 vragen nog niet beantwoord." in notes(dialog)
    answered = PublishDialog(make_record())
    qtbot.addWidget(answered)
    assert not any("checklist" in text for text in notes(answered))


def test_the_reading_is_shown_before_it_is_recorded(qtbot, dialogs):
    from assistant.weighing import CRITERIA, Reading

    def notes(dialog):
        return [label.text() for label in dialog.findChildren(publish_dialog.QLabel)]

    criteria = [{"id": cid, "level": "hoog" if cid == "voorzienbaarheid" else "laag",
                 "reasons": []} for cid in CRITERIA]
    reading = Reading.from_dict({"level": "hoog", "criteria": criteria})
    weighed = PublishDialog(make_record(reading=reading))
    qtbot.addWidget(weighed)
    assert ("Afweging, wordt mee vastgelegd: hoog — voorzienbare schade"
            in notes(weighed))
    unweighed = PublishDialog(make_record())
    qtbot.addWidget(unweighed)
    assert not any("Afweging" in text for text in notes(unweighed))
