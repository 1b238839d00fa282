"""Lemma accuracy and speed of the language layer on the Universal Dependencies
Dutch treebanks (gold lemmas), per part of speech, with the commonest errors.

    .venv/bin/python benchmarks/lemma_accuracy.py [--ud DIR] [--errors 40]

DIR defaults to ../shared/data/ud-dutch (CoNLL-U files). Punctuation, numbers
and symbols are left out; lemmas are compared in lower case without the
separable-verb underscore (``op_lossen``).
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.nlp.lemmas import lemma  # noqa: E402

SKIP = {"PUNCT", "NUM", "SYM", "X", "PROPN"}


def read(paths: list[Path]) -> list[tuple[str, str, str]]:
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0] or cols[3] in SKIP:
                continue
            rows.append((cols[1], cols[2].lower().replace("_", ""), cols[3]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ud", type=Path,
                        default=Path(__file__).resolve().parent.parent.parent / "shared/data/ud-dutch")
    parser.add_argument("--errors", type=int, default=40)
    args = parser.parse_args()
    rows = read(sorted(args.ud.glob("*.conllu")))
    lemma("huizen")  # load the dictionary outside the timing
    lemma.cache_clear()
    t = time.perf_counter()
    guesses = [lemma(form.lower()) for form, _gold, _pos in rows]
    elapsed = time.perf_counter() - t
    by_pos: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    errors: collections.Counter = collections.Counter()
    for (form, gold, pos), guess in zip(rows, guesses):
        by_pos[pos][1] += 1
        if guess == gold:
            by_pos[pos][0] += 1
        else:
            errors[(form.lower(), guess, gold, pos)] += 1
    right = sum(v[0] for v in by_pos.values())
    print(f"tokens: {len(rows)} (without punctuation, numbers, symbols, names)")
    print(f"lemma accuracy: {right / len(rows):.3f}")
    print(f"time: {elapsed * 1000 / len(rows) * 1000:.1f} ms per 1,000 tokens (cold word cache)")
    for pos, (ok, total) in sorted(by_pos.items(), key=lambda kv: -kv[1][1]):
        print(f"  {pos:6} {ok / total:.3f}  ({total})")
    print("commonest errors (form, ours, gold, pos, count):")
    for (form, guess, gold, pos), n in errors.most_common(args.errors):
        print(f"  {form:18} {guess:18} {gold:18} {pos:6} {n}")


if __name__ == "__main__":
    main()
