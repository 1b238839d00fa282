"""The draft editor: plain text with the findings underlined in place."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (QAction, QColor, QContextMenuEvent, QTextBlock, QTextCharFormat,
                           QTextCursor, QTextOption)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip

from assistant.findings import Finding, Severity
from assistant.text import LONG_LINE, break_long_lines, longest_line
from ui.textpos import Utf16Map

SEVERITY_COLOURS = {
    Severity.FOUT: QColor("#c62828"),
    Severity.WAARSCHUWING: QColor("#e07000"),
    Severity.TIP: QColor("#1565c0"),
}
MAX_SUGGESTIONS = 6
SENTENCE_BREAK = re.compile(r"[.!?]\s+\S|\n\s*\S")
# Longer spans are tracked (for F8 and fixes) but not drawn.
LONG_SPAN = 300


class _Underline(NamedTuple):
    key: str
    cursor: QTextCursor
    format: QTextCharFormat
    long: bool


class DraftEditor(QPlainTextEdit):
    """Shows findings as wavy underlines; asks the window to act on them.

    Each finding keeps a QTextCursor, which Qt moves along with every edit, so
    typing costs nothing until the next check result replaces them. Only the
    underlines on screen are handed to Qt as ExtraSelections: Qt goes through
    every ExtraSelection of a paragraph at each repaint, and one long line
    (a pasted megabyte) can carry thousands.
    """

    fix_requested = Signal(str)
    ignore_requested = Signal(str)
    replace_requested = Signal(str, str)
    add_word_requested = Signal(str)
    # Pasted text had a line so long that typing in it would lag; it was broken.
    long_lines_broken = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("draftEditor")
        self.setAccessibleName(self.tr("Concepttekst"))
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Schrijf of plak hier je concept. Glazen Huis toetst "
                                        "het terwijl je typt."))
        # A little larger than the interface text: this is where the author reads.
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        # In the order of the findings; the short ones also sorted by where they
        # start (edits move the cursors but keep that order), the long ones apart.
        self._underlines: list[_Underline] = []
        self._short: list[_Underline] = []
        self._long: list[_Underline] = []
        self._drawn: tuple[str, ...] | None = None
        self._findings: dict[str, Finding] = {}
        # Where each underline started when it was drawn, to see how far edits moved it.
        self._drawn_start: dict[str, int] = {}
        self._map = Utf16Map("")
        self._formats = {(severity, plain): _underline_format(colour, plain)
                         for severity, colour in SEVERITY_COLOURS.items()
                         for plain in (False, True)}
        self.verticalScrollBar().valueChanged.connect(self._draw_visible)
        self.textChanged.connect(self._draw_visible)

    def insertFromMimeData(self, source) -> None:
        text = source.text() if source.hasText() else ""
        if longest_line(text) <= LONG_LINE:
            super().insertFromMimeData(source)
            return
        self.textCursor().insertText(break_long_lines(text))
        self.ensureCursorVisible()
        self.long_lines_broken.emit()

    # --- findings ---------------------------------------------------------------

    def set_findings(self, text: str, items: list[tuple[str, Finding]]) -> None:
        """Draw the findings of a check on ``text`` (the editor's current text)."""
        self._map = Utf16Map(text)
        length = self.document().characterCount() - 1
        underlines = []
        # Most findings are where the last check put them (moved along by Qt):
        # their cursors serve again.
        kept = {(u.key, u.cursor.selectionStart(), u.cursor.selectionEnd()): u.cursor
                for u in self._underlines}
        self._findings = {}
        self._drawn_start = {}
        body_start = len(text) - len(text.lstrip())
        body_end = len(text.rstrip())
        # A span over a draft of several sentences is about the draft as a whole.
        several = SENTENCE_BREAK.search(text, body_start, body_end) is not None
        for key, finding in items:
            whole = several and finding.start <= body_start and finding.end >= body_end
            start, end = self._map.to_qt(finding.start), self._map.to_qt(finding.end)
            if start == end:
                # An insertion point (a missing signature) still needs something to see.
                start, end = (start, start + 1) if start < length else (max(start - 1, 0), start)
            # The sidebar says what a long span is about; marking every line would
            # hide the other findings.
            plain = end - start > LONG_SPAN or whole
            placed = min(start, length), min(end, length)
            cursor = kept.pop((key, *placed), None)
            if cursor is None:
                cursor = QTextCursor(self.document())
                cursor.setPosition(placed[0])
                cursor.setPosition(placed[1], QTextCursor.MoveMode.KeepAnchor)
            underlines.append(_Underline(key, cursor, self._formats[finding.severity, plain], plain))
            self._findings[key] = finding
            self._drawn_start[key] = start
        self._underlines = underlines
        self._short = sorted((u for u in underlines if not u.long), key=_start)
        self._long = [u for u in underlines if u.long]
        self._drawn = None
        self._draw_visible()

    def visible_range(self) -> tuple[int, int]:
        """The first and last Qt position on screen. Found from the laid-out
        lines of the paragraphs on screen, by halving: cursorForPosition walks
        every line of a paragraph, and a one-line draft of a megabyte has many."""
        height = self.viewport().height()
        block = self.firstVisibleBlock()
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        first = _line_edge(block, -top, start=True)
        last = first
        while block.isValid() and top < height:
            last = _line_edge(block, height - top, start=False)
            top += self.blockBoundingRect(block).height()
            block = block.next()
        return first, last

    def _draw_visible(self) -> None:
        """Hand Qt the underlines that touch the screen, and only those."""
        # Without underlines the screen is not measured: the binding's first look
        # at the viewport takes milliseconds, and before the window's first paint
        # there is nothing to draw yet.
        shown = self._on_screen() if self._underlines else []
        # Qt paints later selections over earlier ones: where spans overlap, the
        # most serious finding's underline and tint stay visible.
        shown.sort(key=lambda u: (not u.long, self._findings[u.key].severity.rank))
        keys = tuple(u.key for u in shown)
        if keys == self._drawn:
            return
        self._drawn = keys
        selections = []
        for underline in shown:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = underline.cursor
            selection.format = underline.format
            selections.append(selection)
        self.setExtraSelections(selections)

    def _on_screen(self) -> list[_Underline]:
        """The underlines that touch the screen."""
        first, last = self.visible_range()
        # A short span that reaches the screen starts at most LONG_SPAN before it;
        # long ones are few (a sentence or more each) and are all looked at.
        lo = bisect.bisect_left(self._short, first - LONG_SPAN, key=_start)
        hi = bisect.bisect_right(self._short, last, key=_start)
        shown = [u for u in self._short[lo:hi] if u.cursor.selectionEnd() >= first]
        shown += [u for u in self._long if u.cursor.selectionStart() <= last
                  and u.cursor.selectionEnd() >= first]
        return shown

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._draw_visible()

    def drawn(self) -> list[tuple[str, QTextEdit.ExtraSelection]]:
        """The underlines handed to Qt (those on screen), with their keys."""
        return list(zip(self._drawn or (), self.extraSelections()))

    def finding_spans(self) -> list[tuple[str, int, int]]:
        """(key, start, end) of every underline where it is now, in Qt positions."""
        return [(u.key, u.cursor.selectionStart(), u.cursor.selectionEnd())
                for u in self._underlines]

    def span_of(self, key: str) -> tuple[int, int] | None:
        for k, start, end in self.finding_spans():
            if k == key:
                return start, end
        return None

    def select_finding(self, key: str) -> bool:
        span = self.span_of(key)
        if span is None:
            return False
        cursor = self.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def replace_span(self, key: str, start: int, end: int, replacement: str) -> bool:
        """Replace text given in code points of the checked text, as one undo step.

        If the text was edited since the check, the span moves with the
        finding's underline.
        """
        span = self.span_of(key)
        if span is None:
            return False
        shift = span[0] - self._drawn_start[key]
        cursor = QTextCursor(self.document())
        last = self.document().characterCount() - 1
        cursor.setPosition(max(0, min(self._map.to_qt(start) + shift, last)))
        cursor.setPosition(max(0, min(self._map.to_qt(end) + shift, last)),
                           QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        return True

    def keys_at(self, position: int) -> list[str]:
        return [key for key, start, end in self.finding_spans() if start <= position <= end]

    def key_after(self, position: int, backwards: bool = False) -> str | None:
        """The next finding after (or before) a position, wrapping around."""
        spans = sorted(self.finding_spans(), key=lambda s: (s[1], s[2]))
        if not spans:
            return None
        if backwards:
            before = [s for s in spans if s[1] < position]
            return (before or spans)[-1][0]
        after = [s for s in spans if s[1] > position]
        return (after or spans)[0][0]

    # --- tooltips and the context menu ----------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(self.viewport().mapFromGlobal(
                event.globalPos())).position()
            messages = [self._findings[k].message for k in self.keys_at(position)]
            if messages:
                QToolTip.showText(event.globalPos(), "\n".join(messages), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu_at(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu_at(self, pos: QPoint) -> QMenu:
        """The standard edit menu, headed by what can be done with the findings here."""
        position = self.cursorForPosition(pos).position()
        menu = self.createStandardContextMenu(pos)
        before = menu.actions()[0] if menu.actions() else None
        for key in self.keys_at(position):
            finding = self._findings[key]
            menu.insertSection(before, finding.message)
            actions = []
            if finding.fix is not None:
                actions.append((finding.fix.label, lambda _=False, k=key: self.fix_requested.emit(k)))
            # The fix usually is the first suggestion: offer it once.
            fixed = finding.fix.replacement if finding.fix is not None else None
            suggestions = [s for s in finding.suggestions if s != fixed]
            for suggestion in suggestions[:MAX_SUGGESTIONS]:
                actions.append((suggestion, lambda _=False, k=key, s=suggestion:
                                self.replace_requested.emit(k, s)))
            actions.append((self.tr("Negeren"), lambda _=False, k=key: self.ignore_requested.emit(k)))
            if finding.category == "spelling":
                actions.append((self.tr("Toevoegen aan woordenboek"),
                                lambda _=False, w=self.span_text(key): self.add_word_requested.emit(w)))
            for label, slot in actions:
                action = QAction(label, menu)
                action.triggered.connect(slot)
                menu.insertAction(before, action)
        if before is not None and self.keys_at(position):
            menu.insertSeparator(before)
        return menu

    def span_text(self, key: str) -> str:
        start, end = self.span_of(key) or (0, 0)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def keyPressEvent(self, event) -> None:
        # Shift+F10 / the menu key open the finding menu at the text cursor.
        if event.key() == Qt.Key.Key_Menu or (
                event.key() == Qt.Key.Key_F10
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            rect = self.cursorRect()
            pos = rect.center()
            self.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos,
                                                    self.viewport().mapToGlobal(pos)))
            return
        super().keyPressEvent(event)


def _line_edge(block: QTextBlock, y: float, start: bool) -> int:
    """Where the laid-out line of ``block`` at height ``y`` starts (or ends)."""
    layout = block.layout()
    count = layout.lineCount() if layout is not None else 0
    if count == 0:
        return block.position() + (0 if start else block.length())
    lo, hi = 0, count - 1
    while lo < hi:
        mid = (lo + hi) // 2
        line = layout.lineAt(mid)
        if line.y() + line.height() <= y:
            lo = mid + 1
        else:
            hi = mid
    line = layout.lineAt(lo)
    return block.position() + line.textStart() + (0 if start else line.textLength())


def _start(underline: _Underline) -> int:
    return underline.cursor.selectionStart()


def _underline_format(colour: QColor, plain: bool) -> QTextCharFormat:
    """A wavy underline in the severity's colour on a light tint of it, or
    (``plain``) a span that is tracked but not marked."""
    fmt = QTextCharFormat()
    if plain:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
        return fmt
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(colour)
    tint = QColor(colour)
    tint.setAlpha(28)
    fmt.setBackground(tint)
    return fmt
