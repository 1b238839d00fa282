"""The two roles an author writes in (stelregel 3)."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.i18n import N_, _


@dataclass(frozen=True, slots=True)
class Profile:
    """A role with its own set of rules, in the spirit of an editor mode.

    Labels are stored untranslated and translated when read, so a language
    switch at start-up applies to them too.
    """

    id: str
    label_text: str
    description_text: str
    in_office: bool

    @property
    def label(self) -> str:
        return _(self.label_text)

    @property
    def description(self) -> str:
        return _(self.description_text)


PRIVE = Profile(
    id="prive",
    label_text=N_("Privé"),
    description_text=N_("Je schrijft op persoonlijke titel, als betrokken burger."),
    in_office=False,
)
FUNCTIE = Profile(
    id="functie",
    label_text=N_("In functie"),
    description_text=N_("Je schrijft uit hoofde van je functie, namens of voor de minister."),
    in_office=True,
)

PROFILES: dict[str, Profile] = {p.id: p for p in (PRIVE, FUNCTIE)}


def get_profile(profile_id: str) -> Profile:
    try:
        return PROFILES[profile_id]
    except KeyError:
        raise ValueError(
            _("Onbekend profiel: {value}. Kies uit: {choices}.").format(
                value=profile_id, choices=", ".join(PROFILES)
            )
        ) from None
