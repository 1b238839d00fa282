"""The guideline engine: one object that checks a draft for a profile and platform.

The same engine serves the window, the command line and the logbook.
"""

from __future__ import annotations

import bisect
import tomllib
from dataclasses import replace
from datetime import date
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path

from assistant.cache import cached
from assistant.context import CheckContext
from assistant.findings import Finding, Fix, Severity, sort_findings
from assistant.i18n import _
from assistant.platforms import Platform, get_platform
from assistant.profiles import Profile, get_profile
from assistant.resources import resource_path
from assistant.nlp.classes import ClassSet, ClassSpec, builtin_set
from assistant.rules import code as code_rules
from assistant.rules.code import identification, policy_area
from assistant.rules.constructions import (
    CompiledConstruction, Guards, base_needs, parse_construction, remember_constructions,
    remember_needs)
from assistant.rules.literals import remember_literals, required_literals
from assistant.rules.matchers import CompiledRule
from assistant.rules.spec import RuleSpec, RuleSpecError, parse_rule
from assistant.settings import Department, Identity, Settings
from assistant.sources import cite, guideline_sources
from assistant.text import Document


def load_rule_file(path: Path) -> list[RuleSpec]:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    specs = []
    for index, table in enumerate(data.get("rules", [])):
        try:
            specs.append(parse_rule(table))
        except RuleSpecError as exc:
            raise RuleSpecError(f"{path.name}, regel {index + 1}: {exc}", exc.key) from None
    return specs


# The code that reads the rule files besides the files themselves: a change to
# it makes a new cache entry.
_RULE_READERS = ("engine.py", "findings.py", "rules/spec.py", "rules/literals.py",
                 "rules/constructions.py")


@lru_cache(maxsize=1)
def builtin_rules() -> tuple[RuleSpec, ...]:
    """The rules that ship with the program, read from the cache when their
    files have not changed since a run before."""
    files = sorted(resource_path("rules").glob("*.toml"))
    here = Path(__file__).parent
    specs, literals, constructions = cached(
        "rules", [*files, *(here / name for name in _RULE_READERS)],
        lambda: _read_builtin_rules(files))
    remember_literals(literals)
    remember_constructions(constructions)
    classes = sorted(resource_path("classes").glob("*.toml"))
    remember_needs(cached(
        "construction-needs",
        [*files, *classes, *(here / name for name in (*_RULE_READERS, "nlp/classes.py"))],
        lambda: base_needs(constructions)))
    return specs


def _read_builtin_rules(files: list[Path]) -> tuple[tuple[RuleSpec, ...], dict, dict]:
    specs = tuple(replace(spec, builtin=True) for path in files for spec in load_rule_file(path))
    patterns = {p for spec in specs
                for p in (*spec.patterns, *spec.context_patterns, *spec.unless_patterns)}
    texts = {c for spec in specs
             for c in (*spec.constructions, *spec.unless_slots, *spec.unless_text_slots)}
    return (specs, {p: required_literals(p) for p in patterns},
            {c: parse_construction(c) for c in texts})


# Compiling is the slow part of building an Engine, and the same rules come by
# again: the configuration compiles a department's rules to validate them, and
# the window builds a new Engine whenever the settings change. RuleSpec holds
# dicts, so it is not hashable; its repr names every field.
_compiled: dict[str, CompiledRule | CompiledConstruction | None] = {}


def compile_rule(spec: RuleSpec) -> CompiledRule | CompiledConstruction | None:
    """Compile a data rule; code rules need no compiling but must name a known check."""
    key = repr(spec)
    if key not in _compiled:
        _compiled[key] = _compile(spec)
    return _compiled[key]


def _compile(spec: RuleSpec) -> CompiledRule | CompiledConstruction | None:
    if spec.type == "construction":
        return CompiledConstruction(spec)
    if spec.type == "code":
        code_rules.load_all()
        if spec.check not in code_rules.CODE_CHECKS:
            raise RuleSpecError(
                _("Onbekende controle {value}.").format(value=spec.check), "check")
        return None
    return CompiledRule(spec)

# A draft that repeats one mistake thousands of times (a pasted list, a page of
# numbers) is reported by its first occurrences: a sidebar of ten thousand of the
# same finding helps no one, and matching on after this many keeps such a draft slow.
MAX_FINDINGS_PER_RULE = 200


# How many writers' class sets an engine keeps (see Engine.classes_for).
KEPT_WRITERS = 8


class Engine:
    """The built-in and department rules for one configuration. A rule is
    compiled when a check first needs it, so a command-line run pays only for
    the rules of its own profile and platform."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        code_rules.load_all()
        by_id: dict[str, RuleSpec] = {spec.id: spec for spec in builtin_rules()}
        # A department rule with a built-in id replaces it (to tune or disable it).
        for spec in self.settings.rules:
            by_id[spec.id] = spec
        disabled = set(self.settings.disabled_rules)
        self.rules: list[RuleSpec] = [
            spec for spec in by_id.values() if spec.enabled and spec.id not in disabled]
        reading = {spec.id: spec.category for spec in self.rules
                   if spec.type == "code" and spec.check == "reading"}
        READING_RULES.update(reading)
        # The built-in rules of the categories the learned reading reads: their
        # findings yield where the reading doubts them (see doubted).
        self._doubtable = frozenset(spec.id for spec in self.rules if spec.builtin
                                    and spec.category in reading.values()
                                    and spec.id not in reading)
        self._compiled: dict[str, CompiledRule | CompiledConstruction | None] = {}
        self.classes = self.class_set(self.settings.classes, self.settings.identity,
                                      self.settings.department)
        self._own_classes: dict[tuple[Identity, Department], ClassSet] = {}
        self._guards: dict[tuple[str, bool], Guards | None] = {}
        # A broken department rule or class fails here, where the window can fall
        # back to the built-in rules; validating the configuration already did this.
        self.classes.validate()
        own = {spec.id for spec in self.settings.rules}
        for spec in self.rules:
            if spec.id in own:
                compiled = self.compiled(spec)
                if isinstance(compiled, CompiledConstruction):
                    compiled.check_classes(self.classes)
                if self.guards(spec) is not None:
                    self.guards(spec).check_classes(self.classes)

    @staticmethod
    def class_set(extra: tuple[ClassSpec, ...] = (), identity: Identity = Identity(),
                  department: Department = Department()) -> ClassSet:
        """The built-in classes, those made from the configuration, and a
        configuration's own additions (which may extend the others)."""
        return builtin_set().with_specs(own_classes(identity, department)).with_specs(
            {c.name: c for c in extra})

    def classes_for(self, ctx: CheckContext) -> ClassSet:
        """The word classes with the writer's own organisation and policy terms."""
        key = (ctx.identity, ctx.department)
        found = self._own_classes.pop(key, None)
        if found is None:
            found = self.class_set(self.settings.classes, ctx.identity, ctx.department)
            if len(self._own_classes) >= KEPT_WRITERS:
                del self._own_classes[next(iter(self._own_classes))]
        # Most recently used last: a script that checks for many writers keeps a few.
        self._own_classes[key] = found
        return found

    def guards(self, spec: RuleSpec, anywhere: bool = True) -> Guards | None:
        """The rule's unless_slots and unless_text_slots, for rules of every type;
        without ``anywhere``, only the guards that look at a match's own scope
        (the incremental check decides unless_text_slots for the whole draft)."""
        key = (spec.id, anywhere)
        if key not in self._guards:
            own = spec if anywhere else replace(spec, unless_text_slots=())
            self._guards[key] = Guards(own) if Guards.needed(own) else None
        return self._guards[key]

    def compiled(self, spec: RuleSpec) -> CompiledRule | CompiledConstruction | None:
        if spec.id not in self._compiled:
            self._compiled[spec.id] = compile_rule(spec)
        return self._compiled[spec.id]

    def context(self, profile: Profile | str, platform: Platform | str,
                identity: Identity | None = None, today: date | None = None) -> CheckContext:
        profile = get_profile(profile) if isinstance(profile, str) else profile
        platform = get_platform(platform) if isinstance(platform, str) else platform
        return CheckContext(
            profile=profile,
            platform=platform,
            identity=identity if identity is not None else self.settings.identity,
            department=self.settings.department,
            sensitive_periods=self.settings.sensitive_periods,
            today=today or date.today(),
        )

    def check(self, text: str, profile: Profile | str, platform: Platform | str,
              identity: Identity | None = None, today: date | None = None) -> list[Finding]:
        ctx = self.context(profile, platform, identity, today)
        return self.check_context(text, ctx)

    def check_context(self, text: str, ctx: CheckContext) -> list[Finding]:
        doc = Document(text)
        findings: list[Finding] = []
        for spec in self.rules:
            if spec.applies_to(ctx.profile.id, ctx.platform.id, ctx.platform.kind):
                findings.extend(self.run_rule(spec, doc, ctx))
        return sort_findings(without_overlaps(self.doubted(findings, doc, ctx)))

    def doubted(self, findings: list[Finding], doc: Document,
                ctx: CheckContext) -> list[Finding]:
        """The findings without those of a built-in rule that the learned reading
        of their category doubts (reading.doubts): a wording met in text that
        reads as nothing of the kind. A finding of level ``fout`` (a threat, a
        curse, a leak in so many words) always stays, as does a department's rule:
        the reading never learned its words."""
        if not any(f.rule_id in self._doubtable and f.severity is not Severity.FOUT
                   for f in findings):
            return findings
        from assistant.rules.code import reading

        return [f for f in findings if f.rule_id not in self._doubtable
                or f.severity is Severity.FOUT
                or not reading.doubts(doc, ctx, f.category, f.start, f.end)]

    def run_rule(self, spec: RuleSpec, doc: Document, ctx: CheckContext,
                 anywhere: bool = True) -> list[Finding]:
        """What one rule finds in a draft, whatever its type, before overlapping
        findings are merged. ``spec`` is this engine's rule of that id (compiled
        rules are kept by id). Whether it applies to the profile and platform is
        the caller's to decide; a rule's own examples run through here too.
        Without ``anywhere`` the rule's unless_text_slots are left to the caller."""
        return list(islice(self._findings(spec, doc, ctx, anywhere), MAX_FINDINGS_PER_RULE))

    def _findings(self, spec: RuleSpec, doc: Document, ctx: CheckContext,
                  anywhere: bool) -> Iterator[Finding]:
        compiled = self.compiled(spec)
        guards = self.guards(spec, anywhere)
        if compiled is None:
            yield from (make_finding(spec, hit.start, hit.end, hit.message or spec.text("message"),
                                     hit.values, hit.fix)
                        for hit in code_rules.CODE_CHECKS[spec.check](spec, doc, ctx)
                        if guards is None or not guards.silences(doc, self.classes_for(ctx),
                                                                 hit.start, hit.end))
            return
        if isinstance(compiled, CompiledConstruction):
            matches = compiled.matches(doc, self.classes_for(ctx))
        else:
            matches = compiled.matches(doc)
        for match, replacement in matches:
            if guards is not None and guards.silences(doc, self.classes_for(ctx), match.start,
                                                      match.end):
                continue
            values = {"match": match.text, "replacement": replacement or ""}
            fix = None
            if replacement:
                fix = Fix(match.start, match.end, replacement,
                          spec.text("fix_label") or _("Vervang door “{replacement}”").format(
                              replacement=replacement))
            elif spec.fix is not None:
                new = spec.fix.format(**values)
                fix = Fix(match.start, match.end, new,
                          spec.text("fix_label") or (_("Vervang door “{replacement}”").format(
                              replacement=new) if new else _("Verwijder")))
            yield make_finding(spec, match.start, match.end, spec.text("message"), values, fix)


def own_classes(identity: Identity, department: Department) -> dict[str, ClassSpec]:
    """``@eigen_organisatie``: the writer's ministry by every name, abbreviation and
    agency; ``@eigen_beleid``: the department's policy terms. Empty classes when
    the configuration names none, so rules that use them stay quiet."""
    names = [n for n in identification.department_names(identity, department)
             if "." not in n and "@" not in n]
    ministry = (identification.find_ministry(identity.department)
                or identification.find_ministry(department.name))
    if ministry:
        names.extend(ministry.agencies)
    terms = _entries((*department.policy_terms,
                      *policy_area.function_terms(identity.function)))
    # The writer's own first name is no colleague's ("Peter" in the signature).
    first = identity.name.split()[0].lower() if identity.name.split() else ""
    areas = tuple(dict.fromkeys(policy_area.policy_areas(terms) + policy_area.organisation_areas(
        (identity.department, department.name))))
    # An area's words also start compounds: "stikstof" in "stikstofaanpak".
    compounds = tuple(f"{w}*" for w in policy_area.area_words(areas)
                      if len(w) >= 5 and " " not in w and not w.endswith("*"))
    return {
        "eigen_organisatie": ClassSpec("eigen_organisatie", _entries(names)),
        "eigen_beleid": ClassSpec("eigen_beleid", terms + compounds, include=areas),
        "voornaam": ClassSpec("voornaam", exclude=(first,) if first else ()),
    }


def _entries(names) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(n.lower().split()) for n in names if n.strip()))


# The ids of rules that report the learned reading (check "reading"), as engines
# have loaded them: such a finding yields to a rule's of the same level.
READING_RULES: set[str] = set()


def without_overlaps(findings: list[Finding]) -> list[Finding]:
    """One finding per stretch of text and category: where rules of the same
    category flag overlapping text, the most serious stays, then one of a rule
    that names the wording rather than the learned reading of the passage, then
    the longest; so the author is not told the same thing twice."""
    kept: dict[str, list[tuple[int, int]]] = {}
    result = []
    for finding in sorted(findings, key=lambda f: (-f.severity.rank, f.rule_id in READING_RULES,
                                                   f.start - f.end, f.start)):
        spans = kept.setdefault(finding.category, [])
        i = bisect.bisect_left(spans, (finding.start, finding.end))
        neighbours = spans[max(i - 1, 0):i + 1]
        if any(s < finding.end and finding.start < e for s, e in neighbours):
            continue
        spans.insert(i, (finding.start, finding.end))
        result.append(finding)
    return result


def make_finding(spec: RuleSpec, start: int, end: int, message: str,
                 values: dict[str, str], fix: Fix | None) -> Finding:
    source = guideline_sources().get(spec.source)
    stelregel = spec.stelregel if spec.stelregel is not None else (
        source.stelregel if source else None)
    explanation = "\n\n".join(part for part in (spec.text("explanation"), cite(spec.source)) if part)
    return Finding(
        rule_id=spec.id,
        category=spec.category,
        stelregel=stelregel,
        severity=spec.level,
        start=start,
        end=end,
        message=_safe_format(message, values),
        explanation=explanation,
        source=source.title if source else spec.source,
        fix=fix,
    )


# A match quoted in a message is cut to its start and end beyond this many
# characters: the underline shows the whole of it.
MAX_QUOTED_MATCH = 70


def quoted_match(text: str) -> str:
    """The matched text as a message quotes it: on one line, long ones shortened
    in the middle at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= MAX_QUOTED_MATCH:
        return text
    half = MAX_QUOTED_MATCH // 2
    head, tail = text[:half], text[-half:]
    head = head.rsplit(" ", 1)[0] if " " in head else head
    tail = tail.split(" ", 1)[1] if " " in tail else tail
    return f"{head} … {tail}"


def _safe_format(message: str, values: dict[str, str]) -> str:
    """Fill {placeholders}; a department message with stray braces stays as written."""
    if "match" in values:
        values = {**values, "match": quoted_match(values["match"])}
    try:
        return message.format(**values)
    except (KeyError, IndexError, ValueError):
        return message
