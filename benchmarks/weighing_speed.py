"""How long weighing the functioneringsnorm takes on top of a check, for drafts
of 1,000 and 10,000 words (the drafts and configuration of check_speed.py).

Target: a median well under 5 ms per 1,000 words, after the check has run (the
window weighs after every check, with the same draft and findings). Two cases:
``nieuw``, a draft none of whose paragraphs was weighed before (each run a
draft of its own, checked first), and ``herhaald``, the same draft again, as
when a check changed nothing in most paragraphs. Run from the project root:

    .venv/bin/python benchmarks/weighing_speed.py [--runs 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.engine import Engine  # noqa: E402
from assistant.weighing import weigh  # noqa: E402
from check_speed import SCENARIOS, SIZES, build_draft, p90, settings  # noqa: E402


def timed(engine: Engine, ctx, text: str, findings) -> float:
    start = time.perf_counter()
    weigh(text, findings, ctx, engine)
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)

    engine = Engine(settings())
    print(f"{'profiel/platform':18} {'woorden':>8} {'geval':>9} {'mediaan ms':>11} "
          f"{'p90 ms':>8} {'ms/1000 w':>10}")
    for profile, platform in SCENARIOS:
        ctx = engine.context(profile, platform)
        for size in SIZES:
            fresh, again = [], []
            for run in range(args.runs):
                text = build_draft(size, seed=1000 + run)
                findings = engine.check_context(text, ctx)
                fresh.append(timed(engine, ctx, text, findings))
                again.append(timed(engine, ctx, text, findings))
            words = len(text.split())
            for case, timings in (("nieuw", fresh), ("herhaald", again)):
                median = statistics.median(timings)
                print(f"{profile + '/' + platform:18} {words:>8} {case:>9} {median:>11.2f} "
                      f"{p90(timings):>8.2f} {median * 1000 / words:>10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
