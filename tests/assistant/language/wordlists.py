"""The spelling test sets in ``data/``: misspellings (wrong form, right form,
source) and correct compounds from government texts; sources in the files."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def misspellings() -> list[str]:
    return [line.split("\t")[0] for line in _lines("spelfouten.tsv")]


def compounds() -> list[str]:
    return _lines("samenstellingen.txt")


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
