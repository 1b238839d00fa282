"""Whether the process that left a file behind (an autosave, a temporary copy)
is still running, and so may still need it."""

from __future__ import annotations


def pid_alive(pid: int) -> bool:
    """True while process ``pid`` runs.

    A process that was killed but not yet reaped by its parent (a zombie) keeps
    its pid without ever running again, so it counts as gone. psutil reads that
    state portably (``/proc/<pid>/stat`` on Linux) and, unlike ``os.kill(pid, 0)``,
    does not end the process on Windows.
    """
    if pid <= 0:
        # 0 and negative numbers name process groups, never the writer of a file.
        return False
    # Loaded on first use: most runs of the command line never ask.
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:  # ZombieProcess included
        return False
    except psutil.AccessDenied:
        return True  # Another user's process: it exists.
