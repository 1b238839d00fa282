"""The writer's word list, shared by windows and processes."""

from __future__ import annotations

import multiprocessing
import os
import stat

import pytest

from assistant.language.wordlist import UserWordList


def test_two_windows_adding_words_keep_each_others(tmp_path):
    path = tmp_path / "woordenlijst.txt"
    first, second = UserWordList(path), UserWordList(path)
    assert first.add("Qwartelplan")
    # The second window read the list before the first added to it.
    assert second.add("Oeverkrak")
    assert UserWordList(path).words == ("Qwartelplan", "Oeverkrak")
    assert second.words == ("Qwartelplan", "Oeverkrak")
    assert second.add("Qwartelplan") is False


def _add_many(path, label, count):
    words = UserWordList(path)
    for n in range(count):
        words.add(f"{label}{n}")


def test_processes_adding_at_once_lose_no_word(tmp_path):
    path = tmp_path / "woordenlijst.txt"
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_add_many, args=(path, label, 25)) for label in "abcd"]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    assert set(UserWordList(path).words) == {f"{label}{n}" for label in "abcd" for n in range(25)}


def test_a_list_that_cannot_be_read_is_not_overwritten(tmp_path):
    path = tmp_path / "woordenlijst.txt"
    words = UserWordList(path)
    path.mkdir()  # stands for any file that is there but cannot be read
    with pytest.raises(OSError):
        words.add("Qwartelplan")
    assert path.is_dir()


@pytest.mark.skipif(os.name != "posix", reason="on Windows access is by ACL")
def test_the_list_is_private_also_when_an_older_version_left_it_readable(tmp_path):
    path = tmp_path / "woordenlijst.txt"
    path.write_text("Qwartelplan\n")
    path.chmod(0o644)
    UserWordList(path).add("Oeverkrak")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
