"""Guards against faults in the Qt binding that the app cannot fix at the source."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

_guarded = False


def binding_drops_references() -> bool:
    """True when calls into the binding lose references to None and True.

    Some PySide6 builds for the stable ABI return None and True without taking
    a reference on Python versions where those are not yet immortal (before
    3.12). Every such call then lowers their reference count, and after a few
    thousand calls the interpreter aborts with "deallocating None".
    """
    probe = _Probe()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20):
        probe.setObjectName("probe")
        probe.pinged.emit()
    after = sys.getrefcount(None), sys.getrefcount(True)
    return any(a < b - 10 for a, b in zip(after, before))


class _Probe(QObject):
    pinged = Signal()


def guard_singletons() -> None:
    """Give None, True and False so many references that lost ones never matter.

    These objects live as long as the interpreter anyway; from Python 3.12 on
    they are immortal and need nothing.
    """
    global _guarded
    if _guarded or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    _guarded = True
    if not binding_drops_references():
        return
    # Only where the binding needs the guard: ctypes takes time to import.
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
