"""A draft prepared once for all rules: sentences and words with their offsets."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Iterator, NamedTuple

if TYPE_CHECKING:
    from assistant.nlp.analysis import Analysis

# A sentence ends at . ! ? (possibly repeated or followed by a closing quote or
# bracket) before whitespace, or at a blank line / line break. The look-behind
# tries a run of marks only from its start: a page of "!!!" stays linear.
# An emoji (with its modifiers) before a capital also ends one: "Top dag 😄 Morgen
# weer." People end a sentence with an emoji instead of a full stop.
EMOJI = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF"
_EMOJI_END = f"[{EMOJI}][{EMOJI}\uFE0F\u200D]*(?=[ \\t]+[A-ZÀ-ÖØ-Þ])"
EMOJI_PART = re.compile(f"[{EMOJI}\uFE0F\u200D]")
CAPITAL_NEXT = re.compile(r"[ \t]+[A-ZÀ-ÖØ-Þ]")
_SENTENCE_END = re.compile(
    r"(?<![.!?…])[.!?…]+[\"'”’)\]]*(?=\s|$)|\n\s*|" + _EMOJI_END)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
# Rules search a match's sentence for context, once per match. A stretch without
# a sentence end (a pasted table of numbers, one long line) is cut into pieces of
# at most this many characters, at a space where there is one, so that work stays
# bounded per match. Real sentences are far shorter (25 words is already long).
MAX_SENTENCE = 1000


# A full stop after a known abbreviation, or after a short or vowelless word before a
# lower-case word, ends no sentence: "dhr. de Vries", "mijn collega K. is ...", "o.a. de",
# "mvg. jan". After a whole word it does, also before lower case ("... krijgen. wie niet
# horen wil ..."). The analysis (assistant.nlp.analysis) splits by the same test.
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")
_VOWELS = frozenset("aeiouyáéíóúàèëïöü")


def short_form_stop(word: str, text: str, after: int) -> bool:
    """Whether a full stop right after ``word`` (lower case), ending at ``after``,
    belongs to a short form rather than ending the sentence."""
    from assistant.nlp.classes import closed_class  # the abbreviations are data

    if word in closed_class("afkorting"):
        return True
    rest = text[after:after + 3].lstrip()
    return bool(rest) and rest[0].islower() and (
        len(word) <= 2 or not any(ch in _VOWELS for ch in word))


def _abbreviated(text: str, end: re.Match) -> bool:
    if end.group() != ".":
        return False
    word = _WORD_BEFORE.search(text, max(end.start() - 12, 0), end.start())
    return word is not None and short_form_stop(word.group().lower(), text, end.end())


class Span(NamedTuple):
    # A tuple rather than a dataclass: a long draft has tens of thousands of words.
    start: int
    end: int


@dataclass
class Document:
    """The draft text with derived structure computed on first use.

    ``text`` has only \\n line ends, so rules need to know no other, and every
    offset still indexes the draft as it was handed in: a lone \\r becomes
    \\n and the \\r of \\r\\n a space, which changes no length."""

    text: str
    _sentence_starts: list[int] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        if "\r" in self.text:
            self.text = self.text.replace("\r\n", " \n").replace("\r", "\n")

    @cached_property
    def sentences(self) -> list[Span]:
        text = self.text
        spans: list[Span] = []
        start = 0
        ends = [m.end() for m in _SENTENCE_END.finditer(text) if not _abbreviated(text, m)]
        for end in ends + [len(text)]:
            # A draft of short lines has a sentence every few characters: trim
            # with str methods rather than one character at a time.
            part = text[start:end]
            body = part.strip()
            if body:
                first = start + len(part) - len(part.lstrip())
                if len(body) <= MAX_SENTENCE:
                    spans.append(Span(first, first + len(body)))
                else:
                    spans.extend(_pieces(text, first, first + len(body)))
            start = end
        self._sentence_starts = [s.start for s in spans]
        return spans

    def sentence_at(self, offset: int) -> Span:
        """The sentence containing ``offset`` (or the nearest one before it)."""
        sentences = self.sentences
        if not sentences:
            return Span(0, len(self.text))
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return sentences[max(i, 0)]

    @cached_property
    def analysis(self) -> "Analysis":
        """Tokens with lemmas, clauses, negation and quotes (assistant.nlp)."""
        from assistant.nlp.analysis import Analysis

        return Analysis(self.text)

    @cached_property
    def words(self) -> list[Span]:
        return [Span(*m.span()) for m in _WORD.finditer(self.text)]

    @cached_property
    def word_count(self) -> int:
        return len(self.words)

    @cached_property
    def sentence_word_counts(self) -> list[tuple[Span, int]]:
        """Each sentence with its number of words (those that lie wholly inside it)."""
        starts = [w.start for w in self.words]
        ends = [w.end for w in self.words]
        return [(sentence, max(bisect.bisect_right(ends, sentence.end)
                               - bisect.bisect_left(starts, sentence.start), 0))
                for sentence in self.sentences]


def _pieces(text: str, start: int, end: int) -> Iterator[Span]:
    """A long sentence text[start:end] in trimmed pieces of at most MAX_SENTENCE."""
    while True:
        span = _trimmed(text, start, end)
        if span.start == span.end:
            return
        if span.end - span.start <= MAX_SENTENCE:
            yield span
            return
        limit = span.start + MAX_SENTENCE
        cut = max(text.rfind(" ", span.start + 1, limit), text.rfind("\t", span.start + 1, limit))
        cut = cut if cut > span.start else limit
        yield _trimmed(text, span.start, cut)
        start, end = cut, span.end


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


# Longer than any paragraph a person writes (some 3,000 words). An editor lays
# out a whole line at each keystroke, so a longer one (a pasted export, a file
# without line breaks) makes typing lag; see break_long_lines.
LONG_LINE = 20_000
_BREAK_AFTER = re.compile(r"[.!?…][\"'”’)\]]*[ \t]")


def longest_line(text: str) -> int:
    """The length of the longest line, in characters."""
    return max(map(len, text.split("\n")), default=0)


def break_long_lines(text: str, limit: int = LONG_LINE) -> str:
    """``text`` with every line longer than ``limit`` broken into lines that are not:
    after a sentence end where there is one in the second half of a piece, else at
    its last space (both replaced by a line break, so every offset stays the same),
    and only in a piece without any space by inserting one."""
    lines = []
    for line in text.split("\n"):
        start = 0
        while len(line) - start > limit:
            window_end = start + limit
            cut = -1
            for m in _BREAK_AFTER.finditer(line, start + limit // 2, window_end + 1):
                cut = m.end() - 1
            if cut < 0:
                cut = line.rfind(" ", start + 1, window_end + 1)
            if cut < 0:
                lines.append(line[start:window_end])
                start = window_end
            else:
                lines.append(line[start:cut])
                start = cut + 1
        lines.append(line[start:])
    return "\n".join(lines)
