"""The app as installed (``ui.main``), in a process of its own, with someone at the
keyboard; for tests that kill it and start it again.

    python -m tests.ui.typist type LOG
        types steadily into the window; before each key, appends
        ``[time.monotonic(), character]`` as a JSON line to LOG
    python -m tests.ui.typist restore RESULT
        says yes when the window offers to restore work and writes what it asked and
        the text it restored to RESULT as JSON, then ends the process

Only the keyboard and the answer are simulated: the window, its timers, its
background writes and its data directories are those of a real start.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.app import create_application
from ui.main import main
from ui.window import MainWindow

KEY_INTERVAL_MS = 100  # ten characters a second, never a pause
TEXT = "Vandaag fietsen we met de wethouder langs de nieuwe fietspaden in de stad. "
# How long a start may take to offer what a killed window left.
OFFER_WAIT_S = 5


def shown_window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()), None)


def type_steadily(log_path: Path) -> QTimer:
    characters = itertools.cycle(TEXT)
    log = log_path.open("a", encoding="utf-8")

    def key() -> None:
        window = shown_window()
        if window is None:
            return
        character = next(characters)
        # Logged first: a kill between the two counts the character as lost.
        log.write(json.dumps([time.monotonic(), character]) + "\n")
        log.flush()
        QTest.keyClicks(window.editor, character)

    timer = QTimer(interval=KEY_INTERVAL_MS)
    timer.timeout.connect(key)
    timer.start()
    return timer


def answer_restore(result_path: Path) -> QTimer:
    started = time.monotonic()
    asked: list[str] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            if not asked:
                asked.append(box.text())
                box.button(QMessageBox.StandardButton.Yes).click()
            return
        window = shown_window()
        if window is None or (not asked and time.monotonic() - started < OFFER_WAIT_S):
            return
        result_path.write_text(json.dumps({"question": asked[0] if asked else None,
                                           "text": window.text}), encoding="utf-8")
        os._exit(0)  # What a test needs is written; closing would ask about unsaved work.

    timer = QTimer(interval=50)
    timer.timeout.connect(poll)
    timer.start()
    return timer


def run(action: str, path: str) -> int:
    # The same application object the app would make; ui.main then uses it.
    create_application([])
    driver = {"type": type_steadily, "restore": answer_restore}[action](Path(path))
    try:
        return main([])
    finally:
        driver.stop()


if __name__ == "__main__":
    sys.exit(run(*sys.argv[1:]))
