"""The effective configuration as plain data: who writes, for which department,
with which extra rules. Loading and layering live in ``assistant.config``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

# For the annotations only: the settings are plain data, and the window imports
# them before the rules and word classes have any work to do.
if TYPE_CHECKING:
    from assistant.nlp.classes import ClassSpec
    from assistant.rules.spec import RuleSpec


@dataclass(frozen=True)
class Identity:
    name: str = ""
    function: str = ""
    department: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.name and self.function and self.department)

    def signature(self) -> str:
        """The line that makes the author recognisable (stelregel 1)."""
        return ", ".join(part for part in (self.name, self.function, self.department) if part)


@dataclass(frozen=True)
class Department:
    name: str = ""
    short_names: tuple[str, ...] = ()
    policy_terms: tuple[str, ...] = ()
    # Terms the spelling checker must accept (project names, abbreviations).
    accepted_terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class SensitivePeriod:
    name: str
    start: date
    end: date
    terms: tuple[str, ...] = ()

    def includes(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str
    profiles: tuple[str, ...] = ("prive", "functie")
    platforms: tuple[str, ...] = ()
    source: str = ""
    origin: str = "builtin"
    # What to do when the honest answer is no (e.g. talk to a colleague or manager).
    advice: str = ""
    # text and advice in other languages: "text_en", "advice_en".
    translations: tuple[tuple[str, str], ...] = ()

    def applies_to(self, profile_id: str, platform_id: str, platform_kind: str) -> bool:
        if profile_id not in self.profiles:
            return False
        return not self.platforms or platform_id in self.platforms or platform_kind in self.platforms


@dataclass(frozen=True)
class LanguageToolSettings:
    # A local LanguageTool directory, or an intranet server URL; never the public API.
    path: str = ""
    url: str = ""
    enabled: bool = True


@dataclass(frozen=True)
class WeighingSettings:
    """How the functioneringsnorm is weighed (assistant.weighing): a weight per
    criterion and a threshold per level, empty for the built-in ones, and the
    department's own politically sensitive topics."""

    weights: dict[str, int] = field(default_factory=dict)
    thresholds: dict[str, int] = field(default_factory=dict)
    sensitive_topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConfigProblem:
    """A configuration file (or part of one) that could not be used."""

    file: str
    line: int | None
    key: str | None
    message: str
    # The layer the file belongs to ("department", "user", "commandline"); see assistant.config.
    layer: str = ""

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        return f"{where}: {self.key + ': ' if self.key else ''}{self.message}"


@dataclass(frozen=True)
class Settings:
    identity: Identity = field(default_factory=Identity)
    department: Department = field(default_factory=Department)
    sensitive_periods: tuple[SensitivePeriod, ...] = ()
    checklist: tuple[ChecklistItem, ...] = ()
    rules: tuple[RuleSpec, ...] = ()
    # Word classes the configuration adds or extends ([classes.NAME]).
    classes: tuple[ClassSpec, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    languagetool: LanguageToolSettings = field(default_factory=LanguageToolSettings)
    weighing: WeighingSettings = field(default_factory=WeighingSettings)
    ui_language: str = "nl"
    default_profile: str = "prive"
    default_platform: str = "blog"
    # Dotted key -> layer name ("builtin", "department", "user", "commandline").
    origins: dict[str, str] = field(default_factory=dict)
    # Keys, tables and arrays as the department's [lock] names them; ask
    # assistant.config.is_locked whether one key is covered.
    locked: frozenset[str] = frozenset()
    problems: tuple[ConfigProblem, ...] = ()
