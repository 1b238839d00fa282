"""Modules another part of the app provides, found by name: the window works
without them, and asks for them only when it needs them."""

from __future__ import annotations

import importlib
import importlib.util
import sys


def optional_module(name: str):
    """A module another part of the app provides; None while it is not there."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def module_present(name: str) -> bool:
    """Whether optional_module would find it, without the cost of importing it."""
    if name in sys.modules:
        return sys.modules[name] is not None
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False
