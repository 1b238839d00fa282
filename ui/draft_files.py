"""The draft as a file: new, open, save (also when another program changed the
file meanwhile), the recent files, and the copy saved automatically so that a
crash loses at most the last seconds of typing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from assistant import drafts
from assistant.drafts import AutosaveEntry, DraftError, DraftMeta
from ui.host import WindowHost

# Counted from the first unsaved change, and early enough that the copy is on
# disk within 2 s of it: a crash loses at most the last 2 s of typing.
AUTOSAVE_DELAY_MS = 1500


class DraftFiles(QObject):
    def __init__(self, window: WindowHost):
        super().__init__(window)
        self.window = window
        self._autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._autosave_running = False
        self._autosave_again = False

    def remove_leftovers(self) -> None:
        """Copies of drafts saved since, from earlier sessions, in the background."""
        autosave, recent = self.window.autosave, self.window.recent
        self.window.tasks.run(lambda: drafts.remove_leftover_copies(autosave, recent))

    def new_draft(self) -> None:
        if self.maybe_save():
            self.window.load_text("", None, DraftMeta())
            self.window.autosave.discard()

    def open_dialog(self) -> None:
        path = self.window.session.path
        directory = str(path.parent) if path else ""
        chosen, _filter = QFileDialog.getOpenFileName(self.window, self.tr("Concept openen"),
                                                      directory, self._draft_filter())
        if chosen:
            self.open_path(Path(chosen))

    def open_path(self, path: Path) -> bool:
        """Open a draft; on a read error the current text stays as it is."""
        # Before reading: a change in between then shows at the next save.
        stamp = drafts.disk_stamp(path)
        try:
            text = drafts.read_draft(path)
        except DraftError as exc:
            QMessageBox.warning(self.window, self.tr("Concept openen"), str(exc))
            return False
        if not self.maybe_save():
            return False
        self.window.load_text(text, path, drafts.load_meta(path), stamp)
        self.window.autosave.discard()
        self.window.recent.add(path)
        return True

    def _draft_filter(self) -> str:
        return self.tr("Tekst (*.txt *.md *.markdown);;Alle bestanden (*)")

    def save(self) -> bool:
        if self.window.session.path is None:
            return self.save_as()
        return self.save_to(self.window.session.path)

    def save_as(self) -> bool:
        start = str(self.window.session.path or Path.home() / self.tr("concept.txt"))
        path, _filter = QFileDialog.getSaveFileName(self.window, self.tr("Concept opslaan"),
                                                    start, self._draft_filter())
        if not path:
            return False
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        window = self.window
        if window.session.changed_on_disk(path):
            answer = self._ask_changed_on_disk(path)
            if answer == "save_as":
                return self.save_as()
            if answer != "overwrite":
                return False
        meta = window.session.meta
        before = (dict(meta.checklist), dict(meta.ignored))
        try:
            stamp = drafts.write_draft(path, window.text)
            drafts.save_meta(path, meta)
        except DraftError as exc:
            QMessageBox.critical(window, self.tr("Concept opslaan"), str(exc))
            return False
        if (meta.checklist, meta.ignored) != before:
            window.meta_merged()
        window.session.saved(path, stamp)
        window.editor.document().setModified(False)
        self._autosave_timer.stop()
        window.autosave.discard()
        window.recent.add(path)
        window.update_title()
        window.statusBar().showMessage(self.tr("Opgeslagen: %1").replace("%1", str(path)), 4000)
        return True

    def _ask_changed_on_disk(self, path: Path) -> str:
        """Another window or program changed the file since it was opened here:
        "overwrite", "save_as" or "" (cancel). Nothing is lost by asking."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Concept is elders gewijzigd"),
                          self.tr("“%1” is gewijzigd sinds je het hier opende of opsloeg, in "
                                  "een ander venster of programma. Als je het overschrijft, "
                                  "gaan die wijzigingen verloren.").replace("%1", path.name),
                          QMessageBox.StandardButton.NoButton, self.window)
        overwrite = box.addButton(self.tr("Overschrijven"),
                                  QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(self.tr("Opslaan als…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        if clicked == overwrite:
            return "overwrite"
        return "save_as" if clicked == save_as else ""

    def maybe_save(self) -> bool:
        """Ask before unsaved work would be thrown away; False means stop."""
        if not self.window.is_modified():
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Niet opgeslagen wijzigingen"),
            self.tr("Dit concept heeft wijzigingen die nog niet zijn opgeslagen. "
                    "Wil je ze opslaan?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        paths = [p for p in self.window.recent.paths() if p.exists()]
        for index, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{index % 10} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not paths:
            menu.addAction(self.tr("(geen)")).setEnabled(False)

    # --- autosave and recovery -----------------------------------------------------------

    def schedule_autosave(self) -> None:
        # A throttle, not a debounce: later changes do not push the save back, so
        # steady typing is saved as well.
        if not self._autosave_timer.isActive():
            self._autosave_timer.start()

    def autosave_now(self) -> None:
        window = self.window
        if not window.is_modified():
            return
        if self._autosave_running:
            # One write at a time, so an older copy never lands after a newer one.
            self._autosave_again = True
            return
        text, path = window.text, window.session.path
        meta = DraftMeta.from_dict(window.session.meta.to_dict())
        autosave = window.autosave
        self._autosave_running = True
        window.tasks.run(lambda: autosave.save(text, meta, path),
                         lambda _r: self._autosave_done(), self._autosave_failed)

    def _autosave_failed(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(
            self.tr("Automatisch opslaan mislukt: %1").replace("%1", str(error)))
        self._autosave_done()

    def _autosave_done(self) -> None:
        self._autosave_running = False
        if not self.window.is_modified():
            # Saved or replaced while the copy was written: it is not unsaved work.
            self._autosave_again = False
            self.window.autosave.discard()
        elif self._autosave_again:
            self._autosave_again = False
            self.autosave_now()

    def stop_autosave(self) -> None:
        self._autosave_timer.stop()
        self._autosave_again = False

    def offer_recovery(self) -> None:
        """After a crash: offer the newest unsaved work a previous session left behind."""
        autosave = self.window.autosave
        orphans = autosave.orphans()
        if not orphans:
            return
        entry = orphans[0]
        when = datetime.fromtimestamp(entry.saved_at).strftime("%d-%m-%Y %H:%M")
        name = Path(entry.path).name if entry.path else self.tr("een naamloos concept")
        answer = QMessageBox.question(
            self.window, self.tr("Werk herstellen"),
            self.tr("Glazen Huis is de vorige keer niet netjes afgesloten. Er is niet "
                    "opgeslagen werk van %1 (%2). Wil je het herstellen?")
            .replace("%1", when).replace("%2", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(entry)
        else:
            autosave.drop(entry)

    def restore(self, entry: AutosaveEntry) -> None:
        self.window.load_text(entry.text, Path(entry.path) if entry.path else None, entry.meta)
        self.window.editor.document().setModified(True)
        # Keep the restored text safe under this session before letting go of the old one.
        self.window.autosave.save(entry.text, entry.meta, entry.path or None)
        self.window.autosave.drop(entry)
