import sys

from PySide6.QtCore import QObject, Signal

from ui.compat import guard_singletons


class Emitter(QObject):
    ping = Signal()


def test_many_binding_calls_do_not_exhaust_none_and_true():
    # Without the guard an affected binding aborts the interpreter well before
    # this many calls (None starts with a few thousand references, True with hundreds).
    guard_singletons()
    emitter = Emitter()
    for _ in range(20000):
        emitter.setObjectName("x")
        emitter.ping.emit()
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0
