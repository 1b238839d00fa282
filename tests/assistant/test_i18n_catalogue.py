"""The translations: every text of the core has its English in the gettext
catalogue, the compiled catalogue is the one the translations make, the program
uses it; every text of the window has its English in Qt's catalogue."""

from __future__ import annotations

import ast
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from assistant import i18n
from assistant.engine import Engine
from assistant.i18n import _
from assistant.resources import resource_path
from assistant.rules.code.identification import dutch_list
from assistant.rules.spec import parse_rule
from assistant.settings import Settings
from assistant.weighing import Level

ROOT = Path(__file__).resolve().parents[2]
LOCALE = resource_path("locale")
PO = LOCALE / "en" / "LC_MESSAGES" / "glazenhuis.po"
MO = LOCALE / "en" / "LC_MESSAGES" / "glazenhuis.mo"
# The markers of resources/locale/README.md's extract command.
KEYWORDS = {"_": None, "N_": None}


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("nl")


def texts_in_code() -> dict[str, str]:
    """Every marked text in assistant/, as pybabel extracts it, with where it is."""
    with open(LOCALE / "babel.cfg", encoding="utf-8") as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    return {message: f"assistant/{filename}:{lineno}"
            for filename, lineno, message, _comments, _context in extract_from_dir(
                ROOT / "assistant", method_map, options_map, keywords=KEYWORDS)}


def without_english(texts: dict[str, str], catalog: Catalog) -> list[str]:
    """Each text with no English in ``catalog``, or only a fuzzy guess."""
    problems = []
    for text, where in texts.items():
        message = catalog.get(text)
        if message is None or not message.string:
            problems.append(f"{where}: no English for {text!r}")
        elif message.fuzzy:
            problems.append(f"{where}: English still fuzzy for {text!r}")
    return problems


def compiled(catalog: Catalog) -> dict[str, str]:
    """What a .mo made from ``catalog`` holds, as the program reads it."""
    out = io.BytesIO()
    write_mo(out, catalog)
    out.seek(0)
    return _messages(read_mo(out))


def _messages(catalog: Catalog) -> dict[str, str]:
    return {message.id: message.string for message in catalog if message.id}


def _po() -> Catalog:
    with open(PO, "rb") as fh:
        return read_po(fh)


def test_every_text_in_the_code_has_its_english():
    texts = texts_in_code()
    # The extraction finds the texts: a command-line error and a marked constant.
    assert "ongeldige datum {value}; gebruik JJJJ-MM-DD" in texts and "Privé" in texts
    assert without_english(texts, _po()) == []


def test_a_text_without_english_or_with_a_fuzzy_one_is_named():
    catalog = Catalog(locale="en")
    catalog.add("Verwijder", "Delete")
    catalog.add("Gok", "Guess", flags=("fuzzy",))
    catalog.add("Leeg", "")
    texts = {"Verwijder": "a.py:1", "Gok": "a.py:2", "Leeg": "a.py:3", "Nieuw": "b.py:4"}
    assert without_english(texts, catalog) == [
        "a.py:2: English still fuzzy for 'Gok'",
        "a.py:3: no English for 'Leeg'",
        "b.py:4: no English for 'Nieuw'",
    ]


def test_the_committed_mo_is_compiled_from_the_po():
    with open(MO, "rb") as fh:
        shipped = _messages(read_mo(fh))
    assert shipped == compiled(_po())


def test_a_changed_translation_makes_another_mo():
    catalog = _po()
    before = compiled(catalog)
    catalog["Verwijder"].string = "Remove"
    after = compiled(catalog)
    assert before["Verwijder"] == "Delete" and after["Verwijder"] == "Remove"
    assert before != after


def _swap_fix_label() -> str:
    spec = parse_rule({"id": "t.vervang", "type": "substitution", "category": "toon",
                       "level": "tip", "swap": {"knoeiboel": "rommel"},
                       "message": "“{match}” kan beter.", "explanation": "Uitleg.",
                       "source": "stelregel-1"})
    engine = Engine(Settings(rules=(spec,)))
    [finding] = [f for f in engine.check("Wat een knoeiboel.", "prive", "x")
                 if f.rule_id == "t.vervang"]
    return finding.fix.label


def test_the_core_speaks_english_and_dutch_again(english):
    from assistant.cli import internal_error_message
    from assistant.cli.check import _parse_date

    assert _swap_fix_label() == "Replace with “rommel”"
    assert Level.MIDDEL.label == "medium"
    assert internal_error_message(KeyError("x")).startswith("internal error: KeyError ('x').")
    with pytest.raises(Exception, match="invalid date morgen; use YYYY-MM-DD"):
        _parse_date("morgen")
    assert _("%(prog)s: fout: %(message)s\n") == "%(prog)s: error: %(message)s\n"

    i18n.set_language("nl")
    assert _swap_fix_label() == "Vervang door “rommel”"
    assert Level.MIDDEL.label == "middel"
    assert internal_error_message(KeyError("x")).startswith("interne fout: KeyError ('x').")


@pytest.mark.parametrize(("items", "dutch", "english"), [
    (["naam", "functie", "departement"], "naam, functie en departement",
     "name, job title and department"),
    (["naam", "functie"], "naam en functie", "name and job title"),
    (["naam"], "naam", "name"),
])
def test_a_list_is_joined_in_the_language_in_use(items, dutch, english):
    assert dutch_list(items) == dutch
    i18n.set_language("en")
    try:
        assert dutch_list([_(item) for item in items]) == english
    finally:
        i18n.set_language("nl")


# --- The window's catalogue (Qt Linguist) ---------------------------------------------


def window_texts(source: str) -> set[str]:
    """The literal texts of ``tr("…")`` and ``QCoreApplication.translate(context, "…")``
    in Python ``source``, including those inside f-strings, which pyside6-lupdate
    does not see."""
    texts = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        position = {"tr": 0, "translate": 1}.get(name)
        if position is not None and len(node.args) > position:
            text = node.args[position]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                texts.add(text.value)
    return texts


def translated_in_ts(path: Path) -> set[str]:
    """The source texts of ``path`` that have a finished, non-empty translation."""
    done = set()
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") not in ("unfinished", "obsolete", "vanished") and (
                (translation.text or "").strip()
                or translation.find("numerusform") is not None):
            done.add(message.findtext("source"))
    return done


def test_every_window_text_is_in_the_qt_catalogue_and_translated():
    done = translated_in_ts(resource_path("i18n", "glazenhuis_en.ts"))
    missing = sorted(f"{path.name}: {text!r}" for path in (ROOT / "ui").glob("*.py")
                     for text in window_texts(path.read_text(encoding="utf-8")) - done)
    assert missing == []


def test_a_window_text_out_of_lupdates_sight_or_unfinished_is_found(tmp_path):
    source = ('title = self.tr("Titel")\n'
              'html = f"<h1>{tr(\'Kop\')}</h1>"\n'
              'print(QCoreApplication.translate("app", "Geen scherm"))\n'
              'label = self.tr(name)\n')
    assert window_texts(source) == {"Titel", "Kop", "Geen scherm"}
    ts = tmp_path / "x.ts"
    ts.write_text('<TS><context><name>c</name>'
                  '<message><source>Titel</source><translation>Title</translation></message>'
                  '<message><source>Kop</source><translation type="unfinished">Head'
                  '</translation></message>'
                  '<message><source>Leeg</source><translation></translation></message>'
                  '</context></TS>', encoding="utf-8")
    assert translated_in_ts(ts) == {"Titel"}
