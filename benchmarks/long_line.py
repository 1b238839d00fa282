"""Typing in a draft that came as one line of a megabyte.

Qt lays out a whole line again at every keystroke, so the window opens such a
draft for reading and offers to break its long lines (assistant.text.
break_long_lines). This times a keystroke in the editor widget for the line as
it came and after breaking, with the underline bookkeeping left out:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/long_line.py [--mb 1] [--keys 10]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from assistant.text import break_long_lines, longest_line  # noqa: E402

PARAGRAPH = "Het " + "gewone woorden " * 66 + "vertrouwelijk. "


def keystrokes(app: QApplication, text: str, keys: int) -> list[float]:
    editor = QPlainTextEdit()
    editor.resize(800, 600)
    editor.show()
    editor.setPlainText(text)
    app.processEvents()
    times = []
    for _ in range(keys):
        start = time.perf_counter()
        editor.insertPlainText("a")
        app.processEvents()
        editor.repaint()
        times.append(time.perf_counter() - start)
    editor.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--keys", type=int, default=10)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    one_line = PARAGRAPH * int(args.mb * 1_000_000 // len(PARAGRAPH))
    for name, text in (("zoals gekregen", one_line), ("afgebroken", break_long_lines(one_line))):
        times = keystrokes(app, text, args.keys)
        print(f"{name:15} langste regel {longest_line(text):>9,} tekens   toetsaanslag mediaan "
              f"{statistics.median(times) * 1000:6.1f} ms, max {max(times) * 1000:6.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
