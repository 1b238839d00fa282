"""Where a draft will be published, and how that platform counts its length."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Iterator

import regex

from assistant.i18n import _


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
        Platform("blog", "Weblog", "blog"),
        # "microblog" without a named service takes the strictest common limit.
        Platform("microblog", "Microblog (algemeen)", "microblog", 280, "x"),
        Platform("x", "X", "microblog", 280, "x"),
        Platform("mastodon", "Mastodon", "microblog", 500, "mastodon"),
        Platform("bluesky", "Bluesky", "microblog", 300, "graphemes"),
        Platform("linkedin", "LinkedIn", "profielsite", 3000, "chars"),
        Platform("facebook", "Facebook", "profielsite", 63206, "chars"),
        Platform("profielsite", "Profielsite (algemeen)", "profielsite", 3000, "chars"),
        Platform("forum", "Forum", "forum"),
        Platform("wikipedia", "Wikipedia", "wikipedia"),
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

_GRAPHEME = regex.compile(r"\X")
# A grapheme shown as an emoji: pictographs with emoji presentation, flags,
# keycaps and anything forced to emoji style with VS16.
_EMOJI = regex.compile(r"\p{Emoji_Presentation}|\p{Regional_Indicator}|\uFE0F|\u20E3")
# Links as X recognises them: with a scheme, starting with www., or a bare
# domain name under a common top-level domain.
_X_LINK = regex.compile(
    r"(?<![\w@.])(?:https?://[^\s<>\"]+|www\.[^\s<>\"]+"
    r"|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:nl|com|org|net|eu|be|de|info|gov|io|int|edu|frl)(?![\w-])"
    r"(?:/[^\s<>\"]*)?)(?<![.,;:!?)\]'\"])",
    regex.IGNORECASE,
)
# Mastodon shortens only links with a scheme, and counts a mention of a remote
# account (@name@server) by its local part.
_MASTODON_LINK = regex.compile(r"https?://[^\s<>\"]+(?<![.,;:!?)\]'\"])", regex.IGNORECASE)
_MASTODON_REMOTE_MENTION = regex.compile(r"(?<![\w@])(@\w+)(@[\w.-]+\w)", regex.ASCII)


def _x_code_point_weight(char: str) -> int:
    code = ord(char)
    for low, high in X_LIGHT_RANGES:
        if low <= code <= high:
            return 1
    return X_DEFAULT_WEIGHT


def _x_grapheme_weight(grapheme: str) -> int:
    if _EMOJI.search(grapheme):
        return X_EMOJI_WEIGHT
    # X counts NFC-normalised text; composing never crosses a grapheme, so
    # normalising per grapheme keeps the draft's own offsets.
    return sum(_x_code_point_weight(c) for c in unicodedata.normalize("NFC", grapheme))


def _segments(text: str, counting: str) -> Iterator[tuple[int, int]]:
    """(end offset, weight) for each counted piece of ``text``, in order."""
    if counting == "chars":
        yield from ((i + 1, 1) for i in range(len(text)))
        return
    if counting == "graphemes":
        yield from ((m.end(), 1) for m in _GRAPHEME.finditer(text))
        return
    if counting == "x":
        links, weigh = _X_LINK, _x_grapheme_weight
    elif counting == "mastodon":
        links, weigh = _MASTODON_LINK, (lambda grapheme: 1)
    else:
        raise ValueError(f"unknown counting {counting!r}")
    # Pieces of fixed weight: links, and for Mastodon the server part of a mention.
    fixed: list[tuple[int, int, int]] = [(m.start(), m.end(), SHORT_LINK_LENGTH)
                                         for m in links.finditer(text)]
    if counting == "mastodon":
        fixed.extend((m.start(2), m.end(2), 0) for m in _MASTODON_REMOTE_MENTION.finditer(text))
        fixed.sort()
    pos = 0
    for start, end, weight in fixed:
        if start < pos:
            continue
        for m in _GRAPHEME.finditer(text, pos, start):
            yield m.end(), weigh(m.group())
        yield end, weight
        pos = end
    for m in _GRAPHEME.finditer(text, pos):
        yield m.end(), weigh(m.group())


def measure_length(text: str, platform: Platform | str) -> int:
    """The length of ``text`` as ``platform`` counts it against its limit."""
    platform = get_platform(platform) if isinstance(platform, str) else platform
    return sum(weight for _end, weight in _segments(text, platform.counting))


def overflow_start(text: str, platform: Platform | str) -> int | None:
    """Offset of the first character that no longer fits, or None if all fits."""
    platform = get_platform(platform) if isinstance(platform, str) else platform
    if platform.limit is None:
        return None
    total, start = 0, 0
    for end, weight in _segments(text, platform.counting):
        total += weight
        if total > platform.limit:
            return start
        start = end
    return None
