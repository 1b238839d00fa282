"""Construction rules: slots of word classes, lemmas or words that must all
occur within one clause (or sentence), in whatever order Dutch puts them.

A construction is written as slots separated by spaces (``docs/rule-format.md``):

* ``@klasse``   any word of a word class (``assistant.nlp.classes``);
* ``zeggen``    the lemma: every form (zei, gezegd); a separable verb also when
  its particle stands apart in the clause (``doodrijden``: "ik rij ze dood");
  ``kanker*`` and ``*prutser`` run on into compounds as in tokens;
* ``=zei``      exactly this form;
* ``a|b``       either slot;
* ``te+@bijvoeglijk+om``  words in a row (each part one of the above).

With ``order = "free"`` (the default) the slots may stand in any order within
the scope: Dutch moves the finite verb (inversion after a fronted element, the
verb at the end of a subclause) and splits separable verbs, so the written order
of a main clause is only one of several. ``order = "fixed"`` keeps the written
order, for idioms. A clause with a negation is skipped unless a slot matched the
negation itself; quoted words and questions can be skipped too.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from dataclasses import dataclass
from types import MappingProxyType
from typing import Iterable, Iterator, Mapping, NamedTuple

from assistant.i18n import _
from assistant.nlp.analysis import Analysis, vocabulary_of
from assistant.nlp.lemmas import lemma
from assistant.nlp.classes import (
    MAX_WORD, MIN_COMPOUND_PART, ClassSet, ClassSpecError, WordClass, builtin_set, closed_class,
    literal_class)
from assistant.nlp.self_description import (
    OWN_WORK_CLASSES, introduces, only_self_description)
from assistant.rules.matchers import Match, _compile, fix_text
from assistant.rules.spec import RuleSpec, RuleSpecError
from assistant.text import Document

# Bounds on the search for one construction in one clause: real rules need few
# candidates per slot; a long clause full of matching words must stay linear.
_MAX_CANDIDATES = 12
_MAX_SLOTS = 8
_MAX_ASSIGNMENTS = 64


class _Hits(NamedTuple):
    slots: list[list[tuple[int, int]]]
    absent: list[int]
    # Starts of the hits of slots absent only after the match ("!>maar").
    after: list[int]


class Atom(NamedTuple):
    kind: str  # "class", "words" (a lemma, possibly with *), "form"
    value: str


@dataclass(frozen=True)
class Construction:
    text: str
    # slots -> alternatives -> atoms in a row
    slots: tuple[tuple[tuple[Atom, ...], ...], ...]
    # Slots written "!slot": the construction holds only where none of these is;
    # those written "!>slot" (``after`` true) only where none follows the match.
    absent: tuple[tuple[tuple[Atom, ...], ...], ...] = ()
    after: tuple[bool, ...] = ()

    def class_names(self) -> set[str]:
        return {atom.value for slot in self.slots + self.absent for alt in slot for atom in alt
                if atom.kind == "class"}


# Constructions read before: the same text comes by in several rules, and the
# built-in rules' constructions are kept between runs with the rules.
_parsed: dict[str, Construction] = {}


def remember_constructions(parsed: dict[str, Construction]) -> None:
    _parsed.update(parsed)


def parse_construction(text: str, key: str = "constructions") -> Construction:
    """The slots of a construction (``key`` names the field in a message)."""
    found = _parsed.get(text)
    if found is None:
        found = _parsed[text] = _parse_construction(text, key)
    return found


# Atoms, alternatives and slots shared by every construction that writes them alike
# ("@ik", "maar"): of some 11,000 atoms in the built-in rules fewer than 3,000
# differ, and a shared one is pickled, and read back from the cache, once.
_atoms: dict[Atom, Atom] = {}
_rows: dict[tuple, tuple] = {}


def _parse_construction(text: str, key: str) -> Construction:
    slots = []
    absent = []
    after = []
    for slot_text in text.split():
        negative = slot_text.startswith("!")
        slot_text = slot_text[1:] if negative else slot_text
        if negative:
            after.append(slot_text.startswith(">"))
            slot_text = slot_text[1:] if after[-1] else slot_text
        alternatives = []
        for alt_text in slot_text.split("|"):
            atoms = []
            for part in alt_text.split("+"):
                atom = _atom(part, text, key)
                atoms.append(_atoms.setdefault(atom, atom))
            row = tuple(atoms)
            alternatives.append(_rows.setdefault(row, row))
        slot = tuple(alternatives)
        (absent if negative else slots).append(_rows.setdefault(slot, slot))
    if not slots:
        raise RuleSpecError(_("Een constructie heeft minstens één woord of klasse nodig."), key)
    if len(slots) > _MAX_SLOTS:
        raise RuleSpecError(
            _("Constructie “{value}” heeft meer dan {limit} plaatsen.").format(
                value=text, limit=_MAX_SLOTS), key)
    return Construction(text, tuple(slots), tuple(absent), tuple(after))


def _atom(part: str, text: str, key: str) -> Atom:
    part = part.lower()
    if part.startswith("@"):
        name = part[1:]
        if not name or not all(c.isalnum() or c == "_" for c in name):
            raise RuleSpecError(_("Constructie “{value}”: “{part}” is geen klassenaam.").format(
                value=text, part=part), key)
        return Atom("class", name)
    if part.startswith("="):
        word = part[1:]
        if not _is_word(word):
            raise RuleSpecError(_("Constructie “{value}”: “{part}” is geen woord.").format(
                value=text, part=part), key)
        return Atom("form", word)
    if not _is_word(part.strip("*")) or "*" in part.strip("*"):
        raise RuleSpecError(
            _("Constructie “{value}”: “{part}” is geen woord, klasse (@naam) of vorm (=woord).")
            .format(value=text, part=part), key)
    return Atom("words", part)


def _is_word(word: str) -> bool:
    return bool(word) and all(c.isalnum() or c in "-'’" for c in word)


# The writer's own organisation and policy area (OWN_WORK_CLASSES): "ik werk bij
# de NVWA, maar als hardloper vind ik ..." only says where the writer works, and
# is no hit of them.


def _not_self_description(places: dict[int, int], analysis: Analysis,
                          classes: ClassSet) -> dict[int, int]:
    tokens, clauses, sentences = analysis.tokens, analysis.clauses, analysis.sentences
    kept = {}
    for i, n in places.items():
        first, last = sentences[clauses[tokens[i].clause].sentence]
        start, end = tokens[clauses[first].first].start, tokens[clauses[last - 1].last - 1].end
        if only_self_description(analysis.text, tokens[i].start, tokens[i + n - 1].end,
                                 start, end):
            continue
        # "Als arbeidsdeskundige bij het UWV vind ik het onderwijsbeleid een puinhoop":
        # the own work introduces the writer of an opinion on another policy area.
        if introduces(analysis.text, tokens[i].start, start) and _about_another_area(
                analysis, i + n, clauses[last - 1].last, classes):
            continue
        kept[i] = n
    return kept


def _about_another_area(analysis: Analysis, first: int, last: int, classes: ClassSet) -> bool:
    """Whether the tokens first..last name a policy area that is not the writer's,
    and nothing of the writer's own work (policy_area.names_another_area)."""
    from assistant.rules.code.policy_area import areas_named, names_another_area

    tokens = analysis.tokens[first:last]
    own = [classes.get(name) for name in sorted(OWN_WORK_CLASSES) if name in classes]
    if not tokens or any(c.has(t.lower, t.lemma) for t in tokens for c in own):
        return False
    terms = tuple(sorted(classes.get("eigen_beleid").words)) if "eigen_beleid" in classes else ()
    # Where the introduction goes on to say what the writer works on ("Ik zit bij het
    # RIVM op het vaccinatieprogramma"), that area is the writer's own as well.
    k = 0
    if tokens[0].lower in closed_class("werk_voorzetsel"):
        k = 1
        while k < len(tokens) - 1 and tokens[k].lower in closed_class("lidwoord_bezit"):
            k += 1
        if k < len(tokens):  # not when the stretch is the preposition alone ("... bij")
            terms += areas_named(analysis.text, tokens[k].start, tokens[k].end)
        k += 1
    if k >= len(tokens):
        return False
    return names_another_area(analysis.text, tokens[k].start, tokens[-1].end, terms)



def _held(word_class: WordClass, lower: str, lem: str, memo: dict | None) -> bool:
    """Whether a word (lower-case form, lemma) is of the class, or a verb of it
    whose particle may stand apart; kept in ``memo`` for rules asked in turn."""
    key = (id(word_class), lower, lem)
    held = memo.get(key) if memo is not None else None
    if held is None:
        held = bool(word_class.has(lower, lem) or word_class.particles_for(lower, lem))
        if memo is not None:
            memo[key] = held
    return held


def _word_keys(words: set[tuple[str, str]], memo: dict | None) -> frozenset[str]:
    """vocabulary_of(words), kept in ``memo`` by the set's identity."""
    key = ("keys", id(words))
    found = memo.get(key) if memo is not None else None
    if found is None:
        found = vocabulary_of(words)
        if memo is not None:
            memo[key] = found
    return found


class _SimpleWords:
    """The classes of a rule that hold words by their entries alone (no
    compounds, no exclusions: the literal words of most rules), as one set:
    whether one of them holds a word is a look-up or two, the same answer as
    asking each (WordClass.has, WordClass.particles_for)."""

    def __init__(self, word_classes: Iterable[WordClass]):
        self.words: frozenset[str] = frozenset().union(*(c.words for c in word_classes))
        self.verbs: frozenset[str] = frozenset(
            verb for c in word_classes for verb, particles in c.separable.items() if particles)

    @staticmethod
    def split(word_classes: Iterable[WordClass]) -> tuple["_SimpleWords", tuple[WordClass, ...]]:
        """The simple classes as one, and the others."""
        simple, other = [], []
        for word_class in word_classes:
            plain = not (word_class.heads or word_class.modifiers or word_class.exclude)
            (simple if plain else other).append(word_class)
        return _SimpleWords(simple), tuple(other)

    def holds(self, lower: str, lem: str) -> bool:
        words = self.words
        if lower in words or lem in words or lower in self.verbs or lem in self.verbs:
            return True
        if len(lower) > MAX_WORD or "-" not in lower:
            return False
        # A part of a hyphenated word, as WordClass.has reads it.
        return any(part in words or lemma(part) in words for part in lower.split("-") if part)


# The places of an atom that matches nowhere in a draft (shared; never changed).
_NOWHERE: Mapping[int, int] = MappingProxyType({})

# How many class sets a rule keeps what it worked out for: the engine's own,
# and those of the last few writers checked (see Engine.classes_for).
KEPT_CLASS_SETS = 8


def _keep(memo: dict, key, value):
    """Store ``value`` in a memo of at most KEPT_CLASS_SETS entries, the oldest out."""
    if key not in memo and len(memo) >= KEPT_CLASS_SETS:
        del memo[next(iter(memo))]
    memo[key] = value
    return value


# The words each built-in construction's slots need with the built-in classes
# (builtin_set), by construction text: worked out once and kept between runs,
# so a short draft rules out most constructions without resolving their classes.
_BASE_NEEDS: dict[str, tuple[frozenset[str], ...]] = {}


def remember_needs(needs: dict[str, tuple[frozenset[str], ...]]) -> None:
    _BASE_NEEDS.update(needs)


def base_needs(texts: Iterable[str]) -> dict[str, tuple[frozenset[str], ...]]:
    """What remember_needs keeps, for these construction texts."""
    classes = builtin_set()
    found = {}
    for text in texts:
        construction = parse_construction(text)
        try:
            first = _first_classes(construction, classes)
        except ClassSpecError:
            continue  # a class made from the configuration, or one that includes one
        found[text] = _slot_words(construction, first)
    return found


def _first_classes(construction: Construction,
                   classes: ClassSet) -> list[list[WordClass | None]]:
    return [[None if alternative[0].kind == "form" else _class_of(alternative[0], classes)
             for alternative in slot] for slot in construction.slots]


def _class_of(atom: Atom, classes: ClassSet) -> WordClass:
    if atom.kind == "class":
        return classes.get(atom.value)
    # Literal words become one-word classes, so all matching goes one way.
    return literal_class(atom.value)


def _slot_words(construction: Construction,
                looked_up: list[list[WordClass | None]]) -> tuple[frozenset[str], ...]:
    """See CompiledConstruction._needed_words; ``looked_up`` holds the class of
    each slot's alternatives' first word (None for a literal form)."""
    needs = []
    for slot, classes in zip(construction.slots, looked_up):
        words: set[str] = set()
        for alternative, word_class in zip(slot, classes):
            if word_class is None:
                words.add(alternative[0].value)
                continue
            if word_class.heads or word_class.modifiers:
                break
            words |= word_class.lookup_words(len(alternative) == 1)
        else:
            needs.append(frozenset(words))
    return tuple(needs)


class CompiledConstruction:
    """A construction rule ready to run against an analysed draft."""

    def __init__(self, spec: RuleSpec):
        self.spec = spec
        self.constructions = [parse_construction(c) for c in spec.constructions]
        self.unless = [parse_construction(c, "unless_slots") for c in spec.unless_slots]
        # A match whose whole text is one of these is skipped, as in other rules.
        self.exceptions = (
            _compile([f"(?:{p})" for p in spec.exceptions], spec.case_sensitive, "exceptions",
                     bounded=False) if spec.exceptions else None)
        # The slot hits of the draft last asked about in found().
        self._hits_of: Analysis | None = None
        self._hits: list = []
        # Rules that read the words between hits see every word (sees()); the
        # writer's own work is read in its sentence (reads_own_work()).
        self._sees_every_word = self.exceptions is not None
        self._own_work = tuple(sorted(self.class_names() & OWN_WORK_CLASSES))
        # Per class set: each slot's alternatives resolved (see _resolved).
        self._resolved_by: dict[int, tuple[ClassSet, dict]] = {}
        # Per class set: the classes of the slots and the words of their phrases,
        # as _sees() looks words up in them.
        self._seen_by: dict[int, tuple[ClassSet, tuple]] = {}
        # Per class set: per construction, the words one of which each slot needs.
        self._needs: dict[int, tuple[ClassSet, dict[int, tuple[frozenset[str], ...]]]] = {}
        # The classes each construction names (its own ones, kept in self.constructions).
        self._construction_names: dict[int, frozenset[str]] = {}
        self._all_names = frozenset(self.class_names())

    def _names_in(self, construction: Construction) -> frozenset[str]:
        found = self._construction_names.get(id(construction))
        if found is None:
            found = self._construction_names[id(construction)] = frozenset(
                construction.class_names())
        return found

    def class_names(self) -> set[str]:
        names: set[str] = set()
        for construction in self.constructions + self.unless:
            names |= construction.class_names()
        return names

    def check_classes(self, classes: ClassSet) -> None:
        for name in sorted(self.class_names()):
            if name not in classes:
                raise RuleSpecError(_("Onbekende woordklasse @{name}.").format(name=name),
                                    "constructions")

    def matches(self, doc: Document, classes: ClassSet) -> Iterator[tuple[Match, str | None]]:
        """Each hit with the rule's fix for it (or None): at most one per scope.

        Every slot is first looked up once over the whole draft (by word type,
        shared by all rules through the analysis); only scopes that hold a hit
        for every slot are searched further, so an innocent draft costs one
        look-up per slot."""
        analysis = doc.analysis
        tokens = analysis.tokens
        hits = [self._construction_hits(c, analysis, classes) for c in self.constructions]
        if not any(h is not None for h in hits):
            return
        unless = [self._construction_hits(u, analysis, classes) for u in self.unless]
        clauses = analysis.clauses
        for lo, hi, first_clause, last_clause in self._scopes(analysis, hits):
            # A draft is no question as a whole: with scope "text" the words of a hit
            # are looked at (in _allowed), not every sentence of the draft.
            if self.spec.questions == "skip" and self.spec.scope != "text" and any(
                    c.question for c in clauses[first_clause:last_clause]):
                continue
            if any(u is not None and self._find(u, analysis, lo, hi) for u in unless):
                continue
            for slot_hits in hits:
                found = self._find(slot_hits, analysis, lo, hi) if slot_hits is not None else None
                if found is None:
                    continue
                start, end = tokens[found[0]].start, tokens[found[1] - 1].end
                match = Match(start, end, analysis.text[start:end])
                if self.exceptions is not None and self.exceptions.search(match.text):
                    continue
                yield match, fix_text(self.spec, match, doc.sentence_at(start))
                break

    def found(self, analysis: Analysis, classes: ClassSet, start: int, end: int) -> bool:
        """Whether a construction fills the words between two offsets."""
        if self._hits_of is not analysis:
            self._hits_of = analysis
            self._hits = [self._construction_hits(c, analysis, classes)
                          for c in self.constructions]
        lo, hi = analysis.token_range(start, end)
        return any(h is not None and self._find(h, analysis, lo, hi) for h in self._hits)

    def footprint(self, analysis: Analysis, classes: ClassSet, distances: bool = False) -> tuple:
        """Which words of a text fill which of the rule's slots (absent ones and
        unless_slots too), counted among those words only (or, with ``distances``,
        in words from the first of them), and whether each is quoted or stands in
        a negated clause or a question; last, where those words stand among the
        text's words. Two versions of some lines with the same footprint but
        for the last give the rule the same hits in a draft, but for the number
        of other words between them (unless counted)."""
        spans = [sorted(self._slot_hits(slot, analysis, classes))
                 for construction in self.constructions + self.unless
                 for slot in construction.slots + construction.absent]
        words = sorted({i for slot in spans for s, e in slot for i in range(s, e)})
        rank = ({i: i - words[0] for i in words} if distances and words
                else {i: n for n, i in enumerate(words)})
        tokens, clauses = analysis.tokens, analysis.clauses
        return (tuple(tuple((rank[s], rank[e - 1]) for s, e in slot) for slot in spans),
                tuple((tokens[i].quoted, clauses[tokens[i].clause].negated,
                       clauses[tokens[i].clause].question) for i in words),
                tuple(words))

    def sees(self, words: set[tuple[str, str]], classes: ClassSet,
             memo: dict | None = None) -> bool:
        """Whether one of these words (lower-case form, lemma) may count for a
        slot: a word of its class, the start of one of its phrases or any word
        in one, a verb whose particle may stand apart. False means the rule
        finds the same with any of them in place of another: an edit that
        changes only such a word, and no clause, changes none of its hits. The
        writer's own work (OWN_WORK_CLASSES) counts by the rest of its sentence
        (see reads_own_work). A rule with ``exceptions`` weighs its matches by
        the words between its hits: it sees every word.
        ``memo`` keeps which class holds which word, for rules asked in turn."""
        return self._sees(words, classes, memo, 0)

    def joins(self, before: set[tuple[str, str]], after: set[tuple[str, str]],
              classes: ClassSet, memo: dict | None = None) -> bool:
        """Whether a hit of more than one word (an alternative of several words,
        a phrase of a class) may run from one of the words ``before`` into one
        of the words ``after``: one of the first may stand in such a hit with a
        word after it, and one of the second with a word before it. False
        means that putting words between them, or taking away the words that
        stood between them, makes or breaks no hit of this rule, but through
        the words put in or taken away themselves (see sees())."""
        return (self._sees(before, classes, memo, 1)
                and self._sees(after, classes, memo, 2))

    def _sees(self, words: set[tuple[str, str]], classes: ClassSet, memo: dict | None,
              view: int) -> bool:
        if self._sees_every_word:
            return True
        simple, word_classes, forms, in_phrases = self._seen(classes)[view]
        for lower, lem in words:
            if lower in forms or lower in in_phrases or lem in in_phrases:
                return True
            if simple.holds(lower, lem):
                return True
        return any(_held(word_class, lower, lem, memo)
                   for word_class in word_classes for lower, lem in words)

    def _views(self, classes: ClassSet) -> tuple:
        """What _sees looks words up in, per view: (0) any word of a slot; (1) a
        word that may have another after it in one hit; (2) one that may have
        another before it. Each as (the plain classes as one, the other
        classes, the literal words, the words of phrases)."""
        word_classes: list[dict[int, WordClass]] = [{}, {}, {}]
        forms: list[set[str]] = [set(), set(), set()]
        phrase_words: list[set[str]] = [set(), set(), set()]
        for construction in self.constructions + self.unless:
            for slot in construction.slots + construction.absent:
                for alternative in slot:
                    last = len(alternative) - 1
                    for k, atom in enumerate(alternative):
                        views = [0]
                        if k < last:
                            views.append(1)
                        if k > 0:
                            views.append(2)
                        word_class = None if atom.kind == "form" else self._class(atom, classes)
                        for view in views:
                            if word_class is None:
                                forms[view].add(atom.value)
                            else:
                                word_classes[view][id(word_class)] = word_class
                                # A phrase of the class is part of this word's hit.
                                phrase_words[view] |= word_class.phrase_words
                        if word_class is not None:
                            # Within a phrase, one word follows another.
                            for entries in word_class.phrases.values():
                                for phrase in entries:
                                    phrase_words[0].update(phrase)
                                    phrase_words[1].update(phrase[:-1])
                                    phrase_words[2].update(phrase[1:])
        views = tuple((*_SimpleWords.split(word_classes[view].values()), frozenset(forms[view]),
                       frozenset(phrase_words[view])) for view in range(3))
        particles = frozenset().union(*(p for c in word_classes[0].values()
                                        for p in c.separable.values()))
        return (*views, particles)

    def reads_particles(self, classes: ClassSet, particles: frozenset[str] | None = None) -> bool:
        """Whether a class of the rule holds a separable verb with one of these
        particles (any, for None), which may stand apart in its clause
        (Analysis.separable_particles): an edit that puts in or takes away
        such a particle, or a "te" or a word next to one, may change the
        rule's hits anywhere in the clause."""
        if self._sees_every_word:
            return True
        own = self._seen(classes)[3]
        return bool(own) if particles is None else not own.isdisjoint(particles)

    def _seen(self, classes: ClassSet) -> tuple:
        classes = classes.shared_for(self._all_names)
        kept = self._seen_by.get(id(classes))
        if kept is None or kept[0] is not classes:
            kept = _keep(self._seen_by, id(classes), (classes, self._views(classes)))
        return kept[1]

    def may_hit(self, words: set[tuple[str, str]], classes: ClassSet,
                memo: dict | None = None) -> bool:
        """Whether the rule may find a slot hit among these words (lower-case
        form, lemma): whether every word of one of its slots' alternatives is
        among them, as sees() finds each. False means no slot has a hit in a
        stretch of text that holds only these words."""
        if self._sees_every_word:
            return True
        # Each atom is asked once, however many alternatives and rules share it:
        # ``memo`` keeps the answers by the set of words asked about, which the
        # caller keeps as long as the memo.
        seen: dict = {} if memo is None else memo
        side = id(words)
        for construction in self.constructions + self.unless:
            for slot in construction.slots + construction.absent:
                for alternative in self._resolved(slot, classes):
                    for atom, word_class, key, _needed in alternative:
                        found = seen.get((side, key))
                        if found is None:
                            found = seen[(side, key)] = self._atom_sees(
                                atom, word_class, words, memo)
                        if not found:
                            break
                    else:
                        return True
        return False

    @staticmethod
    def _atom_sees(atom: Atom, word_class: WordClass | None, words: set[tuple[str, str]],
                   memo: dict | None) -> bool:
        if word_class is None:
            return any(lower == atom.value for lower, _lemma in words)
        keys = _word_keys(words, memo)
        if not (word_class.heads or word_class.modifiers) and (
                keys.isdisjoint(word_class.words) and keys.isdisjoint(word_class.phrase_words)
                and not any(key in word_class.separable for key in keys)):
            # A class of listed words holds a word only by its form, lemma or a
            # part of it (WordClass.has, particles_for): none of them is listed.
            return False
        in_phrases = word_class.phrase_words
        return any(lower in in_phrases or lem in in_phrases
                   or _held(word_class, lower, lem, memo) for lower, lem in words)

    def reads_own_work(self, words: Iterable[tuple[str, str]], classes: ClassSet,
                       memo: dict | None = None) -> bool:
        """Whether one of these words (lower-case form, lemma) is of the writer's
        own work in a slot of this rule: such a word counts or not by the rest
        of its sentence ("Als arbeidsdeskundige bij het UWV vind ik het
        onderwijsbeleid een puinhoop"), so any edit in that sentence may change
        the rule's hits."""
        return any(_held(classes.get(name), lower, lem, memo)
                   for name in self._own_work for lower, lem in words)

    def _scopes(self, analysis: Analysis, hits) -> Iterator[tuple[int, int, int, int]]:
        """The scopes (token range, clause range) that hold a hit of a first slot."""
        clauses = analysis.clauses
        tokens = analysis.tokens
        starts = sorted({i for h in hits if h is not None for i, _e in h.slots[0]})
        if self.spec.scope == "text":
            if starts:
                yield 0, len(tokens), 0, len(clauses)
            return
        seen = set()
        for i in starts:
            clause = tokens[i].clause
            if self.spec.scope == "clause":
                key = (clause, clause + 1)
            else:
                key = analysis.sentences[clauses[clause].sentence]
            if key not in seen:
                seen.add(key)
                yield clauses[key[0]].first, clauses[key[1] - 1].last, key[0], key[1]

    def _needed_words(self, construction: Construction,
                      classes: ClassSet) -> tuple[frozenset[str], ...]:
        """Per slot that can be told by its words alone, the words (forms and
        lemmas) of which the draft must hold one for the slot to match anywhere:
        the first word of each of its alternatives, as the class looks them up.
        A slot with a class that runs on into compounds is left out."""
        classes = classes.shared_for(self._names_in(construction))
        if classes is builtin_set():
            found = _BASE_NEEDS.get(construction.text)
            if found is not None:
                return found
        kept = self._needs.get(id(classes))
        if kept is None or kept[0] is not classes:
            kept = _keep(self._needs, id(classes), (classes, {}))
        found = kept[1].get(id(construction))
        if found is None:
            found = kept[1][id(construction)] = _slot_words(
                construction, _first_classes(construction, classes))
        return found

    def _construction_hits(self, construction: Construction, analysis: Analysis,
                           classes: ClassSet) -> _Hits | None:
        """Per slot, every (first, last + 1) token range it matches in the draft;
        None when a slot matches nowhere. The starts of the absent slots' hits
        come along. A slot none of whose words the draft holds ends the search
        at once, by set lookups rather than a search per word."""
        vocabulary = analysis.vocabulary
        if any(needed.isdisjoint(vocabulary)
               for needed in self._needed_words(construction, classes)):
            return None
        result = []
        for slot in construction.slots:
            spans = self._slot_hits(slot, analysis, classes)
            if not spans:
                return None
            result.append(sorted(spans))
        absent: set[int] = set()
        after: set[int] = set()
        for slot, only_after in zip(construction.absent, construction.after):
            (after if only_after else absent).update(
                s for s, _e in self._slot_hits(slot, analysis, classes))
        return _Hits(result, sorted(absent), sorted(after))

    def _slot_hits(self, slot, analysis: Analysis, classes: ClassSet) -> set[tuple[int, int]]:
        """Every (first, last + 1) token range an alternative of the slot matches:
        the atoms one after another in one clause. An alternative whose first
        atom matches nowhere costs one look-up in the analysis's memo."""
        spans: set[tuple[int, int]] = set()
        memo, tokens, vocabulary = analysis.memo, analysis.tokens, analysis.vocabulary
        for alternative in self._resolved(slot, classes):
            atom, word_class, key, needed = alternative[0]
            first = memo.get(key)
            if first is None:
                if needed is not None and vocabulary.isdisjoint(needed):
                    first = memo[key] = _NOWHERE
                else:
                    first = self._places(atom, word_class, key, analysis, classes)
            if not first:
                continue
            if len(alternative) == 1:
                spans.update((i, i + n) for i, n in first.items())
                continue
            later = []
            for atom, word_class, key, needed in alternative[1:]:
                places = memo.get(key)
                if places is None:
                    if needed is not None and vocabulary.isdisjoint(needed):
                        places = memo[key] = _NOWHERE
                    else:
                        places = self._places(atom, word_class, key, analysis, classes)
                if not places:
                    break
                later.append(places)
            else:
                for i, n in first.items():
                    end = i + n
                    for places in later:
                        step = places.get(end)
                        if not step or tokens[end].clause != tokens[i].clause:
                            break
                        end += step
                    else:
                        spans.add((i, end))
        return spans

    def _resolved(self, slot, classes: ClassSet) -> tuple:
        """The slot's alternatives with, per atom, its class in ``classes``, the
        key its places are kept under in an analysis (see _places) and the
        words one of which a draft must hold (as a form, a lemma or a part of
        a hyphenated word) for the atom to match anywhere (None for a class
        that runs on into compounds): worked out once per class set, not for
        every draft. Most atoms match nowhere in a draft, and a set look-up
        tells."""
        kept = self._resolved_by.get(id(classes))
        if kept is None or kept[0] is not classes:
            kept = _keep(self._resolved_by, id(classes), (classes, {}))
        found = kept[1].get(id(slot))
        if found is None:
            alternatives = []
            for alternative in slot:
                atoms = []
                for atom in alternative:
                    alone = len(alternative) == 1
                    word_class = None if atom.kind == "form" else self._class(atom, classes)
                    if word_class is None:
                        needed: frozenset[str] | None = frozenset((atom.value,))
                    elif word_class.heads or word_class.modifiers:
                        needed = None
                    else:
                        needed = word_class.lookup_words(alone)
                    atoms.append((atom, word_class,
                                  (atom.kind, atom.value, id(word_class), alone), needed))
                alternatives.append(tuple(atoms))
            # Kept by the slot's identity; the slot itself is kept along, so its id stays its own.
            found = kept[1][id(slot)] = (slot, tuple(alternatives))
        return found[1]

    def _places(self, atom: Atom, word_class: WordClass | None, key: tuple, analysis: Analysis,
                classes: ClassSet) -> dict[int, int]:
        """token -> length, for every place the atom matches. Found per word type
        and kept with the analysis under ``key``, so rules that share a class
        look it up once."""
        found = self._find_places(atom, word_class, analysis, key[3])
        if atom.kind == "class" and atom.value in OWN_WORK_CLASSES:
            found = _not_self_description(found, analysis, classes)
        analysis.memo[key] = found
        return found

    @staticmethod
    def _find_places(atom: Atom, word_class: WordClass | None, analysis: Analysis,
                     alone: bool) -> dict[int, int]:
        if word_class is None:
            return dict.fromkeys(analysis.positions_of_form(atom.value), 1)
        # A class none of whose words (nor a part of a hyphenated word) is in the
        # draft was ruled out before (_slot_hits), unless it runs on into compounds.
        lookup = word_class.lookup_words(alone)
        tokens = analysis.tokens
        found: dict[int, int] = {}
        # Look the class's own words up among the draft's, not every word of the
        # draft in the class; only compounds need the longer words tried one by
        # one, and hyphenated words may belong through a part ("PVV-bewindslieden").
        types = analysis.types_of_words(lookup) + analysis.hyphenated_types
        if word_class.heads or word_class.modifiers:
            types += analysis.long_types(2 * MIN_COMPOUND_PART)
        for lower, lem in dict.fromkeys(types):
            positions = analysis.types[(lower, lem)]
            if lower in word_class.phrases or lem in word_class.phrases:
                # The longest entry from here: "bij de" rather than "bij". Only where
                # the next word can go on with a phrase is the class asked; elsewhere
                # the word counts alone, if it is an entry by itself.
                seconds = word_class.seconds_after(lower, lem)
                alone_entry = word_class.has(lower, lem)
                end = len(tokens)
                for i in positions:
                    following = tokens[i + 1] if i + 1 < end else None
                    if following is not None and (following.lower in seconds
                                                  or following.lemma in seconds):
                        n = word_class.match_at(tokens, i, end)
                        if n:
                            found[i] = n
                    elif alone_entry:
                        found[i] = 1
            elif word_class.has(lower, lem):
                found.update(dict.fromkeys(positions, 1))
            elif alone and (particles := word_class.particles_for(lower, lem)):
                # A separable verb: its particle must stand apart in the same clause.
                found.update((i, 1) for i in positions
                             if particles & analysis.separable_particles(tokens[i].clause, i))
        return found

    def _find(self, hits: _Hits, analysis: Analysis,
              lo: int, hi: int) -> tuple[int, int] | None:
        """The token range of the first way the slots fill the scope lo..hi
        (where none of the absent slots stands)."""
        k = bisect.bisect_left(hits.absent, lo)
        if k < len(hits.absent) and hits.absent[k] < hi:
            return None
        candidates = []
        for spans in hits.slots:
            k = bisect.bisect_left(spans, (lo, lo))
            inside = []
            while k < len(spans) and spans[k][0] < hi and len(inside) < _MAX_CANDIDATES:
                if spans[k][1] <= hi:
                    inside.append(spans[k])
                k += 1
            if not inside:
                return None
            candidates.append(inside)
        # Of the first ways to fill the slots, the tightest: the flagged text should
        # be the words that make the construction, not a stretch across sentences.
        best = None
        for tried, spans in enumerate(_assignments(candidates, self.spec.order == "fixed")):
            if tried >= _MAX_ASSIGNMENTS:
                break
            first = min(s for s, _e in spans)
            last = max(e for _s, e in spans)
            if self.spec.near is not None and last - first > self.spec.near + len(spans):
                continue
            if hits.after:
                k = bisect.bisect_left(hits.after, last)
                if k < len(hits.after) and hits.after[k] < hi:
                    continue
            if (best is None or last - first < best[1] - best[0]) and self._allowed(
                    analysis, spans):
                best = (first, last)
                if last - first == sum(e - s for s, e in spans):
                    break
        return best

    def _allowed(self, analysis: Analysis, spans) -> bool:
        tokens = analysis.tokens
        matched = [tokens[i] for s, e in spans for i in range(s, e)]
        if self.spec.quotes == "skip" and any(t.quoted for t in matched):
            return False
        if (self.spec.questions == "skip" and self.spec.scope == "text"
                and any(analysis.clauses[t.clause].question for t in matched)):
            return False
        if self.spec.negation == "any":
            return True
        # A slot that matched the negation itself ("deugt niet") is the point of
        # the construction, not a denial of it.
        if any(t.lower in closed_class("ontkenning") for t in matched):
            return True
        negated = any(analysis.clauses[c].negated for c in {t.clause for t in matched})
        return not negated if self.spec.negation == "skip" else negated

    def _class(self, atom: Atom, classes: ClassSet) -> WordClass:
        return _class_of(atom, classes)


class Guards:
    """What silences a rule of any type: ``unless_slots`` in the sentence of a
    match (the whole draft for ``scope = "text"``; construction rules apply
    them themselves, per scope), ``unless_text_slots`` anywhere in the draft.
    Guards look past negation and quotes: "zet nooit een foto online zonder
    toestemming" is advice whatever its negation."""

    def __init__(self, spec: RuleSpec):
        plain = dict(order="free", negation="any", quotes="any", questions="any", near=None,
                     unless_slots=(), unless_text_slots=(), exceptions=())
        in_scope = () if spec.type == "construction" else spec.unless_slots
        self.scope = spec.scope
        self.local = CompiledConstruction(replace(spec, type="construction", constructions=in_scope,
                                                  **plain)) if in_scope else None
        self.anywhere = CompiledConstruction(replace(
            spec, type="construction", constructions=spec.unless_text_slots,
            **plain)) if spec.unless_text_slots else None

    @staticmethod
    def needed(spec: RuleSpec) -> bool:
        return bool(spec.unless_text_slots or (spec.type != "construction" and spec.unless_slots))

    def check_classes(self, classes: ClassSet) -> None:
        for guard in (self.local, self.anywhere):
            if guard is not None:
                guard.check_classes(classes)

    def silences(self, doc: Document, classes: ClassSet, start: int, end: int) -> bool:
        analysis = doc.analysis
        if self.anywhere is not None and self.anywhere.found(analysis, classes, 0, len(doc.text)):
            return True
        if self.local is None:
            return False
        if self.scope == "text":
            return self.local.found(analysis, classes, 0, len(doc.text))
        first, last = doc.sentence_at(start), doc.sentence_at(max(start, end - 1))
        return self.local.found(analysis, classes, first.start, last.end)


def _assignments(candidates: list[list[tuple[int, int]]], ordered: bool):
    """Each way to give every slot its own span (in order when ``ordered``),
    earliest first; the number tried is bounded by the candidate lists."""
    chosen: list[tuple[int, int]] = []

    def walk(k: int):
        if k == len(candidates):
            yield list(chosen)
            return
        for span in candidates[k]:
            if ordered and chosen and span[0] < chosen[-1][1]:
                continue
            if any(span[0] < e and s < span[1] for s, e in chosen):
                continue
            chosen.append(span)
            yield from walk(k + 1)
            chosen.pop()

    return walk(0)
