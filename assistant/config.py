"""Configuration in layers: built-in < department < user < command line.

* ``builtin``: the defaults of ``assistant.settings``.
* ``department``: ``config.toml`` in every platformdirs ``site_config_dir``
  (on Linux each directory of ``XDG_CONFIG_DIRS``, default ``/etc/xdg/glazenhuis``);
  the first directory wins. Only these files may lock keys (``[lock] keys``).
* ``user``: ``config.toml`` in platformdirs ``user_config_dir``.
* ``commandline``: ``--config FILE`` (or ``GLAZENHUIS_CONFIG``) and the
  command-line flags.

A later layer replaces a value of an earlier one, except a value the
department locked. ``[[checklist]]``, ``[[rules]]`` and ``[[sensitive_periods]]``
add up. Loading never raises on bad input: a file, table or item that cannot be
used becomes a ``ConfigProblem`` (file, line, key, Dutch message) and the rest
still applies. ``docs/configuration.md`` describes every key.
"""

from __future__ import annotations

import ast
import copy
import difflib
import hashlib
import json
import os
import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from platformdirs import site_config_dir, user_config_dir

from assistant.checklist import ChecklistItemError, builtin_checklist, parse_item, platform_choices
from assistant.i18n import _
from assistant.nlp.classes import ClassSpec
from assistant.resources import resource_path
from assistant.rules.spec import KNOWN_KEYS as RULE_KEYS, RuleSpec, RuleSpecError, parse_rule
from assistant.settings import (
    ChecklistItem,
    ConfigProblem,
    Department,
    Identity,
    LanguageToolSettings,
    SensitivePeriod,
    Settings,
    WeighingSettings,
)
from assistant.storage import atomic_write_text
from assistant.textfiles import TextFileError, os_reason, read_text_file
from assistant.urls import url_problem
from assistant.weighing import CRITERIA, LEVELS, weighing_data

APP_NAME = "glazenhuis"
CONFIG_NAME = "config.toml"
ENV_VAR = "GLAZENHUIS_CONFIG"

BUILTIN, DEPARTMENT, USER, COMMANDLINE = "builtin", "department", "user", "commandline"
LAYERS = (BUILTIN, DEPARTMENT, USER, COMMANDLINE)
# Layers in the user's own hands: they cannot override what the department locked.
_GUARDED = (USER, COMMANDLINE)


def layer_label(layer: str) -> str:
    """The Dutch name of a layer, as the user reads it."""
    return {
        BUILTIN: _("ingebouwd"),
        DEPARTMENT: _("departement"),
        USER: _("gebruiker"),
        COMMANDLINE: _("opdrachtregel"),
    }.get(layer, layer)


# ---------------------------------------------------------------------------
# The schema: resources/config.schema.json declares every table and key, for
# this loader and for an administrator's editor alike (docs/department-config.md).

SCHEMA_FILE = "config.schema.json"


@lru_cache(maxsize=1)
def config_schema() -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of a configuration file."""
    return json.loads(resource_path(SCHEMA_FILE).read_text(encoding="utf-8"))


_TOP = config_schema()["properties"]
# Tables of plain settings; [lock] holds none, it names them.
TABLES = tuple(name for name, spec in _TOP.items() if "properties" in spec and name != "lock")
ARRAYS = tuple(name for name, spec in _TOP.items() if spec["type"] == "array")
KEYS = tuple(f"{table}.{key}" for table in TABLES for key in _TOP[table]["properties"])
LOCKABLE = tuple(_TOP["lock"]["properties"]["keys"]["items"]["enum"])
# Rules, checklist questions and word classes are read item by item by their own
# parsers, which read the built-in ones too: the loader only needs them to be tables.
_PARSED_ITEMS = ("rule", "checklist_item", "word_class")


def _text_message() -> str:
    return _("Moet tekst zijn (tussen aanhalingstekens).")


def _list_message() -> str:
    return _("Moet een lijst met teksten zijn, bijvoorbeeld [\"a\", \"b\"].")


def flat_values(settings: Settings) -> dict[str, Any]:
    """Every plain key with its value, in schema order."""
    return {
        "identity.name": settings.identity.name,
        "identity.function": settings.identity.function,
        "identity.department": settings.identity.department,
        "department.name": settings.department.name,
        "department.short_names": settings.department.short_names,
        "department.policy_terms": settings.department.policy_terms,
        "department.accepted_terms": settings.department.accepted_terms,
        "languagetool.path": settings.languagetool.path,
        "languagetool.url": settings.languagetool.url,
        "languagetool.enabled": settings.languagetool.enabled,
        "ui.language": settings.ui_language,
        "check.default_profile": settings.default_profile,
        "check.default_platform": settings.default_platform,
        "check.disabled_rules": settings.disabled_rules,
        "weighing.sensitive_topics": settings.weighing.sensitive_topics,
        **{f"weighing.weight_{cid}": settings.weighing.weights.get(
            cid, weighing_data().weights[cid]) for cid in CRITERIA},
        **{f"weighing.threshold_{level.value}": settings.weighing.thresholds.get(
            level.value, weighing_data().thresholds[level.value]) for level in LEVELS[1:]},
    }


# ---------------------------------------------------------------------------
# Reading files


_BARE = r"""[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*'"""
_DOTTED = rf"(?:{_BARE})(?:\s*\.\s*(?:{_BARE}))*"
# A header is alone on its line (a nested array value such as ["a"] is not one).
_ARRAY_HEADER = re.compile(rf"\[\[\s*({_DOTTED})\s*\]\]\s*(?:#.*)?$")
_TABLE_HEADER = re.compile(rf"\[\s*({_DOTTED})\s*\]\s*(?:#.*)?$")
_KEY_LINE = re.compile(rf"\s*({_DOTTED})\s*=")
_PART = re.compile(_BARE)
_TOML_ERROR_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)|\s*\(at end of document\)")


def _toml_messages() -> list[tuple[str, str]]:
    """tomllib's messages (Python 3.11+) and what they mean, in Dutch."""
    return [
        (r"Expected '=' after a key in a key/value pair",
         _("na een sleutel hoort een = met een waarde")),
        (r"Expected ']' at the end of a table declaration", _("de tabelkop mist de afsluitende ]")),
        (r"Expected ']]' at the end of an array declaration", _("de kop mist de afsluitende ]]")),
        (r"Expected newline or end of document after a statement",
         _("na de waarde hoort de regel te eindigen")),
        (r"Expected (?P<value>.+)", _("hier hoort {value}")),
        (r"Cannot overwrite a value", _("deze sleutel heeft al een waarde")),
        (r"Cannot declare (?P<key>.+) twice", _("de tabel {key} komt twee keer voor")),
        (r"Cannot (?:mutate immutable|redefine) namespace (?P<key>.+)",
         _("{key} heeft al een waarde en kan hier niet opnieuw of verder worden ingevuld")),
        (r"Duplicate inline table key (?P<key>.+)", _("de sleutel {key} komt twee keer voor")),
        (r"Unterminated string", _("een tekst mist het afsluitende aanhalingsteken")),
        (r"Unclosed array", _("een lijst mist de afsluitende ]")),
        (r"Unclosed inline table", _("een tabel tussen { en } mist de afsluitende }")),
        (r"Invalid value", _("ongeldige waarde; zet tekst tussen aanhalingstekens")),
        (r"Invalid statement", _("deze regel is geen sleutel = waarde en geen [tabel]")),
        (r"Invalid initial character for a key part", _("een sleutel begint met een ongeldig teken")),
        (r"Invalid date or datetime", _("ongeldige datum of tijd")),
        (r"Invalid hex value|Escaped character is not a Unicode scalar value",
         _("ongeldige \\u-code in een tekst")),
        (r"Unescaped '\\' in a string", _("schrijf een \\ in een tekst als \\\\")),
        (r"(?:Illegal|Found invalid) character (?P<value>.+)", _("ongeldig teken {value}")),
    ]


def _dotted(key: str) -> str:
    """tomllib names a key as a tuple, e.g. ('rules', 'options'): show rules.options."""
    try:
        parts = ast.literal_eval(key)
    except (ValueError, SyntaxError):
        return key
    return ".".join(map(str, parts)) if isinstance(parts, tuple) else key


def toml_error(exc: tomllib.TOMLDecodeError, text: str) -> tuple[str, int | None]:
    """A TOML syntax error as a Dutch sentence, and its line."""
    detail = str(exc)
    line = None
    if found := _TOML_ERROR_AT.search(detail):
        line = int(found.group(1)) if found.group(1) else text.rstrip("\n").count("\n") + 1
        detail = detail[: found.start()] + detail[found.end():]
    for pattern, dutch in _toml_messages():
        if match := re.fullmatch(pattern, detail):
            values = match.groupdict()
            if "key" in values:
                values["key"] = _dotted(values["key"])
            # Not str.format: the Dutch text may hold braces of its own ("{ en }").
            detail = dutch
            for name, value in values.items():
                detail = detail.replace("{" + name + "}", value)
            break
    return _("Geen geldige TOML: {detail}.").format(detail=detail.rstrip(".")), line


def _split_dotted(text: str) -> tuple[str, ...]:
    return tuple(part.strip("\"'") for part in _PART.findall(text))


_LINE_TOKEN = re.compile(r"""\"\"\"|'''|"(?:[^"\\]|\\.)*"|'[^']*'|#""")


def _open_multiline(line: str) -> str | None:
    """The quotes of a multi-line string that the line opens and leaves open;
    quotes inside ordinary strings and comments do not count."""
    pos = 0
    while found := _LINE_TOKEN.search(line, pos):
        token = found.group()
        if token == "#":
            return None
        pos = found.end()
        if len(token) == 3 and token[0] == token[1] == token[2]:
            end = line.find(token, pos)
            if end < 0:
                return token
            pos = end + 3
    return None


class _KeyLines:
    """Where each key of a TOML text is, so a problem found after parsing can
    still name its line. Paths index arrays of tables: ("rules", 2, "patterns")."""

    def __init__(self, text: str = ""):
        self.lines: dict[tuple, int] = {}
        counters: dict[tuple, int] = {}
        current: tuple = ()
        in_string = None
        # TOML breaks lines only at \n (str.splitlines would also split at \x0c, \u2028, ...).
        for number, raw in enumerate(text.split("\n"), 1):
            if in_string:
                if raw.count(in_string) % 2:
                    in_string = None
                continue
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if match := _ARRAY_HEADER.match(line):
                name = self._resolve(_split_dotted(match.group(1)), counters)
                counters[name] = counters.get(name, -1) + 1
                current = name + (counters[name],)
                self.lines.setdefault(name, number)
                self.lines[current] = number
            elif match := _TABLE_HEADER.match(line):
                current = self._resolve(_split_dotted(match.group(1)), counters)
                for end in range(1, len(current) + 1):
                    self.lines.setdefault(current[:end], number)
            elif match := _KEY_LINE.match(line):
                # a.b.c = 1 also makes tables a and a.b: problems with them point here.
                parts = _split_dotted(match.group(1))
                for end in range(1, len(parts) + 1):
                    self.lines.setdefault(current + parts[:end], number)
            in_string = _open_multiline(line)

    @staticmethod
    def _resolve(parts: tuple[str, ...], counters: dict[tuple, int]) -> tuple:
        # [rules.options] after [[rules]] belongs to the latest rules table.
        path: tuple = ()
        for index, part in enumerate(parts):
            path += (part,)
            if path in counters and index < len(parts) - 1:
                path += (counters[path],)
        return path

    def line(self, path: tuple) -> int | None:
        """The line of the key, else of the nearest enclosing table or item."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None


def _key_at(text: str, line: int) -> tuple:
    """The key written on the line (or the table it is in) of a file that did not
    parse: its lines are read only that far, and only their first 1,000 characters."""
    lines = [part[:1000] for part in text.split("\n")[:line]]
    found = [(number, len(path), path) for path, number in _KeyLines("\n".join(lines)).lines.items()
             if number <= line]
    if found:
        return max(found)[2]
    # A key too long to read whole: its first part.
    first = _PART.search(lines[-1]) if lines else None
    return (first.group().strip("\"'"),) if first else ()


def _display_key(path: tuple) -> str:
    """("rules", 1, "patterns") -> "rules[2].patterns": arrays count from 1, as people do."""
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


# ---------------------------------------------------------------------------
# One layer


@dataclass
class _Layer:
    layer: str
    file: str
    lines: _KeyLines = field(default_factory=_KeyLines)
    values: dict[str, Any] = field(default_factory=dict)
    periods: list[tuple[SensitivePeriod, tuple]] = field(default_factory=list)
    checklist: list[tuple[ChecklistItem, tuple]] = field(default_factory=list)
    rules: list[tuple[RuleSpec, tuple]] = field(default_factory=list)
    classes: list[tuple[ClassSpec, tuple]] = field(default_factory=list)
    lock: list[str] = field(default_factory=list)
    problems: list[ConfigProblem] = field(default_factory=list)
    # Run each rule's own examples: when validating a file, not on every start.
    run_examples: bool = False

    def problem(self, path: tuple, message: str, line: int | None = None) -> None:
        self.problems.append(ConfigProblem(
            file=self.file,
            line=line if line is not None else self.lines.line(path),
            key=_display_key(path) or None,
            message=message,
            layer=self.layer,
        ))


def _read_layer(path: Path, layer: str, named_by: str = "", run_examples: bool = False) -> _Layer:
    """``named_by``: the environment variable that named the file, if one did;
    a user who forgot it was set would not know where the name came from."""
    result = _Layer(layer, str(path), run_examples=run_examples)
    try:
        text = read_text_file(path, MAX_CONFIG_BYTES)
    except TextFileError as exc:
        message = str(exc)
        if named_by:
            message += " " + _("De omgevingsvariabele {variable} noemt dit bestand.").format(
                variable=named_by)
        result.problem((), message, exc.line)
        return result
    if refused := _too_deep(text):
        result.problem(_key_at(text, refused[1]), *refused)
        return result
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message, line = toml_error(exc, text)
        result.problem(_key_at(text, line) if line else (), message, line)
        return result
    result.lines = _KeyLines(text)
    _drop_oversized(data, result)
    _validate(data, result)
    return result


# A configuration is a few tables deep and small; these bounds keep a broken or
# hostile file from exhausting the parser (deep nesting, keys of thousands of
# parts take it minutes) or the rules compiled from it.
MAX_CONFIG_BYTES = 4 << 20
MAX_DEPTH = 10
MAX_KEY_PARTS = 10
MAX_TEXT_LENGTH = 10_000
# Rules, checklist questions or periods in one file (the built-in rules are about 100).
MAX_ITEMS = 1000


# What matters to _too_deep, and how each kind of string ends.
_STRUCTURE = re.compile(r"""[\n=,#"'\[\]{}.]""")
_STRING_END = {'"': re.compile(r'[^"\\\n]*(?:\\.[^"\\\n]*)*"'), "'": re.compile(r"[^'\n]*'"),
               '"""': re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""', re.S),
               "'''": re.compile(r"[^']*(?:'(?!'')[^']*)*'''")}


def _too_deep(text: str) -> tuple[str, int] | None:
    """Before parsing: brackets nested deeper than MAX_DEPTH, or a key of more
    than MAX_KEY_PARTS parts (a dot per part), found by reading the text as TOML
    does outside its strings and comments. The message and its line, or None."""
    depth = dots = 0
    line = 1
    i = 0
    while found := _STRUCTURE.search(text, i):
        char, i = found.group(), found.end()
        if char in "\n=,":
            # The dots of one key: a value (1.5) or the next key starts afresh.
            line += char == "\n"
            dots = 0
        elif char == "#":
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
        elif char in "\"'":
            quote = char * 3 if text.startswith(char * 2, i) else char
            string = _STRING_END[quote].match(text, i + len(quote) - 1)
            if string is None:
                continue  # an unterminated string: the parser will say where
            line += string.group().count("\n")
            i = string.end()
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return _("Te diep genest: meer dan {limit} lijsten of tabellen in elkaar; "
                         "het bestand is niet gelezen.").format(limit=MAX_DEPTH), line
        elif char in "]}":
            depth = max(depth - 1, 0)
        else:
            dots += 1
            if dots >= MAX_KEY_PARTS:
                return _("Een sleutel met meer dan {limit} delen; het bestand is niet "
                         "gelezen.").format(limit=MAX_KEY_PARTS), line
    return None


def _drop_oversized(data: dict[str, Any], layer: _Layer) -> None:
    """Refuse (and leave out) what is nested too deep through dotted keys and
    tables, or a text longer than MAX_TEXT_LENGTH or the schema's maxLength
    for it (a term), so nothing later has to handle it."""
    stack: list[tuple[dict | list, tuple, tuple]] = [(data, (), ())]
    removed: set[tuple] = set()
    while stack:
        container, path, owner = stack.pop()
        if any(path[:end] in removed for end in range(len(path) + 1)):
            continue
        items = container.items() if isinstance(container, dict) else enumerate(container)
        for key, value in list(items):
            here = path + (key,)
            # A value in a list is dropped with its list: the nearest key owns it.
            holder = here if isinstance(container, dict) else owner
            message = None
            if len(here) > MAX_DEPTH:
                message = _("Te diep genest: meer dan {limit} niveaus.").format(limit=MAX_DEPTH)
            elif isinstance(value, str) and len(value) > (
                    limit := _schema_at(here).get("maxLength", MAX_TEXT_LENGTH)):
                message = _("Tekst van {length} tekens; hooguit {limit} mag.").format(
                    length=len(value), limit=limit)
            elif isinstance(key, str) and len(key) > MAX_TEXT_LENGTH:
                message = _("Sleutel van {length} tekens; hooguit {limit} mag.").format(
                    length=len(key), limit=MAX_TEXT_LENGTH)
            if message:
                layer.problem(holder, message)
                _remove(data, holder)
                removed.add(holder)
                if holder != here:
                    break  # the list went with it
                continue
            if isinstance(value, (dict, list)):
                stack.append((value, here, holder))


def _schema_at(path: tuple) -> dict[str, Any]:
    """The schema of the value at ``path`` (keys and list indexes); empty where
    the schema declares nothing."""
    schema = config_schema()
    spec: Any = schema
    for part in path:
        if "$ref" in spec:
            spec = schema["$defs"][spec["$ref"].rsplit("/", 1)[1]]
        if isinstance(part, int):
            spec = spec.get("items", {})
        else:
            spec = spec.get("properties", {}).get(part, spec.get("additionalProperties"))
        if not isinstance(spec, dict):
            return {}
    return schema["$defs"][spec["$ref"].rsplit("/", 1)[1]] if "$ref" in spec else spec


def _remove(data: dict[str, Any], path: tuple) -> None:
    """Delete the value at ``path`` (keys and list indexes) from the parsed file."""
    *parents, last = path
    for part in parents:
        data = data[part]
    del data[last]


def _layer_from_mapping(data: Mapping[str, Any], layer: str, label: str) -> _Layer:
    result = _Layer(layer, label)
    _validate(dict(data), result)
    return result


def _unknown_key_message(key: str, known: Collection[str]) -> str:
    close = difflib.get_close_matches(key, list(known), n=1)
    if close:
        return _("Onbekende sleutel; bedoel je {suggestion}?").format(suggestion=close[0])
    return _("Onbekende sleutel; bekend zijn {choices}.").format(choices=", ".join(known))


@lru_cache(maxsize=1)
def _validator():
    """A Draft 2020-12 validator of the schema, read the TOML way: a TOML date
    fills a field of format "date" (an editor sees it as such a string, and
    only a date without quotes and without a time passes), and an integer is
    never a float (TOML tells 2 from 2.0, JSON does not)."""
    from jsonschema import Draft202012Validator, FormatChecker, validators

    json_type = Draft202012Validator.VALIDATORS["type"]

    def toml_type(validator, types, instance, schema):
        if schema.get("format") == "date" and isinstance(instance, date):
            return
        yield from json_type(validator, types, instance, schema)

    dates = FormatChecker(formats=())
    dates.checks("date")(lambda value: isinstance(value, date) and not isinstance(value, datetime))
    # The one check of a web address, also used by the logbook and the grammar.
    dates.checks("url")(lambda value: not isinstance(value, str) or url_problem(value) is None)
    integers = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool))
    toml_validator = validators.extend(Draft202012Validator, {"type": toml_type},
                                       type_checker=integers)
    schema = dict(config_schema())
    schema["$defs"] = {**schema["$defs"], **{name: {"type": "object"} for name in _PARSED_ITEMS}}
    return toml_validator(schema, format_checker=dates)


# A file that passed the schema before passes again: its digest is kept in the
# user cache folder, so a start does not import jsonschema for a file it knows.
_KNOWN_VALID = "config-valid.txt"
_KNOWN_VALID_KEPT = 16


@lru_cache(maxsize=1)
def _schema_version() -> str:
    """What a known-valid digest depends on besides the file: the schema and the
    code that reads it."""
    from assistant.cache import checksum

    # An installed bundle holds no source file: its code changes only with the
    # version, which every checksum holds.
    code = [Path(__file__)] if Path(__file__).is_file() else []
    return checksum([resource_path(SCHEMA_FILE), *code])


def _schema_errors(data: dict[str, Any]) -> list:
    from assistant.cache import cache_dir

    digest = hashlib.sha256(repr(data).encode("utf-8", "surrogatepass")).hexdigest()
    path, version = cache_dir() / _KNOWN_VALID, _schema_version()
    try:
        known = path.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        known = []
    known = known[1:] if known[:1] == [version] else []
    if digest in known:
        return []
    errors = list(_validator().iter_errors(data))
    if not errors:
        kept = [key for key in known if key != digest][-(_KNOWN_VALID_KEPT - 1):] + [digest]
        try:
            atomic_write_text(path, "\n".join([version, *kept]) + "\n")
        except OSError:
            pass  # a read-only or full disk: the next start validates again
    return errors


def _explain(error) -> list[tuple[tuple, tuple, str]]:
    """What one schema error means, in Dutch: (key to report, value to leave
    out, message) for each value it concerns."""
    path = tuple(error.absolute_path)
    schema, kind, value = error.schema, error.validator, error.instance
    if kind == "additionalProperties":
        known = list(schema.get("properties", ()))
        return [(path + (key,), path + (key,), _unknown_key_message(key, known))
                for key in value if key not in known]
    if kind == "required":
        return [(path + (key,), path, _("Verplichte sleutel ontbreekt."))
                for key in error.validator_value if key not in value]
    in_list = len(path) >= 2 and isinstance(path[-1], int) and not (
        len(path) == 2 and path[0] in ARRAYS)
    owner = path[:-1] if in_list else path
    if in_list and kind == "enum" and owner == ("lock", "keys"):
        # The other names still lock.
        return [(owner, path, _("Kan {value} niet vastzetten: onbekende sleutel.").format(
            value=value))]
    defs = config_schema()["$defs"]
    if kind == "type":
        message = (_type_message(owner, schema, error.validator_value) if not in_list
                   else _lock_list_message() if owner == ("lock", "keys") else _list_message())
    elif kind == "format" and error.validator_value == "url":
        message = url_problem(value) or _("Deze waarde kan niet worden gebruikt.")
    elif kind == "format":
        message = (_("Alleen een datum, zonder tijd, bijvoorbeeld 2027-01-01.")
                   if isinstance(value, date) else _date_message())
    elif kind == "enum":
        message = _("Onbekende waarde {value}; kies uit {choices}.").format(
            value=value, choices=", ".join(error.validator_value))
    elif schema == defs["term"]:
        # Terms are searched for in every draft: a lone dash or blank would match
        # everywhere, or nowhere in particular.
        message = _("“{value}” is geen woord: een term heeft minstens één letter of cijfer "
                    "nodig.").format(value=value)
    elif schema == defs["weight"]:
        message = _("Een gewicht ligt tussen 0 (telt niet mee) en {limit}.").format(
            limit=schema["maximum"])
    elif schema == defs["threshold"]:
        message = _("Een drempel ligt tussen 1 en {limit}.").format(limit=schema["maximum"])
    else:
        message = _("Deze waarde kan niet worden gebruikt.")
    return [(owner, owner, message)]


def _date_message() -> str:
    return _("Moet een datum zijn, zonder aanhalingstekens, bijvoorbeeld 2027-01-01.")


def _lock_list_message() -> str:
    return _("Moet een lijst met teksten zijn, bijvoorbeeld [\"department\", "
             "\"check.disabled_rules\"].")


def _type_message(path: tuple, schema: dict[str, Any], expected: str) -> str:
    if schema.get("format") == "date":
        return _date_message()
    if path == ("classes",):
        return _("Moet een tabel van woordklassen zijn ([classes.naam]).")
    if expected == "object":
        if len(path) == 2 and path[0] in ARRAYS:
            return _("Moet een tabel zijn ([[{table}]]).").format(table=path[0])
        return _("Moet een tabel zijn ([{table}]).").format(table=_display_key(path))
    if expected == "array":
        if len(path) == 1 and path[0] in ARRAYS:
            return _("Moet een lijst van tabellen zijn ([[{table}]]).").format(table=path[0])
        return _lock_list_message() if path == ("lock", "keys") else _list_message()
    if expected == "boolean":
        return _("Moet true of false zijn.")
    if expected == "integer":
        return _("Moet een geheel getal zijn, zonder aanhalingstekens, bijvoorbeeld 2.")
    return _text_message()


def _check_schema(data: dict[str, Any], layer: _Layer) -> set[tuple]:
    """Report what the schema refuses, one message for each key; the paths of
    the values it refused."""
    refused: set[tuple] = set()
    reported: set[tuple] = set()
    for error in _schema_errors(data):
        for key, value, message in _explain(error):
            if key in reported and any(value[:end] in refused for end in range(len(value) + 1)):
                continue
            refused.add(value)
            reported.add(key)
            layer.problem(key, message)
    return refused


def _validate(data: dict[str, Any], layer: _Layer) -> None:
    first = len(layer.problems)
    if layer.layer == USER and "lock" in data:
        layer.problem(("lock",), _("Alleen het departementsbestand kan instellingen vastzetten; "
                                   "deze tabel wordt genegeerd."))
        data = {key: value for key, value in data.items() if key != "lock"}
    for name in ARRAYS:
        if isinstance(data.get(name), list) and len(data[name]) > MAX_ITEMS:
            layer.problem((name, MAX_ITEMS), _("Meer dan {limit} items; de rest wordt "
                                               "overgeslagen.").format(limit=MAX_ITEMS))
            data = {**data, name: data[name][:MAX_ITEMS]}
    refused = _check_schema(data, layer)

    def usable(path: tuple) -> bool:
        return not any(path[:end] in refused for end in range(1, len(path) + 1))

    def whole(path: tuple) -> bool:
        return usable(path) and not any(other[:len(path)] == path for other in refused)

    for top, value in data.items():
        if not usable((top,)):
            continue
        if top in TABLES:
            for sub, sub_value in value.items():
                if usable((top, sub)):
                    layer.values[f"{top}.{sub}"] = (tuple(sub_value) if isinstance(sub_value, list)
                                                    else sub_value)
        elif top in ARRAYS:
            validate_item = {"sensitive_periods": _validate_period,
                             "checklist": _validate_checklist, "rules": _validate_rule}[top]
            for index, item in enumerate(value):
                if whole((top, index)):
                    validate_item(item, (top, index), layer)
        elif top == "lock" and usable(("lock", "keys")):
            layer.lock.extend(name for index, name in enumerate(value.get("keys", ()))
                              if usable(("lock", "keys", index)))
        elif top == "classes":
            _validate_classes(value, layer)
    if layer.rules or layer.classes:
        _check_rule_classes(layer)
    # Problems in the order of the file, whichever check found them.
    layer.problems[first:] = sorted(layer.problems[first:], key=lambda p: p.line or 0)


def _validate_classes(value: dict[str, Any], layer: _Layer) -> None:
    """[classes.NAME] tables: words a layer adds to a word class, or its own classes."""
    from assistant.nlp.classes import ClassSpecError, parse_class

    for name, table in value.items():
        try:
            layer.classes.append((parse_class(name, table), ("classes", name)))
        except ClassSpecError as exc:
            layer.problem(("classes", name) + ((exc.key,) if exc.key else ()), str(exc))


def _check_rule_classes(layer: _Layer) -> None:
    """Construction rules name word classes that exist (built in, made from the
    configuration, or this file's own); then, when validating, run the examples."""
    from assistant.engine import Engine, compile_rule
    from assistant.nlp.classes import ClassSpecError
    from assistant.rules.constructions import CompiledConstruction, Guards

    classes = tuple(spec for spec, _path in layer.classes)
    try:
        Engine.class_set(classes).validate()
    except ClassSpecError as exc:
        layer.problem(("classes",) + ((exc.key,) if exc.key else ()), str(exc))
        return
    known = Engine.class_set(classes)
    kept = []
    for spec, path in layer.rules:
        compiled = compile_rule(spec)
        try:
            if isinstance(compiled, CompiledConstruction):
                compiled.check_classes(known)
            if Guards.needed(spec):
                Guards(spec).check_classes(known)
        except RuleSpecError as exc:
            layer.problem(path + (exc.key or "constructions",), str(exc))
            continue
        if layer.run_examples:
            from assistant.rules.examples import check_examples

            # A failing example is the rule's author's to fix; the rule itself still works.
            for failure in check_examples(spec, classes):
                layer.problem(path + (failure.key, failure.index), failure.message)
        kept.append((spec, path))
    layer.rules[:] = kept


def _validate_period(item: dict, path: tuple, layer: _Layer) -> None:
    # Dates in order: a JSON Schema cannot compare two values.
    if item["end"] < item["start"]:
        layer.problem(path + ("end",), _("De einddatum ligt vóór de begindatum ({start}).").format(
            start=item["start"].isoformat()))
        return
    layer.periods.append((SensitivePeriod(item["name"], item["start"], item["end"],
                                          tuple(item.get("terms", ()))), path))


def _validate_checklist(item: dict, path: tuple, layer: _Layer) -> None:
    try:
        parsed = parse_item(item, layer.layer)
    except ChecklistItemError as exc:
        layer.problem(path + ((exc.key,) if exc.key else ()), str(exc))
        return
    if any(other.id == parsed.id for other, _path in layer.checklist):
        layer.problem(path + ("id",), _("Dit id komt al eerder voor in dit bestand."))
        return
    layer.checklist.append((parsed, path))


def _validate_rule(item: dict, path: tuple, layer: _Layer) -> None:
    # The engine (and RE2) load only for files that have rules: not on every start.
    from assistant.engine import compile_rule
    from assistant.rules.matchers import check_pattern_cost

    try:
        spec = parse_rule(item)
        compile_rule(spec)
        if spec.type == "code":
            _compile_code_rule_words(spec)
        for key in ("patterns", "context_patterns", "unless_patterns", "exceptions"):
            for pattern in getattr(spec, key):
                check_pattern_cost(pattern, key)
    except (ValueError, TypeError) as exc:  # RuleSpecError, or a value of a type nobody expected
        # A key may name a part of a table: "options.require".
        key = tuple(getattr(exc, "key", None).split(".")) if getattr(exc, "key", None) else ()
        message = str(exc)
        if key and key[0] not in RULE_KEYS:
            message = _unknown_key_message(key[0], sorted(RULE_KEYS))
        layer.problem(path + key, message)
        return
    # A misspelt platform would silently keep the rule from ever running.
    choices = platform_choices()
    unknown = [name for name in spec.platforms if name not in choices]
    if unknown:
        layer.problem(path + ("platforms",), _("Onbekende waarde {value}; kies uit {choices}.")
                      .format(value=unknown[0], choices=", ".join(sorted(choices))))
        return
    if any(other.id == spec.id for other, _path in layer.rules):
        layer.problem(path + ("id",), _("Dit id komt al eerder voor in dit bestand."))
        return
    layer.rules.append((spec, path))


def _compile_code_rule_words(spec: RuleSpec) -> None:
    """A code check searches its rule's words and patterns (and some options'
    words) only while checking: compile them now, so a bad one is found here."""
    from assistant.rules.matchers import CompiledRule, Matcher

    if spec.tokens or spec.patterns:
        CompiledRule(replace(spec, type="existence", check="", options={}))
    for key in ("context", "unless"):
        tokens, patterns = getattr(spec, f"{key}_tokens"), getattr(spec, f"{key}_patterns")
        if tokens or patterns:
            Matcher(tokens, patterns, spec.case_sensitive, f"{key}_patterns")
    for key, value in spec.options.items():
        if key.endswith("_tokens") and value:
            Matcher(tuple(value), (), False, f"options.{key}")


# ---------------------------------------------------------------------------
# Layering


def department_config_files() -> list[Path]:
    """Department files, most important first (the order of XDG_CONFIG_DIRS)."""
    dirs = site_config_dir(APP_NAME, appauthor=False, multipath=True).split(os.pathsep)
    return [Path(d) / CONFIG_NAME for d in dirs if d]


def user_config_file() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False)) / CONFIG_NAME


def commandline_config_file(config_file: Path | None = None,
                            environ: Mapping[str, str] | None = None) -> Path | None:
    environ = os.environ if environ is None else environ
    if config_file is not None:
        return Path(config_file)
    value = environ.get(ENV_VAR, "")
    return Path(value) if value else None


def config_files(config_file: Path | None = None,
                 environ: Mapping[str, str] | None = None) -> list[tuple[str, Path]]:
    """Every file that may take part, as (layer, path), in the order they apply."""
    files = [(DEPARTMENT, p) for p in reversed(department_config_files())]
    files.append((USER, user_config_file()))
    explicit = commandline_config_file(config_file, environ)
    if explicit is not None:
        files.append((COMMANDLINE, explicit))
    return files


def _present(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def load_settings(config_file: Path | None = None, *, environ: Mapping[str, str] | None = None,
                  overrides: Mapping[str, Any] | None = None) -> Settings:
    """The effective settings. ``config_file`` (or ``GLAZENHUIS_CONFIG`` in
    ``environ``) is the command-line file; ``overrides`` are command-line values
    in the shape of a config file, e.g. ``{"identity": {"name": "..."}}``.
    Department and user files that do not exist are skipped; a missing
    command-line file is a problem."""
    named_by = ENV_VAR if config_file is None else ""
    layers = [
        _read_layer(path, layer, named_by if layer == COMMANDLINE else "")
        for layer, path in config_files(config_file, environ)
        if layer == COMMANDLINE or _present(path)
    ]
    if overrides:
        layers.append(_layer_from_mapping(overrides, COMMANDLINE, _("opdrachtregel")))
    return _merge(layers)


def validate_file(path: Path, layer: str = DEPARTMENT) -> list[ConfigProblem]:
    """Every problem in one file, read as a file of the given layer, including
    each rule example (``fires``, ``quiet``) that the rule does not honour."""
    if layer not in (DEPARTMENT, USER, COMMANDLINE):
        raise ValueError(layer)
    return _read_layer(Path(path), layer, run_examples=True).problems


def _builtin_rule_ids() -> set[str]:
    from assistant.engine import builtin_rules

    try:
        return {spec.id for spec in builtin_rules()}
    except (OSError, tomllib.TOMLDecodeError, RuleSpecError):
        # Broken built-in rules are the engine's to report; here they only guard ids.
        return set()


def _covered(locked: Collection[str], key: str) -> bool:
    """True when ``locked`` names the key or a table that holds it."""
    parts = key.split(".")
    return any(".".join(parts[:n]) in locked for n in range(1, len(parts) + 1))


def _locked_message() -> str:
    return _("Deze instelling is vastgezet door je organisatie; de waarde uit dit bestand wordt "
             "genegeerd.")


def _merge(layers: list[_Layer]) -> Settings:
    values = flat_values(Settings())
    origins = {key: BUILTIN for key in values}
    setters: dict[str, _Layer] = {}
    locked: set[str] = set()
    periods: list[SensitivePeriod] = []
    period_origins: list[str] = []
    checklist: dict[str, ChecklistItem] = {}
    rules: dict[str, RuleSpec] = {}
    classes: dict[str, ClassSpec] = {}
    builtin_checklist_ids = {item.id for item in builtin_checklist()}

    for layer in layers:
        guarded = layer.layer in _GUARDED
        for key, value in layer.values.items():
            if guarded and _covered(locked, key):
                # Repeating the department's own value overrides nothing.
                if value != values[key]:
                    layer.problem(tuple(key.split(".")), _locked_message())
                continue
            values[key] = value
            origins[key] = layer.layer
            setters[key] = layer
        for period, path in layer.periods:
            if guarded and "sensitive_periods" in locked:
                layer.problem(path, _locked_message())
                continue
            periods.append(period)
            period_origins.append(layer.layer)
        for item, path in layer.checklist:
            if guarded and "checklist" in locked:
                layer.problem(path, _locked_message())
            elif guarded and (item.id in checklist or item.id in builtin_checklist_ids):
                layer.problem(path + ("id",), _("Er is al een checklistvraag met dit id; kies een "
                                                "eigen id. Deze vraag wordt overgeslagen."))
            else:
                checklist[item.id] = item
                origins[f"checklist.{item.id}"] = layer.layer
        for spec, path in layer.rules:
            if guarded and "rules" in locked:
                layer.problem(path, _locked_message())
            elif guarded and (spec.id in rules or spec.id in _builtin_rule_ids()):
                layer.problem(path + ("id",), _("Er is al een regel met dit id; alleen het "
                                                "departement kan bestaande regels vervangen. Kies "
                                                "een eigen id. Deze regel wordt overgeslagen."))
            else:
                rules[spec.id] = spec
                origins[f"rules.{spec.id}"] = layer.layer
        for spec, path in layer.classes:
            if guarded and "classes" in locked:
                layer.problem(path, _locked_message())
            else:
                classes[spec.name] = classes[spec.name].extended(spec) if spec.name in classes \
                    else spec
                origins[f"classes.{spec.name}"] = layer.layer
        if layer.layer == DEPARTMENT:
            locked.update(layer.lock)

    # Checked once all rules are known: a department may disable a user's rule too.
    # The built-in rules are read only when asked about: not on every start.
    for rule_id in values["check.disabled_rules"]:
        if rule_id not in rules and rule_id not in _builtin_rule_ids():
            setters["check.disabled_rules"].problem(
                ("check", "disabled_rules"),
                _("Er is geen regel met id {value}.").format(value=rule_id))

    # The department's name signs for the author until they set it themselves.
    if origins["identity.department"] == BUILTIN and values["department.name"]:
        values["identity.department"] = values["department.name"]
        origins["identity.department"] = origins["department.name"]
    for number, layer_name in enumerate(period_origins, 1):
        origins[f"sensitive_periods[{number}]"] = layer_name

    return Settings(
        identity=Identity(values["identity.name"], values["identity.function"],
                          values["identity.department"]),
        department=Department(values["department.name"], values["department.short_names"],
                              values["department.policy_terms"],
                              values["department.accepted_terms"]),
        sensitive_periods=tuple(periods),
        checklist=tuple(checklist.values()),
        rules=tuple(rules.values()),
        classes=tuple(classes.values()),
        disabled_rules=values["check.disabled_rules"],
        languagetool=LanguageToolSettings(values["languagetool.path"], values["languagetool.url"],
                                          values["languagetool.enabled"]),
        weighing=WeighingSettings(
            {cid: values[f"weighing.weight_{cid}"] for cid in CRITERIA},
            {level.value: values[f"weighing.threshold_{level.value}"] for level in LEVELS[1:]},
            values["weighing.sensitive_topics"]),
        ui_language=values["ui.language"],
        default_profile=values["check.default_profile"],
        default_platform=values["check.default_platform"],
        origins=origins,
        locked=frozenset(locked),
        problems=tuple(p for layer in layers for p in layer.problems),
    )


def is_locked(settings: Settings, key: str) -> bool:
    """True when the department locked the key or a table that holds it."""
    return _covered(settings.locked, key)


# ---------------------------------------------------------------------------
# Saving the user's own settings


class ConfigWriteError(Exception):
    """The user config could not be saved; the message is Dutch and complete."""


def _cannot_update(where: Path | str, detail: str) -> str:
    return _("Je instellingenbestand {file} kan niet worden bijgewerkt ({detail}); herstel het "
             "eerst.").format(file=where, detail=detail)


def _by_table(values: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """{"identity.name": "Jan"} as a file holds it: {"identity": {"name": "Jan"}}."""
    tables: dict[str, dict[str, Any]] = {}
    for key, value in values.items():
        table, name = key.split(".")
        tables.setdefault(table, {})[name] = list(value) if isinstance(value, tuple) else value
    return tables


def save_user_values(values: Mapping[str, Any], *, locked: Collection[str] | None = None,
                     path: Path | None = None) -> Path:
    """Store plain keys (e.g. ``{"identity.name": "…", "ui.language": "en"}``) in
    the user's config file, atomically, keeping the rest of the file as it was:
    its comments, layout and other values (tomlkit edits the document in place).
    Raises ConfigWriteError for a locked or unknown key, a bad value, a user file
    that is itself broken (it is left alone), or a failed write."""
    import tomlkit
    from tomlkit.exceptions import TOMLKitError
    from tomlkit.items import InlineTable, Table

    path = path or user_config_file()
    locked = load_settings().locked if locked is None else locked
    for key in values:
        if key not in KEYS:
            raise ConfigWriteError(_("Onbekende instelling {key}.").format(key=key))
        if _covered(locked, key):
            raise ConfigWriteError(_("{key} is vastgezet door je organisatie.").format(key=key))
    tables = _by_table(values)
    checked = _Layer(USER, str(path))
    _check_schema(tables, checked)
    if checked.problems:
        problem = checked.problems[0]
        raise ConfigWriteError(f"{problem.key}: {problem.message}")
    try:
        text = read_text_file(path, MAX_CONFIG_BYTES) if _present(path) else ""
        if refused := _too_deep(text):
            message, line = refused
            raise ConfigWriteError(_cannot_update(f"{path}:{line}", message.rstrip(".")))
        old = tomllib.loads(text)
    except TextFileError as exc:
        raise ConfigWriteError(_cannot_update(path, str(exc).rstrip("."))) from None
    except tomllib.TOMLDecodeError as exc:
        message, line = toml_error(exc, text)
        raise ConfigWriteError(_cannot_update(f"{path}:{line}" if line else path,
                                              message.rstrip("."))) from None
    unsafe = ConfigWriteError(_("Je instellingenbestand {file} is zo opgemaakt dat het niet "
                                "veilig kan worden bijgewerkt; pas het met de hand aan.").format(
                                    file=path))
    expected = copy.deepcopy(old)
    try:
        document = tomlkit.parse(text)
        for table, names in tables.items():
            if table not in document:
                document[table] = tomlkit.table()
            container = document[table]
            # A table written inline ({ ... }) is one line the user laid out on
            # purpose; any other value in its place cannot take keys.
            if isinstance(container, InlineTable) or not isinstance(container, (Table, dict)):
                raise unsafe
            for name, value in names.items():
                container[name] = value
                expected.setdefault(table, {})[name] = value
        new_text = tomlkit.dumps(document)
    except TOMLKitError:
        raise unsafe from None
    if "\r\n" in text:
        # Lines tomlkit adds end in \n; a file written on Windows keeps its \r\n.
        new_text = re.sub(r"(?<!\r)\n", "\r\n", new_text)
    # What is written must read back as the old file plus the new values, with
    # the same reader that loads it: a layout tomlkit misreads is left alone.
    try:
        if tomllib.loads(new_text) != expected:
            raise unsafe
    except tomllib.TOMLDecodeError:
        raise unsafe from None
    try:
        atomic_write_text(path, new_text)
    except OSError as exc:
        raise ConfigWriteError(_("Opslaan van {file} is mislukt ({detail}).").format(
            file=path, detail=os_reason(exc))) from None
    return path
