"""Runs one built-in rule file's code rules the way the engine does, so these
tests do not depend on the other rule files."""

from __future__ import annotations

from datetime import date

from assistant.context import CheckContext
from assistant.engine import load_rule_file, make_finding
from assistant.findings import Finding, sort_findings
from assistant.platforms import get_platform
from assistant.profiles import get_profile
from assistant.resources import resource_path
from assistant.rules import code as code_rules
from assistant.settings import Department, Identity, SensitivePeriod
from assistant.text import Document

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
    code_rules.load_all()
    ctx = CheckContext(get_profile(profile), get_platform(platform), identity, department,
                       periods, today)
    doc = Document(text)
    findings = []
    for spec in load_rule_file(resource_path("rules", rule_file)):
        assert spec.type == "code" and spec.check in code_rules.CODE_CHECKS, spec.id
        if not spec.applies_to(ctx.profile.id, ctx.platform.id, ctx.platform.kind):
            continue
        for hit in code_rules.CODE_CHECKS[spec.check](spec, doc, ctx):
            findings.append(make_finding(spec, hit.start, hit.end, hit.message or spec.message,
                                         hit.values, hit.fix))
    return sort_findings(findings)
