"""``glazenhuis check``: check a draft from a file or standard input."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from assistant.cli import EXIT_FOUT, EXIT_OK, EXIT_USAGE
from assistant.cli.config_cmd import add_config_option, load_for_command, problem_dict
from assistant.drafts import MAX_DRAFT_BYTES
from assistant.engine import Engine
from assistant.findings import Finding, Severity, sort_findings
from assistant.i18n import _
from assistant.platforms import PLATFORMS, get_platform
from assistant.profiles import PROFILES, get_profile
from assistant.textfiles import (
    TextFileError,
    decode_text,
    line_column,
    read_limited,
    read_text_file,
)


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("ongeldige datum {value}; gebruik JJJJ-MM-DD").format(value=value)) from None


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "check", help=_("een concept controleren"),
        description=_("Controleer een concept aan de Uitgangspunten online communicatie en de "
                      "regels van je departement. Afsluitcode 0: geen fouten; 1: minstens één "
                      "fout; 2: verkeerd gebruik, een fout in de configuratie of een concept dat "
                      "niet gelezen kan worden; 3: een interne fout van het programma."))
    parser.add_argument("file", nargs="?", default="-", metavar=_("BESTAND"),
                        help=_("het concept (UTF-8-tekst); - of niets leest de standaardinvoer"))
    parser.add_argument("--profile", choices=list(PROFILES),
                        help=_("schrijf je privé of in functie (standaard uit de configuratie)"))
    parser.add_argument("--platform", choices=list(PLATFORMS),
                        help=_("waar je publiceert (standaard uit de configuratie)"))
    parser.add_argument("--name", metavar=_("NAAM"),
                        help=_("je naam, in plaats van die uit de configuratie"))
    parser.add_argument("--function", metavar=_("FUNCTIE"),
                        help=_("je functie, in plaats van die uit de configuratie"))
    parser.add_argument("--department", metavar=_("DEPARTEMENT"),
                        help=_("je departement, in plaats van dat uit de configuratie"))
    add_config_option(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help=_("uitvoer als tekst (standaard) of JSON"))
    parser.add_argument("--date", type=_parse_date, metavar=_("JJJJ-MM-DD"),
                        help=_("controleer alsof het deze dag is (voor gevoelige periodes)"))
    parser.add_argument("--taal", action="store_true",
                        help=_("controleer ook spelling, grammatica (met een lokale LanguageTool) "
                               "en lange zinnen"))
    parser.set_defaults(func=run)


def _read_input(name: str) -> str:
    if name == "-":
        if sys.stdin is None:
            raise TextFileError(_("Er is geen standaardinvoer; noem het bestand met het concept."))
        if sys.stdin.isatty():
            # Without this the command seems to hang, waiting for the user to type.
            print(_("Typ of plak het concept en sluit af met Ctrl+D (op Windows Ctrl+Z en "
                    "Enter), of noem een bestand: glazenhuis check CONCEPT.txt"), file=sys.stderr)
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            # A text stream without bytes underneath: its characters, within the limit.
            return decode_text(sys.stdin.read(MAX_DRAFT_BYTES + 1).encode("utf-8"),
                               MAX_DRAFT_BYTES)
        return decode_text(read_limited(stream, MAX_DRAFT_BYTES), MAX_DRAFT_BYTES)
    return read_text_file(Path(name), MAX_DRAFT_BYTES)


def run(args: argparse.Namespace) -> int:
    identity = {key: value for key, value in (("name", args.name), ("function", args.function),
                                              ("department", args.department))
                if value is not None}
    settings = load_for_command(args.config, {"identity": identity} if identity else None)
    if settings is None:
        return EXIT_USAGE
    try:
        text = _read_input(args.file)
    except TextFileError as exc:
        where = _("standaardinvoer") if args.file == "-" else args.file
        print(_("fout: {file}: {message}").format(file=where, message=exc), file=sys.stderr)
        return EXIT_USAGE
    profile = get_profile(args.profile or settings.default_profile)
    platform = get_platform(args.platform or settings.default_platform)
    findings = Engine(settings).check(text, profile, platform, today=args.date)
    language = None
    if args.taal:
        from assistant.language import not_repeated

        language_found, language = _language_check(settings, text)
        findings = sort_findings(findings + not_repeated(language_found, findings))

    if args.format == "json":
        from assistant.language.readability import measure

        report = {
            "findings": [f.to_dict() for f in findings],
            "profile": profile.id,
            "platform": platform.id,
            "problems": [problem_dict(p) for p in settings.problems],
            "readability": measure(text).to_dict(),
        }
        if language is not None:
            report["taal"] = language
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            print(format_finding(text, finding))
        print(summary(findings, profile.label, platform.label))
    return EXIT_FOUT if any(f.severity is Severity.FOUT for f in findings) else EXIT_OK


def _language_check(settings, text: str) -> tuple[list[Finding], dict]:
    """Spelling, grammar and long sentences; what is not available is said on stderr."""
    # Imported here: the HTTP client for LanguageTool costs every other run time.
    from assistant.language import ACTIEF, LanguageService

    service = LanguageService(settings)
    try:
        status = service.load()
        for state, reason in ((status.spelling_state, status.spelling_reason),
                              (status.grammar_state, status.grammar_reason)):
            if state != ACTIEF:
                print(_("let op: {reason}").format(reason=reason), file=sys.stderr)
        return service.check(text), {
            "spelling": status.spelling_state, "grammatica": status.grammar_state,
            "reden": status.reason}
    finally:
        service.close()


def format_finding(text: str, finding: Finding) -> str:
    line, column = line_column(text, finding.start)
    out = f"{line}:{column}: {finding.severity.value} [{finding.category}] {finding.message}"
    if finding.fix is not None:
        out += " " + _("Oplossing: {label}.").format(label=finding.fix.label.rstrip("."))
    elif finding.suggestions:
        out += " " + _("Suggesties: {words}.").format(words=", ".join(finding.suggestions))
    return out


def summary(findings: list[Finding], profile_label: str, platform_label: str) -> str:
    counts = {severity: sum(f.severity is severity for f in findings) for severity in Severity}
    if not findings:
        result = _("geen opmerkingen")
    else:
        result = ", ".join((
            _("{n} fout").format(n=counts[Severity.FOUT]) if counts[Severity.FOUT] == 1
            else _("{n} fouten").format(n=counts[Severity.FOUT]),
            _("{n} waarschuwing").format(n=counts[Severity.WAARSCHUWING])
            if counts[Severity.WAARSCHUWING] == 1
            else _("{n} waarschuwingen").format(n=counts[Severity.WAARSCHUWING]),
            _("{n} tip").format(n=counts[Severity.TIP]) if counts[Severity.TIP] == 1
            else _("{n} tips").format(n=counts[Severity.TIP]),
        ))
    return _("{profile}, {platform}: {result}.").format(
        profile=profile_label, platform=platform_label, result=result)
