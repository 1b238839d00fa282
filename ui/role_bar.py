"""The coloured band at the top: role switch, platform and its length counter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFrame, QHBoxLayout, QLabel,
                               QPushButton, QSizePolicy)

from assistant.platforms import PLATFORMS
from assistant.profiles import PROFILES

# Counter colours on the dark role band: nearly full, and over the platform's limit.
NEAR_LIMIT = 0.9
NEAR_COLOUR = "#ffe08a"
OVER_COLOUR = "#ffd0d0"


class RoleBar(QFrame):
    profile_chosen = Signal(str)
    platform_chosen = Signal(str)
    settings_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("roleBar")
        self.setAccessibleName(self.tr("Rol en platform"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)

        self.buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for profile in PROFILES.values():
            button = QPushButton(profile.label, self)
            button.setCheckable(True)
            button.setObjectName(f"role_{profile.id}")
            button.setAccessibleName(self.tr("Rol: %1").replace("%1", profile.label))
            button.setToolTip(profile.description)
            button.clicked.connect(lambda _=False, p=profile.id: self.profile_chosen.emit(p))
            self.group.addButton(button)
            self.buttons[profile.id] = button
            layout.addWidget(button)

        self.banner = QLabel(self)
        self.banner.setObjectName("roleBanner")
        self.banner.setWordWrap(True)
        self.banner.linkActivated.connect(lambda _link: self.settings_requested.emit())
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.banner, 1)

        self.platform_label = QLabel(self.tr("&Platform:"), self)
        self.platform = QComboBox(self)
        self.platform.setAccessibleName(self.tr("Platform"))
        for platform in PLATFORMS.values():
            self.platform.addItem(platform.label, platform.id)
        self.platform_label.setBuddy(self.platform)
        self.platform.activated.connect(
            lambda index: self.platform_chosen.emit(self.platform.itemData(index)))
        layout.addWidget(self.platform_label)
        layout.addWidget(self.platform)

        self.counter = QLabel(self)
        self.counter.setObjectName("lengthCounter")
        self.counter.setMinimumWidth(90)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.counter)

    def show_role(self, profile_id: str, colour: str, text_colour: str, banner: str) -> None:
        self.buttons[profile_id].setChecked(True)
        self.banner.setText(banner)
        self.setStyleSheet(
            f"QFrame#roleBar {{ background: {colour}; }}"
            f"QFrame#roleBar QLabel {{ color: {text_colour}; }}"
            f"QFrame#roleBar QLabel#roleBanner {{ font-weight: bold; }}"
            "QFrame#roleBar QPushButton { padding: 4px 14px; border-radius: 4px;"
            " font-weight: bold;"
            f" border: 1px solid {text_colour}; color: {text_colour}; background: transparent; }}"
            f"QFrame#roleBar QPushButton:checked {{ background: {text_colour}; color: {colour}; }}"
            "QFrame#roleBar QPushButton:focus { border-width: 2px; }")

    def set_platform(self, platform_id: str) -> None:
        index = self.platform.findData(platform_id)
        if index >= 0:
            self.platform.setCurrentIndex(index)

    def set_length(self, length: int, limit: int | None) -> None:
        if limit is None:
            self.counter.setText(self.tr("%1 tekens").replace("%1", str(length)))
            self.counter.setToolTip(self.tr("Dit platform heeft geen lengtegrens."))
            self.counter.setAccessibleName(self.tr("Lengte: %1 tekens").replace(
                "%1", str(length)))
            return
        over = length > limit
        text = f"{length} / {limit}"
        if over:
            text = f"<b style='color:{OVER_COLOUR}'>{text}</b>"
        elif length >= limit * NEAR_LIMIT:
            text = f"<b style='color:{NEAR_COLOUR}'>{text}</b>"
        self.counter.setText(text)
        if over:
            remaining = (self.tr("1 teken te veel") if length - limit == 1 else
                         self.tr("%1 tekens te veel").replace("%1", str(length - limit)))
        else:
            remaining = (self.tr("Nog 1 teken") if limit - length == 1 else
                         self.tr("Nog %1 tekens").replace("%1", str(limit - length)))
        self.counter.setToolTip(remaining)
        # A screen reader reads the name, not the label's text: the name carries the numbers.
        self.counter.setAccessibleName(self.tr("Lengte: %1 van %2 tekens; %3").replace(
            "%1", str(length)).replace("%2", str(limit)).replace("%3", remaining.lower()))
