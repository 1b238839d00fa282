"""The core stays usable without Qt: importing every module of it loads no Qt."""

import pkgutil
import subprocess
import sys

import assistant


def test_importing_the_whole_core_loads_no_qt():
    modules = [m.name for m in pkgutil.walk_packages(assistant.__path__, "assistant.")]
    assert len(modules) > 5
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""
