"""The PDF export for ``glazenhuis logboek export --pdf``.

The command line lives in the core, which never imports Qt; the entry point
in ui.main hands it this writer, loaded only when a PDF is asked for. Everything
Qt needs to render without a window (the platform plugin, the application
object) is set up here, so the core hands over plain data and gets a file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from assistant.logbook import LogEntry


def export_pdf(entry: LogEntry, path: Path) -> None:
    """Write the verantwoording of ``entry`` to ``path``; raises LogbookError."""
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        # A terminal without a display (a server, a CI job) still renders text.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QGuiApplication

    from assistant import i18n
    from assistant.resources import resource_path
    from ui.pdf_export import write_verantwoording

    # Fonts and text layout need an application object; reuse one if the
    # caller already runs Qt.
    if QGuiApplication.instance() is None:
        app = QGuiApplication(["glazenhuis"])
        # The PDF's own texts follow the language the command line has set.
        translator = QTranslator(app)
        if i18n.language() and translator.load(f"glazenhuis_{i18n.language()}",
                                               str(resource_path("i18n"))):
            app.installTranslator(translator)
    write_verantwoording(entry, path)
