"""Lemmas of Dutch words: simplemma's dictionary for Dutch, corrected by our own
table (``resources/language/lemmas.toml``) where measurement on the Universal
Dependencies treebanks showed it wrong for words the rules depend on.

The dictionary is opened on first use, from a file in the cache folder that
the first run makes (about a second); the window does that in the background.
Lemmas are written without the separable-verb underscore simplemma sometimes
gives (``op_lossen`` -> ``oplossen``), so a rule's ``oplossen`` matches
``opgelost`` too.
"""

from __future__ import annotations

import threading
import tomllib
from functools import lru_cache

from assistant.resources import resource_path

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _overrides() -> dict[str, str]:
    with open(resource_path("language", "lemmas.toml"), "rb") as fh:
        data = tomllib.load(fh)
    table: dict[str, str] = {}
    for lemma, forms in data.get("lemmas", {}).items():
        for form in forms:
            table[form.lower()] = lemma
    return table


@lru_cache(maxsize=1)
def _words():
    """simplemma's answers, from the file in the cache folder where it can
    (see lemma_store); imported late, as simplemma costs start-up time."""
    from assistant.nlp.lemma_store import WordLemmas

    return WordLemmas()


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The lemma of one lower-case word (the word itself when unknown)."""
    fixed = _overrides().get(word)
    if fixed is not None:
        return fixed
    with _lock:  # the dictionary is opened on the first call
        found = _words().lemma(word)
    return found.lower().replace("_", "").replace("|", "")


@lru_cache(maxsize=20_000)
def is_dutch(word: str) -> bool:
    """Whether a lower-case word is a Dutch word the dictionary knows."""
    if word in _overrides():
        return True
    with _lock:
        return _words().is_known(word)


def preload() -> None:
    """Load the dictionary now (for a background task at start-up)."""
    lemma("huizen")
