"""Spelling speed: how long the Dutch dictionary takes to load, and how long a
spelling check takes per 1,000 words once it is loaded.

Target: at most 20 ms per 1,000 words after load. Each size is checked once
cold (every word new to the cache), then timed over ``--runs`` repetitions with
a warm word cache, as while the writer types; the median is reported. The
whole ``LanguageService.check`` (spelling findings with their suggestions and
long sentences, no LanguageTool) is timed the same way, and once more with the
built-in grammar rules (resources/rules/grammatica.toml) run after it. Run from the project root:

    .venv/bin/python benchmarks/spelling_speed.py [--runs 30] [--json benchmarks/results/spelling.json]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.engine import Engine, builtin_rules  # noqa: E402
from assistant.language import LanguageService  # noqa: E402
from assistant.language.spelling import (  # noqa: E402
    DictionaryUnavailable,
    SpellChecker,
    builtin_words,
    open_dictionary,
)
from assistant.rules.examples import example_context  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.text import Document  # noqa: E402

SENTENCES = [
    "Vandaag hebben we met de provincie gesproken over de planning voor het komende jaar.",
    "De klimaatadaptatiestrategie en het waterveiligheidsbeleid staan op rijksoverheid.nl.",
    "Wij werken samen met gemeenten, waterschappen en maatschappelijke organisaties.",
    "Het rapport beschrijft hoe de uitvoering verloopt en waar het beter kan.",
    "Mail je vragen naar info@example.nl of volg @rijksoverheid en #klimaat.",
    "Bij de bijeenkomst in Utrecht waren ruim 100 deelnemers aanwezig, zie https://example.nl/a.",
    "Het team heeft de afgelopen maanden hard gewerkt aan een betere dienstverlening.",
    "Natuurherstel in beschermde gebieden vraagt om een lange adem en goede afspraken.",
    "De kwaliteid van de beleidsmedwerker was volgens de NVWA onmiddelijk in orde.",
    "Datagedreven werken via het omgevingswetloket helpt burgers en ondernemers.",
]
SIZES = (1_000, 10_000)


def build_text(words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    count = 0
    while count < words:
        sentence = rng.choice(SENTENCES)
        parts.append(sentence)
        count += len(sentence.split())
    return " ".join(parts)


def cold_load_ms() -> float:
    """Dictionary load in a fresh interpreter: Enchant keeps loaded dictionaries
    for the life of a process, so only a new process shows the real cost."""
    code = ("import sys, time; sys.path.insert(0, sys.argv[1]); "
            "from assistant.language.spelling import open_dictionary; "
            "t = time.perf_counter(); open_dictionary(); print(time.perf_counter() - t)")
    root = str(Path(__file__).resolve().parent.parent)
    out = subprocess.run([sys.executable, "-c", code, root], capture_output=True, text=True,
                         check=True).stdout
    return float(out) * 1000


def timed(func, runs: int) -> tuple[float, float]:
    """(first call, median of the next ``runs`` calls) in seconds."""
    started = time.perf_counter()
    func()
    first = time.perf_counter() - started
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        timings.append(time.perf_counter() - started)
    return first, statistics.median(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)

    try:
        dictionary = open_dictionary()
    except DictionaryUnavailable as exc:
        print(exc, file=sys.stderr)
        return 2
    loads = [cold_load_ms() for _ in range(args.loads)]
    results: dict = {"dictionary": dictionary.tag,
                     "load_ms_median": round(statistics.median(loads), 1),
                     "load_ms": [round(x, 1) for x in loads], "sizes": {}}
    print(f"dictionary {dictionary.tag}: load {results['load_ms_median']:.1f} ms "
          f"(median of {len(loads)} fresh processes, {min(loads):.1f}-{max(loads):.1f} ms)")

    grammar = tuple(spec for spec in builtin_rules() if spec.category == "grammatica")
    engine = Engine(Settings(rules=grammar))
    ctx = example_context(grammar[0])

    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            text = build_text(size)
            words = len(text.split())
            checker = SpellChecker(dictionary, builtin_words())
            cold, warm = timed(lambda: checker.misspellings(text), args.runs)
            flagged = len(checker.misspellings(text))
            service = LanguageService(Settings(), user_words_path=Path(tmp) / "woorden.txt")
            service.load_spelling()
            service_cold, service_warm = timed(lambda: service.check(text), args.runs)

            def with_grammar():
                service.check(text)
                doc = Document(text)
                return [f for spec in grammar for f in engine.run_rule(spec, doc, ctx)]

            grammar_cold, grammar_warm = timed(with_grammar, args.runs)
            grammar_per_1000 = grammar_warm / words * 1_000_000
            per_1000 = warm / words * 1_000_000
            service_per_1000 = service_warm / words * 1_000_000
            results["sizes"][size] = {
                "words": words, "flagged": flagged,
                "spelling_cold_ms": round(cold * 1000, 2),
                "spelling_median_ms": round(warm * 1000, 2),
                "spelling_ms_per_1000_words": round(per_1000, 2),
                "service_check_cold_ms": round(service_cold * 1000, 2),
                "service_check_median_ms": round(service_warm * 1000, 2),
                "service_check_ms_per_1000_words": round(service_per_1000, 2),
                "with_grammar_cold_ms": round(grammar_cold * 1000, 2),
                "with_grammar_ms_per_1000_words": round(grammar_per_1000, 2)}
            print(f"{words:>6} words, {flagged} flagged: spelling cold {cold * 1000:6.1f} ms, "
                  f"median {warm * 1000:6.1f} ms = {per_1000:5.2f} ms per 1,000 words"
                  + ("" if per_1000 <= 20 else "  ABOVE TARGET (20 ms)"))
            print(f"{'':>6}  LanguageService.check (spelling, suggestions, long sentences): "
                  f"cold {service_cold * 1000:6.1f} ms, median {service_warm * 1000:6.1f} ms "
                  f"= {service_per_1000:5.2f} ms per 1,000 words")
            print(f"{'':>6}  the same with the built-in grammar rules: cold "
                  f"{grammar_cold * 1000:6.1f} ms, median {grammar_warm * 1000:6.1f} ms "
                  f"= {grammar_per_1000:5.2f} ms per 1,000 words"
                  + ("" if grammar_per_1000 <= 20 else "  ABOVE TARGET (20 ms)"))
            service.close()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
