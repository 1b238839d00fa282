"""The configuration loader on generated department and user files: whatever a
file holds, loading it raises nothing, every problem names its file, line and
key, and a file that validates never makes a check fail.

The files are built from the configuration's own structure (every table and
key, values of every type, rules of every type with their options, construction
slots and message templates), then some are broken as people break them
(an unclosed bracket, a cut-off end, deep nesting, a long dotted key)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from assistant.config import DEPARTMENT, USER, load_settings, validate_file
from assistant.engine import Engine
from assistant.rules.spec import CODE_OPTIONS, KNOWN_KEYS, RULE_TYPES

# A small vocabulary, shared by the rules and the drafts, so generated rules match.
WORDS = ["geheim", "Zilvermeeuw", "minister", "idioot", "beleid", "MT", "stikstof", "🙂",
         "wij regelen", "zei", "collega"]
DRAFTS = [
    "Hallo! Het MT zei dat Zilvermeeuw geheim is. 🙂\nWij regelen het, minister.",
    "Die idioot van een collega. Stikstofbeleid is GEWOON SLECHT!!! Mijn BSN is 111222333.",
    "",
]

# Values of every type TOML has, plausible and not.
texts = st.one_of(
    st.sampled_from(WORDS + ["", " ", "*", "**", "a*", "*b", "x" * 300, "{", "}", "{match}",
                             "{replacement}", "{match[a]}", "{match.x}", "{}", "{0}",
                             "{match!r}", "{match:>5}", "{{match}}", "naam\nmet regel",
                             "\"aanhalingsteken\"", "\\", "é-é", "prive", "functie", "x",
                             "blog", "fout", "tip", "sentence", "text", "clause"]),
    st.text(max_size=12),
)
patterns = st.sampled_from([
    "geheim", "(?i:mini)ster", r"\bbeleid", "a|b|", "(", ")", "[", "x*", "(?:)", ".*", r"\p{L}+",
    "(?<=a)b", r"(\w)\1", "(((((((((((((((((((((((a)))))))))))))))))))))))",
    "(a)" * 250, "a{1000}{1000}", "é{0,100}" * 20, "[^]]", r"\Qa(b\E", "!{3,}", "a" * 6000,
])
constructions = st.lists(st.sampled_from([
    "@scheldwoord", "@geweld_dader", "@onbekend_woord", "@eigen_beleid", "@fuzz", "zeggen",
    "=zei", "kanker*", "*prutser", "a|b|@scheldwoord", "te+@scheldwoord+om", "", " ", "@",
    "+", "|", "*", "=", "@@", "wij @belofte_uitkomst", "geheim", "@eigen_organisatie"]),
    max_size=3).map(" ".join)
scalars = st.one_of(texts, st.booleans(), st.integers(-3, 10**6), st.floats(allow_nan=False),
                    st.just(date(2027, 1, 1)))
text_lists = st.lists(texts, max_size=4)
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(texts, inner, max_size=3)), max_leaves=6)


def options_for(check: str):
    known = list(CODE_OPTIONS.get(check, {})) + ["onbekend"]
    option_values = st.one_of(values, text_lists, st.lists(st.sampled_from(
        ["name", "function", "department", "bsn", "email", "full", "compact"]), max_size=3),
        st.sampled_from(["full", "compact", "department"]))
    return st.dictionaries(st.sampled_from(known), option_values, max_size=3)


def mostly(good, bad):
    """Usually a good value, sometimes a bad one: most files must still validate."""
    return st.sampled_from([good] * 14 + [bad]).flatmap(lambda strategy: strategy)


good_patterns = st.sampled_from(["geheim", "(?i:mini)ster", r"zei\s+dat", r"\p{Lu}{2,}",
                                 "!{3,}", "(wij|ik) regel(en)?", r"\d{9}", "🙂+"])
good_words = st.sampled_from(WORDS + ["kut*", "*beleid", "MT"])
slots = st.sampled_from(["@scheldwoord", "@geweld_dader", "@eigen_beleid", "@fuzz", "zeggen",
                         "=zei", "*beleid", "idioot|@scheldwoord", "geheim", "minister",
                         "@eigen_organisatie", "wij", "regelen"])
good_constructions = st.lists(slots, min_size=1, max_size=3).map(" ".join)
good_messages = st.sampled_from(["Let op “{match}”.", "Schrijf “{replacement}”.", "Pas op.",
                                 "Ontbreekt: {missing}.", "Over {term}: {terms}", "{ oeps }",
                                 "{onbekend}", "{{letterlijk}}"])


@st.composite
def rules(draw):
    rule_type = draw(mostly(st.sampled_from(RULE_TYPES), st.just("onbekend")))
    check = draw(mostly(st.sampled_from(sorted(CODE_OPTIONS)), st.just("onbekend")))
    wrong = st.one_of(values, texts, text_lists)
    fields = {
        "message": mostly(good_messages, texts),
        "level": mostly(st.sampled_from(["fout", "waarschuwing", "tip"]), st.just("erg")),
        "tokens": mostly(st.lists(good_words, min_size=1, max_size=3), text_lists),
        "patterns": mostly(st.lists(good_patterns, min_size=1, max_size=2),
                           st.lists(patterns, max_size=3)),
        "swap": mostly(st.dictionaries(good_words, st.sampled_from(["ander", "", "{match}"]),
                                       min_size=1, max_size=3),
                       st.dictionaries(texts, texts, max_size=3)),
        "context_tokens": mostly(st.lists(good_words, min_size=1, max_size=2), text_lists),
        "context_patterns": mostly(st.lists(good_patterns, max_size=2),
                                   st.lists(patterns, max_size=2)),
        "unless_tokens": mostly(st.lists(good_words, max_size=2), text_lists),
        "unless_patterns": mostly(st.lists(good_patterns, max_size=2),
                                  st.lists(patterns, max_size=2)),
        "exceptions": mostly(st.lists(good_patterns, max_size=2), st.lists(patterns, max_size=2)),
        "near": mostly(st.integers(1, 10), st.integers(-1, 10**9)),
        "scope": mostly(st.sampled_from(["sentence", "text"]), st.sampled_from(["clause", "x"])),
        "fix": mostly(st.sampled_from(["", "{match}", "{lower}!", "beter", "{first_lower}"]),
                      texts),
        "fix_label": texts,
        "explanation": texts,
        "message_en": mostly(good_messages, texts),
        "explanation_en": texts,
        "fix_label_en": texts,
        "source": st.sampled_from(["stelregel-3", "tip-zakelijk", "eigen bron", ""]),
        "link": texts,
        "options": mostly(options_for(check), st.dictionaries(texts, values, max_size=2)),
        "constructions": mostly(st.lists(good_constructions, min_size=1, max_size=2),
                                st.lists(constructions, max_size=3)),
        "unless_slots": mostly(st.lists(good_constructions, max_size=2),
                               st.lists(constructions, max_size=2)),
        "unless_text_slots": mostly(st.lists(good_constructions, max_size=2),
                                    st.lists(constructions, max_size=2)),
        "order": mostly(st.sampled_from(["free", "fixed"]), st.just("los")),
        "negation": mostly(st.sampled_from(["skip", "require", "any"]), st.just("nee")),
        "questions": st.sampled_from(["any", "skip"]),
        "quotes": st.sampled_from(["skip", "any"]),
        "fires": st.lists(st.sampled_from(DRAFTS[:2] + WORDS), max_size=2),
        "quiet": st.lists(st.sampled_from(DRAFTS[:2] + WORDS), max_size=2),
        "profiles": st.lists(mostly(st.sampled_from(["prive", "functie"]), st.just("thuis")),
                             max_size=2),
        "platforms": st.lists(mostly(st.sampled_from(["x", "blog", "wikipedia"]),
                                     st.just("nergens")), max_size=2),
        "stelregel": mostly(st.integers(1, 4), st.integers(-1, 5)),
        "case_sensitive": st.booleans(),
        "enabled": st.booleans(),
    }
    # A key added to the rule format is generated here too, or this fails.
    assert set(fields) | {"id", "type", "category", "check"} == KNOWN_KEYS
    # What each type needs, usually present; other keys now and then.
    needs = {"existence": ["tokens", "patterns"], "substitution": ["swap"],
             "cooccurrence": ["tokens", "context_tokens", "context_patterns"],
             "construction": ["constructions"], "code": ["options", "tokens", "patterns"]}
    rule = {"id": draw(mostly(st.uuids().map(lambda u: f"d.{u.hex[:8]}"),
                              st.sampled_from(["d.een", "toon.uitroeptekens", ""]))),
            "type": rule_type,
            "category": draw(st.sampled_from(["toon", "vertrouwelijk", "eigen"])),
            "message": draw(fields["message"])}
    if rule_type == "code":
        rule["check"] = check
    chosen = needs.get(rule_type, []) + draw(st.lists(st.sampled_from(sorted(fields)),
                                                      max_size=4, unique=True))
    for key in chosen:
        rule[key] = draw(fields[key])
    if draw(mostly(st.just(False), st.just(True))):  # a key of the wrong type, or unknown
        rule[draw(st.sampled_from(sorted(KNOWN_KEYS) + ["tokenz"]))] = draw(wrong)
    if draw(mostly(st.just(False), st.just(True))):
        del rule[draw(st.sampled_from(sorted(rule)))]
    return rule


@st.composite
def configurations(draw):
    tables = {
        "identity": {"name": texts, "function": texts, "department": texts},
        "department": {"name": texts, "short_names": text_lists, "policy_terms": text_lists,
                       "accepted_terms": text_lists},
        "languagetool": {"path": texts, "url": st.sampled_from(["http://localhost:8081", ""]),
                         "enabled": st.booleans()},
        "ui": {"language": mostly(st.sampled_from(["nl", "en"]), st.just("fr"))},
        "check": {"default_profile": st.sampled_from(["prive", "functie"]),
                  "default_platform": st.sampled_from(["x", "wikipedia", "linkedin"]),
                  "disabled_rules": st.lists(st.sampled_from(["d.een", "toon.uitroeptekens",
                                                              "geen"]), max_size=2)},
    }
    config: dict = {}
    for table in draw(st.lists(st.sampled_from(sorted(tables)), max_size=3, unique=True)):
        keys = tables[table]
        config[table] = {key: draw(mostly(keys[key], values))
                         for key in draw(st.lists(st.sampled_from(sorted(keys)), unique=True))}
    config["rules"] = draw(st.lists(rules(), max_size=3))
    if draw(st.booleans()):
        config["classes"] = draw(st.dictionaries(
            mostly(st.sampled_from(["fuzz", "scheldwoord"]),
                   st.sampled_from(["eigen_beleid", "Fout naam", ""])),
            mostly(st.fixed_dictionaries({"words": st.lists(good_words, min_size=1, max_size=3)},
                                         optional={"include": st.lists(st.sampled_from(
                                             ["scheldwoord", "grof"]), max_size=1),
                                             "exclude": st.lists(good_words, max_size=1)}),
                   st.dictionaries(st.sampled_from(["words", "include", "exclude", "kleur"]),
                                   st.one_of(text_lists, st.lists(st.sampled_from(
                                       ["fuzz", "scheldwoord", "geen"]), max_size=2), values),
                                   max_size=3)),
            max_size=2))
    if draw(st.booleans()):
        config["sensitive_periods"] = [{"name": draw(texts), "start": date(2026, 1, 1),
                                        "end": draw(mostly(st.just(date(2027, 1, 1)),
                                                           st.just(date(2025, 1, 1)))),
                                        "terms": draw(text_lists)}]
    if draw(st.booleans()):
        config["checklist"] = [draw(mostly(
            st.fixed_dictionaries({"id": st.sampled_from(["eigen-vraag", "nog-een"]),
                                   "text": st.sampled_from(["Mag dit?", "Klopt het?"])},
                                  optional={"profiles": st.lists(st.sampled_from(
                                      ["prive", "functie"]), max_size=2)}),
            st.dictionaries(st.sampled_from(["id", "text", "profiles", "platforms", "source",
                                             "advice"]),
                            st.one_of(texts, text_lists), max_size=4)))]
    if draw(st.booleans()):
        config["lock"] = {"keys": draw(st.lists(mostly(st.sampled_from(
            ["identity.name", "rules", "classes"]), st.just("nergens")), max_size=2))}
    if draw(mostly(st.just(False), st.just(True))):
        config[draw(st.sampled_from(["onbekend", "identity", "rules", "lock"]))] = draw(values)
    return config


def toml_text(value) -> str:
    """A TOML value: strings in JSON's escapes, which TOML shares, and inline tables."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, date)):
        return value.isoformat() if isinstance(value, date) else repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list):
        return "[" + ", ".join(toml_text(v) for v in value) + "]"
    return "{" + ", ".join(f"{toml_text(str(k))} = {toml_text(v)}" for k, v in value.items()) + "}"


def document(config: dict) -> str:
    """Tables as [headers], arrays of tables as [[headers]], the rest inline."""
    lines = []
    for name, value in config.items():
        if isinstance(value, dict) and name != "classes":
            lines.append(f"[{name}]")
            lines += [f"{toml_text(str(k))} = {toml_text(v)}" for k, v in value.items()]
        elif name == "classes" and isinstance(value, dict):
            for class_name, table in value.items():
                lines.append(f"[classes.{toml_text(class_name)}]")
                lines += [f"{toml_text(str(k))} = {toml_text(v)}" for k, v in table.items()]
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for item in value:
                lines.append(f"[[{name}]]")
                lines += [f"{toml_text(str(k))} = {toml_text(v)}" for k, v in item.items()]
        else:
            lines.insert(0, f"{name} = {toml_text(value)}")
    return "\n".join(lines) + "\n"


def breakages(text: str):
    """How a file gets broken: cut off, a piece left out, a line twice, a bracket
    left open, nested deep, a long key."""
    lines = text.split("\n")
    return st.one_of(
        st.just(text),
        st.integers(0, len(text)).map(lambda at: text[:at]),
        st.tuples(st.integers(0, len(text)), st.integers(1, 12)).map(
            lambda cut: text[:cut[0]] + text[cut[0] + cut[1]:]),
        st.integers(0, len(lines) - 1).map(
            lambda at: "\n".join(lines[:at + 1] + lines[at:])),
        st.integers(0, len(text)).flatmap(lambda at: st.sampled_from(
            ["{", "[", "]", "}", "\"", "'''", "x = { a = 1\n", "=", "\n[rules]\n", "#"]).map(
            lambda piece: text[:at] + piece + text[at:])),
        st.integers(5, 400).map(lambda n: text + "diep = " + "[" * n + "]" * n + "\n"),
        st.integers(5, 400).map(lambda n: text + "a" + ".a" * n + " = 1\n"),
    )


@pytest.fixture
def department_file(isolated_dirs) -> Path:
    path = isolated_dirs["site-config"] / "glazenhuis" / "config.toml"
    path.parent.mkdir(parents=True)
    return path


def load_and_check(path: Path, text: str, layer: str) -> bool:
    """Validate and load the file; True when it validated."""
    path.write_text(text, encoding="utf-8")
    problems = validate_file(path, layer)
    for problem in problems:
        assert problem.file == str(path)
        assert problem.line is not None, problem
        # Only a file that does not parse can fail where no key is written.
        assert problem.key or problem.message.startswith("Geen geldige TOML"), problem
    loaded = load_settings()
    for problem in loaded.problems:
        assert problem.file == str(path) and problem.line is not None, problem
    event("valid" if not problems else "problems")
    if problems or layer != DEPARTMENT:
        return not problems
    event(f"valid with {len(loaded.rules)} rules")
    # Only loading knows every layer's rules, so only loading can tell that a
    # disabled id names none of them (a department may disable a user's rule).
    assert [p for p in loaded.problems if p.key != "check.disabled_rules"] == []
    engine = Engine(loaded)
    drafts = DRAFTS + [example for spec in loaded.rules for example in spec.fires]
    for number, draft in enumerate(drafts):
        if number % 2:
            engine.check(draft, "prive", "x")
        else:
            engine.check(draft, "functie", "wikipedia", today=date(2026, 6, 1))
    return True


# One file is written over for every example: the fixture's directories serve them all.
FUZZ = settings(max_examples=100, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@FUZZ
@given(text=configurations().map(document), layer=st.sampled_from([DEPARTMENT, USER]))
def test_a_file_that_validates_also_checks(department_file, text, layer):
    load_and_check(department_file, text, layer)


@FUZZ
@given(text=configurations().map(document).flatmap(breakages),
       layer=st.sampled_from([DEPARTMENT, USER]))
def test_a_broken_file_is_problems_with_file_line_and_key(department_file, text, layer):
    load_and_check(department_file, text, layer)
