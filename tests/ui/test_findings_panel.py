"""The sidebar's tree after a new check: only the rows that changed are built
again, and what it shows is what a tree built afresh shows."""

from __future__ import annotations

from assistant.findings import Finding, Severity
from assistant.summary import summarize
from ui.findings_panel import FindingsPanel


def finding(n: int, stelregel: int | None = 2, message: str = "") -> tuple[str, Finding]:
    severity = Severity.TIP if stelregel is None else Severity.WAARSCHUWING
    found = Finding(f"test.{n}", "vertrouwelijk", stelregel, severity, n, n + 1,
                    message or f"Bevinding {n}", "Uitleg.")
    return f"test.{n}|x|0", found


def shown(panel: FindingsPanel) -> list:
    tree = panel.tree
    rows = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        rows.append((top.text(0), top.isExpanded(), top.toolTip(0)))
        for j in range(top.childCount()):
            child = top.child(j)
            rows.append((child.text(0), child.data(0, 0x0100), child.toolTip(0),
                         child.icon(0).isNull(), child.foreground(0).color().name()))
    return rows


def children(panel: FindingsPanel) -> dict:
    tree = panel.tree
    return {tree.topLevelItem(i).child(j).data(0, 0x0100): tree.topLevelItem(i).child(j)
            for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())}


def fill(panel: FindingsPanel, visible, ignored=()) -> None:
    panel.set_findings(list(visible), list(ignored),
                       summarize([f for _, f in visible]), {k: "" for k, _ in ignored})


def test_a_new_finding_adds_its_row_and_leaves_the_others_as_they_were(qtbot):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    before = [finding(n) for n in range(6)] + [finding(10, None)]
    fill(panel, before)
    rows = children(panel)
    after = before[:3] + [finding(3, message="Nieuw"), finding(99)] + before[4:]
    fill(panel, after)
    now = children(panel)
    # Rows before and after the change are the same items; the changed one is new.
    assert all(now[key] is rows[key] for key in ("test.0|x|0", "test.2|x|0", "test.5|x|0",
                                                  "test.10|x|0"))
    assert now["test.3|x|0"] is not rows["test.3|x|0"]
    assert now["test.3|x|0"].text(0) == "Nieuw"
    fresh = FindingsPanel()
    qtbot.addWidget(fresh)
    fill(fresh, after)
    assert shown(panel) == shown(fresh)


def test_a_removed_finding_and_a_new_heading_show_as_a_fresh_tree_does(qtbot):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    fill(panel, [finding(n) for n in range(4)])
    panel.tree.topLevelItem(0).setExpanded(False)
    fill(panel, [finding(n) for n in (0, 1, 3)])
    assert not panel.tree.topLevelItem(0).isExpanded()
    fresh = FindingsPanel()
    qtbot.addWidget(fresh)
    fill(fresh, [finding(n) for n in (0, 1, 3)])
    fresh.tree.topLevelItem(0).setExpanded(False)
    assert shown(panel) == shown(fresh)
    # Another heading: the tree is built afresh, a folded heading stays folded
    # and the ignored ones start folded.
    later = [finding(n) for n in (0, 1)] + [finding(7, None)]
    fill(panel, later, [finding(3)])
    fresh = FindingsPanel()
    qtbot.addWidget(fresh)
    fill(fresh, later, [finding(3)])
    fresh.tree.topLevelItem(0).setExpanded(False)
    assert shown(panel) == shown(fresh)
    assert [panel.tree.topLevelItem(i).isExpanded() for i in range(3)] == [False, True, False]


def test_the_selected_finding_stays_selected_when_its_row_is_built_again(qtbot):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    fill(panel, [finding(n) for n in range(3)])
    panel.select("test.1|x|0")
    fill(panel, [finding(0), finding(1, message="Anders"), finding(2)])
    assert panel.current_key() == "test.1|x|0"
    assert "Anders" in panel.details.toPlainText()
    # A finding that is gone leaves nothing selected.
    fill(panel, [finding(0), finding(2)])
    assert panel.current_key() is None


def test_a_summary_tile_is_styled_again_only_when_its_state_changes(qtbot):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    tile = panel.summary.tiles[2]
    styled = []
    style = tile.setStyleSheet
    tile.setStyleSheet = lambda sheet: (styled.append(sheet), style(sheet))
    fill(panel, [finding(1)])
    assert len(styled) == 1
    fill(panel, [finding(1), finding(2)])
    assert len(styled) == 1
    fill(panel, [])
    assert len(styled) == 2 and tile.styleSheet() == styled[-1]


def test_a_row_is_measured_once_per_text_and_width(qtbot):
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.resize(800, 600)
    panel.show()
    long = "Een lange bevinding die over meer regels loopt, omdat ze veel uitlegt. " * 4
    fill(panel, [finding(1, message=long), finding(2)])
    tree, delegate = panel.tree, panel.tree.itemDelegate()
    row = tree.topLevelItem(0).child(0)
    qtbot.waitUntil(lambda: tree.visualItemRect(row).height() > 0)
    measured = dict(delegate._sizes)
    assert any(long in key for key in measured)
    # The same rows again, and one more: only the new one and the heading with
    # its new count are measured.
    fill(panel, [finding(1, message=long), finding(2), finding(3)])
    qtbot.waitUntil(lambda: tree.topLevelItem(0).childCount() == 3)
    tree.doItemsLayout()
    assert {key[1] for key in set(delegate._sizes) - set(measured)} <= {
        "Bevinding 3", tree.topLevelItem(0).text(0)}
    # Narrower, the long row wraps to more lines: measured again at that width.
    height = tree.visualItemRect(row).height()
    panel.resize(500, 600)
    qtbot.waitUntil(lambda: tree.visualItemRect(tree.topLevelItem(0).child(0)).height() > height)
