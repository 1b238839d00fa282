"""Identity and interface language; what the department manages is shown read-only."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QMessageBox, QVBoxLayout, QWidget)

from assistant.settings import Settings
from assistant.storage import file_lock
from assistant.textfiles import os_reason
from ui.optional import optional_module

IDENTITY_FIELDS = ("identity.name", "identity.function", "identity.department")
LANGUAGE_KEY = "ui.language"


def is_locked(settings: Settings, key: str) -> bool:
    config = optional_module("assistant.config")
    if config is not None and hasattr(config, "is_locked"):
        return config.is_locked(settings, key)
    return key in settings.locked or key.split(".")[0] in settings.locked


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instellingen"))
        self.settings = settings
        self.saved_settings: Settings | None = None
        labels = {"identity.name": self.tr("&Naam:"), "identity.function": self.tr("&Functie:"),
                  "identity.department": self.tr("&Departement:")}
        values = {"identity.name": settings.identity.name,
                  "identity.function": settings.identity.function,
                  "identity.department": settings.identity.department}
        examples = {"identity.name": self.tr("bijvoorbeeld Anne de Vries"),
                    "identity.function": self.tr("bijvoorbeeld beleidsmedewerker"),
                    "identity.department": self.tr("bijvoorbeeld Ministerie van Financiën")}
        form = QFormLayout()
        # Room for a ministry's full name without scrolling inside the field.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        for key in IDENTITY_FIELDS:
            edit = QLineEdit(values[key], self)
            edit.setPlaceholderText(examples[key])
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("x" * 40))
            edit.setAccessibleName(labels[key].replace("&", "").rstrip(":"))
            self._add_row(form, key, labels[key], edit)
        self.language = QComboBox(self)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.ui_language), 0))
        self.language.setAccessibleName(self.tr("Taal van de schermen"))
        self._add_row(form, LANGUAGE_KEY, self.tr("&Taal van de schermen:"), self.language)

        note = QLabel(self.tr("Je naam, functie en departement gebruikt Glazen Huis als je in "
                              "functie schrijft (stelregel 1). Een andere taal van de schermen "
                              "gaat in als je Glazen Huis opnieuw start."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _add_row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        self.fields[key] = widget
        label_widget = QLabel(label, self)
        label_widget.setBuddy(widget)
        if is_locked(self.settings, key):
            if isinstance(widget, QLineEdit):
                # Read-only rather than disabled: the value stays legible and can be
                # copied, from its beginning (a ministry's name is long).
                widget.setReadOnly(True)
                widget.setCursorPosition(0)
                widget.setStyleSheet("QLineEdit { background: palette(window); }")
            else:
                widget.setEnabled(False)
            managed = self.tr("beheerd door je organisatie")
            widget.setToolTip(managed)
            widget.setAccessibleDescription(managed)
            label_widget.setText(f"{label} <i>({managed})</i>")
        form.addRow(label_widget, widget)

    def values(self) -> dict[str, str]:
        """The values the user may change and did change."""
        current = {"identity.name": self.settings.identity.name,
                   "identity.function": self.settings.identity.function,
                   "identity.department": self.settings.identity.department,
                   LANGUAGE_KEY: self.settings.ui_language}
        new = {key: widget.text().strip() for key, widget in self.fields.items()
               if isinstance(widget, QLineEdit)}
        new[LANGUAGE_KEY] = self.language.currentData()
        return {key: value for key, value in new.items()
                if value != current[key] and not is_locked(self.settings, key)}

    def save(self) -> None:
        config = optional_module("assistant.config")
        changes = self.values()
        if config is None or not hasattr(config, "save_user_values"):
            QMessageBox.warning(self, self.tr("Instellingen"),
                                self.tr("Instellingen opslaan is in deze versie niet mogelijk."))
            return
        try:
            if changes:
                # Another window may save at the same moment: they take turns, and
                # each re-reads the file and changes only the keys changed here.
                with file_lock(config.user_config_file()):
                    config.save_user_values(changes, locked=self.settings.locked)
        except config.ConfigWriteError as exc:
            QMessageBox.warning(self, self.tr("Instellingen"), str(exc))
            return
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Instellingen"), self.tr(
                "De instellingen kunnen niet worden opgeslagen: %1.").replace("%1", os_reason(exc)))
            return
        self.saved_settings = config.load_settings()
        self.accept()
