"""The one way the window runs work in the background.

A task is a plain function run once in a QThreadPool; its result (or the
exception it raised) comes back to the GUI thread through a single signal and
is handed to the callback there. Tests switch the manager to synchronous.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Task(QRunnable):
    def __init__(self, manager: "TaskManager", task_id: int, fn: Callable[[], Any]):
        super().__init__()
        self._manager = manager
        self._task_id = task_id
        self._fn = fn

    def run(self) -> None:
        try:
            result, error = self._fn(), None
        except BaseException as exc:  # handed to the GUI thread, not lost
            result, error = None, exc
        self._manager.finished.emit(self._task_id, result, error)


class TaskManager(QObject):
    # Emitted from worker threads; Qt queues it to the thread the manager lives in.
    finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None, synchronous: bool = False):
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        # Some tasks mostly wait (LanguageTool starting up); checks must not queue behind them.
        self._pool.setMaxThreadCount(max(4, QThread.idealThreadCount()))
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self.finished.connect(self._on_finished)

    def run(self, fn: Callable[[], Any], on_done: Done | None = None,
            on_error: Failed | None = None) -> None:
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error)
        task = _Task(self, task_id, fn)
        if self.synchronous:
            task.run()
        else:
            self._pool.start(task)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until running tasks end; for shutdown and tests."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object, object)
    def _on_finished(self, task_id: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error = self._callbacks.pop(task_id, (None, None))
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("Background task failed", exc_info=error)
        elif on_done is not None:
            on_done(result)
