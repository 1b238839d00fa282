"""The main window: a passive view over DraftSession and the core's checks. It
builds the widgets, actions and menus, and assembles the parts that act on them:
the check cycle and the findings (ui.check_cycle, ui.finding_actions), the role
band (ui.role_switch), the checklist (ui.checklist_answers), the draft's files
(ui.draft_files), the logbook (ui.logbook_actions) and the window's own messages
(ui.notices)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QLabel, QMainWindow, QMessageBox, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from assistant.drafts import Autosave, DraftMeta, RecentFiles
from assistant.findings import Finding
from assistant.platforms import PLATFORMS, Platform, get_platform
from assistant.profiles import PROFILES
from assistant.session import DraftSession
from assistant.settings import Identity, Settings
from ui.check_cycle import CheckCycle
from ui.checklist_answers import ChecklistAnswers
from ui.checklist_panel import ChecklistPanel
from ui.compat import guard_singletons
from ui.draft_files import AUTOSAVE_DELAY_MS, DraftFiles
from ui.editor import DraftEditor
from ui.finding_actions import FindingActions
from ui.findings_panel import FindingsPanel
from ui.logbook_actions import LogbookActions
from ui.message_bar import MessageArea
from ui.notices import Notices
from ui.role_bar import RoleBar
from ui.role_switch import RoleSwitch
from ui.tasks import TaskManager
from ui.weighing_panel import WeighingPanel

__all__ = ["AUTOSAVE_DELAY_MS", "MainWindow"]

DEFAULT_SIZE = (1200, 760)
# Room left around a first-time window for the desktop's panels and the frame.
SCREEN_MARGIN = 60


class FirstPaint(QObject):
    """Tells once that a widget has been painted, then steps aside. An event()
    override would do the same, but every later paint of the window would then
    run inside Python and hold the interpreter, stopping a check in the
    background for as long as the window paints (over 10 ms after a scroll)."""

    def __init__(self, widget: QWidget, painted):
        super().__init__(widget)
        self._painted = painted
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.deleteLater()
            self._painted()
        return False


class MainWindow(QMainWindow):
    # Emitted after a check result has been drawn (tests and benchmarks wait on it).
    findings_updated = Signal(int)
    # Whether the background work of the window's start has begun.
    _started = False

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

        self._build_widgets()
        FirstPaint(self, self._painted)
        self.checks = CheckCycle(self)
        self.finding_actions = FindingActions(self, self.checks)
        self.checklist_answers = ChecklistAnswers(self)
        self.roles = RoleSwitch(self, self.checks, self.checklist_answers)
        self.files = DraftFiles(self)
        self.logbook_actions = LogbookActions(self, self.checklist_answers)
        self.notices = Notices(self)
        self._build_actions()
        self._build_menus()
        self._connect()

        self.roles.change_mode(self.session.meta.profile or "prive")
        self.role_bar.set_platform(self.platform.id)
        self.update_title()
        self.notices.show_config_problems()
        self._restore_geometry()

    def _painted(self) -> None:
        # The rules and the dictionaries load in the background once the window has
        # been painted: started earlier, their work would hold up its first paint.
        self._started = True
        QTimer.singleShot(0, self._start_background)

    def _start_background(self) -> None:
        self.checks.start_engine()
        self.checks.start_language()
        self.files.remove_leftovers()

    # --- building -------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.role_bar = RoleBar(self)
        self.messages = MessageArea(self)
        self.editor = DraftEditor(self)
        self.findings = FindingsPanel(self)
        self.checklist = ChecklistPanel(self)
        self.weighing = WeighingPanel(self)
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
        self.act_new = self._action(self.tr("&Nieuw"), key.New, self.files.new_draft)
        self.act_open = self._action(self.tr("&Openen…"), key.Open, self.files.open_dialog)
        self.act_save = self._action(self.tr("Op&slaan"), key.Save, self.files.save)
        self.act_save_as = self._action(self.tr("Opslaan &als…"), key.SaveAs, self.files.save_as)
        self.act_quit = self._action(self.tr("A&fsluiten"), key.Quit, self.close)
        self.act_undo_ignore = self._action(self.tr("&Negeren ongedaan maken"),
                                            "Ctrl+Alt+Z", self.finding_actions.undo_ignore)
        self.act_settings = self._action(self.tr("&Instellingen…"), key.Preferences,
                                         self.open_settings)
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_next = self._action(self.tr("&Volgende bevinding"), "F8",
                                     lambda: self.finding_actions.goto_finding(backwards=False))
        self.act_previous = self._action(self.tr("Vo&rige bevinding"), "Shift+F8",
                                         lambda: self.finding_actions.goto_finding(backwards=True))
        self.act_fix = self._action(self.tr("&Oplossing toepassen"), "Ctrl+Shift+Return",
                                    self.finding_actions.fix_current)
        self.act_ignore = self._action(self.tr("Bevinding &negeren"), "Ctrl+Shift+N",
                                       self.finding_actions.ignore_current)
        self.act_check = self._action(self.tr("Nu &controleren"), "F5", self.checks.start_check)
        self.act_focus_text = self._action(self.tr("Naar de &tekst"), "Ctrl+1",
                                           self.editor.setFocus)
        self.act_focus_findings = self._action(self.tr("Naar de &bevindingen"), "Ctrl+2",
                                               self._focus_findings)
        self.act_focus_checklist = self._action(self.tr("Naar de &checklist"), "Ctrl+3",
                                                self.checklist_answers.focus)
        self.role_actions = QActionGroup(self)
        self.act_roles: dict[str, QAction] = {}
        for number, profile in enumerate(PROFILES.values(), start=1):
            action = self._action(profile.label, f"Ctrl+Shift+{number}",
                                  lambda _=False, p=profile.id: self.roles.change_mode(p),
                                  checkable=True)
            self.role_actions.addAction(action)
            self.act_roles[profile.id] = action
        self.act_platform = self._action(self.tr("&Platform kiezen"), "Ctrl+Shift+P",
                                         self.roles.focus_platform)
        self.act_publish = self._action(self.tr("Markeer als &gepubliceerd…"), None,
                                        self.logbook_actions.mark_published)
        self.act_logbook = self._action(self.tr("Logboek &openen…"), None,
                                        self.logbook_actions.open_logbook)
        self.act_about = self._action(self.tr("&Over Glazen Huis"), None, self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = file_menu.addMenu(self.tr("&Recente bestanden"))
        self.recent_menu.aboutToShow.connect(
            lambda: self.files.fill_recent_menu(self.recent_menu))
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
        self.act_publish.setEnabled(self.logbook_actions.can_publish())
        self.act_logbook.setEnabled(self.logbook_actions.can_open_logbook())

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)

    def _connect(self) -> None:
        actions, files, checks = self.finding_actions, self.files, self.checks
        self.editor.textChanged.connect(checks.request_check)
        self.editor.cursorPositionChanged.connect(checks.cursor_moved)
        self.editor.textChanged.connect(files.schedule_autosave)
        self.editor.document().modificationChanged.connect(lambda _m: self.update_title())
        self.editor.fix_requested.connect(actions.apply_fix)
        self.editor.ignore_requested.connect(lambda key: actions.ignore(key, ""))
        self.editor.replace_requested.connect(actions.apply_suggestion)
        self.editor.add_word_requested.connect(actions.add_word)
        self.editor.long_lines_broken.connect(self.notices.pasted_long_lines)
        self.findings.finding_selected.connect(actions.select_finding)
        self.findings.fix_clicked.connect(actions.apply_fix)
        self.findings.ignore_clicked.connect(actions.ignore)
        self.findings.unignore_clicked.connect(actions.unignore)
        self.weighing.span_requested.connect(checks.select_span)
        self.weighing.toggled.connect(
            lambda open_: self._side_layout.setStretch(0, 1 if open_ else 0))
        self.role_bar.profile_chosen.connect(self.roles.change_mode)
        self.role_bar.platform_chosen.connect(self.roles.change_platform)
        self.role_bar.settings_requested.connect(self.open_settings)
        self.checklist.answer_changed.connect(self.checklist_answers.answer)

    def _focus_findings(self) -> None:
        self.side.setCurrentWidget(self.findings)
        self.findings.tree.setFocus()

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

    def update_title(self) -> None:
        name = self.session.path.name if self.session.path else self.tr("Naamloos concept")
        self.setWindowTitle(f"{name}[*] — Glazen Huis")
        self.setWindowModified(self.is_modified())

    def meta_changed(self) -> None:
        """Profile, platform, answers or ignores changed: worth keeping like an edit."""
        self.editor.document().setModified(True)
        self.files.schedule_autosave()

    def meta_merged(self) -> None:
        """A save took in answers or ignores another window saved: show them."""
        self.checklist_answers.refresh()
        self.checks.request_check(immediately=True)

    @property
    def engine(self):
        return self.checks.engine

    @property
    def language(self):
        return self.checks.language

    @property
    def last_check_ms(self) -> float:
        return self.checks.last_check_ms

    def findings_shown(self) -> list[Finding]:
        return [f for _k, f in self.session.visible()]

    def load_text(self, text: str, path: Path | None, meta: DraftMeta,
                  stamp: str | None = None) -> None:
        """Put a draft in the editor with its metadata, as one fresh start;
        ``stamp`` is the file as it was read (drafts.disk_stamp)."""
        self.session.reset(meta, Path(path) if path else None, stamp)
        if meta.profile not in PROFILES:
            meta.profile = self.settings.default_profile
        if meta.platform not in PLATFORMS:
            meta.platform = self.settings.default_platform
        self.checks.clear()
        self.editor.setPlainText(text)
        self.editor.document().setModified(False)
        self.notices.guard_long_lines(text)
        self.roles.start_over(meta.profile)
        self.role_bar.set_platform(meta.platform)
        self.checklist_answers.refresh()
        self.update_title()
        self.checks.request_check(immediately=True)

    # --- what the parts do, by the names the app and its tests use ------------------

    def change_mode(self, profile_id: str) -> None:
        self.roles.change_mode(profile_id)

    def change_platform(self, platform_id: str) -> None:
        self.roles.change_platform(platform_id)

    def request_check(self, immediately: bool = False) -> None:
        self.checks.request_check(immediately)

    def start_check(self) -> None:
        self.checks.start_check()

    def select_finding(self, key: str) -> None:
        self.finding_actions.select_finding(key)

    def goto_finding(self, backwards: bool = False) -> None:
        self.finding_actions.goto_finding(backwards)

    def apply_fix(self, key: str) -> None:
        self.finding_actions.apply_fix(key)

    def ignore(self, key: str, reason: str) -> None:
        self.finding_actions.ignore(key, reason)

    def open_path(self, path: Path) -> bool:
        return self.files.open_path(path)

    def save(self) -> bool:
        return self.files.save()

    def save_to(self, path: Path) -> bool:
        return self.files.save_to(path)

    def maybe_save(self) -> bool:
        return self.files.maybe_save()

    def autosave_now(self) -> None:
        self.files.autosave_now()

    def offer_recovery(self) -> None:
        self.files.offer_recovery()

    # --- settings -----------------------------------------------------------------------

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
        self.roles.refresh()
        self.checklist_answers.refresh()
        self.checks.start_engine()

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
        self.checks.stop()
        self.files.stop_autosave()
        self.tasks.wait()
        self.autosave.discard()
        QSettings().setValue("window/geometry", self.saveGeometry())
        QSettings().setValue("window/splitter", self.splitter.saveState())
        QSettings().setValue("window/weighing_open", self.weighing.is_open())
        event.accept()
