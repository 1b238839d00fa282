"""``glazenhuis config validate FILE``, ``glazenhuis config show`` and
``glazenhuis config schema``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from assistant.cli import EXIT_OK, EXIT_USAGE
from assistant.config import (
    COMMANDLINE,
    DEPARTMENT,
    LAYERS,
    SCHEMA_FILE,
    USER,
    config_files,
    flat_values,
    is_locked,
    layer_label,
    load_settings,
    validate_file,
)
from assistant.i18n import _
from assistant.resources import resource_path
from assistant.settings import ConfigProblem, Settings


def add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config", type=Path, metavar=_("BESTAND"),
        help=_("extra configuratiebestand, boven alle andere lagen (zonder deze optie: de "
               "omgevingsvariabele GLAZENHUIS_CONFIG)"))


def load_for_command(config: Path | None, overrides: dict | None = None) -> Settings | None:
    """Settings for a command, or None when the command-line layer is broken.

    Problems in the department or user files are warnings on stderr and the
    command goes on without them; what the user asked for on the command line
    must be right."""
    settings = load_settings(config, overrides=overrides)
    fatal = False
    for problem in settings.problems:
        if problem.layer == COMMANDLINE:
            fatal = True
            print(_("fout: {problem}").format(problem=problem), file=sys.stderr)
        else:
            print(_("waarschuwing: {problem}").format(problem=problem), file=sys.stderr)
    return None if fatal else settings


def problem_dict(problem: ConfigProblem) -> dict[str, Any]:
    return {"file": problem.file, "line": problem.line, "key": problem.key,
            "message": problem.message, "layer": problem.layer}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "config", help=_("configuratie controleren of tonen"),
        description=_("Controleer een configuratiebestand, of toon de geldende configuratie of "
                      "het schema ervan."))
    sub = parser.add_subparsers(dest="config_command", metavar=_("opdracht"), required=True,
                                parser_class=type(parser))

    validate = sub.add_parser(
        "validate", help=_("een configuratiebestand controleren"),
        description=_("Controleer een configuratiebestand. Afsluitcode 0: in orde; 2: fouten."))
    validate.add_argument("file", type=Path, metavar=_("BESTAND"))
    validate.add_argument(
        "--layer", choices=(DEPARTMENT, USER), default=DEPARTMENT,
        help=_("lees het bestand als departementsbestand (standaard) of als gebruikersbestand"))
    validate.set_defaults(func=run_validate)

    show = sub.add_parser(
        "show", help=_("de geldende configuratie tonen"),
        description=_("Toon de geldende configuratie: elke waarde met de laag waar ze vandaan "
                      "komt; waarden die je organisatie heeft vastgezet zijn gemarkeerd."))
    show.add_argument("--format", choices=("text", "json"), default="text",
                      help=_("uitvoer als tekst (standaard) of JSON"))
    add_config_option(show)
    show.set_defaults(func=run_show)

    schema = sub.add_parser(
        "schema", help=_("het JSON-schema van een configuratiebestand tonen"),
        description=_("Toon het JSON-schema (Draft 2020-12) van een configuratiebestand, voor een "
                      "editor die een departementsbestand controleert en aanvult terwijl je het "
                      "schrijft."))
    schema.set_defaults(func=run_schema)


def run_validate(args: argparse.Namespace) -> int:
    problems = validate_file(args.file, args.layer)
    for problem in problems:
        print(problem)
    if problems:
        return EXIT_USAGE
    print(_("{file}: in orde.").format(file=args.file))
    return EXIT_OK


def run_schema(args: argparse.Namespace) -> int:
    print(resource_path(SCHEMA_FILE).read_text(encoding="utf-8"), end="")
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    settings = load_for_command(args.config)
    if settings is None:
        return EXIT_USAGE
    files = [(layer, path) for layer, path in config_files(args.config)]
    if args.format == "json":
        print(json.dumps(show_json(settings, files), ensure_ascii=False, indent=2))
    else:
        print(show_text(settings, files), end="")
    return EXIT_OK


def _origin(settings: Settings, key: str) -> str:
    return settings.origins.get(key, "builtin")


def show_json(settings: Settings, files: list[tuple[str, Path]]) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        if isinstance(value, tuple):
            return list(value)
        return value.isoformat() if isinstance(value, date) else value

    return {
        "layers": list(LAYERS),
        "files": [{"layer": layer, "path": str(path), "present": path.is_file()}
                  for layer, path in files],
        "values": {
            key: {"value": plain(value), "layer": _origin(settings, key),
                  "locked": is_locked(settings, key)}
            for key, value in flat_values(settings).items()
        },
        "sensitive_periods": [
            {"name": p.name, "start": p.start.isoformat(), "end": p.end.isoformat(),
             "terms": list(p.terms), "layer": _origin(settings, f"sensitive_periods[{n}]")}
            for n, p in enumerate(settings.sensitive_periods, 1)
        ],
        "checklist": [
            {"id": item.id, "text": item.text, "profiles": list(item.profiles),
             "platforms": list(item.platforms), "source": item.source, "advice": item.advice,
             "layer": _origin(settings, f"checklist.{item.id}")}
            for item in settings.checklist
        ],
        "rules": [
            {"id": spec.id, "type": spec.type, "category": spec.category,
             "level": spec.level.value, "message": spec.message,
             "layer": _origin(settings, f"rules.{spec.id}")}
            for spec in settings.rules
        ],
        "locked": sorted(settings.locked),
        "problems": [problem_dict(p) for p in settings.problems],
    }


def show_text(settings: Settings, files: list[tuple[str, Path]]) -> str:
    """The effective configuration as TOML, each value annotated with its layer."""
    import tomlkit

    def as_toml(value: Any) -> str:
        return tomlkit.item(list(value) if isinstance(value, tuple) else value).as_string()

    locked_note = _("vastgezet door je organisatie")
    lines = [
        "# " + _("Lagen, de latere wint: {layers}.").format(
            layers=" < ".join(layer_label(layer) for layer in LAYERS)),
    ]
    for layer, path in files:
        state = "" if path.is_file() else " " + _("(niet aanwezig)")
        lines.append(f"# {layer_label(layer)}: {path}{state}")

    def note(key: str, locked: bool) -> str:
        parts = [layer_label(_origin(settings, key))] + ([locked_note] if locked else [])
        return "  # " + ", ".join(parts)

    table = None
    for key, value in flat_values(settings).items():
        name, sub = key.split(".")
        if name != table:
            table = name
            lines += ["", f"[{name}]"]
        lines.append(f"{sub} = {as_toml(value)}{note(key, is_locked(settings, key))}")

    for number, period in enumerate(settings.sensitive_periods, 1):
        lines += ["", "[[sensitive_periods]]" + note(f"sensitive_periods[{number}]",
                                                    "sensitive_periods" in settings.locked),
                  f"name = {as_toml(period.name)}", f"start = {period.start.isoformat()}",
                  f"end = {period.end.isoformat()}", f"terms = {as_toml(period.terms)}"]
    for item in settings.checklist:
        lines += ["", "[[checklist]]" + note(f"checklist.{item.id}",
                                             "checklist" in settings.locked),
                  f"id = {as_toml(item.id)}", f"text = {as_toml(item.text)}",
                  f"profiles = {as_toml(item.profiles)}",
                  f"platforms = {as_toml(item.platforms)}"]
    for spec in settings.rules:
        lines += ["", "[[rules]]" + note(f"rules.{spec.id}", "rules" in settings.locked),
                  f"id = {as_toml(spec.id)}", f"type = {as_toml(spec.type)}",
                  f"category = {as_toml(spec.category)}",
                  f"level = {as_toml(spec.level.value)}",
                  f"message = {as_toml(spec.message)}"]
    if settings.locked:
        lines += ["", "[lock]", f"keys = {as_toml(sorted(settings.locked))}"
                  + "  # " + layer_label(DEPARTMENT)]
    if settings.problems:
        lines += ["", "# " + _("Problemen (deze waarden zijn niet gebruikt):")]
        lines += [f"#   {problem}" for problem in settings.problems]
    return "\n".join(lines) + "\n"
