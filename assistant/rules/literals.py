"""The literal text a pattern cannot match without: a cheap test of whether a
draft could hold a match at all, before the pattern is compiled.

``required_literals(pattern)`` reads an RE2 pattern and gives a set of strings,
case-folded, such that every match contains at least one of them; or None when
no such set can be told (``\\S+``, ``.*``, an escape it does not know). A
draft whose case-folded text holds none of the strings has no match, so the
pattern need not be compiled for it. The set is a necessary condition only: a
draft that holds one of the strings may still have no match.
"""

from __future__ import annotations

from typing import NamedTuple

# Beyond these sizes a set of exact strings is no longer worth multiplying out.
_MAX_EXACT = 64


class _Unknown(Exception):
    """Syntax this reader does not follow: the pattern gets no literals."""


class _Info(NamedTuple):
    # Every string the node can match, when there are few; else None.
    exact: frozenset[str] | None
    # Strings of which every match holds one; None when nothing is known.
    required: frozenset[str] | None


_ANY = _Info(None, None)
_EMPTY = _Info(frozenset({""}), None)


# Patterns read before, in this run or (through the rule cache) an earlier one.
_known: dict[str, frozenset[str] | None] = {}


def required_literals(pattern: str) -> frozenset[str] | None:
    if pattern not in _known:
        try:
            reader = _Reader(pattern)
            info = reader.alternation()
            if reader.i != len(pattern):
                raise _Unknown
            _known[pattern] = _useful(_as_required(info))
        except (_Unknown, IndexError, ValueError):
            _known[pattern] = None
    return _known[pattern]


def remember_literals(literals: dict[str, frozenset[str] | None]) -> None:
    """Take the literals of patterns read in an earlier run."""
    _known.update(literals)


def token_literals(token: str) -> frozenset[str]:
    """A token's longest word: whitespace and a leading or trailing ``*`` stand
    for text that varies, the words themselves do not."""
    return frozenset({max(token.strip("*").split(), key=len).casefold()})


def _useful(found: frozenset[str] | None) -> frozenset[str] | None:
    return None if found is None or "" in found else found


def _as_required(info: _Info) -> frozenset[str] | None:
    return _useful(info.exact) if info.exact is not None else info.required


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two requirements that both hold, the one that rules out more drafts:
    longer strings first, then fewer of them."""
    if a is None:
        return b
    if b is None:
        return a
    key_a, key_b = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if key_a >= key_b else b


def _concat(parts: list[_Info]) -> _Info:
    exact: frozenset[str] | None = frozenset({""})
    required: frozenset[str] | None = None
    for part in parts:
        if exact is not None and part.exact is not None and (
                len(exact) * len(part.exact) <= _MAX_EXACT):
            exact = frozenset(a + b for a in exact for b in part.exact)
            continue
        # The run of exact text so far must occur as it is; start a new run.
        if exact is not None:
            required = _better(required, _useful(exact))
        exact = part.exact
        if exact is None:
            required = _better(required, _useful(part.required))
    if exact is not None and required is None:
        return _Info(exact, None)
    if exact is not None:
        required = _better(required, _useful(exact))
    return _Info(None, required)


def _alternate(branches: list[_Info]) -> _Info:
    if all(b.exact is not None for b in branches):
        union = frozenset().union(*(b.exact for b in branches))
        if len(union) <= _MAX_EXACT:
            return _Info(union, None)
    required: set[str] = set()
    for branch in branches:
        found = _as_required(branch)
        if found is None:
            return _ANY
        required |= found
    return _Info(None, frozenset(required))


def _repeat(info: _Info, least: int, most: int | None) -> _Info:
    if least == most == 1:
        return info
    if least == 0:
        if most == 1 and info.exact is not None:
            return _Info(info.exact | {""}, None)
        return _ANY if most != 0 else _EMPTY
    return _Info(None, _as_required(info))


_SPECIAL = frozenset("\\()[]{}.*+?|^$")
_CLASS_ESCAPES = set("dDsSwWpPC")
_EMPTY_ESCAPES = set("bBAz")
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}


class _Reader:
    """A recursive-descent reader of RE2 syntax, enough to find literals."""

    def __init__(self, pattern: str):
        self.p = pattern
        self.i = 0

    def peek(self) -> str:
        return self.p[self.i] if self.i < len(self.p) else ""

    def alternation(self) -> _Info:
        branches = [self.concatenation()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.concatenation())
        return branches[0] if len(branches) == 1 else _alternate(branches)

    def concatenation(self) -> _Info:
        parts = []
        p, n = self.p, len(self.p)
        while self.peek() not in ("", "|", ")"):
            end = self.i
            while end < n and p[end] not in _SPECIAL:
                end += 1
            if end - self.i > 1:
                # A run of plain characters at once; a quantifier after it binds
                # to its last character only.
                if end < n and p[end] in "*+?{":
                    end -= 1
                parts.append(_Info(frozenset({p[self.i:end].casefold()}), None))
                self.i = end
                continue
            parts.append(self.quantified(self.atom()))
        return _concat(parts)

    def quantified(self, atom: _Info) -> _Info:
        while True:
            char = self.peek()
            if char in ("*", "+", "?"):
                self.i += 1
                atom = _repeat(atom, 1 if char == "+" else 0, 1 if char == "?" else None)
            elif char == "{" and (bounds := self.bounds()) is not None:
                atom = _repeat(atom, *bounds)
            else:
                return atom
            if self.peek() == "?":  # non-greedy: the same text can match
                self.i += 1

    def bounds(self) -> tuple[int, int | None] | None:
        end = self.p.find("}", self.i)
        if end < 0:
            return None
        body = self.p[self.i + 1:end]
        low, comma, high = body.partition(",")
        if not low.isdigit() or (high and not high.isdigit()):
            return None  # RE2 reads a brace that is no repeat as a literal
        self.i = end + 1
        return int(low), (int(high) if high else None) if comma else int(low)

    def atom(self) -> _Info:
        char = self.p[self.i]
        self.i += 1
        if char == "(":
            return self.group()
        if char == "[":
            self.char_class()
            return _ANY
        if char == ".":
            return _ANY
        if char in "^$":
            return _EMPTY
        if char == "\\":
            return self.escape()
        if char in "*+?":
            raise _Unknown
        return _Info(frozenset({char.casefold()}), None)

    def group(self) -> _Info:
        if self.p.startswith("?", self.i):
            self.i += 1
            if self.p.startswith("P<", self.i) or self.p.startswith("<", self.i):
                self.i = self.p.index(">", self.i) + 1
            else:
                # Flags, on their own ("(?i)") or for the group ("(?-i:...)"):
                # case never matters here, the literals are compared case-folded.
                while self.peek() and self.peek() in "imsU-":
                    self.i += 1
                if self.peek() == ")":
                    self.i += 1
                    return _EMPTY
                if self.peek() != ":":
                    raise _Unknown
                self.i += 1
        inner = self.alternation()
        if self.peek() != ")":
            raise _Unknown
        self.i += 1
        return inner

    def char_class(self) -> None:
        if self.peek() == "^":
            self.i += 1
        if self.peek() == "]":
            self.i += 1
        while self.p[self.i] != "]":
            if self.p[self.i] == "\\":
                self.i += 2
            elif self.p.startswith("[:", self.i):
                self.i = self.p.index(":]", self.i) + 2
            else:
                self.i += 1
        self.i += 1

    def escape(self) -> _Info:
        char = self.p[self.i]
        self.i += 1
        if char in _CLASS_ESCAPES:
            if char in "pP" and self.peek() == "{":
                self.i = self.p.index("}", self.i) + 1
            elif char in "pP":
                self.i += 1
            return _ANY
        if char in _EMPTY_ESCAPES:
            return _EMPTY
        if char in _CHAR_ESCAPES:
            return _Info(frozenset({_CHAR_ESCAPES[char]}), None)
        if char == "x":
            if self.peek() == "{":
                end = self.p.index("}", self.i)
                code, self.i = self.p[self.i + 1:end], end + 1
            else:
                code, self.i = self.p[self.i:self.i + 2], self.i + 2
            return _Info(frozenset({chr(int(code, 16)).casefold()}), None)
        if char == "Q":
            end = self.p.find("\\E", self.i)
            end = len(self.p) if end < 0 else end
            text, self.i = self.p[self.i:end], min(end + 2, len(self.p))
            return _Info(frozenset({text.casefold()}), None)
        if char.isascii() and char.isalnum():
            raise _Unknown  # octal, back-references and the like: not followed
        return _Info(frozenset({char.casefold()}), None)
