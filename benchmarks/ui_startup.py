"""How fast the window starts and how much memory it takes, against a bare PySide6
window with a text editor, measured in the same run (alternating, several
repeats, medians):

- shown: from the start of the process's own code (imports included) to a shown
  window, for the bare window and for Glazen Huis's;
- first findings: a 1,000-word draft opened as the window appears (as
  ``glazenhuis DRAFT`` does), from the window appearing to its findings drawn;
- memory: the resident memory after opening a 10,000-word draft (for Glazen Huis
  once its findings are drawn).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_startup.py [--root CHECKOUT]

``--root`` measures the window of another checkout (an older version, to compare).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.ui_latency import draft, isolated_env, save_report  # noqa: E402

RSS = """
def rss_mb():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
"""

BARE = """
import os, sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
""" + RSS + """
app = QApplication([])
w = QMainWindow(); editor = QPlainTextEdit(); w.setCentralWidget(editor); w.resize(1200, 760)
w.show()
app.processEvents()
shown = time.perf_counter() - t0
editor.setPlainText(open(sys.argv[2], encoding="utf-8").read())
app.processEvents()
print(shown, 0, rss_mb())
"""

APP = """
import os, sys, time
t0 = time.perf_counter()
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from ui.app import create_application, load_settings
from ui.window import MainWindow
""" + RSS + """
app = create_application([])
w = MainWindow(load_settings())
w.show()
app.processEvents()
shown = time.perf_counter() - t0

def open_and_wait(path):
    w.open_path(Path(path))
    text = w.text
    while not (w.session.result is not None and w.session.result.text == text
               and w.engine is not None):
        app.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - t0

first = open_and_wait(sys.argv[1]) - shown
open_and_wait(sys.argv[2])
while w.tasks.busy:
    app.processEvents()
    time.sleep(0.001)
print(shown, first, rss_mb())
w.editor.document().setModified(False)
w.close()
"""


def measure(root: Path = ROOT, runs: int = 5) -> dict:
    with tempfile.TemporaryDirectory() as home:
        env = isolated_env(home)
        small, large = Path(home) / "klein.txt", Path(home) / "groot.txt"
        small.write_text(draft(1000), encoding="utf-8")
        large.write_text(draft(10000), encoding="utf-8")
        found: dict[str, list[tuple[float, float, float]]] = {"bare": [], "app": []}
        for run in range(runs + 1):
            for name, script in (("bare", BARE), ("app", APP)):
                out = subprocess.run([sys.executable, "-c", script, str(small), str(large),
                                      str(root)], env=env, capture_output=True, text=True,
                                     check=True).stdout.split()
                if run:
                    found[name].append(tuple(float(v) for v in out[:3]))
    med = {name: [statistics.median(v[i] for v in values) for i in range(3)]
           for name, values in found.items()}
    return {
        "bare_window_shown_s": round(med["bare"][0], 3),
        "app_window_shown_s": round(med["app"][0], 3),
        "ratio_shown": round(med["app"][0] / med["bare"][0], 2),
        "app_first_findings_after_shown_ms": round(med["app"][1] * 1000),
        "bare_rss_10k_words_mb": round(med["bare"][2], 1),
        "app_rss_10k_words_mb": round(med["app"][2], 1),
        "ratio_rss": round(med["app"][2] / med["bare"][2], 2),
        "runs": runs,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args()
    report = measure(args.root)
    if args.root != ROOT:
        # Another checkout's figures are for comparing, not for keeping.
        print(json.dumps(report, indent=2))
        return 0
    save_report("ui_startup", report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
