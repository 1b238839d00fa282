"""The ``glazenhuis`` command line (everything but the window).

Each module in this package that defines ``register(subparsers)`` adds one
subcommand; the handler it sets as ``func`` returns the exit code:
0 fine, 1 the draft has at least one ``fout``, 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from assistant import __version__
from assistant.i18n import _

EXIT_OK, EXIT_FOUT, EXIT_USAGE = 0, 1, 2


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, _("gebruik: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with Dutch headings and help option."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = _("argumenten")
        self._optionals.title = _("opties")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=_("toon deze hulp en stop"))

    def error(self, message: str) -> None:  # usage errors exit 2 with one clear line
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {_('fout')}: {message}\n")


def _command_modules():
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "register"):
            yield module


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="glazenhuis",
        description=_("Glazen Huis: schrijfhulp voor rijksambtenaren die online communiceren."),
    )
    parser.add_argument("--version", action="version", version=f"glazenhuis {__version__}",
                        help=_("toon het versienummer en stop"))
    sub = parser.add_subparsers(dest="command", metavar=_("opdracht"), parser_class=_Parser)
    for module in _command_modules():
        module.register(sub)
    return parser


def command_names() -> set[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: list[str] | None = None, *, pdf_exporter=None) -> int:
    """Run a subcommand. ``pdf_exporter(entry, path)`` is handed in by the
    desktop layer, which owns the PDF writer; without it PDF export says so."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.pdf_exporter = pdf_exporter
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
