"""The window speaks English when the settings ask for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from assistant.resources import resource_path
from tests.ui.conftest import make_settings


def test_english_translation_is_complete_for_the_window(qapp, make_window):
    translator = QTranslator()
    assert translator.load("glazenhuis_en", str(resource_path("i18n")))
    QCoreApplication.installTranslator(translator)
    try:
        window = make_window(settings=make_settings(ui_language="en"))
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:3] == ["&File", "&Edit", "&Check"]
        assert window.side.tabText(0) == "Findings"
        assert window.weighing.summary.accessibleName() == "Assessment: empty"
        assert window.role_bar.banner.text() == (
            "You write as a private person, in a personal capacity.")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_every_window_text_has_an_english_translation():
    import xml.etree.ElementTree as ET

    tree = ET.parse(resource_path("i18n", "glazenhuis_en.ts"))
    untranslated = [m.findtext("source") for c in tree.getroot().iter("context")
                    for m in c.iter("message")
                    if m.find("translation").get("type") in ("unfinished", "obsolete")
                    or not (m.findtext("translation") or m.find("translation/numerusform")
                            is not None)]
    assert untranslated == []


def test_the_pdf_account_speaks_english(qapp):
    from ui import pdf_export

    translator = QTranslator()
    assert translator.load("glazenhuis_en", str(resource_path("i18n")))
    QCoreApplication.installTranslator(translator)
    try:
        assert pdf_export.tr("Gepubliceerd op") == "Published on"
    finally:
        QCoreApplication.removeTranslator(translator)
