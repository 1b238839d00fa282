"""The timing criterion: a draft that touches a sensitive period (elections, a
cabinet formation, a budget embargo) the department configured, while it lasts."""

from __future__ import annotations

from typing import Iterator

from assistant.context import CheckContext
from assistant.rules.code import Hit, code_check
from assistant.rules.code.policy_area import term_matcher
from assistant.rules.spec import RuleSpec
from assistant.text import Document


@code_check("sensitive_period")
def check_sensitive_period(spec: RuleSpec, doc: Document, ctx: CheckContext) -> Iterator[Hit]:
    """Each mention of a term of a period that includes ``ctx.today``; terms
    match inflected and in compounds (formatiegesprekken)."""
    for period in ctx.sensitive_periods:
        if not period.terms or not period.includes(ctx.today):
            continue
        for match in term_matcher(tuple(period.terms)).find(doc.text):
            yield Hit(match.start, match.end, values={
                "period": period.name,
                "term": match.term,
                "match": doc.text[match.start:match.end],
                "end": period.end.strftime("%d-%m-%Y"),
            })
