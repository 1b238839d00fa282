"""Dutch spelling through Enchant 2 and the Hunspell dictionary (hunspell-nl).

Words the writer cannot misspell are skipped before the dictionary sees them:
web addresses, e-mail addresses, @handles, #hashtags, numbers, abbreviations in
capitals, the writer's own name and the department's names and terms, the
built-in list of platform names and the user's own word list.

Opening the dictionary costs a short check more than the check itself, so
what it answered is kept between runs (a ``Memo``): whether a word is in it,
its suggestions and the verdict on a compound. A check whose words were all
judged before does not open it; the first word it was never asked about does.
The memo is made again when this code, the lemma list, the dictionary files
or the user's Enchant word lists change; compound verdicts also depend on the
accepted words, so they are kept per set of accepted words.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from assistant import cache
from assistant.i18n import _
from assistant.nlp import lemma_store, lemmas
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
# A writer's vocabulary with room to spare; a full memo starts again.
MEMO_LIMIT = 20_000
# New answers are written in batches (and at exit), not after every check.
MEMO_BATCH = 256
_TAG_KEY = ("tag",)
_TOKEN = re.compile(r"\w+(?:['’-]\w+)*")
_LETTERS = re.compile(r"[^\W\d_]+")


class DictionaryUnavailable(Exception):
    """Enchant or the Dutch dictionary is missing; the message says which."""


class _Unjudged(Exception):
    """A question the memo cannot answer, raised while only looking ahead."""


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


def open_dictionary() -> Dictionary:
    """The Dutch dictionary; raises DictionaryUnavailable with a Dutch reason.
    Enchant is only opened here when no earlier run found the dictionary in
    these same files; otherwise on the first question the memo cannot answer."""
    memo = _memo()
    tag = memo.get(_TAG_KEY) if memo is not None else None
    if isinstance(tag, str):
        return Dictionary(tag, memo)
    opened = _open_enchant()
    if memo is not None and opened.provider.name == "hunspell":
        memo.add(_TAG_KEY, opened.tag)
        _UNSAVED.add(memo)
    else:
        # Served from files not fingerprinted here: nothing is kept.
        memo = None
    return Dictionary(opened.tag, memo, opened)


def _open_enchant(tags: Iterable[str] = DICTIONARY_TAGS):
    try:
        import enchant
    except (ImportError, OSError):
        raise DictionaryUnavailable(
            _("Spellingcontrole niet beschikbaar: Enchant ontbreekt (installeer libenchant-2-2).")
        ) from None
    for tag in tags:
        try:
            if enchant.dict_exists(tag):
                return enchant.Dict(tag)
        except enchant.errors.Error:
            continue
    raise DictionaryUnavailable(
        _("Geen Nederlands woordenboek gevonden: installeer hunspell-nl."))


def _memo() -> cache.Memo | None:
    """The memo for the dictionary files on this machine; None when none of
    them is where Enchant's Hunspell provider looks, as a change to files
    not fingerprinted could not renew it."""
    fingerprint, found = _dictionary_fingerprint()
    if not found:
        return None
    try:
        simplemma = lemma_store._simplemma_key()
    except OSError:
        simplemma = ""
    sources = [Path(__file__), Path(lemmas.__file__), Path(lemma_store.__file__),
               resource_path("language", "lemmas.toml")]
    salt = hashlib.sha256(f"{simplemma}\0{fingerprint}".encode()).hexdigest()
    return cache.Memo("spelling", sources, limit=MEMO_LIMIT, salt=salt)


def _dictionary_fingerprint() -> tuple[str, bool]:
    """Size and date of the Dutch dictionary files wherever Enchant 2 looks,
    the user's own Enchant word lists and provider order, and pyenchant; and
    whether a dictionary file was found."""
    home = Path.home()
    config = [Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / "enchant"]
    config += [Path(os.environ[v]) / ("enchant" if v == "APPDATA" else "")
               for v in ("ENCHANT_CONFIG_DIR", "APPDATA") if os.environ.get(v)]
    data = [Path(d) for d in os.environ.get("XDG_DATA_DIRS", "").split(os.pathsep) if d]
    data += [Path("/usr/local/share"), Path("/usr/share")]
    dirs = [c / sub for c in config for sub in ("hunspell", "myspell", "nuspell")]
    dirs += [d / sub for d in data for sub in ("hunspell", "myspell", "myspell/dicts",
                                                "enchant/hunspell")]
    dirs += [Path(d) for d in os.environ.get("DICPATH", "").split(os.pathsep) if d]
    package = _enchant_package()
    if package is not None:
        # Wheels for Windows and macOS carry their own Enchant and dictionaries.
        dirs.append(package / "data" / "mingw64" / "share" / "enchant" / "hunspell")
    dictionaries = [d / f"{tag}.{ext}" for d in dirs for tag in DICTIONARY_TAGS
                    for ext in ("aff", "dic")]
    own = [c / f"{tag}.{ext}" for c in config for tag in DICTIONARY_TAGS for ext in ("dic", "exc")]
    own += [c / "enchant.ordering" for c in config]
    if package is not None:
        own.append(package / "__init__.py")
    parts, found = [], False
    for path in dictionaries + own:
        try:
            info = path.stat()
        except OSError:
            continue
        if not info.st_size and path in own:
            # Enchant makes empty word lists when it opens the dictionary: the same as none.
            continue
        found = found or path in dictionaries
        parts.append(f"{path}\0{info.st_size}\0{info.st_mtime_ns}")
    return "\n".join(parts), found


def _enchant_package() -> Path | None:
    import importlib.util

    try:
        spec = importlib.util.find_spec("enchant")
    except (ImportError, ValueError):
        return None
    return Path(spec.origin).parent if spec is not None and spec.origin else None


class Dictionary:
    """The Enchant dictionary for ``tag``, opened on the first question the
    memo cannot answer. ``check`` and ``suggest`` keep their answers in the
    memo; ``check_part`` (the many look-ups behind one compound verdict) does not."""

    def __init__(self, tag: str, memo: cache.Memo | None = None, opened=None):
        self.tag, self._memo, self._enchant = tag, memo, opened
        # Enchant dictionaries are not safe to share between threads.
        self._lock = threading.Lock()
        self._opening: threading.Thread | None = None
        self._open_error: DictionaryUnavailable | None = None
        self._looking_ahead = False

    @property
    def opened(self) -> bool:
        return self._enchant is not None

    def open_in_background(self) -> None:
        """Start opening Enchant on a thread of its own: the C library reads the
        dictionary files without holding Python's lock, so other work goes on."""
        if self._enchant is not None or self._opening is not None:
            return

        def open_now() -> None:
            try:
                self._enchant = _open_enchant((self.tag,))
            except DictionaryUnavailable as exc:
                self._open_error = exc

        self._opening = threading.Thread(target=open_now, name="woordenboek", daemon=True)
        self._opening.start()

    def _dict(self):
        if self._opening is not None:
            self._opening.join()
            self._opening = None
            if self._open_error is not None:
                error, self._open_error = self._open_error, None
                raise error
        if self._enchant is None:
            if self._looking_ahead:
                raise _Unjudged
            self._enchant = _open_enchant((self.tag,))
        return self._enchant

    def check(self, word: str) -> bool:
        return bool(self._remembered(("w", word), lambda d: d.check(word)))

    def suggest(self, word: str) -> tuple[str, ...]:
        return self._remembered(("s", word), lambda d: tuple(d.suggest(word)))

    def known_suggestions(self, word: str) -> tuple[str, ...] | None:
        return self.remembered(("s", word))

    def check_part(self, word: str) -> bool:
        with self._lock:
            return self._dict().check(word)

    def remembered(self, key: tuple):
        return self._memo.get(key) if self._memo is not None else None

    def remember(self, key: tuple, value) -> None:
        if self._memo is not None:
            self._memo.add(key, value)
            _UNSAVED.add(self._memo)

    def save(self, at_least: int = 1) -> None:
        if self._memo is not None and self._memo.unsaved >= at_least:
            _UNSAVED.discard(self._memo)
            self._memo.save()

    def _remembered(self, key: tuple, ask):
        value = self.remembered(key)
        if value is None:
            with self._lock:
                value = ask(self._dict())
            self.remember(key, value)
        return value


# Memos with answers not yet written, written when the program ends.
_UNSAVED: set[cache.Memo] = set()


@atexit.register
def _save_memos() -> None:
    for memo in list(_UNSAVED):
        memo.save()


class SpellChecker:
    """Finds unknown words; results per word are cached, so a re-check while
    typing only asks the dictionary about new words."""

    def __init__(self, dictionary: Dictionary, accepted: Iterable[str] = ()):
        self._dict = dictionary
        self._known: dict[str, bool] = {}
        # The misspellings of each line of the last text checked.
        self._lines: dict[str, list[Misspelling]] = {}
        self._suggestions: dict[str, tuple[str, ...]] = {}
        self._accepted: set[str] = set()
        self._accepted_key = ""
        self.accept(accepted)

    @property
    def tag(self) -> str:
        return self._dict.tag

    def needs_dictionary(self, text: str) -> bool:
        """Whether checking ``text`` asks the dictionary something no earlier run
        kept. Looks ahead only: nothing is opened, judged or kept."""
        if self._dict.opened:
            return False
        self._dict._looking_ahead = True
        try:
            for line in text.split("\n"):
                if line not in self._lines:
                    for _miss in self._scan(line):
                        pass
        except _Unjudged:
            return True
        finally:
            self._dict._looking_ahead = False
        return False

    def open_dictionary_in_background(self) -> None:
        self._dict.open_in_background()

    def accept(self, words: Iterable[str]) -> None:
        """Accept these words from now on (department terms, user words, ignored words)."""
        self._accepted |= accepted_forms(words)
        self._accepted_key = hashlib.sha256(
            "\n".join(sorted(self._accepted)).encode()).hexdigest()[:16]
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
        self._dict.save(at_least=MEMO_BATCH)
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
        if self._dict.check(word):
            return True
        lower = word.lower()
        if not (MIN_COMPOUND <= len(lower) <= MAX_COMPOUND and lower.isalpha()):
            return False
        # Accepted words can be parts, so the verdict holds for this set of them.
        key = ("c", self._accepted_key, lower)
        verdict = self._dict.remembered(key)
        if verdict is None:
            verdict = self._compound(lower)
            self._dict.remember(key, verdict)
        return verdict

    def _part_known(self, part: str) -> bool:
        return part in self._accepted or self._dict.check_part(part)

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
            if not self._dict.check_part(candidate):
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
            cached = self._suggestions[word] = self._dict.suggest(word)[:MAX_SUGGESTIONS]
        return cached

    def cached_suggestions(self, word: str) -> tuple[str, ...] | None:
        """Looked up in this run or an earlier one; None if not yet."""
        cached = self._suggestions.get(word)
        if cached is None:
            found = self._dict.known_suggestions(word)
            if found is not None:
                cached = self._suggestions[word] = found[:MAX_SUGGESTIONS]
        return cached


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
