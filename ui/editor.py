"""The draft editor: plain text with the findings underlined in place."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip

from assistant.findings import Finding, Severity
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


class DraftEditor(QPlainTextEdit):
    """Shows findings as wavy underlines; asks the window to act on them.

    Underlines are ExtraSelections: Qt moves their cursors along with every edit,
    so typing costs nothing until the next check result replaces them.
    """

    fix_requested = Signal(str)
    ignore_requested = Signal(str)
    replace_requested = Signal(str, str)
    add_word_requested = Signal(str)

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
        self._keys: list[str] = []
        self._findings: dict[str, Finding] = {}
        # Where each underline started when it was drawn, to see how far edits moved it.
        self._drawn_start: dict[str, int] = {}
        self._map = Utf16Map("")

    # --- findings ---------------------------------------------------------------

    def set_findings(self, text: str, items: list[tuple[str, Finding]]) -> None:
        """Draw the findings of a check on ``text`` (the editor's current text)."""
        self._map = Utf16Map(text)
        length = self.document().characterCount() - 1
        selections = []
        self._keys = []
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
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            colour = SEVERITY_COLOURS[finding.severity]
            if end - start <= LONG_SPAN and not whole:
                fmt.setUnderlineColor(colour)
                tint = QColor(colour)
                tint.setAlpha(28)
                fmt.setBackground(tint)
            else:
                # The sidebar says it; marking every line would hide the other findings.
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
            selection.format = fmt
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(start, length))
            cursor.setPosition(min(end, length), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
            self._keys.append(key)
            self._findings[key] = finding
            self._drawn_start[key] = start
        self.setExtraSelections(selections)

    def finding_spans(self) -> list[tuple[str, int, int]]:
        """(key, start, end) of every underline where it is now, in Qt positions."""
        return [(key, sel.cursor.selectionStart(), sel.cursor.selectionEnd())
                for key, sel in zip(self._keys, self.extraSelections())]

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
