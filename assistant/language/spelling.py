"""Dutch spelling through Enchant 2 and the Hunspell dictionary (hunspell-nl).

Words the writer cannot misspell are skipped before the dictionary sees them:
web addresses, e-mail addresses, @handles, #hashtags, numbers, abbreviations in
capitals, the writer's own name and the department's names and terms, the
built-in list of platform names and the user's own word list.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Iterable, Iterator

from assistant.i18n import _
from assistant.nlp.lemmas import is_dutch
from assistant.resources import resource_path

DICTIONARY_TAGS = ("nl_NL", "nl")
# Hunspell's suggestions for one long Dutch word can take 0.2 s; a check only
# computes them for this many new words and the rest come from the cache or
# from ``suggestions()`` when the writer asks.
SUGGESTED_WORDS_PER_CHECK = 8
MAX_SUGGESTIONS = 5
# Parts of a compound the dictionary does not know as a whole (datagedreven,
# omgevingswetloket) must be at least this long, so a typo cannot pass as a
# string of short words ("ges" + "pelt").
MIN_FIRST_PART = 4
MIN_COMPOUND_PART = 3
MIN_COMPOUND = 8
# A part at least this long that one edit turns into another attested word
# (kamer -> kaper) makes another compound, not a typo; shorter parts are too
# easily a typo's leftover ("voorne" + "mes" for "voornemens").
MIN_SWAPPED_PART = 4
# Longer than any real part or compound; the bounds keep the search linear, so a
# pasted run of letters ("beleidbeleid..." a page long) cannot stall a check.
MAX_COMPOUND_PART = 30
MAX_COMPOUND = 80
# Dutch links the parts of a compound with -s-, -e- or -en- (veiligheidsbeleid).
_LINKS = ("s", "e", "en")

# The look-behinds let a match start only where a run of such characters
# starts; without them a long run is scanned again from each of its positions.
_SKIP = re.compile(
    r"(?<![\w.:/])(?:https?://|www\.)\S+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|@[\w.]+(?:@[\w-]+(?:\.[\w-]+)+)?"
    r"|#\w+"
    r"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:nl|be|eu|com|org|net|info|gov|io|social|app|dev|frl)"
    r"\b(?:/\S*)?"
    r"|(?<![\w.-])[\w-]+(?:\.[\w-]+)+/\S*",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\w+(?:['’-]\w+)*")
_LETTERS = re.compile(r"[^\W\d_]+")


class DictionaryUnavailable(Exception):
    """Enchant or the Dutch dictionary is missing; the message says which."""


@dataclass(frozen=True, slots=True)
class Misspelling:
    start: int
    end: int
    word: str


def builtin_words() -> set[str]:
    """Names every writer here uses that the dictionary lacks (platforms, services)."""
    path = resource_path("language", "woorden.txt")
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}


def open_dictionary():
    """The Dutch Enchant dictionary; raises DictionaryUnavailable with a Dutch reason."""
    try:
        import enchant
    except (ImportError, OSError):
        raise DictionaryUnavailable(
            _("Spellingcontrole niet beschikbaar: Enchant ontbreekt (installeer libenchant-2-2).")
        ) from None
    for tag in DICTIONARY_TAGS:
        try:
            if enchant.dict_exists(tag):
                return enchant.Dict(tag)
        except enchant.errors.Error:
            continue
    raise DictionaryUnavailable(
        _("Geen Nederlands woordenboek gevonden: installeer hunspell-nl."))


class SpellChecker:
    """Finds unknown words; results per word are cached, so a re-check while
    typing only asks the dictionary about new words."""

    def __init__(self, dictionary, accepted: Iterable[str] = ()):
        self._dict = dictionary
        # Enchant dictionaries are not safe to share between threads.
        self._lock = threading.Lock()
        self._known: dict[str, bool] = {}
        # The misspellings of each line of the last text checked.
        self._lines: dict[str, list[Misspelling]] = {}
        self._suggestions: dict[str, tuple[str, ...]] = {}
        self._accepted: set[str] = set()
        self.accept(accepted)

    @property
    def tag(self) -> str:
        return self._dict.tag

    def accept(self, words: Iterable[str]) -> None:
        """Accept these words from now on (department terms, user words, ignored words)."""
        self._accepted |= accepted_forms(words)
        self._known.clear()
        self._lines = {}

    def misspellings(self, text: str) -> list[Misspelling]:
        """Line by line, each line's kept while it is in the text: the window checks
        the whole draft after every edit, and no word runs across a line break."""
        found, lines, base = [], {}, 0
        for line in text.split("\n"):
            own = lines[line] = self._lines.get(line)
            if own is None:
                own = lines[line] = list(self._scan(line))
            found.extend(Misspelling(m.start + base, m.end + base, m.word) for m in own)
            base += len(line) + 1
        self._lines = lines
        return found

    def _scan(self, text: str) -> Iterator[Misspelling]:
        skipped = [(m.start(), m.end()) for m in _SKIP.finditer(text)]
        s = 0
        for m in _TOKEN.finditer(text):
            while s < len(skipped) and skipped[s][1] <= m.start():
                s += 1
            if s < len(skipped) and skipped[s][0] < m.end():
                continue
            token = m.group()
            digits = any(c.isdigit() or c == "_" for c in token)
            if not digits and (self._word_ok(token.replace("’", "'"), text, m.end())
                               or self._elided(token, text, m.start())):
                continue
            # Hyphenated, with an apostrophe or with digits: each run of letters
            # counts (B1-niveau, LinkedIn-post); the token is flagged as a whole,
            # as a reader sees it (wi-fi).
            for part in _LETTERS.finditer(token):
                if part.end() < len(token) and token[part.end()].isdigit():
                    continue
                if part.start() > 0 and token[part.start() - 1].isdigit():
                    continue
                if not self._word_ok(part.group(), text, m.start() + part.end()):
                    yield Misspelling(m.start(), m.end(), token)
                    break

    def _elided(self, token: str, text: str, start: int) -> bool:
        """Words written with a leading apostrophe: ’s-Hertogenbosch, ’t."""
        return start > 0 and text[start - 1] in "'’" and self.known("'" + token)

    def _word_ok(self, word: str, text: str, end: int) -> bool:
        if len(word) < 2 or _is_abbreviation(word):
            return True
        if self.known(word):
            return True
        # Abbreviations with a full stop (bijv., ca.) are in the dictionary that way.
        return end < len(text) and text[end] == "." and self.known(word + ".")

    def known(self, word: str) -> bool:
        cached = self._known.get(word)
        if cached is None:
            cached = self._known[word] = self._lookup(word)
        return cached

    def _lookup(self, word: str) -> bool:
        if word.replace("’", "'").casefold() in self._accepted:
            return True
        with self._lock:
            if self._dict.check(word):
                return True
        lower = word.lower()
        return MIN_COMPOUND <= len(lower) <= MAX_COMPOUND and lower.isalpha() and self._compound(lower)

    def _part_known(self, part: str) -> bool:
        if part in self._accepted:
            return True
        with self._lock:
            return self._dict.check(part)

    def _compound(self, word: str) -> bool:
        """True if ``word`` is two or more known words, optionally linked by
        -s-/-e-/-en-, and no typo of a known word.

        A typo in a long word often still splits into known words
        ("ministerraadvergadring": ministerraad + verga + dring). The split is
        refused when one edit of the whole, or of a run of its parts, gives an
        attested word ("vergadering") that is not merely the same compound with
        another real part ("kamerbrief" -> "kaperbrief")."""
        parts = self._split(word)
        if parts is None:
            return False
        for i in range(len(parts)):
            for j in range(i + 2, len(parts) + 1):
                if self._typo_of_known(parts[i:j]):
                    return False
        return True

    def _split(self, word: str) -> list[str] | None:
        """The fewest known parts (each with its link letters) that spell
        ``word``; None when it is not a compound of two or more."""
        n = len(word)
        # parts[i]: fewest parts that spell word[:i] exactly (None: cannot);
        # back[i]: where the last of them starts.
        parts: list[int | None] = [None] * (n + 1)
        back = [0] * (n + 1)
        parts[0] = 0
        for i in range(n):
            if parts[i] is None:
                continue
            first = i + (MIN_COMPOUND_PART if i else MIN_FIRST_PART)
            for j in range(first, min(i + MAX_COMPOUND_PART, n) + 1):
                if n - j and n - j < MIN_COMPOUND_PART:
                    continue
                if not self._part_known(word[i:j]):
                    continue
                count = parts[i] + 1
                # A link always has a part after it.
                ends = [j] + [j + len(link) for link in _LINKS
                              if word.startswith(link, j) and n - j - len(link) >= MIN_COMPOUND_PART]
                for k in ends:
                    if parts[k] is None or parts[k] > count:
                        parts[k] = count
                        back[k] = i
        if (parts[n] or 0) < 2:
            return None
        split, k = [], n
        while k:
            split.append(word[back[k]:k])
            k = back[k]
        return split[::-1]

    def _typo_of_known(self, parts: list[str]) -> bool:
        """Whether one edit turns these parts, written together, into a word
        both the dictionary and the lemma list know (attested, not just
        formed by compounding)."""
        run = "".join(parts)
        for candidate in _edits(run):
            with self._lock:
                if not self._dict.check(candidate):
                    continue
            if is_dutch(candidate) and not self._other_part(parts, candidate):
                return True
        return False

    def _other_part(self, parts: list[str], candidate: str) -> bool:
        """Whether ``candidate`` differs from the parts inside one part of
        at least ``MIN_SWAPPED_PART`` letters, which it turns into another
        attested word: the same compound of other words, not a typo."""
        run = "".join(parts)
        start = 0
        for part in parts:
            end = start + len(part)
            tail = len(run) - end
            if run[:start] == candidate[:start] and run[end:] == candidate[len(candidate) - tail:]:
                other = candidate[start:len(candidate) - tail]
                return (len(part) >= MIN_SWAPPED_PART and is_dutch(part) and bool(other)
                        and is_dutch(other) and self._part_known(other))
            start = end
        return False

    def suggestions(self, word: str) -> tuple[str, ...]:
        cached = self._suggestions.get(word)
        if cached is None:
            with self._lock:
                found = self._dict.suggest(word)
            cached = self._suggestions[word] = tuple(found[:MAX_SUGGESTIONS])
        return cached

    def cached_suggestions(self, word: str) -> tuple[str, ...] | None:
        return self._suggestions.get(word)


def accepted_forms(terms: Iterable[str]) -> set[str]:
    """The words of names and terms, case-folded: "Ministerie van IenW" accepts
    "ministerie", "van" and "ienw" in any capitalisation."""
    return {part.casefold() for term in terms for part in _LETTERS.findall(term)}


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def _edits(word: str) -> Iterator[str]:
    """Every word one deletion, transposition, replacement or insertion away."""
    seen = {word}
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        candidates = [head + c + tail for c in _ALPHABET]
        if tail:
            candidates.append(head + tail[1:])
            candidates += [head + c + tail[1:] for c in _ALPHABET]
        if len(tail) > 1:
            candidates.append(head + tail[1] + tail[0] + tail[2:])
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                yield candidate


def _is_abbreviation(word: str) -> bool:
    # NAVO, AVG, and mixed forms such as IenW or DigiD: two or more capitals.
    return sum(1 for c in word if c.isupper()) >= 2
