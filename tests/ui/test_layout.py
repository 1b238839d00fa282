"""What the author sees: nothing clipped, long labels not pushing the layout
around, and the way to fill in what the window asks for."""

from __future__ import annotations

from assistant.findings import Finding, Fix, Severity
from assistant.rules.spec import parse_rule
from assistant.settings import Identity
from tests.ui.conftest import make_settings, rule_ids

LONG_MESSAGE = ("Vul in de instellingen je naam, functie en departement in, dan kan worden "
                "nagegaan of dit bericht je herkenbaar maakt.")


def long_finding(fix_label: str | None = None) -> Finding:
    fix = Fix(0, 0, "x", fix_label) if fix_label else None
    return Finding("test.lang", "identificatie", 1, Severity.WAARSCHUWING, 0, 4,
                   LONG_MESSAGE, "Uitleg.", fix=fix)


def test_a_long_message_wraps_in_the_findings_list(qtbot, window):
    window.resize(1000, 700)
    panel = window.findings
    panel.set_findings([("k", long_finding())], [], window.session.summary())
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0).child(0) is not None)
    item = panel.tree.topLevelItem(0).child(0)
    group = panel.tree.topLevelItem(0)
    qtbot.waitUntil(lambda: panel.tree.visualItemRect(item).height()
                    > 1.5 * panel.tree.visualItemRect(group).height(), timeout=2000)
    assert item.text(0) == LONG_MESSAGE


def test_a_long_fix_label_does_not_widen_the_sidebar(qtbot, window):
    window.resize(1200, 760)
    window.splitter.setSizes([720, 480])
    qtbot.wait(10)
    editor_width = window.editor.width()
    label = ("Voeg “Anne de Vries, beleidsmedewerker woningbouw, Ministerie van "
             "Volkshuisvesting en Ruimtelijke Ordening” toe")
    window.findings.set_findings([("k", long_finding(label))], [], window.session.summary())
    window.findings.select("k")
    qtbot.wait(10)
    assert window.editor.width() >= editor_width - 5
    assert window.findings.fix_button.toolTip() == label
    assert window.findings.fix_button.text() != label


def test_an_ignored_finding_shows_why_it_was_ignored(qtbot, window):
    window.editor.setPlainText("Het stuk was vertrouwelijk.")
    qtbot.waitUntil(lambda: "test.vertrouwelijk" in rule_ids(window), timeout=3000)
    key = window.session.visible()[0][0]
    window.ignore(key, "staat al in het openbare rapport")
    window.findings.select(key)
    assert "Reden: staat al in het openbare rapport" in window.findings.details.toPlainText()
    assert window.findings.ignore_button.text().replace("&", "") == "Weer tonen"


def test_in_functie_without_identity_links_to_the_settings(qtbot, make_window, monkeypatch):
    opened = []
    window = make_window(settings=make_settings(identity=Identity()))
    monkeypatch.setattr(window, "open_settings", lambda: opened.append(True))
    window.change_mode("functie")
    banner = window.role_bar.banner
    assert "href" in banner.text()
    banner.linkActivated.emit("settings")
    assert opened == [True]


def test_a_finding_over_a_whole_draft_of_several_sentences_is_not_tinted(qtbot, make_window):
    whole = parse_rule({"id": "test.geheel", "type": "existence", "category": "c",
                        "stelregel": 1, "patterns": ["(?s)Vandaag.*website\\."],
                        "scope": "text", "message": "Onderteken je bericht"})
    window = make_window(settings=make_settings(rules=(whole,)))
    window.editor.setPlainText("Vandaag iets nieuws. Lees meer op onze website.")
    qtbot.waitUntil(lambda: "test.geheel" in rule_ids(window), timeout=3000)
    (selection,) = window.editor.extraSelections()
    assert selection.format.underlineStyle() == selection.format.UnderlineStyle.NoUnderline
    assert selection.format.background().style() == selection.format.background().style().NoBrush


def test_a_one_word_draft_keeps_its_underline(qtbot, make_window):
    window = make_window()
    window.editor.setPlainText("vertrouwelijk")
    qtbot.waitUntil(lambda: "test.vertrouwelijk" in rule_ids(window), timeout=3000)
    (selection,) = window.editor.extraSelections()
    assert selection.format.underlineStyle() != selection.format.UnderlineStyle.NoUnderline


def test_a_new_interface_language_says_when_it_applies(qtbot, window):
    from dataclasses import replace

    window.apply_settings(replace(window.settings, ui_language="en"))
    qtbot.waitUntil(lambda: any("opnieuw start" in m for m in window.messages.messages()))
    window.apply_settings(replace(window.settings, identity=Identity("Piet")))
    qtbot.wait(20)
    assert len(window.messages.messages()) == 1


def test_checklist_questions_use_the_width_of_the_panel(qtbot, window):
    window.resize(1200, 760)
    window.side.setCurrentWidget(window.checklist)
    qtbot.waitUntil(lambda: window.checklist.isVisible())
    combo = next(iter(window.checklist.combos.values()))
    question = combo.parentWidget().layout().itemAt(0).widget()
    qtbot.waitUntil(lambda: question.width() >= combo.width() - 2, timeout=2000)


def test_the_spelling_menu_offers_the_fix_once(qtbot):
    from ui.editor import DraftEditor

    editor = DraftEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("een wandelng")
    finding = Finding("spelling.onbekend-woord", "spelling", None, Severity.TIP, 4, 12,
                      "Onbekend woord", "", fix=Fix(4, 12, "wandeling", "Vervang door “wandeling”"),
                      suggestions=("wandeling", "wandelen"))
    editor.set_findings(editor.toPlainText(), [("k", finding)])
    cursor = editor.textCursor()
    cursor.setPosition(6)
    texts = [a.text() for a in editor.context_menu_at(editor.cursorRect(cursor).center())
             .actions()]
    assert texts.count("wandeling") == 0
    assert "Vervang door “wandeling”" in texts and "wandelen" in texts


def focus_walk(qtbot, window, steps: int) -> list:
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus)
    seen = []
    for _ in range(steps):
        seen.append(window.focusWidget())
        window.focusNextChild()
    return seen


def test_tab_goes_round_the_window_in_reading_order(qtbot, window):
    window.change_mode("functie")
    window.editor.setPlainText("Dat is onzin.")
    qtbot.waitUntil(lambda: "test.onzin" in rule_ids(window), timeout=3000)
    window.goto_finding()
    panel = window.findings
    seen = focus_walk(qtbot, window, 12)
    order = [window.editor, window.weighing.toggle, window.side.tabBar(), panel.tree, panel.details, panel.fix_button,
             panel.reason, panel.ignore_button, window.role_bar.platform, window.editor]
    assert [w for w in seen if w in order][:len(order)] == order
    # Tab enters the role switch once (arrow keys move within it), between the
    # sidebar's last button and the platform.
    between = seen[seen.index(panel.ignore_button) + 1:seen.index(window.role_bar.platform)]
    assert len(between) == 1 and between[0] in window.role_bar.buttons.values()
    assert all(w.accessibleName() for w in seen)


def test_tab_reaches_the_checklist_questions(qtbot, window):
    window.side.setCurrentWidget(window.checklist)
    seen = focus_walk(qtbot, window, 5)
    assert seen[1:3] == [window.weighing.toggle, window.side.tabBar()]
    assert seen[3] is next(iter(window.checklist.combos.values()))


def test_the_first_window_fits_the_screen_and_keeps_its_splitter(qtbot, make_window):
    from PySide6.QtCore import QSettings

    QSettings().remove("window")
    window = make_window()
    screen = window.screen().availableGeometry()
    assert screen.contains(window.frameGeometry())
    text, side = window.splitter.sizes()
    # Three fifths for the text, unless the sidebar's minimum width takes more.
    assert text >= min(window.width() * 3 // 5 - 10, side * 0.9)
    window.splitter.setSizes([300, window.width() - 300])
    wanted = window.splitter.sizes()
    window.close()
    again = make_window()
    assert again.splitter.sizes() == wanted
    QSettings().remove("window")


def test_the_status_bar_counts_findings_in_proper_dutch(qtbot, window):
    window.editor.setPlainText("Het stuk was vertrouwelijk.")
    qtbot.waitUntil(lambda: window.check_status.text() == "1 bevinding", timeout=3000)
    window.editor.setPlainText("Vertrouwelijk, echt vertrouwelijk.")
    qtbot.waitUntil(lambda: window.check_status.text() == "2 bevindingen", timeout=3000)


def test_an_empty_draft_is_not_called_in_orde(qtbot, window):
    tiles = window.findings.summary.tiles
    window.editor.setPlainText("Het stuk was vertrouwelijk.")
    qtbot.waitUntil(lambda: tiles[2].accessibleName().endswith("niet in orde"), timeout=3000)
    assert tiles[1].accessibleName().endswith(": in orde")
    window.editor.setPlainText("  \n")
    qtbot.waitUntil(lambda: tiles[1].accessibleName().endswith("nog leeg"), timeout=3000)
    assert all(tile.accessibleName().endswith("nog leeg") for tile in tiles.values())


def mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else None


def test_no_two_entries_of_a_menu_share_an_alt_key(window):
    menus = [("menubar", window.menuBar().actions())]
    menus += [(a.text(), a.menu().actions()) for a in window.menuBar().actions() if a.menu()]
    for name, actions in menus:
        keys = [mnemonic(a.text()) for a in actions if not a.isSeparator()]
        keys = [k for k in keys if k]
        assert len(keys) == len(set(keys)), (name, keys)


def test_undoing_an_ignore_clears_the_undo_hint(qtbot, window):
    window.editor.setPlainText("Het stuk was vertrouwelijk.")
    qtbot.waitUntil(lambda: "test.vertrouwelijk" in rule_ids(window), timeout=3000)
    window.ignore(window.session.visible()[0][0], "")
    assert "Ongedaan maken" in window.statusBar().currentMessage()
    window.act_undo_ignore.trigger()
    assert window.statusBar().currentMessage() == ""


def test_the_counter_warns_when_the_post_is_nearly_full(window):
    from ui.role_bar import NEAR_COLOUR, OVER_COLOUR

    counter = window.role_bar.counter
    window.role_bar.set_length(200, 280)
    assert counter.text() == "200 / 280"
    window.role_bar.set_length(260, 280)
    assert NEAR_COLOUR in counter.text() and "260 / 280" in counter.text()
    window.role_bar.set_length(281, 280)
    assert OVER_COLOUR in counter.text()
    # What a screen reader says: the numbers, not just "Lengte".
    assert counter.accessibleName() == "Lengte: 281 van 280 tekens; 1 teken te veel"


def test_the_explanation_lists_the_spelling_suggestions(window):
    finding = Finding("spelling.onbekend-woord", "spelling", None, Severity.TIP, 0, 8,
                      "Onbekend woord", "", suggestions=("wandeling", "wandelen"))
    window.findings.set_findings([("k", finding)], [], {})
    window.findings.select("k")
    assert "Suggesties: wandeling, wandelen" in window.findings.details.toPlainText()
