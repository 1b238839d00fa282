"""Translation of the texts the core shows to users.

The core speaks Dutch. Texts in the code go through ``_()`` and come from the
gettext catalogues in ``resources/locale`` (made with Babel, see its README);
texts in the data (rules, guideline passages, checklist questions, the weighing)
carry their translation beside the Dutch, as ``message_en`` next to ``message``,
read through ``localized``. ``set_language`` is called once at start-up.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from typing import Any

from assistant.resources import resource_path

# The languages besides Dutch that the program ships texts for.
LANGUAGES = ("en",)
DOMAIN = "glazenhuis"
# Overrides the configured ``[ui] language`` for one run or one shell.
ENV_VAR = "GLAZENHUIS_LANGUAGE"

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = ""


def set_language(language: str | None) -> None:
    """Use ``language`` ("nl", "en", "en_GB"…); Dutch for anything not shipped."""
    global _translation, _language
    code = (language or "").replace("-", "_").split("_")[0].lower()
    if code not in LANGUAGES:
        _translation, _language = gettext.NullTranslations(), ""
        return
    _translation = gettext.translation(
        DOMAIN, localedir=str(resource_path("locale")), languages=[code], fallback=True)
    _language = code


def preferred_language(configured: str | None,
                       environ: Mapping[str, str] | None = None) -> str | None:
    """``GLAZENHUIS_LANGUAGE`` when it is set, else the configured language."""
    environ = os.environ if environ is None else environ
    return environ.get(ENV_VAR) or configured


def language() -> str:
    """The language of the texts besides Dutch in use, or "" for Dutch."""
    return _language


def _(message: str) -> str:
    return _translation.gettext(message)


def N_(message: str) -> str:
    """Marks a text for the catalogue that is translated later with ``_()``,
    where it is shown (module constants are made before the language is set)."""
    return message


def translated_key(key: str, lang: str) -> str:
    """The data key holding ``key`` in ``lang``: ``message`` → ``message_en``."""
    return f"{key}_{lang}"


def localized(data: Mapping[str, Any], key: str) -> str:
    """``data[key]`` in the language in use: its translation where the data has
    one (``key_en``), else the Dutch."""
    if _language:
        text = data.get(translated_key(key, _language))
        if isinstance(text, str) and text:
            return text
    value = data.get(key, "")
    return value if isinstance(value, str) else ""
