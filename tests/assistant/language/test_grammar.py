"""Grammar through LanguageTool's HTTP API, tested against a stand-in server.

LanguageTool itself cannot be installed on the build machines. ``lt_standin``
is a stand-in that speaks the same API (/v2/languages, /v2/check) with
responses in LanguageTool's documented JSON format; its "rules" are a small
fixed table of phrases. A test against a real LanguageTool runs when
GLAZENHUIS_LANGUAGETOOL_DIR points at an installation.
"""

from __future__ import annotations

import errno
import os
import socket
import stat
import subprocess
import sys
import threading
import time
import urllib.error
from pathlib import Path

import psutil
import pytest

from assistant.language import ACTIEF, NIET_BESCHIKBAAR, UIT, LanguageService
from assistant.language import grammar as grammar_module
from assistant.language import spelling as spelling_module
from assistant.language.grammar import (
    SERVER_JAR,
    GrammarUnavailable,
    category_for,
    describe_error,
    free_port,
    server_base,
    utf16_to_index,
)
from assistant.settings import Department, LanguageToolSettings, Settings
from tests.assistant.language import lt_standin

STANDIN = Path(lt_standin.__file__)
EMOJI_TEXT = "🎉🇳🇱 Zij zeggen dat hun hebben gewonnen 👍🏽 en dat is zeer erg."


def alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def wait_gone(pid: int, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not alive(pid)


@pytest.fixture
def standin():
    """An in-process stand-in server; yields a function that starts one."""
    servers = []

    def start(**options):
        server = lt_standin.serve(**options)
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def services(tmp_path):
    made = []

    def make(lt: LanguageToolSettings, department: Department = Department(), **timeouts):
        service = LanguageService(Settings(languagetool=lt, department=department),
                                  user_words_path=tmp_path / "woordenlijst.txt", **timeouts)
        made.append(service)
        return service

    yield make
    for service in made:
        service.close()


@pytest.fixture
def fake_languagetool(tmp_path):
    """A LanguageTool directory whose bundled "java" runs the stand-in as a child
    of a shell, so stopping it has to stop a process tree, as with a real JVM."""
    if sys.platform == "win32":
        pytest.skip("the fake java launcher is a POSIX shell script")

    def make(*extra_args: str) -> Path:
        directory = tmp_path / "LanguageTool-6.4"
        (directory / "jre" / "bin").mkdir(parents=True, exist_ok=True)
        (directory / SERVER_JAR).write_bytes(b"stand-in, not a real jar")
        java = directory / "jre" / "bin" / "java"
        args = " ".join(extra_args)
        java.write_text(
            "#!/bin/sh\n"
            f'"{sys.executable}" "{STANDIN}" "$@" --pidfile "{directory}/standin.pid" {args}\n')
        java.chmod(java.stat().st_mode | stat.S_IXUSR)
        made.append(directory)
        return directory

    made: list[Path] = []
    yield make
    # A failing test must not leave its stand-in running either.
    for directory in made:
        pidfile = directory / "standin.pid"
        if pidfile.exists() and pidfile.read_text() and alive(int(pidfile.read_text())):
            psutil.Process(int(pidfile.read_text())).kill()


def standin_pid(directory: Path) -> int:
    deadline = time.monotonic() + 5
    pidfile = directory / "standin.pid"
    while not (pidfile.exists() and pidfile.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    return int(pidfile.read_text())


# -- offsets, categories, addresses -------------------------------------------------


def test_utf16_offsets_become_python_indices():
    text = "a🎉b👍🏽c"
    index = utf16_to_index(text)
    # UTF-16: a=0, 🎉=1-2, b=3, 👍=4-5, 🏽=6-7, c=8
    assert [index(o) for o in (0, 1, 3, 4, 6, 8, 9)] == [0, 1, 2, 3, 4, 5, 6]
    plain = utf16_to_index("zonder emoji")
    assert plain(5) == 5


@pytest.mark.parametrize("rule, category", [
    ({"issueType": "misspelling", "category": {"id": "TYPOS"}}, "spelling"),
    ({"issueType": "grammar", "category": {"id": "GRAMMAR"}}, "grammatica"),
    ({"issueType": "typographical", "category": {"id": "PUNCTUATION"}}, "grammatica"),
    ({"issueType": "style", "category": {"id": "STYLE"}}, "stijl"),
    ({"issueType": "style", "category": {"id": "REDUNDANCY"}}, "stijl"),
    ({"issueType": "style", "category": {"id": "ONBEKEND"}}, "stijl"),
    ({"issueType": "uncategorized", "category": {"id": "ONBEKEND"}}, "grammatica"),
])
def test_languagetool_categories_map_to_ours(rule, category):
    assert category_for(rule) == category


def test_server_address_is_normalised():
    assert server_base("http://lt.intranet:8081/v2/") == "http://lt.intranet:8081"
    assert server_base("https://taal.rijk.local/lt") == "https://taal.rijk.local/lt"
    assert server_base("http://10.0.0.5/lt/v2/check") == "http://10.0.0.5/lt"


@pytest.mark.parametrize("url", [
    "https://api.languagetool.org/v2", "https://languagetool.org", "https://api.languagetoolplus.com",
    "https://LanguageTool.org./v2",
    "ftp://lt.intranet", "geen adres", "http://lt intranet:8081", "",
])
def test_public_or_invalid_server_is_refused(url):
    with pytest.raises(GrammarUnavailable):
        server_base(url)


@pytest.mark.parametrize(("error", "dutch"), [
    (urllib.error.URLError(socket.gaierror(-2, "Name or service not known")),
     "de servernaam is onbekend"),
    (urllib.error.URLError(OSError(errno.EHOSTUNREACH, "No route to host")),
     "de server is onbereikbaar"),
    (urllib.error.URLError(ConnectionRefusedError(111, "Connection refused")),
     "verbinding geweigerd"),
])
def test_why_a_server_cannot_be_reached_is_said_in_dutch(error, dutch):
    assert dutch in describe_error(error)


# -- an intranet server (URL) ----------------------------------------------------------


def test_check_against_standin_server(standin, services):
    service = services(LanguageToolSettings(url=standin()))
    status = service.load()
    assert status.grammar_state == ACTIEF, status.grammar_reason
    text = "Zij zeggen dat hun hebben gewonnen en dat is zeer erg."
    findings = {f.category: f for f in service.check(text) if f.category != "spelling"}
    grammar, style = findings["grammatica"], findings["stijl"]
    assert text[grammar.start:grammar.end] == "hun hebben"
    assert grammar.rule_id == "grammatica.lt.NL_HUN_HEBBEN"
    assert grammar.message == "Gebruik ‘zij’ als onderwerp."
    assert grammar.suggestions == ("zij hebben",)
    assert grammar.fix.apply(text).startswith("Zij zeggen dat zij hebben gewonnen")
    assert grammar.severity == "tip" and grammar.source == "Taaladvies"
    assert text[style.start:style.end] == "zeer erg"
    assert style.suggestions == ("erg", "zeer")


def test_offsets_with_emoji(standin, services):
    service = services(LanguageToolSettings(url=standin()))
    service.load()
    found = sorted(EMOJI_TEXT[f.start:f.end] for f in service.check(EMOJI_TEXT)
                   if f.category in ("grammatica", "stijl"))
    assert found == ["hun hebben", "zeer erg"]


def test_languagetool_misspellings_defer_to_hunspell(standin, services):
    try:
        spelling_module.open_dictionary()
    except spelling_module.DictionaryUnavailable as exc:
        pytest.skip(f"no Dutch Enchant dictionary: {exc}")
    service = services(LanguageToolSettings(url=standin()))
    service.load()
    text = "De kwalitijd is goed."
    [finding] = service.check(text)
    assert finding.rule_id == "spelling.onbekend-woord"


def test_languagetool_misspellings_count_without_hunspell(standin, services, monkeypatch):
    import enchant

    monkeypatch.setattr(enchant, "dict_exists", lambda tag: False)
    service = services(LanguageToolSettings(url=standin()))
    service.load()
    text = "De kwalitijd is goed."
    [finding] = service.check(text)
    assert finding.category == "spelling"
    assert finding.rule_id == "spelling.lt.MORFOLOGIK_RULE_NL_NL"
    assert text[finding.start:finding.end] == "kwalitijd"


def test_department_terms_are_not_flagged_by_languagetool(standin, services, monkeypatch):
    import enchant

    monkeypatch.setattr(enchant, "dict_exists", lambda tag: False)
    department = Department(short_names=("IenW",), accepted_terms=("Zeeweringsplan",))
    service = services(LanguageToolSettings(url=standin()), department)
    service.load()
    assert service.check("Het Zeeweringsplan van IenW is klaar.") == []
    # Near miss: without the department's terms both are flagged.
    other = services(LanguageToolSettings(url=standin()))
    other.load()
    assert len(other.check("Het Zeeweringsplan van IenW is klaar.")) == 2


def test_server_without_dutch_is_not_used(standin, services):
    service = services(LanguageToolSettings(url=standin(dutch=False)))
    status = service.load()
    assert status.grammar_state == NIET_BESCHIKBAAR
    assert "Nederlands" in status.grammar_reason


def test_hung_server_fails_fast_on_check(standin, services):
    requests = []
    service = services(LanguageToolSettings(url=standin(check_delay=5, requests=requests)),
                       request_timeout=0.5)
    assert service.load().grammar_state == ACTIEF
    started = time.monotonic()
    findings = service.check("Zij zeggen dat hun hebben gewonnen.")
    assert time.monotonic() - started < 2
    assert [f for f in findings if f.category == "grammatica"] == []
    status = service.status()
    assert status.grammar_state == NIET_BESCHIKBAAR
    assert "reageert niet" in status.grammar_reason
    # Once it has failed, later checks do not wait for it again.
    asked = len(requests)
    service.check("Zij zeggen dat hun hebben gewonnen.")
    assert len(requests) == asked


def test_hung_server_fails_fast_on_start(standin, services):
    service = services(LanguageToolSettings(url=standin(languages_delay=5)), request_timeout=0.5)
    started = time.monotonic()
    status = service.load()
    assert time.monotonic() - started < 3
    assert status.grammar_state == NIET_BESCHIKBAAR
    assert "reageert niet" in status.grammar_reason


def test_trickling_server_gives_a_status_within_3_s(standin, services):
    # One byte a second never trips a timeout per read; the deadline is for the whole answer.
    service = services(LanguageToolSettings(url=standin(trickle=("languages",))))
    started = time.monotonic()
    status = service.load()
    assert time.monotonic() - started < 3
    assert status.grammar_state == NIET_BESCHIKBAAR
    assert "reageert niet" in status.grammar_reason


def test_trickling_check_ends_at_the_deadline(standin, services):
    service = services(LanguageToolSettings(url=standin(trickle=("check",))), request_timeout=1)
    assert service.load().grammar_state == ACTIEF
    started = time.monotonic()
    service.check("Zij zeggen dat hun hebben gewonnen.")
    assert time.monotonic() - started < 2
    assert service.status().grammar_state == NIET_BESCHIKBAAR


@pytest.mark.parametrize("slow, step", [("check", "check"), ("languages", "load")])
def test_close_cuts_off_a_request_in_flight(standin, services, slow, step):
    """The window stops LanguageTool before it quits: that must not wait for the server."""
    service = services(LanguageToolSettings(url=standin(trickle=(slow,))), request_timeout=30)
    if step == "check":
        assert service.load().grammar_state == ACTIEF
        work = threading.Thread(target=service.check, args=("Zij zeggen dat hun hebben.",))
    else:
        work = threading.Thread(target=service.load)
    work.start()
    time.sleep(0.5)
    started = time.monotonic()
    service.close()
    work.join(timeout=5)
    assert not work.is_alive()
    assert time.monotonic() - started < 1
    assert service.status().grammar_state == UIT


def test_dead_server_fails_fast(services):
    service = services(LanguageToolSettings(url=f"http://127.0.0.1:{free_port()}"))
    started = time.monotonic()
    status = service.load()
    assert time.monotonic() - started < 5
    assert status.grammar_state == NIET_BESCHIKBAAR
    assert "niet bereikbaar" in status.grammar_reason


def test_public_api_is_never_contacted(services, monkeypatch):
    import urllib.request

    def no_network(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", no_network)
    service = services(LanguageToolSettings(url="https://api.languagetool.org/v2/check"))
    status = service.load()
    assert status.grammar_state == NIET_BESCHIKBAAR
    assert "openbare" in status.grammar_reason


def test_not_configured_or_switched_off(services):
    assert services(LanguageToolSettings()).load().grammar_state == NIET_BESCHIKBAAR
    off = services(LanguageToolSettings(url="http://127.0.0.1:9", enabled=False)).load()
    assert off.grammar_state == UIT


# -- a LanguageTool directory on this machine ----------------------------------------------


def test_local_directory_without_server_jar(services, tmp_path):
    empty = tmp_path / "leeg"
    empty.mkdir()
    status = services(LanguageToolSettings(path=str(empty))).load()
    assert status.grammar_state == NIET_BESCHIKBAAR
    assert SERVER_JAR in status.grammar_reason


def test_local_server_start_check_and_shutdown(fake_languagetool, services):
    directory = fake_languagetool()
    service = services(LanguageToolSettings(path=str(directory)), start_timeout=20)
    status = service.load()
    assert status.grammar_state == ACTIEF, status.grammar_reason
    launcher = service.grammar.server.process.pid
    server = standin_pid(directory)
    assert alive(launcher) and alive(server)
    findings = service.check(EMOJI_TEXT)
    assert sorted(EMOJI_TEXT[f.start:f.end] for f in findings
                  if f.category in ("grammatica", "stijl")) == ["hun hebben", "zeer erg"]
    service.close()
    assert service.status().grammar_state == UIT
    assert wait_gone(launcher) and wait_gone(server), "LanguageTool process left behind"


def test_restart_leaves_no_second_server(fake_languagetool, services):
    directory = fake_languagetool()
    service = services(LanguageToolSettings(path=str(directory)), start_timeout=20)
    service.load()
    first = standin_pid(directory)
    (directory / "standin.pid").unlink()
    service.start_grammar()
    assert service.status().grammar_state == ACTIEF
    assert wait_gone(first)
    second = standin_pid(directory)
    service.close()
    assert wait_gone(second)


def test_server_that_exits_at_start(fake_languagetool, services):
    directory = fake_languagetool("--exit-code", "3")
    status = services(LanguageToolSettings(path=str(directory)), start_timeout=20).load()
    assert status.grammar_state == NIET_BESCHIKBAAR
    assert "stopte direct" in status.grammar_reason


def test_server_that_never_comes_up_is_stopped(fake_languagetool, services):
    directory = fake_languagetool("--start-delay", "60")
    service = services(LanguageToolSettings(path=str(directory)), start_timeout=1)
    started = time.monotonic()
    status = service.load()
    assert time.monotonic() - started < 5
    assert status.grammar_state == NIET_BESCHIKBAAR
    assert "startte niet" in status.grammar_reason
    assert wait_gone(standin_pid(directory))


def test_server_that_dies_while_in_use(fake_languagetool, services):
    directory = fake_languagetool()
    service = services(LanguageToolSettings(path=str(directory)), start_timeout=20)
    service.load()
    server = standin_pid(directory)
    launcher = service.grammar.server.process.pid
    psutil.Process(server).kill()
    assert wait_gone(server)
    service.check("Zij zeggen dat hun hebben gewonnen.")
    status = service.status()
    assert status.grammar_state == NIET_BESCHIKBAAR
    assert wait_gone(launcher)


def test_close_while_starting(fake_languagetool, services):
    directory = fake_languagetool("--start-delay", "60")
    service = services(LanguageToolSettings(path=str(directory)), start_timeout=60)
    loader = threading.Thread(target=service.load)
    loader.start()
    server = standin_pid(directory)
    assert service.status().grammar_state == "starten"
    service.close()
    loader.join(timeout=5)
    assert not loader.is_alive()
    assert service.status().grammar_state != ACTIEF
    assert wait_gone(server)


def test_no_server_left_when_the_app_exits_without_close(fake_languagetool, tmp_path):
    directory = fake_languagetool()
    root = Path(__file__).resolve().parents[3]
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(root)!r})\n"
        "from assistant.language import LanguageService\n"
        "from assistant.settings import LanguageToolSettings, Settings\n"
        f"lt = LanguageToolSettings(path={str(directory)!r})\n"
        f"service = LanguageService(Settings(languagetool=lt), start_timeout=20,\n"
        f"                          user_words_path=__import__('pathlib').Path({str(tmp_path)!r}))\n"
        "print(service.load().grammar_state)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.strip() == ACTIEF, done.stderr
    assert wait_gone(standin_pid(directory)), "LanguageTool outlived the app"


def test_a_server_left_by_a_killed_app_is_stopped_by_the_next_start(fake_languagetool,
                                                                    services, tmp_path):
    """A killed app runs no finalizer; its record lets the next start stop the server."""
    directory = fake_languagetool()
    root = Path(__file__).resolve().parents[3]
    script = (
        "import sys, time\n"
        f"sys.path.insert(0, {str(root)!r})\n"
        "from assistant.language import LanguageService\n"
        "from assistant.settings import LanguageToolSettings, Settings\n"
        f"lt = LanguageToolSettings(path={str(directory)!r})\n"
        "service = LanguageService(Settings(languagetool=lt), start_timeout=20,\n"
        f"                          user_words_path=__import__('pathlib').Path({str(tmp_path)!r}))\n"
        "print(service.load().grammar_state, flush=True)\n"
        "time.sleep(60)\n")
    app = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert app.stdout.readline().strip() == ACTIEF
        orphan = standin_pid(directory)
        app.kill()
        app.wait()
        assert alive(orphan)
    finally:
        app.kill()
        app.wait()
    # The next start stops it, also when it is configured to start no server itself.
    services(LanguageToolSettings(enabled=False)).load()
    assert wait_gone(orphan), "the killed app's LanguageTool is still running"
    assert list(grammar_module.records_dir().glob("*.json")) == []


def test_another_running_apps_server_is_left_alone(fake_languagetool, services):
    directory = fake_languagetool()
    first = services(LanguageToolSettings(path=str(directory)), start_timeout=20)
    assert first.load().grammar_state == ACTIEF
    server = standin_pid(directory)
    assert grammar_module.reap_orphaned_servers(grammar_module.records_dir()) == []
    assert alive(server)
    first.close()
    assert wait_gone(server)
    assert list(grammar_module.records_dir().glob("*.json")) == []


def test_closed_service_starts_nothing(fake_languagetool, services):
    directory = fake_languagetool()
    service = services(LanguageToolSettings(path=str(directory)), start_timeout=20)
    service.close()
    status = service.load()
    assert status.grammar_state != ACTIEF
    assert not (directory / "standin.pid").exists()


# -- a real LanguageTool, when one is installed -----------------------------------------


REAL_DIR = os.environ.get("GLAZENHUIS_LANGUAGETOOL_DIR", "")


@pytest.mark.skipif(not REAL_DIR, reason="no real LanguageTool: set GLAZENHUIS_LANGUAGETOOL_DIR "
                                         "to a directory with languagetool-server.jar")
def test_real_languagetool(services):
    service = services(LanguageToolSettings(path=REAL_DIR), start_timeout=120, request_timeout=10)
    status = service.load()
    assert status.grammar_state == ACTIEF, status.grammar_reason
    text = "👍 Dit is een zin met met een fout."
    findings = [f for f in service.check(text) if f.category != "leesbaarheid"]
    assert any(text[f.start:f.end].lower() in ("met met", "met") for f in findings)
    process = service.grammar.server.process.pid
    service.close()
    assert wait_gone(process)
