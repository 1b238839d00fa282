"""What the dictionary answered is kept between runs: the same misspellings
with and without the kept answers, and no dictionary opened for words judged
before."""

from __future__ import annotations

import pytest

from assistant import cache
from assistant.language import spelling

ACCEPTED = ["Anna Jansen", "Qwartelplan", "Kwelvix", "Ministerie van IenW"]
TEXT = (
    "De minister van IenW stuurde de kamerbrief over het klimaatbeleit en de "
    "ministerraadvergadring naar Anna Jansen in ’s-Hertogenbosch.\n"
    "Het waterveiligheidsbeleid, de Omgevingswet en het Qwartelplan-overleg (zie "
    "www.rijksoverheid.nl) gaan over datadeelafspraken, bijv. ca. 20 procent.\n"
    "De kwaliteid van het persberigt over kwelvixbeleid en het zeeweringsprogamma "
    "op LinkedIn-posts van de NAVO."
)


@pytest.fixture(autouse=True)
def dictionary_or_skip():
    try:
        spelling.open_dictionary()
    except spelling.DictionaryUnavailable as exc:
        pytest.skip(f"no Dutch Enchant dictionary on this machine: {exc}")
    spelling._save_memos()


def check(text: str, accepted=ACCEPTED) -> tuple[spelling.Dictionary, list]:
    """A new checker on a new dictionary (as a new run makes), its misspellings
    written to the memo as at exit."""
    dictionary = spelling.open_dictionary()
    found = spelling.SpellChecker(dictionary, accepted).misspellings(text)
    spelling._save_memos()
    return dictionary, found


def without_memo(text: str, accepted=ACCEPTED) -> list:
    opened = spelling._open_enchant()
    return spelling.SpellChecker(spelling.Dictionary(opened.tag, None, opened),
                                 accepted).misspellings(text)


def test_kept_answers_give_the_same_misspellings():
    cold_dictionary, cold = check(TEXT)
    warm_dictionary, warm = check(TEXT)
    assert cold_dictionary.opened and not warm_dictionary.opened
    assert warm == cold == without_memo(TEXT)
    assert [m.word for m in cold] == ["klimaatbeleit", "ministerraadvergadring", "kwaliteid",
                                      "persberigt", "zeeweringsprogamma"]


def test_suggestions_are_kept_too():
    first = spelling.SpellChecker(spelling.open_dictionary())
    assert first.cached_suggestions("kwaliteid") is None
    found = first.suggestions("kwaliteid")
    assert "kwaliteit" in found
    spelling._save_memos()
    later = spelling.SpellChecker(spelling.open_dictionary())
    assert later.cached_suggestions("kwaliteid") == found
    assert later.cached_suggestions("persberigt") is None


def test_no_dictionary_is_opened_when_every_word_was_judged_before(monkeypatch):
    check(TEXT)
    def unavailable(tags=()):
        raise spelling.DictionaryUnavailable("geopend")

    monkeypatch.setattr(spelling, "_open_enchant", unavailable)
    dictionary, found = check(TEXT)
    assert not dictionary.opened
    assert [m.word for m in found][:1] == ["klimaatbeleit"]
    # Near miss: one word never judged needs the dictionary.
    with pytest.raises(spelling.DictionaryUnavailable):
        check(TEXT + " Onbekendwoordje")


def test_a_new_word_opens_the_dictionary_once():
    check(TEXT)
    dictionary, found = check(TEXT + "\nDe vergadring.")
    assert dictionary.opened
    assert found[-1].word == "vergadring"


def test_compound_verdicts_hold_only_for_the_same_accepted_words():
    check(TEXT)
    # Without the department's "Kwelvix" the compound it made is unknown again.
    others = [term for term in ACCEPTED if term != "Kwelvix"]
    _, found = check(TEXT, others)
    assert "kwelvixbeleid" in [m.word for m in found]
    assert found == without_memo(TEXT, others)
    # Near miss: the accepted set of the first check still gives its verdict.
    _, again = check(TEXT)
    assert "kwelvixbeleid" not in [m.word for m in again]


@pytest.mark.parametrize("content", [b"", b"\x80\x04kapot", b"geen pickle", b"\x00" * 100])
def test_a_broken_memo_is_ignored(content):
    _, cold = check(TEXT)
    path = cache.cache_dir() / "spelling.pickle"
    path.write_bytes(content)
    dictionary, found = check(TEXT)
    assert dictionary.opened
    assert found == cold
    # ... and written again whole.
    dictionary, _ = check(TEXT)
    assert not dictionary.opened


def test_other_dictionary_files_start_a_new_memo(monkeypatch):
    check(TEXT)
    real = spelling._dictionary_fingerprint()
    assert real[1]
    monkeypatch.setattr(spelling, "_dictionary_fingerprint", lambda: (real[0] + "x", True))
    dictionary, _ = check(TEXT)
    assert dictionary.opened


def test_a_dictionary_gone_is_noticed_despite_the_memo(monkeypatch):
    import enchant

    check(TEXT)
    real = spelling._dictionary_fingerprint()
    # The files changed and Enchant no longer has a Dutch dictionary.
    monkeypatch.setattr(spelling, "_dictionary_fingerprint", lambda: (real[0] + "x", True))
    monkeypatch.setattr(enchant, "dict_exists", lambda tag: False)
    with pytest.raises(spelling.DictionaryUnavailable):
        spelling.open_dictionary()


def test_the_user_enchant_word_list_is_part_of_the_fingerprint(isolated_dirs):
    before = spelling._dictionary_fingerprint()
    own = isolated_dirs["config"] / "enchant" / "nl_NL.dic"
    own.parent.mkdir(exist_ok=True)
    own.write_text("", encoding="utf-8")
    # An empty list (Enchant makes one) is the same as none.
    assert spelling._dictionary_fingerprint() == before
    own.write_text("Qwartelplan\n", encoding="utf-8")
    assert spelling._dictionary_fingerprint() != before


def test_without_known_dictionary_files_nothing_is_kept(monkeypatch):
    (cache.cache_dir() / "spelling.pickle").unlink()
    monkeypatch.setattr(spelling, "_dictionary_fingerprint", lambda: ("", False))
    for _ in range(2):
        dictionary, found = check(TEXT)
        assert dictionary.opened
        assert found == without_memo(TEXT)
    assert not (cache.cache_dir() / "spelling.pickle").exists()


def test_answers_of_two_runs_at_once_are_both_kept():
    one, other = spelling.open_dictionary(), spelling.open_dictionary()
    spelling.SpellChecker(one).misspellings("De kwaliteid.")
    spelling.SpellChecker(other).misspellings("Het persberigt.")
    one.save()
    other.save()
    dictionary, found = check("De kwaliteid. Het persberigt.", accepted=())
    assert not dictionary.opened
    assert [m.word for m in found] == ["kwaliteid", "persberigt"]


def test_a_dictionary_gone_after_loading_turns_spelling_off_and_the_check_goes_on(
        monkeypatch, tmp_path):
    from assistant.language import NIET_BESCHIKBAAR, LanguageService
    from assistant.settings import Settings

    def service() -> LanguageService:
        made = LanguageService(Settings(), user_words_path=tmp_path / "woorden.txt")
        made.suggestions_per_check = 0
        made.load_spelling()
        return made

    service().check(TEXT)  # an earlier run: its answers are kept
    spelling._save_memos()

    def unavailable(tags=()):
        raise spelling.DictionaryUnavailable("Geen Nederlands woordenboek gevonden.")

    monkeypatch.setattr(spelling, "_open_enchant", unavailable)
    later = service()
    # The words judged before need no dictionary ...
    assert [f for f in later.check(TEXT) if f.category == "spelling"]
    # ... a new one does: spelling stops with its reason, the check goes on.
    findings = later.check(TEXT + "\nOnbekendwoordje is nieuw.")
    assert not [f for f in findings if f.category == "spelling"]
    status = later.status()
    assert (status.spelling_state, status.spelling_reason) == (
        NIET_BESCHIKBAAR, "Geen Nederlands woordenboek gevonden.")
    assert later.suggestions("kwaliteid") == []
    assert later.look_up_suggestions(["persberigt"]) is False


def test_looking_ahead_tells_whether_a_check_needs_the_dictionary(monkeypatch):
    check(TEXT)
    opened = []
    real = spelling._open_enchant

    def counted(tags=spelling.DICTIONARY_TAGS):
        opened.append(tags)
        return real(tags)

    monkeypatch.setattr(spelling, "_open_enchant", counted)
    checker = spelling.SpellChecker(spelling.open_dictionary(), ACCEPTED)
    assert not checker.needs_dictionary(TEXT)
    assert checker.needs_dictionary(TEXT + "\nDe vergadring.")
    # Looking ahead opened nothing and kept no verdict.
    assert opened == []
    assert checker.misspellings(TEXT + "\nDe vergadring.")[-1].word == "vergadring"
    assert len(opened) == 1


def test_a_dictionary_opened_in_the_background_gives_the_same_misspellings(monkeypatch):
    check(TEXT)
    text = TEXT + "\nDe vergadring over de dakgoot."
    dictionary = spelling.open_dictionary()
    checker = spelling.SpellChecker(dictionary, ACCEPTED)
    dictionary.open_in_background()
    assert checker.misspellings(text) == without_memo(text)
    assert dictionary.opened


def test_a_dictionary_that_fails_to_open_in_the_background_says_why(monkeypatch):
    check(TEXT)

    def unavailable(tags=()):
        raise spelling.DictionaryUnavailable("Geen Nederlands woordenboek gevonden.")

    monkeypatch.setattr(spelling, "_open_enchant", unavailable)
    dictionary = spelling.open_dictionary()
    checker = spelling.SpellChecker(dictionary, ACCEPTED)
    dictionary.open_in_background()
    # Near miss: words judged before still need nothing.
    assert [m.word for m in checker.misspellings(TEXT)][:1] == ["klimaatbeleit"]
    with pytest.raises(spelling.DictionaryUnavailable, match="Geen Nederlands"):
        checker.misspellings(TEXT + "\nOnbekendwoordje.")
