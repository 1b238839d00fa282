import pytest

from assistant.urls import url_problem


@pytest.mark.parametrize("url", [
    "https://mastodon.example/@anna/1", "http://lt.intranet:8081/v2", "HTTPS://Example.org",
    "https://[::1]:8081/lt", "https://example.org/a;b?q=1#x", "", None,
])
def test_web_addresses_and_no_address_pass(url):
    assert url_problem(url) is None


@pytest.mark.parametrize("url", [
    "ftp://example.org/x", "javascript:alert(1)", "example.org", "https://", "https:///pad",
    "mailto:anna@example.org", "https://[::1", "geen adres",
])
def test_what_is_no_web_address_is_refused(url):
    assert "http://" in url_problem(url)


@pytest.mark.parametrize("url", ["https://exa mple.org", "https://example.org/a b",
                                 "https://example.org/\tx"])
def test_spaces_are_refused(url):
    assert "spaties" in url_problem(url)
