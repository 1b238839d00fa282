"""What the author does with a finding: go to it, apply its fix or a suggestion,
ignore it (and undo that), or add a word to the dictionary."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

from ui.check_cycle import CheckCycle
from ui.host import WindowHost


class FindingActions(QObject):
    def __init__(self, window: WindowHost, checks: CheckCycle):
        super().__init__(window)
        self.window = window
        self.checks = checks

    def select_finding(self, key: str) -> None:
        self.window.editor.select_finding(key)
        self.window.findings.select(key)

    def goto_finding(self, backwards: bool = False) -> None:
        editor = self.window.editor
        key = editor.key_after(editor.textCursor().selectionStart(), backwards)
        if key is not None:
            self.select_finding(key)

    def _current_key(self) -> str | None:
        key = self.window.findings.current_key()
        if key is None:
            editor = self.window.editor
            keys = editor.keys_at(editor.textCursor().position())
            key = keys[0] if keys else None
        return key

    def apply_fix(self, key: str) -> None:
        finding = self.window.session.finding(key)
        if finding is None or finding.fix is None:
            return
        fix = finding.fix
        self.window.editor.replace_span(key, fix.start, fix.end, fix.replacement)
        self.window.editor.setFocus()

    def apply_suggestion(self, key: str, replacement: str) -> None:
        finding = self.window.session.finding(key)
        if finding is not None:
            self.window.editor.replace_span(key, finding.start, finding.end, replacement)

    def fix_current(self) -> None:
        key = self._current_key()
        if key is not None:
            self.apply_fix(key)

    def ignore_current(self) -> None:
        key = self._current_key()
        if key is not None:
            self.ignore(key, "")

    def ignore(self, key: str, reason: str) -> None:
        window = self.window
        window.session.ignore(key, reason)
        window.meta_changed()
        self.checks.redraw()
        window.statusBar().showMessage(
            self.tr("Bevinding genegeerd. Ongedaan maken: %1").replace(
                "%1", window.act_undo_ignore.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText)), 5000)

    def unignore(self, key: str) -> None:
        self.window.session.unignore(key)
        self.window.meta_changed()
        self.checks.redraw()

    def undo_ignore(self) -> None:
        window = self.window
        if window.session.undo_ignore() is not None:
            window.statusBar().clearMessage()
            window.meta_changed()
            self.checks.redraw()

    def add_word(self, word: str) -> None:
        checks = self.checks
        if checks.language is None or not word:
            return
        language = checks.language
        self.window.tasks.run(lambda: language.add_word(word),
                              lambda _r: checks.request_check(immediately=True),
                              lambda error: self.window.messages.show_message(str(error),
                                                                               "error"))
