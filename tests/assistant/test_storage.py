import os
import stat

import pytest

from assistant import storage


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
