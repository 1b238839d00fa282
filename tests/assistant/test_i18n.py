"""Texts in the user's language: the code's through gettext, the data's beside the Dutch."""

import tomllib

import pytest

from assistant import i18n
from assistant.checklist import builtin_checklist, checklist_for, parse_item
from assistant.engine import Engine
from assistant.resources import resource_path
from assistant.rules.spec import TRANSLATABLE_FIELDS, parse_rule
from assistant.settings import Settings
from assistant.sources import cite, guideline_sources


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("nl")


RULE = {"id": "t.woord", "type": "existence", "category": "toon", "level": "tip",
        "tokens": ["knoeiboel"], "message": "“{match}” is een woord.",
        "message_en": "“{match}” is a word.", "explanation": "Uitleg.",
        "explanation_en": "Explanation.", "source": "stelregel-1"}


def _finding(rule):
    engine = Engine(Settings(rules=(parse_rule(rule),)))
    [finding] = [f for f in engine.check("Wat een knoeiboel.", "prive", "x")
                 if f.rule_id == rule["id"]]
    return finding


def test_a_rule_speaks_english_where_it_has_the_text(english):
    finding = _finding(RULE)
    assert finding.message == "“knoeiboel” is a word."
    assert finding.explanation.startswith("Explanation.")
    # The guideline passage cited under it is in English too.
    assert guideline_sources()["stelregel-1"].title in finding.explanation
    assert "Stelregel" not in finding.explanation


def test_a_rule_speaks_dutch_without_a_translation_or_in_dutch(english):
    dutch_only = {k: v for k, v in RULE.items() if not k.endswith("_en")}
    assert _finding(dutch_only).message == "“knoeiboel” is een woord."
    i18n.set_language("nl")
    assert _finding(RULE).message == "“knoeiboel” is een woord."
    assert _finding(RULE).explanation.startswith("Uitleg.")


@pytest.mark.parametrize("language, expected", [
    ("en", "en"), ("en_GB", "en"), ("en-US", "en"), ("nl", ""), ("de", ""), (None, "")])
def test_set_language_takes_what_ships_and_dutch_otherwise(language, expected):
    i18n.set_language(language)
    try:
        assert i18n.language() == expected
    finally:
        i18n.set_language("nl")


def test_a_translated_message_is_checked_like_the_dutch():
    with pytest.raises(ValueError) as err:
        parse_rule({**RULE, "message_en": "{match.__class__}"})
    assert err.value.key == "message_en"
    with pytest.raises(ValueError) as err:
        parse_rule({**RULE, "explanation_en": 3})
    assert err.value.key == "explanation_en"
    with pytest.raises(ValueError) as err:
        parse_rule({**RULE, "message_de": "x"})
    assert err.value.key == "message_de"


def test_a_department_checklist_item_may_carry_english(english):
    item = parse_item({"id": "eigen", "text": "Heb je het gecheckt?",
                       "text_en": "Did you check it?", "advice": "Vraag het na.",
                       "advice_en": "Ask."}, "department")
    settings = Settings(checklist=(item,))
    [shown] = [i for i in checklist_for(settings, "prive", "x") if i.id == "eigen"]
    assert (shown.text, shown.advice) == ("Did you check it?", "Ask.")
    i18n.set_language("nl")
    [shown] = [i for i in checklist_for(settings, "prive", "x") if i.id == "eigen"]
    assert (shown.text, shown.advice) == ("Heb je het gecheckt?", "Vraag het na.")


def test_an_unknown_source_is_cited_as_written(english):
    assert "intranet" in cite("intranet")


# --- Everything that ships has its English ------------------------------------


def _rule_tables():
    for path in sorted(resource_path("rules").glob("*.toml")):
        with open(path, "rb") as fh:
            for table in tomllib.load(fh).get("rules", []):
                yield path.name, table


@pytest.mark.parametrize("name, table", list(_rule_tables()),
                         ids=[t["id"] for _n, t in _rule_tables()])
def test_every_builtin_rule_has_english(name, table):
    missing = [f"{key}_en" for key in TRANSLATABLE_FIELDS
               if table.get(key) and not table.get(f"{key}_en", "").strip()]
    message = table.get("options", {}).get("message_no_identity")
    if message and not table["options"].get("message_no_identity_en"):
        missing.append("options.message_no_identity_en")
    assert not missing, f"{name}: {table['id']} lacks {missing}"


def test_every_checklist_question_has_english():
    missing = [(item.id, key) for item in builtin_checklist() for key in ("text", "advice")
               if getattr(item, key) and not dict(item.translations).get(f"{key}_en")]
    assert not missing


def test_every_guideline_passage_has_english():
    with open(resource_path("guideline", "sources.toml"), "rb") as fh:
        data = tomllib.load(fh)
    missing = [(key, field) for key, table in data.items() for field in ("title", "quote")
               if table.get(field) and not table.get(f"{field}_en")]
    assert not missing


def test_every_weighing_text_has_english():
    with open(resource_path("weighing.toml"), "rb") as fh:
        criteria = tomllib.load(fh)["criteria"]
    missing = [(key, field) for key, table in criteria.items()
               for field in ("title", "passage", "middel", "hoog")
               if table.get(field) and not table.get(f"{field}_en")]
    assert not missing


def test_a_language_state_is_named_in_the_language_in_use(english):
    from assistant.language.grammar import NIET_BESCHIKBAAR, state_label

    assert state_label(NIET_BESCHIKBAAR) == "not available"
    assert state_label("onbekend") == "onbekend"
    i18n.set_language("nl")
    assert state_label(NIET_BESCHIKBAAR) == "niet beschikbaar"
