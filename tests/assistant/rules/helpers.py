"""Small helpers for rule tests: run the whole engine (built-in rules plus the
given settings) and look at what fired."""

from __future__ import annotations

from functools import lru_cache

from assistant.engine import Engine
from assistant.findings import Finding
from assistant.settings import Identity, Settings


@lru_cache(maxsize=1)
def _default_engine() -> Engine:
    return Engine()


def findings(text: str, profile: str = "prive", platform: str = "blog",
             identity: Identity | None = None, settings: Settings | None = None) -> list[Finding]:
    engine = Engine(settings) if settings is not None else _default_engine()
    return engine.check(text, profile, platform, identity=identity)


def categories(text: str, profile: str = "prive", platform: str = "blog",
               identity: Identity | None = None, settings: Settings | None = None) -> set[str]:
    """The categories that fire on ``text``."""
    return {f.category for f in findings(text, profile, platform, identity, settings)}


def spans(text: str, profile: str = "prive", platform: str = "blog",
          identity: Identity | None = None, settings: Settings | None = None,
          category: str | None = None) -> list[str]:
    """The flagged pieces of ``text`` (of one category, if given), in reading order."""
    return [text[f.start:f.end] for f in findings(text, profile, platform, identity, settings)
            if category is None or f.category == category]


def fired(category: str, text: str, profile: str = "prive", platform: str = "blog",
          identity: Identity | None = None, settings: Settings | None = None) -> list[Finding]:
    """The findings of one category."""
    return [f for f in findings(text, profile, platform, identity, settings)
            if f.category == category]
