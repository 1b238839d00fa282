"""A window on its own settings and data dirs, with modal dialogs answered by the
test and the background work waited for at teardown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox

from assistant.drafts import Autosave, RecentFiles
from assistant.rules.spec import parse_rule
from assistant.settings import Identity, Settings
from ui.compat import guard_singletons
from ui.tasks import TaskManager
from ui.window import MainWindow

TEST_RULES = (
    {"id": "test.vertrouwelijk", "type": "existence", "category": "vertrouwelijkheid",
     "level": "fout", "stelregel": 2, "tokens": ["vertrouwelijk"],
     "message": "Vertrouwelijke informatie", "explanation": "Deel geen vertrouwelijke stukken.",
     "source": "stelregel-2"},
    {"id": "test.onzin", "type": "substitution", "category": "toon", "level": "waarschuwing",
     "stelregel": 1, "profiles": ["functie"], "swap": {"onzin": "niet overtuigend"},
     "message": "Blijf zakelijk", "source": "stelregel-1"},
    {"id": "test.wij", "type": "existence", "category": "rolvermenging", "level": "tip",
     "stelregel": 3, "profiles": ["prive"], "tokens": ["wij op het ministerie"],
     "message": "Spreek je namens het ministerie?", "source": "stelregel-3"},
)


@pytest.fixture(autouse=True, scope="session")
def binding_guard():
    guard_singletons()


def make_settings(**changes) -> Settings:
    base = dict(
        identity=Identity("Anna de Vries", "beleidsmedewerker", "Ministerie van IenW"),
        rules=tuple(parse_rule(rule) for rule in TEST_RULES),
    )
    base.update(changes)
    return Settings(**base)


class Dialogs:
    """Stands in for QMessageBox: records what was asked and gives set answers."""

    def __init__(self):
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Discard

    def question(self, _parent, title, text, *args, **kwargs):
        self.shown.append((title, text))
        return self.answer

    def warning(self, _parent, title, text, *args, **kwargs):
        self.shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    critical = information = warning


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    fake = Dialogs()
    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, getattr(fake, name))
    return fake


@pytest.fixture
def make_window(qtbot, dialogs, tmp_path):
    QCoreApplication.setOrganizationName("glazenhuis-test")
    QCoreApplication.setApplicationName("Glazen Huis test")
    # Qt keeps its settings file across tests: an earlier test's windows, closed at
    # its teardown, would decide whether the reading starts open.
    QSettings().remove("window/weighing_open")
    windows: list[MainWindow] = []

    def make(settings: Settings | None = None, synchronous: bool = True,
             autosave: Autosave | None = None) -> MainWindow:
        window = MainWindow(settings or make_settings(),
                            tasks=TaskManager(synchronous=synchronous),
                            autosave=autosave or Autosave(tmp_path / "autosave"),
                            recent=RecentFiles(tmp_path / "recent.json"))
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        # The rules and dictionaries start loading once the window is painted.
        qtbot.waitUntil(lambda: window._started, timeout=3000)
        qtbot.wait(1)
        return window

    yield make
    for window in windows:
        window.tasks.wait()
        window.editor.document().setModified(False)


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


def type_text(qtbot, window: MainWindow, text: str) -> None:
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, text)


def rule_ids(window: MainWindow) -> set[str]:
    return {f.rule_id for f in window.findings_shown()}
