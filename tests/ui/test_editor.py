"""The editor hands Qt only the underlines on screen, so a draft of one long
line with thousands of findings stays light to type in."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QPushButton

from assistant.text import LONG_LINE, longest_line

from assistant.drafts import DraftMeta
from tests.ui.conftest import rule_ids

# One line of a megabyte, a flagged word in every thousand characters.
PARAGRAPH = "Het " + "gewone woorden " * 66 + "vertrouwelijk "
ONE_LINE = PARAGRAPH * (1_000_000 // len(PARAGRAPH))


def drawn_keys(editor) -> set[str]:
    return {key for key, _selection in editor.drawn()}


def on_screen(editor) -> set[str]:
    first, last = editor.visible_range()
    return {key for key, start, end in editor.finding_spans() if start <= last and end >= first}


def test_a_keystroke_in_a_one_megabyte_line_touches_only_the_underlines_on_screen(
        qtbot, window):
    window.load_text(ONE_LINE, None, DraftMeta())
    qtbot.waitUntil(lambda: "test.vertrouwelijk" in rule_ids(window), timeout=30_000)
    editor = window.editor
    tracked = len(editor.finding_spans())
    assert tracked >= 900

    drawn = []
    set_extra = editor.setExtraSelections
    editor.setExtraSelections = lambda selections: (drawn.append(len(selections)),
                                                    set_extra(selections))
    # Such a draft opens for reading (see the long-line tests below); what is
    # under test here is the underline bookkeeping while typing in it.
    editor.setReadOnly(False)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A)
    assert len(window.text) == len(ONE_LINE) + 1
    # However many findings the line has, Qt repaints a screenful of them.
    assert len(editor.extraSelections()) <= 50
    assert all(n <= 50 for n in drawn)
    assert drawn_keys(editor) == on_screen(editor) != set()
    assert len(editor.finding_spans()) == tracked

    # Scrolled to the end, the underlines there are drawn instead.
    first_screen = drawn_keys(editor)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.waitUntil(lambda: drawn_keys(editor) == on_screen(editor) != first_screen)
    assert len(editor.extraSelections()) <= 50


def test_an_underline_scrolled_into_view_is_drawn_where_the_finding_now_is(qtbot, window):
    window.load_text("vertrouwelijk\n" + "regel\n" * 300 + "ook vertrouwelijk", None,
                     DraftMeta())
    qtbot.waitUntil(lambda: len(window.editor.finding_spans()) == 2, timeout=5000)
    editor = window.editor
    first, last = sorted(editor.finding_spans(), key=lambda s: s[1])
    assert drawn_keys(editor) == {first[0]}
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.waitUntil(lambda: drawn_keys(editor) == {last[0]})
    ((_key, selection),) = editor.drawn()
    assert selection.cursor.selectedText() == "vertrouwelijk"


def _cursors(editor) -> dict:
    """The underlines of the test rule, by their findings' keys."""
    return {u.key: u.cursor for u in editor._underlines
            if editor._findings[u.key].rule_id == "test.vertrouwelijk"}


def test_findings_an_edit_did_not_touch_keep_their_underlines(qtbot, window):
    text = "Dit is vertrouwelijk.\nEen gewone regel.\nOok dit is vertrouwelijk."
    window.load_text(text, None, DraftMeta())
    qtbot.waitUntil(lambda: len(_cursors(window.editor)) == 2, timeout=5000)
    editor = window.editor
    before = _cursors(editor)
    cursor = editor.textCursor()
    cursor.setPosition(len("Dit is vertrouwelijk.\nEen"))
    cursor.insertText(" heel")
    window.start_check()
    # The check after the edit draws the same findings with the cursors Qt moved along.
    assert {key: id(c) for key, c in _cursors(editor).items()} == {
        key: id(c) for key, c in before.items()}
    assert [editor.toPlainText()[c.selectionStart():c.selectionEnd()]
            for c in _cursors(editor).values()] == ["vertrouwelijk", "vertrouwelijk"]


def test_a_finding_the_edit_made_gets_an_underline_of_its_own(qtbot, window):
    text = "Dit is vertrouwelijk.\nEen gewone regel."
    window.load_text(text, None, DraftMeta())
    qtbot.waitUntil(lambda: len(_cursors(window.editor)) == 1, timeout=5000)
    editor = window.editor
    (kept,) = _cursors(editor).values()
    cursor = editor.textCursor()
    cursor.setPosition(len("Dit is vertrouwelijk.\nEen"))
    cursor.insertText(" vertrouwelijke en vertrouwelijk")
    window.start_check()
    cursors = _cursors(editor)
    assert len(cursors) == 2 and sum(c is kept for c in cursors.values()) == 1
    assert sorted((c.selectionStart(), c.selectionEnd()) for c in cursors.values()) == [
        (7, 20), (len("Dit is vertrouwelijk.\nEen vertrouwelijke en "),
                  len("Dit is vertrouwelijk.\nEen vertrouwelijke en vertrouwelijk"))]


def test_where_findings_overlap_the_most_serious_underline_is_painted_last(qtbot, make_window):
    from assistant.rules.spec import parse_rule
    from tests.ui.conftest import make_settings

    # A leak (fout) and a warning that starts at the same word and runs on.
    rules = (
        parse_rule({"id": "test.lek", "type": "existence", "category": "vertrouwelijkheid",
                    "level": "fout", "stelregel": 3, "patterns": ["stuk heb ik al gezien"],
                    "message": "Lek"}),
        parse_rule({"id": "test.na", "type": "existence", "category": "besloten",
                    "level": "waarschuwing", "stelregel": 3,
                    "patterns": ["stuk heb ik al gezien\\. Op de borrel"], "message": "Na"}),
        parse_rule({"id": "test.zacht", "type": "existence", "category": "toon",
                    "level": "tip", "stelregel": 1, "patterns": ["al gezien"],
                    "message": "Zacht"}),
    )
    window = make_window(settings=make_settings(rules=rules))
    window.load_text("Het stuk heb ik al gezien. Op de borrel zei de DG iets.", None,
                     DraftMeta())
    qtbot.waitUntil(lambda: {"test.lek", "test.na", "test.zacht"} <= rule_ids(window),
                    timeout=5000)
    rule_of = {key: finding.rule_id for key, finding in window.session.visible()}
    order = [rule_of[key] for key, _selection in window.editor.drawn()]
    assert order.index("test.zacht") < order.index("test.na") < order.index("test.lek")
    colours = [selection.format.underlineColor().name()
               for _key, selection in window.editor.drawn()]
    assert colours[-1] == "#c62828"


def _bar_buttons(window) -> list[str]:
    return [button.text() for button in window.messages.findChildren(QPushButton)
            if not button.isHidden() and button.isVisibleTo(window)]


def test_a_draft_with_a_line_longer_than_any_paragraph_opens_for_reading(qtbot, window):
    text = "Kort begin.\n" + "De dijk wordt versterkt en dat duurt lang. " * 1000
    window.load_text(text, None, DraftMeta())
    assert window.editor.isReadOnly()
    qtbot.waitUntil(lambda: any("regel van" in m for m in window.messages.messages()))
    # The author can only go on by breaking the lines: there is no way to close it.
    qtbot.waitUntil(lambda: _bar_buttons(window) != [])
    assert _bar_buttons(window) == ["Regels afbreken"]

    window.messages.findChildren(QPushButton)[0].click()
    assert not window.editor.isReadOnly()
    assert longest_line(window.text) <= LONG_LINE
    assert window.text.replace("\n", " ") == text.replace("\n", " ")
    qtbot.waitUntil(lambda: not window.messages.messages())
    # One step the author can undo.
    window.editor.undo()
    assert window.text == text


def test_a_draft_whose_longest_line_is_at_the_limit_opens_for_editing(qtbot, window):
    window.load_text("x" * LONG_LINE + "\nnog een regel", None, DraftMeta())
    assert not window.editor.isReadOnly()
    qtbot.wait(50)
    assert window.messages.messages() == []


def test_the_next_draft_opens_for_editing_again(qtbot, window):
    window.load_text("woord " * (LONG_LINE // 3), None, DraftMeta())
    assert window.editor.isReadOnly()
    window.load_text("Een gewone tekst.", None, DraftMeta())
    assert not window.editor.isReadOnly()
    qtbot.waitUntil(lambda: not window.messages.messages())


def test_pasted_text_with_a_very_long_line_is_broken_and_said(qtbot, window):
    window.load_text("", None, DraftMeta())
    data = QMimeData()
    data.setText("Een zin over de begroting. " * 1500)
    window.editor.insertFromMimeData(data)
    assert longest_line(window.text) <= LONG_LINE
    assert window.text.replace("\n", " ") == data.text()
    qtbot.waitUntil(lambda: any("geplakte tekst" in m for m in window.messages.messages()))


def test_pasted_text_of_ordinary_lines_is_pasted_as_it_is(qtbot, window):
    window.load_text("", None, DraftMeta())
    data = QMimeData()
    data.setText("Een zin over de begroting.\n" * 1500)
    window.editor.insertFromMimeData(data)
    assert window.text == data.text()
    qtbot.wait(50)
    assert window.messages.messages() == []
