"""The platform's length limit: the part of a post that would be cut off or refused."""

from __future__ import annotations

from typing import Iterator

from assistant.context import CheckContext
from assistant.platforms import measure_length, overflow_start
from assistant.rules.code import Hit, code_check
from assistant.rules.spec import RuleSpec
from assistant.text import Document


@code_check("platform_length")
def check_length(spec: RuleSpec, doc: Document, ctx: CheckContext) -> Iterator[Hit]:
    platform = ctx.platform
    start = overflow_start(doc.text, platform)
    if start is None:
        return
    length = measure_length(doc.text, platform)
    yield Hit(start, len(doc.text), values={
        "platform": platform.label,
        "limit": str(platform.limit),
        "length": str(length),
        "over": str(length - platform.limit),
    })
