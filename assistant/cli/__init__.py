"""The ``glazenhuis`` command line (everything but the window).

Each module named in ``COMMANDS`` adds its subcommand with
``register(subparsers)``; the handler it sets as ``func`` returns the exit code:
0 fine, 1 the draft has at least one ``fout``, 2 usage or configuration error,
3 an unexpected internal error (a script can tell a crash from a ``fout``).

The command line speaks the language of ``[ui] language`` (or
``GLAZENHUIS_LANGUAGE``), ``--help`` included. Options and subcommands with a
Dutch name also have an English one; both always work, and ``--help`` shows the
one of the language in use.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path

from assistant import __version__, i18n
from assistant.i18n import _

EXIT_OK, EXIT_FOUT, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _argparse_messages() -> dict[str, str]:
    """argparse's own messages (Python 3.11+) in Dutch; placeholders stay as they are."""
    return {
        "usage: ": _("gebruik: "),
        "positional arguments": _("argumenten"),
        "options": _("opties"),
        "show this help message and exit": _("toon deze hulp en stop"),
        "%(prog)s: error: %(message)s\n": _("%(prog)s: fout: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": _("argument %(argument_name)s: %(message)s"),
        "unrecognized arguments: %s": _("onbekende argumenten: %s"),
        "the following arguments are required: %s": _("deze argumenten ontbreken: %s"),
        "one of the arguments %s is required": _("een van de argumenten %s is nodig"),
        "not allowed with argument %s": _("niet samen met argument %s"),
        "ignored explicit argument %r": _("argument %r hoort hier niet bij"),
        "expected one argument": _("hier hoort één waarde bij"),
        "expected at most one argument": _("hier hoort hooguit één waarde bij"),
        "expected at least one argument": _("hier hoort minstens één waarde bij"),
        "ambiguous option: %(option)s could match %(matches)s":
            _("optie %(option)s is niet eenduidig: %(matches)s"),
        "invalid %(type)s value: %(value)r": _("ongeldige waarde %(value)r"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            _("ongeldige keuze %(value)r (kies uit %(choices)s)"),
    }


def _argparse_text(message: str) -> str:
    return _argparse_messages().get(message, message)


# argparse looks its messages up through this module-level name at run time;
# the command line speaks Dutch, so argparse's usage errors must too.
argparse._ = _argparse_text


# Each subcommand and the module that registers it. A run imports only the
# module of its own command (all of them for the general help): a check need
# not load the logbook.
COMMANDS = {"check": "check", "config": "config_cmd", "logboek": "logbook_cmd"}
# The English name of each subcommand whose name is Dutch.
ENGLISH_COMMANDS = {"logboek": "logbook"}
# Each name a subcommand answers to, and the command it is.
_COMMAND_NAMES = {**{name: name for name in COMMANDS},
                  **{english: dutch for dutch, english in ENGLISH_COMMANDS.items()}}


def add_subcommand(subparsers, dutch: str, **kwargs) -> argparse.ArgumentParser:
    """A subcommand under its name in the language in use; its other name also
    runs it, without a second line in the list of commands."""
    english = ENGLISH_COMMANDS.get(dutch, dutch)
    name, other = (english, dutch) if i18n.language() == "en" else (dutch, english)
    parser = subparsers.add_parser(name, **kwargs)
    if other != name:
        # ``aliases=`` would list "logboek (logbook)": the other language in --help.
        subparsers.choices[other] = parser
    return parser


def add_option(parser, dutch: str, english: str, **kwargs) -> argparse.Action:
    """An option with a Dutch and an English name, kept in the Dutch name's
    ``dest``: both work in every language, ``--help`` shows the one in use."""
    kwargs.setdefault("dest", dutch.lstrip("-").replace("-", "_"))
    shown, hidden = (english, dutch) if i18n.language() == "en" else (dutch, english)
    action = parser.add_argument(shown, **kwargs)
    parser.add_argument(hidden, **{**kwargs, "help": argparse.SUPPRESS})
    return action


# Values that are data ids (profiles, platforms) in Dutch, and their English names.
ENGLISH_VALUES = {"prive": "private", "functie": "office", "profielsite": "profilesite"}


def id_choices(ids) -> dict:
    """argparse keywords for a choice among data ids: the id and its English
    name both work; ``--help`` lists the names of the language in use."""
    ids = list(ids)
    by_name = {ENGLISH_VALUES.get(i, i): i for i in ids}
    shown = [ENGLISH_VALUES.get(i, i) if i18n.language() == "en" else i for i in ids]

    def to_id(value: str) -> str:
        return by_name.get(value, value)

    return {"type": to_id, "choices": ids, "metavar": "{" + ",".join(shown) + "}"}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for every subcommand, or only for ``command`` when it is one."""
    parser = argparse.ArgumentParser(
        prog="glazenhuis",
        description=_("Glazen Huis: schrijfhulp voor rijksambtenaren die online communiceren."),
    )
    parser.add_argument("--version", action="version", version=f"glazenhuis {__version__}",
                        help=_("toon het versienummer en stop"))
    sub = parser.add_subparsers(dest="command", metavar=_("opdracht"))
    command = _COMMAND_NAMES.get(command)
    for name, module in COMMANDS.items():
        if command is None or name == command:
            importlib.import_module(f"{__name__}.{module}").register(sub)
    return parser


def window_parser() -> argparse.ArgumentParser:
    """The arguments of ``glazenhuis`` without a subcommand, which opens the window."""
    parser = argparse.ArgumentParser(
        prog="glazenhuis",
        description=_("Glazen Huis: schrijfhulp voor rijksambtenaren die online communiceren."))
    parser.add_argument("file", nargs="?", type=Path, metavar=_("BESTAND"),
                        help=_("concept om te openen"))
    # Installers check that the installed app can show its window: show it, then quit.
    parser.add_argument("--selftest", action="store_true", help=argparse.SUPPRESS)
    return parser


def command_names() -> set[str]:
    """Every name a subcommand answers to, Dutch and English."""
    return set(_COMMAND_NAMES)


def configured_language(argv: list[str], environ: Mapping[str, str] | None = None) -> str | None:
    """The language to speak: ``GLAZENHUIS_LANGUAGE``, else ``[ui] language`` of
    the configuration files, layered as the loader does (department < user <
    ``--config`` or ``GLAZENHUIS_CONFIG``; a department's lock wins).

    Only that one key is read, without the loader: the parser is built before
    anything else, and a check must start fast. A file the loader would reject
    is skipped here; the command itself reports it."""
    environ = os.environ if environ is None else environ
    language, locked = None, False
    for department, path in config_files(_config_argument(argv), environ):
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except (OSError, ValueError, RecursionError):
            continue
        ui = data.get("ui")
        value = ui.get("language") if isinstance(ui, dict) else None
        if isinstance(value, str) and (department or not locked):
            language = value
        lock = data.get("lock")
        keys = lock.get("keys") if department and isinstance(lock, dict) else None
        if isinstance(keys, list) and ("ui" in keys or "ui.language" in keys):
            locked = True
    return i18n.preferred_language(language, environ)


def config_files(config: Path | None, environ: Mapping[str, str]) -> list[tuple[bool, Path]]:
    """The configuration files in the order they apply, each with whether it is
    a department file: the paths of ``assistant.config.config_files``, which
    this module does not import (it loads the rules and the schema)."""
    from platformdirs import site_config_dir, user_config_dir

    name = "glazenhuis"
    dirs = site_config_dir(name, appauthor=False, multipath=True).split(os.pathsep)
    files = [(True, Path(d) / "config.toml") for d in reversed(dirs) if d]
    files.append((False, Path(user_config_dir(name, appauthor=False)) / "config.toml"))
    explicit = config or environ.get("GLAZENHUIS_CONFIG")
    if explicit:
        files.append((False, Path(explicit)))
    return files


def _config_argument(argv: list[str]) -> Path | None:
    """The file of ``--config FILE`` (or ``--config=FILE``) in ``argv``, if any."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--config" and index + 1 < len(argv):
            return Path(argv[index + 1])
        if arg.startswith("--config="):
            return Path(arg.partition("=")[2])
    return None


def main(argv: list[str] | None = None, *, pdf_exporter=None) -> int:
    """Run a subcommand. ``pdf_exporter(entry, path)`` is handed in by the
    desktop layer, which owns the PDF writer; without it PDF export says so."""
    argv = sys.argv[1:] if argv is None else argv
    # Before the parser: its help and its errors are in this language.
    i18n.set_language(configured_language(argv))
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    args.pdf_exporter = pdf_exporter
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. ``| head``) stopped early: not an error of ours.
        # Point stdout at nothing so the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - any fault of ours, told in one line
        print(internal_error_message(exc), file=sys.stderr)
        return EXIT_INTERNAL


def internal_error_message(exc: BaseException) -> str:
    """One line for a fault of the program itself, not of the draft or the
    configuration: what happened, without a traceback."""
    detail = " ".join(str(exc).split())[:200]
    return _("interne fout: {kind}{detail}. Dit is een fout in Glazen Huis, niet in je concept "
             "of configuratie; meld het aan de beheerder.").format(
        kind=type(exc).__name__, detail=f" ({detail})" if detail else "")


if __name__ == "__main__":
    sys.exit(main())
