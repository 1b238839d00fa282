"""Reading ease of a Dutch text: Flesch-Douma with a Dutch syllable counter,
and the sentences that are too long for language level B1."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.i18n import _
from assistant.text import Document, Span

MAKKELIJK, NORMAAL, MOEILIJK = "makkelijk", "normaal", "moeilijk"
# Flesch-Douma bands as Dutch readability tools usually draw them: 60 and up
# reads easily (roughly B1), below 30 only for readers with higher education.
EASY_FROM, HARD_BELOW = 60.0, 30.0
LONG_SENTENCE = 25
# B1 guidance: about 15 words a sentence; Dutch plain text averages about 1.5
# syllables a word, so well above that means many long words.
ADVISED_WORDS_PER_SENTENCE = 15
ADVISED_SYLLABLES_PER_WORD = 1.6

_VOWELS = "aeiouyàáâäèéêëìíîïòóôöùúûüý"
_VOWEL_RUN = re.compile(f"[{_VOWELS}]+")
# A diaeresis starts a new syllable (geëmigreerd, coördinatie, ideeën).
_DIAERESIS = "äëïöü"
# Letter groups that are one sound; longest first so "aai" wins over "aa".
_NUCLEI = sorted(
    ("aai", "ooi", "oei", "eeu", "ieu",
     "aa", "ee", "oo", "uu", "ei", "eu", "ie", "oe", "ou", "au", "ui"),
    key=len, reverse=True)
_PLAIN = str.maketrans("àáâèéêìíîòóôùúûý", "aaaeeeiiiooouuuy")


@lru_cache(maxsize=4096)
def count_syllables(word: str) -> int:
    """Syllables of one Dutch word, counted from its vowel groups.

    Hyphenation patterns split "rijks-over-heid" into three parts, but it has four
    syllables; counting the sounds within each run of vowels gets it right, and
    more often than pyphen's Dutch patterns (benchmarks/syllables.py)."""
    word = word.lower()
    # A y before a vowel at the start of a word is a consonant (yoga, yell).
    if len(word) > 1 and word[0] == "y" and word[1] in _VOWELS:
        word = word[1:]
    total = 0
    for run in _VOWEL_RUN.findall(word):
        for part in _split_at_diaeresis(run):
            total += _sounds(part.translate(_PLAIN))
    return max(total, 1) if any(c.isalpha() for c in word) else 0


def _split_at_diaeresis(run: str) -> list[str]:
    parts, current = [], ""
    for i, ch in enumerate(run):
        # é after another vowel is a stressed new syllable (reéel); "één" is one.
        breaks = ch in _DIAERESIS or (ch == "é" and i > 0 and run[i - 1] not in "eé")
        if breaks and current:
            parts.append(current)
            current = ""
        current += ch
    if current:
        parts.append(current)
    return [p.translate(str.maketrans(_DIAERESIS, "aeiou")) for p in parts]


def _sounds(run: str) -> int:
    count, i = 0, 0
    while i < len(run):
        step = next((len(n) for n in _NUCLEI if run.startswith(n, i)), 1)
        i += step
        count += 1
    return count


def flesch_douma(words: int, sentences: int, syllables: int) -> float:
    """206.84 − 0.93 × words per sentence − 77 × syllables per word."""
    return 206.84 - 0.93 * (words / sentences) - 77 * (syllables / words)


def band(score: float) -> str:
    if score >= EASY_FROM:
        return MAKKELIJK
    if score >= HARD_BELOW:
        return NORMAAL
    return MOEILIJK


@dataclass(frozen=True)
class Readability:
    """How easy a text reads. ``score`` is None (and ``band`` empty) for a text
    without words."""

    score: float | None
    band: str
    words: int
    sentences: int
    syllables_per_word: float
    words_per_sentence: float
    long_sentences: int
    advice: str

    def to_dict(self) -> dict:
        return {
            "score": None if self.score is None else round(self.score, 1),
            "band": self.band,
            "words": self.words,
            "sentences": self.sentences,
            "syllables_per_word": round(self.syllables_per_word, 2),
            "words_per_sentence": round(self.words_per_sentence, 1),
            "long_sentences": self.long_sentences,
            "advice": self.advice,
        }


def long_sentences(doc: Document, limit: int = LONG_SENTENCE) -> list[tuple[Span, int]]:
    return [(Span(start + base, end + base), n) for base, line in _lines(doc.text)
            for start, end, n in _line_counts(line)[0] if n > limit]


def _lines(text: str):
    base = 0
    for line in text.split("\n"):
        yield base, line
        base += len(line) + 1


@lru_cache(maxsize=4096)
def _line_counts(line: str) -> tuple[tuple[tuple[int, int, int], ...], int]:
    """Each sentence of a line with its number of words, and the line's syllables.
    Per line, as no sentence or word runs across a line break: a draft checked
    again after an edit counts only the lines that changed."""
    doc = Document(line)
    return (tuple((span.start, span.end, n) for span, n in doc.sentence_word_counts),
            sum(count_syllables(line[w.start:w.end]) for w in doc.words))


def measure(text: str | Document) -> Readability:
    doc = text if isinstance(text, Document) else Document(text)
    counts = [_line_counts(line) for _base, line in _lines(doc.text)]
    per_sentence = [n for sentences, _syllables in counts for _s, _e, n in sentences if n]
    words = sum(per_sentence)
    if not words:
        return Readability(None, "", 0, 0, 0.0, 0.0, 0, _("Nog geen tekst om te beoordelen."))
    sentences = len(per_sentence)
    syllables = sum(syllables for _sentences, syllables in counts)
    score = flesch_douma(words, sentences, syllables)
    long_count = sum(1 for n in per_sentence if n > LONG_SENTENCE)
    result = Readability(
        score=score, band=band(score), words=words, sentences=sentences,
        syllables_per_word=syllables / words, words_per_sentence=words / sentences,
        long_sentences=long_count, advice="")
    return replace(result, advice=_advice(result))


def _advice(r: Readability) -> str:
    tips = []
    if r.long_sentences:
        tips.append(_("Splits de zinnen van meer dan {limit} woorden ({count}).").format(
            limit=LONG_SENTENCE, count=r.long_sentences))
    if r.words_per_sentence > ADVISED_WORDS_PER_SENTENCE:
        # One decimal: "15" above an advice of 15 would read as no problem at all.
        tips.append(_("Maak je zinnen korter: nu gemiddeld {n} woorden, "
                      "streef naar hoogstens {advised}.").format(
            n=f"{r.words_per_sentence:.1f}".replace(".", ","),
            advised=ADVISED_WORDS_PER_SENTENCE))
    if r.syllables_per_word > ADVISED_SYLLABLES_PER_WORD:
        # Dutch writes a decimal comma.
        tips.append(_("Kies kortere, gewone woorden: nu gemiddeld {n} lettergrepen per woord.")
                    .format(n=f"{r.syllables_per_word:.1f}".replace(".", ",")))
    if not tips:
        return (_("Goed leesbaar: korte zinnen en gewone woorden.") if r.band == MAKKELIJK
                else _("Redelijk leesbaar; kortere zinnen en woorden maken het makkelijker."))
    return " ".join(tips)
