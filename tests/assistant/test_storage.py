import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import storage

ROOT = Path(__file__).resolve().parents[2]


def test_atomic_write_replaces_whole_file_and_keeps_mode(tmp_path):
    target = tmp_path / "draft.txt"
    target.write_text("oud")
    os.chmod(target, 0o600)
    storage.atomic_write_text(target, "nieuw 😀")
    assert target.read_text(encoding="utf-8") == "nieuw 😀"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["draft.txt"]


def test_failed_write_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "draft.txt"
    target.write_text("bewaard")

    def broken_replace(src, dst):
        raise OSError("schijf vol")

    monkeypatch.setattr(storage.os, "replace", broken_replace)
    with pytest.raises(OSError):
        storage.atomic_write_text(target, "kapot")
    assert target.read_text() == "bewaard"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.txt"]


def test_creates_missing_directories_with_mode(tmp_path):
    target = tmp_path / "a" / "b" / "log.db"
    storage.atomic_write_bytes(target, b"x", mode=0o600)
    assert target.read_bytes() == b"x"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_symbolic_link_is_written_through_and_kept(tmp_path):
    real = tmp_path / "dotfiles" / "config.toml"
    real.parent.mkdir()
    real.write_text("oud")
    link = tmp_path / "config.toml"
    link.symlink_to(real)
    storage.atomic_write_text(link, "nieuw")
    assert link.is_symlink() and real.read_text() == "nieuw"
    assert sorted(p.name for p in real.parent.iterdir()) == ["config.toml"]


def killed_while_saving(target, cwd) -> int:
    """Start a save of ``target`` in another process and SIGKILL it before the
    rename, as a crash would; returns the pid of the killed writer."""
    writer = subprocess.Popen(
        [sys.executable, "-c", "import os, sys, time\n"
         "from assistant import storage\n"
         "def hang(src, dst):\n"
         "    print('geschreven', flush=True)\n"
         "    time.sleep(60)\n"
         "os.replace = hang\n"
         "storage.atomic_write_text(sys.argv[1], 'x' * 1_000_000)", str(target)],
        cwd=cwd, stdout=subprocess.PIPE, text=True)
    with writer:
        assert writer.stdout.readline().strip() == "geschreven"
        writer.kill()
    return writer.pid


def temp_files(directory):
    return sorted(p.name for p in directory.iterdir() if storage.TEMP_NAME.fullmatch(p.name))


def test_the_next_save_removes_what_a_killed_save_left_and_nothing_else(tmp_path):
    draft = tmp_path / "concept.txt"
    draft.write_text("bewaard")
    pid = killed_while_saving(draft, ROOT)
    (left,) = temp_files(tmp_path)
    assert left.startswith(f".concept.txt.glazenhuis-{pid}-")
    assert draft.read_text() == "bewaard"
    # Look-alikes of the user's, and a copy a live window is still writing.
    kept = [".concept.txt.k3j_x9a2.tmp", "concept.txt.tmp", ".concept.txt.glazenhuis-1-a.tmp.txt",
            f".concept.txt.glazenhuis-{os.getpid()}-abcdefgh.tmp"]
    for name in kept:
        (tmp_path / name).write_text("van de gebruiker")
    (tmp_path / f".map.glazenhuis-{pid}-abcdefgh.tmp").mkdir()
    storage.atomic_write_text(draft, "nieuw")
    assert draft.read_text() == "nieuw"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["concept.txt", f".map.glazenhuis-{pid}-abcdefgh.tmp", *kept])


def test_a_long_file_name_leaves_room_for_the_temporary_name(tmp_path):
    draft = tmp_path / ("lang" * 60 + ".txt")
    storage.atomic_write_text(draft, "past")
    assert draft.read_text() == "past"


def test_file_lock_lets_processes_take_turns(tmp_path):
    # Each process reads a counter, waits, writes it plus one: without turns they overlap.
    counter = tmp_path / "teller.txt"
    counter.write_text("0")
    script = (
        "import sys, time\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from pathlib import Path\n"
        "from assistant.storage import atomic_write_text, file_lock\n"
        f"counter = Path({str(counter)!r})\n"
        "for _ in range(5):\n"
        "    with file_lock(counter):\n"
        "        n = int(counter.read_text())\n"
        "        time.sleep(0.01)\n"
        "        atomic_write_text(counter, str(n + 1))\n")
    procs = [subprocess.Popen([sys.executable, "-c", script]) for _ in range(4)]
    assert [p.wait(60) for p in procs] == [0, 0, 0, 0]
    assert counter.read_text() == "20"
