"""A rule's own examples: texts it must flag (``fires``) and near misses it must
leave alone (``quiet``).

Each example is checked against that one rule alone, through the same
``Engine.run_rule`` the full check uses, so a rule type added later is covered
without changes here, and neither another rule on the same words nor the merging
of overlapping findings can hide a miss.

Examples run for the rule's first profile, on the first platform it names (a
kind such as ``microblog`` stands for the general platform of that kind), and
with a fixed example writer, so that code rules that look at the author, her
department or its sensitive periods can be exampled too. docs/rule-format.md
describes this writer; examples of such rules are written for her.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from assistant.context import CheckContext
from assistant.engine import Engine
from assistant.i18n import _
from assistant.nlp.classes import ClassSpec
from assistant.platforms import PLATFORMS, Platform
from assistant.profiles import get_profile
from assistant.rules.spec import PROFILE_IDS, RuleSpec
from assistant.settings import Department, Identity, SensitivePeriod, Settings
from assistant.text import Document

EXAMPLE_IDENTITY = Identity("Sanne de Vries", "beleidsmedewerker",
                            "Ministerie van Infrastructuur en Waterstaat")
EXAMPLE_DEPARTMENT = Department(
    name="Ministerie van Infrastructuur en Waterstaat",
    short_names=("IenW", "Rijkswaterstaat"),
    policy_terms=("dijkversterking", "sluis", "A27"),
)
EXAMPLE_DAY = date(2026, 6, 1)
EXAMPLE_PERIODS = (
    SensitivePeriod("Formatieperiode", date(2026, 1, 1), date(2026, 12, 31),
                    ("formatie", "informateur", "coalitieakkoord")),
)
# A rule for every platform is tried on a general microblog: its length limit
# is the strictest, so a length rule can be exampled as well as any other.
DEFAULT_PLATFORM = "microblog"


@dataclass(frozen=True)
class ExampleFailure:
    """An example the rule does not honour."""

    rule_id: str
    key: str  # "fires" or "quiet"
    index: int  # the example's place in that list, from 0
    text: str
    # What the rule flagged; empty for a fires example it missed.
    flagged: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        if self.key == "fires":
            return _("De regel moet dit voorbeeld melden, maar meldt niets: “{text}”.").format(
                text=self.text)
        return _("De regel moet dit voorbeeld met rust laten, maar meldt {flagged}: "
                 "“{text}”.").format(flagged=", ".join(f"“{part}”" for part in self.flagged),
                                     text=self.text)


def example_platform(spec: RuleSpec) -> Platform:
    for name in spec.platforms or (DEFAULT_PLATFORM,):
        if name in PLATFORMS:
            return PLATFORMS[name]
        of_kind = [platform for platform in PLATFORMS.values() if platform.kind == name]
        if of_kind:
            return of_kind[0]
    # An unknown platform name is the configuration's to report.
    return PLATFORMS[DEFAULT_PLATFORM]


def example_context(spec: RuleSpec) -> CheckContext:
    return CheckContext(
        profile=get_profile((spec.profiles or PROFILE_IDS)[0]),
        platform=example_platform(spec),
        identity=EXAMPLE_IDENTITY,
        department=EXAMPLE_DEPARTMENT,
        sensitive_periods=EXAMPLE_PERIODS,
        today=EXAMPLE_DAY,
    )


def check_examples(spec: RuleSpec, classes: tuple[ClassSpec, ...] = ()) -> list[ExampleFailure]:
    """The rule's examples that fail: a ``fires`` text it does not flag, a
    ``quiet`` text it does. ``classes``: the word classes of the rule's own
    configuration file. Raises RuleSpecError for a rule that does not compile."""
    if not (spec.fires or spec.quiet):
        return []
    # An engine whose rule of this id is this spec, even when it replaces a built-in one.
    engine = Engine(Settings(rules=(spec,), classes=classes))
    ctx = example_context(spec)
    failures = []
    for key, texts in (("fires", spec.fires), ("quiet", spec.quiet)):
        for index, text in enumerate(texts):
            found = engine.run_rule(spec, Document(text), ctx)
            if bool(found) != (key == "fires"):
                failures.append(ExampleFailure(spec.id, key, index, text,
                                               tuple(text[f.start:f.end] for f in found)))
    return failures
