"""Atomic file writes: a save either replaces the file whole or leaves the old
one untouched, so a crash or a full disk never leaves half a draft behind."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.processes import pid_alive

# A temporary copy carries the app's name and the id of the process writing it,
# so a copy that a killed save left behind can be told from one still being
# written, and from any file of the user's.
TEMP_MARK = "glazenhuis"
TEMP_NAME = re.compile(rf"\..+\.{TEMP_MARK}-(?P<pid>[0-9]{{1,10}})-[a-z0-9_]+\.tmp")
# Enough of the target's name to recognise it, with room left for the rest of
# the temporary name within any file system's limit.
TEMP_NAME_CHARS = 40


def keep_new_files_private() -> None:
    """From now on, files and folders this process creates, also through Qt or
    Enchant, are readable by the user alone (0600 and 0700).

    A umask rather than a chmod after each write: the libraries create their
    files themselves. POSIX only; on Windows access is by ACL and the user's
    profile folders are private already."""
    if os.name == "posix":
        os.umask(0o077)


def make_private(path: Path | str) -> None:
    """Take away other users' access to a file or folder the app made before
    it kept its files private; on Windows nothing is changed."""
    if os.name != "posix":
        return
    try:
        info = os.stat(path)
        if info.st_uid == os.getuid() and info.st_mode & 0o077:
            os.chmod(path, info.st_mode & 0o700)
    except OSError:
        pass  # gone, or not ours to change


@contextmanager
def file_lock(path: Path | str) -> Iterator[None]:
    """Hold an exclusive lock for ``path`` (on ``<path>.lock`` beside it), so
    processes that read, change and write the same file take turns. It is the
    system's lock: it ends with the process, so a killed one leaves none behind."""
    lock = Path(f"{path}.lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.name == "nt":
            import msvcrt

            # Waits up to 10 s, then raises OSError.
            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path | str, data: bytes, mode: int | None = None) -> None:
    # Write through a symbolic link (a config file kept with the user's other
    # dotfiles) instead of replacing the link by a plain file.
    path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{path.name[:TEMP_NAME_CHARS]}.{TEMP_MARK}-{os.getpid()}-"
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        elif path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    remove_stale_temp_files(path.parent)


def atomic_write_text(path: Path | str, text: str, mode: int | None = None) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode)


def remove_stale_temp_files(directory: Path | str) -> list[Path]:
    """Remove the temporary copies that saves killed midway left in ``directory``.

    Only names atomic_write_bytes makes are touched, and only once the process
    that wrote them is gone: a save still running in another window keeps its copy.
    """
    try:
        with os.scandir(directory) as entries:
            candidates = [(entry.path, int(match["pid"])) for entry in entries
                          if (match := TEMP_NAME.fullmatch(entry.name))
                          and entry.is_file(follow_symlinks=False)]
    except OSError:
        return []
    removed = []
    for path, pid in candidates:
        if pid_alive(pid):
            continue
        try:
            os.unlink(path)
        except OSError:
            continue  # Gone already, or not ours to remove.
        removed.append(Path(path))
    return removed


def _fsync_dir(directory: Path) -> None:
    # Makes the rename itself durable; not every platform can open a directory.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
