"""simplemma's dictionary and earlier answers kept as a file: the same lemmas
as simplemma with its dictionary in memory, words seen before answered without
simplemma, a broken file made again, and no file where none can be made."""

from __future__ import annotations

import pytest
import simplemma

from assistant.nlp import lemma_store

WORDS = ("huizen", "gezegd", "opgelost", "Kamerleden", "ministeries", "liep", "zei",
         "stikstofbeleid", "onbekendwoordxyz", "’s", "zo'n", "fietsenstalling", "12")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    # One file for the module: making it takes about a second.
    path = tmp_path_factory.mktemp("lemmas")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lemma_store, "cache_dir", lambda: path)
        yield path


def answers(words: lemma_store.WordLemmas) -> list[tuple[str, bool]]:
    return [(words.lemma(w), words.is_known(w)) for w in WORDS]


def test_the_answers_are_simplemmas(folder):
    assert answers(lemma_store.WordLemmas()) == [
        (simplemma.lemmatize(w, lang="nl"), simplemma.is_known(w, lang="nl")) for w in WORDS]


def test_words_seen_before_are_answered_without_simplemma(folder):
    first = lemma_store.WordLemmas()
    expected = answers(first)
    assert first._simplemma is not None
    first.save()
    again = lemma_store.WordLemmas()
    assert answers(again) == expected
    assert again._simplemma is None
    # A word not seen before still needs simplemma.
    assert again.lemma("fietsenmakers") == simplemma.lemmatize("fietsenmakers", lang="nl")
    assert again._simplemma is not None


def test_the_file_is_made_once(folder):
    lemma_store.WordLemmas()
    files = list(folder.glob("*.sqlite"))
    assert len(files) == 1 and not list(folder.glob(".*.tmp"))
    before = files[0].stat().st_ino
    lemma_store.store_path()
    assert files[0].stat().st_ino == before


def test_a_broken_file_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setattr(lemma_store, "cache_dir", lambda: tmp_path)
    path = lemma_store.store_path()
    for side in path.parent.glob(path.name + "-*"):
        side.unlink()
    path.write_bytes(b"kapot")
    assert lemma_store.store_path() == path
    assert lemma_store.WordLemmas().lemma("huizen") == "huis"


def test_without_a_cache_folder_simplemma_answers_alone(tmp_path, monkeypatch):
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map", encoding="utf-8")
    monkeypatch.setattr(lemma_store, "cache_dir", lambda: blocked)
    words = lemma_store.WordLemmas()
    assert words.lemma("huizen") == "huis" and words.is_known("huizen")
    words.save()


def test_a_cache_folder_with_spaces_and_question_marks_works(tmp_path, monkeypatch):
    folder = tmp_path / "mijn cache?#1"
    monkeypatch.setattr(lemma_store, "cache_dir", lambda: folder)
    words = lemma_store.WordLemmas()
    assert words.lemma("huizen") == "huis"
    assert words._path is not None and words._path.parent == folder
