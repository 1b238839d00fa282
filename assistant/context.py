"""Everything a rule may look at besides the text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from assistant.platforms import Platform
from assistant.profiles import Profile
from assistant.settings import Department, Identity, SensitivePeriod


@dataclass(frozen=True)
class CheckContext:
    profile: Profile
    platform: Platform
    identity: Identity = field(default_factory=Identity)
    department: Department = field(default_factory=Department)
    sensitive_periods: tuple[SensitivePeriod, ...] = ()
    today: date = field(default_factory=date.today)
