"""Web addresses as Glazen Huis accepts them, wherever one is asked for: the
address of a published post, a LanguageTool server in the configuration."""

from __future__ import annotations

from urllib.parse import urlsplit

from assistant.i18n import _

SCHEMES = ("http", "https")


def url_problem(url: str | None) -> str | None:
    """Why ``url`` is not a web address (http or https, with a host, without
    spaces), or None if it is one. Empty is no address rather than a wrong one:
    every place that asks for an address may be left empty."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # an unclosed "[" of an IPv6 host, say
        parts = None
    if parts is None or parts.scheme not in SCHEMES or not parts.hostname:
        return _("Vul een volledig webadres in dat begint met http:// of https://.")
    if any(ch.isspace() for ch in url):
        return _("Een webadres mag geen spaties bevatten.")
    return None
