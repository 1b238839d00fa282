"""The draft as the rules read it: words with their lemmas, grouped into
sentences and clauses, with what each clause does (negates, asks) and which
words stand in quotation marks.

Analysed once per check and per paragraph: a paragraph that did not change
since the last check is taken from a cache, so typing in a long draft only
analyses the paragraph being typed in.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from assistant.nlp.classes import closed_class
from assistant.nlp.lemmas import lemma
from assistant.text import CAPITAL_NEXT, EMOJI_PART, short_form_stop

# Words (letters with inner hyphens or apostrophes: "collega's", "Noord-Holland"),
# numbers, the percent sign, and single symbols (emoji, punctuation) that may bound a clause.
_TOKEN = re.compile(
    r"(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:['’]s)?)"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<pct>%)"
    r"|(?P<punct>[.!?…]+|[,;:()\[\]\"“”„‘’'«»—–-]|\S)"
)
_SENTENCE_END = frozenset(".!?…")
# Punctuation that always ends a clause.
_CLAUSE_BREAK = frozenset(";:()[]—–,")
_OPEN_QUOTES = frozenset("“„«‘\"'")
_CLOSE_QUOTES = {"“": "”", "„": "”", "«": "»", "‘": "’", '"': '"', "'": "'"}
_LETTER = re.compile(r"[^\W\d_]")


# Longer "words" (a pasted hash, a run of one letter) are not looked up or split
# into compounds: that work grows with the square of a word's length.
MAX_WORD = 40


class Token(NamedTuple):
    """One word or number. Offsets index the draft."""

    start: int
    end: int
    lower: str
    lemma: str
    quoted: bool
    clause: int


class Clause(NamedTuple):
    """A stretch of a sentence with (usually) one finite verb: tokens
    ``first``..``last - 1``; ``negated`` when it holds a negation word,
    ``question`` when its sentence ends in a question mark."""

    start: int
    end: int
    first: int
    last: int
    sentence: int
    negated: bool
    question: bool


class _Piece(NamedTuple):
    # A token relative to its paragraph, before clause numbers are known.
    start: int
    end: int
    lower: str
    lemma: str
    quoted: bool


class _Paragraph(NamedTuple):
    tokens: tuple[_Piece, ...]
    # (first token, last token, start, end, sentence, question), relative.
    clauses: tuple[tuple[int, int, int, int, int, bool], ...]
    sentences: int


@lru_cache(maxsize=8192)
def _analyse_paragraph(text: str) -> _Paragraph:
    pieces: list[_Piece] = []
    clauses: list[tuple[int, int, int, int, int, bool]] = []
    sentence = 0
    clause_first = 0
    clause_start: int | None = None
    clause_end = 0
    open_quote: str | None = None
    sentence_clauses: list[int] = []  # indices in clauses of the current sentence

    def close_clause() -> None:
        nonlocal clause_first, clause_start
        if clause_start is not None and len(pieces) > clause_first:
            sentence_clauses.append(len(clauses))
            clauses.append((clause_first, len(pieces), clause_start, clause_end, sentence, False))
        clause_first = len(pieces)
        clause_start = None

    def close_sentence(question: bool) -> None:
        nonlocal sentence
        close_clause()
        if question:
            for i in sentence_clauses:
                clauses[i] = clauses[i][:5] + (True,)
        if sentence_clauses:
            sentence += 1
        sentence_clauses.clear()

    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        value = m.group()
        if kind == "punct":
            if value[0] in _SENTENCE_END:
                clause_end = max(clause_end, m.end())
                # "bv." or "dhr." inside a sentence: a full stop after a known
                # abbreviation, or after a short or vowelless word before a lower-case
                # word ("o.a. de", "mvg. jan"), does not end the sentence; after a
                # full word it does, also when the next one starts in lower case
                # ("... krijgen. wie niet horen wil ...").
                if value == "." and pieces and pieces[-1].end == m.start() and short_form_stop(
                        pieces[-1].lower, text, m.end()):
                    continue
                close_sentence("?" in value)
                continue
            if EMOJI_PART.match(value) and CAPITAL_NEXT.match(text, m.end()):
                # "Top dag 😄 Morgen weer": the emoji stands for the full stop.
                clause_end = max(clause_end, m.end())
                close_sentence(False)
                continue
            if open_quote is not None and value == _CLOSE_QUOTES.get(open_quote) and (
                    open_quote not in "'’" or _quote_closes(text, m.start())):
                open_quote = None
                close_clause()
                continue
            if open_quote is None and value in _OPEN_QUOTES and _quote_opens(text, m.start()):
                open_quote = value
                close_clause()
                continue
            if value in _CLAUSE_BREAK or (value in "-" and _spaced(text, m.start())):
                close_clause()
            continue
        # "100%" reads as "100 procent", so one entry serves both spellings.
        lower = "procent" if kind == "pct" else value.lower()
        if lower in closed_class("bijzin_opener") and len(pieces) > clause_first:
            close_clause()
        if clause_start is None:
            clause_start = m.start()
        clause_end = m.end()
        lem = lemma(lower) if kind == "word" and len(lower) <= MAX_WORD else lower
        pieces.append(_Piece(m.start(), m.end(), lower, lem, open_quote is not None))
    close_sentence(False)
    return _Paragraph(tuple(pieces), tuple(clauses), sentence)


def _spaced(text: str, pos: int) -> bool:
    return text[pos - 1:pos].isspace() and text[pos + 1:pos + 2].isspace()


_ELISION = re.compile(r"(?:t|s|n|k|m|r|ns|nen|ie)(?![^\W\d_])", re.IGNORECASE)


def _quote_opens(text: str, pos: int) -> bool:
    """An opening quote stands after a space, a bracket or the start, before a word;
    an apostrophe of an elided word ('t, 's, 'n, 'k) opens nothing."""
    before = text[pos - 1:pos]
    after = text[pos + 1:pos + 2]
    if text[pos] in "'’" and _ELISION.match(text, pos + 1):
        return False
    return (not before or before.isspace() or before in "([") and bool(after) and not after.isspace()


def _quote_closes(text: str, pos: int) -> bool:
    """A closing single quote is not an apostrophe inside a word ("zo’n")."""
    before = text[pos - 1:pos]
    after = text[pos + 1:pos + 2]
    return bool(before) and not before.isspace() and (not after or not after.isalnum())


_PARAGRAPH = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def negation_idioms() -> frozenset[tuple[str, str]]:
    """(negation, next word) of the fixed expressions that deny nothing."""
    from assistant.nlp.classes import builtin_class_specs

    return frozenset(tuple(w.split()[:2]) for w in builtin_class_specs()["geen_ontkenning"].words)


def vocabulary_of(words) -> frozenset[str]:
    """Every form and lemma of these words (lower-case form, lemma), and the
    parts of hyphenated words with their lemmas: what a class of listed words
    may hold one of them by."""
    found = set()
    for lower, lem in words:
        found.add(lower)
        found.add(lem)
        if "-" in lower:
            for part in lower.split("-"):
                if part:
                    found.add(part)
                    found.add(lemma(part) if len(part) <= MAX_WORD else part)
    return frozenset(found)


@dataclass
class Analysis:
    """The analysed draft: ``tokens`` in reading order and the ``clauses``
    they belong to (each token knows its clause)."""

    text: str

    @cached_property
    def _parts(self) -> tuple[list[Token], list[Clause]]:
        tokens: list[Token] = []
        clauses: list[Clause] = []
        sentence_base = 0
        negations = closed_class("ontkenning")
        idioms = negation_idioms()
        for m in _PARAGRAPH.finditer(self.text):
            para = _analyse_paragraph(m.group())
            base, token_base = m.start(), len(tokens)
            for first, last, start, end, sentence, question in para.clauses:
                index = len(clauses)
                negated = False
                for k in range(first, last):
                    piece = para.tokens[k]
                    tokens.append(Token(piece.start + base, piece.end + base, piece.lower,
                                        piece.lemma, piece.quoted, index))
                    # "geen zorgen" or "niet alleen" denies nothing.
                    negated = negated or (piece.lower in negations and not (
                        k + 1 < last and (piece.lower, para.tokens[k + 1].lower) in idioms))
                clauses.append(Clause(start + base, end + base, token_base + first,
                                      token_base + last, sentence_base + sentence, negated,
                                      question))
            sentence_base += para.sentences
        return tokens, clauses

    @property
    def tokens(self) -> list[Token]:
        return self._parts[0]

    @property
    def clauses(self) -> list[Clause]:
        return self._parts[1]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Per sentence, the range of its clauses (first, last + 1)."""
        ranges: list[tuple[int, int]] = []
        for i, clause in enumerate(self.clauses):
            if clause.sentence == len(ranges):
                ranges.append((i, i + 1))
            else:
                ranges[-1] = (ranges[-1][0], i + 1)
        return ranges

    @cached_property
    def memo(self) -> dict:
        """Look-ups that rules share within one check (where a class matches)."""
        return {}

    @cached_property
    def _starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """The tokens that lie within text[start:end], as (first, last + 1)."""
        return bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)

    @cached_property
    def types(self) -> dict[tuple[str, str], list[int]]:
        """Each distinct word (lower case, lemma) with the tokens where it stands:
        rules look a word up once per draft, not once per occurrence."""
        types: dict[tuple[str, str], list[int]] = {}
        for i, t in enumerate(self.tokens):
            types.setdefault((t.lower, t.lemma), []).append(i)
        return types

    @cached_property
    def _types_by_word(self) -> dict[str, list[tuple[str, str]]]:
        index: dict[str, list[tuple[str, str]]] = {}
        for key in self.types:
            index.setdefault(key[0], []).append(key)
            if key[1] != key[0]:
                index.setdefault(key[1], []).append(key)
        return index

    def long_types(self, length: int) -> list[tuple[str, str]]:
        """The word types of at least ``length`` characters that hold a letter
        (compounds can be no shorter, and a run of digits is no compound)."""
        found = self.memo.get(("long", length))
        if found is None:
            found = self.memo[("long", length)] = [
                key for key in self.types
                if (len(key[0]) >= length or len(key[1]) >= length) and _LETTER.search(key[0])]
        return found

    @cached_property
    def hyphenated_types(self) -> list[tuple[str, str]]:
        return [key for key in self.types if "-" in key[0]]

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every form and lemma of the draft, and the parts of hyphenated words with
        their lemmas: a class none of whose entries is here matches nowhere (unless
        it runs on into compounds), and is not searched further."""
        return vocabulary_of(self.types)

    def types_of_words(self, words) -> list[tuple[str, str]]:
        """The word types whose form or lemma is one of ``words``."""
        index = self._types_by_word
        if len(index) < len(words):
            found = [key for word, keys in index.items() if word in words for key in keys]
        else:
            found = [key for word in words for key in index.get(word, ())]
        return list(dict.fromkeys(found))

    def positions_of_form(self, lower: str) -> list[int]:
        return self._positions_by_form.get(lower, [])

    @cached_property
    def _positions_by_form(self) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for (form, _lemma), where in self.types.items():
            found.setdefault(form, []).extend(where)
        return found

    @cached_property
    def _particles(self) -> dict[int, list[tuple[int, str]]]:
        particles = closed_class("scheidbaar_deel")
        # "op hun geld", "aan de lijn": a preposition before a noun phrase stands in
        # its phrase, not apart as a verb's particle.
        phrase = closed_class("voor_naamwoord")
        tokens = self.tokens
        end = len(tokens)
        found: dict[int, list[tuple[int, str]]] = {}
        for i, t in enumerate(tokens):
            if t.lower in particles and not (
                    i + 1 < end and tokens[i + 1].clause == t.clause
                    and tokens[i + 1].lower in phrase):
                found.setdefault(t.clause, []).append((i, t.lower))
        return found

    def separable_particles(self, clause: int, verb: int | None = None) -> set[str]:
        """The separable-verb particles standing on their own in a clause
        ("wij lossen het op": op). With ``verb`` (a token's index), only those
        that can belong to that verb: after it ("wij lossen het op"), or right
        before its "te" ("om het op te lossen"). A preposition earlier in the
        clause is none of its particles: "Voor mij hielp het om aan de bel te
        trekken" holds no "voortrekken". A verb's stem right after an article
        is a noun, and has none: "hij sluit achteraan in de rij aan" holds no
        "aanrijden"."""
        standing = self._particles.get(clause, ())
        if verb is None:
            return {word for _i, word in standing}
        tokens = self.tokens
        if (verb and tokens[verb - 1].lower in closed_class("lidwoord_voor_stam")
                and tokens[verb - 1].clause == clause):
            return set()
        return {word for i, word in standing
                if i > verb or (i == verb - 2 and tokens[verb - 1].lower == _TE)}


# The word a separable particle may stand right before ("op te lossen").
_TE = "te"


def is_particle(word: str) -> bool:
    """Whether ``word`` (lower case) may be a separable verb's particle standing
    apart (Analysis.separable_particles): adding or removing it may change
    which verbs have it."""
    return word in closed_class("scheidbaar_deel")


def binds_particle(word: str) -> bool:
    """Whether ``word`` (lower case) decides whether a verb has its particle:
    "te" ties one to it ("op te lossen"), an article makes the next word a
    noun ("in de rij ... aan"). Adding or removing it, or a word next to it
    ("op snel te lossen", "de lange rij"), may change which verbs have any
    particle. So may any word put right after a particle ("op" stands apart
    in "we lossen het op", not in "we lossen het op de markt")."""
    return word == _TE or word in closed_class("lidwoord_voor_stam")


def analyse(text: str) -> Analysis:
    return Analysis(text)
