"""The logbook's two actions in the window: record the draft as published, and
open the logbook. Their dialogs are loaded when first used."""

from __future__ import annotations

from PySide6.QtCore import QObject

from assistant.published import PublishRecord
from ui.checklist_answers import ChecklistAnswers
from ui.host import WindowHost
from ui.optional import module_present, optional_module

PUBLISH_MODULE = "ui.publish_dialog"
LOGBOOK_MODULE = "ui.logbook_window"


class LogbookActions(QObject):
    def __init__(self, window: WindowHost, checklist: ChecklistAnswers):
        super().__init__(window)
        self.window = window
        self.checklist = checklist

    @staticmethod
    def can_publish() -> bool:
        return module_present(PUBLISH_MODULE)

    @staticmethod
    def can_open_logbook() -> bool:
        return module_present(LOGBOOK_MODULE)

    def snapshot(self) -> PublishRecord:
        """The draft as it would be recorded in the logbook."""
        window = self.window
        return window.session.snapshot(window.text, window.identity, self.checklist.items())

    def mark_published(self) -> None:
        module = optional_module(PUBLISH_MODULE)
        if module is not None:
            module.mark_published(self.window, self.snapshot())

    def open_logbook(self) -> None:
        module = optional_module(LOGBOOK_MODULE)
        if module is not None:
            module.open_logbook(self.window)
