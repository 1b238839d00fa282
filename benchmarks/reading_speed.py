"""What the learned reading (the ``*.strekking`` rules) costs: loading its model,
reading a draft the first time (no paragraph read before), reading it again, and
reading it after one paragraph changed, for drafts of 1,000 and 10,000 words.

    .venv/bin/python benchmarks/reading_speed.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.engine import Engine  # noqa: E402
from assistant.rules.code import reading  # noqa: E402
from assistant.text import Document  # noqa: E402
from benchmarks.check_speed import SIZES, build_draft  # noqa: E402


def _read(engine: Engine, text: str) -> float:
    ctx = engine.context("prive", "blog")
    rules = [spec for spec in engine.rules if spec.check == "reading"]
    start = time.perf_counter()
    doc = Document(text)
    for spec in rules:
        list(reading.check_reading(spec, doc, ctx))
    return (time.perf_counter() - start) * 1000


def _cold() -> None:
    reading._kept = reading._Kept()
    reading._reader.cache_clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    reading.model()
    print(f"model geladen in {(time.perf_counter() - start) * 1000:.1f} ms")
    engine = Engine()
    print(f"{'woorden':>8} {'eerste keer':>12} {'ms/1000 w':>10} {'opnieuw':>9} "
          f"{'na 1 alinea':>12}")
    for size in SIZES:
        text = build_draft(size)
        words = len(text.split())
        first, again, edited = [], [], []
        for run in range(args.runs):
            _cold()
            first.append(_read(engine, text))
            again.append(_read(engine, text))
            changed = text.replace("\n\n", f"\n\nNieuwe zin {run}. ", 1)
            edited.append(_read(engine, changed))
        cold = statistics.median(first)
        print(f"{words:>8} {cold:>10.1f}ms {cold * 1000 / words:>10.2f} "
              f"{statistics.median(again):>7.1f}ms {statistics.median(edited):>10.1f}ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
