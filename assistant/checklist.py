"""The checklist an author runs through before publishing.

The built-in questions come from the guideline (the dilemma questions of
stelregel 3, the questions of stelregel 4 and the platform tips) and live in
``resources/checklist.toml``; a department and a user add their own items in
the same format (``[[checklist]]`` tables, see ``docs/configuration.md``).
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from functools import lru_cache
from typing import Any

from assistant.i18n import LANGUAGES, _, localized, translated_key
from assistant.platforms import PLATFORMS, get_platform
from assistant.profiles import PROFILES
from assistant.resources import resource_path
from assistant.settings import ChecklistItem, Settings

TRANSLATABLE_KEYS = ("text", "advice")
TRANSLATION_KEYS = tuple(translated_key(key, lang) for key in TRANSLATABLE_KEYS
                         for lang in LANGUAGES)
ITEM_KEYS = ("id", "text", "profiles", "platforms", "source", "advice", *TRANSLATION_KEYS)


class ChecklistItemError(ValueError):
    """An item that cannot be used; ``key`` names the offending field."""

    def __init__(self, message: str, key: str | None = None):
        super().__init__(message)
        self.key = key


def platform_choices() -> set[str]:
    """What an item's ``platforms`` may name: a platform id or a platform kind."""
    return set(PLATFORMS) | {p.kind for p in PLATFORMS.values()}


def parse_item(data: Any, origin: str) -> ChecklistItem:
    """Validate one ``[[checklist]]`` table; raises ChecklistItemError naming the key."""
    if not isinstance(data, dict):
        raise ChecklistItemError(_("Een checklistvraag moet een tabel zijn."))
    for key in data:
        if key not in ITEM_KEYS:
            raise ChecklistItemError(
                _("Onbekende sleutel; een checklistvraag kent {choices}.").format(
                    choices=", ".join(ITEM_KEYS)), key)
    for key in ("id", "text"):
        if key not in data:
            raise ChecklistItemError(_("Verplichte sleutel ontbreekt."), key)
    for key in ("id", "text", "source", "advice", *TRANSLATION_KEYS):
        if key in data and not isinstance(data[key], str):
            raise ChecklistItemError(_("Moet tekst zijn (tussen aanhalingstekens)."), key)
    if not data["id"].strip() or not data["text"].strip():
        raise ChecklistItemError(_("Mag niet leeg zijn."), "id" if not data["id"].strip() else "text")
    for key, choices in (("profiles", set(PROFILES)), ("platforms", platform_choices())):
        values = data.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ChecklistItemError(_("Moet een lijst met teksten zijn, bijvoorbeeld [\"a\", \"b\"]."),
                                     key)
        unknown = [v for v in values if v not in choices]
        if unknown:
            raise ChecklistItemError(
                _("Onbekende waarde {value}; kies uit {choices}.").format(
                    value=unknown[0], choices=", ".join(sorted(choices))), key)
    return ChecklistItem(
        id=data["id"],
        text=data["text"],
        profiles=tuple(data.get("profiles") or PROFILES),
        platforms=tuple(data.get("platforms", ())),
        source=data.get("source", ""),
        advice=data.get("advice", ""),
        origin=origin,
        translations=tuple((key, data[key]) for key in TRANSLATION_KEYS if key in data),
    )


@lru_cache(maxsize=1)
def builtin_checklist() -> tuple[ChecklistItem, ...]:
    with open(resource_path("checklist.toml"), "rb") as fh:
        data = tomllib.load(fh)
    return tuple(parse_item(table, "builtin") for table in data.get("checklist", []))


def checklist_for(settings: Settings, profile_id: str, platform_id: str) -> list[ChecklistItem]:
    """The questions for this profile and platform: built-in first, in guideline
    order, then the department's and the user's. A department item with a
    built-in id takes that item's place (to reword it)."""
    kind = get_platform(platform_id).kind
    own = {item.id: item for item in settings.checklist}
    items = [own.pop(item.id, None) or item for item in builtin_checklist()]
    items.extend(own.values())
    return [_translated(item) for item in items
            if item.applies_to(profile_id, platform_id, kind)]


def _translated(item: ChecklistItem) -> ChecklistItem:
    """The item in the user's language, where it has a translation."""
    if not item.translations:
        return item
    data = {"text": item.text, "advice": item.advice, **dict(item.translations)}
    return replace(item, text=localized(data, "text"), advice=localized(data, "advice"))
