"""Compiled data rules. All patterns run on RE2, a linear-time engine, so no
rule (built-in or a department's) can make a check hang."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator

import re2

from assistant.i18n import _
from assistant.rules.spec import RuleSpec, RuleSpecError
from assistant.text import Document, Span

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_OPTIONS.longest_match = True
# Generous for real rules, small enough that a hostile pattern is refused.
_OPTIONS.max_mem = 8 << 20

_LETTER = r"[\p{L}\p{N}_]"


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


def _compile(alternatives: list[str], case_sensitive: bool, key: str, bounded: bool = True):
    flags = "" if case_sensitive else "(?i)"
    inner = "|".join(alternatives)
    # Word boundaries are checked in Matcher.find: RE2 has no look-around, and a
    # pattern may start or end with punctuation ("!!!") that needs none.
    source = f"{flags}({inner})" if bounded else f"{flags}^(?:{inner})$"
    try:
        return re2.compile(source, _OPTIONS)
    except re2.error as exc:
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise RuleSpecError(
            _("Patroon kan niet worden gebruikt ({detail}).").format(detail=detail), key
        ) from None


def _alternatives(tokens: tuple[str, ...], patterns: tuple[str, ...]) -> list[str]:
    return [token_regex(t) for t in sorted(tokens, key=len, reverse=True)] + [
        f"(?:{p})" for p in patterns
    ]


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str


class Matcher:
    """Finds whole-word occurrences of a set of tokens and patterns."""

    def __init__(self, tokens: tuple[str, ...], patterns: tuple[str, ...], case_sensitive: bool,
                 key: str):
        # Validate each pattern on its own so an error names the culprit.
        for p in patterns:
            _compile([f"(?:{p})"], case_sensitive, key)
        self._regex = _compile(_alternatives(tokens, patterns), case_sensitive, key)

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Matches within text[start:end]; a match that begins (ends) with a
        letter or digit must not continue a word to its left (right)."""
        end = len(text) if end is None else end
        pos = start
        while pos < end:
            m = self._regex.search(text, pos, end)
            if m is None:
                return
            s, e = m.start(1), m.end(1)
            if s == e:
                pos = s + 1
            elif s > 0 and _is_word(text[s]) and _is_word(text[s - 1]):
                # Inside a word: no valid match can start before the word ends.
                pos = s + 1
                while pos < end and _is_word(text[pos]):
                    pos += 1
            elif e < len(text) and _is_word(text[e - 1]) and _is_word(text[e]):
                pos = s + 1
            else:
                yield Match(s, e, text[s:e])
                pos = e

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        return next(self.find(text, start, end), None) is not None


class CompiledRule:
    """A data rule ready to run: existence, substitution or cooccurrence."""

    def __init__(self, spec: RuleSpec):
        self.spec = spec
        cs = spec.case_sensitive
        if spec.type == "substitution":
            self._swap = {" ".join(k.lower().split()): v for k, v in spec.swap.items()}
            self.matcher = Matcher(tuple(spec.swap), (), cs, "swap")
        else:
            self._swap = {}
            self.matcher = Matcher(spec.tokens, spec.patterns, cs, "patterns")
        self.context = (
            Matcher(spec.context_tokens, spec.context_patterns, cs, "context_patterns")
            if spec.context_tokens or spec.context_patterns else None
        )
        self.unless = (
            Matcher(spec.unless_tokens, spec.unless_patterns, cs, "unless_patterns")
            if spec.unless_tokens or spec.unless_patterns else None
        )
        self.exceptions = (
            _compile([f"(?:{p})" for p in spec.exceptions], cs, "exceptions", bounded=False)
            if spec.exceptions else None
        )

    def matches(self, doc: Document) -> Iterator[tuple[Match, str | None]]:
        """Yield each hit with its replacement (substitution rules, or a fix
        with placeholders) or None."""
        text = doc.text
        whole = Span(0, len(text))
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
            return _same_case(match.text,
                              self._swap.get(" ".join(match.text.lower().split()), ""))
        if not self.spec.fix:
            return None
        new = self.spec.fix.format(match=match.text, lower=match.text.lower(),
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
