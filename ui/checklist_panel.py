"""The questions to ask yourself before publishing; the answers stay with the draft."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from assistant.settings import ChecklistItem

ANSWERS = ("", "ja", "nee")


class ChecklistPanel(QWidget):
    answer_changed = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self.intro = QLabel(self.tr("Stel jezelf deze vragen voordat je publiceert. "
                                    "Twijfel je bij een antwoord? Bespreek het dan met een "
                                    "collega of je leidinggevende."), self)
        self.intro.setWordWrap(True)
        self._form_host = QWidget(self)
        # Question above answer, each question as wide as the panel: a form layout
        # would wrap the questions at an arbitrary narrow width.
        self._form = QVBoxLayout(self._form_host)
        self._form.setSpacing(2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._form_host)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Tab goes straight to the questions; the area itself has nothing to operate.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        self.combos: dict[str, QComboBox] = {}

    def set_items(self, items: list[ChecklistItem], answers: dict[str, str]) -> None:
        while (child := self._form.takeAt(0)) is not None:
            if child.widget() is not None:
                child.widget().deleteLater()
        self.combos = {}
        labels = {"": self.tr("Nog niet beantwoord"), "ja": self.tr("Ja"), "nee": self.tr("Nee")}
        for item in items:
            question = QLabel(item.text, self._form_host)
            question.setWordWrap(True)
            combo = QComboBox(self._form_host)
            combo.setAccessibleName(item.text)
            for answer in ANSWERS:
                combo.addItem(labels[answer], answer)
            combo.setCurrentIndex(max(combo.findData(answers.get(item.id, "")), 0))
            combo.currentIndexChanged.connect(
                lambda _index, i=item.id, c=combo: self.answer_changed.emit(i, c.currentData()))
            question.setBuddy(combo)
            if item.source:
                question.setToolTip(item.source)
            self._form.addWidget(question)
            self._form.addWidget(combo)
            self._form.addSpacing(8)
            self.combos[item.id] = combo
        if not items:
            self._form.addWidget(QLabel(self.tr("Geen vragen voor deze rol en dit platform."),
                                        self._form_host))
        self._form.addStretch(1)

    def answered(self) -> tuple[int, int]:
        done = sum(1 for combo in self.combos.values() if combo.currentData())
        return done, len(self.combos)
