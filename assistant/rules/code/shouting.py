"""Shouting: words in capitals, but only Dutch words. The patterns of the rule
find runs of capitals; a run is shouting when it is one of the rule's tokens or
its Dutch words (the lemma dictionary knows them) outnumber its other words.
Acronyms (ISIS, WCAG), English terms (SHOULD) and file names stay quiet without a
list of them, and so does a technical name whose acronym stands beside a word
that happens to be Dutch (REST API, AVG BIO DPIA)."""

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
        if _quoted(doc, match.start, match.end):
            # Someone else's shout, quoted: "kinderen die om zes uur 'MAMA!!!' roepen".
            continue
        if ctx.platform.kind in _TITLED and _title(doc.text, match.start, match.end):
            # A weblog's or forum post's title set in capitals is a heading, no shout.
            continue
        words = [(len(w), is_dutch(w.lower())) for w in _WORD.findall(match.text)]
        dutch = sum(1 for size, known in words if known and size >= 3)
        if not (match.text in tokens or dutch > sum(1 for _, known in words if not known)):
            continue
        fix = None
        if replacement:
            fix = Fix(match.start, match.end, replacement,
                      spec.text("fix_label") or _("Vervang door “{replacement}”").format(
                          replacement=replacement))
        yield Hit(match.start, match.end, {"match": match.text}, fix)


# Platforms whose posts open with a title line.
_TITLED = frozenset({"blog", "forum"})
# The draft's first line, parted by a blank line from a body of text below it; matched
# at the start only, so a long draft is not read for it.
_TITLE_LINE = re.compile(r"\s*(\S[^\n]*?)[ \t]*\n[ \t]*\n\s*\S")


def _title(text: str, start: int, end: int) -> bool:
    """Whether the capitals fill the draft's title line. A title that ends in an
    exclamation mark still shouts."""
    line = _TITLE_LINE.match(text)
    if line is None or start < line.start(1) or end > line.end(1):
        return False
    return line.group(1).strip(" \t#*=-_.:?") == text[start:end].strip()


def _quoted(doc: Document, start: int, end: int) -> bool:
    """Whether every word between the offsets stands between quotes."""
    analysis = doc.analysis
    first, last = analysis.token_range(start, end)
    inside = analysis.tokens[first:last]
    return bool(inside) and all(t.quoted for t in inside)
