"""How responsive the window is.

Reports, for drafts of 1,000 and 10,000 words:
- keystroke to updated sidebar: from a key press to the redrawn findings (the
  check is started straight after the key press); new letters typed one after
  another in the middle of the draft, after the cursor rested there a moment as
  a person's does before typing; the first of them reported apart too;
- the longest time the UI thread was blocked while typing (a 5 ms heartbeat
  timer measures the gaps while keys are typed in bursts, with checks running);
and start-up to a usable window against a bare PySide6 window, in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_latency.py
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCES = (
    "Vanmiddag sprak ik op het congres over de aanpak van wateroverlast in de stad.",
    "De gemeente en het waterschap werken samen aan groene daken en wadi's.",
    "Bewoners kunnen zelf veel doen, bijvoorbeeld tegels uit de tuin halen.",
    "Het rapport over de dijkversterking is nog vertrouwelijk, dus daar zeg ik niets over.",
    "Op persoonlijke titel vind ik dat we sneller moeten beslissen.",
    "Wie meer wil weten, kan de informatie op de website van het ministerie lezen.",
    "Klimaatadaptatie vraagt om geduld, want een wijk verander je niet in een jaar.",
    "Ik ben benieuwd naar jullie ervaringen met regentonnen en geveltuinen.",
    "Volgende week bespreken we de resultaten met de provincie en de gemeenten.",
    "Dank aan iedereen die vragen stelde tijdens de sessie van vanmiddag.",
    # Sentences the checks flag, so underlines and the sidebar have work to do.
    "Mijn collega vertelde in het MT dat het besluit al vaststaat, maar dat blijft onder ons.",
    "Bel me gerust op 06-12345678 als je vragen hebt over het regenwatter.",
)


def draft(words: int) -> str:
    out, count, i = [], 0, 0
    while count < words:
        sentence = SENTENCES[i % len(SENTENCES)]
        out.append(sentence)
        count += len(sentence.split())
        i += 1
        if i % 5 == 0:
            out.append("\n\n")
    return " ".join(out)


BARE = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QPlainTextEdit()); w.resize(1200, 760); w.show()
app.processEvents()
print(time.perf_counter() - t0)
"""

APP = """
import time, sys
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from ui.app import create_application, load_settings
from ui.window import MainWindow
app = create_application([])
w = MainWindow(load_settings()); w.show()
app.processEvents()
shown = time.perf_counter() - t0
while w.engine is None:
    app.processEvents()
    time.sleep(0.001)
print(shown, time.perf_counter() - t0)
w.tasks.wait()
w.close()
"""


def isolated_env(home: str) -> dict[str, str]:
    """The environment of a measured process: its own empty user folders under
    ``home``, and bytecode cached as when installed (outside the source tree), so
    that only the first, warming run of each compiles it."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(Path(home) / var)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "pycache")
    return env


def startup(runs: int = 5) -> dict:
    """Wall time of whole processes (interpreter start included) and the in-process
    time to a shown window; median of several runs, alternating the two."""
    with tempfile.TemporaryDirectory() as home:
        env = isolated_env(home)
        bare_wall, app_wall, bare_in, app_in, app_ready = [], [], [], [], []
        for run in range(runs + 1):
            t = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", BARE], env=env, capture_output=True,
                                 text=True, check=True).stdout.split()
            bare_wall.append(time.perf_counter() - t)
            bare_in.append(float(out[0]))
            t = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", APP.format(root=str(ROOT))], env=env,
                                 capture_output=True, text=True, check=True).stdout.split()
            app_wall.append(time.perf_counter() - t)
            app_in.append(float(out[0]))
            app_ready.append(float(out[1]))
            if run == 0:
                for values in (bare_wall, app_wall, bare_in, app_in, app_ready):
                    values.clear()
    med = statistics.median
    return {
        "bare_window_shown_s": round(med(bare_in), 3),
        "app_window_shown_s": round(med(app_in), 3),
        "app_rules_ready_s": round(med(app_ready), 3),
        "ratio_shown": round(med(app_in) / med(bare_in), 2),
        "bare_process_wall_s": round(med(bare_wall), 3),
        "app_process_wall_s": round(med(app_wall), 3),
    }


def interactive(words_list=(1000, 10000), samples: int = 15) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.mkdtemp()
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(Path(tmp) / var)
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest

    from assistant.drafts import Autosave
    from ui.app import create_application, load_settings
    from ui.window import MainWindow

    app = create_application([])
    results = {}
    for words in words_list:
        window = MainWindow(load_settings(), autosave=Autosave(Path(tmp) / "autosave"))
        window.show()
        wait_until(app, lambda: window.engine is not None and window.language is not None
                   and not window.tasks.busy, 60)
        window.editor.setPlainText(draft(words))
        wait_until(app, lambda: window.session.result is not None
                   and window.session.result.text == window.text and not window.tasks.busy, 60)
        findings = len(window.session.visible())
        cursor = window.editor.textCursor()
        cursor.setPosition(len(window.text) // 2)
        window.editor.setTextCursor(cursor)
        window.editor.setFocus()
        # The cursor rests where the person is about to type.
        pump(app, 0.5)
        wait_until(app, lambda: not window.tasks.busy, 30)

        latencies = []
        # Every key makes a text no check saw before.
        letters = ("regenwater wordt opgevangen in tonnen " * 4)[:samples]
        for i in range(samples):
            done = []
            window.findings_updated.connect(done.append)
            timer = QElapsedTimer()
            timer.start()
            QTest.keyClick(window.editor, letters[i])
            window.checks.timer.stop()
            window.start_check()
            wait_until(app, lambda: bool(done), 30)
            latencies.append(timer.nsecsElapsed() / 1e6)
            window.findings_updated.disconnect(done.append)

        # Typing in bursts: 12 keys 40 ms apart, then a 400 ms pause so checks land.
        gaps: list[float] = []
        beat = QElapsedTimer()
        beat.start()
        last = [0]

        def heartbeat():
            now = beat.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        heart = QTimer(window, interval=5)
        heart.setTimerType(Qt.TimerType.PreciseTimer)
        heart.timeout.connect(heartbeat)
        heart.start()
        keys = list("regenwater ") * 6
        for n, key in enumerate(keys):
            QTest.keyClick(window.editor, key)
            pump(app, 0.04 if (n + 1) % 12 else 0.4)
        pump(app, 0.6)
        heart.stop()
        results[f"{words}_words"] = {
            "findings": findings,
            "keystroke_to_sidebar_ms_median": round(statistics.median(latencies), 1),
            "keystroke_to_sidebar_ms_max": round(max(latencies), 1),
            # The first key into the line, and the slowest of the keys after it.
            "keystroke_to_sidebar_ms_first": round(latencies[0], 1),
            "keystroke_to_sidebar_ms_max_after_first": round(max(latencies[1:]), 1),
            "check_only_ms_last": round(window.last_check_ms, 1),
            "longest_ui_block_ms": round(max(gaps[1:]) - 5, 1),
            "heartbeats": len(gaps),
        }
        window.tasks.wait()
        window.editor.document().setModified(False)
        window.close()
        window.deleteLater()
        pump(app, 0.1)
    return results


def pump(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def wait_until(app, condition, timeout: float) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("benchmark condition not reached")
        app.processEvents()
        time.sleep(0.001)


def save_report(name: str, report: dict) -> None:
    """Print the report and keep it as benchmarks/results/NAME.json."""
    print(json.dumps(report, indent=2))
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    save_report("ui_latency", {"startup": startup(), "typing": interactive()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
