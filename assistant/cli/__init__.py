"""The ``glazenhuis`` command line (everything but the window).

Each module named in ``COMMANDS`` adds its subcommand with
``register(subparsers)``; the handler it sets as ``func`` returns the exit code:
0 fine, 1 the draft has at least one ``fout``, 2 usage or configuration error,
3 an unexpected internal error (a script can tell a crash from a ``fout``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from assistant import __version__
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


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for every subcommand, or only for ``command`` when it is one."""
    parser = argparse.ArgumentParser(
        prog="glazenhuis",
        description=_("Glazen Huis: schrijfhulp voor rijksambtenaren die online communiceren."),
    )
    parser.add_argument("--version", action="version", version=f"glazenhuis {__version__}",
                        help=_("toon het versienummer en stop"))
    sub = parser.add_subparsers(dest="command", metavar=_("opdracht"))
    for name, module in COMMANDS.items():
        if command not in COMMANDS or name == command:
            importlib.import_module(f"{__name__}.{module}").register(sub)
    return parser


def command_names() -> set[str]:
    return set(COMMANDS)


def main(argv: list[str] | None = None, *, pdf_exporter=None) -> int:
    """Run a subcommand. ``pdf_exporter(entry, path)`` is handed in by the
    desktop layer, which owns the PDF writer; without it PDF export says so."""
    argv = sys.argv[1:] if argv is None else argv
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
