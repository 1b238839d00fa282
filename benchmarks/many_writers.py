"""Checks for many different writers in one process, as a department's script
that checks the drafts of all its staff does (or a test suite of drafts).

Each writer's own organisation and policy area make a few word classes of their
own; the rest is shared. Target: the time per check and the memory stay level
however many writers have been checked. Run from the project root:

    .venv/bin/python benchmarks/many_writers.py [--writers 3000]

It prints, per block of writers, the median milliseconds per check and the
peak resident memory so far (POSIX only).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.engine import Engine  # noqa: E402
from assistant.settings import Identity  # noqa: E402

try:
    import resource
except ImportError:
    resource = None

FIRST = ["Anna", "Bas", "Chantal", "Daan", "Eva", "Fatima", "Gert", "Hanneke", "Ilse", "Jeroen",
         "Karim", "Lotte", "Mehmet", "Noor", "Olaf", "Priya", "Ruud", "Sanne", "Tim", "Yara"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
        "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra"]
FUNCTIONS = ["beleidsmedewerker", "adviseur waterveiligheid", "inspecteur", "jurist",
             "communicatieadviseur", "medewerker studiefinanciering", "statisticus",
             "projectleider wegverbreding", "beleidsadviseur stikstof", "teamleider"]
DEPARTMENTS = ["Rijkswaterstaat", "DUO", "Belastingdienst", "UWV", "IND", "NVWA", "CBS",
               "Ministerie van Financiën", "Ministerie van Infrastructuur en Waterstaat",
               "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", "RIVM"]
DRAFTS = [
    "Vandaag een mooie wandeling gemaakt op de Veluwe met de hond.",
    "Op onze site staat hoe u de aanvraag indient; bel ons gerust als het niet lukt.",
    "Persoonlijk vind ik die nieuwe regeling een slecht idee, maar ik leg hem graag uit.",
    "Hoorde vandaag in het MT dat de directeur de plannen een papieren tijger noemde.",
    "Ik zorg er persoonlijk voor dat uw vergunning voor de zomer rond is.",
]


def peak_mb() -> str:
    if resource is None:
        return "-"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return f"{peak / (1024 * 1024 if sys.platform == 'darwin' else 1024):.0f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=3000)
    parser.add_argument("--block", type=int, default=500)
    args = parser.parse_args(argv)
    rng = random.Random(7)
    engine = Engine()
    engine.check(DRAFTS[0], "prive", "blog")  # loads the rules, the classes and the reading
    print(f"{'writers':>8} {'ms per check (median)':>22} {'peak MB':>8}")
    times: list[float] = []
    for n in range(1, args.writers + 1):
        writer = Identity(f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}", rng.choice(FUNCTIONS),
                          rng.choice(DEPARTMENTS))
        draft = DRAFTS[n % len(DRAFTS)]
        start = time.perf_counter()
        engine.check(draft, "functie" if n % 2 else "prive", "forum", identity=writer)
        times.append((time.perf_counter() - start) * 1000)
        if n % args.block == 0:
            print(f"{n:>8} {statistics.median(times):>22.1f} {peak_mb():>8}", flush=True)
            times = []


if __name__ == "__main__":
    main()
