"""Length as each platform counts it."""

from __future__ import annotations

import pytest

from assistant.platforms import get_platform, measure_length, overflow_start


@pytest.mark.parametrize("platform", ["x", "microblog", "mastodon", "bluesky", "linkedin"])
def test_plain_latin_text_counts_each_character_once(platform):
    assert measure_length("Dag Fatima, tot morgen!", platform) == 23


def test_x_counts_emoji_and_wide_scripts_double():
    assert measure_length("👍", "x") == 2
    # A whole emoji sequence (family, skin tone, flag, keycap) weighs 2, not per code point.
    assert measure_length("👨‍👩‍👧", "x") == 2
    assert measure_length("👍🏽🇳🇱1️⃣", "x") == 6
    assert measure_length("日本", "x") == 4
    assert measure_length("é–ü", "x") == 3


def test_x_normalises_before_counting():
    assert measure_length("e\u0301", "x") == 1


def test_x_counts_every_link_as_23():
    long_link = "https://www.rijksoverheid.nl/onderwerpen/" + "a" * 80
    assert measure_length(long_link, "x") == 23
    assert measure_length("Zie rijksoverheid.nl/werk.", "x") == len("Zie ") + 23 + 1
    assert measure_length("Zie rijksoverheid.com.", "x") == len("Zie ") + 23 + 1
    # A bare name under a country domain stays text on X; .co and .tv are linked.
    assert measure_length("Zie rijksoverheid.nl.", "x") == len("Zie rijksoverheid.nl.")
    assert measure_length("Zie nos.tv", "x") == len("Zie ") + 23
    assert measure_length("Zie https://a.nl en www.b.nl", "x") == 4 + 23 + 4 + 23


def test_x_does_not_take_ordinary_words_or_mail_addresses_for_links():
    assert measure_length("Dat is nl. zo.", "x") == len("Dat is nl. zo.")
    assert measure_length("mail info@rijksoverheid.nl", "x") == len("mail info@rijksoverheid.nl")
    assert measure_length("zie example.network", "x") == len("zie example.network")


def test_mastodon_shortens_only_links_with_a_scheme_and_remote_mentions():
    assert measure_length("https://example.org/" + "x" * 100, "mastodon") == 23
    assert measure_length("rijksoverheid.nl", "mastodon") == 16
    assert measure_length("hoi @fatima@social.overheid.nl", "mastodon") == len("hoi @fatima")
    assert measure_length("👍", "mastodon") == 1


def test_bluesky_counts_graphemes():
    assert measure_length("👨‍👩‍👧e\u0301", "bluesky") == 2
    assert measure_length("👍", "bluesky") == 1


def test_profile_sites_count_code_points():
    assert measure_length("👍é", "linkedin") == 2


def test_overflow_start_is_the_first_piece_that_does_not_fit():
    x = get_platform("x")
    assert overflow_start("a" * 280, x) is None
    assert overflow_start("a" * 281, x) == 280
    # An emoji straddling the limit does not fit as a whole.
    assert overflow_start("a" * 279 + "👍b", x) == 279
    assert overflow_start("a" * 299 + "👨‍👩‍👧", "bluesky") is None
    assert overflow_start("a" * 300 + "👍", "bluesky") == 300
    assert overflow_start("a" * 499 + "👍", "mastodon") is None


def test_platforms_without_limit_never_overflow():
    assert overflow_start("a" * 100_000, "blog") is None
    assert overflow_start("a" * 100_000, "forum") is None


def test_unknown_platform_is_refused():
    with pytest.raises(ValueError):
        measure_length("x", "myspace")


def test_a_link_straddling_the_limit_does_not_fit_as_a_whole():
    link = "https://abc.nl/" + "x" * 8
    assert len(link) == 23
    assert overflow_start("a" * 269 + " " + link, "x") == 270


def test_combining_marks_after_latin_letters_stay_with_their_letter():
    text = "a" * 279 + "e\u0301"
    assert measure_length(text, "x") == 280
    assert measure_length(text, "bluesky") == 280
    assert overflow_start(text + "b", "x") == 281


def test_long_texts_count_the_same_piecewise():
    text = ("Gewone zin met é, “quotes” – en 👍🏽 en 日本. " * 200)
    assert measure_length(text, "x") == 200 * (len("Gewone zin met é, “quotes” – en ") + 2
                                               + len(" en ") + 4 + 2)
    assert measure_length(text, "bluesky") == 200 * (len("Gewone zin met é, “quotes” – en ")
                                                     + 1 + len(" en 日本. "))


def test_an_instagram_caption_may_hold_2200_characters():
    platform = get_platform("instagram")
    assert (platform.limit, platform.kind) == (2200, "profielsite")
    assert overflow_start("a" * 2200, "instagram") is None
    assert overflow_start("a" * 2201, "instagram") == 2200


def test_links_are_found_where_the_whole_text_search_finds_them():
    """Links are looked for only in the runs without a space that hold a dot or
    colon before another character: the matches must be those of a search of
    the whole text, in texts built from the pieces links are made of."""
    import random

    from assistant.platforms import _MASTODON_LINK, _X_LINK, _links

    pieces = ["www", ".", "..", ":", "://", "/", "nl", "co", "rijksoverheid", "a", "x-y", "@",
              "http", "https", ",", ")", "(", "'", "?", " ", "  ", "\n", "\u00a0", "\u2003",
              "é", "Zie", "nu"]
    rng = random.Random(7)
    texts = ["Zie https://www.rijksoverheid.nl/a?b=c. En rijksoverheid.nl, www.x.nl; "
             "mail@foo.nl en nu.nl/x (http://a.b) a.co www..,x www.:/ zie:rijks.nl/x"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    found = 0
    for text in texts:
        for pattern in (_X_LINK, _MASTODON_LINK):
            expected = [(m.start(), m.end()) for m in pattern.finditer(text)]
            assert [(m.start(), m.end()) for m in _links(pattern, text)] == expected, text
            found += len(expected)
    assert found > 200  # the texts hold links enough to compare
