from __future__ import annotations

from tests.assistant.rules.code.support import run


def test_fires_over_the_limit_and_spans_the_excess():
    text = "Dit is een zin. " * 20
    findings = run("platform.toml", text, platform="microblog")
    assert [f.category for f in findings] == ["platform"]
    f = findings[0]
    assert f.start == 280 and f.end == len(text)
    assert "40 tekens te lang" in f.message
    assert f.stelregel is None


def test_offsets_are_string_indices_after_emoji():
    text = "🎉" * 100 + "a" * 100
    f = run("platform.toml", text, platform="x")[0]
    # 100 emoji weigh 200, so 80 letters fit.
    assert f.start == 180
    assert "20 tekens te lang" in f.message


def test_long_link_that_x_shortens_stays_quiet():
    text = "Lees het jaarverslag: https://www.rijksoverheid.nl/" + "x" * 300
    assert run("platform.toml", text, platform="x") == []
    assert run("platform.toml", text, platform="bluesky")


def test_quiet_within_the_limit_and_where_there_is_none():
    assert run("platform.toml", "a" * 280, platform="microblog") == []
    assert run("platform.toml", "a" * 499, platform="mastodon") == []
    assert run("platform.toml", "a" * 5000, platform="blog") == []
    assert run("platform.toml", "a" * 2999, platform="linkedin") == []
    assert run("platform.toml", "a" * 3001, platform="linkedin")
