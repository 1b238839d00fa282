"""What the program makes from its own files is kept between runs, and made
again when the files change or the kept copy is broken."""

from __future__ import annotations

import os

import pytest

from assistant import cache
from assistant.engine import builtin_rules
from assistant.nlp.classes import builtin_class_specs


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "regels.toml"
    path.write_text("a = 1\n", encoding="utf-8")
    return path


def counting_build(value):
    built = []

    def build():
        built.append(value)
        return value

    return build, built


def test_a_value_is_built_once_and_then_read(source, isolated_dirs):
    build, built = counting_build({"regels": (1, 2)})
    assert cache.cached("proef", [source], build) == {"regels": (1, 2)}
    assert cache.cached("proef", [source], build) == {"regels": (1, 2)}
    assert built == [{"regels": (1, 2)}]
    assert (isolated_dirs["cache"] / "glazenhuis" / "proef.pickle").is_file()


def test_a_changed_source_builds_again(source):
    build, built = counting_build("oud")
    cache.cached("proef", [source], build)
    source.write_text("a = 2\n", encoding="utf-8")
    cache.cached("proef", [source], build)
    assert len(built) == 2


def _age(path, seconds):
    """Set the file's times ``seconds`` into the past."""
    when = os.stat(path).st_mtime_ns - seconds * 1_000_000_000
    os.utime(path, ns=(when, when))
    return when


def test_an_older_file_is_known_by_its_size_and_time(source):
    when = _age(source, 60)
    key = cache.checksum([source])
    # Same size, same time: not read again (as make and git trust a file's times).
    source.write_text("a = 9\n", encoding="utf-8")
    os.utime(source, ns=(when, when))
    assert cache.checksum([source]) == key
    # Another time, or another size, is another file.
    os.utime(source, ns=(when + 1_000, when + 1_000))
    assert cache.checksum([source]) != key
    os.utime(source, ns=(when, when))
    source.write_text("a = 10\n", encoding="utf-8")
    os.utime(source, ns=(when, when))
    assert cache.checksum([source]) != key


def test_a_file_changed_moments_ago_is_known_by_its_contents(source):
    """Two writes within the file system's time granularity leave size and time
    alike; a recent file is therefore read whole."""
    when = os.stat(source).st_mtime_ns
    key = cache.checksum([source])
    source.write_text("a = 2\n", encoding="utf-8")
    os.utime(source, ns=(when, when))
    assert cache.checksum([source]) != key


@pytest.mark.parametrize("content", [b"", b"\x80\x04kapot", b"geen pickle"])
def test_a_broken_cache_is_built_again(source, content):
    build, built = counting_build("waarde")
    cache.cached("proef", [source], build)
    (cache.cache_dir() / "proef.pickle").write_bytes(content)
    assert cache.cached("proef", [source], build) == "waarde"
    assert len(built) == 2
    # ... and written again whole.
    assert cache.cached("proef", [source], build) == "waarde"
    assert len(built) == 2


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs a folder the user cannot write")
def test_a_cache_that_cannot_be_written_is_left_out(source):
    folder = cache.cache_dir()
    folder.mkdir(parents=True)
    folder.chmod(0o500)
    try:
        build, built = counting_build("waarde")
        assert cache.cached("proef", [source], build) == "waarde"
        assert cache.cached("proef", [source], build) == "waarde"
        assert len(built) == 2
    finally:
        folder.chmod(0o700)


def test_a_cache_folder_that_is_a_file_is_left_out(source, isolated_dirs):
    (isolated_dirs["cache"] / "glazenhuis").write_text("geen map", encoding="utf-8")
    build, built = counting_build("waarde")
    assert cache.cached("proef", [source], build) == "waarde"
    assert built == ["waarde"]


def test_the_built_in_rules_come_back_the_same_from_the_cache(isolated_dirs):
    # The functions under their run-long caches: the first reads the files, the second the cache.
    read = builtin_rules.__wrapped__()
    assert (isolated_dirs["cache"] / "glazenhuis" / "rules.pickle").is_file()
    again = builtin_rules.__wrapped__()
    assert again == read and again is not read
    assert all(spec.builtin for spec in again)


def test_the_built_in_classes_come_back_the_same_from_the_cache(isolated_dirs):
    read = builtin_class_specs.__wrapped__()
    assert (isolated_dirs["cache"] / "glazenhuis" / "classes.pickle").is_file()
    again = builtin_class_specs.__wrapped__()
    assert again == read and again is not read


def test_an_installed_bundle_without_sources_is_keyed_by_its_executable(tmp_path, monkeypatch,
                                                                       source):
    executable = tmp_path / "glazenhuis"
    executable.write_bytes(b"bundle")
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", str(executable))
    missing = tmp_path / "engine.py"
    key = cache.checksum([source, missing])
    os.utime(executable, ns=(0, 10**18))
    assert cache.checksum([source, missing]) != key


def test_a_missing_source_is_an_error_outside_a_bundle(tmp_path, source):
    with pytest.raises(FileNotFoundError):
        cache.checksum([source, tmp_path / "engine.py"])


def test_a_memo_keeps_its_values_for_the_next_run(source):
    cache.Memo("proef", [source]).put("sleutel", (3, 4))
    again = cache.Memo("proef", [source])
    assert again.get("sleutel") == (3, 4)
    assert again.get("andere") is None


def test_a_memo_of_other_sources_starts_empty(source):
    cache.Memo("proef", [source]).put("sleutel", (3, 4))
    source.write_text("a = 2\n", encoding="utf-8")
    assert cache.Memo("proef", [source]).get("sleutel") is None


def test_a_full_memo_starts_again(source):
    memo = cache.Memo("proef", [source], limit=2)
    for key in ("een", "twee", "drie"):
        memo.put(key, key)
    assert (memo.get("een"), memo.get("twee"), memo.get("drie")) == (None, None, "drie")
    # One value under the limit is kept.
    memo.put("vier", "vier")
    assert memo.get("drie") == "drie"


@pytest.mark.parametrize("content", [b"", b"\x80\x04kapot", b"geen pickle"])
def test_a_broken_memo_is_empty_and_written_again(source, content):
    folder = cache.cache_dir()
    folder.mkdir(parents=True)
    (folder / "proef.pickle").write_bytes(content)
    memo = cache.Memo("proef", [source])
    assert memo.get("sleutel") is None
    memo.put("sleutel", 1)
    assert cache.Memo("proef", [source]).get("sleutel") == 1


def test_a_memo_that_cannot_be_written_still_answers(source, isolated_dirs):
    (isolated_dirs["cache"] / "glazenhuis").write_text("geen map", encoding="utf-8")
    memo = cache.Memo("proef", [source])
    memo.put("sleutel", 1)
    assert memo.get("sleutel") == 1
    assert cache.Memo("proef", [source]).get("sleutel") is None
