"""Entry point of the ``glazenhuis`` command: subcommands go to the core's
command line; no arguments or a file name open the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from assistant import cli
    from assistant.storage import keep_new_files_private

    keep_new_files_private()

    if argv and (argv[0] in cli.command_names() or argv[0] in ("-h", "--help", "--version")):
        return cli.main(argv, pdf_exporter=_export_pdf)
    # Qt is imported only when a window is wanted, so the command line stays light.
    from ui.app import run_app

    return run_app(argv)


def _export_pdf(entry, path) -> None:
    # Qt is loaded only when a PDF is actually asked for.
    from ui.cli_pdf import export_pdf

    export_pdf(entry, path)


if __name__ == "__main__":
    sys.exit(main())
