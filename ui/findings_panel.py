"""The sidebar: summary per stelregel, findings grouped by stelregel, and the
explanation of the selected finding with its fix."""

from __future__ import annotations

import html
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSizePolicy, QSplitter, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QTextBrowser, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from assistant.findings import Finding, Severity
from assistant.summary import STELREGELS, State, StelregelSummary, stelregel_title
from ui.editor import SEVERITY_COLOURS

KEY_ROLE = Qt.ItemDataRole.UserRole
STATE_COLOURS = {
    State.IN_ORDE: ("#e6f4ea", "#1e6b34"),
    State.LET_OP: ("#fff4e0", "#8a4b00"),
    State.NIET_IN_ORDE: ("#fdecea", "#a31515"),
}
NEUTRAL_COLOURS = ("#f1f3f4", "#5f6368")
GROUP_ORDER = (*STELREGELS, None)
# Row heights kept by the tree's delegate: a long draft's rows at a few widths.
MAX_MEASURED_ROWS = 4096


class _Group(NamedTuple):
    """A heading of the tree and its rows: (key, finding, whether ignored)."""

    id: str
    label: str
    tooltip: str
    rows: list[tuple[str, Finding, bool]]


def _row_shape(row: tuple[str, Finding, bool]) -> tuple:
    """What a row shows: a row of the same shape is left as it is."""
    key, finding, ignored = row
    return key, finding.severity, finding.message, ignored


def severity_icon(severity: Severity) -> QIcon:
    # Drawn at twice the size so the dot stays sharp on high-DPI screens.
    pixmap = QPixmap(24, 24)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(SEVERITY_COLOURS[severity])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    icon = QIcon(pixmap)
    # The same colour on a selected row: the style would otherwise tint it brown.
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


class SummaryStrip(QWidget):
    """Four tiles, one per stelregel: in orde / let op / niet in orde."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.tiles: dict[int, QLabel] = {}
        for number in STELREGELS:
            tile = QLabel(self)
            tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tile.setTextFormat(Qt.TextFormat.RichText)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            bold = QFont(tile.font())
            bold.setBold(True)
            # Never narrower than its heading or state, so neither is clipped.
            widths = [QFontMetrics(bold).horizontalAdvance(
                self.tr("Stelregel %1").replace("%1", "4"))]
            widths += [tile.fontMetrics().horizontalAdvance(label) for label in
                       (*(state.label for state in State), self.tr("nog leeg"))]
            tile.setMinimumWidth(max(widths) + 12)
            layout.addWidget(tile)
            self.tiles[number] = tile
        self.set_summary({})

    def set_summary(self, summary: dict[int | None, StelregelSummary]) -> None:
        """An empty summary (nothing written yet) shows neutral tiles rather than
        'in orde', which would read as approval of a draft that is not there."""
        for number, tile in self.tiles.items():
            if number in summary:
                state = summary[number].state
                background, foreground = STATE_COLOURS[state]
                label = state.label
            else:
                background, foreground = NEUTRAL_COLOURS
                label = self.tr("nog leeg")
            tile.setText(self.tr("<b>Stelregel %1</b><br>%2").replace("%1", str(number))
                         .replace("%2", html.escape(label)))
            style = (f"QLabel {{ background: {background}; color: {foreground};"
                     " border-radius: 4px; padding: 4px; }")
            # Setting a style sheet polishes the tile again, even the same one.
            if tile.styleSheet() != style:
                tile.setStyleSheet(style)
            tile.setToolTip(stelregel_title(number))
            tile.setAccessibleName(self.tr("Stelregel %1: %2").replace("%1", str(number))
                                   .replace("%2", label))


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped text: Qt's tree measures a row as one line unless the
    delegate is told how wide the row is. The tree asks again for every row it
    lays out, after each change of the findings; a row of the same text, font,
    icon and width has the same height, so each is measured once."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sizes: dict[tuple, QSize] = {}

    def sizeHint(self, option, index) -> QSize:
        view = self.parent()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        levels = depth + (1 if view.rootIsDecorated() else 0)
        width = max(view.viewport().width() - view.indentation() * levels, 60)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        key = (width, item.text, item.font.key(), item.icon.cacheKey(), view.style())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= MAX_MEASURED_ROWS:
                self._sizes.clear()
            item.rect = QRect(0, 0, width, 10_000)
            item.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            size = self._sizes[key] = view.style().sizeFromContents(
                QStyle.ContentsType.CT_ItemViewItem, item, QSize(), view)
        return QSize(size)


class FindingsTree(QTreeWidget):
    """Findings as whole sentences, wrapped to the sidebar's width."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(WrappingDelegate(self))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # A new width means new line breaks, so new row heights.
        self.scheduleDelayedItemsLayout()


class ElidedButton(QPushButton):
    """A button whose label may be long (a fix naming the whole signature): it shows
    what fits, with the full label in its tooltip, instead of widening the sidebar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        # Room for the button's own frame and padding.
        width = max(self.width() - 16, 40)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                      width))


class FindingsPanel(QWidget):
    finding_selected = Signal(str)
    fix_clicked = Signal(str)
    ignore_clicked = Signal(str, str)
    unignore_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self._findings: dict[str, Finding] = {}
        self._ignored: dict[str, str] = {}
        self._shape: tuple = ()
        # Per heading, the shape of each of its rows as shown.
        self._rows: dict[str, list[tuple]] = {}
        self._icons = {s: severity_icon(s) for s in Severity}

        self.summary = SummaryStrip(self)
        self.readability = QLabel(self)
        self.readability.setWordWrap(True)
        self.readability.setAccessibleName(self.tr("Leesbaarheid"))

        self.tree = FindingsTree(self)
        self.tree.setAccessibleName(self.tr("Bevindingen per stelregel"))
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemActivated.connect(self._on_activated)

        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Uitleg bij de bevinding"))
        self.details.setOpenExternalLinks(False)
        self.fix_button = ElidedButton(self)
        self.fix_button.setAccessibleName(self.tr("Oplossing toepassen"))
        self.fix_button.clicked.connect(self._on_fix)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reden (niet verplicht)"))
        self.reason.setMinimumWidth(120)
        self.reason.setAccessibleName(self.tr("Reden om te negeren"))
        self.ignore_button = QPushButton(self.tr("&Negeren"), self)
        self.ignore_button.setAccessibleName(self.tr("Bevinding negeren"))
        self.ignore_button.clicked.connect(self._on_ignore)
        self.reason.returnPressed.connect(self._on_ignore)

        ignore_row = QHBoxLayout()
        ignore_row.addWidget(self.reason, 1)
        ignore_row.addWidget(self.ignore_button)
        detail_box = QWidget(self)
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.details, 1)
        detail_layout.addWidget(self.fix_button)
        detail_layout.addLayout(ignore_row)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.readability)
        layout.addWidget(line)
        layout.addWidget(splitter, 1)
        self._show_details(None)

    # --- content ----------------------------------------------------------------

    def set_findings(self, visible: list[tuple[str, Finding]],
                     ignored: list[tuple[str, Finding]],
                     summary: dict[int | None, StelregelSummary],
                     reasons: dict[str, str] | None = None) -> None:
        """``reasons`` holds why each ignored finding was ignored (may be empty)."""
        self._findings = dict(visible) | dict(ignored)
        self._ignored = {k: (reasons or {}).get(k, "") for k, _ in ignored}
        self.summary.set_summary(summary)
        shape = (tuple((k, f.severity, f.message, f.stelregel) for k, f in visible),
                 tuple(k for k, _ in ignored))
        if shape == self._shape:
            # Same findings, only moved by typing: keep the tree as it is.
            self._show_details(self.current_key())
            return
        self._shape = shape
        self._rebuild(visible, ignored, summary)

    def _rebuild(self, visible, ignored, summary) -> None:
        groups = self._groups(visible, ignored, summary)
        current = self.current_key()
        self.tree.blockSignals(True)
        tops = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        if [top.data(0, KEY_ROLE) for top in tops] == [group.id for group in groups]:
            # The same groups: only the rows an edit changed are replaced, so a
            # keystroke in a long draft does not build hundreds of rows again.
            for top, group in zip(tops, groups):
                self._update_group(top, group)
        else:
            collapsed = {top.data(0, KEY_ROLE) for top in tops if not top.isExpanded()}
            self.tree.clear()
            self._rows.clear()
            for group in groups:
                top = self._group_item(group)
                top.setExpanded(group.id not in collapsed and group.id != "group:ignored")
        # The selected finding stays selected; with it gone, nothing is.
        select = self._item(current) if current is not None else None
        if self.tree.currentItem() is not select:
            if select is None:
                self.tree.setCurrentIndex(QModelIndex())
            else:
                self.tree.setCurrentItem(select)
        self.tree.blockSignals(False)
        self._show_details(self.current_key())
        if not groups:
            placeholder = QTreeWidgetItem(self.tree, [self.tr("Geen bevindingen")])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)

    def _groups(self, visible, ignored, summary) -> list[_Group]:
        groups = []
        for number in GROUP_ORDER:
            group = [(k, f) for k, f in visible if f.stelregel == number]
            if not group:
                continue
            info = summary.get(number)
            state = info.state.label if info else ""
            if number is None:
                # No tile above for these, so the heading carries their state.
                label = self.tr("Taal en platform (%1) · %2").replace(
                    "%1", str(len(group))).replace("%2", state)
            else:
                label = self.tr("Stelregel %1 (%2) · %3").replace("%1", str(number)).replace(
                    "%2", str(len(group))).replace("%3", state)
            groups.append(_Group(f"group:{number}", label, stelregel_title(number),
                                 [(k, f, False) for k, f in group]))
        if ignored:
            groups.append(_Group("group:ignored",
                                 self.tr("Genegeerd (%1)").replace("%1", str(len(ignored))),
                                 "", [(k, f, True) for k, f in ignored]))
        return groups

    def _update_group(self, top: QTreeWidgetItem, group: _Group) -> None:
        """Replace the rows between the first and the last that changed."""
        old, new = self._rows[group.id], [_row_shape(row) for row in group.rows]
        first = 0
        while first < min(len(old), len(new)) and old[first] == new[first]:
            first += 1
        last = 0
        while last < min(len(old), len(new)) - first and old[-1 - last] == new[-1 - last]:
            last += 1
        for _ in range(len(old) - first - last):
            top.takeChild(first)
        for i, row in enumerate(group.rows[first:len(new) - last]):
            top.insertChild(first + i, self._row_item(row))
        self._rows[group.id] = new
        # After the rows: with the tree's layout then pending, a new count in the
        # heading does not make the tree measure every row's height at once.
        if top.text(0) != group.label:
            top.setText(0, group.label)

    def _item(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, KEY_ROLE) == key:
                    return top.child(j)
        return None

    def _group_item(self, group: _Group) -> QTreeWidgetItem:
        top = QTreeWidgetItem(self.tree, [group.label])
        top.setData(0, KEY_ROLE, group.id)
        if group.tooltip:
            top.setToolTip(0, group.tooltip)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        top.addChildren([self._row_item(row) for row in group.rows])
        self._rows[group.id] = [_row_shape(row) for row in group.rows]
        return top

    def _row_item(self, row: tuple[str, Finding, bool]) -> QTreeWidgetItem:
        key, finding, ignored = row
        item = QTreeWidgetItem([finding.message])
        item.setData(0, KEY_ROLE, key)
        if ignored:
            item.setForeground(0, QColor("#777777"))
        else:
            item.setIcon(0, self._icons[finding.severity])
            item.setToolTip(0, f"{self.severity_label(finding.severity)}: {finding.message}")
        return item

    def set_readability(self, text: str) -> None:
        self.readability.setText(text)
        self.readability.setAccessibleName(text or self.tr("Leesbaarheid"))
        self.readability.setVisible(bool(text))

    # --- selection ----------------------------------------------------------------

    def current_key(self) -> str | None:
        item = self.tree.currentItem()
        key = item.data(0, KEY_ROLE) if item is not None else None
        return key if key in self._findings else None

    def select(self, key: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, KEY_ROLE) == key:
                    top.setExpanded(True)
                    self.tree.blockSignals(True)
                    self.tree.setCurrentItem(top.child(j))
                    self.tree.blockSignals(False)
                    self._show_details(key)
                    return

    def keys_in_order(self) -> list[str]:
        return [self.tree.topLevelItem(i).child(j).data(0, KEY_ROLE)
                for i in range(self.tree.topLevelItemCount())
                for j in range(self.tree.topLevelItem(i).childCount())]

    def _on_current_changed(self, current, _previous) -> None:
        key = self.current_key()
        self._show_details(key)
        if key is not None and key not in self._ignored:
            self.finding_selected.emit(key)

    def _on_activated(self, item, _column) -> None:
        key = item.data(0, KEY_ROLE)
        if key in self._findings and key not in self._ignored:
            self.finding_selected.emit(key)

    def _show_details(self, key: str | None) -> None:
        finding = self._findings.get(key) if key else None
        if finding is None:
            self.details.setHtml(self.tr("<p>Kies een bevinding om de uitleg te zien.</p>"))
            self.fix_button.setText(self.tr("Oplossing toepassen"))
            self.fix_button.setEnabled(False)
            self.ignore_button.setEnabled(False)
            self.reason.setEnabled(False)
            return
        ignored = key in self._ignored
        paragraphs = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>"
                             for p in finding.explanation.split("\n\n") if p.strip())
        if finding.suggestions:
            # First, before the explanation: for a spelling tip this is what counts.
            suggestions = self.tr("Suggesties: %1").replace("%1", ", ".join(finding.suggestions))
            paragraphs = f"<p>{html.escape(suggestions)}</p>{paragraphs}"
        # tr() outside the f-string, where pyside6-lupdate finds the text.
        source_label = self.tr("Bron:")
        source = (f"<p><i>{html.escape(source_label)} {html.escape(finding.source)}</i></p>"
                  if finding.source and finding.source not in finding.explanation else "")
        colour = SEVERITY_COLOURS[finding.severity].name()
        status = ""
        if ignored:
            reason = self._ignored[key]
            status = html.escape(self.tr("Genegeerd. Reden: %1").replace("%1", reason) if reason
                                 else self.tr("Genegeerd, zonder reden."))
            status = f"<p style='color:#555555'><i>{status}</i></p>"
        self.details.setHtml(
            f"<p><b style='color:{colour}'>{html.escape(self.severity_label(finding.severity))}"
            "</b> "
            f"<b>{html.escape(finding.message)}</b></p>{status}{paragraphs}{source}")
        self.fix_button.setText(finding.fix.label if finding.fix else
                                self.tr("Geen automatische oplossing"))
        self.fix_button.setEnabled(finding.fix is not None and not ignored)
        self.ignore_button.setText(self.tr("&Weer tonen") if ignored else self.tr("&Negeren"))
        self.ignore_button.setEnabled(True)
        self.reason.setEnabled(not ignored)
        self.reason.setText(self.reason.text() if not ignored else "")

    def severity_label(self, severity: Severity) -> str:
        return {Severity.FOUT: self.tr("Fout"), Severity.WAARSCHUWING: self.tr("Waarschuwing"),
                Severity.TIP: self.tr("Tip")}[severity]

    def _on_fix(self) -> None:
        key = self.current_key()
        if key is not None:
            self.fix_clicked.emit(key)

    def _on_ignore(self) -> None:
        key = self.current_key()
        if key is None:
            return
        if key in self._ignored:
            self.unignore_clicked.emit(key)
        else:
            self.ignore_clicked.emit(key, self.reason.text().strip())
            self.reason.clear()
