"""What the parts of the main window (ui.check_cycle, ui.draft_files and the
others) use of the window that assembles them. They know the window only by
this protocol, so no part imports the window and ``ui`` has no import cycle."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

# For the annotations only: the parts import what they use themselves, so that
# importing one does not load every panel and the core's session with it.
if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QStatusBar, QTabWidget

    from assistant.drafts import Autosave, DraftMeta, RecentFiles
    from assistant.platforms import Platform
    from assistant.session import DraftSession
    from assistant.settings import Identity, Settings
    from ui.checklist_panel import ChecklistPanel
    from ui.editor import DraftEditor
    from ui.findings_panel import FindingsPanel
    from ui.message_bar import MessageArea
    from ui.role_bar import RoleBar
    from ui.tasks import TaskManager
    from ui.weighing_panel import WeighingPanel


class WindowHost(Protocol):
    settings: Settings
    session: DraftSession
    tasks: TaskManager
    autosave: Autosave
    recent: RecentFiles

    role_bar: RoleBar
    messages: MessageArea
    editor: DraftEditor
    findings: FindingsPanel
    checklist: ChecklistPanel
    weighing: WeighingPanel
    side: QTabWidget
    check_status: QLabel
    language_status: QLabel
    word_count: QLabel
    act_undo_ignore: QAction
    act_roles: dict[str, QAction]
    # Emitted after a check result has been drawn.
    findings_updated: SignalInstance

    @property
    def text(self) -> str: ...

    @property
    def platform(self) -> Platform: ...

    @property
    def identity(self) -> Identity: ...

    def is_modified(self) -> bool: ...

    def statusBar(self) -> QStatusBar: ...

    def update_title(self) -> None: ...

    def meta_changed(self) -> None:
        """Profile, platform, answers or ignores changed: worth keeping like an edit."""

    def meta_merged(self) -> None:
        """A save took in answers or ignores another window saved: show them."""

    def load_text(self, text: str, path: Path | None, meta: DraftMeta,
                  stamp: str | None = None) -> None: ...
