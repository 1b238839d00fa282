"""``glazenhuis check``: check drafts from files or standard input."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from assistant.cli import EXIT_FOUT, EXIT_OK, EXIT_USAGE, add_option, id_choices
from assistant.cli.config_cmd import add_config_option, load_for_command, problem_dict
from assistant.drafts import MAX_DRAFT_BYTES
from assistant.engine import Engine
from assistant.findings import Finding, Severity, category_label, sort_findings
from assistant.i18n import _
from assistant.platforms import PLATFORMS, Platform, get_platform
from assistant.profiles import PROFILES, Profile, get_profile
from assistant.settings import Settings
from assistant.textfiles import (
    TextFileError,
    decode_text,
    line_column,
    read_limited,
    read_text_file,
)
from assistant.weighing import Level, Reading, weigh


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("ongeldige datum {value}; gebruik JJJJ-MM-DD").format(value=value)) from None


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "check", help=_("een of meer concepten controleren"),
        description=_("Controleer een of meer concepten aan de Uitgangspunten online communicatie "
                      "en de regels van je departement. Afsluitcode 0: geen fouten; 1: minstens "
                      "één fout; 2: verkeerd gebruik, een fout in de configuratie of een concept "
                      "dat niet gelezen kan worden; 3: een interne fout van het programma. Bij "
                      "meer concepten geldt de ernstigste afsluitcode; een concept dat niet "
                      "gelezen kan worden houdt de andere niet tegen."))
    parser.add_argument("files", nargs="*", default=["-"], metavar=_("BESTAND"),
                        help=_("het concept (UTF-8-tekst); - of niets leest de standaardinvoer; "
                               "noem er meer om ze in één keer te controleren, elk met een eigen "
                               "uitslag"))
    parser.add_argument("--profile", **id_choices(PROFILES),
                        help=_("schrijf je privé of in functie (standaard uit de configuratie)"))
    parser.add_argument("--platform", **id_choices(PLATFORMS),
                        help=_("waar je publiceert (standaard uit de configuratie)"))
    parser.add_argument("--name", metavar=_("NAAM"),
                        help=_("je naam, in plaats van die uit de configuratie"))
    parser.add_argument("--function", metavar=_("FUNCTIE"),
                        help=_("je functie, in plaats van die uit de configuratie"))
    parser.add_argument("--department", metavar=_("DEPARTEMENT"),
                        help=_("je departement, in plaats van dat uit de configuratie"))
    add_config_option(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help=_("uitvoer als tekst (standaard) of JSON; bij meer concepten een "
                               "kop per concept, of een JSON-lijst met per concept path en de "
                               "uitslag of error"))
    parser.add_argument("--date", type=_parse_date, metavar=_("JJJJ-MM-DD"),
                        help=_("controleer alsof het deze dag is (voor gevoelige periodes)"))
    add_option(parser, "--taal", "--language", action="store_true",
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


@dataclass
class _Result:
    """The outcome for one draft: its findings, or why it could not be read."""
    name: str
    text: str = ""
    findings: list[Finding] = field(default_factory=list)
    language: dict | None = None
    error: str | None = None
    reading: Reading | None = None

    @property
    def exit_code(self) -> int:
        if self.error is not None:
            return EXIT_USAGE
        return EXIT_FOUT if any(f.severity is Severity.FOUT for f in self.findings) else EXIT_OK


class _Checker:
    """One engine (and, for --taal, one language service) for every draft of a run,
    so a hundred drafts pay for the rules and dictionaries once."""

    def __init__(self, args: argparse.Namespace, settings: Settings, profile: Profile,
                 platform: Platform):
        self.args, self.settings = args, settings
        self.profile, self.platform = profile, platform
        self.engine = Engine(settings)
        self._language = None
        self._language_status: dict | None = None

    def check(self, name: str) -> _Result:
        try:
            text = _read_input(name)
        except TextFileError as exc:
            where = _("standaardinvoer") if name == "-" else name
            print(_("fout: {file}: {message}").format(file=where, message=exc), file=sys.stderr)
            return _Result(name, error=str(exc))
        if self.args.taal:
            self._language_service().prepare(text)
        findings = self.engine.check(text, self.profile, self.platform, today=self.args.date)
        reading = weigh(text, findings, self.engine.context(self.profile, self.platform,
                                                            today=self.args.date), self.engine)
        if not self.args.taal:
            return _Result(name, text, findings, reading=reading)
        from assistant.language import not_repeated

        language_found = self._language_service().check(text)
        return _Result(name, text, sort_findings(findings + not_repeated(language_found, findings)),
                       self._language_status, reading=reading)

    def _language_service(self):
        """Spelling, grammar and long sentences, loaded for the first readable draft;
        what is not available is said once, on stderr."""
        if self._language is None:
            # Imported here: the HTTP client for LanguageTool costs every other run time.
            from assistant.language import ACTIEF, LanguageService

            self._language = LanguageService(self.settings)
            status = self._language.load()
            for state, reason in ((status.spelling_state, status.spelling_reason),
                                  (status.grammar_state, status.grammar_reason)):
                if state != ACTIEF:
                    print(_("let op: {reason}").format(reason=reason), file=sys.stderr)
            self._language_status = {"spelling": status.spelling_state,
                                     "grammatica": status.grammar_state, "reden": status.reason}
        return self._language

    def close(self) -> None:
        if self._language is not None:
            self._language.close()


def run(args: argparse.Namespace) -> int:
    identity = {key: value for key, value in (("name", args.name), ("function", args.function),
                                              ("department", args.department))
                if value is not None}
    settings = load_for_command(args.config, {"identity": identity} if identity else None)
    if settings is None:
        return EXIT_USAGE
    profile = get_profile(args.profile or settings.default_profile)
    platform = get_platform(args.platform or settings.default_platform)
    checker = _Checker(args, settings, profile, platform)
    try:
        if len(args.files) == 1:
            result = checker.check(args.files[0])
            if result.error is None:
                _print_one(args, settings, result, profile, platform)
            return result.exit_code
        return _run_many(args, settings, checker, profile, platform)
    finally:
        checker.close()


def _run_many(args: argparse.Namespace, settings: Settings, checker: _Checker, profile: Profile,
              platform: Platform) -> int:
    """Each draft with its own result: a header and its findings as text (as each
    is done), or one JSON list of per-draft reports."""
    worst = EXIT_OK
    reports = []
    shown = 0
    for name in args.files:
        result = checker.check(name)
        worst = max(worst, result.exit_code)
        if args.format == "json":
            report = {"path": name}
            if result.error is not None:
                report["error"] = result.error
            else:
                report.update(_report(settings, result, profile, platform))
            reports.append(report)
        elif result.error is None:
            # An unreadable draft was already named on stderr.
            if shown:
                print()
            shown += 1
            print(f"== {_('standaardinvoer') if name == '-' else name} ==")
            _print_text(result, profile, platform)
    if args.format == "json":
        print(json.dumps(reports, ensure_ascii=False, indent=2))
    return worst


def _print_one(args: argparse.Namespace, settings: Settings, result: _Result, profile: Profile,
               platform: Platform) -> None:
    if args.format == "json":
        print(json.dumps(_report(settings, result, profile, platform), ensure_ascii=False,
                         indent=2))
    else:
        _print_text(result, profile, platform)


def _report(settings: Settings, result: _Result, profile: Profile, platform: Platform) -> dict:
    from assistant.language.readability import measure

    report = {
        "findings": [f.to_dict() for f in result.findings],
        "profile": profile.id,
        "platform": platform.id,
        "problems": [problem_dict(p) for p in settings.problems],
        "readability": measure(result.text).to_dict(),
        "risk": result.reading.to_dict(),
    }
    if result.language is not None:
        report["taal"] = result.language
    return report


def _print_text(result: _Result, profile: Profile, platform: Platform) -> None:
    for finding in result.findings:
        print(format_finding(result.text, finding))
    print(format_reading(result.reading))
    print(summary(result.findings, profile.label, platform.label))


def format_reading(reading: Reading) -> str:
    """The weighing of stelregel 2: one line, then each criterion that is not laag
    with what moved it most."""
    lines = [_("Afweging: {summary}").format(summary=reading.summary())]
    for criterion in reading.criteria:
        if criterion.level is not Level.LAAG:
            reason = criterion.reasons[0].text if criterion.reasons else ""
            lines.append(f"  {criterion.title}: {criterion.level.label}"
                         + (f" — {reason}" if reason else ""))
    return "\n".join(lines)


def format_finding(text: str, finding: Finding) -> str:
    line, column = line_column(text, finding.start)
    out = (f"{line}:{column}: {finding.severity.label} [{category_label(finding.category)}] "
           f"{finding.message}")
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
