"""The reading of stelregel 2's six criteria at the top of the sidebar: one line
that says how the draft weighs, opening to each criterion with its level, the
words or facts that moved it and the guideline passage it comes from."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QSizePolicy, QStyleOptionViewItem,
                               QToolButton, QTreeWidgetItem, QVBoxLayout, QWidget)

from assistant.summary import State
from assistant.weighing import Criterion, Level, Reading
from ui.findings_panel import NEUTRAL_COLOURS, STATE_COLOURS, FindingsTree

# The sidebar's own three steps, so a level reads like the stelregel tiles below.
LEVEL_COLOURS = {
    Level.LAAG: STATE_COLOURS[State.IN_ORDE],
    Level.MIDDEL: STATE_COLOURS[State.LET_OP],
    Level.HOOG: STATE_COLOURS[State.NIET_IN_ORDE],
}
CRITERION_ROLE = Qt.ItemDataRole.UserRole
# Start and end of a reason in the checked text, on the reasons that have one.
START_ROLE = Qt.ItemDataRole.UserRole + 1
END_ROLE = Qt.ItemDataRole.UserRole + 2


def level_icon(level: Level) -> QIcon:
    """A dot in the level's tile colours: its dark rim shows on a light list, its
    light fill on a dark one."""
    background, foreground = LEVEL_COLOURS[level]
    pixmap = QPixmap(24, 24)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(background))
    painter.setPen(QColor(foreground))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


class SummaryLabel(QLabel):
    """The one-line reading; a click opens or closes the criteria, as the arrow does."""

    clicked = Signal()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class CriteriaTree(FindingsTree):
    """Asks for the height of what it shows, so the sidebar gives the criteria room
    before the tabs below take the rest."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        height, index = 2 * self.frameWidth(), self.model().index(0, 0, QModelIndex())
        option = QStyleOptionViewItem()
        option.initFrom(self)
        while index.isValid():
            height += self.itemDelegate().sizeHint(option, index).height()
            index = self.indexBelow(index)
        return QSize(hint.width(), height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Another width wraps the reasons differently.
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


class WeighingPanel(QWidget):
    """Shows a Reading; asks the window to select a reason's words in the draft."""

    # Start and end of a reason in the checked text, in code points.
    span_requested = Signal(int, int)
    toggled = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weighingPanel")
        self.reading: Reading | None = None
        self._icons = {level: level_icon(level) for level in Level}

        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolTip(self.tr("De zes criteria van stelregel 2 tonen of verbergen"))
        self.toggle.setAccessibleDescription(self.toggle.toolTip())
        self.toggle.toggled.connect(self._on_toggled)
        self.summary = SummaryLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        # Wraps to the sidebar's width instead of widening it.
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary.setCursor(Qt.CursorShape.PointingHandCursor)
        self.summary.clicked.connect(self.toggle.toggle)

        self.tree = CriteriaTree(self)
        self.tree.setAccessibleName(self.tr("De zes criteria van de afweging"))
        self.tree.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_item)
        self.tree.itemExpanded.connect(lambda item: self._opened_by_author(item, True))
        self.tree.itemCollapsed.connect(lambda item: self._opened_by_author(item, False))
        self.tree.hide()
        # Criteria the author opened or closed by hand, kept as they left them.
        self._chosen: dict[str, bool] = {}
        self._filling = False

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(header)
        layout.addWidget(self.tree, 1)
        self.set_reading(None)

    # --- content ----------------------------------------------------------------

    def level_label(self, level: Level) -> str:
        return {Level.LAAG: self.tr("laag"), Level.MIDDEL: self.tr("middel"),
                Level.HOOG: self.tr("hoog")}[level]

    def set_reading(self, reading: Reading | None) -> None:
        """``None``: nothing to weigh (an empty draft), shown as neutral rather
        than 'laag', which would read as approval of a draft that is not there."""
        same = reading is not None and reading == self.reading
        moved = (reading is not None and not same
                 and _without_places(reading) == _without_places(self.reading))
        self.reading = reading
        if same:
            return  # the same reading again: keep the list, and the author's place in it
        if moved:
            # Typing moved the words the reasons point at, and nothing else.
            self._move_reasons(reading)
            return
        if reading is None:
            colours, label = NEUTRAL_COLOURS, self.tr("nog leeg")
            why = ""
        else:
            colours, label = LEVEL_COLOURS[reading.level], self.level_label(reading.level)
            why = self._carried_by(reading)
        background, foreground = colours
        line = self.tr("Afweging: %1").replace(
            "%1", f"<span style='background-color:{background}; color:{foreground};'>"
                  f"<b>&nbsp;{html.escape(label)}&nbsp;</b></span>")
        self.summary.setText(f"{line} — {html.escape(why)}" if why else line)
        spoken = self.tr("Afweging: %1").replace("%1", label) + (f" — {why}" if why else "")
        self.summary.setAccessibleName(spoken)
        self.toggle.setAccessibleName(spoken)
        self._fill_tree(reading)

    def _carried_by(self, reading: Reading) -> str:
        """The summary's words after the level, which this panel colours itself."""
        summary = reading.summary()
        lead = f"{reading.level.label} — "
        return summary[len(lead):] if summary.startswith(lead) else summary

    def _fill_tree(self, reading: Reading | None) -> None:
        current = self.tree.currentItem()
        place = None
        if current is not None and current.parent() is not None:
            place = (current.parent().data(0, CRITERION_ROLE),
                     current.parent().indexOfChild(current))
        self._filling = True
        self.tree.clear()
        if reading is None:
            item = QTreeWidgetItem(self.tree, [self.tr("Nog niets om te wegen.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        for number, criterion in enumerate(reading.criteria if reading else (), start=1):
            top = self._criterion_item(number, criterion)
            # What weighs is open; a criterion at laag is one line until asked for.
            top.setExpanded(self._chosen.get(criterion.id, criterion.level is not Level.LAAG))
            if place is not None and place[0] == criterion.id and top.child(place[1]):
                self.tree.setCurrentItem(top.child(place[1]))
        self._filling = False
        self.tree.updateGeometry()

    def _move_reasons(self, reading: Reading) -> None:
        for number, criterion in enumerate(reading.criteria):
            top = self.tree.topLevelItem(number)
            for index, reason in enumerate(criterion.reasons):
                if reason.start is not None and reason.end is not None:
                    item = top.child(index)
                    item.setData(0, START_ROLE, reason.start)
                    item.setData(0, END_ROLE, reason.end)

    def _opened_by_author(self, item: QTreeWidgetItem, opened: bool) -> None:
        if not self._filling:
            self._chosen[item.data(0, CRITERION_ROLE)] = opened
            self.tree.updateGeometry()

    def _criterion_item(self, number: int, criterion: Criterion) -> QTreeWidgetItem:
        label = self.level_label(criterion.level)
        top = QTreeWidgetItem(self.tree, [self.tr("%1. %2: %3").replace("%1", str(number))
                                          .replace("%2", criterion.title).replace("%3", label)])
        top.setData(0, CRITERION_ROLE, criterion.id)
        top.setIcon(0, self._icons[criterion.level])
        bold = QFont(top.font(0))
        bold.setBold(True)
        top.setFont(0, bold)
        top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        link = self.palette().color(QPalette.ColorRole.Link)
        for reason in criterion.reasons:
            item = QTreeWidgetItem(top, [reason.text])
            if reason.start is not None and reason.end is not None:
                # From the draft: looks like a link, and selects its words in the text.
                item.setData(0, START_ROLE, reason.start)
                item.setData(0, END_ROLE, reason.end)
                item.setForeground(0, link)
                item.setToolTip(0, self.tr("Aanwijzen in de tekst"))
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole,
                             self.tr("Enter wijst de woorden aan in de tekst"))
        if not criterion.reasons:
            QTreeWidgetItem(top, [self.tr("Niets in de tekst of je instellingen weegt hier "
                                          "mee.")])
        if criterion.source:
            passage = QTreeWidgetItem(top, [criterion.source])
            italic = QFont(passage.font(0))
            italic.setItalic(True)
            passage.setFont(0, italic)
        return top

    # --- opening and acting ------------------------------------------------------

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def _on_toggled(self, open_: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.tree.setVisible(open_)
        self.toggled.emit(open_)

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        start, end = item.data(0, START_ROLE), item.data(0, END_ROLE)
        if start is not None and end is not None:
            self.span_requested.emit(start, end)


def _without_places(reading: Reading | None) -> tuple | None:
    """What the panel shows of a reading: all of it but where its reasons stand."""
    if reading is None:
        return None
    return (reading.level, reading.because, tuple(
        (c.id, c.level, c.title, c.source, tuple((r.text, r.start is None) for r in c.reasons))
        for c in reading.criteria))
