"""How long the core check takes per keystroke while someone types, without the
window: the incremental check of the whole draft after each key, for drafts of
1,000 and 10,000 words, in two ways of typing:

- a new sentence typed after a sentence in the middle of the draft (every first
  letter of a word adds a word, every space ends one);
- letters typed inside a word in the middle of the draft.

Reports the median, the 90th percentile and the maximum per way and size (ms).

    .venv/bin/python benchmarks/typing_core.py [--root CHECKOUT] [--runs 3]

``--root`` measures another checkout (an older version, to compare); the
runs of both are best alternated, as the machine's speed drifts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SENTENCE = ("Het regenwater wordt opgevangen in de tuin, zodat de planten het hele jaar "
            "water hebben. ")
LETTERS = "regenwater"

SCRIPT = r"""
import json, statistics, sys, time
sys.path.insert(0, sys.argv[2]); sys.path.insert(0, sys.argv[1])
from benchmarks.ui_latency import draft
from assistant.engine import Engine
from assistant.incremental import IncrementalCheck
from assistant.nlp.lemmas import preload
from assistant.session import run_checks
from assistant.settings import Settings

engine = Engine(Settings())
preload()
words, way, typed = int(sys.argv[3]), sys.argv[4], sys.argv[5]
check = IncrementalCheck(engine)
text = draft(words)
if way == "sentence":
    # After a full stop in the middle, with a space typed there first.
    pos = text.index(". ", len(text) // 2) + 1
    text = text[:pos] + " " + text[pos:]
    pos += 1
else:
    # Inside the first long word after the middle.
    pos = len(text) // 2
    while not (text[pos - 1].isalpha() and text[pos].isalpha()):
        pos += 1
run_checks(1, text, engine, "prive", "blog", None, None, frozenset(), check)
times = []
for ch in typed:
    text = text[:pos] + ch + text[pos:]
    pos += 1
    start = time.perf_counter()
    run_checks(2, text, engine, "prive", "blog", None, None, frozenset(), check)
    times.append((time.perf_counter() - start) * 1000)
print(json.dumps(times))
"""


def measure(root: Path, runs: int) -> dict:
    report = {}
    for words in (1000, 10000):
        for way, typed in (("sentence", SENTENCE), ("inside_word", LETTERS * 2)):
            times: list[float] = []
            for _ in range(runs):
                out = subprocess.run([sys.executable, "-c", SCRIPT, str(root), str(ROOT),
                                      str(words), way, typed], capture_output=True, text=True,
                                     check=True).stdout
                times += json.loads(out)
            times.sort()
            report[f"{words}_words_{way}"] = {
                "keystrokes": len(times),
                "median_ms": round(statistics.median(times), 1),
                "p90_ms": round(times[int(len(times) * 0.9)], 1),
                "max_ms": round(times[-1], 1),
            }
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    report = measure(args.root.resolve(), args.runs)
    print(json.dumps(report, indent=2))
    if args.root.resolve() == ROOT:
        out = ROOT / "benchmarks" / "results"
        out.mkdir(exist_ok=True)
        (out / "typing_core.json").write_text(json.dumps(report, indent=2) + "\n",
                                              encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
