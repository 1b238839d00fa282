"""What the language layer costs within a check, for drafts of 1,000 and 10,000 words.

    .venv/bin/python benchmarks/language_layer.py [--runs 20]

Reports, per 1,000 words (medians):
  analysis cold   tokens, lemmas and clauses of paragraphs never seen before
  analysis warm   the same draft again (every paragraph from the cache, as while typing)
  constructions   the construction rules and guards of a check (analysis warm)
  check           the whole guideline check of the same draft again (every paragraph
                  known, as while typing)
  check new       the whole check of a draft none of whose paragraphs was seen before
The lemma dictionary is loaded before timing (the window does that at start-up).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.engine import Engine  # noqa: E402
from assistant.nlp import analysis as analysis_module  # noqa: E402
from assistant.nlp.analysis import Analysis  # noqa: E402
from assistant.nlp.lemmas import preload  # noqa: E402
from assistant.text import Document  # noqa: E402
sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_speed import build_draft  # noqa: E402


def median_ms(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        action()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    preload()
    engine = Engine()
    ctx = engine.context("prive", "blog")
    construction_rules = [s for s in engine.rules if s.type == "construction"
                          or s.unless_slots or s.unless_text_slots]
    print(f"{'woorden':>8} {'analyse koud':>13} {'analyse warm':>13} {'constructies':>13} "
          f"{'hele check':>11} {'check nieuw':>12}   (ms per 1000 woorden)")
    for words in (1_000, 10_000):
        text = build_draft(words)

        def cold():
            analysis_module._analyse_paragraph.cache_clear()
            Analysis(text).tokens

        def warm():
            Analysis(text).tokens

        def constructions():
            doc = Document(text)
            for spec in construction_rules:
                if spec.applies_to(ctx.profile.id, ctx.platform.id, ctx.platform.kind):
                    engine.run_rule(spec, doc, ctx)

        def check():
            engine.check_context(text, ctx)

        seeds = iter(range(1000, 1000 + args.runs))

        def check_new():
            # Each draft is new, so every paragraph is analysed and looked up.
            engine.check_context(build_draft(words, seed=next(seeds)) + f"\nVersie {next(seeds)}.", ctx)

        per = 1000 / words
        row = [median_ms(args.runs, f) * per for f in (cold, warm, constructions, check)]
        new = median_ms(args.runs // 2, check_new) * per
        print(f"{words:>8} {row[0]:>13.2f} {row[1]:>13.2f} {row[2]:>13.2f} {row[3]:>11.2f} "
              f"{new:>12.2f}")


if __name__ == "__main__":
    main()
