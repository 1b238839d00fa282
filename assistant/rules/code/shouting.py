"""Shouting: words in capitals, but only Dutch words. The patterns of the rule
find runs of capitals; a run is shouting when one of its words is a Dutch word
(the lemma dictionary knows it) or one of the rule's tokens. Acronyms (ISIS,
WCAG), English terms (SHOULD) and file names stay quiet without a list of them."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from assistant.context import CheckContext
from assistant.findings import Fix
from assistant.i18n import _
from assistant.nlp.lemmas import is_dutch
from assistant.rules.code import Hit, code_check
from assistant.rules.matchers import CompiledRule
from assistant.rules.spec import RuleSpec
from assistant.text import Document

_WORD = re.compile(r"[^\W\d_]{2,}")


_compiled: dict[str, CompiledRule] = {}


def _runs(spec: RuleSpec) -> CompiledRule:
    """The rule's tokens and patterns, compiled once (a spec holds dicts, so it
    is kept by its repr, as the engine keeps compiled rules)."""
    key = repr(spec)
    if key not in _compiled:
        _compiled[key] = CompiledRule(replace(spec, type="existence", check=""))
    return _compiled[key]


@code_check("shouting")
def check_shouting(spec: RuleSpec, doc: Document, ctx: CheckContext) -> Iterator[Hit]:
    tokens = set(spec.tokens)
    for match, replacement in _runs(spec).matches(doc):
        words = _WORD.findall(match.text)
        if not (match.text in tokens or any(
                len(w) >= 3 and is_dutch(w.lower()) for w in words)):
            continue
        fix = None
        if replacement:
            fix = Fix(match.start, match.end, replacement,
                      spec.text("fix_label") or _("Vervang door “{replacement}”").format(
                          replacement=replacement))
        yield Hit(match.start, match.end, {"match": match.text}, fix)
