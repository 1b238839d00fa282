"""``glazenhuis logboek``: list, show, export and verify the logbook of what was
published. Exit codes: 0 fine, 1 ``verify`` found a changed or removed entry,
2 usage or logbook errors."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from assistant.cli import EXIT_OK, EXIT_USAGE, add_option, add_subcommand, id_choices
from assistant.i18n import _
from assistant.logbook import (
    Logbook,
    LogbookError,
    LogbookMissing,
    LogEntry,
    answer_label,
    describe_finding,
    format_moment,
)
from assistant.platforms import PLATFORMS
from assistant.profiles import PROFILES
from assistant.weighing import Reading

EXIT_TAMPERED = 1
PREVIEW_WIDTH = 60


def parse_day(value: str) -> date:
    """A day as 2026-03-02 or 02-03-2026."""
    for form in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(value, form).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        _("ongeldige datum: {value} (gebruik JJJJ-MM-DD of DD-MM-JJJJ)").format(value=value))


def register(subparsers) -> None:
    common = argparse.ArgumentParser(add_help=False)
    add_option(common, "--logboek", "--logbook", type=Path, metavar=_("BESTAND"),
               help=_("een ander logboekbestand dan het eigen logboek"))
    filters = argparse.ArgumentParser(add_help=False)
    group = filters.add_argument_group(_("filters"))
    group.add_argument("--platform", **id_choices(sorted(PLATFORMS)),
                       help=_("alleen vermeldingen voor dit platform"))
    add_option(group, "--profiel", "--profile", **id_choices(sorted(PROFILES)),
               help=_("alleen vermeldingen in dit profiel"))
    add_option(group, "--van", "--from", type=parse_day, metavar=_("DATUM"),
               help=_("gepubliceerd op of na deze dag"))
    add_option(group, "--tot", "--until", type=parse_day, metavar=_("DATUM"),
               help=_("gepubliceerd op of voor deze dag"))
    add_option(group, "--zoek", "--search", metavar=_("TEKST"),
               help=_("alleen vermeldingen waarvan tekst of webadres dit bevat"))

    parser = add_subcommand(
        subparsers, "logboek", help=_("het logboek van wat je hebt gepubliceerd"),
        description=_("Het logboek van wat je online hebt gepubliceerd (stelregel 4)."))
    sub = parser.add_subparsers(dest="logbook_command", metavar=_("opdracht"), required=True,
                                parser_class=type(parser))

    listing = sub.add_parser("list", parents=[common, filters], help=_("vermeldingen tonen"),
                             description=_("Toon de vermeldingen in het logboek."))
    listing.set_defaults(func=run_list)

    show = sub.add_parser("show", parents=[common], help=_("één vermelding volledig tonen"),
                          description=_("Toon één vermelding met alle gegevens."))
    show.add_argument("number", type=int, metavar="N", help=_("nummer van de vermelding"))
    show.set_defaults(func=run_show)

    export = sub.add_parser(
        "export", parents=[common, filters], help=_("exporteren naar CSV of PDF"),
        description=_("Exporteer vermeldingen naar CSV (met filters) of één vermelding als "
                      "PDF-verantwoording."))
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", type=Path, metavar=_("BESTAND"),
                        help=_("de (gefilterde) vermeldingen als CSV-bestand"))
    target.add_argument("--pdf", nargs=2, metavar=("N", _("BESTAND")),
                        help=_("vermelding N als PDF-verantwoording"))
    export.set_defaults(func=run_export, parser=export)

    verify = sub.add_parser(
        "verify", parents=[common], help=_("controleren dat niets is gewijzigd of verwijderd"),
        description=_("Controleer dat geen vermelding achteraf is gewijzigd of verwijderd. "
                      "Afsluitcode 0: in orde; 1: gewijzigd of verwijderd; 2: fout."))
    verify.set_defaults(func=run_verify)


def _with_logbook(action, when_never_used=None):
    """Run ``action(logbook, args)`` and turn a LogbookError into a message and exit 2.

    Nothing here creates a logbook: reading a mistyped or deleted one must not
    leave an empty logbook behind that then "verifies". Where no logbook was
    ever kept, ``when_never_used(args)`` answers instead, if given; a logbook
    that held entries and is gone is reported as removed (exit 1)."""
    def handler(args: argparse.Namespace) -> int:
        if args.logboek is not None and not args.logboek.is_file():
            print(_("fout: {path} bestaat niet of is geen bestand; er is daar geen "
                    "logboek.").format(path=args.logboek), file=sys.stderr)
            return EXIT_USAGE
        try:
            with Logbook(args.logboek, create=False) as logbook:
                return action(logbook, args)
        except LogbookMissing as exc:
            if exc.recorded != 0:
                print(exc, file=sys.stderr)
                return EXIT_TAMPERED
            if when_never_used is not None:
                return when_never_used(args)
            print(_("fout: {message}").format(message=exc), file=sys.stderr)
            return EXIT_USAGE
        except LogbookError as exc:
            print(_("fout: {message}").format(message=exc), file=sys.stderr)
            return EXIT_USAGE
    return handler


def _no_entries(args: argparse.Namespace) -> int:
    print(_("Geen vermeldingen gevonden."))
    return EXIT_OK


def _filtered(logbook: Logbook, args: argparse.Namespace) -> list[LogEntry]:
    return logbook.entries(search=args.zoek, platform=args.platform, profile=args.profiel,
                           since=args.van, until=args.tot)


def _preview(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW_WIDTH else line[: PREVIEW_WIDTH - 1] + "…"


def list_entries(logbook: Logbook, args: argparse.Namespace) -> int:
    entries = _filtered(logbook, args)
    if not entries:
        return _no_entries(args)
    for entry in entries:
        print(f"{entry.id:>5}  {entry.published_at:%d-%m-%Y %H:%M}  "
              f"{entry.platform_label:<12} {entry.profile_label:<11} {_preview(entry.text)}")
    print(_("{count} vermelding(en).").format(count=len(entries)))
    return EXIT_OK


run_list = _with_logbook(list_entries, when_never_used=_no_entries)


def reading_report(reading: Reading | None) -> list[str]:
    """The reading of stelregel 2 as it was at publication: the whole, then each
    criterion with its level and reasons."""
    if reading is None:
        # Entries recorded before readings were kept have none.
        return [_("Afweging: niet vastgelegd")]
    lines = [_("Afweging (stelregel 2): {summary}").format(summary=reading.summary())]
    for criterion in reading.criteria:
        lines.append(f"  {criterion.title}: {criterion.level.label}")
        lines += [f"    - {reason.text}" for reason in criterion.reasons]
    return lines


def entry_report(entry: LogEntry) -> str:
    """The whole entry as plain text."""
    label = "{:<16}"
    lines = [_("Vermelding {id}").format(id=entry.id), ""]
    for name, value in (
        (_("Gepubliceerd:"), format_moment(entry.published_at)),
        (_("Platform:"), entry.platform_label),
        (_("Webadres:"), entry.url or _("(niet opgegeven)")),
        (_("Profiel:"), entry.profile_label),
        (_("Auteur:"), entry.identity.signature() or _("(niet ingevuld)")),
        (_("Vastgelegd:"), format_moment(entry.recorded_at)),
    ):
        lines.append(label.format(name) + value)
    lines += ["", _("Tekst:"), *("  " + line for line in entry.text.splitlines()), ""]
    handled = entry.handled_findings()
    lines.append(_("Bevindingen ({count}):").format(count=len(handled)))
    lines += ["  " + describe_finding(f, reason) for f, reason in handled] or [
        "  " + _("geen")]
    lines += ["", *reading_report(entry.reading)]
    lines += ["", _("Checklist:")]
    lines += [f"  {question}: {answer_label(answer)}"
              for question, answer in entry.checklist.items()] or [
        "  " + _("niet ingevuld")]
    lines += ["", label.format(_("Inhoudshash:")) + entry.content_hash,
              label.format(_("Ketenhash:")) + entry.chain_hash]
    return "\n".join(lines)


@_with_logbook
def run_show(logbook: Logbook, args: argparse.Namespace) -> int:
    print(entry_report(logbook.get(args.number)))
    return EXIT_OK


@_with_logbook
def run_export(logbook: Logbook, args: argparse.Namespace) -> int:
    if args.csv:
        entries = _filtered(logbook, args)
        logbook.export_csv(entries, args.csv)
        print(_("{count} vermelding(en) geëxporteerd naar {path}.").format(
            count=len(entries), path=args.csv))
        return EXIT_OK
    if any(getattr(args, name) for name in ("platform", "profiel", "van", "tot", "zoek")):
        args.parser.error(_("filters horen bij --csv; --pdf exporteert één vermelding"))
    number, target = args.pdf
    try:
        entry_id = int(number)
    except ValueError:
        args.parser.error(_("N moet het nummer van een vermelding zijn, niet {value}").format(
            value=number))
    entry = logbook.get(entry_id)
    if args.pdf_exporter is None:
        raise LogbookError(_("Voor een PDF zijn de grafische onderdelen van Glazen Huis (Qt) "
                             "nodig, maar die zijn niet geïnstalleerd."))
    args.pdf_exporter(entry, Path(target))
    print(_("Verantwoording van vermelding {id} opgeslagen als {path}.").format(
        id=entry.id, path=target))
    return EXIT_OK


@_with_logbook
def run_verify(logbook: Logbook, args: argparse.Namespace) -> int:
    result = logbook.verify()
    if result.ok:
        print(result.message)
        print(_("Laatste ketenhash (noteer die elders om later te kunnen aantonen dat er "
                "niets is herschreven): {head}").format(head=result.head))
        return EXIT_OK
    print(result.message, file=sys.stderr)
    if result.first_bad is not None and result.first_bad > 1:
        print(_("De vermeldingen tot en met nummer {id} zijn onveranderd.").format(
            id=result.first_bad - 1), file=sys.stderr)
    return EXIT_TAMPERED
