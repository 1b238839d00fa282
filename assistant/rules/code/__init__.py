"""Checks that data cannot express (checksums, identification, lengths).

Each check is a function registered under the name a ``type = "code"`` rule
gives in its ``check`` key; the rule's data still supplies the message, level,
category and source. A check yields ``Hit``s; the engine turns them into
findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from assistant.context import CheckContext
from assistant.findings import Fix
from assistant.rules.spec import RuleSpec
from assistant.text import Document


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    # Values for the rule message's {placeholders}.
    values: dict[str, str] = field(default_factory=dict)
    fix: Fix | None = None
    # Overrides the rule's message for this hit (e.g. which kind of personal data).
    message: str | None = None


CodeCheck = Callable[[RuleSpec, Document, CheckContext], Iterable[Hit]]
CODE_CHECKS: dict[str, CodeCheck] = {}


def code_check(name: str) -> Callable[[CodeCheck], CodeCheck]:
    def register(func: CodeCheck) -> CodeCheck:
        CODE_CHECKS[name] = func
        return func

    return register


def load_all() -> None:
    """Import the modules that register checks."""
    from assistant.rules.code import (  # noqa: F401
        identification,
        personal_data,
        platform_length,
        policy_area,
        reading,
        shouting,
        timing,
    )
