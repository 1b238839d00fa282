"""The window end to end, offscreen: typing, profiles, selecting, fixing,
ignoring, the checklist, drafts and autosave."""

from __future__ import annotations

import itertools
import json
import os
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from assistant.drafts import Autosave, RecentFiles, load_meta
from tests.assistant.test_storage import ROOT, killed_while_saving, temp_files
from tests.ui.conftest import make_settings, rule_ids, type_text
from ui.tasks import TaskManager
from ui.window import AUTOSAVE_DELAY_MS, MainWindow

# How long a test waits for background work on a machine busy with other work.
_SLOW_MACHINE_MS = 30_000

# A steady typist: ten characters a second, never pausing as long as the autosave delay.
KEY_INTERVAL_MS = 100


def wait_for_rule(qtbot, window, rule_id, present=True):
    qtbot.waitUntil(lambda: (rule_id in rule_ids(window)) == present, timeout=3000)


def test_typing_produces_findings_in_the_sidebar_off_the_ui_thread(qtbot, make_window):
    window = make_window(synchronous=False)
    qtbot.waitUntil(lambda: window.engine is not None, timeout=5000)
    type_text(qtbot, window, "Dit stuk is vertrouwelijk.")
    wait_for_rule(qtbot, window, "test.vertrouwelijk")
    titles = [window.findings.tree.topLevelItem(i).text(0)
              for i in range(window.findings.tree.topLevelItemCount())]
    assert any(t.startswith("Stelregel 2") and "(1)" in t for t in titles)
    assert window.findings.summary.tiles[2].accessibleName().endswith("niet in orde")
    assert window.findings.summary.tiles[1].accessibleName().endswith("in orde")


def test_switching_profile_changes_the_findings(qtbot, window):
    window.editor.setPlainText("Wij op het ministerie vinden dat onzin.")
    wait_for_rule(qtbot, window, "test.wij")
    assert "test.onzin" not in rule_ids(window)
    window.role_bar.buttons["functie"].click()
    wait_for_rule(qtbot, window, "test.onzin")
    assert "test.wij" not in rule_ids(window)
    assert window.session.meta.profile == "functie"
    assert "Anna de Vries" in window.role_bar.banner.text()


def test_selecting_a_finding_selects_its_span_after_an_emoji(qtbot, window):
    text = "Mooi 😀 weer, maar dit is vertrouwelijk 🙈 hoor."
    window.editor.setPlainText(text)
    wait_for_rule(qtbot, window, "test.vertrouwelijk")
    key = next(k for k, f in window.session.visible() if f.rule_id == "test.vertrouwelijk")
    tree = window.findings.tree
    item = next(tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
                for j in range(tree.topLevelItem(i).childCount())
                if tree.topLevelItem(i).child(j).data(0, Qt.ItemDataRole.UserRole) == key)
    tree.setCurrentItem(item)
    assert window.editor.textCursor().selectedText() == "vertrouwelijk"
    assert "Deel geen vertrouwelijke stukken." in window.findings.details.toPlainText()


def test_the_fix_applies_as_one_undo_step(qtbot, window):
    window.change_mode("functie")
    window.editor.setPlainText("Dat plan is 🙂 onzin.")
    wait_for_rule(qtbot, window, "test.onzin")
    key = next(k for k, f in window.session.visible() if f.rule_id == "test.onzin")
    window.select_finding(key)
    window.findings.fix_button.click()
    assert window.text == "Dat plan is 🙂 niet overtuigend."
    wait_for_rule(qtbot, window, "test.onzin", present=False)
    window.editor.undo()
    assert window.text == "Dat plan is 🙂 onzin."


def test_the_fix_follows_the_text_typed_before_it(qtbot, window):
    window.change_mode("functie")
    window.editor.setPlainText("Dat is onzin.")
    wait_for_rule(qtbot, window, "test.onzin")
    key = next(k for k, f in window.session.visible() if f.rule_id == "test.onzin")
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText("Echt: ")
    window.apply_fix(key)
    assert window.text == "Echt: Dat is niet overtuigend."


def test_ignore_hides_a_finding_survives_edits_and_can_be_undone(qtbot, window):
    window.editor.setPlainText("Het stuk was vertrouwelijk.")
    wait_for_rule(qtbot, window, "test.vertrouwelijk")
    key = next(k for k, f in window.session.visible() if f.rule_id == "test.vertrouwelijk")
    window.findings.select(key)
    window.findings.reason.setText("staat al in het openbare rapport")
    window.findings.ignore_button.click()
    assert "test.vertrouwelijk" not in rule_ids(window)
    assert window.session.meta.ignored[key] == "staat al in het openbare rapport"
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText("Let op. ")
    qtbot.waitUntil(lambda: window.session.result.text.startswith("Let op."), timeout=3000)
    assert "test.vertrouwelijk" not in rule_ids(window)
    window.act_undo_ignore.trigger()
    assert "test.vertrouwelijk" in rule_ids(window)


def test_f8_walks_through_the_findings(qtbot, window):
    window.editor.setPlainText("Vertrouwelijk. En nog eens vertrouwelijk.")
    qtbot.waitUntil(lambda: len(window.findings_shown()) == 2, timeout=3000)
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    window.editor.setTextCursor(cursor)
    qtbot.keyClick(window.editor, Qt.Key.Key_F8)
    assert window.editor.textCursor().selectionStart() == 27
    qtbot.keyClick(window.editor, Qt.Key.Key_F8)
    assert window.editor.textCursor().selectionStart() == 0
    qtbot.keyClick(window.editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.editor.textCursor().selectionStart() == 27


def test_checklist_answers_survive_save_and_reopen(qtbot, make_window, tmp_path):
    window = make_window()
    window.editor.setPlainText("Een bericht over fietspaden.")
    combo_id, combo = next(iter(window.checklist.combos.items()))
    combo.setCurrentIndex(combo.findData("ja"))
    window.change_platform("mastodon")
    path = tmp_path / "bericht.txt"
    assert window.save_to(path)
    assert path.read_text(encoding="utf-8") == "Een bericht over fietspaden."
    assert load_meta(path).checklist == {combo_id: "ja"}

    other = make_window()
    assert other.open_path(path)
    assert other.text == "Een bericht over fietspaden."
    assert other.session.meta.platform == "mastodon"
    assert other.role_bar.platform.currentData() == "mastodon"
    assert other.checklist.combos[combo_id].currentData() == "ja"
    assert not other.is_modified()


def test_autosave_and_restore_after_a_crash(qtbot, make_window, tmp_path, dialogs):
    directory = tmp_path / "autosave"
    crashed = make_window(autosave=Autosave(directory, alive=lambda pid: True))
    crashed.editor.setPlainText("Half af, nog niet opgeslagen 😀")
    crashed.change_mode("functie")
    qtbot.waitUntil(lambda: crashed.autosave.file.exists(), timeout=5000)
    # The process dies here: no close, no clean-up; the next start sees a dead pid.
    restarted = make_window(autosave=Autosave(directory, alive=lambda pid: pid != os.getpid()))
    dialogs.answer = dialogs.answer.Yes
    restarted.offer_recovery()
    assert dialogs.shown and "herstellen" in dialogs.shown[-1][1]
    assert restarted.text == "Half af, nog niet opgeslagen 😀"
    assert restarted.session.meta.profile == "functie"
    assert restarted.is_modified()
    assert not crashed.autosave.file.exists()
    assert restarted.autosave.file.exists()


def test_steady_typing_is_autosaved_within_two_seconds_while_it_goes_on(qtbot, make_window):
    window = make_window(synchronous=False)
    window.editor.setFocus()
    sentence = itertools.cycle("Ik typ door. ")
    typed, saves = "", []  # saves: (seconds since the first keystroke, text saved)
    started = time.monotonic()
    while time.monotonic() - started < 2.5 * AUTOSAVE_DELAY_MS / 1000:
        char = next(sentence)
        qtbot.keyClicks(window.editor, char)
        typed += char
        qtbot.wait(KEY_INTERVAL_MS)
        if window.autosave.file.exists():
            saved = json.loads(window.autosave.file.read_text(encoding="utf-8"))["text"]
            if not saves or saves[-1][1] != saved:
                saves.append((time.monotonic() - started, saved))
    assert window.text == typed
    assert len(saves) >= 2, "no autosave while typing went on"
    assert saves[0][0] <= 2.0
    assert all(typed.startswith(saved) for _t, saved in saves)
    assert len(saves[-1][1]) < len(typed)


class HeldAutosave(Autosave):
    """Writes only when the test lets it, to catch a window in mid-autosave."""

    def __init__(self, directory):
        super().__init__(directory)
        self.go = threading.Event()
        self.started = self.writes = 0

    def save(self, *args):
        self.started += 1
        assert self.go.wait(_SLOW_MACHINE_MS / 1000)
        super().save(*args)
        self.writes += 1


def edit(window, text: str) -> None:
    window.editor.selectAll()
    window.editor.insertPlainText(text)


def saved_text(autosave: Autosave) -> str:
    return json.loads(autosave.file.read_text(encoding="utf-8"))["text"]


def test_autosaves_are_written_one_at_a_time_and_a_save_meanwhile_wins(qtbot, make_window,
                                                                       tmp_path):
    autosave = HeldAutosave(tmp_path / "autosave")
    window = make_window(synchronous=False, autosave=autosave)
    edit(window, "eerste")
    window.autosave_now()
    edit(window, "tweede")
    window.autosave_now()
    # The first save has started (on a busy machine that takes a while); the
    # second waits for it, however long it holds.
    qtbot.waitUntil(lambda: autosave.started == 1, timeout=_SLOW_MACHINE_MS)
    qtbot.wait(200)
    assert autosave.started == 1
    autosave.go.set()
    qtbot.waitUntil(lambda: autosave.writes == 2 and saved_text(autosave) == "tweede",
                    timeout=_SLOW_MACHINE_MS)

    autosave.go.clear()
    edit(window, "derde")
    window.autosave_now()
    assert window.save_to(tmp_path / "concept.txt")
    autosave.go.set()
    qtbot.waitUntil(lambda: autosave.writes == 3, timeout=_SLOW_MACHINE_MS)
    qtbot.waitUntil(lambda: not autosave.file.exists(), timeout=_SLOW_MACHINE_MS)


def test_a_start_removes_copies_killed_saves_left_beside_a_recent_draft(make_window, tmp_path):
    draft = tmp_path / "concepten" / "concept.txt"
    draft.parent.mkdir()
    draft.write_text("bewaard", encoding="utf-8")
    RecentFiles(tmp_path / "recent.json").add(draft)
    killed_while_saving(draft, ROOT)
    assert temp_files(draft.parent)
    make_window()
    assert temp_files(draft.parent) == []
    assert draft.read_text(encoding="utf-8") == "bewaard"


def test_declining_recovery_removes_the_old_autosave(make_window, tmp_path, dialogs):
    directory = tmp_path / "autosave"
    Autosave(directory).save("oud werk", load_meta(tmp_path / "x.txt"), None)
    window = make_window(autosave=Autosave(directory, alive=lambda pid: False))
    dialogs.answer = dialogs.answer.No
    window.offer_recovery()
    assert window.text == ""
    assert list(directory.glob("*.json")) == []


def test_a_binary_file_shows_an_error_and_keeps_the_text(window, tmp_path, dialogs):
    window.editor.setPlainText("Mijn getypte tekst")
    binary = tmp_path / "foto.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert not window.open_path(binary)
    assert "geen tekstbestand" in dialogs.shown[-1][1]
    assert window.text == "Mijn getypte tekst"


def test_a_missing_file_shows_an_error(window, tmp_path, dialogs):
    assert not window.open_path(tmp_path / "weg.txt")
    assert "bestaat niet" in dialogs.shown[-1][1]


def test_closing_with_unsaved_changes_asks(qtbot, window, dialogs):
    type_text(qtbot, window, "Nog niet bewaard")
    dialogs.answer = dialogs.answer.Cancel
    assert not window.close()
    assert dialogs.shown[-1][0] == "Niet opgeslagen wijzigingen"
    dialogs.answer = dialogs.answer.Discard
    assert window.close()


def test_the_platform_counter_shows_the_limit(window):
    window.change_platform("x")
    window.editor.setPlainText("a" * 300)
    window.start_check()
    assert window.role_bar.counter.text().endswith("300 / 280</b>")
    window.change_platform("blog")
    assert "tekens" in window.role_bar.counter.text()


def test_a_broken_config_shows_a_message_and_the_window_works(make_window, isolated_dirs,
                                                             qtbot):
    from assistant.config import load_settings

    config = isolated_dirs["config"] / "glazenhuis" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("[identity\nname = 'kapot'\n", encoding="utf-8")
    settings = load_settings()
    assert settings.problems
    window = make_window(settings=make_settings(problems=settings.problems))
    (message,) = window.messages.messages()
    assert "config.toml" in message
    window.editor.setPlainText("vertrouwelijk")
    wait_for_rule(qtbot, window, "test.vertrouwelijk")


def test_a_broken_department_rule_falls_back_to_the_built_in_rules(qtbot, make_window):
    from assistant.rules.spec import parse_rule

    broken = parse_rule({"id": "afd.kapot", "type": "code", "check": "bestaat-niet",
                         "category": "c", "message": "m"})
    window = make_window(settings=make_settings(rules=(broken,)))
    qtbot.waitUntil(lambda: window.engine is not None, timeout=5000)
    (message,) = window.messages.messages()
    assert "De regels konden niet worden geladen" in message
    assert window.settings.rules == ()


def test_hovering_an_underline_shows_the_message(qtbot, window):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    window.editor.setPlainText("Dit is 😀 vertrouwelijk.")
    wait_for_rule(qtbot, window, "test.vertrouwelijk")
    key = window.session.visible()[0][0]
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.span_of(key)[0] + 3)
    pos = window.editor.cursorRect(cursor).center()
    global_pos = window.editor.viewport().mapToGlobal(pos)
    window.editor.event(QHelpEvent(QEvent.Type.ToolTip, pos, global_pos))
    assert QToolTip.text() == "Vertrouwelijke informatie"
    window.editor.event(QHelpEvent(QEvent.Type.ToolTip, QPoint(1, 1),
                                   window.editor.viewport().mapToGlobal(QPoint(1, 1))))
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)


def test_a_finding_about_the_whole_draft_is_listed_but_not_drawn(qtbot, make_window):
    from assistant.rules.spec import parse_rule

    whole = parse_rule({"id": "test.lang", "type": "existence", "category": "c",
                        "stelregel": 4, "patterns": ["(?s)Begin.*einde"], "scope": "text",
                        "message": "Te lang"})
    window = make_window(settings=make_settings(rules=(whole,)))
    window.editor.setPlainText("Begin " + "tekst " * 80 + "einde")
    wait_for_rule(qtbot, window, "test.lang")
    key = next(k for k, f in window.session.visible() if f.rule_id == "test.lang")
    drawn = dict(window.editor.drawn())
    assert drawn[key].format.underlineStyle() == drawn[key].format.UnderlineStyle.NoUnderline
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.goto_finding()
    assert window.editor.textCursor().selectedText().startswith("Begin")


def test_a_sidecar_with_unknown_values_opens_with_the_defaults(window, tmp_path):
    path = tmp_path / "oud.md"
    path.write_text("# Kop\n\nTekst", encoding="utf-8")
    (tmp_path / "oud.md.glazenhuis.json").write_text(
        '{"profile": "baas", "platform": "myspace", "checklist": {"x": "ja"}}', encoding="utf-8")
    assert window.open_path(path)
    assert window.session.meta.profile == "prive"
    assert window.session.meta.platform == "blog"
    assert window.text == "# Kop\n\nTekst"


class ChangedOnDisk:
    """Answers the question a save asks when the file changed elsewhere."""

    def __init__(self, answer: str):
        self.answer, self.asked = answer, []

    def install(self, monkeypatch) -> "ChangedOnDisk":
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.exec(box))
        return self

    def exec(self, box) -> int:
        self.asked.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        if self.answer == "cancel":
            box.button(box.StandardButton.Cancel).click()
        elif self.answer:
            next(b for b in box.buttons() if b.text() == self.answer).click()
        return 0


@pytest.fixture
def two_windows_on_one_draft(make_window, tmp_path):
    path = tmp_path / "concept.txt"
    path.write_text("Eerste alinea.\n", encoding="utf-8")
    first, second = make_window(), make_window()
    assert first.open_path(path) and second.open_path(path)
    first.editor.appendPlainText("De alinea van het eerste venster.")
    assert first.save()
    second.editor.appendPlainText("De alinea van het tweede venster.")
    return path, first, second


@pytest.mark.parametrize("answer", ["cancel", ""], ids=["cancel", "closed"])
def test_a_save_over_changes_made_elsewhere_asks_and_cancel_keeps_both(
        two_windows_on_one_draft, monkeypatch, answer):
    path, _first, second = two_windows_on_one_draft
    dialog = ChangedOnDisk(answer).install(monkeypatch)
    assert not second.save()
    [(title, text, buttons)] = dialog.asked
    assert title == "Concept is elders gewijzigd" and "concept.txt" in text
    assert "Overschrijven" in buttons and "Opslaan als…" in buttons
    assert "eerste venster" in path.read_text(encoding="utf-8")
    assert second.is_modified() and "tweede venster" in second.text


def test_overwriting_after_the_question_saves_and_asks_no_more(two_windows_on_one_draft,
                                                               monkeypatch):
    path, _first, second = two_windows_on_one_draft
    dialog = ChangedOnDisk("Overschrijven").install(monkeypatch)
    assert second.save()
    assert "tweede venster" in path.read_text(encoding="utf-8")
    second.editor.appendPlainText("Nog een zin.")
    assert second.save()
    assert len(dialog.asked) == 1


def test_save_as_after_the_question_keeps_both_texts(two_windows_on_one_draft, monkeypatch,
                                                     tmp_path):
    path, _first, second = two_windows_on_one_draft
    ChangedOnDisk("Opslaan als…").install(monkeypatch)
    other = tmp_path / "concept-tweede.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    assert second.save()
    assert "eerste venster" in path.read_text(encoding="utf-8")
    assert "tweede venster" in other.read_text(encoding="utf-8")
    assert second.session.path == other


def test_a_save_of_an_unchanged_file_does_not_ask(make_window, tmp_path, monkeypatch):
    path = tmp_path / "concept.txt"
    path.write_text("Tekst.\n", encoding="utf-8")
    window = make_window()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("asked for nothing"))
    assert window.open_path(path)
    window.editor.setPlainText("Tekst, aangepast.\n")
    assert window.save()
    window.editor.setPlainText("Tekst, nog eens aangepast.\n")
    assert window.save()
    # Touched but not changed (a sync tool, a backup): nothing to ask either.
    os.utime(path)
    window.editor.setPlainText("Tekst, voor de derde keer.\n")
    assert window.save()


def test_the_window_quits_within_a_second_while_languagetool_trickles(qtbot, make_window):
    from assistant.settings import LanguageToolSettings
    from tests.assistant.language import lt_standin

    requests = []
    server = lt_standin.serve(trickle=("check",), requests=requests)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        window = make_window(settings=make_settings(languagetool=LanguageToolSettings(url=url)),
                             synchronous=False)
        qtbot.waitUntil(lambda: window.language is not None
                        and window.language.status().grammar_state == "actief", timeout=10000)
        window.editor.setPlainText("Zij zeggen dat hun hebben gewonnen.")
        qtbot.waitUntil(lambda: any(method == "POST" for method, *_ in requests), timeout=10000)
        started = time.monotonic()
        assert window.close()
        assert time.monotonic() - started < 1
    finally:
        server.shutdown()
        server.server_close()


def test_an_offline_grammar_finding_shows_and_its_fix_applies(qtbot, window):
    window.editor.setPlainText("Hij vind het een goed plan.")
    wait_for_rule(qtbot, window, "grammatica.dt-zonder-t")
    key = next(k for k, f in window.session.visible() if f.rule_id == "grammatica.dt-zonder-t")
    window.select_finding(key)
    assert window.findings.fix_button.isEnabled()
    window.findings.fix_button.click()
    assert window.text == "Hij vindt het een goed plan."
    wait_for_rule(qtbot, window, "grammatica.dt-zonder-t", present=False)


def test_a_save_takes_in_the_answers_another_window_saved_and_shows_them(make_window, tmp_path):
    path = tmp_path / "concept.txt"
    path.write_text("Eerste alinea.\n", encoding="utf-8")
    first, second = make_window(), make_window()
    assert first.open_path(path) and second.open_path(path)
    first_item, second_item = list(first.checklist.combos)[:2]
    first.checklist.combos[first_item].setCurrentIndex(
        first.checklist.combos[first_item].findData("ja"))
    assert first.save()
    second.checklist.combos[second_item].setCurrentIndex(
        second.checklist.combos[second_item].findData("nee"))
    assert second.save()
    # Both answers are kept, and the second window now shows the first one's too.
    assert load_meta(path).checklist == {first_item: "ja", second_item: "nee"}
    assert second.checklist.combos[first_item].currentData() == "ja"


def test_the_rules_load_in_the_background_once_the_window_is_painted(qtbot, make_window,
                                                                      tmp_path):
    window = make_window()
    assert window.engine is not None
    late = MainWindow(make_settings(), tasks=TaskManager(synchronous=True),
                      autosave=Autosave(tmp_path / "late"),
                      recent=RecentFiles(tmp_path / "late.json"))
    qtbot.addWidget(late)
    qtbot.wait(50)
    assert late.engine is None  # not while it is not on screen
    late.show()
    qtbot.waitUntil(lambda: late.engine is not None, timeout=3000)
