"""simplemma's dictionary kept as a file: the same lemmas as the dictionary in
memory, made again when broken, and left out where it cannot be made."""

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


@pytest.fixture(scope="module")
def stored(folder):
    return lemma_store.lemmatizer()


def test_the_stored_dictionary_gives_the_same_lemmas(stored):
    lemmatizer, lookup = stored
    for word in WORDS:
        assert lemmatizer.lemmatize(word, "nl") == simplemma.lemmatize(word, lang="nl"), word
        assert (lookup.get_lemma(word, "nl") is not None) == simplemma.is_known(
            word, lang="nl"), word


def test_the_file_is_made_once(stored, folder):
    files = list(folder.glob("*.sqlite"))
    assert len(files) == 1 and not list(folder.glob(".*.tmp"))
    before = files[0].stat().st_mtime_ns
    lemma_store.store_path()
    assert files[0].stat().st_mtime_ns == before


def test_a_broken_file_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setattr(lemma_store, "cache_dir", lambda: tmp_path)
    path = tmp_path / lemma_store.store_path().name
    path.write_bytes(b"kapot")
    assert lemma_store.store_path() == path
    assert lemma_store.StoredDictionary(path).get("huizen") == "huis"


def test_without_a_cache_folder_the_dictionary_is_loaded_whole(tmp_path, monkeypatch):
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map", encoding="utf-8")
    monkeypatch.setattr(lemma_store, "cache_dir", lambda: blocked)
    lemmatizer, lookup = lemma_store.lemmatizer()
    assert lemmatizer.lemmatize("huizen", "nl") == "huis"
    assert lookup.get_lemma("huizen", "nl") == "huis"
