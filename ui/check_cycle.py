"""The editor and its findings: the text is checked in the background after each
edit (one check at a time; edits made meanwhile are checked together after it),
and the result is drawn in the editor, the sidebar and the status bar. A check
after an edit checks again only what the edit can change (assistant.incremental).
The rules and the spelling and grammar service start here too."""

from __future__ import annotations

import gc
import time
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor

from assistant.session import CheckResult, run_checks
from ui.host import WindowHost
from ui.optional import module_present, optional_module
from ui.textpos import Utf16Map

# Keys typed in one go (a paste, auto-repeat) are checked together.
CHECK_DELAY_MS = 0
# How long the text must stand before suggestions for unknown words are looked up.
SUGGEST_DELAY_MS = 700
# How long the cursor rests before the incremental check prepares for an edit there.
PREPARE_DELAY_MS = 150


class CheckCycle(QObject):
    def __init__(self, window: WindowHost):
        super().__init__(window)
        self.window = window
        self.engine = None
        # The engine's checks of this window's successive texts, and whether it
        # has seen this draft: a draft's first check is a whole one, which is
        # quicker than the incremental check's first, and the incremental check
        # takes the draft in right after it.
        self.incremental = None
        self._incremental_ready = False
        # Whether the next incremental check is its first of this draft (see _on_checked).
        self._taking_in = False
        self.language = None
        # The language service waits for the rules' first findings (start_language).
        self._checked_once = False
        self._language_waiting = False
        self.last_check_ms = 0.0
        # Where each reason of the reading stands in the text; Qt moves them with edits.
        self._reason_spans: dict[tuple[int, int], QTextCursor] = {}
        self.timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self.timer.timeout.connect(self.start_check)
        self.suggest_timer = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self.suggest_timer.timeout.connect(self._look_up_suggestions)
        self.prepare_timer = QTimer(self, singleShot=True, interval=PREPARE_DELAY_MS)
        self.prepare_timer.timeout.connect(self._prepare_edit)

    def cursor_moved(self) -> None:
        self.prepare_timer.start()

    def _prepare_edit(self) -> None:
        """While the cursor rests on checked text, the incremental check works out
        in the background what an edit there is compared with, so that the first
        keystroke is as quick as the next ones (IncrementalCheck.prepare_edit)."""
        window, incremental = self.window, self.incremental
        result = window.session.result
        if (incremental is None or not self._incremental_ready or self._taking_in
                or result is None or result.revision != window.session.revision):
            return
        snapshot = window.text
        position = window.editor.textCursor().position()
        ctx = self.engine.context(window.session.meta.profile, window.platform.id,
                                  window.identity)
        window.tasks.run(lambda: incremental.prepare_edit(snapshot, ctx, position))

    def request_check(self, immediately: bool = False) -> None:
        self.window.session.edited()
        if immediately:
            self.start_check()
        else:
            self.timer.start()

    def start_check(self) -> None:
        """Check a snapshot of the text in the background; one check at a time."""
        if self.engine is None:
            return
        window = self.window
        revision = window.session.begin_check()
        if revision is None:
            return
        snapshot = window.text
        engine, language = self.engine, self.language
        incremental = self.incremental if self._incremental_ready else None
        profile_id, platform_id, identity = (window.session.meta.profile, window.platform.id,
                                             window.identity)
        ignored = frozenset(window.session.meta.ignored)
        started = time.perf_counter()
        window.tasks.run(
            lambda: run_checks(revision, snapshot, engine, profile_id, platform_id, identity,
                               language, ignored, incremental),
            lambda result: self._on_checked(result, started, whole=incremental is None),
            self._on_check_failed)

    def _on_checked(self, result: CheckResult, started: float, whole: bool = False) -> None:
        session = self.window.session
        again = session.end_check()
        self._checked_once = True
        taken_in = whole and self.incremental is not None and not self._incremental_ready
        if taken_in:
            self._incremental_ready = again = self._taking_in = True
        elif self._taking_in and not whole:
            # The incremental check has read the whole draft. The collector's full
            # passes over what it keeps stopped a check and the window for 10 to
            # 20 ms at a time while typing in a long draft.
            self._taking_in = False
            _keep_from_collector()
        if session.accept(result):
            self._show_result(result)
            self._show_reading(result)
            self.last_check_ms = (time.perf_counter() - started) * 1000
            self.window.findings_updated.emit(result.revision)
            self.suggest_timer.start()
            self.prepare_timer.start()
        # A stale result without a queued check means typing restarted the timer.
        if again:
            self.start_check()
        if taken_in:
            self._compile_patterns()
        self._start_waiting_language()

    def _compile_patterns(self) -> None:
        """Once the first findings are shown, the patterns the checks after an
        edit may need are compiled in the background, where compiling one
        would otherwise hold up a keystroke's findings."""
        window, incremental = self.window, self.incremental
        ctx = self.engine.context(window.session.meta.profile, window.platform.id,
                                  window.identity)
        window.tasks.run(lambda: incremental.compile_patterns(ctx))

    def _look_up_suggestions(self) -> None:
        """Checks while typing show only suggestions looked up before: looking one
        up takes up to a fifth of a second. Once the text stands, the unknown words
        without them are looked up in the background and checked again."""
        language, result = self.language, self.window.session.result
        if language is None or result is None or result.revision != self.window.session.revision:
            return
        from assistant.language import SPELLING_RULE

        words = [result.text[f.start:f.end] for f in result.findings
                 if f.rule_id == SPELLING_RULE and not f.suggestions]
        if words:
            self.window.tasks.run(lambda: language.look_up_suggestions(words),
                                  lambda found: self._suggestions_found(found, result.revision))

    def _suggestions_found(self, found: bool, revision: int) -> None:
        if found and self.window.session.revision == revision:
            self.start_check()

    def _on_check_failed(self, error: BaseException) -> None:
        self.window.check_status.setText(
            self.tr("De controle is mislukt: %1").replace("%1", str(error)))
        again = self.window.session.end_check()
        self._checked_once = True
        self._start_waiting_language()
        if self.window.settings.rules:
            # The engine may compile a rule only when a check first needs it: a broken
            # department rule then fails here, and the built-in rules carry on.
            self._on_engine_failed(error)
        elif again:
            self.start_check()

    def clear(self) -> None:
        """Nothing shown: another draft is on its way."""
        self.window.editor.set_findings("", [])
        self.window.findings.set_findings([], [], {})
        self.window.weighing.set_reading(None)
        self._reason_spans.clear()
        self._incremental_ready = False

    def _show_result(self, result: CheckResult) -> None:
        window, session = self.window, self.window.session
        visible = session.visible()
        window.editor.set_findings(result.text, visible)
        summary = session.summary() if result.text.strip() else {}
        window.findings.set_findings(visible, session.ignored(), summary, session.meta.ignored)
        self._show_length(result.text)
        self._show_readability(result.readability)
        count = len(visible)
        if count == 0:
            status = self.tr("Geen bevindingen")
        elif count == 1:
            status = self.tr("1 bevinding")
        else:
            status = self.tr("%1 bevindingen").replace("%1", str(count))
        window.check_status.setText(status)
        window.word_count.setText(self.tr("%1 woorden").replace(
            "%1", str(len(result.text.split()))))
        window.act_undo_ignore.setEnabled(session.can_undo_ignore)
        if self.language is not None:
            # Grammar may have stopped since the last check (a server gone away).
            self._show_language_status(self.language)

    def _show_reading(self, result: CheckResult) -> None:
        """The reading of this result, with a cursor per reason in the text: the
        result is of the text as it is now, and the cursors follow later edits."""
        document = self.window.editor.document()
        qt, last = Utf16Map(result.text), document.characterCount() - 1
        # Most reasons are where the last reading put them (moved along by Qt):
        # their cursors serve again.
        kept = {(c.selectionStart(), c.selectionEnd()): c for c in self._reason_spans.values()}
        self._reason_spans = {}
        for criterion in result.reading.criteria if result.reading else ():
            for reason in criterion.reasons:
                if reason.start is None or reason.end is None:
                    continue
                span = min(qt.to_qt(reason.start), last), min(qt.to_qt(reason.end), last)
                cursor = kept.pop(span, None)
                if cursor is None:
                    cursor = QTextCursor(document)
                    cursor.setPosition(span[0])
                    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
                self._reason_spans[(reason.start, reason.end)] = cursor
        self.window.weighing.set_reading(result.reading)

    def select_span(self, start: int, end: int) -> None:
        """Select a reason of the reading in the text, where it stands now."""
        cursor = self._reason_spans.get((start, end))
        if cursor is not None:
            self.window.editor.setTextCursor(QTextCursor(cursor))
            self.window.editor.ensureCursorVisible()

    def redraw(self) -> None:
        """Show the last result again after an ignore changed what is visible, and
        weigh again: the reading leaves out what the author ignored."""
        if self.window.session.result is not None:
            self._show_result(self.window.session.result)
            self.request_check(immediately=True)

    def _show_length(self, text: str) -> None:
        platform = self.window.platform
        platforms = optional_module("assistant.platforms")
        measure = getattr(platforms, "measure_length", None)
        length = measure(text, platform) if measure else len(text)
        self.window.role_bar.set_length(length, platform.limit)

    def _show_readability(self, readability) -> None:
        findings = self.window.findings
        if readability is None or readability.score is None:
            findings.set_readability("")
            return
        bands = {"makkelijk": self.tr("makkelijk"), "normaal": self.tr("normaal"),
                 "moeilijk": self.tr("moeilijk")}
        text = self.tr("Leesbaarheid: %1 (%2)").replace("%1", f"{readability.score:.0f}").replace(
            "%2", bands.get(readability.band, readability.band))
        advice = readability.advice
        findings.set_readability(f"{text}. {advice}" if advice else text)

    # --- the engine and the language service ----------------------------------------

    def start_engine(self) -> None:
        settings = self.window.settings

        def build():
            # Imported here: compiling the rules is part of the background start-up.
            from assistant.engine import Engine
            from assistant.incremental import IncrementalCheck
            from assistant.nlp.lemmas import preload

            engine = Engine(settings)
            preload()  # the lemma dictionary, before the first check needs it
            return engine, IncrementalCheck(engine)

        self.window.tasks.run(build, self._on_engine_ready, self._on_engine_failed)

    def _on_engine_ready(self, built) -> None:
        self.engine, self.incremental = built
        self._incremental_ready = False
        _keep_from_collector()
        self.window.check_status.setText("")
        self.start_check()

    def _on_engine_failed(self, error: BaseException) -> None:
        """A broken department rule: say so, and check with the built-in rules."""
        window = self.window
        window.messages.show_message(
            self.tr("De regels konden niet worden geladen: %1").replace("%1", str(error)),
            "error")
        if window.settings.rules or window.settings.classes:
            window.settings = replace(window.settings, rules=(), classes=())
            self.start_engine()
        else:
            self._checked_once = True  # no check is coming
            self._start_waiting_language()

    def start_language(self) -> None:
        """Spelling first (quick), then grammar (may start LanguageTool), both in the
        background; each makes the checks rerun once it is ready. A draft opened
        at the start has the rules' findings drawn first: loading the dictionary
        needs the interpreter as much as that first check does, and alongside it
        held those findings up by about a fifth of a second."""
        if not self._checked_once and self.window.text.strip():
            self._language_waiting = True
            return
        window = self.window
        if not module_present("assistant.language"):
            window.language_status.setText(self.tr("Spelling en grammatica: niet beschikbaar"))
            return
        settings = window.settings

        def create_and_load_spelling():
            from assistant.language import LanguageService

            service = LanguageService(settings)
            # Looked up after a check instead (_look_up_suggestions).
            service.suggestions_per_check = 0
            service.load_spelling()
            return service

        def spelling_loaded(service) -> None:
            if window.settings is not settings:
                service.close()  # Settings changed meanwhile; a newer service is on its way.
                return
            self.language = service
            _keep_from_collector()
            self._show_language_status(service)
            # The text is as it was: a check still running shows its findings, and
            # one with spelling follows it.
            self.start_check()
            window.tasks.run(service.start_grammar, lambda _r: grammar_started(service),
                             self._on_language_failed)

        def grammar_started(service) -> None:
            self._show_language_status(service)
            self.start_check()

        window.tasks.run(create_and_load_spelling, spelling_loaded, self._on_language_failed)

    def _start_waiting_language(self) -> None:
        if self._language_waiting:
            self._language_waiting = False
            self.start_language()

    def _on_language_failed(self, error: BaseException) -> None:
        self.window.language_status.setText(
            self.tr("Spelling en grammatica: niet beschikbaar"))
        self.window.language_status.setToolTip(str(error))

    def _show_language_status(self, service) -> None:
        from assistant.language.grammar import state_label  # loaded with the service

        status = service.status()
        self.window.language_status.setText(
            self.tr("Spelling: %1 · Grammatica: %2")
            .replace("%1", state_label(status.spelling_state))
            .replace("%2", state_label(status.grammar_state)))
        self.window.language_status.setToolTip("\n".join(
            r for r in (status.spelling_reason, status.grammar_reason) if r))

    def stop(self) -> None:
        """The window closes: no new check, and LanguageTool goes first, which also
        ends a start-up that is still waiting for it."""
        self.timer.stop()
        self.suggest_timer.stop()
        self.prepare_timer.stop()
        if self.language is not None:
            self.language.close()


def _keep_from_collector() -> None:
    """The rules, word classes and dictionaries just loaded live as long as the
    window, and what the checks keep of a draft until edits replace it: the
    garbage collector's full passes leave them alone from now on (reference
    counting still frees what is dropped). Going through them all stopped the
    window for up to a tenth of a second now and then while typing in a long
    draft."""
    gc.freeze()
