"""The guideline passages that rules cite, loaded from ``resources/guideline``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from assistant.i18n import LANGUAGES, _, language, localized
from assistant.resources import resource_path


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    quote: str
    stelregel: int | None = None

    def cite(self) -> str:
        """One paragraph that names the source and quotes it."""
        if not self.quote:
            return _("Bron: {title}.").format(title=self.title)
        return _("Bron: {title}: “{quote}”").format(title=self.title, quote=self.quote)


def guideline_sources() -> dict[str, Source]:
    """Every passage by id, in the user's language."""
    return _sources(language())


@lru_cache(maxsize=len(LANGUAGES) + 1)
def _sources(lang: str) -> dict[str, Source]:
    with open(resource_path("guideline", "sources.toml"), "rb") as fh:
        data = tomllib.load(fh)
    return {
        key: Source(key, localized(value, "title"), localized(value, "quote"),
                    value.get("stelregel"))
        for key, value in data.items()
    }


def cite(source: str) -> str:
    """Citation for a source id, or the text itself when it is not a known id."""
    known = guideline_sources().get(source)
    return known.cite() if known else (_("Bron: {title}.").format(title=source) if source else "")
