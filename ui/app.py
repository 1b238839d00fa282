"""Starting the window: the application object, translations and the first draft."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from assistant import i18n
from assistant.resources import resource_path
from assistant.settings import Settings
from assistant.storage import make_private
from ui.optional import optional_module
from ui.window import MainWindow


def load_settings() -> Settings:
    config = optional_module("assistant.config")
    if config is None or not hasattr(config, "load_settings"):
        return Settings()
    return config.load_settings()


def install_translators(app: QApplication, language: str) -> None:
    """The app's own English texts plus Qt's for its standard dialogs."""
    if not language or language.startswith("nl"):
        base = QTranslator(app)
        if base.load(QLocale(QLocale.Language.Dutch), "qtbase", "_",
                     QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(base)
        return
    own = QTranslator(app)
    if own.load(f"glazenhuis_{language}", str(resource_path("i18n"))):
        app.installTranslator(own)


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "glazenhuis.svg")))


def create_application(argv: list[str]) -> QApplication:
    # Checks run as Python in a worker thread; a short switch interval hands the
    # interpreter back to the UI thread quickly, so typing stays smooth meanwhile.
    sys.setswitchinterval(0.001)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "glazenhuis",
                                                   *argv])
    QCoreApplication.setOrganizationName("glazenhuis")
    QCoreApplication.setApplicationName("Glazen Huis")
    QGuiApplication.setDesktopFileName("glazenhuis")
    app.setWindowIcon(app_icon())
    # Recent folders and window state, as older versions left them readable to all;
    # the folder only where it is the app's own (not macOS's shared Preferences).
    settings_file = Path(QSettings().fileName())
    if settings_file.parent.name == QCoreApplication.organizationName():
        make_private(settings_file.parent)
    make_private(settings_file)
    return app


def _display_available() -> bool:
    """False on a Linux terminal without a screen, where Qt would abort."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_app(argv: list[str]) -> int:
    # Here rather than with the module: only a start as a command needs the parser.
    from assistant import cli

    # Qt 6 scales for high-DPI screens itself; fractional factors are kept as they are.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        QGuiApplication.highDpiScaleFactorRoundingPolicy().PassThrough)
    # Before the parser: its --help is in the configured language.
    i18n.set_language(cli.configured_language(argv))
    args, _qt_args = cli.window_parser().parse_known_args(argv)
    if not _display_available():
        # Without a screen only a core application can start: enough for the message
        # in the configured language.
        core = QCoreApplication(["glazenhuis"])
        install_translators(core, i18n.preferred_language(load_settings().ui_language))
        print(QCoreApplication.translate(
            "app", "Glazen Huis vindt geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn leeg). "
                   "Start het in een grafische sessie, of controleer een concept op de "
                   "opdrachtregel: glazenhuis check CONCEPT"), file=sys.stderr)
        return 2
    app = create_application(argv)
    settings = load_settings()
    language = i18n.preferred_language(settings.ui_language)
    i18n.set_language(language)
    install_translators(app, language)
    window = MainWindow(settings)
    window.show()
    if args.selftest:
        # Closing the window the normal way waits for its background work.
        QTimer.singleShot(500, lambda: app.exit(0 if window.isVisible() and window.close() else 1))
        return app.exec()

    def first_draft() -> None:
        window.offer_recovery()
        if args.file is not None and not window.is_modified():
            window.open_path(args.file)

    # After the window is on screen, so questions appear over it.
    QTimer.singleShot(0, first_draft)
    return app.exec()
