"""How long ``glazenhuis check`` takes as a whole process, start to exit.

Targets: a short draft in at most 150 ms (with and without ``--taal``, the
dictionary load included); 100 short drafts in one call in at most 2 s. It
also times a writer with a department's configuration, and for reference a
bare ``python -c pass`` and a process that only imports what ``check``
imports, and ``--taal`` on a draft with words no earlier run judged (three
other ordinary words each run, so the dictionary is opened; the answers kept
from earlier runs stay, as on any machine that ran a check before). Run from the project root:

    .venv/bin/python benchmarks/cli_start.py [--runs 15]

Every command runs ``--runs`` times after one untimed run (which fills the
cache of rules and lemmas, as any earlier run on the machine would); the first
line times a run with an empty cache, once. The runs use their own empty user
folders, so no configuration of the person running this changes the figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import resource  # processor time of child processes; POSIX only
except ImportError:
    resource = None

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GLAZENHUIS = ROOT / ".venv" / "bin" / "glazenhuis"
SHORT_DRAFT = "Vandaag een mooie wandeling gemaakt op de Veluwe met de hond.\n"
CHECK = ("check", "--profile", "prive", "--platform", "x")
FILES = 100
# A writer as most will be: with a department and a function.
EXAMPLE = ROOT / "resources" / "examples" / "infrastructuur-en-waterstaat.toml"
DEPARTMENT = ("--config", str(EXAMPLE), "--name", "Anna Jansen",
              "--function", "beleidsmedewerker waterveiligheid")


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and the processor time the process used, in ms. On a machine
    shared with other work the second varies far less than the first."""
    before = _children_cpu()
    start = time.perf_counter()
    result = subprocess.run(command, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    elapsed = (time.perf_counter() - start) * 1000
    # 0 and 1 are results; anything else means the command did not run as meant.
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr}")
    return elapsed, (_children_cpu() - before) * 1000


def _children_cpu() -> float:
    if resource is None:
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# Ordinary words, three of them new in each run of "woorden nieuw".
NEW_WORDS = """aardbei bakker citroen dakgoot eekhoorn fietsbel gieter hangmat inktvis jaszak
kapstok lantaarn molshoop netvlies oorbel pannenkoek quiche regenton schommel tuinslang
uitlaat vlieger wasknijper zandbak aanrecht badjas camping deurmat emmer fluitketel
gordijn haardvuur ijsblokje jampot kleerhanger ladder moestuin naaimachine ovenwant
pijpfitter roltrap schoorsteen theepot veerpont wandklok zeilboot brievenbus
dorpsplein eikenboom grasmaaier houtkachel kruiwagen lepelaar muizenval notenkraker
paddenstoel rozenstruik spijkerbroek tegelvloer vuurtoren waterkan""".split()


def measure(command: list[str], env: dict[str, str], runs: int,
            before=None) -> list[tuple[float, float]]:
    """Times of ``runs`` runs after an untimed one; ``before(i)`` runs before each."""
    found = []
    for i in range(runs + 1):
        if before is not None:
            before(i)
        found.append(timed(command, env))
    return found[1:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        # Own user folders: no configuration of the person running this, and a
        # cache that starts empty.
        env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
               "XDG_CONFIG_DIRS": str(home / "site-config"),
               "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data")}
        env.pop("GLAZENHUIS_CONFIG", None)
        # This tree's code, also when the installed package points elsewhere.
        env["PYTHONPATH"] = str(ROOT)
        # An installed program has its modules compiled to bytecode; let the
        # untimed first run write what is missing, as an install would.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        short = home / "kort.txt"
        short.write_text(SHORT_DRAFT, encoding="utf-8")
        many = []
        for i in range(FILES):
            path = home / f"concept-{i:03}.txt"
            path.write_text(SHORT_DRAFT, encoding="utf-8")
            many.append(str(path))

        first, first_cpu = timed([str(GLAZENHUIS), *CHECK, str(short)], env)
        print(f"{'wat':44} {'mediaan ms':>11} {'min ms':>8} {'cpu min ms':>11}")
        print(f"{'check kort concept, lege cache (1 keer)':44} {first:>11.0f} {first:>8.0f} "
              f"{first_cpu:>11.0f}")
        commands = {
            "python -c pass": [str(PYTHON), "-c", "pass"],
            "alleen de imports van check": [
                str(PYTHON), "-c", "import ui.main, assistant.cli.check"],
            "check kort concept": [str(GLAZENHUIS), *CHECK, str(short)],
            "check kort concept --taal": [str(GLAZENHUIS), *CHECK, "--taal", str(short)],
            "check kort concept, met departement": [
                str(GLAZENHUIS), *CHECK, *DEPARTMENT, str(short)],
            f"check {FILES} korte concepten in één keer": [str(GLAZENHUIS), *CHECK, *many],
            "check kort concept --taal, woorden nieuw": [
                str(GLAZENHUIS), *CHECK, "--taal", str(short)],
        }
        if 3 * (args.runs + 1) > len(NEW_WORDS):
            raise SystemExit(f"at most {len(NEW_WORDS) // 3 - 1} runs")

        def new_words(i: int) -> None:
            words = " ".join(NEW_WORDS[3 * i:3 * i + 3])
            short.write_text(f"{SHORT_DRAFT.strip()} Mee: {words}.\n", encoding="utf-8")

        for label, command in commands.items():
            fresh = new_words if label.endswith("woorden nieuw") else None
            wall, cpu = zip(*measure(command, env, args.runs, fresh))
            print(f"{label:44} {statistics.median(wall):>11.0f} {min(wall):>8.0f} "
                  f"{min(cpu):>11.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
