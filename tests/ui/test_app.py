"""Starting the window where it cannot be shown."""

import subprocess
import sys

import pytest


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays are Linux")
def test_no_display_gives_a_clear_message_instead_of_a_qt_abort():
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    result = subprocess.run([sys.executable, "-m", "ui.main"], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert "geen beeldscherm" in result.stderr
    assert "glazenhuis check" in result.stderr
