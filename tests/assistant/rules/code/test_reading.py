"""The learned reading: its model as shipped, what its findings look like, and
that a paragraph is read once."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
from pathlib import Path

import pytest

from assistant.engine import Engine, builtin_rules
from assistant.nlp.classes import builtin_class_specs
from assistant.resources import resource_path
from assistant.rules.code import reading
from assistant.settings import Identity, Settings
from assistant.text import Document

ROOT = Path(__file__).resolve().parents[4]
CATEGORIES = {"vertrouwelijk", "besloten-sfeer", "collega", "toon", "partijdigheid",
              "toezegging", "rolvermenging", "beleidsterrein"}
WRITER = Identity("Femke Bos", "beleidsmedewerker", "Ministerie van Financiën")
LEAK = ("Tip voor wie een huis zoekt in Zwolle: wacht nog even, de nieuwe huurgrenzen die wij "
        "hebben doorgerekend liggen een stuk lager. Officieel komt het pas in mei naar buiten.")


def _trainer():
    spec = importlib.util.spec_from_file_location("train_reading",
                                                  ROOT / "scripts" / "train_reading.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _data() -> dict:
    return json.loads(resource_path(*reading.MODEL_FILE).read_text(encoding="utf-8"))


def test_the_model_reads_the_eight_language_categories_with_known_classes():
    data = _data()
    assert {key.partition("@")[0] for key in data["models"]} == CATEGORIES
    known = set(builtin_class_specs()) | {"eigen_organisatie", "eigen_beleid"}
    assert data["classes"] and set(data["classes"]) <= known
    width = len(data["models"])
    assert len(data["bias"]) == len(data["threshold"]) == width
    assert all(len(weights) == width for weights in data["weights"].values())
    for i in range(width):
        assert any(weights[i] for weights in data["weights"].values())


def test_a_model_with_a_row_of_the_wrong_width_is_refused():
    with pytest.raises(ValueError):
        reading.Model({"classes": [], "models": ["toon"], "bias": [0.0], "threshold": [1.0],
                       "weights": {"l:dom": [1.0, 2.0]}})


def test_the_model_was_learned_from_the_current_hold_out_drafts():
    """Adding or changing a labelled round without training again fails here."""
    trainer = _trainer()
    assert _data()["trained_on"] == trainer.digest(trainer.training_drafts())


def _findings(text: str, profile: str = "prive"):
    return [f for f in Engine().check(text, profile, "facebook", identity=WRITER)
            if f.rule_id.endswith(".strekking")]


def test_a_reading_finding_is_a_tip_on_one_sentence():
    found = [f for f in _findings(LEAK) if f.category == "vertrouwelijk"]
    assert found, "the leak should be read as confidential"
    finding, = found
    assert finding.severity == "tip"
    sentence = LEAK[finding.start:finding.end]
    assert sentence.endswith(".") and "\n" not in sentence and len(sentence) < len(LEAK)


def test_a_plain_announcement_is_not_read_as_anything():
    assert not _findings("Vandaag is het nieuwe jaarverslag gepubliceerd. De belangrijkste "
                         "cijfers staan op onze website.")


def test_a_rule_finding_of_the_same_category_takes_the_place_of_the_reading():
    text = "Dit is nog vertrouwelijk, maar " + LEAK[0].lower() + LEAK[1:]
    found = [f for f in Engine().check(text, "prive", "facebook", identity=WRITER)
             if f.category == "vertrouwelijk"]
    rules = [f for f in found if f.severity != "tip"]
    tips = [f for f in found if f.severity == "tip"]
    assert rules
    assert not [(t, r) for t in tips for r in rules if t.start < r.end and r.start < t.end]


def test_a_paragraph_is_read_once_while_another_is_edited(monkeypatch):
    calls = []
    original = reading.Reader.paragraph

    def counting(self, text):
        calls.append(text)
        return original(self, text)

    monkeypatch.setattr(reading.Reader, "paragraph", counting)
    monkeypatch.setattr(reading, "_kept", reading._Kept())
    monkeypatch.setattr(reading, "_last", reading.OrderedDict())
    paragraphs = [f"Alinea {i} gaat over het weer in de provincie en de fietsroutes daar."
                  for i in range(40)]
    engine = Engine()
    engine.check("\n\n".join(paragraphs), "prive", "blog")
    assert len(calls) == 40
    paragraphs[7] += " Mooi!"
    engine.check("\n\n".join(paragraphs), "prive", "blog")
    assert calls[40:] == [paragraphs[7]]


@pytest.mark.parametrize("edit", [
    lambda text: text.replace("Alinea 7 ", "Alinea 7 wordt nu pas gepubliceerd, maar "),
    lambda text: text.replace("\n\nAlinea 12", " Alinea 12"),
    lambda text: text.replace("Alinea 20 gaat", "Alinea 20\n\ngaat"),
    lambda text: text[:len(text) // 2],
])
def test_a_draft_read_after_an_edit_reads_as_when_read_afresh(monkeypatch, edit):
    paragraphs = [f"Alinea {i} gaat over de nieuwe huurgrenzen die wij hebben doorgerekend; "
                  f"officieel komt het pas in mei naar buiten." for i in range(30)]
    before = "\n\n".join(paragraphs)
    engine = Engine()
    ctx = engine.context("prive", "blog", WRITER)
    reading._read(Document(before), ctx)
    after = edit(before)
    kept = reading._read(Document(after), ctx)
    monkeypatch.setattr(reading, "_kept", reading._Kept())
    monkeypatch.setattr(reading, "_last", reading.OrderedDict())
    assert kept and kept == reading._read(Document(after), ctx)


def test_without_a_readable_model_the_rules_still_check(monkeypatch, caplog):
    monkeypatch.setattr(reading, "MODEL_FILE", ("reading", "missing.json"))
    monkeypatch.setattr(reading, "_model", None)
    monkeypatch.setattr(reading, "_reader", reading._reader.__wrapped__)
    found = Engine().check(LEAK + " Stelletje idioten!", "prive", "facebook", identity=WRITER)
    assert not [f for f in found if f.rule_id.endswith(".strekking")]
    assert [f for f in found if f.category == "toon"]
    assert "could not be read" in caplog.text


def test_a_rule_tip_of_the_same_category_stays_where_the_reading_is_longer():
    from assistant.rules.spec import parse_rule
    from assistant.settings import Settings

    tip = parse_rule({"id": "afdeling.wij", "type": "existence", "category": "rolvermenging",
                      "level": "tip", "message": "m", "tokens": ["wij op het ministerie"]})
    text = "Wij op het ministerie kunnen jouw aanvraag wel wat sneller laten gaan, stuur me een berichtje."
    reading_only = [f.rule_id for f in Engine().check(text, "prive", "blog")
                    if f.category == "rolvermenging"]
    assert reading_only == ["rolvermenging.strekking"], "the reading should read this"
    found = [f.rule_id for f in Engine(Settings(rules=(tip,))).check(text, "prive", "blog")
             if f.category == "rolvermenging"]
    assert found == ["afdeling.wij"]


def _reading_rule(rule_id: str):
    return next(spec for spec in builtin_rules() if spec.id == rule_id)


@pytest.mark.parametrize("rule_id, text", [
    # The writer mocks themself: nobody else is put down.
    ("toon.strekking", "ik ben echt een sukkel, derde keer dat ik die kast verkeerd in "
                       "elkaar zet 🤦"),
    ("toon.strekking", "ik voel me echt een domme sukkel, derde keer dat ik die kast verkeerd "
                       "in elkaar zet 🤦"),
    # A refusal that will not even say when something comes out.
    ("vertrouwelijk.strekking", "Het advies ligt al bij de minister, maar ik kan er niets over "
                                "vertellen, ook niet wanneer het naar buiten komt."),
])
def test_the_reading_yields_to_its_rules_guards(rule_id, text):
    spec = _reading_rule(rule_id)
    bare = dataclasses.replace(spec, unless_slots=(), unless_text_slots=())
    ctx = Engine().context("prive", "forum", WRITER)
    # The model alone reads the text as the category; the rule's guard lets it go.
    assert Engine(Settings(rules=(bare,))).run_rule(bare, Document(text), ctx)
    assert not Engine(Settings(rules=(spec,))).run_rule(spec, Document(text), ctx)


@pytest.mark.parametrize("rule_id, text", [
    ("toon.strekking", "Die figuren die elke week met hun spandoeken bij het provinciehuis "
                       "staan te blèren, hebben echt nog nooit een dag gewerkt. Stelletje "
                       "profiteurs. Ik ben een geduldig mens, maar dit is te veel."),
    # Someone else called a fool is no self-mockery.
    ("toon.strekking", "Jij bent echt een domme sukkel, derde keer dat je die kast verkeerd "
                       "in elkaar zet 🤦"),
    ("vertrouwelijk.strekking", "Over die reorganisatie mag ik niks zeggen, ook niet of er iets "
                                "speelt, maar de nieuwe huurgrenzen die wij hebben doorgerekend "
                                "liggen een stuk lager. Officieel komt het pas in mei naar buiten."),
])
def test_the_guards_of_the_reading_are_narrow(rule_id, text):
    spec = _reading_rule(rule_id)
    ctx = Engine().context("prive", "forum", WRITER)
    assert Engine(Settings(rules=(spec,))).run_rule(spec, Document(text), ctx)


# A promise to one's own grandchildren: a rule of promises recognises the wording,
# the reading sees nothing of the kind.
FAMILY_PROMISE = ("Aan de kleinkinderen beloofd: woensdag naar de open dag van de kazerne in "
                  "Den Haag. Ze willen de tanks zien!")
OFFICE_PROMISE = ("Ik beloof je dat je toeslag vóór 1 maart wordt uitbetaald, ik werk zelf bij "
                  "de Belastingdienst en weet hoe het loopt.")


def _alone_and_whole(text: str, rule_id: str, engine: Engine | None = None,
                     profile: str = "prive") -> tuple[bool, bool]:
    """Whether the rule finds something in ``text`` alone, and in the whole check."""
    engine = engine or Engine()
    ctx = engine.context(profile, "x")
    spec = next(s for s in engine.rules if s.id == rule_id)
    alone = bool(engine.run_rule(spec, Document(text), ctx))
    return alone, rule_id in {f.rule_id for f in engine.check_context(text, ctx)}


def test_a_rule_finding_in_text_the_reading_doubts_is_left_out_of_the_check():
    assert reading.model().doubt is not None
    ctx = Engine().context("prive", "x")
    assert reading.doubts(Document(FAMILY_PROMISE), ctx, "toezegging", 0, 20)
    assert _alone_and_whole(FAMILY_PROMISE, "toezegging.prive-toezegging") == (True, False)


def test_a_rule_finding_the_reading_does_not_doubt_stays():
    ctx = Engine().context("prive", "x")
    assert not reading.doubts(Document(OFFICE_PROMISE), ctx, "toezegging", 0, 20)
    assert _alone_and_whole(OFFICE_PROMISE, "toezegging.prive-toezegging") == (True, True)


def test_without_a_doubt_in_the_model_every_rule_finding_stays(monkeypatch):
    monkeypatch.setattr(reading.model(), "doubt", None)
    assert _alone_and_whole(FAMILY_PROMISE, "toezegging.prive-toezegging") == (True, True)


def test_a_finding_of_level_fout_is_never_doubted(monkeypatch):
    # However little the reading makes of it, a curse stays; the promise beside
    # it, of level waarschuwing, goes.
    text = f"{FAMILY_PROMISE} Vorig jaar was het een kuttijd, drie weken regen op de camping."
    monkeypatch.setattr(reading.model(), "doubt", -1000.0)  # doubts everything read
    assert reading.doubts(Document(text), Engine().context("prive", "x"), "toon", 0, 10)
    assert _alone_and_whole(text, "toon.vloek") == (True, True)
    assert _alone_and_whole(text, "toezegging.prive-toezegging") == (True, False)


def test_a_department_rule_is_never_doubted(monkeypatch):
    spec = dataclasses.replace(
        next(s for s in builtin_rules() if s.id == "toezegging.prive-toezegging"),
        id="afdeling.belofte", builtin=False)
    monkeypatch.setattr(reading.model(), "doubt", -1000.0)
    engine = Engine(Settings(rules=(spec,)))
    assert _alone_and_whole(FAMILY_PROMISE, "afdeling.belofte", engine) == (True, True)
    assert _alone_and_whole(FAMILY_PROMISE, "toezegging.prive-toezegging", engine)[1] is False


def test_text_too_short_to_read_raises_no_doubt(monkeypatch):
    monkeypatch.setattr(reading.model(), "doubt", -1000.0)
    ctx = Engine().context("prive", "x")
    assert not reading.doubts(Document("Beloofd, hoor."), ctx, "toezegging", 0, 8)
    # Text beyond every window read is not doubted either.
    assert not reading.doubts(Document(FAMILY_PROMISE), ctx, "toezegging", 500, 510)


def test_only_the_windows_around_a_finding_decide_its_doubt():
    ctx = Engine().context("prive", "x")
    # A long draft is read per paragraph: the promise in its own paragraph is
    # doubted, the one from the office in another paragraph is not.
    filler = " ".join(["Het was een rustige dag op de camping en de kinderen speelden buiten."] * 12)
    text = f"{FAMILY_PROMISE}\n\n{filler}\n\n{OFFICE_PROMISE}"
    doc = Document(text)
    office = text.index(OFFICE_PROMISE)
    assert reading.doubts(doc, ctx, "toezegging", 0, 20)
    assert not reading.doubts(doc, ctx, "toezegging", office, office + 20)
