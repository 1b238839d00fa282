"""A stand-in for a LanguageTool server, for tests only.

LanguageTool itself (Java, about 250 MB) cannot be installed on the build
machines. This small HTTP server speaks the part of LanguageTool's HTTP API
that Glazen Huis uses, in LanguageTool's documented JSON format:

- ``GET /v2/languages``: a list of ``{"name", "code", "longCode"}``;
- ``POST /v2/check`` (form fields ``text``, ``language``): ``{"software", "language",
  "matches": [...]}`` where each match has ``message``, ``shortMessage``,
  ``offset`` and ``length`` in UTF-16 code units (as Java counts), ``replacements``
  (``[{"value"}]``), ``context`` (``text``, ``offset``, ``length``), ``sentence``
  and ``rule`` (``id``, ``description``, ``issueType``, ``category`` ``{id, name}``).

Its "rules" are a fixed table of phrases (``STANDIN_RULES``), not LanguageTool's.
Run it as a script with the arguments LanguageTool's server takes
(``-cp <jar> org.languagetool.server.HTTPServer --port N``) plus test switches,
or in-process with ``serve()``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

# phrase -> (rule id, description, issueType, category id, category name, message, replacements)
STANDIN_RULES = {
    "hun hebben": ("NL_HUN_HEBBEN", "hun als onderwerp", "grammar", "GRAMMAR", "Grammatica",
                   "Gebruik ‘zij’ als onderwerp.", ["zij hebben"]),
    "zeer erg": ("NL_DUBBELOP", "Dubbelop", "style", "REDUNDANCY", "Overbodig",
                 "‘zeer erg’ is dubbelop.", ["erg", "zeer"]),
    "kwalitijd": ("MORFOLOGIK_RULE_NL_NL", "Mogelijke spelfout", "misspelling", "TYPOS",
                  "Spelling", "Mogelijke spelfout gevonden.", ["kwaliteit"]),
    "IenW": ("NL_HOOFDLETTERS", "Hoofdletters", "typographical", "CASING", "Hoofdletters",
             "Vreemd gebruik van hoofdletters.", ["Ienw"]),
    "Zeeweringsplan": ("NL_TYPO_RULE", "Typefout", "misspelling", "TYPOS", "Spelling",
                       "Mogelijke typefout.", ["Zeeweringplan"]),
}


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def find_matches(text: str) -> list[dict]:
    matches = []
    for phrase, (rule_id, description, issue, cat_id, cat_name, message, repl) in \
            STANDIN_RULES.items():
        start = text.find(phrase)
        while start != -1:
            end = start + len(phrase)
            # Whole words only, like LanguageTool's tokens.
            if (start == 0 or not text[start - 1].isalnum()) and \
                    (end == len(text) or not text[end].isalnum()):
                offset = utf16_len(text[:start])
                length = utf16_len(phrase)
                matches.append({
                    "message": message,
                    "shortMessage": description,
                    "replacements": [{"value": r} for r in repl],
                    "offset": offset,
                    "length": length,
                    "context": {"text": text, "offset": offset, "length": length},
                    "sentence": text,
                    "type": {"typeName": "Other"},
                    "rule": {
                        "id": rule_id,
                        "description": description,
                        "issueType": issue,
                        "category": {"id": cat_id, "name": cat_name},
                    },
                    "ignoreForIncompleteSentence": False,
                    "contextForSureMatch": 0,
                })
            start = text.find(phrase, end)
    return sorted(matches, key=lambda m: m["offset"])


LANGUAGES = [
    {"name": "Dutch", "code": "nl", "longCode": "nl"},
    {"name": "Dutch (Belgium)", "code": "nl", "longCode": "nl-BE"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
]


def make_handler(check_delay: float = 0.0, languages_delay: float = 0.0,
                 dutch: bool = True, requests: list | None = None,
                 trickle: tuple[str, ...] = ()):
    """``trickle`` names the endpoints ("languages", "check") that send their
    answer one byte a second, headers included."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep test output clean
            pass

        def _json(self, payload, status=200):
            body = json.dumps(payload).encode("utf-8")
            if any(self.path.startswith(f"/v2/{name}") for name in trickle):
                head = (f"HTTP/1.1 {status} OK\r\nContent-Type: application/json\r\n"
                        f"Content-Length: {len(body)}\r\n\r\n").encode()
                try:
                    for byte in head + body:
                        self.wfile.write(bytes([byte]))
                        time.sleep(1)
                except OSError:
                    pass  # the client gave up, as it should
                self.close_connection = True
                return
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            if requests is not None:
                requests.append(("GET", self.path, None))
            if self.path.startswith("/v2/languages"):
                time.sleep(languages_delay)
                self._json(LANGUAGES if dutch else LANGUAGES[2:])
            else:
                self._json({"error": "not found"}, 404)

        def do_POST(self):
            length = int(self.headers.get("Content-Length", 0))
            form = parse_qs(self.rfile.read(length).decode("utf-8"))
            if requests is not None:
                requests.append(("POST", self.path, form))
            if not self.path.startswith("/v2/check"):
                self._json({"error": "not found"}, 404)
                return
            time.sleep(check_delay)
            text = form.get("text", [""])[0]
            self._json({
                "software": {"name": "LanguageTool stand-in", "version": "6.4", "apiVersion": 1},
                "language": {"name": "Dutch", "code": "nl", "detectedLanguage": {"code": "nl"}},
                "matches": find_matches(text),
            })

    return Handler


def serve(port: int = 0, **options) -> ThreadingHTTPServer:
    """Serve in a daemon thread on 127.0.0.1; ``server.server_address[1]`` is the port."""
    server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(**options))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-cp")
    parser.add_argument("main_class", nargs="?")
    parser.add_argument("--port", "-p", type=int, required=True)
    parser.add_argument("--config")
    parser.add_argument("--pidfile")
    parser.add_argument("--start-delay", type=float, default=0.0)
    parser.add_argument("--check-delay", type=float, default=0.0)
    parser.add_argument("--exit-code", type=int)
    args = parser.parse_args(argv)
    if args.pidfile:
        with open(args.pidfile, "w") as fh:
            fh.write(str(os.getpid()))
    if args.exit_code is not None:
        return args.exit_code
    time.sleep(args.start_delay)
    server = ThreadingHTTPServer(("127.0.0.1", args.port),
                                 make_handler(check_delay=args.check_delay))
    server.daemon_threads = True
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
