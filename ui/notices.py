"""Messages above the draft that are about the window itself: a settings file
that could not be used, and lines too long to type in."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor

from assistant.text import LONG_LINE, break_long_lines, longest_line
from ui.host import WindowHost
from ui.message_bar import MessageBar

MAX_PROBLEMS_SHOWN = 3


def dutch_number(number: int) -> str:
    return f"{number:,}".replace(",", ".")


class Notices(QObject):
    def __init__(self, window: WindowHost):
        super().__init__(window)
        self.window = window
        self._long_line_bar: MessageBar | None = None

    def show_config_problems(self) -> None:
        problems = [str(problem) for problem in self.window.settings.problems]
        if not problems:
            return
        shown = problems[:MAX_PROBLEMS_SHOWN]
        if len(problems) > len(shown):
            shown.append(self.tr("en nog %1 andere").replace("%1",
                                                          str(len(problems) - len(shown))))
        self.window.messages.show_message(
            self.tr("Een instellingenbestand kon niet (helemaal) worden gebruikt; Glazen Huis "
                    "werkt verder met de rest.") + "\n" + "\n".join(shown), "warning")

    def guard_long_lines(self, text: str) -> None:
        """Qt lays out a whole line again at every keystroke, so a draft with a line
        far longer than any paragraph (a file without line breaks) opens for
        reading only; the checks run as usual, and the author may break its lines."""
        if self._long_line_bar is not None:
            self._long_line_bar.dismiss()
            self._long_line_bar = None
        longest = longest_line(text)
        self.window.editor.setReadOnly(longest > LONG_LINE)
        if longest > LONG_LINE:
            self._long_line_bar = self.window.messages.show_message(
                self.tr("Dit concept heeft een regel van %1 tekens. Daarin typen zou het venster "
                        "traag maken, dus het staat open om te lezen; de controles lopen gewoon. "
                        "Breek de lange regels af (na een zin, anders bij een spatie) om het te "
                        "bewerken.").replace("%1", dutch_number(longest)),
                "warning", [(self.tr("Regels afbreken"), self.break_long_lines)], closable=False)

    def break_long_lines(self) -> None:
        """Break the draft's long lines, as one step the author can undo."""
        self._long_line_bar = None
        editor = self.window.editor
        cursor = QTextCursor(editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(break_long_lines(self.window.text))
        editor.setReadOnly(False)
        editor.moveCursor(QTextCursor.MoveOperation.Start)

    def pasted_long_lines(self) -> None:
        self.window.messages.show_message(self.tr(
            "De geplakte tekst had een regel van meer dan %1 tekens. Die is afgebroken (na een "
            "zin, anders bij een spatie) zodat typen vlot blijft.").replace(
                "%1", dutch_number(LONG_LINE)))
