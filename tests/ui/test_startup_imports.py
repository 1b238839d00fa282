"""Importing the window loads what its first paint needs, and not the parts that
start after it or at first use: the rules' engine, the spelling and grammar
service, the logbook, the PDF export, the dialogs and the command line's parser.
Each import is checked in a fresh interpreter, where nothing was loaded before."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

DEFERRED = (
    "assistant.cli",
    "assistant.engine",
    "assistant.incremental",
    "assistant.language",
    "assistant.logbook",
    "assistant.nlp.features",
    "assistant.rules.constructions",
    "assistant.rules.matchers",
    "assistant.rules.spec",
    "ui.cli_pdf",
    "ui.logbook_window",
    "ui.pdf_export",
    "ui.publish_dialog",
    "ui.settings_dialog",
)


def deferred_loaded(code: str) -> list[str]:
    """The deferred modules a fresh interpreter has loaded after running ``code``."""
    probe = (f"import json, sys\n{code}\n"
             f"print(json.dumps([m for m in {DEFERRED!r} if m in sys.modules]))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=True)
    return json.loads(result.stdout.splitlines()[-1])


@pytest.mark.parametrize("module", ["ui.window", "ui.app"])
def test_importing_the_window_leaves_the_deferred_parts_unloaded(module):
    assert deferred_loaded(f"import {module}") == []


def test_a_deferred_part_imported_with_the_window_is_reported():
    loaded = deferred_loaded("import ui.window\nimport assistant.engine")

    assert "assistant.engine" in loaded
    assert "assistant.rules.matchers" in loaded
