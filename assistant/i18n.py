"""Translation of the texts the core shows to users.

The core speaks Dutch; other languages come from gettext catalogues in
``resources/locale``. ``set_language`` is called once at start-up.
"""

from __future__ import annotations

import gettext

from assistant.resources import resource_path

_translation: gettext.NullTranslations = gettext.NullTranslations()


def set_language(language: str | None) -> None:
    global _translation
    if not language or language.startswith("nl"):
        _translation = gettext.NullTranslations()
        return
    _translation = gettext.translation(
        "glazenhuis", localedir=str(resource_path("locale")), languages=[language], fallback=True
    )


def _(message: str) -> str:
    return _translation.gettext(message)
