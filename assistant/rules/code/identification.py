"""Stelregel 1: in functie the author is recognisable by name, function and department.

Whether a draft names the author is decided against the identity in the
settings. A department counts as named by its full name, its usual
abbreviations or one of its agencies (``resources/ministries.toml``), or by the
name and short names in the department's configuration.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import re2

from assistant.cache import cached
from assistant.context import CheckContext
from assistant.findings import Fix
from assistant.i18n import N_, _, localized
from assistant.resources import resource_path
from assistant.rules.code import Hit, code_check
from assistant.rules.code.policy_area import policy_terms, term_matcher
from assistant.rules.spec import RuleSpec
from assistant.settings import Department, Identity
from assistant.text import Document, Span

PARTS = ("name", "function", "department")
_PART_LABELS = {"name": N_("naam"), "function": N_("functie"), "department": N_("departement")}


@dataclass(frozen=True)
class Ministry:
    name: str
    short: str
    aliases: tuple[str, ...]
    agencies: tuple[str, ...]
    domains: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.agencies)


@lru_cache(maxsize=1)
def _ministry_table() -> dict:
    # Kept parsed in the cache, as the rules are: a short check needs the table.
    path = resource_path("ministries.toml")
    return cached("ministries", [path], lambda: _read_table(path))


def _read_table(path: Path) -> dict:
    import tomllib

    with open(path, "rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def ministries() -> tuple[Ministry, ...]:
    return tuple(
        Ministry(m["name"], m["short"], tuple(m.get("aliases", ())), tuple(m.get("agencies", ())),
                 tuple(m.get("domains", ())))
        for m in _ministry_table()["ministries"]
    )


@lru_cache(maxsize=1)
def government_domains() -> frozenset[str]:
    """E-mail domains of the central government, its ministries and agencies."""
    domains = set(_ministry_table().get("government", {}).get("domains", ()))
    for ministry in ministries():
        domains.update(ministry.domains)
    return frozenset(domains)


def is_abbreviation(name: str) -> bool:
    """BZK, JenV, Min. IenW: no run of four lower-case letters."""
    run = 0
    for char in name:
        run = run + 1 if char.islower() else 0
        if run >= 4:
            return False
    return True


_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_NOT_LETTER = r"[^\p{L}\p{N}_]"


class PhrasePattern:
    """Whole-word alternatives on RE2, which scans a long draft once for all of
    them (a backtracking engine tries every alternative at every position)."""

    def __init__(self, alternatives: list[str]):
        self._regex = re2.compile(
            f"(?:^|{_NOT_LETTER})(" + "|".join(alternatives) + f")(?:$|{_NOT_LETTER})", _OPTIONS)

    def search(self, text: str) -> bool:
        return self._regex.search(text) is not None

    def spans(self, text: str) -> list[Span]:
        return [Span(m.start(1), m.end(1)) for m in self._regex.finditer(text)]


def names_pattern(names: Iterable[str]) -> PhrasePattern | None:
    """Abbreviations as written, other names in any case."""
    alternatives = []
    for name in sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True):
        body = _phrase(name)
        alternatives.append(body if is_abbreviation(name) else f"(?i:{body})")
    return PhrasePattern(alternatives) if alternatives else None


@lru_cache(maxsize=64)
def find_ministry(department: str) -> Ministry | None:
    """The ministry a department name refers to (its name, an abbreviation or an agency)."""
    folded = department.casefold()
    best: tuple[int, Ministry] | None = None
    for ministry in ministries():
        # Only a ministry with a name whose every word the text holds can be
        # named in it: the others' patterns need not be compiled.
        names = [n for n in ministry.names if all(w.casefold() in folded for w in n.split())]
        pattern = names_pattern(names)
        for span in pattern.spans(department) if pattern else ():
            if best is None or span.end - span.start > best[0]:
                best = (span.end - span.start, ministry)
    return best[1] if best else None


# Lower-case name particles that belong to the surname (Pieter van der Berg).
_PARTICLES = frozenset("van de der den ten ter te het 't in op la le du da di el al von zu".split())
# Words that qualify a function rather than name it (senior communicatieadviseur).
_FUNCTION_MODIFIERS = frozenset(
    "senior junior medior strategisch strategische coördinerend coördinerende coordinerend "
    "plaatsvervangend plaatsvervangende waarnemend waarnemende adjunct eerste tweede "
    "algemeen algemene".split())


def _phrase(text: str) -> str:
    return r"\s+".join(re2.escape(part) for part in text.split())


def name_pattern(name: str) -> PhrasePattern | None:
    """The author's name in full, with initials (F. Ouali, A.M. de Vries), as first
    name with the surname's initial (Fatima O.), surname first (Ouali, F.), or as
    the first name alone, capitalised, the way webcare signs ("Groet, Fatima")."""
    words = name.split()
    if not words:
        return None
    if len(words) == 1:
        return PhrasePattern([f"(?i:{re2.escape(words[0])})"])
    split = next((i for i, w in enumerate(words[1:], 1) if w.lower() in _PARTICLES), len(words) - 1)
    given, surname = words[:split], words[split:]
    surname_text = _phrase(" ".join(surname))
    initials = re2.escape(given[0][0]) + r"\.(?:\s?[A-Z]\.)*"
    particles = "".join(re2.escape(w) + r"\s+" for w in surname[:-1])
    alternatives = [
        _phrase(name),
        _phrase(given[0]) + r"\s+" + surname_text,
        initials + r"\s*" + surname_text,
        _phrase(given[0]) + r"\s+(?:" + particles + ")?" + re2.escape(surname[-1][0]) + r"\.",
        # Surname first, as in lists and e-mail headers: "Ouali, F." or "Ouali, Fatima".
        surname_text + r"\s*,\s*(?:" + _phrase(given[0]) + "|" + initials + ")",
    ]
    first_name = [re2.escape(given[0])] if len(given[0]) >= 3 and given[0][0].isupper() else []
    return PhrasePattern(["(?i:" + "|".join(alternatives) + ")", *first_name])


def function_pattern(function: str) -> PhrasePattern | None:
    """The function in full, or its main word (beleidsmedewerker natuurherstel ->
    beleidsmedewerker), also as the tail of a compound (adviseur -> communicatieadviseur)."""
    words = function.split()
    if not words:
        return None
    head = next((w for w in words if w.lower() not in _FUNCTION_MODIFIERS and len(w) > 2), words[0])
    return PhrasePattern([rf"(?i:{_phrase(function)}|[\p{{L}}\p{{N}}_]*{re2.escape(head)})"])


@lru_cache(maxsize=1)
def _organisations() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(o["names"]) for o in _ministry_table().get("organisations", ()))


def organisation_names(name: str) -> tuple[str, ...]:
    """Every name of the organisation ``name`` is one name of (an abbreviation
    as written, a full name in any case), or nothing if it is none of them."""
    folded = " ".join(name.split()).casefold()
    for names in _organisations():
        if any(n == name.strip() if is_abbreviation(n) else n.casefold() == folded
               for n in names):
            return names
    return ()


def department_names(identity: Identity, department: Department) -> tuple[str, ...]:
    names = [identity.department, department.name, *department.short_names]
    names += [other for name in names[:2] if name for other in organisation_names(name)]
    ministry = find_ministry(identity.department) or find_ministry(department.name)
    if ministry:
        # A work address in the signature (anna.jansen@minvws.nl) names the ministry too.
        names.extend((*ministry.names, *ministry.domains))
    return tuple(n for n in names if n)


@dataclass(frozen=True)
class Recognition:
    """How the author's name, function and department can appear in a draft."""

    patterns: dict[str, PhrasePattern | None]
    short_department: str

    def mentions(self, part: str, text: str) -> bool:
        pattern = self.patterns[part]
        return bool(pattern and pattern.search(text))

    def name_spans(self, text: str) -> list[Span]:
        pattern = self.patterns["name"]
        return pattern.spans(text) if pattern else []


@lru_cache(maxsize=32)
def recognition(identity: Identity, department: Department) -> Recognition:
    ministry = find_ministry(identity.department) or find_ministry(department.name)
    short = (ministry.short if ministry else
             (department.short_names[0] if department.short_names else identity.department))
    return Recognition(
        patterns={
            "name": name_pattern(identity.name),
            "function": function_pattern(identity.function),
            "department": names_pattern(department_names(identity, department)),
        },
        short_department=short,
    )


def dutch_list(items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return _("{items} en {last}").format(items=", ".join(items[:-1]), last=items[-1])


def _last_line(text: str) -> Span:
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    while text[start].isspace():
        start += 1
    return Span(start, end)


def _signature_fix(style: str, identity: Identity, recog: Recognition, text: str) -> Fix:
    """Append the signature: on its own lines, or after a dash in a short post."""
    at = len(text.rstrip())
    if style == "compact":
        separator = " - "
        signature = ", ".join((identity.name, identity.function, recog.short_department))
    else:
        separator = "\n\n"
        signature = identity.department if style == "department" else identity.signature()
    return Fix(at, at, separator + signature,
               _("Voeg “{signature}” toe").format(signature=signature))


# A line of at most this many words next to the author's name is part of a
# signature; a longer one is running text.
_SIGNATURE_LINE_WORDS = 15
_SIGNATURE_LINES_AFTER = 3
# Titles that name a function, also as the tail of a compound (beleidsadviseur,
# afdelingshoofd): a signature may give another title than the settings.
_ANY_FUNCTION = PhrasePattern([
    r"(?i:[\p{L}-]*(?:medewerker|adviseur|manager|leider|coördinator|coordinator|specialist|"
    r"directeur|secretaris|analist|jurist|woordvoerder|voorlichter|redacteur|consultant|"
    r"inspecteur|onderzoeker|officier|ambtenaar|trainee|stagiair|hoofd|expert|deskundige|"
    r"ontwikkelaar|architect|controller|assistent|ondersteuner|strateeg|econoom|beheerder|"
    r"functionaris|toezichthouder|auditor|accountant|fiscalist|handhaver|docent|commandant|"
    r"rechercheur|planner|ingenieur|scientist|engineer|officer|advisor|adviser)s?)"])
# Sentences in which the author places herself: "namens het ministerie", "ik werk als".
_SELF_REFERENCE = PhrasePattern([
    r"(?i:namens|ik\s+ben|ik\s+werk|ben\s+ik|werk\s+ik|wij\s+van|we\s+van|wij\s+bij|"
    r"we\s+bij|werkzaam|in\s+dienst\s+van|mijn\s+functie|mijn\s+werk\s+als)"])


def _line_at(text: str, offset: int) -> Span:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return Span(start, len(text) if end == -1 else end)


def _signature_zones(doc: Document, names: list[Span]) -> list[Span]:
    """Where a draft presents its author: around each mention of her name, the
    signature block (the name's short line, one line before and three after) or,
    in running text, the sentence with the name and the next one."""
    text = doc.text
    zones = []
    for name in names:
        line = _line_at(text, name.start)
        if len(text[line.start:line.end].split()) <= _SIGNATURE_LINE_WORDS:
            start = _line_at(text, max(line.start - 1, 0)).start if line.start else 0
            end = line.end
            for _line in range(_SIGNATURE_LINES_AFTER):
                while end < len(text) and text[end] == "\n":
                    end += 1
                if end >= len(text):
                    break
                end = _line_at(text, end).end
            zones.append(Span(start, end))
        else:
            sentence = doc.sentence_at(name.start)
            following = doc.sentence_at(sentence.end + 1) if sentence.end < len(text) else sentence
            zones.append(Span(min(sentence.start, name.start), max(sentence.end, following.end)))
    return zones


def _presents(recog: Recognition, part: str, doc: Document, anywhere: bool) -> bool:
    """Whether the draft names this part of the author's identity as hers: in the
    signature or introduction around her name, or for function and department in
    a sentence where she speaks of herself. Without her name, or ``anywhere``, in
    the whole text."""
    text = doc.text
    if part == "name" or anywhere:
        return recog.mentions(part, text)
    zones = _signature_zones(doc, recog.name_spans(text))
    if not zones:
        return recog.mentions(part, text)
    for zone in zones:
        piece = text[zone.start:zone.end]
        if recog.mentions(part, piece) or (part == "function" and _ANY_FUNCTION.search(piece)):
            return True
    pattern = recog.patterns[part]
    for found in pattern.spans(text) if pattern else ():
        sentence = doc.sentence_at(found.start)
        if _SELF_REFERENCE.search(text[sentence.start:sentence.end]):
            return True
    return False


@code_check("identification")
def check_identification(spec: RuleSpec, doc: Document, ctx: CheckContext) -> Iterator[Hit]:
    """Options: ``require`` (parts of the identity the draft must name),
    ``signature`` (full, compact or department: what the fix inserts),
    ``message_no_identity`` (shown when the settings lack a required part),
    ``only_in_policy_area`` (judge only drafts that name the author's policy area)
    and ``anywhere`` (a part counts wherever the post names it, as in a short
    microblog post; otherwise function and department must be in the signature)."""
    text = doc.text
    if not text.strip():
        return
    if spec.options.get("only_in_policy_area"):
        terms = policy_terms(ctx)
        if not terms or next(term_matcher(terms).find(text), None) is None:
            return
    require = spec.options.get("require", PARTS)
    required = [p for p in PARTS if isinstance(require, (list, tuple)) and p in require] or list(PARTS)
    where = _last_line(text)
    identity = ctx.identity
    if any(not getattr(identity, part) for part in required):
        yield Hit(where.start, where.end,
                  values={"missing": dutch_list([_(_PART_LABELS[p]) for p in required])},
                  message=localized(spec.options, "message_no_identity") or None)
        return
    recog = recognition(identity, ctx.department)
    anywhere = bool(spec.options.get("anywhere"))
    missing = [p for p in required if not _presents(recog, p, doc, anywhere)]
    if not missing:
        return
    fix = (_signature_fix(spec.options.get("signature", "full"), identity, recog, text)
           if identity.complete else None)
    yield Hit(where.start, where.end,
              values={"missing": dutch_list([_(_PART_LABELS[p]) for p in missing])}, fix=fix)
