"""The editor hands Qt only the underlines on screen, so a draft of one long
line with thousands of findings stays light to type in."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A)
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
