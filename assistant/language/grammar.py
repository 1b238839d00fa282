"""Grammar and style through a local LanguageTool, spoken to over its HTTP API.

Only two kinds of server are used: one this process starts from a LanguageTool
directory on this machine, or a department's intranet server. The public
LanguageTool service is refused, and nothing is ever downloaded: the draft may
hold exactly what must not leave the machine.

Every request has an overall deadline (not one per read, which a server sending
a byte at a time would never reach), so a hung, dead or trickling server costs
seconds once, after which grammar checking reports itself unavailable; ``close()``
cuts off a request in flight at once. The server we start is stopped with its
child processes on ``close()`` and at interpreter exit; one left behind by a
process that was killed is stopped by the next start.
"""

from __future__ import annotations

import bisect
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from platformdirs import user_data_dir

from assistant.i18n import N_, _
from assistant.storage import atomic_write_text
from assistant.textfiles import os_reason
from assistant.urls import url_problem

ACTIEF, STARTEN, NIET_BESCHIKBAAR, UIT = "actief", "starten", "niet beschikbaar", "uit"
# The states as the reader's language names them (reports keep the id).
_STATE_LABELS = {ACTIEF: N_("actief"), STARTEN: N_("starten"),
                 NIET_BESCHIKBAAR: N_("niet beschikbaar"), UIT: N_("uit")}


def state_label(state: str) -> str:
    """A spelling or grammar state in the reader's language."""
    label = _STATE_LABELS.get(state)
    return _(label) if label else state

SERVER_JAR = "languagetool-server.jar"
SERVER_CLASS = "org.languagetool.server.HTTPServer"
LANGUAGE = "nl"
REQUEST_TIMEOUT = 3.0
PROBE_TIMEOUT = 2.0
# Java needs a few seconds to load LanguageTool's Dutch rules.
START_TIMEOUT = 60.0
MAX_SUGGESTIONS = 5
PUBLIC_HOSTS = ("languagetool.org", "languagetoolplus.com")

# LanguageTool's rule categories (rule.category.id) as ours.
_CATEGORY_BY_LT = {
    "TYPOS": "spelling",
    "GRAMMAR": "grammatica",
    "CASING": "grammatica",
    "PUNCTUATION": "grammatica",
    "CONFUSED_WORDS": "grammatica",
    "COMPOUNDING": "grammatica",
    "STYLE": "stijl",
    "REDUNDANCY": "stijl",
    "TYPOGRAPHY": "stijl",
    "COLLOQUIALISMS": "stijl",
    "REGIONALISMS": "stijl",
    "WIKIPEDIA": "stijl",
    "PLAIN_ENGLISH": "stijl",
    "GENDER_NEUTRALITY": "stijl",
    "SEMANTICS": "stijl",
}
_CATEGORY_BY_ISSUE = {
    "misspelling": "spelling",
    "grammar": "grammatica",
    "typographical": "stijl",
    "style": "stijl",
    "register": "stijl",
    "locale-violation": "stijl",
}


class GrammarUnavailable(Exception):
    """LanguageTool cannot be used; the message is the Dutch reason."""


@dataclass(frozen=True, slots=True)
class GrammarMatch:
    """One LanguageTool match with Python string offsets."""

    start: int
    end: int
    category: str
    rule_id: str
    message: str
    description: str
    replacements: tuple[str, ...]
    issue_type: str


def category_for(rule: dict) -> str:
    lt_category = (rule.get("category") or {}).get("id", "")
    if lt_category in _CATEGORY_BY_LT:
        return _CATEGORY_BY_LT[lt_category]
    return _CATEGORY_BY_ISSUE.get(rule.get("issueType", ""), "grammatica")


def utf16_to_index(text: str) -> Callable[[int], int]:
    """Map LanguageTool's offsets (UTF-16 code units, as in Java) to str indices."""
    if not text or max(text) <= "\uffff":
        return lambda offset: offset
    starts = []
    position = 0
    for ch in text:
        starts.append(position)
        position += 2 if ord(ch) > 0xFFFF else 1
    starts.append(position)
    return lambda offset: bisect.bisect_left(starts, offset)


def parse_matches(text: str, payload: dict) -> list[GrammarMatch]:
    """LanguageTool's /v2/check answer as matches on ``text``."""
    index = utf16_to_index(text)
    matches = []
    for m in payload.get("matches", ()):
        rule = m.get("rule") or {}
        offset, length = int(m["offset"]), int(m["length"])
        start, end = index(offset), index(offset + length)
        if not 0 <= start <= end <= len(text):
            continue
        matches.append(GrammarMatch(
            start=start, end=end, category=category_for(rule), rule_id=rule.get("id", ""),
            message=m.get("message") or m.get("shortMessage") or "",
            description=rule.get("description", ""),
            replacements=tuple(r["value"] for r in m.get("replacements", ())[:MAX_SUGGESTIONS]
                               if r.get("value")),
            issue_type=rule.get("issueType", ""),
        ))
    return matches


def server_base(url: str) -> str:
    """The server's root URL from what a department configured; refuses the public API."""
    url = url.strip()
    if not url or url_problem(url) is not None:
        raise GrammarUnavailable(
            _("LanguageTool-adres {url} is geen geldig http(s)-adres.").format(url=url))
    parsed = urllib.parse.urlsplit(url)
    # "languagetool.org." (a fully qualified name) is the same host.
    host = parsed.hostname.lower().rstrip(".")
    if any(host == public or host.endswith("." + public) for public in PUBLIC_HOSTS):
        raise GrammarUnavailable(_(
            "De openbare LanguageTool-dienst wordt niet gebruikt: je tekst zou dan je computer "
            "verlaten. Stel een lokale LanguageTool of een intranetserver in."))
    path = parsed.path.rstrip("/")
    for suffix in ("/v2/check", "/v2"):
        if path.endswith(suffix):
            path = path[: -len(suffix)]
            break
    return urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, path, "", ""))


class LanguageToolClient:
    """The HTTP API of one LanguageTool server (/v2/languages, /v2/check)."""

    def __init__(self, base_url: str, timeout: float = REQUEST_TIMEOUT):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._lock = threading.Lock()
        self._open: set[_Request] = set()
        self._aborted = False

    def languages(self, timeout: float | None = None) -> list[str]:
        data = self._request("/v2/languages", None, timeout or self.timeout)
        return [entry.get("longCode", entry.get("code", "")) for entry in data]

    def check(self, text: str, language: str = LANGUAGE) -> dict:
        body = urllib.parse.urlencode({"text": text, "language": language}).encode()
        return self._request("/v2/check", body, self.timeout)

    def abort(self) -> None:
        """Cut off every request in flight and refuse new ones."""
        with self._lock:
            self._aborted = True
            running = list(self._open)
        for request in running:
            request.cut()

    def _request(self, path: str, body: bytes | None, timeout: float):
        request = _Request(self.base_url + path, body, timeout)
        with self._lock:
            if self._aborted:
                raise ConnectionAbortedError(_("Grammaticacontrole is gestopt."))
            self._open.add(request)
        try:
            return request.run()
        finally:
            with self._lock:
                self._open.discard(request)


class _Request:
    """One HTTP request that ends by its deadline, however slowly the answer comes.

    A timer shuts the socket down when the time is up (or when the client is
    aborted): the blocked read then returns at once. Never through a proxy: the
    server is local or on the intranet."""

    def __init__(self, url: str, body: bytes | None, timeout: float):
        # Loaded here: a check that never talks to a server does not pay for them.
        import http.client

        self.url, self.body, self.timeout = url, body, timeout
        parts = urllib.parse.urlsplit(url)
        connection = (http.client.HTTPSConnection if parts.scheme == "https"
                      else http.client.HTTPConnection)
        self._connection = connection(parts.hostname, parts.port, timeout=timeout)
        self._target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
        self._cut = threading.Event()

    def cut(self) -> None:
        self._cut.set()
        sock = self._connection.sock
        if sock is not None:
            try:
                # The plain socket's shutdown, also under TLS: it only wakes the reader.
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass

    def run(self):
        import http.client

        timer = threading.Timer(self.timeout, self.cut)
        timer.daemon = True
        timer.start()
        try:
            return self._exchange()
        except (OSError, http.client.HTTPException) as exc:
            if self._cut.is_set():
                raise TimeoutError(_("geen antwoord binnen {seconds:g} s").format(
                    seconds=self.timeout)) from None
            if isinstance(exc, http.client.HTTPException):
                raise ConnectionError(str(exc) or type(exc).__name__) from None
            raise
        finally:
            timer.cancel()
            self._connection.close()

    def _exchange(self):
        import urllib.error

        headers = {"Accept": "application/json"}
        if self.body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self._connection.connect()
        if self._cut.is_set():
            raise TimeoutError()
        self._connection.request("POST" if self.body is not None else "GET", self._target,
                                 body=self.body, headers=headers)
        response = self._connection.getresponse()
        data = response.read()
        if response.status >= 400:
            raise urllib.error.HTTPError(self.url, response.status, response.reason,
                                         response.headers, None)
        return json.loads(data.decode("utf-8"))


def describe_error(exc: BaseException, timeout: float = REQUEST_TIMEOUT) -> str:
    """A Dutch reason for a failed request."""
    import urllib.error

    if isinstance(exc, urllib.error.HTTPError):
        return _("LanguageTool gaf foutcode {code}.").format(code=exc.code)
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return _("LanguageTool reageert niet (geen antwoord binnen {seconds:g} s).").format(
            seconds=timeout)
    if isinstance(reason, ConnectionRefusedError):
        return _("LanguageTool is niet bereikbaar (verbinding geweigerd).")
    if isinstance(reason, socket.gaierror):
        return _("LanguageTool is niet bereikbaar: de servernaam is onbekend.")
    if isinstance(exc, (ValueError, KeyError, TypeError)):
        return _("LanguageTool gaf een antwoord dat niet te lezen is.")
    if isinstance(reason, OSError):
        return _("LanguageTool is niet bereikbaar: {detail}.").format(detail=os_reason(reason))
    return _("LanguageTool is niet bereikbaar: {detail}").format(detail=reason)


def find_java(directory: Path) -> str | None:
    """Java shipped beside LanguageTool, else JAVA_HOME, else the PATH."""
    exe = "java.exe" if sys.platform == "win32" else "java"
    candidates = [directory / "jre" / "bin" / exe]
    if os.environ.get("JAVA_HOME"):
        candidates.append(Path(os.environ["JAVA_HOME"]) / "bin" / exe)
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return shutil.which("java")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def records_dir() -> Path:
    """Where each running server we started is recorded, until it is stopped."""
    return Path(user_data_dir("glazenhuis", appauthor=False)) / "languagetool"


def _started_at(pid: int) -> float | None:
    import psutil

    try:
        return psutil.Process(pid).create_time()
    except psutil.Error:
        return None


def _same_process(pid: int, started: object) -> bool:
    # A pid can be reused: only the process that was started then is the one recorded.
    now = _started_at(pid)
    return now is not None and isinstance(started, (int, float)) and abs(now - started) < 1


def reap_orphaned_servers(records: Path) -> list[int]:
    """Stop the servers whose app was killed before it could stop them.

    A record names the app's process, the launcher and the port. Its server is
    stopped only when that app is gone, and only processes that are still the
    recorded launcher or a LanguageTool server on the recorded port are ended.
    Returns the pids ended."""
    found = sorted(records.glob("*.json"))
    if not found:
        return []  # the common case, without loading psutil
    import psutil

    ended = []
    for record in found:
        try:
            data = json.loads(record.read_text(encoding="utf-8"))
            owner, launcher, port = int(data["owner"]), int(data["launcher"]), int(data["port"])
        except (OSError, ValueError, KeyError, TypeError):
            record.unlink(missing_ok=True)
            continue
        if _same_process(owner, data.get("owner_started")):
            continue  # Another window's server, in use.
        victims = []
        if _same_process(launcher, data.get("launcher_started")):
            victims.append(psutil.Process(launcher))
        for process in psutil.process_iter(["cmdline"]):
            cmdline = process.info["cmdline"] or []
            if SERVER_CLASS in cmdline and str(port) in cmdline:
                victims.append(process)
        for process in list(victims):
            try:
                victims += process.children(recursive=True)
            except psutil.Error:
                pass
        for process in victims:
            try:
                process.kill()
                ended.append(process.pid)
            except psutil.Error:
                pass
        psutil.wait_procs(victims, timeout=5)
        record.unlink(missing_ok=True)
    return ended


def stop_process_tree(process: subprocess.Popen, kill_tree: Callable[..., None],
                      record: Path | None = None) -> None:
    """Stop a server we started and everything it started; reap it."""
    if process.poll() is None:
        kill_tree(pid=process.pid)
    if sys.platform != "win32":
        # The server runs in its own session: anything that slipped out of the
        # tree (re-parented grandchildren) is still in its process group.
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass
    if record is not None:
        record.unlink(missing_ok=True)


class LocalServer:
    """A LanguageTool server started from a directory on this machine.

    While it runs, a record in ``records`` names it, so that a start after this
    app was killed (no finalizer runs then) stops it."""

    def __init__(self, directory: Path, records: Path | None = None):
        self.directory = directory
        self.records = records or records_dir()
        self.process: subprocess.Popen | None = None
        self.port = 0
        self._finalizer: weakref.finalize | None = None

    def command(self, port: int) -> list[str]:
        jar = self.directory / SERVER_JAR
        if not jar.is_file():
            raise GrammarUnavailable(
                _("Geen {jar} gevonden in {path}.").format(jar=SERVER_JAR, path=self.directory))
        java = find_java(self.directory)
        if not java:
            raise GrammarUnavailable(_("Java niet gevonden; LanguageTool heeft Java nodig."))
        command = [java, "-cp", str(jar), SERVER_CLASS, "--port", str(port)]
        config = self.directory / "server.properties"
        if config.is_file():
            command += ["--config", str(config)]
        return command

    def start(self) -> str:
        """Start the server; returns its base URL (not yet ready)."""
        # Imported before anything runs, and not at interpreter shutdown when
        # the finalizer may run.
        from language_tool_python.utils import kill_process_force

        self.port = free_port()
        command = self.command(self.port)
        kwargs: dict = {"cwd": self.directory, "stdin": subprocess.DEVNULL,
                        "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        if sys.platform == "win32":
            kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW
        else:
            kwargs["start_new_session"] = True
        try:
            self.process = subprocess.Popen(command, **kwargs)
        except OSError as exc:
            raise GrammarUnavailable(
                _("LanguageTool kon niet starten: {detail}").format(detail=exc)) from None
        record = self._record(self.process.pid)
        # Also stops the server if the app exits without calling stop().
        self._finalizer = weakref.finalize(self, stop_process_tree, self.process,
                                           kill_process_force, record)
        return f"http://127.0.0.1:{self.port}"

    def _record(self, launcher: int) -> Path | None:
        record = self.records / f"{os.getpid()}-{launcher}.json"
        data = {"owner": os.getpid(), "owner_started": _started_at(os.getpid()),
                "launcher": launcher, "launcher_started": _started_at(launcher),
                "port": self.port}
        try:
            self.records.mkdir(parents=True, exist_ok=True, mode=0o700)
            atomic_write_text(record, json.dumps(data), mode=0o600)
        except OSError:
            return None  # Without a record only a killed app leaves its server behind.
        return record

    def exit_code(self) -> int | None:
        return self.process.poll() if self.process else None

    def stop(self) -> None:
        if self._finalizer is not None:
            self._finalizer()
        self.process = None
        self._finalizer = None


class GrammarChecker:
    """Starts or connects to LanguageTool and turns its matches into plain data.

    ``state`` and ``reason`` say what the status bar shows. ``start()`` blocks
    until the server answers (call it in the background); ``check()`` never
    waits longer than the request timeout."""

    def __init__(self, path: str = "", url: str = "", enabled: bool = True, *,
                 start_timeout: float = START_TIMEOUT, request_timeout: float = REQUEST_TIMEOUT):
        self.path, self.url, self.enabled = path, url, enabled
        self.start_timeout = start_timeout
        self.request_timeout = request_timeout
        self.client: LanguageToolClient | None = None
        # The client still waiting for the server to answer, so stop() can cut it off.
        self._starting: LanguageToolClient | None = None
        self.server: LocalServer | None = None
        self._closing = threading.Event()
        self._closed = False
        self._lock = threading.RLock()
        if not enabled:
            self.state, self.reason = UIT, _("Grammaticacontrole staat uit.")
        elif not (path or url):
            self.state, self.reason = NIET_BESCHIKBAAR, _(
                "Geen lokale LanguageTool ingesteld (languagetool.path of languagetool.url).")
        else:
            self.state, self.reason = STARTEN, _("LanguageTool wordt gestart…")

    @property
    def active(self) -> bool:
        return self.state == ACTIEF

    def snapshot(self) -> tuple[str, str]:
        """State and reason together, as set together."""
        with self._lock:
            return self.state, self.reason

    def start(self) -> None:
        """Start (or restart) LanguageTool and wait until it answers."""
        if self._closed:
            return
        # Also when this configuration starts no server of its own.
        reap_orphaned_servers(records_dir())
        if not self.enabled or not (self.path or self.url):
            return
        self.stop()
        self._closing.clear()
        self._set(STARTEN, _("LanguageTool wordt gestart…"))
        server = None
        try:
            if self.path:
                server = LocalServer(Path(self.path).expanduser())
                with self._lock:
                    self.server = server
                base = server.start()
            else:
                base = server_base(self.url)
            client = LanguageToolClient(base, self.request_timeout)
            with self._lock:
                self._starting = client
            if self._closing.is_set():
                client.abort()
            self._wait_until_ready(client, server)
        except GrammarUnavailable as exc:
            if server is not None:
                server.stop()
            if not self._closing.is_set():
                self._fail(str(exc))
            return
        with self._lock:
            self._starting = None
            if self._closing.is_set():
                if server is not None:
                    server.stop()
                return
            self.client = client
        where = _("lokaal") if self.path else base
        self._set(ACTIEF, _("Grammaticacontrole actief (LanguageTool, {where}).").format(where=where))

    def _wait_until_ready(self, client: LanguageToolClient, server: LocalServer | None) -> None:
        # A local server needs time to boot; an intranet server answers now or not at all.
        deadline = time.monotonic() + (self.start_timeout if server is not None else 0)
        while True:
            if self._closing.is_set():
                raise GrammarUnavailable(_("Grammaticacontrole is gestopt."))
            code = server.exit_code() if server is not None else None
            if code is not None:
                raise GrammarUnavailable(_("LanguageTool stopte direct na het starten "
                                           "(code {code}).").format(code=code))
            try:
                languages = client.languages(timeout=min(PROBE_TIMEOUT, self.request_timeout))
            except (OSError, ValueError) as exc:
                if time.monotonic() >= deadline:
                    if server is not None:
                        raise GrammarUnavailable(_(
                            "LanguageTool startte niet binnen {seconds:g} s.").format(
                            seconds=self.start_timeout)) from None
                    raise GrammarUnavailable(describe_error(exc, self.request_timeout)) from None
                self._closing.wait(0.2)
                continue
            if not any(code.split("-")[0] == LANGUAGE for code in languages):
                raise GrammarUnavailable(_("Deze LanguageTool kent geen Nederlands."))
            return

    def check(self, text: str) -> list[GrammarMatch]:
        client = self.client
        if client is None or not text.strip():
            return []
        import urllib.error

        try:
            payload = client.check(text)
            return parse_matches(text, payload)
        except urllib.error.HTTPError:
            # The server is alive but refused this text (too long, bad request).
            return []
        except (OSError, ValueError, KeyError, TypeError) as exc:
            if client is not self.client:
                return []  # stopped meanwhile: that is the state to show
            self._fail(self._why_gone() or describe_error(exc, self.request_timeout))
            return []

    def _why_gone(self) -> str:
        server = self.server
        if server is not None and server.exit_code() is not None:
            return _("LanguageTool is gestopt (code {code}).").format(code=server.exit_code())
        return ""

    def _fail(self, reason: str) -> None:
        self.stop()
        self._set(NIET_BESCHIKBAAR, reason)

    def _set(self, state: str, reason: str) -> None:
        with self._lock:
            self.state, self.reason = state, reason

    def stop(self) -> None:
        """Stop using LanguageTool; stops the server if we started it."""
        self._closing.set()
        with self._lock:
            server, self.server = self.server, None
            clients = (self.client, self._starting)
            self.client = self._starting = None
        for client in clients:
            if client is not None:
                client.abort()
        if server is not None:
            server.stop()

    def close(self) -> None:
        """Stop for good (the app or this configuration is done)."""
        self._closed = True
        self.stop()
        if self.state in (ACTIEF, STARTEN):
            self._set(UIT, _("Grammaticacontrole is gestopt."))
