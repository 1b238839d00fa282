"""Compiled data rules. All patterns run on RE2, a linear-time engine, so no
rule (built-in or a department's) can make a check hang."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import re2

from assistant.cache import Memo
from assistant.i18n import _
from assistant.rules.literals import required_literals, token_literals
from assistant.rules.spec import RuleSpec, RuleSpecError
from assistant.text import Document, Span

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_OPTIONS.longest_match = True
# Generous for real rules, small enough that a hostile pattern is refused.
_OPTIONS.max_mem = 8 << 20
# Every group is a non-capturing one: a match's position is all a rule needs, and
# RE2 tracks each capturing group at every step (thousands of them made a check of
# a short draft take half a minute).
_OPTIONS.never_capture = True

# What one pattern may cost, checked when a rule is compiled, with a clear message:
# the longest built-in pattern has about 2,000 characters, nesting 4 deep, and a
# program of about 10,000 instructions.
MAX_PATTERN_LENGTH = 5000
MAX_PATTERN_NESTING = 20
MAX_PATTERN_GROUPS = 200
MAX_PATTERN_PROGRAM = 30000

# The letters a compound may run on with: Latin script with its accents. Far
# cheaper for RE2 than \p{L}, and Dutch compounds need no other script.
_LETTER = r"[0-9A-Za-z_\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}]"


def token_regex(token: str) -> str:
    """A literal token as RE2: whitespace matches any run of whitespace, a
    leading or trailing ``*`` lets the word run on (compounds), and a token in
    capitals (``MT``, ``NAVO``) only matches in capitals."""
    prefix = suffix = ""
    if token.startswith("*"):
        token, prefix = token[1:], _LETTER + "*"
    if token.endswith("*"):
        token, suffix = token[:-1], _LETTER + "*"
    body = r"\s+".join(re2.escape(part) for part in token.split())
    if len(token) >= 2 and token.isupper():
        body = f"(?-i:{body})"
    return prefix + body + suffix


def _nesting_and_groups(pattern: str) -> tuple[int, int]:
    """How deep the pattern's brackets nest and how many groups it opens, read
    the way RE2 reads them (escapes, character classes, \\Q...\\E)."""
    depth = deepest = groups = 0
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            if pattern.startswith("Q", i + 1):
                end = pattern.find("\\E", i + 2)
                i = n if end < 0 else end + 2
                continue
            i += 2
            continue
        if char == "[":
            # A class: ] right after [ or [^ is a literal, as is any escaped character.
            i += 2 if pattern.startswith("^", i + 1) else 1
            i += 1 if pattern.startswith("]", i) else 0
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
            groups += 1
            deepest = max(deepest, depth)
        elif char == ")":
            depth = max(depth - 1, 0)
        i += 1
    return deepest, groups


def check_pattern_cost(pattern: str, key: str) -> None:
    """Refuse a pattern that would be slow or large to compile or run, before RE2
    sees it; the program size is checked once it is compiled."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise RuleSpecError(_("{key} bevat een patroon van {length} tekens; een patroon mag "
                              "hooguit {limit} tekens lang zijn. Verdeel het over meer "
                              "patronen.").format(key=key, length=len(pattern),
                                                   limit=MAX_PATTERN_LENGTH), key)
    deepest, groups = _nesting_and_groups(pattern)
    if deepest > MAX_PATTERN_NESTING:
        raise RuleSpecError(_("{key} bevat een patroon met haakjes {depth} diep genest; hooguit "
                              "{limit} mag.").format(key=key, depth=deepest,
                                                     limit=MAX_PATTERN_NESTING), key)
    if groups > MAX_PATTERN_GROUPS:
        raise RuleSpecError(_("{key} bevat een patroon met {count} groepen tussen haakjes; "
                              "hooguit {limit} mag.").format(key=key, count=groups,
                                                            limit=MAX_PATTERN_GROUPS), key)


def _compile(alternatives: list[str], case_sensitive: bool, key: str, bounded: bool = True):
    flags = "" if case_sensitive else "(?i)"
    inner = "|".join(alternatives)
    # Word boundaries are checked in Matcher.find: RE2 has no look-around, and a
    # pattern may start or end with punctuation ("!!!") that needs none. The
    # group only marks where the alternatives end: matches are read as a whole.
    source = f"{flags}(?:{inner})" if bounded else f"{flags}^(?:{inner})$"
    try:
        return re2.compile(source, _OPTIONS)
    except re2.error as exc:
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise RuleSpecError(
            _("Patroon kan niet worden gebruikt ({detail}).").format(detail=detail), key
        ) from None


# RE2 searches on its fast automaton only while that fits in memory; one alternation
# of many patterns spills over and RE2 falls back to a much slower engine. Rules with
# many patterns are therefore split into groups of bounded program size.
_GROUP_PROGRAM_SIZE = 8000
# Where a list of alternatives was split before, in this run or an earlier one:
# finding out compiles each oversized half on the way, twice the work of
# compiling the groups themselves. Only the speed depends on it: a group that
# comes out too large is split again.
_SPLITS = Memo("pattern-groups", [Path(__file__)])


def _compile_groups(alternatives: list[str], case_sensitive: bool, key: str) -> list:
    """One regex, or several when one would leave RE2's fast path: the list is
    halved until each part is small enough (few compiles, even for long lists)."""
    memo_key = hashlib.sha256("\0".join((str(case_sensitive), *alternatives)).encode()).digest()
    sizes = _SPLITS.get(memo_key)
    if not (isinstance(sizes, tuple) and sum(sizes) == len(alternatives)):
        sizes = (len(alternatives),)
    groups, first = [], 0
    for size in sizes:
        groups += _halved(alternatives[first:first + size], case_sensitive, key)
        first += size
    found = tuple(size for _regex, size in groups)
    if found != sizes:
        _SPLITS.put(memo_key, found)
    return [regex for regex, _size in groups]


def _halved(alternatives: list[str], case_sensitive: bool, key: str) -> list[tuple[object, int]]:
    """Each group with how many alternatives it holds."""
    try:
        whole = _compile(alternatives, case_sensitive, key)
        if whole.programsize <= _GROUP_PROGRAM_SIZE or len(alternatives) == 1:
            return [(whole, len(alternatives))]
    except RuleSpecError:
        if len(alternatives) == 1:
            raise
        # Perhaps only too large as one; a pattern wrong on its own fails in a half.
    middle = len(alternatives) // 2
    return (_halved(alternatives[:middle], case_sensitive, key)
            + _halved(alternatives[middle:], case_sensitive, key))


def _alternatives(tokens: tuple[str, ...], patterns: tuple[str, ...], key: str) -> list[str]:
    for p in patterns:
        check_pattern_cost(p, key)
    return [token_regex(t) for t in sorted(tokens, key=len, reverse=True)] + [
        f"(?:{p})" for p in patterns
    ]


def _compile_one(pattern: str, case_sensitive: bool, key: str):
    """One pattern alone, within the cost limits: to name the culprit in an error."""
    regex = _compile([f"(?:{pattern})"], case_sensitive, key)
    if regex.programsize > MAX_PATTERN_PROGRAM:
        raise RuleSpecError(_("{key} bevat een patroon dat te groot wordt ({size} stappen; "
                              "hooguit {limit}). Verdeel het over meer patronen of maak "
                              "herhalingen korter.").format(key=key, size=regex.programsize,
                                                           limit=MAX_PATTERN_PROGRAM), key)
    return regex


class _Utf8:
    """A text as the UTF-8 bytes RE2 reads, with offsets converted both ways.

    Searching bytes spares the encoding of the whole text on every search. Only
    non-ASCII characters need bookkeeping, so plain text costs nothing extra.
    """

    def __init__(self, text: str):
        self.data = text.encode("utf-8")
        self._chars: list[int] = []  # where each non-ASCII character starts, in characters
        self._bytes: list[int] = []  # ... and in bytes
        self._extra: list[int] = []  # bytes beyond one per character, up to and including it
        extra = 0
        for m in _NON_ASCII.finditer(text):
            self._chars.append(m.start())
            self._bytes.append(m.start() + extra)
            extra += len(m.group().encode("utf-8")) - 1
            self._extra.append(extra)

    def to_byte(self, char_offset: int) -> int:
        k = bisect.bisect_left(self._chars, char_offset)
        return char_offset + (self._extra[k - 1] if k else 0)

    def to_char(self, byte_offset: int) -> int:
        k = bisect.bisect_left(self._bytes, byte_offset)
        return byte_offset - (self._extra[k - 1] if k else 0)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4)
def _utf8(text: str) -> _Utf8:
    return _Utf8(text)


# The longest text whose literals are looked up before the patterns are compiled,
# how many texts a lazy matcher looks them up in before it compiles them all,
# and how many choices of patterns it keeps compiled until then.
PREFILTER_MAX_LENGTH = 5000
_MAX_SCANS = 32
_MAX_CHOICES_KEPT = 16


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    return text.casefold()


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str


class Matcher:
    """Finds whole-word occurrences of a set of tokens and patterns.

    A ``lazy`` matcher (for rules that ship with the program, whose patterns
    the tests compile) compiles, for a short text, only the tokens and patterns
    whose literals the text holds: most cannot match a short draft, and
    compiling is most of the cost of checking one."""

    def __init__(self, tokens: tuple[str, ...], patterns: tuple[str, ...], case_sensitive: bool,
                 key: str, *, lazy: bool = False):
        if not tokens and not patterns:
            raise RuleSpecError(_("{key}: er is niets om naar te zoeken; geef minstens één "
                                  "woord of patroon.").format(key=key), key)
        self._case_sensitive, self._key = case_sensitive, key
        # Every alternative compiled: always unless lazy, and for a lazy one once a long text came.
        self._regexes: list | None = None
        # lazy: each alternative's literals (None: no literal is certain) and its regex.
        self._alternatives: list[tuple[frozenset[str] | None, str]] = []
        self._chosen: dict[tuple[int, ...], list] = {}
        self._last: tuple[str | None, list] = (None, [])
        self._scans = 0
        if lazy:
            ordered = sorted(tokens, key=len, reverse=True)
            self._alternatives = [(token_literals(t), t) for t in ordered] + [
                (required_literals(p), p) for p in patterns]
            self._token_count = len(ordered)
        else:
            self._regexes = self._compile(tokens, patterns)

    def _compile(self, tokens: tuple[str, ...], patterns: tuple[str, ...]) -> list:
        case_sensitive, key = self._case_sensitive, self._key
        try:
            regexes = _compile_groups(_alternatives(tokens, patterns, key), case_sensitive, key)
        except RuleSpecError:
            # Compile the patterns one by one only now, so the error names the culprit.
            for p in patterns:
                _compile_one(p, case_sensitive, key)
            raise
        # Groups are split until they are small, so only a single alternative can be this large.
        if any(regex.programsize > MAX_PATTERN_PROGRAM for regex in regexes):
            for p in patterns:
                _compile_one(p, case_sensitive, key)
            raise RuleSpecError(_("{key} bevat een woord dat te lang is.").format(key=key), key)
        if any(regex.fullmatch("") for regex in regexes):
            # It would flag every position (or, as context or exception, be everywhere).
            # An empty token is refused with the rule's other checks; a pattern is the culprit.
            culprit = next((p for p in patterns
                            if _compile([f"(?:{p})"], case_sensitive, key).fullmatch("")), "")
            raise RuleSpecError(
                _("{key} bevat “{value}”, dat ook lege tekst vindt; een patroon moet minstens "
                  "één teken vinden.").format(key=key, value=culprit), key)
        return regexes

    def compile_all(self) -> None:
        """Compile every alternative now (a lazy matcher would on its own once
        it has seen a long text or many texts), so that no search waits for it."""
        if self._regexes is None:
            self._regexes = self._compile_chosen(tuple(range(len(self._alternatives))))
            self._chosen, self._last = {}, (None, [])

    def _regexes_for(self, text: str) -> list:
        """The compiled alternatives that could match somewhere in the text; an
        alternative left out has no match in it, so the matches are the same."""
        if self._regexes is not None:
            return self._regexes
        if text is self._last[0]:
            return self._last[1]
        self._scans += 1
        if len(text) > PREFILTER_MAX_LENGTH or self._scans > _MAX_SCANS:
            # Past a few pages, looking up every literal costs more than the
            # compiled patterns do, and a long draft needs most of them anyway;
            # so does a matcher asked about many texts (a window, many drafts).
            self.compile_all()
            return self._regexes
        folded = _folded(text)
        chosen = tuple(i for i, (literals, _source) in enumerate(self._alternatives)
                       if literals is None or any(literal in folded for literal in literals))
        regexes = self._chosen.get(chosen)
        if regexes is None:
            if len(self._chosen) >= _MAX_CHOICES_KEPT:
                self._chosen.clear()
            regexes = self._chosen[chosen] = self._compile_chosen(chosen) if chosen else []
        self._last = (text, regexes)
        return regexes

    def _compile_chosen(self, chosen: tuple[int, ...]) -> list:
        sources = [self._alternatives[i][1] for i in chosen]
        split = sum(i < self._token_count for i in chosen)
        alternatives = [token_regex(t) for t in sources[:split]] + [
            f"(?:{p})" for p in sources[split:]]
        return _compile_groups(alternatives, self._case_sensitive, self._key)

    @staticmethod
    def _search(regexes: list, data: bytes, pos: int, end: int, ahead: list | None = None):
        """The leftmost, then longest, match of any group. ``ahead`` keeps each
        group's last match during one scan: a match that starts at or after
        ``pos`` is still that group's next one, so it need not be searched again."""
        if len(regexes) == 1:
            return regexes[0].search(data, pos, end)
        if ahead is None:
            ahead = [False] * len(regexes)
        best = None
        for i, regex in enumerate(regexes):
            m = ahead[i]
            if m is False or (m is not None and m.start() < pos):
                m = ahead[i] = regex.search(data, pos, end)
            if m is not None and (best is None or m.start() < best.start() or (
                    m.start() == best.start() and m.end() > best.end())):
                best = m
        return best

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Matches within text[start:end]; a match that begins (ends) with a
        letter or digit must not continue a word to its left (right)."""
        regexes = self._regexes_for(text)
        if not regexes:
            return
        utf8 = _utf8(text)
        end = len(text) if end is None else end
        pos, byte_end = utf8.to_byte(start), utf8.to_byte(end)
        ahead: list = [False] * len(regexes)
        while pos < byte_end:
            m = self._search(regexes, utf8.data, pos, byte_end, ahead)
            if m is None:
                return
            s, e = utf8.to_char(m.start()), utf8.to_char(m.end())
            if s == e:
                pos = utf8.to_byte(s + 1)
            elif s > 0 and _is_word(text[s]) and _is_word(text[s - 1]):
                # Inside a word: no valid match can start before the word ends.
                s += 1
                while s < end and _is_word(text[s]):
                    s += 1
                pos = utf8.to_byte(s)
            elif e < len(text) and _is_word(text[e - 1]) and _is_word(text[e]):
                # The longest match runs into a word ("vergoed" in "vergoeding"); a
                # shorter alternative from the same start may still end on a boundary.
                shorter = self._shorter_at(regexes, text, utf8, m.start(), m.end() - 1)
                if shorter is not None:
                    yield shorter
                    pos = utf8.to_byte(shorter.end)
                else:
                    pos = utf8.to_byte(s + 1)
            else:
                yield Match(s, e, text[s:e])
                pos = m.end()

    def _shorter_at(self, regexes: list, text: str, utf8: "_Utf8", start: int,
                    limit: int) -> Match | None:
        """The longest match that starts at byte ``start``, ends by byte ``limit`` and
        does not end inside a word."""
        while limit > start:
            m = self._search(regexes, utf8.data, start, limit)
            if m is None or m.start() != start:
                return None
            s, e = utf8.to_char(m.start()), utf8.to_char(m.end())
            if s == e:
                return None
            if e >= len(text) or not (_is_word(text[e - 1]) and _is_word(text[e])):
                return Match(s, e, text[s:e])
            limit = m.end() - 1
        return None

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return next(self.find(text, start, end), None) is not None

    def may_start_by(self, text: str, last: int) -> bool:
        """Whether a match of ``find`` may start at or before character ``last``:
        False only where no pattern matches from any of those places. One test
        per place, so for a text with few characters up to ``last``."""
        regexes = self._regexes_for(text)
        if not regexes:
            return False
        utf8 = _utf8(text)
        return any(regex.match(utf8.data, utf8.to_byte(pos)) is not None
                   for pos in range(min(last, len(text)) + 1) for regex in regexes)


class CompiledRule:
    """A data rule ready to run: existence, substitution or cooccurrence. A
    rule that ships with the program compiles its patterns lazily (see Matcher)."""

    def __init__(self, spec: RuleSpec):
        self.spec = spec
        cs, lazy = spec.case_sensitive, spec.builtin
        if spec.type == "substitution":
            self._swap = {" ".join(k.lower().split()): v for k, v in spec.swap.items()}
            self.matcher = Matcher(tuple(spec.swap), (), cs, "swap", lazy=lazy)
        else:
            self._swap = {}
            self.matcher = Matcher(spec.tokens, spec.patterns, cs, "patterns", lazy=lazy)
        self.context = (
            Matcher(spec.context_tokens, spec.context_patterns, cs, "context_patterns", lazy=lazy)
            if spec.context_tokens or spec.context_patterns else None
        )
        self.unless = (
            Matcher(spec.unless_tokens, spec.unless_patterns, cs, "unless_patterns", lazy=lazy)
            if spec.unless_tokens or spec.unless_patterns else None
        )
        self._exceptions = None
        if spec.exceptions and not lazy:
            self._exceptions = self.exceptions

    @property
    def exceptions(self):
        """One pattern of the texts a match must not be; compiled when first needed."""
        if self._exceptions is None and self.spec.exceptions:
            for pattern in self.spec.exceptions:
                check_pattern_cost(pattern, "exceptions")
            self._exceptions = _compile([f"(?:{p})" for p in self.spec.exceptions],
                                        self.spec.case_sensitive, "exceptions", bounded=False)
        return self._exceptions

    def matches(self, doc: Document) -> Iterator[tuple[Match, str | None]]:
        """Yield each hit with its replacement (substitution rules, or a fix
        with placeholders) or None."""
        text = doc.text
        whole = Span(0, len(text))
        if self.spec.scope == "text":
            # The whole draft is every match's scope: decide once, not per match.
            if self.unless is not None and self.unless.search(text):
                return
        # Context found in a sentence or near a match is also found in the whole
        # draft: without it anywhere, no match can fire, however many there are.
        if self.context is not None and not self.context.search(text):
            return
        word_starts = [w.start for w in doc.words] if self.spec.near else []
        for match in self.matcher.find(text):
            if self.exceptions is not None and self.exceptions.search(match.text):
                continue
            sentence = doc.sentence_at(match.start)
            scope = sentence if self.spec.scope == "sentence" else whole
            s, e = min(scope.start, match.start), max(scope.end, match.end)
            if self.context is not None:
                cs, ce = (s, e) if not self.spec.near else _near(
                    doc, word_starts, match, self.spec.near, s, e)
                if not self.context.search(text, cs, ce):
                    continue
            if self.unless is not None and self.unless.search(text, s, e):
                continue
            yield match, self._replacement(match, sentence)

    def _replacement(self, match: Match, sentence: Span) -> str | None:
        if self._swap:
            # A phrase swapped for nothing (or one whose case folds differently) falls
            # back on the rule's fix, filled in like any other.
            return _same_case(match.text, self._swap.get(" ".join(match.text.lower().split()),
                                                         "")) or fix_text(self.spec, match,
                                                                          sentence)
        return fix_text(self.spec, match, sentence)


_FIX_WORD = re.compile(r"\w+(?:['’]\w+)*")


def fix_text(spec: RuleSpec, match: Match, sentence: Span) -> str | None:
    """The rule's ``fix`` for one match, placeholders filled in; a rule that is
    not a substitution but has ``swap`` replaces the words of the match that
    swap names ("is gisteren gebeurt" -> "is gisteren gebeurd")."""
    if spec.swap:
        swap = {k.lower(): v for k, v in spec.swap.items()}
        new = _FIX_WORD.sub(lambda m: _same_case(m.group(), swap.get(m.group().lower(), m.group())),
                            match.text)
        if new and new != match.text:
            return new
    # Also when swap names none of the words: the fix is filled in here, never by
    # the caller, which knows only some of its placeholders.
    if not spec.fix:
        return None
    new = spec.fix.format(match=match.text, lower=match.text.lower(),
                          first_lower=match.text[:1].lower() + match.text[1:])
    # A fix that starts a sentence starts with a capital, as the text did.
    if match.start == sentence.start and match.text[:1].isupper():
        new = new[:1].upper() + new[1:]
    return new


def _near(doc: Document, word_starts: list[int], match: Match, distance: int,
          start: int, end: int) -> tuple[int, int]:
    """The stretch from ``distance`` words before the match to ``distance``
    words after it, kept within start..end."""
    words = doc.words
    first = bisect.bisect_left(word_starts, match.start)
    last = bisect.bisect_left(word_starts, match.end)
    lo = words[first - distance].start if first - distance >= 0 else start
    hi = words[last + distance - 1].end if last + distance - 1 < len(words) else end
    return max(start, min(lo, match.start)), min(end, max(hi, match.end))


def _same_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement:
        return replacement[:1].upper() + replacement[1:]
    return replacement
