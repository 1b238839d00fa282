"""Configuration layers, locking, and every kind of bad input."""

from __future__ import annotations

import copy
import os
import time
from datetime import date
from pathlib import Path

import pytest

from assistant import config
from assistant.config import (
    ConfigWriteError,
    is_locked,
    load_settings,
    save_user_values,
    validate_file,
)
from assistant.engine import Engine, builtin_rules
from assistant.settings import Settings


@pytest.fixture
def department_file(isolated_dirs) -> Path:
    return isolated_dirs["site-config"] / "glazenhuis" / "config.toml"


@pytest.fixture
def user_file(isolated_dirs) -> Path:
    return isolated_dirs["config"] / "glazenhuis" / "config.toml"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def only_problem(settings: Settings):
    assert len(settings.problems) == 1, settings.problems
    return settings.problems[0]


RULE = """
[[rules]]
id = "{id}"
type = "existence"
category = "vertrouwelijk"
level = "fout"
message = "Niet noemen."
tokens = ["{token}"]
"""


# --- layers ------------------------------------------------------------------

def test_without_files_everything_is_builtin():
    settings = load_settings()
    assert settings.problems == ()
    assert settings.identity.name == ""
    assert settings.default_profile == "prive"
    assert set(settings.origins.values()) == {"builtin"}


def test_later_layers_win(department_file, user_file, tmp_path):
    write(department_file, '[identity]\nfunction = "d"\nname = "d"\n[ui]\nlanguage = "en"\n')
    write(user_file, '[identity]\nfunction = "u"\nname = "u"\n')
    cli = write(tmp_path / "cli.toml", '[identity]\nfunction = "c"\n')
    settings = load_settings(cli)
    assert settings.problems == ()
    assert settings.identity.function == "c"
    assert settings.identity.name == "u"
    assert settings.ui_language == "en"
    assert settings.origins["identity.function"] == "commandline"
    assert settings.origins["identity.name"] == "user"
    assert settings.origins["ui.language"] == "department"
    assert settings.origins["languagetool.url"] == "builtin"


def test_overrides_beat_the_command_line_file(tmp_path):
    cli = write(tmp_path / "cli.toml", '[identity]\nname = "bestand"\nfunction = "f"\n')
    settings = load_settings(cli, overrides={"identity": {"name": "vlag"}})
    assert (settings.identity.name, settings.identity.function) == ("vlag", "f")
    assert settings.origins["identity.name"] == "commandline"


def test_environment_variable_names_the_command_line_file(tmp_path, monkeypatch):
    env_file = write(tmp_path / "env.toml", '[identity]\nname = "omgeving"\n')
    explicit = write(tmp_path / "explicit.toml", '[identity]\nname = "expliciet"\n')
    assert load_settings(environ={"GLAZENHUIS_CONFIG": str(env_file)}).identity.name == "omgeving"
    monkeypatch.setenv("GLAZENHUIS_CONFIG", str(env_file))
    assert load_settings().identity.name == "omgeving"
    assert load_settings().origins["identity.name"] == "commandline"
    # --config wins over the environment.
    assert load_settings(explicit).identity.name == "expliciet"


def test_first_site_directory_wins(isolated_dirs, tmp_path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    write(first / "glazenhuis" / "config.toml", '[department]\nname = "Eerste"\n')
    write(second / "glazenhuis" / "config.toml",
          '[department]\nname = "Tweede"\npolicy_terms = ["sluis"]\n')
    monkeypatch.setenv("XDG_CONFIG_DIRS", os.pathsep.join([str(first), str(second)]))
    settings = load_settings()
    assert settings.department.name == "Eerste"
    assert settings.department.policy_terms == ("sluis",)


def test_department_name_signs_for_the_author_until_they_set_their_own(department_file,
                                                                        user_file):
    write(department_file, '[department]\nname = "Ministerie van Financiën"\n')
    settings = load_settings()
    assert settings.identity.department == "Ministerie van Financiën"
    assert settings.origins["identity.department"] == "department"
    write(user_file, '[identity]\ndepartment = "Belastingdienst"\n')
    assert load_settings().identity.department == "Belastingdienst"


def test_shared_department_example_loads_cleanly(shared_dir):
    path = shared_dir / "corpus" / "department-example.toml"
    settings = load_settings(config_file=path)
    assert settings.problems == ()
    assert "stikstof" in settings.department.policy_terms
    assert validate_file(path) == []


# --- locking -----------------------------------------------------------------

def test_user_cannot_override_a_locked_key(department_file, user_file):
    write(department_file, """
[department]
name = "Ministerie van Infrastructuur en Waterstaat"
policy_terms = ["dijkversterking"]

[check]
disabled_rules = []

[lock]
keys = ["department", "check.disabled_rules"]
""")
    write(user_file, """[identity]
name = "Jan"

[department]
policy_terms = ["iets anders"]

[check]
disabled_rules = ["alles"]
""")
    settings = load_settings()
    assert settings.department.policy_terms == ("dijkversterking",)
    assert settings.disabled_rules == ()
    assert settings.identity.name == "Jan"
    assert settings.origins["department.policy_terms"] == "department"
    assert is_locked(settings, "department.policy_terms")
    assert is_locked(settings, "department")
    assert not is_locked(settings, "identity.name")
    problems = {p.key: p for p in settings.problems}
    assert set(problems) == {"department.policy_terms", "check.disabled_rules"}
    assert problems["department.policy_terms"].line == 5
    assert problems["check.disabled_rules"].line == 8
    assert problems["department.policy_terms"].file == str(user_file)
    assert problems["department.policy_terms"].layer == "user"
    assert "vastgezet" in problems["department.policy_terms"].message


def test_command_line_cannot_override_a_locked_key(department_file, tmp_path):
    write(department_file, '[identity]\ndepartment = "IenW"\n[lock]\nkeys = ["identity.department"]\n')
    settings = load_settings(overrides={"identity": {"department": "Anders"}})
    assert settings.identity.department == "IenW"
    assert only_problem(settings).layer == "commandline"


def test_only_department_files_can_lock(user_file):
    write(user_file, '[identity]\nname = "Jan"\n\n[lock]\nkeys = ["identity"]\n')
    settings = load_settings()
    assert settings.locked == frozenset()
    assert settings.identity.name == "Jan"
    problem = only_problem(settings)
    assert (problem.key, problem.line) == ("lock", 4)


def test_unknown_lock_key_is_reported(department_file):
    write(department_file, '[lock]\nkeys = ["department", "departement.naam"]\n')
    settings = load_settings()
    assert is_locked(settings, "department.name")
    problem = only_problem(settings)
    assert (problem.key, problem.line) == ("lock.keys", 2)
    assert "departement.naam" in problem.message


def test_checklist_items_add_up_and_user_cannot_replace(department_file, user_file):
    write(department_file, """
[[checklist]]
id = "woordvoering"
text = "Heb je de woordvoerder ingelicht?"
profiles = ["functie"]
""")
    write(user_file, """
[[checklist]]
id = "eigen"
text = "Heb je het hardop voorgelezen?"

[[checklist]]
id = "woordvoering"
text = "Vervangen."
""")
    settings = load_settings()
    assert [(i.id, i.origin) for i in settings.checklist] == [("woordvoering", "department"),
                                                              ("eigen", "user")]
    assert settings.checklist[0].text == "Heb je de woordvoerder ingelicht?"
    problem = only_problem(settings)
    assert (problem.key, problem.line) == ("checklist[2].id", 7)
    assert settings.origins["checklist.eigen"] == "user"


def test_locked_arrays_refuse_user_items(department_file, user_file):
    write(department_file, '[lock]\nkeys = ["checklist", "rules", "sensitive_periods"]\n')
    write(user_file, """
[[checklist]]
id = "eigen"
text = "Vraag?"

[[sensitive_periods]]
name = "Eigen"
start = 2027-01-01
end = 2027-01-02
""" + RULE.format(id="eigen-regel", token="geheimpje"))
    settings = load_settings()
    assert settings.checklist == () and settings.rules == () and settings.sensitive_periods == ()
    assert sorted(p.key for p in settings.problems) == ["checklist[1]", "rules[1]",
                                                        "sensitive_periods[1]"]


def test_rules_add_up_and_only_the_department_replaces_existing_ones(department_file, user_file):
    write(department_file, RULE.format(id="dep-regel", token="projectnaam"))
    write(user_file, RULE.format(id="eigen-regel", token="geheimpje")
          + RULE.format(id="dep-regel", token="iets"))
    settings = load_settings()
    assert [r.id for r in settings.rules] == ["dep-regel", "eigen-regel"]
    assert settings.rules[0].tokens == ("projectnaam",)
    assert settings.origins["rules.dep-regel"] == "department"
    assert settings.origins["rules.eigen-regel"] == "user"
    assert only_problem(settings).key == "rules[2].id"


def test_user_rule_cannot_take_a_builtin_id(user_file):
    existing = builtin_rules()
    if not existing:
        pytest.skip("no built-in rules yet")
    write(user_file, RULE.format(id=existing[0].id, token="iets"))
    settings = load_settings()
    assert settings.rules == ()
    assert only_problem(settings).key == "rules[1].id"


def test_department_rule_runs_in_the_engine(department_file):
    write(department_file, RULE.format(id="dep-regel", token="projectnaam"))
    findings = Engine(load_settings()).check("Over de Projectnaam praten we niet.", "prive", "blog")
    assert any(f.rule_id == "dep-regel" for f in findings)


# --- bad input ---------------------------------------------------------------

def test_syntax_error_names_the_line(department_file, user_file):
    write(department_file, '[department]\nname = "IenW"\nshort_names = ["a", \n\n[check]\n')
    write(user_file, '[identity]\nname = "Jan"\n')
    settings = load_settings()
    problem = only_problem(settings)
    assert problem.file == str(department_file)
    assert problem.line == 5
    assert "TOML" in problem.message
    # The other layers still apply.
    assert settings.identity.name == "Jan"


def test_syntax_error_at_end_of_file_names_the_last_line(tmp_path):
    path = write(tmp_path / "c.toml", '[identity]\nname = "Jan\n')
    assert [p.line for p in validate_file(path)] == [2]


def test_unknown_key_names_line_and_suggests(tmp_path):
    path = write(tmp_path / "c.toml", '[identity]\nname = "Jan"\n# opmerking\nfucntion = "x"\n')
    settings = load_settings(path)
    problem = only_problem(settings)
    assert (problem.line, problem.key) == (4, "identity.fucntion")
    assert "function" in problem.message
    assert settings.identity.name == "Jan"  # the rest of the table still applies


def test_unknown_table(tmp_path):
    path = write(tmp_path / "c.toml", '[identiteit]\nnaam = "Jan"\n')
    problem = only_problem(load_settings(path))
    assert (problem.line, problem.key) == (1, "identiteit")


@pytest.mark.parametrize("text, key, line", [
    ('[department]\nname = 3\n', "department.name", 2),
    ('[department]\nshort_names = "IenW"\n', "department.short_names", 2),
    ('[department]\npolicy_terms = ["a", 2]\n', "department.policy_terms", 2),
    ('[languagetool]\nenabled = "ja"\n', "languagetool.enabled", 2),
    ('[languagetool]\nurl = "ftp://lt"\n', "languagetool.url", 2),
    ('[ui]\nlanguage = "fr"\n', "ui.language", 2),
    ('[check]\ndefault_platform = "myspace"\n', "check.default_platform", 2),
    ('[check]\ndefault_profile = "thuis"\n', "check.default_profile", 2),
    ('identity = "Jan"\n', "identity", 1),
    ('checklist = "x"\n', "checklist", 1),
])
def test_wrong_types(tmp_path, text, key, line):
    problem = only_problem(load_settings(write(tmp_path / "c.toml", text)))
    assert (problem.key, problem.line) == (key, line)


@pytest.mark.parametrize("url, says", [
    ("https://lt intern/v2", "spaties"),
    ("http://", "webadres"),
    ("lt.intern:8081", "webadres"),
])
def test_a_languagetool_address_is_checked_like_every_web_address(tmp_path, url, says):
    problem = only_problem(load_settings(write(tmp_path / "c.toml",
                                               f'[languagetool]\nurl = "{url}"\n')))
    assert (problem.key, problem.line) == ("languagetool.url", 2)
    assert says in problem.message


@pytest.mark.parametrize("url", ["", "http://localhost:8081", "HTTPS://lt.intern/v2"])
def test_a_languagetool_address_that_is_one_is_accepted(tmp_path, url):
    settings = load_settings(write(tmp_path / "c.toml", f'[languagetool]\nurl = "{url}"\n'))
    assert settings.problems == ()


@pytest.mark.parametrize("start, end, key", [
    ('"2027-01-01"', "2027-02-01", "start"),
    ("2027-01-01", "2027-02-01T10:00:00", "end"),
    ("2027-03-01", "2027-02-01", "end"),
])
def test_bad_dates(tmp_path, start, end, key):
    path = write(tmp_path / "c.toml", f"""
[[sensitive_periods]]
name = "Goed"
start = 2027-01-01
end = 2027-01-31

[[sensitive_periods]]
name = "Fout"
start = {start}
end = {end}
""")
    settings = load_settings(path)
    problem = only_problem(settings)
    assert problem.key == f"sensitive_periods[2].{key}"
    assert problem.line == (9 if key == "start" else 10)
    assert [p.name for p in settings.sensitive_periods] == ["Goed"]
    assert settings.sensitive_periods[0].includes(date(2027, 1, 15))


def test_impossible_date_is_a_syntax_error_with_line(tmp_path):
    path = write(tmp_path / "c.toml", '[[sensitive_periods]]\nname = "X"\nstart = 2027-02-30\n')
    assert [p.line for p in validate_file(path)] == [3]


def test_period_without_end(tmp_path):
    path = write(tmp_path / "c.toml", '[[sensitive_periods]]\nname = "X"\nstart = 2027-02-03\n')
    problem = only_problem(load_settings(path))
    assert (problem.key, problem.line) == ("sensitive_periods[1].end", 1)


def test_bad_regex_in_department_rule(department_file):
    write(department_file, """
[[rules]]
id = "goed"
type = "existence"
category = "toon"
message = "Goed."
tokens = ["prima"]

[[rules]]
id = "kapot"
type = "existence"
category = "toon"
message = "Kapot."
patterns = ["(open"]
""")
    settings = load_settings()
    problem = only_problem(settings)
    assert (problem.key, problem.line, problem.layer) == ("rules[2].patterns", 14, "department")
    assert [r.id for r in settings.rules] == ["goed"]


def test_bad_rule_fields_name_their_line(tmp_path):
    path = write(tmp_path / "c.toml", """
[[rules]]
id = "r"
type = "bestaat"
category = "toon"
message = "M."
tokens = ["x"]

[[rules]]
id = "s"
type = "existence"
category = "toon"
message = "M."

[rules.options]
x = 1
""")
    problems = validate_file(path)
    assert [(p.key, p.line) for p in problems] == [("rules[1].type", 4), ("rules[2].tokens", 9)]


def test_a_rule_for_an_unknown_platform_is_a_problem(tmp_path):
    path = write(tmp_path / "c.toml", RULE.format(id="r", token="x") + 'platforms = ["myspace"]\n')
    problem = only_problem(load_settings(path))
    assert (problem.key, problem.line) == ("rules[1].platforms", 9)
    assert "myspace" in problem.message and "microblog" in problem.message
    ok = write(tmp_path / "ok.toml", RULE.format(id="r", token="x") + 'platforms = ["x", "forum"]\n')
    assert load_settings(ok).problems == ()


def test_a_misspelt_key_in_a_rule_gets_a_suggestion(tmp_path):
    path = write(tmp_path / "c.toml", RULE.format(id="r", token="x") + 'pattern = ["y"]\n')
    problem = only_problem(load_settings(path))
    assert (problem.key, problem.line) == ("rules[1].pattern", 9)
    assert "bedoel je patterns?" in problem.message


def test_validate_runs_each_rules_examples(tmp_path):
    rule = RULE.format(id="ienw.project", token="Zilvermeeuw")
    path = write(tmp_path / "c.toml", rule + """fires = [
  "Project Zilvermeeuw start in mei.",
  "Het project Kwelder start in mei.",
]
quiet = ["Er vloog een zilvermeeuw over.", "Een zilvermeeuwtje op het hek."]
""")
    problems = validate_file(path)
    assert [(p.key, p.line) for p in problems] == [("rules[1].fires[2]", 9),
                                                   ("rules[1].quiet[1]", 13)]
    assert "meldt niets: “Het project Kwelder start in mei.”" in problems[0].message
    assert "meldt “zilvermeeuw”" in problems[1].message
    # Loading does not run them: the rule still works as written.
    settings = load_settings(path)
    assert settings.problems == () and [r.id for r in settings.rules] == ["ienw.project"]


def test_validate_accepts_examples_the_rule_honours(tmp_path):
    path = write(tmp_path / "c.toml", RULE.format(id="ienw.project", token="Zilvermeeuw")
                 + 'fires = ["Project Zilvermeeuw start."]\nquiet = ["Een meeuw."]\n')
    assert validate_file(path) == []


@pytest.mark.parametrize("line, key", [('fire = ["x"]', "fires"), ('quite = ["y"]', "quiet")])
def test_a_misspelt_example_key_gets_a_suggestion(tmp_path, line, key):
    path = write(tmp_path / "c.toml", RULE.format(id="r", token="x") + line + "\n")
    problem = only_problem(load_settings(path))
    assert f"bedoel je {key}?" in problem.message


def test_an_empty_example_is_a_problem(tmp_path):
    path = write(tmp_path / "c.toml", RULE.format(id="r", token="x") + 'quiet = [""]\n')
    problem = only_problem(load_settings(path))
    assert (problem.key, problem.line) == ("rules[1].quiet", 9)
    assert "leeg voorbeeld" in problem.message


def test_hostile_regex_is_harmless(department_file):
    write(department_file, """
[[rules]]
id = "vijandig"
type = "existence"
category = "toon"
message = "M."
patterns = ["(a+)+$", "(x+x+)+y"]
""")
    settings = load_settings()
    assert settings.problems == ()
    engine = Engine(settings)
    text = "a" * 50_000 + "!" + " " + "x" * 50_000
    started = time.perf_counter()
    engine.check(text, "prive", "blog")
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("content, phrase", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binaire"),
    (b'[identity]\nname = "J\xe9r\xf4me"\n', "UTF-8"),
    ('[identity]\nname = "Jan"\n'.encode("utf-16"), "UTF-16"),
])
def test_unreadable_content(tmp_path, content, phrase):
    path = tmp_path / "c.toml"
    path.write_bytes(content)
    problem = only_problem(load_settings(path))
    assert phrase in problem.message
    assert problem.file == str(path)


def test_non_utf8_names_its_line(tmp_path):
    path = tmp_path / "c.toml"
    path.write_bytes(b'[identity]\nname = "J\xe9r\xf4me"\n')
    assert [p.line for p in validate_file(path)] == [2]


def test_byte_order_mark_is_fine(tmp_path):
    path = tmp_path / "c.toml"
    path.write_bytes('\ufeff[identity]\nname = "Jan"\n'.encode("utf-8"))
    settings = load_settings(path)
    assert settings.problems == () and settings.identity.name == "Jan"


def test_missing_command_line_file_is_a_problem(tmp_path):
    problem = only_problem(load_settings(tmp_path / "weg.toml"))
    assert "bestaat niet" in problem.message
    assert problem.layer == "commandline"


def test_a_missing_file_named_by_the_environment_says_so(tmp_path):
    problem = only_problem(load_settings(environ={"GLAZENHUIS_CONFIG": str(tmp_path / "weg")}))
    assert "bestaat niet" in problem.message and "GLAZENHUIS_CONFIG" in problem.message
    assert "GLAZENHUIS_CONFIG" not in only_problem(load_settings(tmp_path / "weg")).message


def test_directory_instead_of_file(department_file):
    department_file.mkdir(parents=True)
    assert "map" in only_problem(load_settings()).message


@pytest.mark.parametrize("error, phrase", [
    (PermissionError(13, "Permission denied"), "toestemming"),
    (OSError(5, "Input/output error"), "Input/output error"),
])
def test_unreadable_file(user_file, monkeypatch, error, phrase):
    write(user_file, '[identity]\nname = "Jan"\n')
    real_open = Path.open

    def open_(path, *args, **kwargs):
        if path == user_file:
            raise error
        return real_open(path, *args, **kwargs)

    # File permissions cannot be tested as root, so the failure is simulated.
    monkeypatch.setattr(Path, "open", open_)
    assert phrase in only_problem(load_settings()).message


def test_validate_file_as_user_refuses_lock(tmp_path):
    path = write(tmp_path / "c.toml", '[lock]\nkeys = ["department"]\n')
    assert validate_file(path) == []
    assert [p.key for p in validate_file(path, "user")] == ["lock"]


# --- saving the user's settings -------------------------------------------------

def test_save_creates_the_user_file(user_file):
    save_user_values({"identity.name": 'Jan "JJ" de\\Vries 🙂', "ui.language": "en"}, locked=())
    settings = load_settings()
    assert settings.identity.name == 'Jan "JJ" de\\Vries 🙂'
    assert settings.ui_language == "en"
    assert settings.origins["identity.name"] == "user"
    assert not list(user_file.parent.glob("*.tmp"))


def test_save_keeps_the_rest_of_the_file(user_file):
    write(user_file, """# Mijn instellingen
[identity]
name = "Jan"   # roepnaam
function = "beleidsmedewerker"

[[checklist]]
id = "eigen"
text = "Voorgelezen?"
""")
    save_user_values({"identity.name": "Jan Jansen", "identity.department": "IenW",
                      "check.default_platform": "x"}, locked=())
    text = user_file.read_text(encoding="utf-8")
    assert text.startswith("# Mijn instellingen\n")
    settings = load_settings()
    assert settings.problems == ()
    assert (settings.identity.name, settings.identity.function, settings.identity.department) == (
        "Jan Jansen", "beleidsmedewerker", "IenW")
    assert settings.default_platform == "x"
    assert [i.id for i in settings.checklist] == ["eigen"]


HAND_KEPT = """# Mijn instellingen, met de hand bijgehouden
[identity]   # wie ik ben
name    =   "Jan"     # roepnaam
function="beleidsmedewerker"

[department]
policy_terms = [
    "dijkversterking",   # hoofdonderwerp
    'sluis',
]
    # ingesprongen opmerking
[check]
disabled_rules = [ ]   # nog niets uit

[[checklist]]
id = "eigen"
text = '''Heb je het
hardop voorgelezen?'''
"""


def _in_order(lines: list[str], within: list[str]) -> bool:
    rest = iter(within)
    return all(line in rest for line in lines)


def test_save_keeps_comments_arrays_and_unusual_spacing(user_file):
    write(user_file, HAND_KEPT)
    save_user_values({"identity.name": "Jan Jansen", "check.default_platform": "x",
                      "ui.language": "en"}, locked=())
    lines = user_file.read_text(encoding="utf-8").split("\n")
    changed = 'name    =   "Jan"     # roepnaam'
    kept = [line for line in HAND_KEPT.split("\n") if line != changed]
    assert _in_order(kept, lines), lines
    assert 'name    =   "Jan Jansen"     # roepnaam' in lines and changed not in lines
    settings = load_settings()
    assert settings.problems == ()
    assert (settings.identity.name, settings.default_platform, settings.ui_language) == (
        "Jan Jansen", "x", "en")
    assert settings.department.policy_terms == ("dijkversterking", "sluis")
    assert [i.text for i in settings.checklist] == ["Heb je het\nhardop voorgelezen?"]


def test_save_replaces_a_list_and_keeps_the_comment_after_it(user_file):
    write(user_file, '[check]\ndisabled_rules = [ "a" ]   # tijdelijk\n')
    save_user_values({"check.disabled_rules": ()}, locked=())
    assert user_file.read_text(encoding="utf-8").startswith("[check]\ndisabled_rules = []")
    assert "# tijdelijk" in user_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_save_keeps_the_files_line_ends(user_file, newline):
    user_file.parent.mkdir(parents=True, exist_ok=True)
    user_file.write_bytes(f"[identity]{newline}name = \"Jan\"{newline}".encode())
    save_user_values({"identity.function": "adviseur", "ui.language": "en"}, locked=())
    data = user_file.read_bytes()
    assert data.count(b"\n") >= 5
    assert data.count(b"\r\n") == (data.count(b"\n") if newline == "\r\n" else 0)
    assert load_settings().identity.function == "adviseur"


def test_save_keeps_dotted_keys(user_file):
    write(user_file, 'identity.name = "Jan"\n')
    save_user_values({"identity.name": "Piet"}, locked=())
    assert load_settings().identity.name == "Piet"
    assert user_file.read_text(encoding="utf-8").startswith("identity.name = ")


def test_save_refuses_locked_unknown_and_bad_values(department_file, user_file):
    write(department_file, '[lock]\nkeys = ["identity.department", "ui"]\n')
    for values in ({"identity.department": "x"}, {"ui.language": "en"}, {"identity.naam": "x"},
                   {"ui.language": "fr"}, {"identity.name": 3}):
        with pytest.raises(ConfigWriteError):
            save_user_values(values)
    assert not user_file.exists()


def test_save_leaves_a_broken_user_file_alone(user_file):
    write(user_file, '[identity\nname = "Jan"\n')
    with pytest.raises(ConfigWriteError):
        save_user_values({"identity.name": "Piet"}, locked=())
    assert user_file.read_text(encoding="utf-8") == '[identity\nname = "Jan"\n'


def test_save_refuses_a_layout_it_cannot_edit_safely(user_file):
    original = 'identity = { name = "Jan" }\n'
    write(user_file, original)
    with pytest.raises(ConfigWriteError):
        save_user_values({"identity.name": "Piet"}, locked=())
    assert user_file.read_text(encoding="utf-8") == original


@pytest.mark.parametrize("breaks", ["parse", "dumps"])
def test_save_leaves_the_file_alone_when_the_editor_cannot_read_or_write_it_back(
        user_file, monkeypatch, breaks):
    import tomlkit
    from tomlkit.exceptions import ParseError

    original = '[identity]\nname = "Jan"\n'
    write(user_file, original)
    if breaks == "parse":
        def refuse(_text):
            raise ParseError(1, 1)
        monkeypatch.setattr(tomlkit, "parse", refuse)
    else:
        # A writer that loses a value on the way must not reach the disk.
        monkeypatch.setattr(tomlkit, "dumps", lambda _document: '[identity]\nname = "Piet"\n')
    with pytest.raises(ConfigWriteError, match="niet veilig kan worden bijgewerkt"):
        save_user_values({"identity.function": "adviseur"}, locked=())
    assert user_file.read_text(encoding="utf-8") == original


def test_disabled_rules_must_name_an_existing_rule(department_file, user_file):
    write(department_file, RULE.format(id="dep-regel", token="projectnaam"))
    write(user_file, '[check]\ndisabled_rules = ["dep-regel", "bestaat-niet"]\n')
    settings = load_settings()
    assert settings.disabled_rules == ("dep-regel", "bestaat-niet")
    problem = only_problem(settings)
    assert (problem.file, problem.line, problem.key) == (str(user_file), 2,
                                                         "check.disabled_rules")
    assert "bestaat-niet" in problem.message
    findings = Engine(settings).check("De projectnaam.", "prive", "blog")
    assert all(f.rule_id != "dep-regel" for f in findings)


def test_the_documented_examples_validate(tmp_path):
    docs = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"
    blocks = docs.read_text(encoding="utf-8").split("```toml\n")[1:]
    examples = [block.split("```")[0] for block in blocks]
    department, user = examples[-2:]
    assert validate_file(write(tmp_path / "dep.toml", department)) == []
    assert validate_file(write(tmp_path / "user.toml", user), "user") == []


def test_lines_are_found_past_multiline_values_and_comments(tmp_path):
    path = write(tmp_path / "c.toml", '''[department]  # ons ministerie
short_names = [
  ["genest"],
  "IenW",
]
name = """
[identity]
naam = "geen sleutel"
"""

[[rules]]   # eerste
id = "r"
type = "existence"
category = "toon"
message = "M."
tokens = ["x"]
level = "ernstig"
''')
    problems = validate_file(path)
    assert [(p.key, p.line) for p in problems] == [("department.short_names", 2),
                                                   ("rules[1].level", 17)]


VALID = {
    "identity": {"name": "Jan", "function": "adviseur", "department": "IenW"},
    "department": {"name": "IenW", "short_names": ["IenW"], "policy_terms": ["sluis"],
                   "accepted_terms": ["Zilvermeeuw"]},
    "languagetool": {"path": "/opt/lt", "url": "http://lt.local", "enabled": True},
    "ui": {"language": "nl"},
    "check": {"default_profile": "functie", "default_platform": "x", "disabled_rules": []},
    "sensitive_periods": [{"name": "V", "start": date(2027, 1, 1), "end": date(2027, 2, 1),
                           "terms": ["stemadvies"]}],
    "checklist": [{"id": "c", "text": "Vraag?", "profiles": ["functie"], "platforms": ["x"],
                   "source": "stelregel-4", "advice": "Overleg."}],
    "rules": [{"id": "r", "type": "cooccurrence", "category": "toon", "level": "tip",
               "message": "M.", "tokens": ["a"], "context_patterns": ["b+"],
               "unless_tokens": ["c"], "exceptions": ["aa"], "swap": {}, "scope": "text",
               "stelregel": 1, "case_sensitive": False, "fix": "", "options": {},
               "enabled": True, "profiles": ["prive"], "platforms": ["blog"]}],
    "lock": {"keys": ["ui"]},
}
ODD_VALUES = [0, 1.5, True, "", "x", [], [1], ["x"], {}, {"a": 1}, date(2027, 1, 1),
              [{"a": 1}], "(?P<", "\x00"]


def _paths(data, prefix=()):
    for key, value in data.items():
        yield prefix + (key,)
        if isinstance(value, dict):
            yield from _paths(value, prefix + (key,))
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            yield from _paths(value[0], prefix + (key, 0))


def test_valid_reference_has_no_problems():
    assert load_settings(overrides=VALID).problems == ()


@pytest.mark.parametrize("path", list(_paths(VALID)), ids=lambda p: ".".join(map(str, p)))
def test_no_value_of_any_type_makes_loading_raise(path):
    for odd in ODD_VALUES:
        data = copy.deepcopy(VALID)
        target = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = odd
        settings = load_settings(overrides=data)
        assert isinstance(settings, Settings)


def test_save_into_a_file_without_final_newline(user_file):
    write(user_file, '[ui]\nlanguage = "nl"\n[identity]')
    save_user_values({"identity.name": "Jan", "ui.language": "en"}, locked=())
    settings = load_settings()
    assert (settings.identity.name, settings.ui_language, settings.problems) == ("Jan", "en", ())


def test_line_separator_in_a_string_does_not_shift_lines(tmp_path):
    path = write(tmp_path / "c.toml", '[identity]\nname = "a\u2028b"\nnaam = "x"\n')
    assert [p.line for p in validate_file(path)] == [3]


@pytest.mark.parametrize("text, line, dutch", [
    ('[identity]\nname "Jan"\n', 2, "na een sleutel hoort een = met een waarde"),
    ('[identity]\nname = Jan\n', 2, "zet tekst tussen aanhalingstekens"),
    ('[identity]\nname = "Jan"\n[identity]\n', 3, "de tabel identity komt twee keer voor"),
    ('[identity]\nname = "Jan"\nname = "Piet"\n', 3, "deze sleutel heeft al een waarde"),
    ('[identity\n', 1, "de tabelkop mist de afsluitende ]"),
    ('[identity]\nname = "Jan" "Piet"\n', 2, "na de waarde hoort de regel te eindigen"),
    ('[department]\nshort_names = ["a"\n', 2, "een lijst mist de afsluitende ]"),
    ('[identity]\nname = "C:\\map"\n', 2, "schrijf een \\ in een tekst als \\\\"),
    ('[[sensitive_periods]]\nstart = 2027-02-30\n', 2, "ongeldige datum of tijd"),
])
def test_toml_syntax_errors_are_explained_in_dutch(tmp_path, text, line, dutch):
    [problem] = validate_file(write(tmp_path / "c.toml", text))
    assert problem.line == line
    assert problem.message.startswith("Geen geldige TOML: ") and dutch in problem.message


def test_saving_into_a_broken_file_names_its_line_in_dutch(user_file):
    write(user_file, '[identity]\nname = Jan\n')
    with pytest.raises(ConfigWriteError, match=r"config.toml:2 .*zet tekst tussen aanhalingstekens"):
        save_user_values({"identity.function": "adviseur"}, locked=())


# --- word classes ------------------------------------------------------------

CLASS_RULE = """
[classes.ienw_project]
description = "Projecten die nog niet openbaar zijn."
words = ["zilvermeeuw", "project zilvermeeuw"]

[classes.besloten_plek]
words = ["sluiswachtershuis"]

[[rules]]
id = "ienw.project"
type = "construction"
category = "vertrouwelijk"
level = "fout"
message = "Niet noemen: {match}."
constructions = ["@ienw_project"]
fires = ["Project Zilvermeeuw start in mei."]
quiet = ["Er vloog een zilvermeeuw over."]
"""


def test_department_classes_feed_its_construction_rules(department_file):
    # The example that stays quiet fails on purpose: a word class knows no meaning.
    write(department_file, CLASS_RULE)
    settings = load_settings()
    assert not settings.problems
    assert settings.origins["classes.ienw_project"] == "department"
    engine = Engine(settings)
    assert any(f.rule_id == "ienw.project"
               for f in engine.check("Zilvermeeuw gaat door.", "prive", "blog"))
    # Added words extend a built-in class; its own words still count.
    extended = engine.classes.get("besloten_plek")
    assert extended.has("sluiswachtershuis", "sluiswachtershuis")
    assert extended.has("koffieautomaat", "koffieautomaat")


def test_validate_runs_examples_with_the_files_own_classes(tmp_path):
    problems = validate_file(write(tmp_path / "dep.toml", CLASS_RULE))
    assert [(p.key, p.line is not None) for p in problems] == [("rules[1].quiet[1]", True)]


@pytest.mark.parametrize("text, key", [
    ('[classes.x]\nwords = "los"\n', "classes.x.words"),
    ('[classes.x]\nwoorden = ["a"]\n', "classes.x.woorden"),
    ('[classes."1x"]\nwords = ["a"]\n', "classes.1x"),
    ('[classes.x]\ninclude = ["y"]\n[classes.y]\ninclude = ["x"]\n', "classes.include"),
    ('classes = 3\n', "classes"),
    ('[[rules]]\nid = "d.r"\ntype = "construction"\ncategory = "toon"\nmessage = "m"\n'
     'constructions = ["@bestaat_niet"]\n', "rules[1].constructions"),
])
def test_bad_classes_are_reported_with_key_and_line(tmp_path, text, key):
    problems = validate_file(write(tmp_path / "dep.toml", text))
    assert [p.key for p in problems] == [key]
    assert all(p.message for p in problems)


def test_a_locked_class_table_refuses_user_additions(department_file, user_file):
    write(department_file, '[lock]\nkeys = ["classes"]\n[classes.besloten_plek]\nwords = ["a"]\n')
    write(user_file, '[classes.besloten_plek]\nwords = ["b"]\n')
    settings = load_settings()
    assert only_problem(settings).layer == "user"
    assert [c.words for c in settings.classes] == [("a",)]


# --- hostile files: refused with file, line and key; what validates also checks ---

def test_an_unclosed_inline_table_is_a_dutch_problem_and_the_rest_applies(department_file,
                                                                         user_file):
    write(department_file, '[identity]\nname = "Jan"\nx = { a = 1\n')
    write(user_file, '[identity]\nfunction = "adviseur"\n')
    settings = load_settings()
    problem = only_problem(settings)
    assert (problem.file, problem.line, problem.key) == (str(department_file), 3, "identity.x")
    assert problem.message == ("Geen geldige TOML: een tabel tussen { en } mist de afsluitende }.")
    assert settings.identity.function == "adviseur"


@pytest.mark.parametrize("text, line, key, says", [
    ("[identity]\nname = " + "[" * 600 + "]" * 600 + "\n", 2, "identity.name", "Te diep genest"),
    ("\nx = " + "{ a = " * 600 + "1" + "}" * 600 + "\n", 2, "x", "Te diep genest"),
    ("a" + ".a" * 50_000 + " = 1\n", 1, "a", "meer dan 10 delen"),
    ("[a" + ".a" * 50_000 + "]\n", 1, "a", "meer dan 10 delen"),
])
def test_deep_nesting_and_long_keys_are_refused_before_parsing(tmp_path, text, line, key, says):
    path = write(tmp_path / "c.toml", text)
    started = time.perf_counter()
    [problem] = validate_file(path)
    assert time.perf_counter() - started < 2
    assert (problem.line, problem.key) == (line, key) and says in problem.message


def test_nesting_through_dotted_keys_and_tables_is_refused_with_its_key(tmp_path):
    path = write(tmp_path / "c.toml", '[identity]\nname = "Jan"\n[a.b.c.d.e.f]\ng.h.i.j.k = 1\n')
    settings = load_settings(path)
    assert [(p.line, p.key) for p in settings.problems] == [
        (4, "a.b.c.d.e.f.g.h.i.j.k"), (3, "a")]
    assert "Te diep genest" in settings.problems[0].message
    assert settings.identity.name == "Jan"


def test_oversized_texts_are_refused_and_the_rest_applies(tmp_path):
    path = write(tmp_path / "c.toml", '[department]\nname = "IenW"\npolicy_terms = ["water", "'
                 + "a" * 300_000 + '"]\n[identity]\nfunction = "' + "b" * 20_000 + '"\n')
    settings = load_settings(path)
    assert sorted((p.line, p.key, p.message) for p in settings.problems) == [
        (3, "department.policy_terms", "Tekst van 300000 tekens; hooguit 200 mag."),
        (5, "identity.function", "Tekst van 20000 tekens; hooguit 10000 mag.")]
    assert settings.department.name == "IenW"


def test_problems_with_dotted_top_level_keys_have_a_line(tmp_path):
    path = write(tmp_path / "c.toml", '\n\nonbekend.naam = "x"\nidentity.name = 3\n')
    assert [(p.line, p.key) for p in validate_file(path)] == [
        (3, "onbekend"), (4, "identity.name")]


RULE_WITH = """
[[rules]]
id = "d.regel"
type = "{type}"
category = "toon"
message = {message}
{extra}
"""


@pytest.mark.parametrize("type_, message, extra, key, says", [
    ("substitution", '"m"', 'swap = { "" = "x" }', "rules[1].swap", "minstens één teken"),
    ("substitution", '"m"', 'swap = { "  " = "x" }', "rules[1].swap", "minstens één teken"),
    ("substitution", '"m"', 'swap = { "*" = "x" }', "rules[1].swap", "naast * en spaties"),
    ("existence", '"{match[a]}"', 'tokens = ["foo"]', "rules[1].message", "{match[a]}"),
    ("existence", '"{match.x}"', 'tokens = ["foo"]', "rules[1].message", "{match.x}"),
    ("existence", '"{match:>999999999}"', 'tokens = ["foo"]', "rules[1].message", ">999999999"),
    ("code", '"m"', 'check = "policy_opinion"\noptions = { weak_tokens = [" "] }',
     "rules[1].options.weak_tokens", "geen ervan leeg"),
    ("code", '"m"', 'check = "identification"\noptions = { message_no_identity = 4 }',
     "rules[1].options.message_no_identity", "moet tekst zijn"),
    ("code", '"m"', 'check = "identification"\noptions = { message_no_identity = "{a.b}" }',
     "rules[1].options.message_no_identity", "{a.b}"),
    ("code", '"m"', 'check = "identification"\noptions = { require = "name" }',
     "rules[1].options.require", "een lijst met waarden uit name, function, department"),
    ("code", '"m"', 'check = "identification"\noptions = { signature = 5 }',
     "rules[1].options.signature", "een van full, compact, department"),
    ("code", '"m"', 'check = "personal_data"\noptions = { kinds = ["bsn", "kenteken"] }',
     "rules[1].options.kinds", "bsn, document"),
    ("code", '"m"', 'check = "platform_length"\noptions = { limit = 3 }',
     "rules[1].options.limit", "Onbekende optie limit"),
    ("code", '"m"', 'check = "shouting"', "rules[1].tokens", "tokens of patterns nodig"),
    ("code", '"m"', 'check = "shouting"\ntokens = ["ECHT"]\npatterns = ["("]',
     "rules[1].patterns", "Patroon kan niet worden gebruikt"),
    ("existence", '"m"', 'tokens = ["foo"]\noptions = { a = 1 }', "rules[1].options",
     "alleen voor een code-regel"),
])
def test_rules_that_used_to_crash_a_check_are_problems(tmp_path, type_, message, extra, key,
                                                       says):
    path = write(tmp_path / "c.toml", RULE_WITH.format(type=type_, message=message, extra=extra))
    [problem] = validate_file(path)
    assert problem.key == key and problem.line is not None
    assert says in problem.message


@pytest.mark.parametrize("pattern, says", [
    ("(" * 3000 + "a" + ")" * 3000, "hooguit 5000 tekens"),
    ("(" * 100 + "a" + ")" * 100, "100 diep genest"),
    ("(a)" * 300, "300 groepen"),
    ("a{1000}{1000}", "Patroon kan niet worden gebruikt"),
    ("[a-zé]{1000}" * 4, "te groot"),
])
def test_a_department_patterns_cost_is_bounded_at_validation(tmp_path, pattern, says):
    path = write(tmp_path / "c.toml", RULE_WITH.format(
        type="existence", message='"m"', extra=f"patterns = ['{pattern}']"))
    [problem] = validate_file(path)
    assert (problem.key, problem.line) == ("rules[1].patterns", 7)
    assert says in problem.message


def test_groups_in_a_pattern_cost_a_check_nothing(department_file):
    # 200 groups, nested 20 deep: the most a pattern may have; capturing none of them
    # keeps a check as fast as without.
    pattern = "(" * 20 + "a" + ")" * 20 + "(b)" * 179
    write(department_file, RULE_WITH.format(type="existence", message='"m"',
                                            extra=f"patterns = ['{pattern}', 'geheim']"))
    settings = load_settings()
    assert settings.problems == ()
    engine = Engine(settings)
    # Fewer hits than a rule reports at most, in a long draft to scan.
    draft = ("Dit is a geheim en a b a. " + "Verder gewone zinnen zonder treffer. " * 25) * 150
    started = time.perf_counter()
    findings = engine.check(draft, "prive", "x")
    assert time.perf_counter() - started < 10
    assert sum(f.rule_id == "d.regel" for f in findings) == 150


def test_saving_into_a_deeply_nested_file_is_refused_with_its_line(user_file):
    write(user_file, '[identity]\nname = "Jan"\nx = ' + "[" * 600 + "]" * 600 + "\n")
    with pytest.raises(ConfigWriteError, match=r"config.toml:3 .*Te diep genest"):
        save_user_values({"identity.function": "adviseur"}, locked=())


# Found by the fuzz test (tests/assistant/test_config_fuzz.py), kept as examples.

def test_a_term_without_a_letter_or_digit_is_refused(tmp_path):
    path = write(tmp_path / "c.toml", '[department]\npolicy_terms = ["water", "\\u001e-"]\n'
                 '[[sensitive_periods]]\nname = "x"\nstart = 2026-01-01\nend = 2027-01-01\n'
                 'terms = ["-"]\n')
    assert [(p.line, p.key) for p in validate_file(path)] == [
        (2, "department.policy_terms"), (7, "sensitive_periods[1].terms")]


def test_a_phrase_swapped_for_nothing_takes_the_rules_fix(department_file):
    write(department_file, RULE_WITH.format(type="substitution", message='"m"',
                                            extra='swap = { "geheim" = "" }\nfix = "{lower}!"'))
    settings = load_settings()
    assert settings.problems == ()
    [finding] = [f for f in Engine(settings).check("Het is Geheim.", "prive", "x")
                 if f.rule_id == "d.regel"]
    assert finding.fix.replacement == "geheim!"


def test_triple_quotes_inside_a_string_do_not_hide_the_lines_after_it(tmp_path):
    path = write(tmp_path / "c.toml", "[department]\nshort_names = [\"a'''\"]\n"
                 "[identity]\nnaam = \"x\"\n")
    assert [(p.line, p.key) for p in validate_file(path)] == [(4, "identity.naam")]


def test_more_rules_than_the_limit_are_cut_off_with_a_problem(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "MAX_ITEMS", 5)
    path = write(tmp_path / "c.toml", "".join(
        RULE.format(id=f"d.r{i}", token=f"woord{i}") for i in range(7)))
    settings = load_settings(path)
    [problem] = settings.problems
    assert problem.key == "rules[6]" and "Meer dan 5 items" in problem.message
    assert problem.line == 1 + 8 * 5 + 1
    assert len(settings.rules) == 5
