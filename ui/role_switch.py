"""The role band's choices: the role a draft is written in (privé or in functie,
as editor modes) and the platform it is meant for."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.check_cycle import CheckCycle
from ui.checklist_answers import ChecklistAnswers
from ui.host import WindowHost
from ui.modes import MODES, ProfileMode


class RoleSwitch(QObject):
    def __init__(self, window: WindowHost, checks: CheckCycle, checklist: ChecklistAnswers):
        super().__init__(window)
        self.window = window
        self.checks = checks
        self.checklist = checklist
        self.mode: ProfileMode | None = None

    def change_mode(self, profile_id: str) -> None:
        """Switch role: the old mode lets go, the new one rewires the window."""
        window = self.window
        mode = MODES.get(profile_id, MODES["prive"])
        if self.mode is not None:
            if self.mode is mode:
                mode.activate(window)
                return
            self.mode.deactivate(window)
        changed = window.session.meta.profile != mode.profile.id
        self.mode = mode
        window.session.meta.profile = mode.profile.id
        window.act_roles[mode.profile.id].setChecked(True)
        mode.activate(window)
        self.checklist.refresh()
        if changed:
            window.meta_changed()
        self.checks.request_check(immediately=True)

    def start_over(self, profile_id: str) -> None:
        """Another draft: its role is set afresh, even when it is the current one."""
        self.mode = None
        self.change_mode(profile_id)

    def refresh(self) -> None:
        """Settings changed: the mode shows them again (the author's name, say)."""
        if self.mode is not None:
            self.mode.activate(self.window)

    def change_platform(self, platform_id: str) -> None:
        window = self.window
        if platform_id == window.session.meta.platform:
            return
        window.session.meta.platform = platform_id
        window.role_bar.set_platform(platform_id)
        self.checklist.refresh()
        window.meta_changed()
        self.checks.request_check(immediately=True)

    def focus_platform(self) -> None:
        self.window.role_bar.platform.setFocus()
        self.window.role_bar.platform.showPopup()
