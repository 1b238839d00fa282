"""The functioneringsnorm weighed: the six criteria of stelregel 2 ("Waar ligt de
grens?") read from a draft and its findings, each as laag, middel or hoog with
the words or facts that moved it, and one reading of the whole.

The reading is never a score. Each criterion takes the highest level its
evidence gives (a finding of a category, a politician named beside a verdict,
a configured period that lasts today); the reading of the whole is the highest
level that enough criteria reach, where "enough" is a threshold on the sum of
their weights. Weights, thresholds, topics and the mapping from findings to
criteria are data (``resources/weighing.toml``); a department adjusts weights
and thresholds and adds topics under ``[weighing]``.

``weigh`` runs after every check in the window: it reuses the word classes the
engine built for the check and looks each class up once per word type.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Mapping

from assistant.context import CheckContext
from assistant.findings import Finding, Severity
from assistant.i18n import _
from assistant.nlp.analysis import Analysis
from assistant.nlp.classes import MIN_COMPOUND_PART, ClassSet, WordClass
from assistant.resources import resource_path

if TYPE_CHECKING:
    from assistant.engine import Engine

# The guideline's order.
CRITERIA = ("afstand", "politieke_gevoeligheid", "moment", "wijze", "voorzienbaarheid", "ernst")
SOURCE_TITLE = "Stelregel 2, Waar ligt de grens?"
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

    def raised(self) -> "Level":
        return LEVELS[min(self.rank + 1, len(LEVELS) - 1)]


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
        phrases = [_(data.criteria[c.id][c.level.value]) for c in raised]
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
    moment_terms: tuple[str, ...]
    sensitive_topics: tuple[str, ...]


_SEVERITY_LEVEL = {Severity.FOUT: Level.HOOG, Severity.WAARSCHUWING: Level.MIDDEL,
                   Severity.TIP: Level.LAAG}


@lru_cache(maxsize=1)
def weighing_data() -> WeighingData:
    with open(resource_path("weighing.toml"), "rb") as fh:
        raw = tomllib.load(fh)
    findings = {}
    for category, table in raw["findings"].items():
        levels = {s: Level(table.get(s.value, _SEVERITY_LEVEL[s].value)) for s in Severity}
        findings[category] = (tuple(table["criteria"]), levels)
    return WeighingData(
        thresholds=raw["reading"], weights=raw["weights"], criteria=raw["criteria"],
        findings=findings, reach={k: Level(v) for k, v in raw["reach"].items()},
        ernst=raw["ernst"], opinion_classes=tuple(raw["opinion"]["classes"]),
        moment_terms=tuple(raw["moment"]["terms"]),
        sensitive_topics=tuple(raw["sensitive"]["topics"]))


def make_criterion(criterion_id: str, level: Level, reasons: Iterable[Reason]) -> Criterion:
    info = weighing_data().criteria[criterion_id]
    source = _("{title}: “{passage}”").format(title=_(SOURCE_TITLE), passage=_(info["passage"]))
    return Criterion(criterion_id, level, tuple(reasons), _(info["title"]), source)


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


class _Words:
    """Where the word classes a criterion asks about stand in the draft, looked
    up once per class and word type."""

    def __init__(self, text: str, classes: ClassSet):
        self.text = text
        self.analysis = Analysis(text)
        self.classes = classes
        self._found: dict[str, list[tuple[int, int]]] = {}

    def places(self, name: str) -> list[tuple[int, int]]:
        """(first token, number of tokens) of every match of class ``name``."""
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = (
                _class_places(self.analysis, self.classes.get(name))
                if name in self.classes else [])
        return found

    def span(self, place: tuple[int, int]) -> tuple[int, int]:
        tokens = self.analysis.tokens
        return tokens[place[0]].start, tokens[place[0] + place[1] - 1].end

    def sentence(self, place: tuple[int, int]) -> int:
        analysis = self.analysis
        return analysis.clauses[analysis.tokens[place[0]].clause].sentence

    def sentences(self, names: Iterable[str]) -> set[int]:
        return {self.sentence(p) for name in names for p in self.places(name)}

    def quote(self, place: tuple[int, int]) -> str:
        start, end = self.span(place)
        return self.text[start:end]


def _class_places(analysis: Analysis, word_class: WordClass) -> list[tuple[int, int]]:
    # The class's own words among the draft's word types, and longer words for
    # compounds: the same look-up the construction rules make.
    tokens = analysis.tokens
    types = analysis.types_of_words(word_class.words | word_class.phrases.keys())
    types += analysis.hyphenated_types
    if word_class.heads or word_class.modifiers:
        types += analysis.long_types(2 * MIN_COMPOUND_PART)
    found: dict[int, int] = {}
    for lower, lem in dict.fromkeys(types):
        positions = analysis.types[(lower, lem)]
        if lower in word_class.phrases or lem in word_class.phrases:
            for i in positions:
                if n := word_class.match_at(tokens, i, len(tokens)):
                    found[i] = n
        elif word_class.has(lower, lem):
            found.update(dict.fromkeys(positions, 1))
    return sorted(found.items())


def _word_reasons(words: _Words, places: Iterable[tuple[int, int]], message: str) -> list[Reason]:
    """A reason per distinct word (the first few), pointing at its first place."""
    reasons: dict[str, Reason] = {}
    for place in places:
        quoted = words.quote(place)
        key = quoted.lower()
        if key not in reasons and len(reasons) < MAX_WORD_REASONS:
            start, end = words.span(place)
            reasons[key] = Reason(message.format(word=quoted), start, end)
    return list(reasons.values())


def _term_places(text: str, terms: tuple[str, ...]) -> list[tuple[int, int, str]]:
    if not terms:
        return []
    # The matcher the policy-area rules use: inflected and in compounds, via RE2.
    from assistant.rules.code.policy_area import term_matcher

    return [(m.start, m.end, text[m.start:m.end]) for m in term_matcher(terms).find(text)]


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
    words = _Words(text, classes)
    evidence = _from_findings(findings)
    opinion_sentences = words.sentences(data.opinion_classes)
    opinion_findings = [f for f in counted(findings)
                        if "wijze" in data.findings[f.category][0]
                        or "afstand" in data.findings[f.category][0]]

    _distance(evidence["afstand"], words, ctx, opinion_sentences, opinion_findings)
    _sensitivity(evidence["politieke_gevoeligheid"], words, parameters, opinion_sentences)
    _moment(evidence["moment"], words, ctx, evidence["politieke_gevoeligheid"].level)
    _manner(evidence["wijze"], ctx)
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
    judged = [p for p in own if words.sentence(p) in opinion_sentences]
    if judged:
        ev.add(Level.HOOG, Reason(_("Je oordeelt over je eigen werk: {words}.").format(
            words=", ".join(dict.fromkeys(f"“{words.quote(p)}”" for p in judged))),
            *words.span(judged[0])))
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
    if own:
        ev.level = highest((ev.level, Level.MIDDEL))
        ev.reasons.extend(_word_reasons(words, own, _(
            "“{word}” hoort bij je eigen werk: lezers zien je als ingewijde.")))
    elif ctx.identity.function or ctx.department.policy_terms or ctx.department.name:
        if opinion_findings or opinion_sentences:
            ev.reasons.append(Reason(_(
                "Het onderwerp ligt ver van je eigen werk: je spreekt als iedere burger.")))
    else:
        ev.reasons.append(Reason(_(
            "Je functie en beleidsterrein zijn niet ingesteld; de afstand is niet te bepalen.")))


def _sensitivity(ev: _Evidence, words: _Words, parameters: Parameters,
                 opinion_sentences: set[int]) -> None:
    """Politicians, parties, the Kamer and cabinet, and sensitive topics; a
    verdict in the same sentence makes it hoog."""
    data = weighing_data()
    actors = words.places("politiek_actor")
    topics = _term_places(words.text, tuple(dict.fromkeys(
        data.sensitive_topics + parameters.sensitive_topics)))
    judged = [p for p in actors if words.sentence(p) in opinion_sentences]
    judged_topics = [t for t in topics
                     if _sentence_at(words, t[0]) in opinion_sentences]
    if judged or judged_topics:
        start, end = (words.span(judged[0]) if judged else judged_topics[0][:2])
        named = [words.quote(p) for p in judged] + [t[2] for t in judged_topics]
        ev.add(Level.HOOG, Reason(_("Een oordeel over {words}.").format(
            words=", ".join(dict.fromkeys(f"“{w}”" for w in named))), start, end))
    if actors or topics:
        ev.level = highest((ev.level, Level.MIDDEL))
        ev.reasons.extend(_word_reasons(words, actors, _("“{word}” is politiek.")))
        for start, end, found in topics[:MAX_WORD_REASONS]:
            ev.reasons.append(Reason(_("“{word}” is een politiek gevoelig onderwerp.").format(
                word=found), start, end))


def _sentence_at(words: _Words, offset: int) -> int | None:
    first, last = words.analysis.token_range(offset, offset + 1)
    if first >= len(words.analysis.tokens):
        return None
    return words.sentence((first, 1))


def _moment(ev: _Evidence, words: _Words, ctx: CheckContext, sensitivity: Level) -> None:
    """Configured periods that last today (their terms are the timing rule's
    findings), and moments such as elections named in the draft."""
    data = weighing_data()
    for period in ctx.sensitive_periods:
        if period.includes(ctx.today) and sensitivity is not Level.LAAG:
            ev.add(Level.MIDDEL, Reason(_(
                "Je schrijft tijdens {period} (tot en met {end}) over een politiek onderwerp.")
                .format(period=period.name, end=period.end.strftime("%d-%m-%Y"))))
    for start, end, found in _term_places(words.text, data.moment_terms)[:MAX_WORD_REASONS]:
        ev.add(Level.MIDDEL, Reason(_("“{word}”: een gevoelig moment.").format(word=found),
                                    start, end))
    for start, end, day in dates_in(words.text, ctx.today):
        for period in ctx.sensitive_periods:
            if period.includes(day):
                ev.add(Level.MIDDEL, Reason(_("“{date}” valt in {period}.").format(
                    date=words.text[start:end], period=period.name), start, end))


_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
_DATE = re.compile(
    r"(?<![\d-])(?:(?P<iso_y>\d{4})-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})"
    r"|(?P<d>\d{1,2})[-/](?P<m>\d{1,2})[-/](?P<y>\d{4})"
    r"|(?P<wd>\d{1,2})\s+(?P<month>" + "|".join(_MONTHS) + r")(?:\s+(?P<wy>\d{4}))?)(?![\d-])",
    re.IGNORECASE)


def dates_in(text: str, today: date) -> list[tuple[int, int, date]]:
    """Dates written in the draft (2027-03-12, 12-03-2027, 12 maart [2027]); a
    date without a year is in the year of ``today``."""
    found = []
    for m in _DATE.finditer(text):
        if m.group("iso_y"):
            parts = (m.group("iso_y"), m.group("iso_m"), m.group("iso_d"))
        elif m.group("y"):
            parts = (m.group("y"), m.group("m"), m.group("d"))
        else:
            parts = (m.group("wy") or today.year, _MONTHS.index(m.group("month").lower()) + 1,
                     m.group("wd"))
        try:
            found.append((m.start(), m.end(), date(*map(int, parts))))
        except ValueError:
            continue  # 31 februari: no date
    return found


def _manner(ev: _Evidence, ctx: CheckContext) -> None:
    """Tone, partisanship and role mixing come from the findings; reach raises it."""
    reach = weighing_data().reach.get(ctx.platform.kind, Level.MIDDEL)
    if ev.level is Level.MIDDEL and reach is Level.HOOG:
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
    the criteria at that level or above reach its threshold."""
    for level in (Level.HOOG, Level.MIDDEL):
        carrying = [c for c in criteria if c.level.rank >= level.rank]
        if sum(parameters.weight(c.id) for c in carrying) >= parameters.threshold(level):
            return level, _("{level}: {criteria} halen samen de drempel van {threshold}.").format(
                level=level.label, criteria=", ".join(c.title.lower() for c in carrying),
                threshold=parameters.threshold(level))
    return Level.LAAG, _("laag: de criteria halen samen de drempel van {threshold} niet.").format(
        threshold=parameters.threshold(Level.MIDDEL))
