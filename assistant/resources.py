"""Where the built-in data (rules, guideline texts, translations) lives."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("GLAZENHUIS_RESOURCES")
    if override:
        return Path(override)
    # A frozen bundle keeps resources beside the executable's data root.
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
