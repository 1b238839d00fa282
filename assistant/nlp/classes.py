"""Word classes: named lists of words, written once and shared by every rule.

The built-in classes live in ``resources/classes/*.toml``, one table per class;
a department adds words to a class, or defines its own, under ``[classes.NAME]``
in its configuration. A rule refers to a class as ``@NAME``.

Entries are written as lemmas (the dictionary form), so that every form of a
word matches: ``dom`` covers domme, dommer and domst, ``zeggen`` covers zei and
gezegd. An entry of several words (``op de borrel``) matches those words in a
row, each by lemma. A ``*`` lets an entry run on into a compound, as in the rule
format: ``kanker*`` matches kankervolk, ``*prutser`` matches beleidsprutsers.
A verb with a separable particle (``doodrijden``) also matches when the
particle stands apart in the same clause ("ik rij ze dood"); that is resolved
by the construction matcher, which sees the clause.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from assistant.cache import cached
from assistant.i18n import _
from assistant.nlp.lemmas import lemma
from assistant.resources import resource_path

CLASS_KEYS = ("description", "source", "words", "include", "exclude")
# The part of a compound beside a class entry must be at least this long, so
# that "dom*" does not take "domme" or "domein" for a compound.
MIN_COMPOUND_PART = 3
# Compounds are only looked for in words up to this length (the search grows
# with the square of the length); the analysis does not lemmatise longer ones.
MAX_WORD = 40
_EMPTY: frozenset[str] = frozenset()


class ClassSpecError(ValueError):
    """A word class that cannot be used; ``key`` names the field at fault."""

    def __init__(self, message: str, key: str | None = None):
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class ClassSpec:
    """A class as written: in a built-in file or a configuration layer."""

    name: str
    words: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    description: str = ""
    source: str = ""

    def extended(self, other: "ClassSpec") -> "ClassSpec":
        """This class with a later layer's additions."""
        return ClassSpec(
            self.name, _unique(self.words + other.words), _unique(self.include + other.include),
            _unique(self.exclude + other.exclude), other.description or self.description,
            other.source or self.source)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def valid_name(name: str) -> bool:
    return bool(name) and all(c.isalnum() or c == "_" for c in name) and name[0].isalpha()


def parse_class(name: str, data: Any) -> ClassSpec:
    """Validate one class table; raises ClassSpecError naming the key at fault."""
    if not valid_name(name):
        raise ClassSpecError(
            _("De naam van een woordklasse bestaat uit letters, cijfers en _ en begint met een "
              "letter: {value}.").format(value=name))
    if not isinstance(data, dict):
        raise ClassSpecError(_("Woordklasse {name} moet een tabel zijn.").format(name=name))
    for key in data:
        if key not in CLASS_KEYS:
            raise ClassSpecError(
                _("Onbekende sleutel in woordklasse {name}: {key}; kies uit {choices}.").format(
                    name=name, key=key, choices=", ".join(CLASS_KEYS)), key)
    for key in ("description", "source"):
        if key in data and not isinstance(data[key], str):
            raise ClassSpecError(_("{key} moet tekst zijn.").format(key=key), key)
    lists = {}
    for key in ("words", "include", "exclude"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ClassSpecError(_("{key} moet een lijst met teksten zijn.").format(key=key), key)
        cleaned = []
        for entry in value:
            entry = " ".join(entry.lower().split())
            if key == "include":
                entry = entry.removeprefix("@")
                if not valid_name(entry):
                    raise ClassSpecError(
                        _("include noemt “{value}”, geen naam van een woordklasse.").format(
                            value=entry), key)
            elif not entry.strip("*").strip() or "*" in entry.strip("*"):
                raise ClassSpecError(
                    _("{key} bevat “{value}”: een woord heeft letters nodig, met hooguit een * "
                      "aan het begin of eind.").format(key=key, value=entry), key)
            cleaned.append(entry)
        lists[key] = tuple(cleaned)
    if not lists["words"] and not lists["include"]:
        raise ClassSpecError(
            _("Woordklasse {name} heeft words of include nodig.").format(name=name), "words")
    return ClassSpec(name, lists["words"], lists["include"], lists["exclude"],
                     data.get("description", ""), data.get("source", ""))


def load_class_file(path) -> dict[str, ClassSpec]:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    specs = {}
    for name, table in data.items():
        try:
            specs[name] = parse_class(name, table)
        except ClassSpecError as exc:
            raise ClassSpecError(f"{path.name}, [{name}]: {exc}", exc.key) from None
    return specs


@lru_cache(maxsize=1)
def builtin_class_specs() -> Mapping[str, ClassSpec]:
    """The classes that ship with the program, read from the cache when their
    files have not changed since a run before (reading them costs a short check
    more than the check)."""
    files = sorted(resource_path("classes").glob("*.toml"))
    return cached("classes", [*files, Path(__file__)], lambda: _read_builtin_class_specs(files))


def _read_builtin_class_specs(files: list[Path]) -> dict[str, ClassSpec]:
    specs: dict[str, ClassSpec] = {}
    for path in files:
        for name, spec in load_class_file(path).items():
            specs[name] = specs[name].extended(spec) if name in specs else spec
    return specs


# Between a letter and a digit, where the analysis starts a new token.
_SPLIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_DIGIT = re.compile(r"\d")


class WordClass:
    """A resolved class, ready to match tokens."""

    def __init__(self, name: str, entries: Iterable[str], exclude: Iterable[str]):
        self.name = name
        self.words: set[str] = set()
        self.heads: set[str] = set()      # "*prutser": may end a compound
        self.modifiers: set[str] = set()  # "kanker*": may start a compound
        # The first word of an entry of several words -> the entries it starts.
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        # base verb -> the particles that make it an entry ("rijden": {"dood"})
        self.separable: dict[str, set[str]] = {}
        self.exclude = frozenset(exclude)
        particles, lengths = _particles()
        for entry in entries:
            # Written as the analysis splits words: "A27" is "a 27", "D66" is "d 66".
            if _DIGIT.search(entry):
                entry = _SPLIT.sub(" ", entry)
            if " " in entry:
                words = tuple(entry.split())
                self.phrases.setdefault(words[0], []).append(words)
                continue
            word = entry.strip("*")
            if entry.startswith("*"):
                self.heads.add(word)
            if entry.endswith("*"):
                self.modifiers.add(word)
            self.words.add(word)
            if word.endswith("en"):
                for k in lengths:
                    if len(word) - k >= 4 and word[:k] in particles:
                        self.separable.setdefault(word[k:], set()).add(word[:k])
        for words in self.phrases.values():
            words.sort(key=len, reverse=True)
        # The second words of the phrases per first word: most places where a
        # phrase could start ("de" before anything) are ruled out by the next word alone.
        self._seconds = {first: frozenset(p[1] for p in words)
                         for first, words in self.phrases.items()}
        self._cache: dict[tuple[str, str], bool] = {}
        self._lookup: dict[bool, frozenset[str]] = {}

    def lookup_words(self, alone: bool) -> frozenset[str]:
        """The words a draft's word types are looked up by: the entries, the first
        words of phrases and, for a slot of one word (``alone``), the base verbs
        of separable entries. Made once, not for every draft."""
        found = self._lookup.get(alone)
        if found is None:
            words = self.words | self.phrases.keys()
            found = self._lookup[alone] = frozenset(
                words | self.separable.keys() if alone else words)
        return found

    def __repr__(self) -> str:
        return f"WordClass({self.name!r}, {len(self.words)} words)"

    def has(self, lower: str, lem: str) -> bool:
        """Whether one word (its lower-case form and lemma) belongs to the class."""
        key = (lower, lem)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._has(lower, lem)
        return found

    def _has(self, lower: str, lem: str) -> bool:
        if lower in self.exclude or lem in self.exclude:
            return False
        if lower in self.words or lem in self.words:
            return True
        if len(lower) > MAX_WORD:
            return False
        if "-" in lower and any(self._has(part, lemma(part)) for part in lower.split("-") if part):
            # "PVV-bewindslieden", "Teams-call": a part of a hyphenated word.
            return True
        if self.heads and self._ends_compound(lower, lem):
            # An excluded word anywhere in it: "voertuig" in "dienstvoertuigen".
            return not any(x in lower for x in self.exclude)
        if self.modifiers and len(lower) > MIN_COMPOUND_PART:
            for k in range(MIN_COMPOUND_PART, len(lower) - MIN_COMPOUND_PART + 1):
                if lower[:k] in self.modifiers:
                    return not any(lower.startswith(x) for x in self.exclude)
        return False

    def _ends_compound(self, lower: str, lem: str) -> bool:
        for word in {lower, lem}:
            for k in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
                tail = word[k:]
                if tail in self.heads or (len(tail) > 4 and lemma(tail) in self.heads):
                    return True
        return False

    def match_at(self, tokens: Sequence, i: int, end: int) -> int:
        """How many tokens from ``tokens[i]`` (before ``end``) the class matches:
        the longest entry, 0 for none."""
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < end else None
        seconds = self.seconds_after(token.lower, token.lemma)
        if following is None or (following.lower not in seconds
                                 and following.lemma not in seconds):
            return 1 if self.has(token.lower, token.lemma) else 0
        for words in self.phrases.get(token.lower, []) + self.phrases.get(token.lemma, []):
            if i + len(words) <= end and all(
                    w == t.lower or w == t.lemma for w, t in zip(words, tokens[i:i + len(words)])):
                return len(words)
        return 1 if self.has(token.lower, token.lemma) else 0

    def seconds_after(self, lower: str, lem: str) -> frozenset[str]:
        """The words that can follow a word (form and lemma) in one of the phrases
        it starts."""
        if lower == lem:
            return self._seconds.get(lower, _EMPTY)
        return self._seconds.get(lower, _EMPTY) | self._seconds.get(lem, _EMPTY)

    @cached_property
    def phrase_words(self) -> frozenset[str]:
        """Every word of the class's entries of more than one word."""
        return frozenset(w for entries in self.phrases.values() for words in entries
                         for w in words)

    def particles_for(self, lower: str, lem: str) -> frozenset[str] | set[str]:
        """The particles that, standing apart in the clause, make this word an
        entry: "rij" -> {"dood"} when the class holds doodrijden. The set may
        be the class's own: not to be changed."""
        separable = self.separable
        if not separable:
            return _EMPTY
        by_lemma, by_form = separable.get(lem), separable.get(lower)
        if by_form is None or by_form is by_lemma:
            return by_lemma or _EMPTY
        return by_form | by_lemma if by_lemma else by_form


@dataclass
class ClassSet:
    """All classes a check can refer to: built-in, a department's and the user's
    additions, and the ones made from the configuration (own organisation)."""

    specs: Mapping[str, ClassSpec] = field(default_factory=builtin_class_specs)
    # A set made from another by with_specs keeps the first set it descends
    # from as ``base``, and the names of the classes that differ from it (the
    # ones added or extended, and those that include them): the others it
    # looks up in the base, and what rules work out for them is shared.
    base: "ClassSet | None" = field(default=None, repr=False, compare=False)
    affected: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    _resolved: dict[str, WordClass] = field(default_factory=dict, init=False, repr=False)

    def with_specs(self, extra: Mapping[str, ClassSpec]) -> "ClassSet":
        merged = dict(self.specs)
        for name, spec in extra.items():
            merged[name] = merged[name].extended(spec) if name in merged else spec
        return ClassSet(merged, self.base or self, self.affected | _including(merged, extra))

    def shared_for(self, names: Iterable[str]) -> "ClassSet":
        """The set that holds the same classes for these names and is shared by
        the most sets: the base, unless one of them differs from it."""
        if self.base is not None and self.affected.isdisjoint(names):
            return self.base
        return self

    def __contains__(self, name: str) -> bool:
        return name in self.specs

    def names(self) -> list[str]:
        return sorted(self.specs)

    def get(self, name: str) -> WordClass:
        found = self._resolved.get(name)
        if found is None:
            if self.base is not None and name not in self.affected and name in self.base.specs:
                found = self._resolved[name] = self.base.get(name)
                return found
            entries, exclude = self._collect(name, ())
            found = self._resolved[name] = _resolved(name, tuple(entries), tuple(exclude))
        return found

    def _collect(self, name: str, seen: tuple[str, ...]) -> tuple[list[str], list[str]]:
        if name in seen:
            raise ClassSpecError(
                _("Woordklasse {name} neemt zichzelf op (via {path}).").format(
                    name=name, path=" → ".join(seen + (name,))), "include")
        spec = self.specs.get(name)
        if spec is None:
            raise ClassSpecError(_("Onbekende woordklasse @{name}.").format(name=name), "include")
        entries, exclude = list(spec.words), list(spec.exclude)
        for other in spec.include:
            more, less = self._collect(other, seen + (name,))
            entries += more
            exclude += less
        return entries, exclude

    def validate(self) -> None:
        """Resolve every class once, so a bad include is reported up front."""
        for name in self.specs:
            self._collect(name, ())


def _including(specs: Mapping[str, ClassSpec], names: Iterable[str]) -> frozenset[str]:
    """The names, and the names of the classes that include one of them, however deep."""
    included_by: dict[str, list[str]] = {}
    for name, spec in specs.items():
        for other in spec.include:
            included_by.setdefault(other, []).append(name)
    found = set(names)
    todo = list(found)
    while todo:
        for name in included_by.get(todo.pop(), ()):
            if name not in found:
                found.add(name)
                todo.append(name)
    return frozenset(found)


@lru_cache(maxsize=1)
def builtin_set() -> ClassSet:
    """The built-in classes, one set for all: the sets made from it share its
    look-ups. Its classes come resolved from the cache, as the rules do:
    resolving them all again costs a short check more than the check."""
    found = ClassSet()
    files = sorted(resource_path("classes").glob("*.toml"))
    found._resolved.update(cached("class-objects", [*files, Path(__file__)],
                                  lambda: _resolve_all(ClassSet())))
    return found


def _resolve_all(classes: ClassSet) -> dict[str, WordClass]:
    """Every class that resolves without the configuration's own classes."""
    resolved = {}
    for name in classes.names():
        try:
            resolved[name] = classes.get(name)
        except ClassSpecError:
            continue  # it includes a class made from the configuration
    return resolved


@lru_cache(maxsize=None)
def closed_class(name: str) -> frozenset[str]:
    """The single words of a built-in grammatical class (negations, particles),
    as the analysis uses them."""
    spec = builtin_class_specs()[name]
    return frozenset(w.strip("*") for w in spec.words if " " not in w)


@lru_cache(maxsize=256)
def _resolved(name: str, entries: tuple[str, ...], exclude: tuple[str, ...]) -> WordClass:
    """One WordClass per content: the sets of the engine, the weighing and each
    new configuration share the classes they have alike (and their look-ups)."""
    return WordClass(name, entries, exclude)


@lru_cache(maxsize=None)
def literal_class(entry: str) -> WordClass:
    """A one-entry class for a word written in a rule: shared by every rule
    that writes it, so the draft is searched for it once."""
    return WordClass(entry, [entry], ())


@lru_cache(maxsize=1)
def _particles() -> tuple[frozenset[str], tuple[int, ...]]:
    """The separable particles, and their lengths: a verb's start is looked up
    by length rather than tried against each particle."""
    particles = closed_class("scheidbaar_deel")
    return particles, tuple(sorted({len(p) for p in particles}))
