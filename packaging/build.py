#!/usr/bin/env python3
"""Build Glazen Huis for one department.

    python3 packaging/build.py --department-config FILE [--languagetool DIR]
                               [--output DIR] [--deb] [--revision N]

1. Checks the department file; on any problem it names file, line and key and
   stops (exit 2) before anything is built.
2. Makes a PyInstaller one-dir bundle (``OUTPUT/bundle/glazenhuis``) with the
   app, its resources and the Dutch Hunspell dictionary, and reports its size.
3. With ``--deb``: a Debian package that installs the bundle in
   /opt/glazenhuis, the department file as the conffile
   /etc/xdg/glazenhuis/config.toml, a ``glazenhuis`` command, a desktop entry
   and an icon.

Runs on a bare ``python3``: when this interpreter lacks the project's
dependencies or PyInstaller, it creates (or reuses) a build environment with the
``package`` extra and runs itself there. See packaging/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(ROOT))

from assistant import __version__  # noqa: E402  (stdlib only: works before set-up)
from assistant.i18n import _  # noqa: E402

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2
SIZE_TARGET_MB = 150
PACKAGE = "glazenhuis"
INSTALL_DIR = "/opt/glazenhuis"
DEPARTMENT_CONFFILE = "/etc/xdg/glazenhuis/config.toml"
DICTIONARY_DIR = Path("/usr/share/hunspell")
# pyenchant opens Enchant with ctypes, so no linked library reveals it.
RUNTIME_PACKAGES = ("libenchant-2-2",)
JAVA_PACKAGES = "default-jre-headless | java17-runtime-headless"
# Set in the build environment this script re-runs itself in, so it never loops.
REEXEC_MARK = "GLAZENHUIS_BUILD_ENV"


class BuildError(Exception):
    """A step failed; the message says which and what to do."""


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="build.py",
        description=_("Bouw Glazen Huis met het configuratiebestand van een departement."))
    parser.add_argument("--department-config", required=True, type=Path, metavar=_("BESTAND"),
                        help=_("het departementsbestand (TOML) dat het pakket meelevert"))
    parser.add_argument("--languagetool", type=Path, metavar=_("MAP"),
                        help=_("een LanguageTool-map die het pakket meelevert"))
    parser.add_argument("--output", type=Path, default=ROOT / "dist", metavar=_("MAP"),
                        help=_("waar bundel en pakket komen (standaard: dist/)"))
    parser.add_argument("--deb", action="store_true", help=_("maak ook een Debian-pakket"))
    parser.add_argument("--revision", default="1", metavar="N",
                        help=_("Debian-revisie; verhoog haar bij elke nieuwe uitgave van "
                               "hetzelfde departementsbestand (standaard: 1)"))
    parser.add_argument("--maintainer", default="Glazen Huis <beheer@glazenhuis.invalid>",
                        help=_("Maintainer-veld van het Debian-pakket"))
    parser.add_argument("--dictionary-dir", type=Path, default=DICTIONARY_DIR, metavar=_("MAP"),
                        help=_("map met nl.aff en nl.dic (standaard: /usr/share/hunspell)"))
    parser.add_argument("--venv", type=Path,
                        default=Path(os.environ.get("GLAZENHUIS_BUILD_VENV", ROOT / "build" / "venv")),
                        help=_("bouwomgeving als deze Python PyInstaller mist "
                               "(standaard: build/venv of $GLAZENHUIS_BUILD_VENV)"))
    return parser.parse_args(argv)


def say(message: str) -> None:
    print(f"build.py: {message}", flush=True)


# ---------------------------------------------------------------------------
# Build environment


def _requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["package"]]


def _has_build_tools() -> bool:
    names = ("PyInstaller", "PySide6", "platformdirs", "re2", "enchant", "stdnum", "phonenumbers",
             "regex", "simplemma", "psutil")
    return all(importlib.util.find_spec(name) for name in names)


def ensure_build_venv(venv_dir: Path) -> Path:
    """The build environment's Python, created or brought up to date. The project
    itself is not installed there: PyInstaller reads it from this checkout."""
    python = venv_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    requirements = _requirements()
    stamp = venv_dir / ".requirements"
    wanted = hashlib.sha256("\n".join([sys.version, *requirements]).encode()).hexdigest()
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    say(_("bouwomgeving voorbereiden in {path}").format(path=venv_dir))
    try:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv_dir)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *requirements], check=True)
    except subprocess.CalledProcessError as exc:
        raise BuildError(_("De bouwomgeving kon niet worden gemaakt ({detail}). Op Debian is "
                           "python3-venv nodig.").format(detail=exc)) from None
    stamp.write_text(wanted)
    return python


# ---------------------------------------------------------------------------
# Steps


def validate_department_file(path: Path) -> list[str]:
    from assistant.config import validate_file

    return [str(problem) for problem in validate_file(path)]


def run_pyinstaller(python: Path, output: Path, dictionary_dir: Path) -> Path:
    dist, work = output / "bundle", output / "work"
    command = [
        str(python), "-m", "PyInstaller", str(PACKAGING / "glazenhuis.spec"), "--noconfirm",
        "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
        "--", "--dictionary-dir", str(dictionary_dir), "--version", __version__,
    ]
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        raise BuildError(_("PyInstaller is mislukt; zie de meldingen hierboven."))
    return dist / PACKAGE


def add_languagetool(bundle: Path, source: Path) -> None:
    target = bundle / "languagetool"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, symlinks=True)


def tree_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


# ---------------------------------------------------------------------------
# Debian package


def _elf_files(bundle: Path):
    # A bundled LanguageTool runs on its own Java; its libraries are not the app's.
    for path in bundle.rglob("*"):
        if path.relative_to(bundle).parts[0] == "languagetool":
            continue
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    yield path


def system_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    """Libraries outside the bundle that its binaries load: (paths, names not found)."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(
        [str(internal), str(internal / "PySide6" / "Qt" / "lib")]))
    found, missing = set(), set()
    for elf in _elf_files(bundle):
        result = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env)
        for name, target in re.findall(r"^\s*(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$",
                                       result.stdout, re.MULTILINE):
            if target == "not found":
                missing.add(name)
            elif not Path(target).resolve().is_relative_to(bundle.resolve()):
                found.add(target)
    return found, missing


def owning_packages(paths: set[str]) -> set[str]:
    """The Debian packages that ship these files (merged /usr: try both spellings)."""
    packages = set()
    for path in sorted(paths):
        real = os.path.realpath(path)
        candidates = {path, real}
        for p in list(candidates):
            if p.startswith("/usr/"):
                candidates.add(p[len("/usr"):])
            else:
                candidates.add("/usr" + p)
        for candidate in candidates:
            result = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
            if result.returncode == 0:
                packages.add(result.stdout.split(":", 1)[0].strip())
                break
    return packages


def _control(version: str, arch: str, depends: list[str], installed_kb: int,
             maintainer: str, department: str) -> str:
    summary = "Schrijfhulp voor rijksambtenaren die online communiceren"
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: editors\n"
        "Priority: optional\n"
        f"Description: {summary}\n"
        " Glazen Huis controleert concepten voor blogs, microblogs, fora, Wikipedia\n"
        " en profielsites aan de Uitgangspunten online communicatie rijksambtenaren,\n"
        " offline.\n"
        " .\n"
        f" Ingericht voor: {department}\n"
    )


def build_deb(bundle: Path, department_file: Path, output: Path, revision: str,
              maintainer: str, with_java: bool) -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    version = f"{__version__}-{revision}"
    stage = output / "deb-root"
    shutil.rmtree(stage, ignore_errors=True)

    shutil.copytree(bundle, stage / INSTALL_DIR.lstrip("/"), symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    # The bootloader finds its files through /proc/self/exe, so a link will do.
    (bin_dir / PACKAGE).symlink_to(f"{INSTALL_DIR}/{PACKAGE}")
    conffile = stage / DEPARTMENT_CONFFILE.lstrip("/")
    conffile.parent.mkdir(parents=True)
    shutil.copyfile(department_file, conffile)
    conffile.chmod(0o644)
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copyfile(PACKAGING / "debian" / "glazenhuis.desktop", applications / "glazenhuis.desktop")
    hicolor = stage / "usr" / "share" / "icons" / "hicolor"
    for size, name in (("scalable", "glazenhuis.svg"), ("256x256", "glazenhuis.png")):
        (hicolor / size / "apps").mkdir(parents=True)
        shutil.copyfile(ROOT / "resources" / "icons" / name, hicolor / size / "apps" / name)

    libraries, missing = system_libraries(bundle)
    if missing:
        say(_("let op: deze bibliotheken ontbreken op de bouwmachine en dus in de bundel: "
              "{names}").format(names=", ".join(sorted(missing))))
    depends = sorted(owning_packages(libraries) | set(RUNTIME_PACKAGES))
    if with_java:
        depends.append(JAVA_PACKAGES)

    debian = stage / "DEBIAN"
    debian.mkdir()
    (debian / "conffiles").write_text(DEPARTMENT_CONFFILE + "\n")
    department = department_table(department_file).get("name") or department_file.name
    installed_kb = (tree_size(stage) + 1023) // 1024
    (debian / "control").write_text(
        _control(version, arch, depends, installed_kb, maintainer, department), encoding="utf-8")
    for path in [stage, *stage.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)

    package = output / f"{PACKAGE}_{version}_{arch}.deb"
    result = subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage),
                             str(package)], capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(_("dpkg-deb is mislukt: {detail}").format(detail=result.stderr.strip()))
    shutil.rmtree(stage)
    return package


# ---------------------------------------------------------------------------


def department_table(path: Path) -> dict:
    """The [department] table of a file that passed validation."""
    from assistant.textfiles import read_text_file

    return tomllib.loads(read_text_file(path)).get("department", {})


def languagetool_path_set(path: Path) -> bool:
    from assistant.textfiles import read_text_file

    return bool(tomllib.loads(read_text_file(path)).get("languagetool", {}).get("path"))


def preflight(args: argparse.Namespace) -> None:
    """What can be checked before the slow steps, so a mistake costs no build."""
    for suffix in ("aff", "dic"):
        if not (args.dictionary_dir / f"nl.{suffix}").is_file():
            raise BuildError(_("Geen Nederlands woordenboek nl.{suffix} in {path}; installeer "
                               "hunspell-nl of geef --dictionary-dir.").format(
                                   suffix=suffix, path=args.dictionary_dir))
    if args.languagetool and not (args.languagetool / "languagetool-server.jar").is_file():
        raise BuildError(_("{path} is geen LanguageTool-map: languagetool-server.jar "
                           "ontbreekt.").format(path=args.languagetool))
    if args.deb and not shutil.which("dpkg-deb"):
        raise BuildError(_("dpkg-deb ontbreekt; een Debian-pakket kan alleen op Debian of "
                           "Ubuntu worden gemaakt."))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    department_file = args.department_config.resolve()

    try:
        problems = validate_department_file(department_file)
    except ImportError:
        problems = None  # this Python lacks the project's dependencies; the build environment checks
    if problems:
        print(_("build.py: het departementsbestand is niet in orde; er is geen pakket gemaakt:"),
              file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_INVALID

    try:
        preflight(args)
    except BuildError as exc:
        say(str(exc))
        return EXIT_FAILED

    if problems is None or not _has_build_tools():
        if os.environ.get(REEXEC_MARK):
            say(_("de bouwomgeving mist nog steeds pakketten; verwijder {path} en probeer "
                  "opnieuw").format(path=args.venv))
            return EXIT_FAILED
        try:
            python = ensure_build_venv(args.venv.resolve())
        except BuildError as exc:
            say(str(exc))
            return EXIT_FAILED
        env = dict(os.environ, **{REEXEC_MARK: "1"})
        return subprocess.run([str(python), __file__, *argv], env=env).returncode

    started = time.monotonic()
    output = args.output.resolve()
    output.mkdir(parents=True, exist_ok=True)
    try:
        if args.languagetool and not languagetool_path_set(department_file):
            say(_("let op: het departementsbestand noemt geen [languagetool] path; zet daar de "
                  "map waar de meegeleverde LanguageTool geïnstalleerd wordt (onder Linux "
                  "{path}).").format(path=f"{INSTALL_DIR}/languagetool"))
        bundle = run_pyinstaller(Path(sys.executable), output, args.dictionary_dir)
        app_size = tree_size(bundle)
        if args.languagetool:
            add_languagetool(bundle, args.languagetool)
        say(_("bundel: {path}").format(path=bundle))
        say(_("grootte uitgepakt: {size:.1f} MB (doel: hoogstens {target} MB){extra}").format(
            size=app_size / 1e6, target=SIZE_TARGET_MB,
            extra=_(", zonder LanguageTool") if args.languagetool else ""))
        if app_size > SIZE_TARGET_MB * 1e6:
            say(_("let op: de bundel is groter dan het doel"))
        if args.deb:
            package = build_deb(bundle, department_file, output, args.revision, args.maintainer,
                                with_java=bool(args.languagetool))
            say(_("Debian-pakket: {path} ({size:.1f} MB)").format(
                path=package, size=package.stat().st_size / 1e6))
    except BuildError as exc:
        say(str(exc))
        return EXIT_FAILED
    say(_("klaar in {seconds:.0f} s").format(seconds=time.monotonic() - started))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
