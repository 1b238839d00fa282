"""Hostile drafts: how the checks scale on text no writer means to write.

Plain text, emoji only, runs of digits, one long word, many short lines and one
mistake repeated throughout, at 0.5, 1, 2 and 4 MB (UTF-8), through the guideline
engine (privé and in functie) and the spelling and readability checks. Prints seconds per MB per case; the
target is at most 2 s per MB, the same at every size (linear). Run from the
project root:

    .venv/bin/python benchmarks/hostile_drafts.py [--sizes 0.5,1,2,4] [--limit 60]

A case that takes longer than ``--limit`` seconds is not run at larger sizes.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.engine import Engine  # noqa: E402
from assistant.language import LanguageService  # noqa: E402
from assistant.settings import Settings  # noqa: E402

MB = 1_000_000
PLAIN = ("Vandaag hebben we met de provincie gesproken over de planning voor het komende "
         "jaar. Bel me op 06-12345678 of mail naar j.jansen@example.nl als je vragen hebt. ")


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` bytes of UTF-8."""
    return unit * max(size // len(unit.encode("utf-8")), 1)


def digit_runs(size: int, seed: int = 1) -> str:
    """Groups of one to twelve digits with spaces and dashes and no sentence end."""
    rng = random.Random(seed)
    parts, total = [], 0
    while total < size:
        part = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 12)))
        parts.append(part + rng.choice("  -"))
        total += len(parts[-1])
    return "".join(parts)


CASES: dict[str, Callable[[int], str]] = {
    "gewone tekst": lambda size: _repeat(PLAIN, size),
    "alleen emoji": lambda size: _repeat("😀🎉👍🇳🇱", size),
    "cijferreeksen": digit_runs,
    "één lang woord": lambda size: _repeat("beleid", size),
    "korte regels": lambda size: _repeat("ja\n", size),
    # A finding every few words: each rule stops at its first findings.
    "herhaalde fout": lambda size: _repeat("Wat een sukkel, bel hem op 06-12345678. ", size),
}


def checks(engine: Engine, language: LanguageService) -> dict[str, Callable[[str], object]]:
    return {
        "privé": lambda text: engine.check(text, "prive", "blog"),
        "functie": lambda text: engine.check(text, "functie", "blog"),
        "taal": lambda text: (language.check(text), language.readability(text)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.5,1,2,4", help="sizes in MB, comma-separated")
    parser.add_argument("--limit", type=float, default=60.0)
    args = parser.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",")]

    engine = Engine()
    language = LanguageService(Settings())
    language.load_spelling()  # no LanguageTool: grammar is a separate server
    runs = checks(engine, language)
    for run in runs.values():
        run("Warm de regels op.")
    print(f"{'geval':16} {'controle':9} " + " ".join(f"{s:>7g} MB" for s in sizes)
          + "   (seconden per MB)")
    for case, build in CASES.items():
        texts = {size: build(int(size * MB)) for size in sizes}
        for name, run in runs.items():
            cells = []
            for size in sizes:
                if cells and cells[-1].startswith(">"):
                    cells.append("-")
                    continue
                start = time.perf_counter()
                run(texts[size])
                seconds = time.perf_counter() - start
                mb = len(texts[size].encode("utf-8")) / MB
                cells.append(f">{args.limit:g} s" if seconds > args.limit
                             else f"{seconds / mb:.2f}")
            print(f"{case:16} {name:9} " + " ".join(f"{c:>10}" for c in cells), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
