"""Every test runs against its own empty configuration and data directories, so
an installed package or the machine's own department file never changes a result."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("xdg")
    dirs = {}
    for var, name in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_CONFIG_DIRS", "site-config"),
        ("XDG_DATA_DIRS", "site-data"),
    ):
        path = base / name
        path.mkdir()
        monkeypatch.setenv(var, str(path))
        dirs[name] = path
    monkeypatch.delenv("GLAZENHUIS_CONFIG", raising=False)
    monkeypatch.delenv("GLAZENHUIS_LANGUAGE", raising=False)
    monkeypatch.setenv("HOME", str(base / "home"))
    return dirs


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared reference material not found at {SHARED}")
    return SHARED
