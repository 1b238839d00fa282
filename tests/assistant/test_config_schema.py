"""The configuration's JSON Schema (resources/config.schema.json): what
``glazenhuis config schema`` prints, what an editor checks a department file
against, and what the loader checks every file against."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from assistant import cli
from assistant.checklist import ITEM_KEYS, platform_choices
from assistant.config import (
    ARRAYS,
    KEYS,
    LOCKABLE,
    TABLES,
    config_schema,
    flat_values,
    load_settings,
    validate_file,
)
from assistant.findings import Severity
from assistant.nlp.classes import CLASS_KEYS
from assistant.platforms import PLATFORMS
from assistant.profiles import PROFILES
from assistant.rules.spec import CODE_OPTIONS, CONSTRUCTION_CHOICES, KNOWN_KEYS, RULE_TYPES, SCOPES
from assistant.settings import SensitivePeriod, Settings
from assistant.weighing import CRITERIA, LEVELS

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.toml"))


def as_an_editor_reads(value):
    """A parsed TOML file as an editor hands it to a JSON Schema validator:
    dates become strings of the form 2027-01-01."""
    if isinstance(value, dict):
        return {key: as_an_editor_reads(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_an_editor_reads(item) for item in value]
    return value.isoformat() if isinstance(value, date) else value


def editor_errors(data: dict, schema: dict | None = None) -> list[str]:
    validator = Draft202012Validator(schema or config_schema(), format_checker=FormatChecker())
    return [f"{list(e.absolute_path)}: {e.message}"
            for e in validator.iter_errors(as_an_editor_reads(data))]


def defs() -> dict:
    return config_schema()["$defs"]


def item_schema(name: str) -> dict:
    # A definition with the others beside it, for its references.
    return {**defs()[name], "$defs": defs()}


# --- what `glazenhuis config schema` prints -------------------------------------

def test_config_schema_prints_a_valid_draft_2020_12_schema(capsys):
    assert cli.main(["config", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema == config_schema()


@pytest.mark.parametrize("example", EXAMPLES + [ROOT / "docs" / "configuration.md"],
                         ids=lambda p: p.stem)
def test_bundled_department_files_validate_against_the_schema(example):
    text = example.read_text(encoding="utf-8")
    if example.suffix == ".md":
        # The documented department and user files.
        blocks = [block.split("```")[0] for block in text.split("```toml\n")[1:]][-2:]
    else:
        blocks = [text]
    for block in blocks:
        assert editor_errors(tomllib.loads(block)) == []


@pytest.mark.parametrize("text, where", [
    ('[department]\nshort_nmes = ["M"]\n', ["department"]),
    ('[ui]\nlanguage = "fr"\n', ["ui", "language"]),
    ('[[sensitive_periods]]\nname = "V"\nstart = 2027-01-01\n', ["sensitive_periods", 0]),
    ('[[rules]]\nid = "r"\ntype = "bestaat"\ncategory = "toon"\nmessage = "m"\n',
     ["rules", 0, "type"]),
    ('[[checklist]]\nid = "c"\ntext = "V?"\nplatforms = ["myspace"]\n',
     ["checklist", 0, "platforms", 0]),
    ('[classes.x]\nwoorden = ["a"]\n', ["classes", "x"]),
    ('[lock]\nkeys = ["departement"]\n', ["lock", "keys", 0]),
])
def test_an_editor_flags_a_broken_department_file_where_it_is_broken(text, where):
    [error] = editor_errors(tomllib.loads(text))
    assert error.startswith(f"{where}: ")


@pytest.mark.parametrize("folder, array, definition", [
    ("rules", "rules", "rule"),
    ("checklist.toml", "checklist", "checklist_item"),
])
def test_the_built_in_rules_and_questions_fit_the_schema(folder, array, definition):
    path = ROOT / "resources" / folder
    files = sorted(path.glob("*.toml")) if path.is_dir() else [path]
    items = [item for file in files
             for item in tomllib.loads(file.read_text(encoding="utf-8")).get(array, [])]
    assert items
    schema = item_schema(definition)
    assert [(item.get("id"), editor_errors(item, schema)) for item in items
            if editor_errors(item, schema)] == []


def test_the_built_in_word_classes_fit_the_schema():
    schema = item_schema("word_class")
    classes = {name: table for file in sorted((ROOT / "resources" / "classes").glob("*.toml"))
               for name, table in tomllib.loads(file.read_text(encoding="utf-8")).items()}
    assert classes
    assert {name: editor_errors(table, schema) for name, table in classes.items()
            if editor_errors(table, schema)} == {}


# --- the schema covers what the loader reads, and no more -------------------------

def test_the_schema_has_every_key_the_loader_reads():
    # A key added to Settings (flat_values) but not to the schema fails here.
    assert list(flat_values(Settings())) == list(KEYS)


def test_the_schema_has_every_key_of_a_rule_question_class_and_period():
    properties = {name: set(spec["properties"]) for name, spec in defs().items()
                  if "properties" in spec}
    assert properties["rule"] == set(KNOWN_KEYS)
    assert properties["checklist_item"] == set(ITEM_KEYS)
    assert properties["word_class"] == set(CLASS_KEYS)
    assert properties["sensitive_period"] == {f.name for f in fields(SensitivePeriod)}


def test_the_schemas_choices_are_the_programs():
    top = config_schema()["properties"]
    rule = defs()["rule"]["properties"]
    assert top["check"]["properties"]["default_profile"]["enum"] == list(PROFILES)
    assert top["check"]["properties"]["default_platform"]["enum"] == list(PLATFORMS)
    for definition in ("rule", "checklist_item"):
        platforms = defs()[definition]["properties"]["platforms"]["items"]["enum"]
        assert set(platforms) == platform_choices()
        assert defs()[definition]["properties"]["profiles"]["items"]["enum"] == list(PROFILES)
    assert rule["type"]["enum"] == list(RULE_TYPES)
    assert rule["level"]["enum"] == [level.value for level in Severity]
    assert rule["scope"]["enum"] == list(SCOPES)
    assert rule["check"]["enum"] == list(CODE_OPTIONS)
    for key, choices in CONSTRUCTION_CHOICES.items():
        assert rule[key]["enum"] == list(choices)


def test_the_weighing_keys_are_the_criteria_and_levels():
    weighing = config_schema()["properties"]["weighing"]["properties"]
    assert [key for key in weighing if key.startswith("weight_")] == [
        f"weight_{criterion}" for criterion in CRITERIA]
    assert [key for key in weighing if key.startswith("threshold_")] == [
        f"threshold_{level.value}" for level in LEVELS[1:]]
    # A threshold can ask for every criterion at its highest weight, and no more.
    assert defs()["threshold"]["maximum"] == defs()["weight"]["maximum"] * len(CRITERIA)


def test_every_key_table_and_list_can_be_locked():
    assert set(LOCKABLE) == set(KEYS) | set(TABLES) | set(ARRAYS) | {"classes"}


# Keywords the loader turns into Dutch messages wherever they stand, and those it
# explains only for the definitions it knows (assistant.config._explain).
EXPLAINED_ANYWHERE = {"type", "properties", "additionalProperties", "required", "items", "enum",
                      "format", "maxLength", "$ref"}
EXPLAINED_BY_DEFINITION = {"term": {"pattern"},
                           "weight": {"minimum", "maximum"}, "threshold": {"minimum", "maximum"}}
ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description"}


def _keywords(spec: dict, where: str):
    yield where, set(spec) - ANNOTATIONS
    for key in ("properties", "$defs"):
        for name, sub in spec.get(key, {}).items():
            yield from _keywords(sub, name)
    for key in ("items", "additionalProperties"):
        if isinstance(spec.get(key), dict):
            yield from _keywords(spec[key], where)


def test_every_check_the_loader_runs_has_a_dutch_message():
    # Rules, questions and classes are read by their own parsers, with their own messages.
    loader_schema = {**config_schema(), "$defs": {
        name: spec for name, spec in defs().items()
        if name not in ("rule", "checklist_item", "word_class")}}
    unexplained = [
        (where, keywords - EXPLAINED_ANYWHERE - EXPLAINED_BY_DEFINITION.get(where, set()))
        for where, keywords in _keywords(loader_schema, "")]
    assert [(where, keywords) for where, keywords in unexplained if keywords] == []


# --- the loader's Dutch messages for what the schema refuses -----------------------

def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, key, says", [
    ("[weighing]\nweight_ernst = 11\n", "weighing.weight_ernst", "tussen 0 (telt niet mee) en 10"),
    ("[weighing]\nweight_ernst = -1\n", "weighing.weight_ernst", "tussen 0 (telt niet mee) en 10"),
    ("[weighing]\nthreshold_hoog = 0\n", "weighing.threshold_hoog", "tussen 1 en 60"),
    ("[weighing]\nweight_ernst = 2.0\n", "weighing.weight_ernst", "geheel getal"),
    ("[weighing]\nweight_ernst = true\n", "weighing.weight_ernst", "geheel getal"),
    ("[[sensitive_periods]]\nname = \"V\"\nstart = 5\nend = 2027-01-02\n",
     "sensitive_periods[1].start", "Moet een datum zijn"),
    ("[[sensitive_periods]]\nname = \"V\"\nstart = 2027-01-01\nend = 2027-01-02\nwhen = 1\n",
     "sensitive_periods[1].when", "Onbekende sleutel"),
    ("[weighing]\nsensitive_topics = [\"" + "a" * 201 + "\"]\n", "weighing.sensitive_topics",
     "Tekst van 201 tekens; hooguit 200 mag."),
    ("[lock]\nkeys = [\"ui\", 3]\n", "lock.keys", "department"),
    ("[lock]\nkey = [\"ui\"]\n", "lock.key", "bedoel je keys?"),
])
def test_schema_errors_become_dutch_problems_with_line_and_key(tmp_path, text, key, says):
    [problem] = validate_file(write(tmp_path / "c.toml", text))
    assert problem.key == key and problem.line is not None and says in problem.message


@pytest.mark.parametrize("text", [
    "[weighing]\nweight_ernst = 10\nweight_afstand = 0\nthreshold_hoog = 60\n",
    "[[sensitive_periods]]\nname = \"V\"\nstart = 2027-01-01\nend = 2027-01-01\n",
    "[languagetool]\nurl = \"\"\n",
    "[languagetool]\nurl = \"https://lt.intern/v2\"\n",
    "[department]\npolicy_terms = [\"één\", \"A27\"]\n",
    "[weighing]\nsensitive_topics = [\"" + "a" * 200 + "\"]\n",
])
def test_values_at_the_edge_of_the_schema_are_accepted(tmp_path, text):
    assert validate_file(write(tmp_path / "c.toml", text)) == []


def test_one_unknown_name_in_lock_keys_leaves_the_others_locked(isolated_dirs):
    department = isolated_dirs["site-config"] / "glazenhuis" / "config.toml"
    department.parent.mkdir(parents=True)
    write(department, '[lock]\nkeys = ["ui", "departement", "rules"]\n')
    settings = load_settings()
    assert settings.locked == {"ui", "rules"}
    assert [(p.key, p.line) for p in settings.problems] == [("lock.keys", 2)]


# --- a file the schema passed before is not checked again on start -----------------

def _load_in_a_new_process(env: dict[str, str]) -> dict:
    code = ("import json, sys; from assistant.config import load_settings; "
            "s = load_settings(); print(json.dumps({'jsonschema': 'jsonschema' in sys.modules, "
            "'problems': [p.key for p in s.problems], 'name': s.identity.name}))")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, cwd=ROOT, timeout=60, check=True)
    return json.loads(result.stdout)


def test_a_known_valid_file_loads_without_jsonschema_and_a_changed_one_is_checked(
        isolated_dirs):
    user = isolated_dirs["config"] / "glazenhuis" / "config.toml"
    user.parent.mkdir(parents=True)
    user.write_text('[identity]\nname = "Jan"\n', encoding="utf-8")
    env = dict(os.environ)

    first, second = _load_in_a_new_process(env), _load_in_a_new_process(env)
    assert first == {"jsonschema": True, "problems": [], "name": "Jan"}
    assert second == {"jsonschema": False, "problems": [], "name": "Jan"}

    user.write_text('[identity]\nname = 3\n', encoding="utf-8")
    for _ in range(2):
        assert _load_in_a_new_process(env) == {"jsonschema": True,
                                               "problems": ["identity.name"], "name": ""}
