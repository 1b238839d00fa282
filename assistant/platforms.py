"""Where a draft will be published, and how that platform counts its length."""

from __future__ import annotations

from dataclasses import dataclass

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
