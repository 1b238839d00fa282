"""The two roles as editor modes: each declares how the window looks while the
author writes in it, and activating one rewires the window (stelregel 3)."""

from __future__ import annotations

import html
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from assistant.profiles import FUNCTIE, PRIVE, Profile
from assistant.settings import Identity
from ui.role_bar import RoleBar


class ModeView(Protocol):
    """What a mode rewires of the window, and what it reads there."""

    role_bar: RoleBar

    @property
    def identity(self) -> Identity: ...


class ProfileMode:
    profile: Profile
    # Background and text colour of the role band, so the role is always in view.
    colour: str
    text_colour: str = "#ffffff"

    def banner(self, window: ModeView) -> str:
        raise NotImplementedError

    def activate(self, window: ModeView) -> None:
        window.role_bar.show_role(self.profile.id, self.colour, self.text_colour,
                                  self.banner(window))

    def deactivate(self, window: ModeView) -> None:
        """Nothing to undo by default; a mode that adds to the window removes it here."""


class PriveMode(ProfileMode):
    profile = PRIVE
    colour = "#2f6b4f"

    def banner(self, window: ModeView) -> str:
        return QCoreApplication.translate(
            "PriveMode", "Je schrijft als privépersoon, op persoonlijke titel.")


class FunctieMode(ProfileMode):
    profile = FUNCTIE
    colour = "#154273"

    def banner(self, window: ModeView) -> str:
        signature = window.identity.signature()
        if not window.identity.complete:
            text = QCoreApplication.translate(
                "FunctieMode", "Je schrijft in functie, namens de minister. Vul je naam, "
                "functie en departement in bij Instellingen.")
            link = QCoreApplication.translate("FunctieMode", "Nu invullen…")
            # The role bar opens the settings for this link.
            return (f"{html.escape(text)} <a href='settings' style='color:{self.text_colour}'>"
                    f"{html.escape(link)}</a>")
        return QCoreApplication.translate(
            "FunctieMode", "Je schrijft in functie, namens de minister, als %1.").replace(
                "%1", signature)


MODES: dict[str, ProfileMode] = {mode.profile.id: mode for mode in (PriveMode(), FunctieMode())}
