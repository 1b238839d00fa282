"""Telling a running process from one that is gone, zombies included."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from assistant.processes import pid_alive

needs_waitid = pytest.mark.skipif(not hasattr(os, "waitid"),
                                  reason="making a zombie on purpose needs waitid (POSIX)")


def kill_without_reaping(process: subprocess.Popen) -> None:
    """SIGKILL a child and wait until it has died, leaving it unreaped (a zombie)."""
    process.kill()
    os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)


def test_this_process_is_alive_and_group_numbers_are_not_processes():
    assert pid_alive(os.getpid())
    assert not pid_alive(0)
    assert not pid_alive(-1)


@needs_waitid
def test_a_killed_process_that_is_not_yet_reaped_counts_as_gone():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        assert pid_alive(child.pid)
        kill_without_reaping(child)
        os.kill(child.pid, 0)  # The pid still answers: a signal check alone takes it for alive.
        assert not pid_alive(child.pid)
    finally:
        child.kill()
        child.wait()
    assert not pid_alive(child.pid)
