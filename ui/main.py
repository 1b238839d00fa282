"""Entry point of the ``glazenhuis`` command: subcommands go to the core's
command line; no arguments or a file name open the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from assistant import cli

    if argv and (argv[0] in cli.command_names() or argv[0] in ("-h", "--help", "--version")):
        return cli.main(argv)
    # Qt is imported only when a window is wanted, so the command line stays light.
    from ui.app import run_app

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
