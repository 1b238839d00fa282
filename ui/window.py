"""The main window: a passive view over DraftSession and the core's checks."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from assistant import drafts
from assistant.drafts import Autosave, AutosaveEntry, DraftError, DraftMeta, RecentFiles
from assistant.findings import Finding
from assistant.platforms import PLATFORMS, Platform, get_platform
from assistant.profiles import PROFILES
from assistant.session import CheckResult, DraftSession, DraftSnapshot, run_checks
from assistant.settings import ChecklistItem, Identity, Settings
from assistant.text import LONG_LINE, break_long_lines, longest_line
from ui.checklist_panel import ChecklistPanel
from ui.compat import guard_singletons
from ui.editor import DraftEditor
from ui.findings_panel import FindingsPanel
from ui.message_bar import MessageArea, MessageBar
from ui.modes import MODES, ProfileMode
from ui.role_bar import RoleBar
from ui.tasks import TaskManager
from ui.textpos import Utf16Map
from ui.weighing_panel import WeighingPanel

CHECK_DELAY_MS = 300
# Counted from the first unsaved change, and early enough that the copy is on
# disk within 2 s of it: a crash loses at most the last 2 s of typing.
AUTOSAVE_DELAY_MS = 1500
MAX_PROBLEMS_SHOWN = 3
DEFAULT_SIZE = (1200, 760)
# Room left around a first-time window for the desktop's panels and the frame.
SCREEN_MARGIN = 60


def optional_module(name: str):
    """A module another part of the app provides; None while it is not there."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def module_present(name: str) -> bool:
    """Whether optional_module would find it, without the cost of importing it."""
    if name in sys.modules:
        return sys.modules[name] is not None
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class MainWindow(QMainWindow):
    # Emitted after a check result has been drawn (tests and benchmarks wait on it).
    findings_updated = Signal(int)

    def __init__(self, settings: Settings, tasks: TaskManager | None = None,
                 autosave: Autosave | None = None, recent: RecentFiles | None = None):
        guard_singletons()
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.tasks = tasks or TaskManager(self)
        self.autosave = autosave or Autosave()
        self.recent = recent or RecentFiles()
        self.session = DraftSession(DraftMeta(profile=settings.default_profile,
                                              platform=settings.default_platform))
        self.engine = None
        self.language = None
        self.mode: ProfileMode | None = None
        self.last_check_ms = 0.0

        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._connect()

        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.start_check)
        self._autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._autosave_running = False
        self._autosave_again = False

        self.change_mode(self.session.meta.profile or "prive")
        self.role_bar.set_platform(self.platform.id)
        self._update_title()
        self.show_config_problems()
        self._restore_geometry()
        self._start_engine()
        self._start_language()
        autosave, recent = self.autosave, self.recent
        self.tasks.run(lambda: drafts.remove_leftover_copies(autosave, recent))

    # --- building -------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.role_bar = RoleBar(self)
        self.messages = MessageArea(self)
        self._long_line_bar: MessageBar | None = None
        self.editor = DraftEditor(self)
        self.findings = FindingsPanel(self)
        self.checklist = ChecklistPanel(self)
        self.weighing = WeighingPanel(self)
        # Where each reason of the reading stands in the text; Qt moves them with edits.
        self._reason_spans: dict[tuple[int, int], QTextCursor] = {}
        self.side = QTabWidget(self)
        self.side.setAccessibleName(self.tr("Zijbalk"))
        self.side.tabBar().setAccessibleName(self.tr("Zijbalk"))
        self.side.addTab(self.findings, self.tr("Bevindingen"))
        self.side.addTab(self.checklist, self.tr("Checklist"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.editor)
        # The reading sits above the tabs: it answers "kan dit zo?" whichever tab is open.
        side_box = QWidget(self)
        self._side_layout = QVBoxLayout(side_box)
        self._side_layout.setContentsMargins(0, 0, 0, 0)
        self._side_layout.addWidget(self.weighing)
        self._side_layout.addWidget(self.side, 1)
        splitter.addWidget(side_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.role_bar)
        body = QVBoxLayout()
        body.setContentsMargins(6, 6, 6, 0)
        body.addWidget(self.messages)
        body.addWidget(splitter, 1)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        # Keyboard order follows the eye: role and platform, the text, then the sidebar
        # from the reading and its tabs down to the buttons under the explanation.
        chain = (*self.role_bar.buttons.values(), self.role_bar.platform, self.editor,
                 self.weighing.toggle, self.weighing.tree, self.side, self.findings.tree,
                 self.findings.details, self.findings.fix_button, self.findings.reason,
                 self.findings.ignore_button)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

        self.check_status = QLabel(self)
        self.language_status = QLabel(self.tr("Spelling en grammatica: laden…"), self)
        self.word_count = QLabel(self)
        self.statusBar().addWidget(self.check_status, 1)
        self.statusBar().addPermanentWidget(self.language_status)
        self.statusBar().addPermanentWidget(self.word_count)
        self.check_status.setText(self.tr("Regels laden…"))

    def _action(self, text: str, shortcut=None, slot=None, checkable=False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        action.setCheckable(checkable)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("&Nieuw"), key.New, self.new_draft)
        self.act_open = self._action(self.tr("&Openen…"), key.Open, self.open_dialog)
        self.act_save = self._action(self.tr("Op&slaan"), key.Save, self.save)
        self.act_save_as = self._action(self.tr("Opslaan &als…"), key.SaveAs, self.save_as)
        self.act_quit = self._action(self.tr("A&fsluiten"), key.Quit, self.close)
        self.act_undo_ignore = self._action(self.tr("&Negeren ongedaan maken"),
                                            "Ctrl+Alt+Z", self.undo_ignore)
        self.act_settings = self._action(self.tr("&Instellingen…"), key.Preferences,
                                         self.open_settings)
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_next = self._action(self.tr("&Volgende bevinding"), "F8",
                                     lambda: self.goto_finding(backwards=False))
        self.act_previous = self._action(self.tr("Vo&rige bevinding"), "Shift+F8",
                                         lambda: self.goto_finding(backwards=True))
        self.act_fix = self._action(self.tr("&Oplossing toepassen"), "Ctrl+Shift+Return",
                                    self.fix_current)
        self.act_ignore = self._action(self.tr("Bevinding &negeren"), "Ctrl+Shift+N",
                                       self.ignore_current)
        self.act_check = self._action(self.tr("Nu &controleren"), "F5", self.start_check)
        self.act_focus_text = self._action(self.tr("Naar de &tekst"), "Ctrl+1",
                                           self.editor.setFocus)
        self.act_focus_findings = self._action(self.tr("Naar de &bevindingen"), "Ctrl+2",
                                               self._focus_findings)
        self.act_focus_checklist = self._action(self.tr("Naar de &checklist"), "Ctrl+3",
                                                self._focus_checklist)
        self.role_actions = QActionGroup(self)
        self.act_roles: dict[str, QAction] = {}
        for number, profile in enumerate(PROFILES.values(), start=1):
            action = self._action(profile.label, f"Ctrl+Shift+{number}",
                                  lambda _=False, p=profile.id: self.change_mode(p),
                                  checkable=True)
            self.role_actions.addAction(action)
            self.act_roles[profile.id] = action
        self.act_platform = self._action(self.tr("&Platform kiezen"), "Ctrl+Shift+P",
                                         self._focus_platform)
        self.act_publish = self._action(self.tr("Markeer als &gepubliceerd…"), None,
                                        self.mark_published)
        self.act_logbook = self._action(self.tr("Logboek &openen…"), None, self.open_logbook)
        self.act_about = self._action(self.tr("&Over Glazen Huis"), None, self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = file_menu.addMenu(self.tr("&Recente bestanden"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        # Two drafts may share a name: the tooltip gives the full path.
        self.recent_menu.setToolTipsVisible(True)
        file_menu.addActions([self.act_save, self.act_save_as])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)

        edit_menu = bar.addMenu(self.tr("Be&werken"))
        undo = self._action(self.tr("&Ongedaan maken"), QKeySequence.StandardKey.Undo,
                            self.editor.undo)
        redo = self._action(self.tr("Opnie&uw"), QKeySequence.StandardKey.Redo,
                            self.editor.redo)
        edit_menu.addActions([undo, redo, self.act_undo_ignore])
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_settings)

        check_menu = bar.addMenu(self.tr("&Controle"))
        check_menu.addActions([self.act_next, self.act_previous, self.act_fix, self.act_ignore,
                               self.act_check])

        role_menu = bar.addMenu(self.tr("&Rol"))
        role_menu.addActions(list(self.act_roles.values()))
        role_menu.addSeparator()
        role_menu.addAction(self.act_platform)

        view_menu = bar.addMenu(self.tr("B&eeld"))
        view_menu.addActions([self.act_focus_text, self.act_focus_findings,
                              self.act_focus_checklist])

        log_menu = bar.addMenu(self.tr("&Logboek"))
        log_menu.addActions([self.act_publish, self.act_logbook])
        self.act_publish.setEnabled(module_present("ui.publish_dialog"))
        self.act_logbook.setEnabled(module_present("ui.logbook_window"))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)

    def _connect(self) -> None:
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.document().modificationChanged.connect(lambda _m: self._update_title())
        self.editor.fix_requested.connect(self.apply_fix)
        self.editor.ignore_requested.connect(lambda key: self.ignore(key, ""))
        self.editor.replace_requested.connect(self.apply_suggestion)
        self.editor.add_word_requested.connect(self.add_word)
        self.editor.long_lines_broken.connect(self._pasted_long_lines)
        self.findings.finding_selected.connect(self.select_finding)
        self.findings.fix_clicked.connect(self.apply_fix)
        self.findings.ignore_clicked.connect(self.ignore)
        self.findings.unignore_clicked.connect(self.unignore)
        self.weighing.span_requested.connect(self.select_span)
        self.weighing.toggled.connect(
            lambda open_: self._side_layout.setStretch(0, 1 if open_ else 0))
        self.role_bar.profile_chosen.connect(self.change_mode)
        self.role_bar.platform_chosen.connect(self.change_platform)
        self.role_bar.settings_requested.connect(self.open_settings)
        self.checklist.answer_changed.connect(self._on_answer)

    # --- state --------------------------------------------------------------------------

    @property
    def identity(self) -> Identity:
        return self.settings.identity

    @property
    def platform(self) -> Platform:
        try:
            return get_platform(self.session.meta.platform)
        except ValueError:
            return get_platform("blog")

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    def is_modified(self) -> bool:
        return self.editor.document().isModified()

    def _update_title(self) -> None:
        name = self.session.path.name if self.session.path else self.tr("Naamloos concept")
        self.setWindowTitle(f"{name}[*] — Glazen Huis")
        self.setWindowModified(self.is_modified())

    def _meta_changed(self) -> None:
        """Profile, platform, answers or ignores changed: worth keeping like an edit."""
        self.editor.document().setModified(True)
        self._schedule_autosave()

    # --- modes, platform, checklist --------------------------------------------------

    def change_mode(self, profile_id: str) -> None:
        """Switch role: the old mode lets go, the new one rewires the window."""
        mode = MODES.get(profile_id, MODES["prive"])
        if self.mode is not None:
            if self.mode is mode:
                mode.activate(self)
                return
            self.mode.deactivate(self)
        changed = self.session.meta.profile != mode.profile.id
        self.mode = mode
        self.session.meta.profile = mode.profile.id
        self.act_roles[mode.profile.id].setChecked(True)
        mode.activate(self)
        self._refresh_checklist()
        if changed:
            self._meta_changed()
        self.request_check(immediately=True)

    def change_platform(self, platform_id: str) -> None:
        if platform_id == self.session.meta.platform:
            return
        self.session.meta.platform = platform_id
        self.role_bar.set_platform(platform_id)
        self._refresh_checklist()
        self._meta_changed()
        self.request_check(immediately=True)

    def checklist_items(self) -> list[ChecklistItem]:
        profile_id, platform = self.session.meta.profile, self.platform
        checklist = optional_module("assistant.checklist")
        if checklist is not None:
            return list(checklist.checklist_for(self.settings, profile_id, platform.id))
        return [item for item in self.settings.checklist
                if item.applies_to(profile_id, platform.id, platform.kind)]

    def _refresh_checklist(self) -> None:
        self.checklist.set_items(self.checklist_items(), self.session.meta.checklist)
        self._update_checklist_tab()

    def _on_answer(self, item_id: str, answer: str) -> None:
        if answer:
            self.session.meta.checklist[item_id] = answer
        else:
            self.session.meta.checklist.pop(item_id, None)
        self._update_checklist_tab()
        self._meta_changed()

    def _update_checklist_tab(self) -> None:
        done, total = self.checklist.answered()
        self.side.setTabText(1, self.tr("Checklist (%1/%2)").replace("%1", str(done))
                             .replace("%2", str(total)))

    # --- checking -------------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        self.session.edited()
        self._check_timer.start()
        self._schedule_autosave()

    def request_check(self, immediately: bool = False) -> None:
        self.session.edited()
        if immediately:
            self.start_check()
        else:
            self._check_timer.start()

    def start_check(self) -> None:
        """Check a snapshot of the text in the background; one check at a time."""
        if self.engine is None:
            return
        revision = self.session.begin_check()
        if revision is None:
            return
        snapshot = self.text
        engine, language = self.engine, self.language
        profile_id, platform_id, identity = (self.session.meta.profile, self.platform.id,
                                             self.identity)
        ignored = frozenset(self.session.meta.ignored)
        started = time.perf_counter()
        self.tasks.run(
            lambda: run_checks(revision, snapshot, engine, profile_id, platform_id, identity,
                               language, ignored),
            lambda result: self._on_checked(result, started),
            self._on_check_failed)

    def _on_checked(self, result: CheckResult, started: float) -> None:
        again = self.session.end_check()
        if self.session.accept(result):
            self._show_result(result)
            self._show_reading(result)
            self.last_check_ms = (time.perf_counter() - started) * 1000
            self.findings_updated.emit(result.revision)
        # A stale result without a queued check means typing restarted the timer.
        if again:
            self.start_check()

    def _on_check_failed(self, error: BaseException) -> None:
        self.check_status.setText(self.tr("De controle is mislukt: %1").replace("%1", str(error)))
        again = self.session.end_check()
        if self.settings.rules:
            # The engine may compile a rule only when a check first needs it: a broken
            # department rule then fails here, and the built-in rules carry on.
            self._on_engine_failed(error)
        elif again:
            self.start_check()

    def _show_result(self, result: CheckResult) -> None:
        visible = self.session.visible()
        self.editor.set_findings(result.text, visible)
        summary = self.session.summary() if result.text.strip() else {}
        self.findings.set_findings(visible, self.session.ignored(), summary,
                                   self.session.meta.ignored)
        self._show_length(result.text)
        self._show_readability(result.readability)
        count = len(visible)
        if count == 0:
            status = self.tr("Geen bevindingen")
        elif count == 1:
            status = self.tr("1 bevinding")
        else:
            status = self.tr("%1 bevindingen").replace("%1", str(count))
        self.check_status.setText(status)
        self.word_count.setText(self.tr("%1 woorden").replace(
            "%1", str(len(result.text.split()))))
        self.act_undo_ignore.setEnabled(self.session.can_undo_ignore)
        if self.language is not None:
            # Grammar may have stopped since the last check (a server gone away).
            self._show_language_status(self.language)

    def _show_reading(self, result: CheckResult) -> None:
        """The reading of this result, with a cursor per reason in the text: the
        result is of the text as it is now, and the cursors follow later edits."""
        qt, last = Utf16Map(result.text), self.editor.document().characterCount() - 1
        self._reason_spans.clear()
        for criterion in result.reading.criteria if result.reading else ():
            for reason in criterion.reasons:
                if reason.start is None or reason.end is None:
                    continue
                cursor = QTextCursor(self.editor.document())
                cursor.setPosition(min(qt.to_qt(reason.start), last))
                cursor.setPosition(min(qt.to_qt(reason.end), last),
                                   QTextCursor.MoveMode.KeepAnchor)
                self._reason_spans[(reason.start, reason.end)] = cursor
        self.weighing.set_reading(result.reading)

    def select_span(self, start: int, end: int) -> None:
        """Select a reason of the reading in the text, where it stands now."""
        cursor = self._reason_spans.get((start, end))
        if cursor is not None:
            self.editor.setTextCursor(QTextCursor(cursor))
            self.editor.ensureCursorVisible()

    def _redraw(self) -> None:
        """Show the last result again after an ignore changed what is visible, and
        weigh again: the reading leaves out what the author ignored."""
        if self.session.result is not None:
            self._show_result(self.session.result)
            self.request_check(immediately=True)

    def _show_length(self, text: str) -> None:
        platforms = optional_module("assistant.platforms")
        measure = getattr(platforms, "measure_length", None)
        length = measure(text, self.platform) if measure else len(text)
        self.role_bar.set_length(length, self.platform.limit)

    def _show_readability(self, readability) -> None:
        if readability is None or readability.score is None:
            self.findings.set_readability("")
            return
        bands = {"makkelijk": self.tr("makkelijk"), "normaal": self.tr("normaal"),
                 "moeilijk": self.tr("moeilijk")}
        text = self.tr("Leesbaarheid: %1 (%2)").replace("%1", f"{readability.score:.0f}").replace(
            "%2", bands.get(readability.band, readability.band))
        advice = readability.advice
        self.findings.set_readability(f"{text}. {advice}" if advice else text)

    # --- the engine and the language service ----------------------------------------

    def _start_engine(self) -> None:
        settings = self.settings

        def build():
            # Imported here: compiling the rules is part of the background start-up.
            from assistant.engine import Engine
            from assistant.nlp.lemmas import preload

            engine = Engine(settings)
            preload()  # the lemma dictionary, before the first check needs it
            return engine

        self.tasks.run(build, self._on_engine_ready, self._on_engine_failed)

    def _on_engine_ready(self, engine) -> None:
        self.engine = engine
        self.check_status.setText("")
        self.start_check()

    def _on_engine_failed(self, error: BaseException) -> None:
        """A broken department rule: say so, and check with the built-in rules."""
        self.messages.show_message(
            self.tr("De regels konden niet worden geladen: %1").replace("%1", str(error)),
            "error")
        if self.settings.rules or self.settings.classes:
            self.settings = replace(self.settings, rules=(), classes=())
            self._start_engine()

    def _start_language(self) -> None:
        """Spelling first (quick), then grammar (may start LanguageTool), both in the
        background; each makes the checks rerun once it is ready."""
        if not module_present("assistant.language"):
            self.language_status.setText(self.tr("Spelling en grammatica: niet beschikbaar"))
            return
        settings = self.settings

        def create_and_load_spelling():
            from assistant.language import LanguageService

            service = LanguageService(settings)
            service.load_spelling()
            return service

        def spelling_loaded(service) -> None:
            if self.settings is not settings:
                service.close()  # Settings changed meanwhile; a newer service is on its way.
                return
            self.language = service
            self._show_language_status(service)
            self.request_check(immediately=True)
            self.tasks.run(service.start_grammar, lambda _r: grammar_started(service),
                           self._on_language_failed)

        def grammar_started(service) -> None:
            self._show_language_status(service)
            self.request_check(immediately=True)

        self.tasks.run(create_and_load_spelling, spelling_loaded, self._on_language_failed)

    def _on_language_failed(self, error: BaseException) -> None:
        self.language_status.setText(self.tr("Spelling en grammatica: niet beschikbaar"))
        self.language_status.setToolTip(str(error))

    def _show_language_status(self, service) -> None:
        status = service.status()
        self.language_status.setText(
            self.tr("Spelling: %1 · Grammatica: %2").replace("%1", status.spelling_state)
            .replace("%2", status.grammar_state))
        self.language_status.setToolTip("\n".join(
            r for r in (status.spelling_reason, status.grammar_reason) if r))

    # --- acting on findings ---------------------------------------------------------------

    def select_finding(self, key: str) -> None:
        self.editor.select_finding(key)
        self.findings.select(key)

    def goto_finding(self, backwards: bool = False) -> None:
        key = self.editor.key_after(self.editor.textCursor().selectionStart(), backwards)
        if key is not None:
            self.select_finding(key)

    def _current_key(self) -> str | None:
        key = self.findings.current_key()
        if key is None:
            keys = self.editor.keys_at(self.editor.textCursor().position())
            key = keys[0] if keys else None
        return key

    def apply_fix(self, key: str) -> None:
        finding = self.session.finding(key)
        if finding is None or finding.fix is None:
            return
        fix = finding.fix
        self.editor.replace_span(key, fix.start, fix.end, fix.replacement)
        self.editor.setFocus()

    def apply_suggestion(self, key: str, replacement: str) -> None:
        finding = self.session.finding(key)
        if finding is not None:
            self.editor.replace_span(key, finding.start, finding.end, replacement)

    def fix_current(self) -> None:
        key = self._current_key()
        if key is not None:
            self.apply_fix(key)

    def ignore_current(self) -> None:
        key = self._current_key()
        if key is not None:
            self.ignore(key, "")

    def ignore(self, key: str, reason: str) -> None:
        self.session.ignore(key, reason)
        self._meta_changed()
        self._redraw()
        self.statusBar().showMessage(
            self.tr("Bevinding genegeerd. Ongedaan maken: %1").replace(
                "%1", self.act_undo_ignore.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText)), 5000)

    def unignore(self, key: str) -> None:
        self.session.unignore(key)
        self._meta_changed()
        self._redraw()

    def undo_ignore(self) -> None:
        if self.session.undo_ignore() is not None:
            self.statusBar().clearMessage()
            self._meta_changed()
            self._redraw()

    def add_word(self, word: str) -> None:
        if self.language is None or not word:
            return
        language = self.language
        self.tasks.run(lambda: language.add_word(word),
                       lambda _r: self.request_check(immediately=True),
                       lambda error: self.messages.show_message(str(error), "error"))

    def _focus_findings(self) -> None:
        self.side.setCurrentWidget(self.findings)
        self.findings.tree.setFocus()

    def _focus_checklist(self) -> None:
        self.side.setCurrentWidget(self.checklist)
        self.checklist.setFocus()
        self.checklist.focusNextChild()

    def _focus_platform(self) -> None:
        self.role_bar.platform.setFocus()
        self.role_bar.platform.showPopup()

    # --- drafts ---------------------------------------------------------------------------

    def load_text(self, text: str, path: Path | None, meta: DraftMeta,
                  stamp: str | None = None) -> None:
        """Put a draft in the editor with its metadata, as one fresh start;
        ``stamp`` is the file as it was read (drafts.disk_stamp)."""
        self.session.reset(meta, Path(path) if path else None, stamp)
        if meta.profile not in PROFILES:
            meta.profile = self.settings.default_profile
        if meta.platform not in PLATFORMS:
            meta.platform = self.settings.default_platform
        self.editor.set_findings("", [])
        self.findings.set_findings([], [], {})
        self.weighing.set_reading(None)
        self._reason_spans.clear()
        self.editor.setPlainText(text)
        self.editor.document().setModified(False)
        self._guard_long_lines(text)
        self.mode = None
        self.change_mode(meta.profile)
        self.role_bar.set_platform(meta.platform)
        self._refresh_checklist()
        self._update_title()
        self.request_check(immediately=True)

    def _guard_long_lines(self, text: str) -> None:
        """Qt lays out a whole line again at every keystroke, so a draft with a line
        far longer than any paragraph (a file without line breaks) opens for
        reading only; the checks run as usual, and the author may break its lines."""
        if self._long_line_bar is not None:
            self._long_line_bar.dismiss()
            self._long_line_bar = None
        longest = longest_line(text)
        self.editor.setReadOnly(longest > LONG_LINE)
        if longest > LONG_LINE:
            self._long_line_bar = self.messages.show_message(
                self.tr("Dit concept heeft een regel van %1 tekens. Daarin typen zou het venster "
                        "traag maken, dus het staat open om te lezen; de controles lopen gewoon. "
                        "Breek de lange regels af (na een zin, anders bij een spatie) om het te "
                        "bewerken.").replace("%1", f"{longest:,}".replace(",", ".")),
                "warning", [(self.tr("Regels afbreken"), self.break_long_lines)], closable=False)

    def break_long_lines(self) -> None:
        """Break the draft's long lines, as one step the author can undo."""
        self._long_line_bar = None
        cursor = QTextCursor(self.editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(break_long_lines(self.text))
        self.editor.setReadOnly(False)
        self.editor.moveCursor(QTextCursor.MoveOperation.Start)

    def _pasted_long_lines(self) -> None:
        self.messages.show_message(self.tr(
            "De geplakte tekst had een regel van meer dan %1 tekens. Die is afgebroken (na een "
            "zin, anders bij een spatie) zodat typen vlot blijft.").replace(
                "%1", f"{LONG_LINE:,}".replace(",", ".")))

    def new_draft(self) -> None:
        if self.maybe_save():
            self.load_text("", None, DraftMeta())
            self.autosave.discard()

    def open_dialog(self) -> None:
        directory = str(self.session.path.parent) if self.session.path else ""
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Concept openen"), directory,
                                                    self._draft_filter())
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open a draft; on a read error the current text stays as it is."""
        # Before reading: a change in between then shows at the next save.
        stamp = drafts.disk_stamp(path)
        try:
            text = drafts.read_draft(path)
        except DraftError as exc:
            QMessageBox.warning(self, self.tr("Concept openen"), str(exc))
            return False
        if not self.maybe_save():
            return False
        self.load_text(text, path, drafts.load_meta(path), stamp)
        self.autosave.discard()
        self.recent.add(path)
        return True

    def _draft_filter(self) -> str:
        return self.tr("Tekst (*.txt *.md *.markdown);;Alle bestanden (*)")

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self.save_to(self.session.path)

    def save_as(self) -> bool:
        start = str(self.session.path or Path.home() / self.tr("concept.txt"))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Concept opslaan"), start,
                                                    self._draft_filter())
        if not path:
            return False
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        if self.session.changed_on_disk(path):
            answer = self._ask_changed_on_disk(path)
            if answer == "save_as":
                return self.save_as()
            if answer != "overwrite":
                return False
        try:
            stamp = drafts.write_draft(path, self.text)
            drafts.save_meta(path, self.session.meta)
        except DraftError as exc:
            QMessageBox.critical(self, self.tr("Concept opslaan"), str(exc))
            return False
        self.session.saved(path, stamp)
        self.editor.document().setModified(False)
        self._autosave_timer.stop()
        self.autosave.discard()
        self.recent.add(path)
        self._update_title()
        self.statusBar().showMessage(self.tr("Opgeslagen: %1").replace("%1", str(path)), 4000)
        return True

    def _ask_changed_on_disk(self, path: Path) -> str:
        """Another window or program changed the file since it was opened here:
        "overwrite", "save_as" or "" (cancel). Nothing is lost by asking."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Concept is elders gewijzigd"),
                          self.tr("“%1” is gewijzigd sinds je het hier opende of opsloeg, in "
                                  "een ander venster of programma. Als je het overschrijft, "
                                  "gaan die wijzigingen verloren.").replace("%1", path.name),
                          QMessageBox.StandardButton.NoButton, self)
        overwrite = box.addButton(self.tr("Overschrijven"),
                                  QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(self.tr("Opslaan als…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        if clicked == overwrite:
            return "overwrite"
        return "save_as" if clicked == save_as else ""

    def maybe_save(self) -> bool:
        """Ask before unsaved work would be thrown away; False means stop."""
        if not self.is_modified():
            return True
        answer = QMessageBox.question(
            self, self.tr("Niet opgeslagen wijzigingen"),
            self.tr("Dit concept heeft wijzigingen die nog niet zijn opgeslagen. "
                    "Wil je ze opslaan?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = [p for p in self.recent.paths() if p.exists()]
        for index, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{index % 10} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(geen)")).setEnabled(False)

    # --- autosave and recovery -----------------------------------------------------------

    def _schedule_autosave(self) -> None:
        # A throttle, not a debounce: later changes do not push the save back, so
        # steady typing is saved as well.
        if not self._autosave_timer.isActive():
            self._autosave_timer.start()

    def autosave_now(self) -> None:
        if not self.is_modified():
            return
        if self._autosave_running:
            # One write at a time, so an older copy never lands after a newer one.
            self._autosave_again = True
            return
        text, path = self.text, self.session.path
        meta = DraftMeta.from_dict(self.session.meta.to_dict())
        autosave = self.autosave
        self._autosave_running = True
        self.tasks.run(lambda: autosave.save(text, meta, path),
                       lambda _r: self._autosave_done(), self._autosave_failed)

    def _autosave_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(
            self.tr("Automatisch opslaan mislukt: %1").replace("%1", str(error)))
        self._autosave_done()

    def _autosave_done(self) -> None:
        self._autosave_running = False
        if not self.is_modified():
            # Saved or replaced while the copy was written: it is not unsaved work.
            self._autosave_again = False
            self.autosave.discard()
        elif self._autosave_again:
            self._autosave_again = False
            self.autosave_now()

    def offer_recovery(self) -> None:
        """After a crash: offer the newest unsaved work a previous session left behind."""
        orphans = self.autosave.orphans()
        if not orphans:
            return
        entry = orphans[0]
        when = datetime.fromtimestamp(entry.saved_at).strftime("%d-%m-%Y %H:%M")
        name = Path(entry.path).name if entry.path else self.tr("een naamloos concept")
        answer = QMessageBox.question(
            self, self.tr("Werk herstellen"),
            self.tr("Glazen Huis is de vorige keer niet netjes afgesloten. Er is niet "
                    "opgeslagen werk van %1 (%2). Wil je het herstellen?")
            .replace("%1", when).replace("%2", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(entry)
        else:
            self.autosave.drop(entry)

    def restore(self, entry: AutosaveEntry) -> None:
        self.load_text(entry.text, Path(entry.path) if entry.path else None, entry.meta)
        self.editor.document().setModified(True)
        # Keep the restored text safe under this session before letting go of the old one.
        self.autosave.save(entry.text, entry.meta, entry.path or None)
        self.autosave.drop(entry)

    # --- configuration ----------------------------------------------------------------------

    def show_config_problems(self) -> None:
        problems = [str(problem) for problem in self.settings.problems]
        if not problems:
            return
        shown = problems[:MAX_PROBLEMS_SHOWN]
        if len(problems) > len(shown):
            shown.append(self.tr("en nog %1 andere").replace("%1",
                                                          str(len(problems) - len(shown))))
        self.messages.show_message(
            self.tr("Een instellingenbestand kon niet (helemaal) worden gebruikt; Glazen Huis "
                    "werkt verder met de rest.") + "\n" + "\n".join(shown), "warning")

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() and dialog.saved_settings is not None:
            self.apply_settings(dialog.saved_settings)

    def apply_settings(self, settings: Settings) -> None:
        if settings.ui_language != self.settings.ui_language:
            self.messages.show_message(self.tr(
                "De nieuwe taal van de schermen gaat in als je Glazen Huis opnieuw start."))
        self.settings = settings
        self.mode.activate(self)
        self._refresh_checklist()
        self._start_engine()

    # --- logbook ------------------------------------------------------------------------------

    def snapshot(self) -> DraftSnapshot:
        """The draft as it would be recorded in the logbook."""
        return self.session.snapshot(self.text, self.identity)

    def mark_published(self) -> None:
        module = optional_module("ui.publish_dialog")
        if module is not None:
            module.mark_published(self, self.snapshot())

    def open_logbook(self) -> None:
        module = optional_module("ui.logbook_window")
        if module is not None:
            module.open_logbook(self)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("Over Glazen Huis"), self.tr(
            "<p><b>Glazen Huis</b></p><p>Een schrijfassistent die je concepten toetst aan de "
            "Uitgangspunten online communicatie rijksambtenaren. Alles blijft op je eigen "
            "computer.</p>"))

    # --- window state and closing -----------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = QSettings()
        state = settings.value("window/geometry")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreGeometry(state)
        else:
            # The first time: a comfortable size that still fits a small laptop screen.
            screen = self.screen().availableGeometry()
            self.resize(min(DEFAULT_SIZE[0], screen.width() - SCREEN_MARGIN),
                        min(DEFAULT_SIZE[1], screen.height() - SCREEN_MARGIN))
            frame = self.frameGeometry()
            frame.moveCenter(screen.center())
            self.move(frame.topLeft())
        splitter = settings.value("window/splitter")
        if not (isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter)):
            # Text three fifths, sidebar two fifths.
            self.splitter.setSizes([self.width() * 3 // 5, self.width() * 2 // 5])
        # The criteria stay open for an author who wants to see them at every draft.
        self.weighing.toggle.setChecked(settings.value("window/weighing_open", False, type=bool))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self._check_timer.stop()
        self._autosave_timer.stop()
        self._autosave_again = False
        # Stopping LanguageTool first also ends a start-up that is still waiting for it.
        if self.language is not None:
            self.language.close()
        self.tasks.wait()
        self.autosave.discard()
        QSettings().setValue("window/geometry", self.saveGeometry())
        QSettings().setValue("window/splitter", self.splitter.saveState())
        QSettings().setValue("window/weighing_open", self.weighing.is_open())
        event.accept()

    def findings_shown(self) -> list[Finding]:
        return [f for _k, f in self.session.visible()]
