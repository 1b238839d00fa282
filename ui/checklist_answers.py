"""The checklist beside the draft: the questions for its role and platform, and
the author's answers, which are kept with the draft."""

from __future__ import annotations

from PySide6.QtCore import QObject

from assistant.settings import ChecklistItem
from ui.host import WindowHost
from ui.optional import optional_module


class ChecklistAnswers(QObject):
    def __init__(self, window: WindowHost):
        super().__init__(window)
        self.window = window

    def items(self) -> list[ChecklistItem]:
        window = self.window
        profile_id, platform = window.session.meta.profile, window.platform
        checklist = optional_module("assistant.checklist")
        if checklist is not None:
            return list(checklist.checklist_for(window.settings, profile_id, platform.id))
        return [item for item in window.settings.checklist
                if item.applies_to(profile_id, platform.id, platform.kind)]

    def refresh(self) -> None:
        self.window.checklist.set_items(self.items(), self.window.session.meta.checklist)
        self._update_tab()

    def answer(self, item_id: str, answer: str) -> None:
        answers = self.window.session.meta.checklist
        if answer:
            answers[item_id] = answer
        else:
            answers.pop(item_id, None)
        self._update_tab()
        self.window.meta_changed()

    def _update_tab(self) -> None:
        window = self.window
        done, total = window.checklist.answered()
        window.side.setTabText(window.side.indexOf(window.checklist),
                               self.tr("Checklist (%1/%2)").replace("%1", str(done))
                               .replace("%2", str(total)))

    def focus(self) -> None:
        self.window.side.setCurrentWidget(self.window.checklist)
        self.window.checklist.setFocus()
        self.window.checklist.focusNextChild()
