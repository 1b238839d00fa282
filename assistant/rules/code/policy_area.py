"""The author's own policy area (functioneringsnorm): opinions on it in privé, and
Wikipedia edits outside it in functie.

Policy terms come from the department configuration (``policy_terms``) and from
the author's function ("beleidsmedewerker natuurherstel" -> natuurherstel).
A term also counts inflected and inside compounds: "stikstofbeleid",
"kustvisserij", "formatiegesprekken", but not "natuurlijk" for "natuur" or
"desinformatie" for "formatie".
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import re2

from assistant.context import CheckContext
from assistant.nlp.self_description import introduces, only_self_description
from assistant.rules.code import Hit, code_check
from assistant.rules.matchers import Matcher
from assistant.rules.spec import RuleSpec
from assistant.text import Document, Span

# Endings that inflect a word rather than start a new one.
_INFLECTIONS = frozenset({"", "s", "'s", "’s", "e", "en", "n", "er", "ers", "es"})
# Endings that derive another word (natuur -> natuurlijk): not a compound.
_DERIVATIONS = ("lijk", "ig", "isch", "achtig", "loos", "loze", "baar", "bare", "heid",
                "schap", "ief", "ieve", "eel", "ele", "ist")
# Prefixes that make another word (transformatie, interformatie), not a compound.
_NON_HEADS = frozenset({"trans", "inter", "super", "ultra", "contra", "hyper", "infra",
                        "multi", "anti", "pseudo", "post", "pre", "semi", "sub", "para",
                        "meta", "mis", "her", "ont", "ver", "be", "ge", "de", "re", "in"})
_LINKING = ("s", "en", "e", "-")


class _Lexicon:
    """Whether a piece before a term is a Dutch word (kabinets- -> kabinet), from
    the spelling dictionary when one is installed; loaded on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._dict = None
        self._loaded = False

    def _dictionary(self):
        if not self._loaded:
            self._loaded = True
            try:
                import enchant
                self._dict = enchant.Dict("nl_NL")
            except Exception:  # no enchant or no Dutch dictionary: stay conservative
                self._dict = None
        return self._dict

    def is_head(self, piece: str) -> bool:
        piece = piece.lower()
        if len(piece) < 3 or piece in _NON_HEADS:
            return False
        candidates = [piece] + [piece[: -len(link)] for link in _LINKING
                                if piece.endswith(link) and len(piece) - len(link) >= 3]
        # Checks run on worker threads; the dictionary is not safe to share unguarded.
        with self._lock:
            dictionary = self._dictionary()
            if dictionary is None:
                return len(piece) >= 6
            return any(dictionary.check(c) for c in candidates)


_LEXICON = _Lexicon()


def _tail_ok(tail: str) -> bool:
    tail = tail.lower()
    if tail in _INFLECTIONS:
        return True
    return len(tail) >= 3 and not tail.startswith(_DERIVATIONS)


def _plural_stem(term: str) -> str | None:
    """verkiezingen -> verkiezing, so that "verkiezingsprogramma" matches too;
    only for longer single words, where the stem is still specific."""
    if " " in term or len(term) < 8 or not term.endswith("en") or not term.isalpha():
        return None
    stem = term[:-2]
    if stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        stem = stem[:-1]  # gesprekken -> gesprek
    return stem


_MIN_COMPOUND_TAIL_TERM = 6
_DETERMINERS = frozenset("de het een 't deze dit die dat onze ons mijn m'n jullie hun zijn haar "
                         "je jouw uw elke ieder".split())
_DIPHTHONGS = ("ui", "ij", "ei", "ie", "ou", "au", "eu", "oe")


def _voiced_plural(term: str) -> str | None:
    """sluis -> sluizen, brief -> brieven: after a diphthong the final s or f
    voices in the plural."""
    if not term.isalpha() or not term.islower() or term[-1] not in "sf":
        return None
    if not term[:-1].endswith(_DIPHTHONGS):
        return None
    return term[:-1] + ("zen" if term[-1] == "s" else "ven")


@dataclass(frozen=True)
class TermMatch:
    start: int
    end: int
    term: str


_OPTIONS = re2.Options()
_OPTIONS.log_errors = False


class TermMatcher:
    """Finds terms whole, inflected or inside compounds; a term in capitals
    (NVWA, A27) only matches in capitals."""

    def __init__(self, terms: Iterable[str]):
        self.terms = tuple(dict.fromkeys(t.strip() for t in terms if t.strip()))
        self._by_lower = {t.lower(): t for t in self.terms}
        for term in self.terms:
            stem = _plural_stem(term)
            if stem:
                self._by_lower.setdefault(stem.lower(), term)
            plural = _voiced_plural(term)
            if plural:
                self._by_lower.setdefault(plural.lower(), term)
        alternatives = []
        for form in sorted(self._by_lower, key=len, reverse=True):
            term = self._by_lower[form]
            caps = term.isupper()
            body = r"\s+".join(_flexible_hyphens(part) for part in (term if caps else form).split())
            alternatives.append(body if caps else f"(?i:{body})")
        # RE2 scans once for all terms; a backtracking engine tries each at every position.
        self._regex = re2.compile("|".join(alternatives), _OPTIONS) if alternatives else None

    def _proper_noun(self, text: str, found: str, start: int) -> bool:
        """A lower-case term written with a capital inside a sentence names a place
        or a thing ("weekendje Sluis" for the term sluis)."""
        if not found[:1].isupper() or found.isupper():
            return False
        form = " ".join(found.lower().split())
        if not self._by_lower.get(form, form).islower():
            return False
        # Places that share a term's letters have short names (Sluis, Kampen); a long
        # term with a capital is the subject's own name ("over Deltawerken").
        if len(form) >= _LONG_TERM:
            return False
        before = text[max(start - 40, 0):start].rstrip()
        if not before or before[-1] in ".!?:;\n\"'“‘(#-–—*•":
            return False
        words = before.split()
        # "het Coalitieakkoord", "de Miljoenennota": a capital for a thing's own name.
        if words[-1].lower() in _DETERMINERS:
            return False
        if not words[-1][0].isupper():
            return True
        # In a title every word has a capital; the first word of a sentence has one anyway.
        ahead = before[:len(before) - len(words[-1])].rstrip()
        return not ahead or ahead[-1] in ".!?:;\n"

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[TermMatch]:
        if self._regex is None:
            return
        end = len(text) if end is None else end
        for m in self._regex.finditer(text, start, end):
            s, e = m.span()
            # A digit next to a term that ends or starts with one makes another
            # number (F-35 in F-350, A2 in A27); "verkiezingen2027" is still the term.
            found = m.group()
            if ((e < len(text) and text[e].isdigit() and found[-1].isdigit())
                    or (s > 0 and text[s - 1].isdigit() and found[0].isdigit())):
                continue
            word_start, word_end = s, e
            while word_start > 0 and text[word_start - 1].isalpha():
                word_start -= 1
            while word_end < len(text) and text[word_end].isalpha():
                word_end += 1
            if word_start == s and self._proper_noun(text, found, s):
                continue
            head, tail = text[word_start:s], text[e:word_end]
            # A short word ends many compounds of another sense (asiel in dierenasiel,
            # huur in autohuur); only a longer one keeps its sense at the end of one.
            if head and len(found) < _MIN_COMPOUND_TAIL_TERM:
                continue
            if (not head or _LEXICON.is_head(head)) and _tail_ok(tail):
                term = self._by_lower.get(" ".join(m.group().lower().split()), m.group())
                yield TermMatch(word_start, word_end, term)

    def topics(self, text: str, start: int, end: int) -> Iterator[TermMatch]:
        """The terms in one sentence (``start``..``end``) that it is about: not
        those that only say what the writer does (see in_self_description)."""
        for match in self.find(text, start, end):
            if not in_self_description(text, match, start, end):
                yield match


_LONG_TERM = 9


def _flexible_hyphens(word: str) -> str:
    """NAVO-top also as "NAVO top" and "navotop"; a hyphen next to a digit (F-35) stays."""
    pieces = word.split("-")
    out = re2.escape(pieces[0])
    for before, piece in zip(pieces, pieces[1:]):
        joint = "-" if (before[-1:].isdigit() or piece[:1].isdigit()) else r"(?:-|\s)?"
        out += joint + re2.escape(piece)
    return out


def in_self_description(text: str, match: TermMatch, start: int, end: int) -> bool:
    """Whether the term only says what the writer does, not what the sentence
    (``start``..``end``) is about (see assistant.nlp.self_description)."""
    return only_self_description(text, match.start, match.end, start, end)


@lru_cache(maxsize=64)
def term_matcher(terms: tuple[str, ...]) -> TermMatcher:
    return TermMatcher(terms)


# Words in a function title that name the role, not the subject.
_ROLE_WORDS = re.compile(
    r"(?i)^(?:\w*(?:medewerker|adviseur|manager|leider|coördinator|coordinator|specialist|"
    r"directeur|secretaris|analist|jurist|woordvoerder|voorlichter|redacteur|consultant|"
    r"inspecteur|onderzoeker|officier|ambtenaar|trainee|stagiair|hoofd|lid|expert|"
    r"deskundige|ontwikkelaar|architect|controller|assistent|ondersteuner)|senior|junior|"
    r"medior|strategisch|strategische|plaatsvervangend|plaatsvervangende|waarnemend|"
    r"coördinerend|coördinerende|adjunct|eerste|tweede|team|afdeling|directie|cluster)$")
# Titles and qualifiers that name a profession, not a subject: "wetenschappelijk
# medewerker", "toezichthouder", "epidemioloog". Only the Wikipedia tip leaves them out;
# the learned reading was trained on function terms as they are above.
_PROFESSION_WORDS = re.compile(
    r"(?i)^(?:\w*(?:behandelaar|beoordelaar|houder|handhaver|inkoper|planner|fiscalist|"
    r"statisticus|loog|econoom|controleur|auditor|rechercheur|agent|griffier|diplomaat|"
    r"ambassadeur|attaché|technicus|medewerkster|secretaresse|receptionist|receptioniste|"
    r"programmeur|ingenieur|engineer|coach)|wetenschappelijk|wetenschappelijke|juridisch|"
    r"juridische|financieel|financiële|administratief|administratieve|technisch|technische|"
    r"algemeen|algemene|operationeel|operationele|tactisch|tactische|ambtelijk|ambtelijke|"
    r"secretarieel|secretariële|facilitair|facilitaire)$")
_CONNECTORS = frozenset("en of van voor de het bij op in met en/of &".split())


def function_terms(function: str) -> tuple[str, ...]:
    """Subjects named in a function title: "programmamanager stikstof en natuur"
    -> stikstof, natuur; "adviseur internationale handel" -> internationale handel, handel."""
    terms: list[str] = []
    group: list[str] = []
    for word in [*re.findall(r"[\w&/-]+", function), "en"]:
        if word.lower() in _CONNECTORS or _ROLE_WORDS.match(word):
            if group:
                terms.append(" ".join(group))
                if len(group) > 1:
                    terms.append(group[-1])
            group = []
        elif len(word) >= 4 or (len(word) == 3 and word.isupper()):
            # An acronym names a subject too: "medewerker vaststelling NOW".
            group.append(word)
    return tuple(terms)


def _names_a_profession(term: str) -> bool:
    """A function term made only of profession words ("wetenschappelijk", "toezichthouder"),
    which says what the writer is, not what they work on."""
    return all(_PROFESSION_WORDS.match(w) or _ROLE_WORDS.match(w) for w in term.split())


def policy_terms(ctx: CheckContext) -> tuple[str, ...]:
    """The department's policy terms and the function's subjects, with the words of
    the policy areas they name (resources/classes/beleid.toml): an "adviseur
    waterveiligheid" also works on dijkversterking."""
    return _policy_terms(ctx.identity, ctx.department)


def _policy_terms(identity, department) -> tuple[str, ...]:
    own = tuple(dict.fromkeys((*department.policy_terms, *function_terms(identity.function))))
    return tuple(dict.fromkeys((*own, *area_words(policy_areas(tuple(t.lower() for t in own))))))


def own_area_terms(identity, department) -> tuple[str, ...]:
    """The terms an opinion on which is an insider's: the policy terms, and the
    areas the writer's organisation names (the IND: migration), as for
    @eigen_beleid."""
    return tuple(dict.fromkeys((*_policy_terms(identity, department), *area_words(
        organisation_areas((identity.department, department.name))))))


@lru_cache(maxsize=64)
def area_words(areas: tuple[str, ...]) -> tuple[str, ...]:
    from assistant.nlp.classes import builtin_class_specs

    specs = builtin_class_specs()
    return tuple(w.strip("*") for name in areas for w in specs[name].words)


@lru_cache(maxsize=64)
def organisation_areas(names: tuple[str, ...]) -> tuple[str, ...]:
    """The built-in policy areas an organisation's own name names word for word:
    DUO studiefinanciering, the IND migration, the Ministerie van Defensie defence.
    Only whole words count: a ministry's name is no function title, and "Zaken"
    or "Financiën" says too little to hand the writer a policy area."""
    from assistant.nlp.classes import builtin_class_specs

    wanted = set()
    for name in names:
        low = " ".join(name.lower().split())
        wanted |= {low, *(w for w in re.split(r"[\s,]+", low) if len(w) >= 3)}
    return tuple(name for name, spec in builtin_class_specs().items()
                 if name.startswith("beleid_") and any(w.strip("*") in wanted for w in spec.words))


@lru_cache(maxsize=64)
def policy_areas(terms: tuple[str, ...]) -> tuple[str, ...]:
    """The built-in policy areas (``beleid_*`` classes) that one of the terms names."""
    from assistant.nlp.classes import builtin_class_specs
    from assistant.nlp.lemmas import lemma

    wanted = {t for term in terms for t in (term, lemma(term))}

    def named(word: str) -> bool:
        # "huurbeleid" names the area of "huur" (a compound starts with its topic;
        # "kinderopvang" is not "opvang"); short words count only whole.
        return word in wanted or (len(word) >= 4 and any(t.startswith(word) for t in wanted))

    return tuple(name for name, spec in builtin_class_specs().items()
                 if name.startswith("beleid_") and any(named(w.strip("*")) for w in spec.words))




@lru_cache(maxsize=16)
def _marker_matcher(tokens: tuple[str, ...], patterns: tuple[str, ...],
                    lazy: bool) -> Matcher | None:
    return (Matcher(tokens, patterns, False, "context_tokens", lazy=lazy)
            if tokens or patterns else None)


# A verdict of a few words next to the sentence belongs to it ("Box 3 verhogen? Onzin.").
_VERDICT_WORDS = 3


def _opinion_scope(doc: Document, sentence: Span, next_sentence: bool = False) -> Span:
    """The sentence with a short verdict right before or after it; a question
    with the sentence that answers it ("Sociale huur? Vergeet het maar."); with
    ``next_sentence``, the sentence after it in the same paragraph whatever its
    length ("Vandaag gaat ons beleid in. Persoonlijk vind ik het een slecht idee.")."""
    start, end = sentence
    sentences = doc.sentences
    i = bisect.bisect_left(sentences, sentence)
    if i == len(sentences) or sentences[i] != sentence:
        return sentence
    question = doc.text[sentence.start:sentence.end].rstrip().endswith("?")
    for j in (i - 1, i + 1):
        if 0 <= j < len(sentences):
            other = sentences[j]
            # Words, not emoji: "Mooi beleid hoor 🙄" is a verdict of three words.
            short = sum(any(c.isalnum() for c in w)
                        for w in doc.text[other.start:other.end].split()) <= _VERDICT_WORDS
            follows = (j == i + 1 and (question or next_sentence)
                       and "\n\n" not in doc.text[end:other.start])
            if short or follows:
                start, end = min(start, other.start), max(end, other.end)
    return Span(start, end)


# "mijn eigen risico", "onze nieuwe warmtepomp": the author's own case, not the policy.
_OWN_CASE = re.compile(r"(?i)(?<!\w)(?:mijn|m'n|onze|ons|je|jouw|zijn|haar|hun|uw)\s+(?:\w+\s+)?$")


def _option_matcher(options: dict, tokens_key: str, lazy: bool) -> Matcher | None:
    tokens = options.get(tokens_key)
    if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens):
        return None
    return _marker_matcher(tuple(tokens), (), lazy)


def _own_area_matches(text: str, matcher: TermMatcher,
                      own: Matcher | None) -> list[TermMatch]:
    """The own policy area named by its terms, and (with ``own_tokens``) as the
    writer's own ("ons nieuwe beleid", "de regeling waar wij aan werken"), in
    the order they stand."""
    found = list(matcher.find(text))
    if own is not None:
        found += [TermMatch(m.start, m.end, m.text) for m in own.find(text)]
        found.sort(key=lambda m: m.start)
    return found


@code_check("policy_opinion")
def check_policy_opinion(spec: RuleSpec, doc: Document, ctx: CheckContext) -> Iterator[Hit]:
    """A sentence that names the author's policy area and gives an opinion (one of
    the rule's ``context_tokens``/``context_patterns``, in the sentence or in a
    verdict of a few words next to it); ``unless_*`` silence it. Options:
    ``own_tokens``, words that name the policy as the writer's own without a term
    ("ons beleid"); ``scope = "next_sentence"``, the opinion may also stand in
    the next sentence of the paragraph;
    ``weak_tokens``, words that only voice an opinion on policy when the sentence
    also names someone who makes it (``actor_tokens``: kabinet, beleid, Den Haag)
    and the term is not the author's own case ("helaas was de sluis dicht",
    "mijn eigen risico is helaas op")."""
    terms = own_area_terms(ctx.identity, ctx.department)
    markers = _marker_matcher(spec.context_tokens, spec.context_patterns, spec.builtin)
    if not terms or markers is None:
        return
    unless = _marker_matcher(spec.unless_tokens, spec.unless_patterns, spec.builtin)
    weak = _option_matcher(spec.options, "weak_tokens", spec.builtin)
    actors = _option_matcher(spec.options, "actor_tokens", spec.builtin)
    own = _option_matcher(spec.options, "own_tokens", spec.builtin)
    next_sentence = spec.options.get("scope") == "next_sentence"
    text = doc.text
    matcher = term_matcher(terms)
    reported: set[Span] = set()
    for match in _own_area_matches(text, matcher, own):
        sentence = doc.sentence_at(match.start)
        if sentence in reported:
            continue
        if in_self_description(text, match, sentence.start, sentence.end):
            continue
        if _points_to_a_service(text, match):
            continue
        if introduces(text, match.start, sentence.start) and _about_another_area(
                text, Span(match.end, sentence.end), sentence.start, terms):
            # "Als arbeidsdeskundige bij het UWV vind ik het onderwijsbeleid een puinhoop":
            # the own work introduces the writer; the opinion is on another area.
            continue
        scope = _opinion_scope(doc, sentence, next_sentence)
        # Search a slice: RE2 re-encodes the whole string for every search with offsets.
        words = text[scope.start:scope.end]
        if not markers.search(words):
            own_case = _OWN_CASE.search(text, max(scope.start, match.start - 30), match.start)
            if (weak is None or own_case or not weak.search(words)
                    or actors is None or not actors.search(words)):
                continue
        if unless is not None and unless.search(words):
            continue
        reported.add(sentence)
        yield Hit(sentence.start, max(sentence.end, match.end), values={"term": match.term})


# "kijk op duo.nl", "check even Mijn UWV": the name stands for a website or a portal
# the reader is sent to, not for the policy.
_WEB_ADDRESS_AFTER = re.compile(r"\.(?:nl|eu|com|org|gov)\b|\.\w+/", re.IGNORECASE)
_WEB_ADDRESS_BEFORE = re.compile(r"(?:www\.|https?://\S*|Mijn\s?)$")


def _points_to_a_service(text: str, match: TermMatch) -> bool:
    return bool(_WEB_ADDRESS_AFTER.match(text, match.end)
                or _WEB_ADDRESS_BEFORE.search(text, max(0, match.start - 40), match.start))


def _about_another_area(text: str, rest: Span, start: int, own: tuple[str, ...]) -> bool:
    """Whether the rest of a sentence after the writer's introduction of themself
    (its sentence starts at ``start``) names a policy area that is not the
    writer's, and none of the writer's own."""
    if any(not introduces(text, m.start, start)
           for m in term_matcher(own).topics(text, rest.start, rest.end)):
        return False
    return names_another_area(text, rest.start, rest.end, own)


def names_another_area(text: str, start: int, end: int, own: tuple[str, ...]) -> bool:
    """Whether text[start:end] names a built-in policy area by a word that is not
    among the writer's own terms ``own`` (also inside a compound: "onderwijsbeleid")."""
    return next(term_matcher(_other_area_words(own)).find(text, start, end), None) is not None


def areas_named(text: str, start: int, end: int) -> tuple[str, ...]:
    """The words of every built-in policy area that text[start:end] names ("het
    vaccinatieprogramma" names the area of care and health): the writer who works
    there has them all for their own."""
    return tuple(word for words, matcher in _area_matchers()
                 if next(matcher.find(text, start, end), None) is not None for word in words)


@lru_cache(maxsize=1)
def _area_matchers() -> tuple[tuple[tuple[str, ...], "TermMatcher"], ...]:
    return tuple((words, term_matcher(words)) for words in _area_words())


@lru_cache(maxsize=1)
def _area_words() -> tuple[tuple[str, ...], ...]:
    """The words of each built-in policy area; the general words of policy
    (``beleid_woord``) name no area."""
    from assistant.nlp.classes import builtin_class_specs

    areas = (tuple(dict.fromkeys(w.strip("*") for w in spec.words))
             for name, spec in builtin_class_specs().items()
             if name.startswith("beleid_") and name != "beleid_woord")
    return tuple(words for words in areas if words)


@lru_cache(maxsize=64)
def _other_area_words(own: tuple[str, ...]) -> tuple[str, ...]:
    """The words of every built-in policy area that are not among ``own``."""
    mine = {t.lower() for t in own}
    return tuple(dict.fromkeys(word for words in _area_words() for word in words
                               if word.lower() not in mine))


@code_check("policy_area_outside")
def check_outside_policy_area(spec: RuleSpec, doc: Document, ctx: CheckContext) -> Iterator[Hit]:
    """The draft mentions none of the author's policy terms, nor the areas the
    author's organisation names (only when policy terms are known: without them
    the organisation's areas are too rough a guide to what is the author's own; a
    function title that only names a profession, "wetenschappelijk medewerker" or
    "toezichthouder", gives none)."""
    text = doc.text
    own = (*ctx.department.policy_terms, *function_terms(ctx.identity.function))
    if not any(not _names_a_profession(t) for t in own) or not text.strip():
        return
    terms = own_area_terms(ctx.identity, ctx.department)
    if next(term_matcher(terms).find(text), None) is not None:
        return
    start = len(text) - len(text.lstrip())
    yield Hit(start, len(text.rstrip()), values={"terms": ", ".join(terms[:5])})
