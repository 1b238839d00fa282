"""Dutch spelling, grammar and readability, all on this machine.

``LanguageService`` is what the window and the command line use: ``load()``
(slow: opens the dictionary and starts or probes LanguageTool; run it in the
background), then ``check(text)`` for findings in the categories ``spelling``,
``grammatica``, ``stijl`` and ``leesbaarheid``, and ``readability(text)`` for
the reading-ease score. B1 word swaps are data rules (resources/rules/
leesbaarheid.toml) that the guideline engine runs.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from assistant.findings import Finding, Fix, Severity, sort_findings
from assistant.i18n import _
from assistant.language.grammar import (
    ACTIEF,
    NIET_BESCHIKBAAR,
    REQUEST_TIMEOUT,
    START_TIMEOUT,
    STARTEN,
    UIT,
    GrammarChecker,
    GrammarMatch,
)
from assistant.language.readability import LONG_SENTENCE, Readability, long_sentences, measure
from assistant.language.spelling import (
    SUGGESTED_WORDS_PER_CHECK,
    DictionaryUnavailable,
    SpellChecker,
    accepted_forms,
    builtin_words,
    open_dictionary,
)
from assistant.language.wordlist import UserWordList
from assistant.settings import Settings
from assistant.sources import cite, guideline_sources
from assistant.text import Document

__all__ = [
    "ACTIEF", "STARTEN", "NIET_BESCHIKBAAR", "UIT",
    "LanguageService", "LanguageStatus", "Readability", "not_repeated",
]

SPELLING_RULE = "spelling.onbekend-woord"
LONG_SENTENCE_RULE = "leesbaarheid.lange-zin"


@dataclass(frozen=True)
class LanguageStatus:
    """What the status bar shows: a state per check ('actief', 'starten',
    'niet beschikbaar', 'uit') and why, in Dutch."""

    spelling_state: str
    spelling_reason: str
    grammar_state: str
    grammar_reason: str

    @property
    def reason(self) -> str:
        return " ".join(r for r in (self.spelling_reason, self.grammar_reason) if r)


class LanguageService:
    """Spelling (Enchant + hunspell-nl), grammar (a local LanguageTool) and
    readability for one configuration. Safe to call from a background thread
    while the UI thread reads ``status()``."""

    def __init__(self, settings: Settings, *, user_words_path: Path | None = None,
                 start_timeout: float = START_TIMEOUT, request_timeout: float = REQUEST_TIMEOUT):
        self.settings = settings
        self.user_words = UserWordList(user_words_path)
        self._ignored: set[str] = set()
        accepted = self._accepted_words()
        self._accepted = accepted_forms(accepted)
        self._accepted_terms = {t.casefold() for t in accepted if t}
        self._spelling: SpellChecker | None = None
        self._spelling_state = STARTEN
        self._spelling_reason = _("Woordenboek wordt geladen…")
        self._lock = threading.Lock()
        # How many words without suggestions a check looks them up for; the window
        # sets none and looks them up after it showed the findings.
        self.suggestions_per_check = SUGGESTED_WORDS_PER_CHECK
        lt = settings.languagetool
        self.grammar = GrammarChecker(lt.path, lt.url, lt.enabled,
                                      start_timeout=start_timeout, request_timeout=request_timeout)

    # -- start-up -------------------------------------------------------------

    def load(self) -> LanguageStatus:
        """Open the dictionary, then start or probe LanguageTool. Slow: never on the UI thread."""
        self.load_spelling()
        self.start_grammar()
        return self.status()

    def load_spelling(self) -> None:
        try:
            dictionary = open_dictionary()
        except DictionaryUnavailable as exc:
            with self._lock:
                self._spelling = None
                self._spelling_state, self._spelling_reason = NIET_BESCHIKBAAR, str(exc)
            return
        checker = SpellChecker(dictionary, self._accepted)
        with self._lock:
            self._spelling = checker
            self._spelling_state = ACTIEF
            self._spelling_reason = _("Spellingcontrole actief (woordenboek {tag}).").format(
                tag=checker.tag)

    def start_grammar(self) -> None:
        """Start the local LanguageTool (or reach the intranet one); waits until it answers."""
        self.grammar.start()

    def _accepted_words(self) -> list[str]:
        dept = self.settings.department
        return [
            *builtin_words(), self.settings.identity.name, dept.name, *dept.short_names,
            *dept.policy_terms, *dept.accepted_terms, *self.user_words.words, *self._ignored,
        ]

    def status(self) -> LanguageStatus:
        with self._lock:
            spelling = (self._spelling_state, self._spelling_reason)
        return LanguageStatus(*spelling, *self.grammar.snapshot())

    def close(self) -> None:
        """Stop the LanguageTool server this service started (no Java left behind)."""
        self.grammar.close()

    # -- checks -----------------------------------------------------------------

    def prepare(self, text: str) -> None:
        """When checking ``text`` will open the dictionary, start opening it now,
        in the background, so that it loads while the guideline rules run."""
        spelling = self._spelling
        if spelling is not None and spelling.needs_dictionary(text):
            spelling.open_dictionary_in_background()

    def check(self, text: str) -> list[Finding]:
        """Spelling, grammar and long sentences; each part that is not available is skipped."""
        findings = self._long_sentence_findings(text)
        findings += self._spelling_findings(text)
        findings += self._grammar_findings(text)
        return sort_findings(findings)

    def readability(self, text: str) -> Readability:
        # Each line is counted once for both (readability._line_counts).
        return measure(text)

    def suggestions(self, word: str) -> list[str]:
        spelling = self._spelling
        if spelling is None:
            return []
        try:
            return list(spelling.suggestions(word))
        except DictionaryUnavailable as exc:
            self._spelling_lost(exc)
            return []

    def look_up_suggestions(self, words: Iterable[str]) -> bool:
        """Look up the suggestions of the first unknown word not looked up before
        (slow: in the background); True when one was, so that a check shows them.
        One word at a time: a check that starts meanwhile waits for the dictionary
        for one look-up at most."""
        spelling = self._spelling
        if spelling is None:
            return False
        word = next((w for w in words if spelling.cached_suggestions(w) is None), None)
        if word is not None:
            try:
                spelling.suggestions(word)
            except DictionaryUnavailable as exc:
                self._spelling_lost(exc)
                return False
        return word is not None

    def add_word(self, word: str) -> None:
        """Add to the user's word list (kept across sessions) and accept it from now on."""
        self.user_words.add(word)
        self._accept(word)

    def ignore_word(self, word: str) -> None:
        """Accept a word for the rest of this session only."""
        self._ignored.add(word)
        self._accept(word)

    def _accept(self, word: str) -> None:
        self._accepted |= accepted_forms([word])
        self._accepted_terms.add(word.casefold())
        if self._spelling:
            self._spelling.accept([word])

    def _spelling_lost(self, exc: DictionaryUnavailable) -> None:
        """The dictionary went away after it loaded (the answers kept from
        earlier runs opened it only now): spelling stops, with the reason in
        the status bar, and the other checks go on."""
        with self._lock:
            self._spelling = None
            self._spelling_state, self._spelling_reason = NIET_BESCHIKBAAR, str(exc)

    def _spelling_findings(self, text: str) -> list[Finding]:
        spelling = self._spelling
        if spelling is None:
            return []
        try:
            return self._spelling_findings_of(spelling, text)
        except DictionaryUnavailable as exc:
            self._spelling_lost(exc)
            return []

    def _spelling_findings_of(self, spelling: SpellChecker, text: str) -> list[Finding]:
        source = _source("taal")
        explanation = "\n\n".join((_(
            "Dit woord staat niet in het Nederlandse woordenboek en niet in je eigen "
            "woordenlijst. Controleer de spelling, of voeg het woord toe aan het woordenboek "
            "als het goed is."), cite("taal")))
        findings = []
        budget = self.suggestions_per_check
        for miss in spelling.misspellings(text):
            suggestions = spelling.cached_suggestions(miss.word)
            if suggestions is None and budget > 0:
                budget -= 1
                suggestions = spelling.suggestions(miss.word)
            suggestions = suggestions or ()
            fix = Fix(miss.start, miss.end, suggestions[0],
                      _("Vervang door “{replacement}”").format(replacement=suggestions[0])
                      ) if suggestions else None
            findings.append(Finding(
                rule_id=SPELLING_RULE, category="spelling", stelregel=None,
                severity=Severity.TIP, start=miss.start, end=miss.end,
                message=_("Onbekend woord: “{word}”").format(word=miss.word),
                explanation=explanation, source=source, fix=fix, suggestions=suggestions))
        return findings

    def _grammar_findings(self, text: str) -> list[Finding]:
        if not self.grammar.active:
            return []
        hunspell = self._spelling is not None
        findings = []
        for match in self.grammar.check(text):
            # Hunspell, which knows the user's and department's words, decides
            # about spelling; LanguageTool's own speller does not know those lists.
            if hunspell and match.issue_type == "misspelling":
                continue
            # A department's own terms are never flagged, whatever the rule.
            covered = text[match.start:match.end]
            if covered.casefold() in self._accepted_terms:
                continue
            forms = accepted_forms([covered])
            if match.category == "spelling" and forms and forms <= self._accepted:
                continue
            findings.append(_grammar_finding(match))
        return findings

    def _long_sentence_findings(self, text: str) -> list[Finding]:
        source = _source("leesbaarheid")
        explanation = "\n\n".join((_(
            "Zinnen van meer dan {limit} woorden zijn moeilijk te volgen, zeker op een scherm. "
            "Splits de zin in twee of drie kortere zinnen met elk één boodschap.").format(
            limit=LONG_SENTENCE), cite("leesbaarheid")))
        return [
            Finding(rule_id=LONG_SENTENCE_RULE, category="leesbaarheid", stelregel=None,
                    severity=Severity.TIP, start=span.start, end=span.end,
                    message=_("Lange zin ({count} woorden): maak er kortere zinnen van.").format(
                        count=count),
                    explanation=explanation, source=source)
            for span, count in long_sentences(Document(text))
        ]


def not_repeated(found: list[Finding], checked: list[Finding]) -> list[Finding]:
    """``found`` (this service's findings) without LanguageTool's matches on
    text that the built-in grammar rules (category ``grammatica``, run by the
    guideline engine) already flag in ``checked``: one error, one finding."""
    own = [(f.start, f.end) for f in checked if f.category == "grammatica"]
    if not own:
        return found
    return [f for f in found if ".lt." not in f.rule_id
            or not any(s < f.end and f.start < e for s, e in own)]


def _source(source_id: str) -> str:
    known = guideline_sources().get(source_id)
    return known.title if known else source_id


def _grammar_finding(match: GrammarMatch) -> Finding:
    replacement = match.replacements[0] if match.replacements else None
    fix = Fix(match.start, match.end, replacement,
              _("Vervang door “{replacement}”").format(replacement=replacement)
              ) if replacement is not None else None
    description = match.description or _("Taaladvies van LanguageTool.")
    return Finding(
        rule_id=f"{match.category}.lt.{match.rule_id}", category=match.category,
        stelregel=None, severity=Severity.TIP, start=match.start, end=match.end,
        message=match.message, explanation="\n\n".join((description, cite("taal"))),
        source=_source("taal"), fix=fix, suggestions=match.replacements)
