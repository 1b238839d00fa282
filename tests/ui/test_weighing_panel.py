"""The reading of stelregel 2 at the top of the sidebar: it follows the draft,
the profile and what the author ignores, opens to the six criteria, and points
out the words a reason is about."""

from __future__ import annotations

import threading
import types

from PySide6.QtCore import Qt

import assistant.session
from assistant.weighing import CRITERIA, Level
from tests.ui.conftest import rule_ids

INNOCENT = "Mooi weer vandaag, we gaan fietsen in het bos."
LEAK = "Het rapport over de sluis is nog vertrouwelijk, maar de kosten zijn 40 miljoen hoger."
OPINION = "Eerlijk gezegd vind ik de dijkversterking een slecht plan van minister Jansen."


def read(window, text: str) -> None:
    window.editor.setPlainText(text)
    window.start_check()


def level(window) -> Level | None:
    reading = window.weighing.reading
    return reading.level if reading else None


def test_the_reading_appears_with_the_findings_and_says_why(qtbot, window):
    panel = window.weighing
    assert panel.summary.accessibleName() == "Afweging: nog leeg"
    window.change_platform("x")
    read(window, LEAK)
    assert level(window) is Level.HOOG
    assert panel.reading is window.session.result.reading
    spoken = panel.toggle.accessibleName()
    assert spoken.startswith("Afweging: hoog — ") and "voorzienbare schade" in spoken
    assert panel.summary.accessibleName() == spoken
    assert "hoog" in panel.summary.text() and "voorzienbare schade" in panel.summary.text()


def test_an_empty_draft_is_not_weighed_as_laag(qtbot, window):
    read(window, INNOCENT)
    assert level(window) is Level.LAAG
    assert window.weighing.toggle.accessibleName().startswith("Afweging: laag")
    read(window, "  \n")
    assert window.weighing.reading is None
    assert window.weighing.toggle.accessibleName() == "Afweging: nog leeg"


def test_the_reading_follows_the_draft(qtbot, window):
    read(window, INNOCENT)
    assert level(window) is Level.LAAG
    window.editor.setPlainText(LEAK)
    qtbot.waitUntil(lambda: level(window) is Level.HOOG, timeout=3000)
    window.editor.setPlainText(INNOCENT)
    qtbot.waitUntil(lambda: level(window) is Level.LAAG, timeout=3000)


def test_the_reading_follows_the_profile(qtbot, window):
    window.change_platform("x")
    read(window, OPINION)
    private = window.weighing.reading
    assert private.criterion("afstand").level is Level.LAAG
    window.role_bar.buttons["functie"].click()
    # In office the opinion speaks for the writer's own organisation.
    assert window.weighing.reading.criterion("afstand").level is Level.HOOG
    assert level(window) is Level.HOOG and private.level.rank < Level.HOOG.rank
    window.role_bar.buttons["prive"].click()
    assert window.weighing.reading.criterion("afstand").level is Level.LAAG


def test_ignoring_the_finding_behind_a_criterion_weighs_again(qtbot, window):
    window.change_platform("x")
    read(window, LEAK)
    assert window.weighing.reading.criterion("voorzienbaarheid").level is Level.HOOG
    unmapped = next(k for k, f in window.session.visible() if f.rule_id == "test.vertrouwelijk")
    window.ignore(unmapped, "")
    # A finding of no criterion's category leaves the reading as it was.
    assert window.weighing.reading.criterion("voorzienbaarheid").level is Level.HOOG
    leak = next(k for k, f in window.session.visible() if f.category == "vertrouwelijk")
    window.ignore(leak, "staat al in het openbare rapport")
    assert window.weighing.reading.criterion("voorzienbaarheid").level is Level.LAAG
    window.act_undo_ignore.trigger()
    assert window.weighing.reading.criterion("voorzienbaarheid").level is Level.HOOG


def test_it_opens_to_the_six_criteria_in_the_guidelines_order(qtbot, window):
    read(window, LEAK)
    panel = window.weighing
    assert not panel.tree.isVisible()
    panel.toggle.setFocus()
    qtbot.keyClick(panel.toggle, Qt.Key.Key_Space)
    assert panel.is_open() and panel.tree.isVisible()
    tops = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    assert [t.data(0, Qt.ItemDataRole.UserRole) for t in tops] == list(CRITERIA)
    assert tops[0].text(0).startswith("1. Afstand tot je eigen werk: ")
    harm = tops[CRITERIA.index("voorzienbaarheid")]
    assert harm.text(0) == "5. Voorzienbare schade: hoog" and harm.isExpanded()
    texts = [harm.child(j).text(0) for j in range(harm.childCount())]
    assert any("vertrouwelijk" in t for t in texts)
    # The guideline's passage closes every criterion.
    assert "te voorzien geweest" in texts[-1]
    # What weighs is open; a criterion at laag is one line until the author opens it.
    quiet = tops[CRITERIA.index("moment")]
    assert not quiet.isExpanded()
    assert quiet.child(0).text(0).startswith("Niets in de tekst")
    quiet.setExpanded(True)
    harm.setExpanded(False)
    window.editor.setPlainText(LEAK + " Echt.")
    window.start_check()
    tops = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    assert tops[CRITERIA.index("moment")].isExpanded()
    assert not tops[CRITERIA.index("voorzienbaarheid")].isExpanded()
    qtbot.mouseClick(panel.summary, Qt.MouseButton.LeftButton)
    assert not panel.is_open() and not panel.tree.isVisible()


def test_the_criteria_stay_open_in_the_next_window(qtbot, make_window):
    from PySide6.QtCore import QSettings

    QSettings().remove("window")
    first = make_window()
    assert not first.weighing.is_open()
    first.weighing.toggle.click()
    first.close()
    again = make_window()
    assert again.weighing.is_open() and again.weighing.tree.isVisible()
    again.weighing.toggle.click()
    again.close()
    assert not make_window().weighing.is_open()
    QSettings().remove("window")


def reason_item(panel, criterion_id: str, with_span: bool):
    """The first reason of a criterion that comes from the draft, or that does not."""
    from ui.weighing_panel import START_ROLE

    top = next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
               if panel.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == criterion_id)
    return next(top.child(j) for j in range(top.childCount())
                if (top.child(j).data(0, START_ROLE) is not None) == with_span)


def test_a_reason_from_the_draft_selects_its_words_after_an_emoji(qtbot, window):
    window.change_platform("x")
    read(window, "😀 " + LEAK)
    panel = window.weighing
    panel.toggle.click()
    item = reason_item(panel, "voorzienbaarheid", with_span=True)
    assert item.data(0, Qt.ItemDataRole.AccessibleDescriptionRole) == (
        "Enter wijst de woorden aan in de tekst")
    panel.tree.scrollToItem(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.tree.visualItemRect(item).center())
    assert window.editor.textCursor().selectedText() == "nog vertrouwelijk, maar"


def test_a_reason_selects_its_words_where_they_moved_to(qtbot, window):
    read(window, LEAK)
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText("Let op 🙈 ")
    # Typed after the check: the reading is not yet weighed again.
    window.weighing.toggle.click()
    item = reason_item(window.weighing, "voorzienbaarheid", with_span=True)
    tree = window.weighing.tree
    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.editor.textCursor().selectedText() == "nog vertrouwelijk, maar"


def test_a_reason_about_the_draft_as_a_whole_selects_nothing(qtbot, window):
    window.change_platform("x")
    read(window, LEAK)
    cursor = window.editor.textCursor()
    cursor.setPosition(3)
    window.editor.setTextCursor(cursor)
    window.weighing.toggle.click()
    item = reason_item(window.weighing, "ernst", with_span=False)
    window.weighing.tree.itemActivated.emit(item, 0)
    assert not window.editor.textCursor().hasSelection()
    assert window.editor.textCursor().position() == 3


def test_the_reading_is_weighed_off_the_ui_thread(qtbot, make_window, monkeypatch):
    threads = []
    weigh = assistant.session.weigh

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return weigh(*args, **kwargs)

    monkeypatch.setattr(assistant.session, "weigh", recording)
    window = make_window(synchronous=False)
    qtbot.waitUntil(lambda: window.engine is not None, timeout=5000)
    window.editor.setPlainText(LEAK)
    qtbot.waitUntil(lambda: level(window) is Level.HOOG, timeout=5000)
    assert threads and threading.main_thread() not in threads


def test_a_reading_of_an_older_text_is_dropped(qtbot, make_window):
    window = make_window(synchronous=False)
    qtbot.waitUntil(lambda: window.engine is not None, timeout=5000)
    window.editor.setPlainText(LEAK)
    window.start_check()
    # Typed while that check runs: its reading must never show for this text.
    window.editor.setPlainText(INNOCENT)
    qtbot.waitUntil(lambda: window.session.result is not None
                    and window.session.result.text == INNOCENT, timeout=5000)
    assert level(window) is Level.LAAG
    assert window.weighing.reading is window.session.result.reading


def test_the_published_snapshot_carries_the_reading(qtbot, make_window, monkeypatch):
    import sys

    received = []
    publish = types.ModuleType("ui.publish_dialog")
    publish.mark_published = lambda parent, record: received.append(record)
    monkeypatch.setitem(sys.modules, "ui.publish_dialog", publish)
    window = make_window()
    read(window, LEAK)
    assert "test.vertrouwelijk" in rule_ids(window)
    window.act_publish.trigger()
    window.editor.setPlainText(LEAK + " Echt.")
    window.act_publish.trigger()
    shown, typed_on = received
    assert shown.reading is window.weighing.reading is not None
    # Not yet weighed again: a reading of another text is not recorded with this one.
    assert typed_on.reading is None


def test_levels_keep_their_own_colours_on_a_dark_palette(qtbot, window):
    from PySide6.QtGui import QColor, QPalette

    from ui.weighing_panel import LEVEL_COLOURS

    dark = QPalette(QColor("#202124"))
    window.setPalette(dark)
    read(window, LEAK)
    background, foreground = LEVEL_COLOURS[Level.HOOG]
    html = window.weighing.summary.text()
    # Both colours are set, so the pill never takes the palette's light text on a light fill.
    assert f"background-color:{background}" in html and f"color:{foreground}" in html
    assert QColor(background).lightness() > 200 and QColor(foreground).lightness() < 100


def test_the_criteria_ask_for_the_room_they_show(qtbot, window):
    read(window, LEAK)
    tree = window.weighing.tree
    window.weighing.toggle.click()
    closed = tree.sizeHint().height()
    tree.expandAll()
    opened = tree.sizeHint().height()
    assert opened > closed + 6 * tree.fontMetrics().height()
    window.resize(1200, 760)
    qtbot.waitUntil(lambda: tree.height() >= min(opened, 200), timeout=2000)


def test_a_new_reading_keeps_the_authors_place_in_the_list(qtbot, window):
    from ui.weighing_panel import START_ROLE

    read(window, LEAK)
    panel = window.weighing
    panel.toggle.click()
    item = reason_item(panel, "voorzienbaarheid", with_span=True)
    panel.tree.setCurrentItem(item)
    text, item_start = item.text(0), item.data(0, START_ROLE)
    window.request_check(immediately=True)
    assert panel.tree.currentItem() is item
    # Words typed before it move every reason: the list is new, the place the same.
    read(window, "Kort: " + LEAK)
    current = panel.tree.currentItem()
    assert current.text(0) == text and current.data(0, START_ROLE) > item_start
    assert current.parent().data(0, Qt.ItemDataRole.UserRole) == "voorzienbaarheid"


def _reason_items(panel) -> list:
    return [panel.tree.topLevelItem(i).child(j) for i in range(panel.tree.topLevelItemCount())
            for j in range(panel.tree.topLevelItem(i).childCount())]


def test_words_typed_before_the_reasons_move_them_without_a_new_list(qtbot, window):
    from ui.weighing_panel import START_ROLE

    read(window, LEAK)
    panel = window.weighing
    items = _reason_items(panel)
    starts = [item.data(0, START_ROLE) for item in items]
    read(window, "Kort: " + LEAK)
    assert [id(item) for item in _reason_items(panel)] == [id(item) for item in items]
    assert [item.data(0, START_ROLE) for item in items] == [
        None if start is None else start + len("Kort: ") for start in starts]
    # ... and they point at the words where they now are.
    panel.toggle.click()
    item = reason_item(panel, "voorzienbaarheid", with_span=True)
    panel.tree.scrollToItem(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.tree.visualItemRect(item).center())
    assert window.editor.textCursor().selectedText() == "nog vertrouwelijk, maar"


def test_a_reading_with_other_reasons_is_a_new_list(qtbot, window):
    read(window, LEAK)
    panel = window.weighing
    first = panel.tree.topLevelItem(0)
    read(window, LEAK + " " + OPINION)
    assert panel.tree.topLevelItem(0) is not first



def test_reasons_moved_by_typing_keep_the_cursors_that_follow_them(qtbot, window):
    read(window, LEAK)
    before = sorted(window.checks._reason_spans.items())
    assert before
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText("Kort: ")
    window.start_check()
    after = sorted(window.checks._reason_spans.items())
    assert [(start, end) for (start, end), _c in after] == [
        (start + 6, end + 6) for (start, end), _c in before]
    assert [id(c) for _span, c in after] == [id(c) for _span, c in before]
    from ui.weighing_panel import END_ROLE, START_ROLE

    item = reason_item(window.weighing, "voorzienbaarheid", with_span=True)
    window.weighing.span_requested.emit(item.data(0, START_ROLE), item.data(0, END_ROLE))
    assert window.editor.textCursor().selectedText() == "nog vertrouwelijk, maar"


def test_a_reason_the_edit_made_gets_a_cursor_of_its_own(qtbot, window):
    read(window, INNOCENT)
    assert not window.checks._reason_spans
    cursor = window.editor.textCursor()
    cursor.setPosition(len(INNOCENT))
    cursor.insertText(" " + LEAK)
    window.start_check()
    spans = window.checks._reason_spans
    assert spans and all(c.selectedText() == window.text[start:end]
                         for (start, end), c in spans.items())
