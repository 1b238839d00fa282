"""Parts that plug into the window: spelling from the language service, the
editor's context menu, settings with managed values, the logbook hooks."""

from __future__ import annotations

import sys
import types
from dataclasses import replace

import pytest

import assistant.language
from assistant.drafts import DraftMeta
from assistant.findings import Finding, Severity
from assistant.published import PublishRecord
from assistant.settings import Identity
from tests.ui.conftest import make_settings, rule_ids
from ui.check_cycle import SUGGEST_DELAY_MS


class FakeStatus:
    spelling_state, spelling_reason = "actief", "woordenboek geladen"
    grammar_state, grammar_reason = "uit", "geen LanguageTool ingesteld"


class FakeReadability:
    score, band, advice = 72.4, "makkelijk", ""


class FakeLanguage:
    """Stands in for LanguageService: flags words it does not know."""

    added: list[str] = []

    def __init__(self, settings):
        self.known = {"Dit", "is", "een", "zin"}

    def load_spelling(self):
        pass

    def start_grammar(self):
        pass

    def status(self):
        return FakeStatus()

    def check(self, text):
        findings = []
        for word in text.replace(".", " ").split():
            if word.isalpha() and word not in self.known:
                start = text.index(word)
                findings.append(Finding("spelling.onbekend-woord", "spelling", None,
                                        Severity.TIP, start, start + len(word),
                                        f"Onbekend woord: {word}", "", suggestions=("zin",)))
        return findings

    def readability(self, text):
        return FakeReadability()

    def add_word(self, word):
        self.added.append(word)
        self.known.add(word)

    def close(self):
        pass


@pytest.fixture
def fake_language(monkeypatch):
    FakeLanguage.added = []
    monkeypatch.setattr(assistant.language, "LanguageService", FakeLanguage)


def test_spelling_findings_with_menu_suggestion_and_add_word(qtbot, make_window, fake_language):
    window = make_window()
    assert "Spelling: actief" in window.language_status.text()
    window.editor.setPlainText("Dit is een 😀 zinn.")
    qtbot.waitUntil(lambda: "spelling.onbekend-woord" in rule_ids(window), timeout=3000)
    assert "72 (makkelijk)" in window.findings.readability.text()
    group = window.findings.tree.topLevelItem(0).text(0)
    assert group == "Taal en platform (1) · in orde"

    key = window.session.visible()[0][0]
    start, _end = window.editor.span_of(key)
    cursor = window.editor.textCursor()
    cursor.setPosition(start + 1)
    menu = window.editor.context_menu_at(window.editor.cursorRect(cursor).center())
    texts = [a.text() for a in menu.actions()]
    assert {"zin", "Negeren", "Toevoegen aan woordenboek"} <= set(texts)
    next(a for a in menu.actions() if a.text() == "zin").trigger()
    assert window.text == "Dit is een 😀 zin."
    qtbot.waitUntil(lambda: window.session.result.text == window.text, timeout=3000)
    window.editor.undo()
    qtbot.waitUntil(lambda: window.session.result.text == "Dit is een 😀 zinn.", timeout=3000)
    assert "spelling.onbekend-woord" in rule_ids(window)
    menu = window.editor.context_menu_at(window.editor.cursorRect(cursor).center())
    next(a for a in menu.actions() if a.text() == "Toevoegen aan woordenboek").trigger()
    assert FakeLanguage.added == ["zinn"]
    qtbot.waitUntil(lambda: "spelling.onbekend-woord" not in rule_ids(window), timeout=3000)


def test_ignore_from_the_context_menu(qtbot, make_window, fake_language):
    window = make_window()
    window.editor.setPlainText("Het stuk was vertrouwelijk.")
    qtbot.waitUntil(lambda: "test.vertrouwelijk" in rule_ids(window), timeout=3000)
    key = next(k for k, f in window.session.visible() if f.rule_id == "test.vertrouwelijk")
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.span_of(key)[0] + 2)
    menu = window.editor.context_menu_at(window.editor.cursorRect(cursor).center())
    negeren = [a for a in menu.actions() if a.text() == "Negeren"]
    negeren[0].trigger()
    assert "test.vertrouwelijk" not in rule_ids(window)
    assert key in window.session.meta.ignored


def test_settings_dialog_marks_managed_values_and_saves_the_rest(qtbot, make_window,
                                                                 isolated_dirs):
    from assistant.config import load_settings
    from ui.settings_dialog import SettingsDialog

    settings = make_settings(identity=Identity("Anna", "adviseur", "Ministerie van IenW"),
                             locked=frozenset({"identity.department"}))
    window = make_window(settings=settings)
    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    department = dialog.fields["identity.department"]
    assert department.isReadOnly()
    assert department.cursorPosition() == 0
    assert department.toolTip() == "beheerd door je organisatie"
    assert dialog.fields["identity.name"].isEnabled()
    dialog.fields["identity.function"].setText("senior adviseur")
    department.setText("iets anders")
    assert dialog.values() == {"identity.function": "senior adviseur"}
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert load_settings().identity.function == "senior adviseur"
    window.apply_settings(dialog.saved_settings)
    assert window.identity.function == "senior adviseur"


def test_the_logbook_gets_a_snapshot_of_the_draft(qtbot, make_window, monkeypatch):
    received = []
    publish = types.ModuleType("ui.publish_dialog")
    publish.mark_published = lambda parent, record: received.append(record)
    monkeypatch.setitem(sys.modules, "ui.publish_dialog", publish)
    window = make_window()
    window.editor.setPlainText("Het stuk was vertrouwelijk.")
    qtbot.waitUntil(lambda: "test.vertrouwelijk" in rule_ids(window), timeout=3000)
    key = window.session.visible()[0][0]
    window.ignore(key, "stond al in de krant")
    next(iter(window.checklist.combos.values())).setCurrentIndex(2)
    assert window.act_publish.isEnabled()
    window.act_publish.trigger()
    (record,) = received
    assert isinstance(record, PublishRecord)
    assert record.text == "Het stuk was vertrouwelijk."
    assert record.ignored == {key: "stond al in de krant"}
    assert list(record.checklist.values()) == ["nee"]
    assert record.profile == "prive" and record.platform == window.platform.id


def test_logbook_actions_are_disabled_without_the_modules(make_window, monkeypatch):
    monkeypatch.setitem(sys.modules, "ui.publish_dialog", None)
    monkeypatch.setitem(sys.modules, "ui.logbook_window", None)
    window = make_window()
    assert not window.act_publish.isEnabled() and not window.act_logbook.isEnabled()


def test_two_windows_saving_settings_keep_each_others_changes(qtbot, make_window):
    from assistant.config import load_settings
    from ui.settings_dialog import SettingsDialog

    settings = make_settings(identity=Identity("Anna", "adviseur", "Ministerie van IenW"))
    first = SettingsDialog(settings, make_window(settings=settings))
    second = SettingsDialog(settings, make_window(settings=settings))
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    first.fields["identity.name"].setText("Anna de Vries")
    second.fields["identity.function"].setText("senior adviseur")
    first.save()
    # The second window opened its settings before the first saved.
    second.save()
    identity = load_settings().identity
    assert (identity.name, identity.function) == ("Anna de Vries", "senior adviseur")


class LookingUpLanguage(FakeLanguage):
    """Suggests only for words it looked up, as the service does in the window."""

    looked_up: list[list[str]] = []

    def __init__(self, settings):
        super().__init__(settings)
        self.found: set[str] = set()

    def check(self, text):
        return [replace(f, suggestions=("zin",) if text[f.start:f.end] in self.found else ())
                for f in super().check(text)]

    def look_up_suggestions(self, words):
        self.looked_up.append(list(words))
        new = set(words) - self.found
        self.found |= new
        return bool(new)


def test_suggestions_are_looked_up_once_the_text_stands(qtbot, make_window, monkeypatch):
    LookingUpLanguage.looked_up = []
    monkeypatch.setattr(assistant.language, "LanguageService", LookingUpLanguage)
    window = make_window()
    window.editor.setPlainText("Dit is een zinn.")
    qtbot.waitUntil(lambda: bool(window.findings_shown()), timeout=3000)
    assert window.findings_shown()[0].suggestions == ()
    qtbot.waitUntil(lambda: window.findings_shown()[0].suggestions == ("zin",), timeout=3000)
    assert LookingUpLanguage.looked_up == [["zinn"]]
    # A word that has its suggestions is not looked up again.
    qtbot.wait(SUGGEST_DELAY_MS + 200)
    assert LookingUpLanguage.looked_up == [["zinn"]]


def test_the_window_checks_edits_incrementally_with_the_findings_of_a_whole_check(
        qtbot, make_window):
    window = make_window()
    lines = [f"Regel {n}: dit stuk is vertrouwelijk." for n in range(20)]
    window.editor.setPlainText("\n".join(lines))
    cursor = window.editor.textCursor()
    cursor.setPosition(len(lines[0]) + 1 + len("Regel 1"))
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, " niet")
    qtbot.waitUntil(lambda: window.session.result.text == window.text, timeout=3000)
    assert window.checks.incremental._lines == window.text.split("\n")
    ctx = window.engine.context(window.session.meta.profile, window.platform.id,
                                window.identity)
    assert window.session.result.findings == window.engine.check_context(window.text, ctx)


def test_a_drafts_first_check_is_whole_and_the_incremental_check_takes_it_in_after(
        qtbot, make_window, monkeypatch):
    import ui.check_cycle

    window = make_window()
    whole = []
    real = ui.check_cycle.run_checks

    def recording(*args):
        whole.append(args[-1] is None)
        return real(*args)

    monkeypatch.setattr(ui.check_cycle, "run_checks", recording)
    window.load_text("Dit stuk is vertrouwelijk.\nNog een regel.", None, DraftMeta())
    qtbot.waitUntil(lambda: len(whole) >= 2, timeout=3000)
    assert whole[:2] == [True, False]
    assert window.checks.incremental._lines == window.text.split("\n")
    # An edit to the same draft is checked incrementally only.
    checked = len(whole)
    qtbot.keyClicks(window.editor, "x")
    qtbot.waitUntil(lambda: window.session.result.text == window.text, timeout=3000)
    assert whole[checked:] and not any(whole[checked:])


def test_what_the_incremental_check_read_of_a_draft_is_kept_from_the_collector_once(
        qtbot, make_window, monkeypatch):
    import ui.check_cycle

    window = make_window()
    frozen = []
    monkeypatch.setattr(ui.check_cycle, "_keep_from_collector",
                        lambda: frozen.append(list(window.checks.incremental._lines)))
    window.load_text("Dit stuk is vertrouwelijk.\nNog een regel.", None, DraftMeta())
    qtbot.waitUntil(lambda: bool(frozen), timeout=3000)
    # Once the incremental check has read the draft, not after the whole check before it.
    assert frozen == [["Dit stuk is vertrouwelijk.", "Nog een regel."]]
    # An edit replaces only what it changed: nothing more to keep aside.
    qtbot.keyClicks(window.editor, "x")
    qtbot.waitUntil(lambda: window.session.result.text == window.text, timeout=3000)
    assert len(frozen) == 1


def test_a_drafts_first_findings_are_followed_by_compiling_the_patterns_once(
        qtbot, make_window, monkeypatch):
    from assistant.incremental import IncrementalCheck

    window = make_window()
    compiled = []
    monkeypatch.setattr(IncrementalCheck, "compile_patterns",
                        lambda self, ctx: compiled.append((ctx.profile.id, ctx.platform.id)))
    window.load_text("Dit stuk is vertrouwelijk.\nNog een regel.", None, DraftMeta())
    qtbot.waitUntil(lambda: bool(compiled), timeout=3000)
    assert compiled == [(window.session.meta.profile, window.platform.id)]
    # Checks after an edit find them compiled.
    qtbot.keyClicks(window.editor, "x")
    qtbot.waitUntil(lambda: window.session.result.text == window.text, timeout=3000)
    assert len(compiled) == 1


def test_the_incremental_check_prepares_for_an_edit_where_the_cursor_rests(
        qtbot, make_window, monkeypatch):
    from assistant.incremental import IncrementalCheck

    window = make_window()
    prepared = []
    real = IncrementalCheck.prepare_edit

    def recording(self, text, ctx, position):
        prepared.append((text, position, real(self, text, ctx, position)))
        return prepared[-1][2]

    monkeypatch.setattr(IncrementalCheck, "prepare_edit", recording)
    window.load_text("Dit stuk is vertrouwelijk.\nNog een regel.", None, DraftMeta())
    qtbot.waitUntil(lambda: bool(prepared), timeout=3000)
    # The checked text, at the cursor, and taken up: the incremental check had read it.
    assert prepared[-1] == (window.text, window.editor.textCursor().position(), True)
    cursor = window.editor.textCursor()
    cursor.setPosition(len("Dit stuk is vertrouwelijk.\nNog"))
    window.editor.setTextCursor(cursor)
    qtbot.waitUntil(lambda: prepared[-1][1] == cursor.position(), timeout=3000)
    # Typing there gives the findings of a whole check.
    qtbot.keyClicks(window.editor, " een")
    qtbot.waitUntil(lambda: window.session.result.text == window.text, timeout=3000)
    ctx = window.engine.context(window.session.meta.profile, window.platform.id,
                                window.identity)
    assert window.session.result.findings == window.engine.check_context(window.text, ctx)


def _start_window(qtbot, tmp_path, text: str):
    """A window whose text is there before its background work starts, as with
    a draft opened from the command line; its rules are not built until asked."""
    from assistant.drafts import Autosave, RecentFiles
    from ui.tasks import TaskManager
    from ui.window import MainWindow

    window = MainWindow(make_settings(), tasks=TaskManager(synchronous=True),
                        autosave=Autosave(tmp_path / "autosave"),
                        recent=RecentFiles(tmp_path / "recent.json"))
    qtbot.addWidget(window)
    window.editor.setPlainText(text)
    window.show()
    qtbot.waitUntil(lambda: window._started, timeout=3000)
    qtbot.wait(1)
    return window


def test_a_draft_at_the_start_has_its_rule_findings_before_the_dictionary_loads(
        qtbot, tmp_path, fake_language, monkeypatch):
    from ui.check_cycle import CheckCycle

    start_engine = CheckCycle.start_engine
    monkeypatch.setattr(CheckCycle, "start_engine", lambda self: None)
    shown_at_load = []
    monkeypatch.setattr(FakeLanguage, "load_spelling",
                        lambda self: shown_at_load.append(window.session.result))
    window = _start_window(qtbot, tmp_path, "Dit is een zinn.")
    assert window.language is None and not shown_at_load
    start_engine(window.checks)
    assert window.language is not None
    assert shown_at_load[0] is not None and shown_at_load[0].text == "Dit is een zinn."
    assert "Spelling: actief" in window.language_status.text()


def test_an_empty_window_loads_the_dictionary_without_waiting_for_the_rules(
        qtbot, tmp_path, fake_language, monkeypatch):
    from ui.check_cycle import CheckCycle

    monkeypatch.setattr(CheckCycle, "start_engine", lambda self: None)
    window = _start_window(qtbot, tmp_path, "")
    assert window.language is not None
    assert window.session.result is None


def test_the_window_starts_its_background_work_at_its_first_paint_and_then_steps_aside(
        qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMainWindow

    from assistant.drafts import Autosave, RecentFiles
    from ui.tasks import TaskManager
    from ui.window import FirstPaint, MainWindow

    started = []
    monkeypatch.setattr(MainWindow, "_start_background", lambda self: started.append(self))
    window = MainWindow(make_settings(), tasks=TaskManager(synchronous=True),
                        autosave=Autosave(tmp_path / "autosave"),
                        recent=RecentFiles(tmp_path / "recent.json"))
    qtbot.addWidget(window)
    # Not shown, not painted: nothing starts yet.
    qtbot.wait(10)
    assert not window._started and not started and window.findChildren(FirstPaint)
    window.show()
    qtbot.waitUntil(lambda: started == [window], timeout=3000)
    # Later paints of the window run without Python in between: no handler of
    # the first paint is left, and the window handles its events as Qt does.
    qtbot.waitUntil(lambda: not window.findChildren(FirstPaint), timeout=3000)
    assert MainWindow.event is QMainWindow.event
    window.repaint()
    qtbot.wait(10)
    assert started == [window]
