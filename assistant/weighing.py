"""The functioneringsnorm weighed: the six criteria of stelregel 2 ("Waar ligt de
grens?") read from a draft and its findings, each as laag, middel or hoog with
the words or facts that moved it, and one reading of the whole.

The reading is never a score. Each criterion takes the highest level its
evidence gives (a finding of a category, a politician named beside a verdict,
a configured period that lasts today); the reading of the whole is the highest
level that enough criteria reach, where "enough" is a threshold on the sum of
their weights, and one criterion at hoog on its own makes it at least middel.
Weights, thresholds, topics, word classes and the mapping from findings to
criteria are data (``resources/weighing.toml``); a department adjusts weights
and thresholds and adds topics under ``[weighing]``.

``weigh`` runs after every check in the window: it uses the word classes the
engine built for the check and the analysis's paragraphs, and keeps what it
found per paragraph, so typing re-reads only the paragraph being typed in.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping, NamedTuple

from assistant.context import CheckContext
from assistant.findings import Finding, Severity
from assistant.i18n import N_, _, localized
# The analysis's own cache of paragraphs: the check has just filled it.
from assistant.nlp.analysis import _analyse_paragraph
from assistant.nlp.classes import ClassSet, ClassSpec, parse_class
from assistant.resources import resource_path

if TYPE_CHECKING:
    from assistant.engine import Engine

# The guideline's order.
CRITERIA = ("afstand", "politieke_gevoeligheid", "moment", "wijze", "voorzienbaarheid", "ernst")
SOURCE_TITLE = N_("Stelregel 2, Waar ligt de grens?")
# Reasons a criterion lists from the draft's words: the first few make the point.
MAX_WORD_REASONS = 3


class Level(StrEnum):
    LAAG = "laag"
    MIDDEL = "middel"
    HOOG = "hoog"

    @property
    def rank(self) -> int:
        return {"laag": 0, "middel": 1, "hoog": 2}[self.value]

    @property
    def label(self) -> str:
        return {"laag": _("laag"), "middel": _("middel"), "hoog": _("hoog")}[self.value]


LEVELS = (Level.LAAG, Level.MIDDEL, Level.HOOG)


def highest(levels: Iterable[Level]) -> Level:
    return max(levels, key=lambda level: level.rank, default=Level.LAAG)


@dataclass(frozen=True)
class Reason:
    """Why a criterion has its level; ``start``/``end`` index the draft where
    the reason is a stretch of it."""

    text: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict:
        data: dict = {"text": self.text}
        if self.start is not None and self.end is not None:
            data["start"], data["end"] = self.start, self.end
        return data

    @classmethod
    def from_dict(cls, data: Mapping) -> "Reason":
        return cls(str(data["text"]), data.get("start"), data.get("end"))


@dataclass(frozen=True)
class Criterion:
    id: str
    level: Level
    reasons: tuple[Reason, ...]
    # Dutch, translated when made; ``source`` names and quotes the guideline passage.
    title: str = ""
    source: str = ""

    def to_dict(self) -> dict:
        return {"id": self.id, "level": self.level.value,
                "reasons": [r.to_dict() for r in self.reasons]}

    @classmethod
    def from_dict(cls, data: Mapping) -> "Criterion":
        return make_criterion(str(data["id"]), Level(data["level"]),
                              [Reason.from_dict(r) for r in data.get("reasons", ())])


@dataclass(frozen=True)
class Reading:
    level: Level
    criteria: tuple[Criterion, ...]
    # Why the whole reads as it does: which criteria reached the threshold.
    because: str = ""

    def criterion(self, criterion_id: str) -> Criterion:
        return next(c for c in self.criteria if c.id == criterion_id)

    def summary(self) -> str:
        """One line: the level and what carries it, e.g. "middel — dichtbij je
        eigen beleidsterrein, politiek gevoelig onderwerp"."""
        data = weighing_data()
        raised = sorted((c for c in self.criteria if c.level is not Level.LAAG),
                        key=lambda c: -c.level.rank)
        if not raised:
            return _("{level} — geen van de zes criteria wijst op schade").format(
                level=self.level.label)
        phrases = [localized(data.criteria[c.id], c.level.value) for c in raised]
        return f"{self.level.label} — {', '.join(dict.fromkeys(phrases))}"

    def to_dict(self) -> dict:
        """The ``risk`` object of ``glazenhuis check --format json``."""
        return {"level": self.level.value, "criteria": [c.to_dict() for c in self.criteria]}

    @classmethod
    def from_dict(cls, data: Mapping) -> "Reading":
        criteria = tuple(Criterion.from_dict(c) for c in data["criteria"])
        return cls(Level(data["level"]), criteria)


# ---------------------------------------------------------------------------
# The data


@dataclass(frozen=True)
class WeighingData:
    thresholds: Mapping[str, int]
    weights: Mapping[str, int]
    criteria: Mapping[str, Mapping[str, str]]
    # category -> (criteria, severity -> level)
    findings: Mapping[str, tuple[tuple[str, ...], Mapping[Severity, Level]]]
    reach: Mapping[str, Level]
    ernst: Mapping[str, int]
    opinion_classes: tuple[str, ...]
    political_class: str
    self_pairs: tuple[tuple[str, str], ...]
    partisan_pairs: tuple[tuple[str, str], ...]
    classes: Mapping[str, ClassSpec]
    moment_terms: tuple[str, ...]
    sensitive_topics: tuple[str, ...]
    one_high: Level

    def class_names(self) -> tuple[str, ...]:
        """Every class the criteria look for in a draft."""
        return tuple(dict.fromkeys((
            "eigen_beleid", "eigen_organisatie", self.political_class, *self.opinion_classes,
            *(name for pair in self.self_pairs + self.partisan_pairs for name in pair))))


_SEVERITY_LEVEL = {Severity.FOUT: Level.HOOG, Severity.WAARSCHUWING: Level.MIDDEL,
                   Severity.TIP: Level.LAAG}


@lru_cache(maxsize=1)
def weighing_data() -> WeighingData:
    # Kept parsed in the cache: reading the TOML costs a short check more than weighing it.
    from assistant.cache import cached

    path = resource_path("weighing.toml")
    return cached("weighing", [path, Path(__file__)], lambda: _read_weighing(path))


def _read_weighing(path: Path) -> WeighingData:
    import tomllib

    with open(path, "rb") as fh:
        raw = tomllib.load(fh)
    findings = {}
    for category, table in raw["findings"].items():
        levels = {s: Level(table.get(s.value, _SEVERITY_LEVEL[s].value)) for s in Severity}
        findings[category] = (tuple(table["criteria"]), levels)
    return WeighingData(
        thresholds=raw["reading"], weights=raw["weights"], criteria=raw["criteria"],
        findings=findings, reach={k: Level(v) for k, v in raw["reach"].items()},
        ernst=raw["ernst"], opinion_classes=tuple(raw["opinion"]["classes"]),
        political_class=raw["political"]["class"],
        self_pairs=tuple(map(tuple, raw["self"]["pairs"])),
        partisan_pairs=tuple(map(tuple, raw["partisan"]["pairs"])),
        classes={name: parse_class(name, table) for name, table in raw["classes"].items()},
        moment_terms=tuple(raw["moment"]["terms"]),
        sensitive_topics=tuple(raw["sensitive"]["topics"]),
        one_high=Level(raw["reading"]["one_high"]))


def make_criterion(criterion_id: str, level: Level, reasons: Iterable[Reason]) -> Criterion:
    info = weighing_data().criteria[criterion_id]
    source = _("{title}: “{passage}”").format(title=_(SOURCE_TITLE), passage=localized(info, "passage"))
    return Criterion(criterion_id, level, tuple(reasons), localized(info, "title"), source)


@dataclass(frozen=True)
class Parameters:
    """What a configuration may change: weights and thresholds (built-in where it
    says nothing) and extra sensitive topics."""

    weights: Mapping[str, int] = field(default_factory=dict)
    thresholds: Mapping[str, int] = field(default_factory=dict)
    sensitive_topics: tuple[str, ...] = ()

    def weight(self, criterion_id: str) -> int:
        return self.weights.get(criterion_id, weighing_data().weights[criterion_id])

    def threshold(self, level: Level) -> int:
        return self.thresholds.get(level.value, weighing_data().thresholds[level.value])


# ---------------------------------------------------------------------------
# Evidence from the draft's words


class Place(NamedTuple):
    """A stretch of the draft that is evidence, and the sentence it stands in
    (paragraph number, sentence in that paragraph)."""

    start: int
    end: int
    sentence: tuple[int, int]


class _Paragraph(NamedTuple):
    # Offsets relative to the paragraph, sentences numbered within it.
    classes: dict[str, tuple[tuple[int, int, int], ...]]
    topics: tuple[tuple[int, int, int], ...]
    moments: tuple[tuple[int, int, int], ...]
    dates: tuple[tuple[int, int, int | None, int, int], ...]


class _Classes:
    """A ClassSet under its identity, so that paragraph evidence can be cached
    per configuration (a ClassSet compares by value and cannot be hashed)."""

    __slots__ = ("original", "classes", "names", "_kinds")

    def __init__(self, classes: ClassSet):
        self.original = classes
        # With the weighing's own classes, once per configuration.
        self.classes = classes.with_specs(weighing_data().classes)
        self.names = tuple(name for name in weighing_data().class_names()
                           if name in self.classes)
        self._kinds: dict[tuple[str, str], tuple[tuple[str, bool], ...]] = {}

    def kinds(self, lower: str, lem: str) -> tuple[tuple[str, bool], ...]:
        """The classes a word type belongs to or may start a phrase of (then
        True): looked up once per word type for all paragraphs."""
        key = (lower, lem)
        found = self._kinds.get(key)
        if found is None:
            found = []
            for name in self.names:
                word_class = self.classes.get(name)
                if lower in word_class.phrases or lem in word_class.phrases:
                    found.append((name, True))
                elif word_class.has(lower, lem):
                    found.append((name, False))
            found = self._kinds[key] = tuple(found)
        return found


_holders: dict[int, _Classes] = {}


def _holder(classes: ClassSet) -> _Classes:
    found = _holders.get(id(classes))
    if found is None or found.original is not classes:
        if len(_holders) > 32:
            _holders.clear()
        found = _holders[id(classes)] = _Classes(classes)
    return found


# The analysis reads a draft paragraph by paragraph, with the same cache.
_PARAGRAPH = re.compile(r"[^\n]+")


class _Words:
    """The evidence in a draft's words: where the classes, sensitive topics,
    moments and dates stand, and in which sentence. Found per paragraph and
    kept, as the analysis keeps its paragraphs: while someone types, only the
    paragraph being typed in is read again."""

    def __init__(self, text: str, classes: ClassSet, topics: tuple[str, ...]):
        self.text = text
        normalised = text.replace("\r\n", " \n").replace("\r", "\n")
        holder = _holder(classes)
        self._paragraphs = [(m.start(), _paragraph_evidence(m.group(), holder, topics))
                            for m in _PARAGRAPH.finditer(normalised)]

    def _collect(self, pick) -> list[Place]:
        return [Place(base + s, base + e, (n, sentence))
                for n, (base, para) in enumerate(self._paragraphs)
                for s, e, sentence in pick(para)]

    def places(self, name: str) -> list[Place]:
        return self._collect(lambda para: para.classes.get(name, ()))

    def topics(self) -> list[Place]:
        return self._collect(lambda para: para.topics)

    def moments(self) -> list[Place]:
        return self._collect(lambda para: para.moments)

    def dates(self, today: date) -> list[tuple[int, int, date]]:
        found = []
        for base, para in self._paragraphs:
            for s, e, year, month, day in para.dates:
                try:
                    found.append((base + s, base + e, date(year or today.year, month, day)))
                except ValueError:
                    continue  # 31 februari: no date
        return found

    def paired(self, pairs: Iterable[tuple[str, str]]) -> list[Place]:
        """Places of a pair's first class in a sentence that also holds its second."""
        found = []
        for first, second in pairs:
            with_second = {p.sentence for p in self.places(second)}
            found += [p for p in self.places(first) if p.sentence in with_second]
        return found

    def sentences(self, names: Iterable[str]) -> set[tuple[int, int]]:
        return {p.sentence for name in names for p in self.places(name)}

    def quote(self, place: Place) -> str:
        return self.text[place.start:place.end]


@lru_cache(maxsize=4096)
def _paragraph_evidence(paragraph: str, holder: _Classes, topics: tuple[str, ...]) -> _Paragraph:
    analysed = _analyse_paragraph(paragraph)
    pieces = analysed.tokens
    sentence_of = [0] * len(pieces)
    for first, last, _start, _end, sentence, _question in analysed.clauses:
        sentence_of[first:last] = [sentence] * (last - first)
    starts = [p.start for p in pieces]

    def sentence_at(offset: int) -> int:
        i = bisect.bisect_right(starts, offset) - 1
        return sentence_of[max(i, 0)] if pieces else 0

    places: dict[str, dict[int, int]] = {}
    for i, piece in enumerate(pieces):
        for name, phrase in holder.kinds(piece.lower, piece.lemma):
            # A phrase's first word: the longest entry from here ("de politiek").
            n = holder.classes.get(name).match_at(pieces, i, len(pieces)) if phrase else 1
            if n:
                places.setdefault(name, {})[i] = n
    found = {name: tuple((pieces[i].start, pieces[i + n - 1].end, sentence_of[i])
                         for i, n in sorted(at.items()))
             for name, at in places.items()}
    data = weighing_data()
    # A lower-case term with a capital reads as a name to the matcher ("Sluis"
    # for sluis) and is skipped; a topic keeps its sense with a capital.
    topics_found = tuple((s, e, sentence_at(s)) for s, e in _term_places(
        paragraph, tuple(dict.fromkeys(t[:1].upper() + t[1:]
                                       for t in data.sensitive_topics + topics))))
    moments = tuple((s, e, sentence_at(s)) for s, e in _term_places(paragraph, data.moment_terms))
    return _Paragraph(found, topics_found, moments, tuple(_date_parts(paragraph)))


def _word_reasons(words: _Words, places: Iterable[Place], message: str) -> list[Reason]:
    """A reason per distinct word (the first few), pointing at its first place."""
    reasons: dict[str, Reason] = {}
    for place in places:
        quoted = words.quote(place)
        key = quoted.lower()
        if key not in reasons and len(reasons) < MAX_WORD_REASONS:
            reasons[key] = Reason(message.format(word=quoted), place.start, place.end)
    return list(reasons.values())


def _term_places(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    if not terms:
        return []
    # The matcher the policy-area rules use: inflected and in compounds, via RE2.
    from assistant.rules.code.policy_area import term_matcher

    return [(m.start, m.end) for m in term_matcher(terms).find(text)]


# ---------------------------------------------------------------------------
# The criteria


@dataclass
class _Evidence:
    level: Level = Level.LAAG
    reasons: list[Reason] = field(default_factory=list)

    def add(self, level: Level, reason: Reason) -> None:
        self.level = highest((self.level, level))
        self.reasons.append(reason)


def _from_findings(findings: list[Finding]) -> dict[str, _Evidence]:
    """Each finding as evidence for the criteria its category speaks to."""
    data = weighing_data()
    evidence = {cid: _Evidence() for cid in CRITERIA}
    for finding in findings:
        mapped = data.findings.get(finding.category)
        if mapped is None:
            continue
        criteria, levels = mapped
        level = levels[finding.severity]
        if level is Level.LAAG:
            continue
        for cid in criteria:
            evidence[cid].add(level, Reason(finding.message, finding.start, finding.end))
    return evidence


def counted(findings: list[Finding]) -> list[Finding]:
    """The findings that are evidence of harm at all (not language or length)."""
    mapped = weighing_data().findings
    return [f for f in findings if f.category in mapped and f.severity is not Severity.TIP]


def weigh(text: str, findings: list[Finding], ctx: CheckContext, engine: Engine | None = None,
          parameters: Parameters | None = None) -> Reading:
    """The reading of ``text`` as checked in ``ctx`` with ``findings`` (the
    engine's, and the writer's ignored ones left out). ``engine`` supplies the
    word classes of the check and the configuration's weighing; without one the
    built-in classes and weights apply."""
    if parameters is None:
        parameters = engine_parameters(engine)
    if engine is not None:
        classes = engine.classes_for(ctx)
    else:
        from assistant.engine import Engine as _Engine

        classes = _Engine.class_set((), ctx.identity, ctx.department)
    data = weighing_data()
    words = _Words(text, classes, parameters.sensitive_topics)
    evidence = _from_findings(findings)
    opinion_sentences = words.sentences(data.opinion_classes)
    opinion_findings = [f for f in counted(findings)
                        if "wijze" in data.findings[f.category][0]
                        or "afstand" in data.findings[f.category][0]]

    _distance(evidence["afstand"], words, ctx, opinion_sentences, opinion_findings)
    _sensitivity(evidence["politieke_gevoeligheid"], words, opinion_sentences)
    _partisan(evidence["politieke_gevoeligheid"], evidence["wijze"], words)
    _moment(evidence["moment"], words, ctx, evidence["politieke_gevoeligheid"].level)
    _manner(evidence["wijze"], ctx, bool(words.topics())
            or evidence["politieke_gevoeligheid"].level is Level.HOOG)
    _seriousness(evidence["ernst"], findings, ctx)

    criteria = tuple(make_criterion(cid, evidence[cid].level, _distinct(evidence[cid].reasons))
                     for cid in CRITERIA)
    level, because = _whole(criteria, parameters)
    return Reading(level, criteria, because)


def engine_parameters(engine: Engine | None) -> Parameters:
    if engine is None:
        return Parameters()
    weighing = engine.settings.weighing
    return Parameters(weighing.weights, weighing.thresholds, weighing.sensitive_topics)


def _distinct(reasons: list[Reason]) -> tuple[Reason, ...]:
    return tuple(dict.fromkeys(reasons))


def _distance(ev: _Evidence, words: _Words, ctx: CheckContext, opinion_sentences: set[int],
              opinion_findings: list[Finding]) -> None:
    """How close the subject lies to the writer's own work: their policy terms and
    organisation in the draft, and whether a sentence that names them judges."""
    own = words.places("eigen_beleid") + words.places("eigen_organisatie")
    judged = [p for p in own if p.sentence in opinion_sentences]
    if judged:
        ev.add(Level.HOOG, Reason(_("Je oordeelt over je eigen werk: {words}.").format(
            words=", ".join(dict.fromkeys(f"“{words.quote(p)}”" for p in judged))),
            judged[0].start, judged[0].end))
    if ctx.profile.in_office:
        if opinion_findings:
            first = opinion_findings[0]
            ev.add(Level.HOOG, Reason(
                _("In functie spreek je namens je organisatie: een oordeel of mening raakt "
                  "direct je eigen werk."), first.start, first.end))
        elif own:
            ev.reasons.extend(_word_reasons(words, own, _(
                "Je schrijft in functie over je eigen werk (“{word}”); dat hoort bij je taak.")))
        return
    inside = words.paired(weighing_data().self_pairs)
    judged = [p for p in inside if p.sentence in opinion_sentences]
    if judged:
        ev.add(Level.HOOG, Reason(_("Je zegt waar je werkt en oordeelt in dezelfde zin."),
                                  judged[0].start, judged[0].end))
    if inside:
        ev.level = highest((ev.level, Level.MIDDEL))
        ev.reasons.extend(_word_reasons(words, inside, _(
            "“{word}”: je zegt dat je bij de overheid werkt, dus lezers lezen je als "
            "ingewijde.")))
    if own:
        ev.level = highest((ev.level, Level.MIDDEL))
        ev.reasons.extend(_word_reasons(words, own, _(
            "“{word}” hoort bij je eigen werk: lezers zien je als ingewijde.")))
    elif inside:
        return
    elif ctx.identity.function or ctx.department.policy_terms or ctx.department.name:
        if opinion_findings or opinion_sentences:
            ev.reasons.append(Reason(_(
                "Het onderwerp ligt ver van je eigen werk: je spreekt als iedere burger.")))
    else:
        ev.reasons.append(Reason(_(
            "Je functie en beleidsterrein zijn niet ingesteld; de afstand is niet te bepalen.")))


def _sensitivity(ev: _Evidence, words: _Words, opinion_sentences: set) -> None:
    """Politicians, parties, the Kamer and cabinet, and sensitive topics; a
    verdict in the same sentence makes it hoog."""
    actors = words.places(weighing_data().political_class)
    topics = words.topics()
    judged = [p for p in actors + topics if p.sentence in opinion_sentences]
    if judged:
        ev.add(Level.HOOG, Reason(_("Een oordeel over {words}.").format(
            words=", ".join(dict.fromkeys(f"“{words.quote(p)}”" for p in judged))),
            judged[0].start, judged[0].end))
    if actors or topics:
        ev.level = highest((ev.level, Level.MIDDEL))
        ev.reasons.extend(_word_reasons(words, actors, _("“{word}” is politiek.")))
        ev.reasons.extend(_word_reasons(words, topics, _(
            "“{word}” is een politiek gevoelig onderwerp.")))


def _moment(ev: _Evidence, words: _Words, ctx: CheckContext, sensitivity: Level) -> None:
    """Configured periods that last today (their terms are the timing rule's
    findings), and moments such as elections named in the draft."""
    for period in ctx.sensitive_periods:
        if period.includes(ctx.today) and sensitivity is not Level.LAAG:
            ev.add(Level.MIDDEL, Reason(_(
                "Je schrijft tijdens {period} (tot en met {end}) over een politiek onderwerp.")
                .format(period=period.name, end=period.end.strftime("%d-%m-%Y"))))
    for reason in _word_reasons(words, words.moments(), _("“{word}”: een gevoelig moment.")):
        ev.add(Level.MIDDEL, reason)
    for start, end, day in words.dates(ctx.today):
        for period in ctx.sensitive_periods:
            if period.includes(day):
                ev.add(Level.MIDDEL, Reason(_("“{date}” valt in {period}.").format(
                    date=words.text[start:end], period=period.name), start, end))


_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
_DATE = re.compile(
    r"(?<![\d-])(?=\d)(?:(?P<iso_y>\d{4})-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})"
    r"|(?P<d>\d{1,2})[-/](?P<m>\d{1,2})[-/](?P<y>\d{4})"
    r"|(?P<wd>\d{1,2})\s+(?P<month>" + "|".join(_MONTHS) + r")(?![^\W\d_])"
    r"(?:\s+(?P<wy>\d{4}))?)(?![\d-])",
    re.IGNORECASE)


def _date_parts(text: str):
    """(start, end, year or None, month, day) of the dates written in a text."""
    for m in _DATE.finditer(text):
        if m.group("iso_y"):
            parts = (m.group("iso_y"), m.group("iso_m"), m.group("iso_d"))
        elif m.group("y"):
            parts = (m.group("y"), m.group("m"), m.group("d"))
        else:
            parts = (m.group("wy"), _MONTHS.index(m.group("month").lower()) + 1, m.group("wd"))
        year, month, day = (int(p) if p else None for p in parts)
        yield m.start(), m.end(), year, month, day


def _partisan(sensitivity: _Evidence, manner: _Evidence, words: _Words) -> None:
    """A call to vote for or against a party or politician takes sides."""
    for reason in _word_reasons(words, words.paired(weighing_data().partisan_pairs), _(
            "“{word}” naast een partij of politicus: je kiest partij in een verkiezing.")):
        sensitivity.add(Level.HOOG, reason)
        manner.add(Level.MIDDEL, reason)


def _manner(ev: _Evidence, ctx: CheckContext, sensitive_subject: bool) -> None:
    """Tone, partisanship and role mixing come from the findings; reach raises
    it. Choosing a medium of wide reach for a politically sensitive subject (a
    sensitive topic, or a verdict on politics) is itself part of the manner: the
    court said so of a tweet about IS (Rechtbank Den Haag 15 augustus 2017,
    ECLI:NL:RBDHA:2017:9522). Naming a minister is no such subject."""
    reach = weighing_data().reach.get(ctx.platform.kind, Level.MIDDEL)
    if reach is Level.HOOG and sensitive_subject and ev.level is Level.LAAG:
        ev.add(Level.MIDDEL, Reason(_(
            "Een politiek gevoelig onderwerp op {platform}: een groot publiek leest en deelt "
            "mee.").format(platform=ctx.platform.label)))
    elif ev.level is Level.MIDDEL and reach is Level.HOOG:
        ev.add(Level.HOOG, Reason(_("Op {platform} leest en deelt een groot publiek mee.").format(
            platform=ctx.platform.label)))


def _seriousness(ev: _Evidence, findings: list[Finding], ctx: CheckContext) -> None:
    """How many findings, how severe, and whether the post can be taken back."""
    data = weighing_data()
    ev.level, ev.reasons = Level.LAAG, []
    found = counted(findings)
    fouten = sum(f.severity is Severity.FOUT for f in found)
    if not found:
        return
    if fouten >= data.ernst["hoog_fouten"] or len(found) >= data.ernst["hoog_findings"]:
        level = Level.HOOG
    elif len(found) >= data.ernst["middel_findings"]:
        level = Level.MIDDEL
    else:
        level = Level.LAAG
    warnings = len(found) - fouten
    ev.add(level, Reason(_("Opmerkingen over de Uitgangspunten: {fouten}, {warnings}.").format(
        fouten=(_("{n} fout") if fouten == 1 else _("{n} fouten")).format(n=fouten),
        warnings=(_("{n} waarschuwing") if warnings == 1 else _("{n} waarschuwingen")).format(
            n=warnings))))
    if data.reach.get(ctx.platform.kind) is Level.HOOG:
        ev.reasons.append(Reason(_(
            "Op {platform} is een bericht snel gedeeld en vastgelegd: verwijderen maakt het "
            "niet ongedaan.").format(platform=ctx.platform.label)))


def _whole(criteria: tuple[Criterion, ...], parameters: Parameters) -> tuple[Level, str]:
    """The highest level the criteria justify: a level holds when the weights of
    the criteria at that level or above reach its threshold, or when one
    criterion that counts is hoog and that alone justifies the level."""
    one_high = weighing_data().one_high
    for level in (Level.HOOG, Level.MIDDEL):
        carrying = [c for c in criteria if c.level.rank >= level.rank]
        if sum(parameters.weight(c.id) for c in carrying) >= parameters.threshold(level):
            return level, _("{level}: {criteria} halen samen de drempel van {threshold}.").format(
                level=level.label, criteria=", ".join(c.title.lower() for c in carrying),
                threshold=parameters.threshold(level))
        high = [c for c in criteria if c.level is Level.HOOG and parameters.weight(c.id)]
        if high and one_high.rank >= level.rank:
            return level, _("{level}: {criterion} is hoog.").format(
                level=level.label, criterion=high[0].title.lower())
    return Level.LAAG, _("laag: de criteria halen samen de drempel van {threshold} niet.").format(
        threshold=parameters.threshold(Level.MIDDEL))
