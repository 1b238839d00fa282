"""Starting the window as the app does: where it cannot be shown, and again after
it was killed while someone typed."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Long enough for two autosaves, and off their rhythm.
TYPING_S = 4.3
MAX_LOST_S = 2.0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays are Linux")
def test_no_display_gives_a_clear_message_instead_of_a_qt_abort():
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    result = subprocess.run([sys.executable, "-m", "ui.main"], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert "geen beeldscherm" in result.stderr
    assert "glazenhuis check" in result.stderr


def typed_so_far(log: Path) -> list[tuple[float, str]]:
    try:
        lines = log.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    return [tuple(json.loads(line)) for line in lines if line.endswith("]")]


def test_a_window_killed_during_steady_typing_offers_all_but_the_last_two_seconds_back(
        tmp_path):
    # The data directories are this test's own (tests/conftest.py); both starts share them.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    log, result = tmp_path / "getypt.jsonl", tmp_path / "hersteld.json"
    with (tmp_path / "stderr.txt").open("w") as stderr:
        typist = subprocess.Popen([sys.executable, "-m", "tests.ui.typist", "type", str(log)],
                                  cwd=ROOT, env=env, stderr=stderr)
        try:
            deadline = time.monotonic() + 60
            while (keys := typed_so_far(log)) == [] or keys[-1][0] - keys[0][0] < TYPING_S:
                assert time.monotonic() < deadline and typist.poll() is None
                time.sleep(0.01)
            killed_at = time.monotonic()
            typist.kill()
            # Not reaped yet: the next start must not take the dead window for a live one.
            subprocess.run([sys.executable, "-m", "tests.ui.typist", "restore", str(result)],
                           cwd=ROOT, env=env, stderr=stderr, timeout=60, check=True)
        finally:
            typist.kill()
            typist.wait()
    keys = typed_so_far(log)
    typed = "".join(character for _t, character in keys)
    offer = json.loads(result.read_text(encoding="utf-8"))
    assert offer["question"] and "herstellen" in offer["question"]
    restored = offer["text"]
    assert restored and typed.startswith(restored)
    lost_s = killed_at - keys[len(restored)][0] if len(restored) < len(typed) else 0.0
    print(f"typed {len(typed)} characters in {keys[-1][0] - keys[0][0]:.2f} s; "
          f"lost {len(typed) - len(restored)}, the last {lost_s:.2f} s")
    assert lost_s <= MAX_LOST_S


@pytest.mark.skipif(os.name != "posix", reason="on Windows access is by ACL")
def test_what_the_app_creates_is_readable_by_the_user_alone(isolated_dirs):
    # Qt's settings as an older version left them: readable to all.
    old = isolated_dirs["config"] / "glazenhuis"
    old.mkdir(mode=0o755)
    (old / "Glazen Huis.conf").write_text("[window]\n")
    (old / "Glazen Huis.conf").chmod(0o644)
    old.chmod(0o755)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-m", "ui.main", "--selftest"], cwd=ROOT, env=env,
                   capture_output=True, timeout=60, check=True)
    made = [path for root in isolated_dirs.values() for path in root.rglob("*")]
    # Qt's settings and Enchant's personal word list are among them.
    assert {"Glazen Huis.conf", "enchant"} <= {path.name for path in made}
    modes = {str(path): oct(path.stat().st_mode & 0o777) for path in made}
    assert modes == {str(path): "0o700" if path.is_dir() else "0o600" for path in made}
