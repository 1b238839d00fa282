"""Runs the engine with the rules of one built-in rule file only, so these tests
do not depend on the other rule files."""

from __future__ import annotations

from datetime import date

from assistant.engine import Engine, builtin_rules, load_rule_file
from assistant.findings import Finding
from assistant.resources import resource_path
from assistant.settings import Department, Identity, SensitivePeriod, Settings

FATIMA = Identity("Fatima Ouali", "communicatieadviseur", "Ministerie van Justitie en Veiligheid")
PIETER = Identity("Pieter Hendriks", "beleidsmedewerker natuurherstel",
                  "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur")
LVVN = Department(
    name="Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
    short_names=("LVVN", "Min. LVVN"),
    policy_terms=("stikstof", "mestbeleid", "natuurherstel", "visserij", "boerenprotest", "NVWA"),
)


def run(rule_file: str, text: str, profile: str = "functie", platform: str = "forum",
        identity: Identity = FATIMA, department: Department = Department(),
        periods: tuple[SensitivePeriod, ...] = (), today: date = date(2026, 6, 1)) -> list[Finding]:
    """Check ``text`` with only the rules of one built-in rule file."""
    own = load_rule_file(resource_path("rules", rule_file))
    own_ids = {spec.id for spec in own}
    others = tuple(spec.id for spec in builtin_rules() if spec.id not in own_ids)
    engine = Engine(Settings(department=department, sensitive_periods=periods,
                             disabled_rules=others))
    return engine.check(text, profile, platform, identity=identity, today=today)
