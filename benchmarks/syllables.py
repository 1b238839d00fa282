"""Syllable counters on a hand-counted gold set of Dutch words: the project's own
counter against pyphen's nl_NL hyphenation patterns (syllables = hyphenation
points + 1), with accuracy, mean absolute error, time and the words each gets wrong.

    .venv/bin/python benchmarks/syllables.py [--gold FILE] [--errors 30] [--rounds 5]

pyphen is not a dependency of the project; install it into the venv to compare
(``.venv/bin/pip install pyphen``). Without it only the own counter is measured.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.language.readability import count_syllables

GOLD = ROOT / "tests/assistant/language/syllables_nl.tsv"


def read_gold(path: Path) -> list[tuple[str, int]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, count = line.split("\t")[:2]
            rows.append((word, int(count)))
    return rows


def pyphen_counter(left: int, right: int, split_hyphens: bool) -> tuple[Callable, Callable]:
    """A counter from pyphen's patterns and a function that empties its word cache."""
    import pyphen

    dic = pyphen.Pyphen(lang="nl_NL", left=left, right=right)

    def count(word: str) -> int:
        # A hyphen in the word is a break in itself: count each part on its own.
        parts = [p for p in word.split("-") if p] if split_hyphens else [word]
        return sum(len(dic.positions(p)) + 1 for p in parts)

    return count, dic.hd.cache.clear


def score(count: Callable[[str], int], gold: list[tuple[str, int]]) -> tuple[float, float, list]:
    wrong = []
    abs_err = 0
    for word, n in gold:
        got = count(word)
        abs_err += abs(got - n)
        if got != n:
            wrong.append((word, got, n))
    return 1 - len(wrong) / len(gold), abs_err / len(gold), wrong


def ms_per_1000(count: Callable[[str], int], clear: Callable[[], None],
                words: list[str], rounds: int) -> float:
    """Best of ``rounds`` passes over the words with an empty cache each time."""
    best = float("inf")
    for _ in range(rounds):
        clear()
        t = time.perf_counter()
        for w in words:
            count(w)
        best = min(best, time.perf_counter() - t)
    return best * 1000 / len(words) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--errors", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    gold = read_gold(args.gold)
    words = [w for w, _n in gold]
    print(f"gold set: {len(gold)} words ({args.gold.name})")

    counters: list[tuple[str, Callable, Callable]] = [
        ("own counter", count_syllables.__wrapped__, lambda: None)]
    try:
        for left, right, split in [(1, 1, True), (1, 1, False), (2, 2, True), (1, 2, True)]:
            count, clear = pyphen_counter(left, right, split)
            name = f"pyphen nl_NL left={left} right={right}" + (
                ", hyphens split" if split else ", whole word")
            counters.append((name, count, clear))
    except ImportError:
        print("pyphen is not installed: only the own counter is measured")

    results = []
    for name, count, clear in counters:
        accuracy, mae, wrong = score(count, gold)
        speed = ms_per_1000(count, clear, words, args.rounds)
        results.append((name, wrong))
        print(f"{name:42} accuracy {accuracy:.3f} ({len(gold) - len(wrong)}/{len(gold)})  "
              f"MAE {mae:.3f}  {speed:.2f} ms per 1,000 words (cold cache)")
    listed: dict[tuple, str] = {}
    for name, wrong in results:
        key = tuple(wrong)
        if key in listed:
            print(f"\n{name}: the same {len(wrong)} words as {listed[key]}")
            continue
        listed[key] = name
        print(f"\n{name}: {len(wrong)} wrong (word, counted, gold)")
        for word, got, n in wrong[:args.errors]:
            print(f"  {word:28} {got:2} {n:2}")


if __name__ == "__main__":
    main()
