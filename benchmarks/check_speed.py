"""How long a full check of a draft takes, for drafts of 1,000 and 10,000 words.

Target: a median of at most 10 ms per 1,000 words, growing linearly with the
length of the draft. Run from the project root:

    .venv/bin/python benchmarks/check_speed.py [--runs 30] [--profile-size 10000]

``--profile-size`` also prints where the time goes (cProfile) for that size.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.engine import Engine  # noqa: E402
from assistant.settings import Department, Identity, SensitivePeriod, Settings  # noqa: E402

ORDINARY = [
    "Vandaag hebben we met de provincie gesproken over de planning voor het komende jaar.",
    "De nieuwe regeling gaat in op 1 juli en geldt voor alle aanvragen die daarna binnenkomen.",
    "Op de website staat een overzicht van de veelgestelde vragen met de antwoorden.",
    "Wij werken samen met gemeenten, waterschappen en maatschappelijke organisaties.",
    "Het rapport beschrijft hoe de uitvoering verloopt en waar het beter kan.",
    "In de tweede helft van het jaar volgt een evaluatie met alle betrokken partijen.",
    "Mooie wandeling gemaakt op de Veluwe, de heide staat prachtig in bloei.",
    "Bij de bijeenkomst in Utrecht waren ruim honderd deelnemers aanwezig.",
    "De subsidie is bedoeld voor projecten die de leefbaarheid in dorpen vergroten.",
    "Lees meer over de voorwaarden op rijksoverheid.nl of bel 0800-8051.",
    "Het team heeft de afgelopen maanden hard gewerkt aan een betere dienstverlening.",
    "Natuurherstel in beschermde gebieden vraagt om een lange adem en goede afspraken.",
]
TRIGGERING = [
    "Ik snap echt niet waarom het stikstofbeleid zo traag gaat.",
    "Mijn collega Ruud heeft net gehoord dat hij ernstig ziek is.",
    "App me gerust op 06-98765432 als je mee wilt doen.",
    "Uw dossier met burgerservicenummer 123456782 is doorgestuurd.",
    "Spannend wie de nieuwe informateur wordt.",
    "Dit document is bestemd voor intern gebruik en mag niet verder worden verspreid.",
    "Wat een stelletje klojo's bij die gemeente, ongelooflijk!!!",
    "Als woordvoerder van het ministerie kan ik bevestigen dat de regeling wordt verlengd.",
]
SIZES = (1_000, 10_000)
SCENARIOS = (("prive", "blog"), ("functie", "forum"))


def build_draft(words: int, seed: int = 1) -> str:
    """Paragraphs of ordinary sentences with about one triggering sentence in ten."""
    rng = random.Random(seed)
    sentences: list[str] = []
    count = 0
    while count < words:
        pool = TRIGGERING if rng.random() < 0.1 else ORDINARY
        sentence = rng.choice(pool)
        sentences.append(sentence)
        count += len(sentence.split())
        if rng.random() < 0.2:
            sentences.append("\n\n")
    return " ".join(sentences).replace(" \n\n ", "\n\n")


def settings() -> Settings:
    return Settings(
        identity=Identity("Pieter Hendriks", "beleidsmedewerker natuurherstel",
                          "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"),
        department=Department(
            name="Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
            short_names=("LVVN",),
            policy_terms=("stikstof", "mestbeleid", "natuurherstel", "visserij", "NVWA"),
        ),
        sensitive_periods=(SensitivePeriod("Formatieperiode", date(2026, 1, 1),
                                           date(2099, 12, 31), ("formatie", "informateur")),),
    )


def time_checks(engine: Engine, text: str, profile: str, platform: str, runs: int) -> list[float]:
    engine.check(text, profile, platform)  # warm up caches and lazy loads
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        engine.check(text, profile, platform)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1] if len(values) > 1 else values[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--profile-size", type=int, choices=SIZES)
    args = parser.parse_args(argv)

    engine = Engine(settings())
    drafts = {size: build_draft(size) for size in SIZES}
    print(f"{'profiel/platform':18} {'woorden':>8} {'mediaan ms':>11} {'p90 ms':>8} "
          f"{'ms/1000 w':>10} {'findings':>9}")
    for profile, platform in SCENARIOS:
        medians = {}
        for size, text in drafts.items():
            words = len(text.split())
            timings = time_checks(engine, text, profile, platform, args.runs)
            medians[size] = statistics.median(timings)
            findings = len(engine.check(text, profile, platform))
            print(f"{profile + '/' + platform:18} {words:>8} {medians[size]:>11.2f} "
                  f"{p90(timings):>8.2f} {medians[size] * 1000 / words:>10.2f} {findings:>9}")
        ratio = medians[SIZES[1]] / medians[SIZES[0]]
        print(f"{'':18} verhouding {SIZES[1]}/{SIZES[0]} woorden: {ratio:.1f} "
              f"(lineair: {SIZES[1] / SIZES[0]:.0f})")

    if args.profile_size:
        profile, platform = SCENARIOS[1]
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(5):
            engine.check(drafts[args.profile_size], profile, platform)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
