"""Messages shown in the window above the text, each dismissable, instead of
dialogs that stop the author (a broken configuration file, a missing dictionary)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

LEVEL_COLOURS = {
    "info": ("#e8f0fe", "#174ea6"),
    "warning": ("#fff4e0", "#7a4100"),
    "error": ("#fdecea", "#a31515"),
}


class MessageBar(QFrame):
    def __init__(self, text: str, level: str, actions: list[tuple[str, Callable[[], None]]],
                 parent=None, closable: bool = True):
        super().__init__(parent)
        background, foreground = LEVEL_COLOURS[level]
        self.setObjectName("messageBar")
        self.setStyleSheet(f"QFrame#messageBar {{ background: {background}; "
                           f"border: 1px solid {foreground}; border-radius: 4px; }}"
                           f"QFrame#messageBar QLabel {{ color: {foreground}; }}")
        self.dismissed = False
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.setAccessibleName(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        for label, callback in actions:
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, c=callback: (c(), self.dismiss()))
            layout.addWidget(button)
        if closable:
            close = QPushButton(self.tr("Sluiten"), self)
            close.setAccessibleName(self.tr("Melding sluiten"))
            close.clicked.connect(self.dismiss)
            layout.addWidget(close)

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()
        self.deleteLater()


class MessageArea(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)

    def show_message(self, text: str, level: str = "info",
                     actions: list[tuple[str, Callable[[], None]]] | None = None,
                     closable: bool = True) -> MessageBar:
        """A message above the text; one that is not closable goes only through
        one of its actions (a state the author must resolve, not just read)."""
        bar = MessageBar(text, level, actions or [], self, closable)
        self._layout.addWidget(bar)
        return bar

    def messages(self) -> list[str]:
        # Not isHidden(): a bar added to a shown area stays hidden until the event
        # loop gets to show it, and is already one of the area's messages then.
        return [bar.label.text() for bar in self.findChildren(MessageBar) if not bar.dismissed]
