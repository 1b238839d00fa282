"""Where a draft will be published, and how that platform counts its length."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Iterator

from assistant.i18n import N_, _


@dataclass(frozen=True, slots=True)
class Platform:
    """A publication channel.

    ``kind`` is the guideline's family (its tips speak of weblogs, microblogs,
    fora, Wikipedia and profile sites); ``counting`` names how the platform
    measures length: ``chars`` (code points), ``graphemes`` (user-perceived
    characters), ``x`` (X's weighted count) or ``mastodon`` (links count 23).
    """

    id: str
    label_text: str
    kind: str
    limit: int | None = None
    counting: str = "chars"

    @property
    def label(self) -> str:
        return _(self.label_text)


PLATFORMS: dict[str, Platform] = {
    p.id: p
    for p in (
        Platform("blog", N_("Weblog"), "blog"),
        # "microblog" without a named service takes the strictest common limit.
        Platform("microblog", N_("Microblog (algemeen)"), "microblog", 280, "x"),
        Platform("x", N_("X"), "microblog", 280, "x"),
        Platform("mastodon", N_("Mastodon"), "microblog", 500, "mastodon"),
        Platform("bluesky", N_("Bluesky"), "microblog", 300, "graphemes"),
        Platform("linkedin", N_("LinkedIn"), "profielsite", 3000, "chars"),
        Platform("facebook", N_("Facebook"), "profielsite", 63206, "chars"),
        # A caption: at most 2,200 characters.
        Platform("instagram", N_("Instagram"), "profielsite", 2200, "chars"),
        Platform("profielsite", N_("Profielsite (algemeen)"), "profielsite", 3000, "chars"),
        Platform("forum", N_("Forum"), "forum"),
        Platform("wikipedia", N_("Wikipedia"), "wikipedia"),
    )
}


def get_platform(platform_id: str) -> Platform:
    try:
        return PLATFORMS[platform_id]
    except KeyError:
        raise ValueError(
            _("Onbekend platform: {value}. Kies uit: {choices}.").format(
                value=platform_id, choices=", ".join(PLATFORMS)
            )
        ) from None


# --- Length counting -------------------------------------------------------

# X's published counting configuration: every code point weighs 2 unless it
# falls in one of these ranges (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic
# scripts and common punctuation), which weigh 1. An emoji sequence weighs 2 as
# a whole and every link weighs as much as its shortened t.co form.
X_DEFAULT_WEIGHT = 2
X_LIGHT_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x10FF),
    (0x2000, 0x200D),
    (0x2010, 0x201F),
    (0x2032, 0x2037),
)
X_EMOJI_WEIGHT = 2
SHORT_LINK_LENGTH = 23



@cache
def _unicode_patterns():
    """Grapheme and emoji patterns; the regex module loads on first use, not at start-up."""
    import regex

    grapheme = regex.compile(r"\X")
    # A grapheme shown as an emoji: pictographs with emoji presentation, flags,
    # keycaps and anything forced to emoji style with VS16.
    emoji = regex.compile(r"\p{Emoji_Presentation}|\p{Regional_Indicator}|\uFE0F|\u20E3")
    return grapheme, emoji

# Links as X recognises them: with a scheme, starting with www., or a bare
# domain name under a common top-level domain.
_X_LINK = re.compile(
    r"(?<![\w@.])(?:https?://[^\s<>\"]+|www\.[^\s<>\"]+"
    r"|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:nl|com|org|net|eu|be|de|info|gov|io|int|edu|frl|"
    r"amsterdam|app|dev|co|tv|me|uk|fr)(?![\w-])"
    r"(?:/[^\s<>\"]*)?)(?<![.,;:!?)\]'\"])",
    re.IGNORECASE,
)
# X leaves a bare name under a country domain unlinked ("rijksoverheid.nl"), unless
# it has a path or a subdomain; .co and .tv are the exceptions.
_X_UNLINKED_SHORT_DOMAIN = re.compile(
    r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.(?!co$|tv$)[a-z]{2}", re.IGNORECASE)
# Mastodon shortens only links with a scheme, and counts a mention of a remote
# account (@name@server) by its local part.
_MASTODON_LINK = re.compile(r"https?://[^\s<>\"]+(?<![.,;:!?)\]'\"])", re.IGNORECASE)
_MASTODON_REMOTE_MENTION = re.compile(r"(?<![\w@])(@\w+)(@[\w.-]+\w)", re.ASCII)


def _x_code_point_weight(char: str) -> int:
    code = ord(char)
    for low, high in X_LIGHT_RANGES:
        if low <= code <= high:
            return 1
    return X_DEFAULT_WEIGHT


def _x_grapheme_weight(grapheme: str) -> int:
    if _unicode_patterns()[1].search(grapheme):
        return X_EMOJI_WEIGHT
    # X counts NFC-normalised text; composing never crosses a grapheme, so
    # normalising per grapheme keeps the draft's own offsets.
    return sum(_x_code_point_weight(c) for c in unicodedata.normalize("NFC", grapheme))


# Characters that are a grapheme of their own and weigh 1 however the platform
# counts (Latin script and common punctuation), unless a combining mark, joiner
# or variation selector follows. Runs of them are counted at once.
_SIMPLE_RUN = re.compile(r"[\u0000-\u000C\u000E-\u02FF\u2000-\u200B\u2010-\u201F\u2032-\u2037]+")


# A dot or colon followed by another character (not a space, dot or colon):
# every link holds one (a scheme, "www." or a domain), and no space. A
# sentence's full stop is not one.
_LINK_HINT = re.compile(r"[.:][^\s.:]")
_NON_SPACE = re.compile(r"\S*")


def _links(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of a link pattern in ``text``, as ``pattern.finditer(text)``
    finds them, looked for only in the runs without a space that may hold one:
    the pattern is slow, and the length of a long draft is measured again on
    every keystroke."""
    end = 0
    for hint in _LINK_HINT.finditer(text):
        if hint.start() < end:
            continue  # in the run searched last
        start = hint.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = _NON_SPACE.match(text, hint.start()).end()
        yield from pattern.finditer(text, start, end)


def _extends_grapheme(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Mc", "Me") or char in "\u200c\u200d"


def _pieces(text: str, counting: str) -> Iterator[tuple[int, int, int, bool]]:
    """(start, end, weight, is_run) for consecutive pieces of ``text``; a piece is
    a run of characters weighing 1 each, a grapheme, or a link of fixed length."""
    if counting == "chars":
        yield 0, len(text), len(text), True
        return
    if counting == "graphemes":
        links, weigh = None, (lambda grapheme: 1)
    elif counting == "x":
        links, weigh = _X_LINK, _x_grapheme_weight
    elif counting == "mastodon":
        links, weigh = _MASTODON_LINK, (lambda grapheme: 1)
    else:
        raise ValueError(f"unknown counting {counting!r}")
    # Pieces of fixed weight: links, and for Mastodon the server part of a mention.
    fixed: list[tuple[int, int, int]] = (
        [(m.start(), m.end(), SHORT_LINK_LENGTH) for m in _links(links, text)
         if not (counting == "x" and _X_UNLINKED_SHORT_DOMAIN.fullmatch(m.group()))]
        if links else [])
    if counting == "mastodon":
        fixed.extend((m.start(2), m.end(2), 0) for m in _MASTODON_REMOTE_MENTION.finditer(text))
        fixed.sort()
    fixed.append((len(text), len(text), 0))
    pos = 0
    for start, end, weight in fixed:
        if start < pos:
            continue
        while pos < start:
            run = _SIMPLE_RUN.match(text, pos, start)
            run_end = run.end() if run else pos
            if run_end < start and _extends_grapheme(text[run_end]):
                run_end -= 1  # the last character starts a longer grapheme
            if run_end > pos:
                yield pos, run_end, run_end - pos, True
                pos = run_end
                continue
            grapheme = _unicode_patterns()[0].match(text, pos, start)
            yield pos, grapheme.end(), weigh(grapheme.group()), False
            pos = grapheme.end()
        if end > start:
            yield start, end, weight, False
        pos = max(pos, end)


def measure_length(text: str, platform: Platform | str) -> int:
    """The length of ``text`` as ``platform`` counts it against its limit."""
    platform = get_platform(platform) if isinstance(platform, str) else platform
    return sum(piece[2] for piece in _pieces(text, platform.counting))


def overflow_start(text: str, platform: Platform | str) -> int | None:
    """Offset of the first character that no longer fits, or None if all fits."""
    platform = get_platform(platform) if isinstance(platform, str) else platform
    if platform.limit is None:
        return None
    total = 0
    for start, _end, weight, is_run in _pieces(text, platform.counting):
        if total + weight > platform.limit:
            # Inside a run every character weighs 1; a grapheme or link does not split.
            return start + (platform.limit - total) if is_run else start
        total += weight
    return None
