"""Spelling with Enchant and hunspell-nl: misspellings found, correct Dutch and
the writer's and department's own words left alone."""

from __future__ import annotations

import sys
import time

import pytest

from assistant.language import ACTIEF, NIET_BESCHIKBAAR, LanguageService
from assistant.language import spelling as spelling_module
from assistant.language.wordlist import UserWordList, default_path
from assistant.settings import Department, Identity, Settings


def _dictionary_or_skip():
    try:
        return spelling_module.open_dictionary()
    except spelling_module.DictionaryUnavailable as exc:
        pytest.skip(f"no Dutch Enchant dictionary on this machine: {exc}")


@pytest.fixture
def make_service(tmp_path):
    _dictionary_or_skip()
    services = []

    def make(settings: Settings | None = None, words_file=None):
        service = LanguageService(settings or Settings(),
                                  user_words_path=words_file or tmp_path / "woordenlijst.txt")
        service.load_spelling()
        assert service.status().spelling_state == ACTIEF
        services.append(service)
        return service

    yield make
    for service in services:
        service.close()


def flagged(service, text):
    return [text[f.start:f.end] for f in service.check(text) if f.category == "spelling"]


@pytest.mark.parametrize("word", [
    "kwaliteid", "ambtenaaar", "beleidsmedwerker", "onmiddelijk", "communikatie",
    "vergaderng", "klimaatadaptatiestratgie", "persberigt",
])
def test_misspelling_is_found(make_service, word):
    service = make_service()
    text = f"Vandaag schreef ik over de {word} in ons team."
    assert flagged(service, text) == [word]


def test_hyphenated_word_is_flagged_whole(make_service):
    service = make_service()
    assert flagged(service, "De kwaliteid-toets en het B1-niveauu.") == [
        "kwaliteid-toets", "B1-niveauu"]


def test_finding_shape_and_suggestions(make_service):
    service = make_service()
    text = "De kwaliteid is goed."
    [finding] = service.check(text)
    assert finding.rule_id == "spelling.onbekend-woord"
    assert finding.severity == "tip" and finding.stelregel is None
    assert (finding.start, finding.end) == (3, 12)
    assert "kwaliteit" in finding.suggestions
    assert finding.fix is not None and finding.fix.apply(text) == "De kwaliteit is goed."
    assert finding.source == "Taaladvies"
    assert "woordenboek" in finding.explanation


@pytest.mark.parametrize("text", [
    "De klimaatadaptatiestrategie van het kabinet is klaar.",
    "Het waterveiligheidsbeleid en het omgevingswetloket zijn datagedreven opgezet.",
    "Het hoogwaterbeschermingsprogramma en de arbeidsmarktdiscriminatie.",
    "Rijksambtenaren volgen de stelregels en kernwaarden van de rijksoverheid.",
    "Geëmigreerd, beëindigen, ideeën, coördinatie, privé en één café.",
    "Auto's en foto's, z'n fiets en zo’n boek, bijv. morgen, d.w.z. nu.",
    "Een e-mail over ICT-beleid in Noord-Holland aan de oud-minister.",
    "Ik post het op LinkedIn, Mastodon en Bluesky, niet op TikTok.",
    "Zie ’s-Hertogenbosch en ’t Gooi, een LinkedIn-post en het B1-niveau.",
])
def test_correct_dutch_is_not_flagged(make_service, text):
    assert flagged(make_service(), text) == []


def test_things_that_are_not_words_are_skipped(make_service):
    text = ("Lees https://www.rijksoverheid.nl/onderwerpen/xyzabc en rijksoverheid.nl/qwrt, "
            "t.co/qxzwrt, "
            "mail naar jxqv.prtz@minbzk.nl, volg @qxzbrt of @jxq@mastodon.social en "
            "#qzxwvtag. Het B1-niveau, COVID-19, 3e keer, 12 mei, NVWA, IenW en DigiD.")
    assert flagged(make_service(), text) == []


def test_identity_and_department_terms_are_never_flagged(make_service):
    settings = Settings(
        identity=Identity(name="Jorien Qwabbek", function="woordvoerder",
                          department="Ministerie van Qwartaal"),
        department=Department(name="Ministerie van Qwartaal", short_names=("MinQw",),
                              policy_terms=("Qzorprogramma",),
                              accepted_terms=("Zeewaardplan", "Oeverkrak")))
    text = ("Jorien Qwabbek van het ministerie van Qwartaal (MinQw) over het "
            "Qzorprogramma, het zeewaardplan en Oeverkrak.")
    assert flagged(make_service(settings), text) == []
    # Without those settings the same words are unknown.
    assert {"Qwabbek", "Qwartaal", "Qzorprogramma"} <= set(flagged(make_service(), text))


def test_department_terms_work_inside_compounds(make_service):
    settings = Settings(department=Department(accepted_terms=("Oeverkrak",)))
    assert flagged(make_service(settings), "Het oeverkrakbeleid is klaar.") == []


def test_added_word_is_kept_in_the_user_word_list(make_service, tmp_path):
    words_file = tmp_path / "lijst" / "woordenlijst.txt"
    service = make_service(words_file=words_file)
    text = "Het Qwartelplan start morgen."
    assert flagged(service, text) == ["Qwartelplan"]
    service.add_word("Qwartelplan")
    assert flagged(service, text) == []
    assert words_file.read_text(encoding="utf-8").splitlines() == ["Qwartelplan"]
    # A new session reads it back.
    assert flagged(make_service(words_file=words_file), text) == []


def test_ignored_word_lasts_only_this_session(make_service, tmp_path):
    words_file = tmp_path / "woordenlijst.txt"
    service = make_service(words_file=words_file)
    text = "Het Qwartelplan start morgen."
    service.ignore_word("Qwartelplan")
    assert flagged(service, text) == []
    assert not words_file.exists()
    assert flagged(make_service(words_file=words_file), text) == ["Qwartelplan"]


def test_suggestions_for_a_word(make_service):
    service = make_service()
    assert "ambtenaar" in service.suggestions("ambtenaaar")
    assert len(service.suggestions("kwaliteid")) <= spelling_module.MAX_SUGGESTIONS


def test_suggestions_are_capped_per_check(make_service):
    service = make_service()
    words = [f"kwaliteid{'x' * i}" for i in range(spelling_module.SUGGESTED_WORDS_PER_CHECK + 3)]
    text = " ".join(words) + "."
    findings = service.check(text)
    assert len(findings) == len(words)
    # Words past the cap carry no suggestions yet (the context menu asks for them).
    assert all(f.suggestions == () for f in findings[spelling_module.SUGGESTED_WORDS_PER_CHECK:])
    cached = [w for w in words if service._spelling.cached_suggestions(w) is not None]
    assert len(cached) == spelling_module.SUGGESTED_WORDS_PER_CHECK
    # The next check (the writer keeps typing) fills in the rest.
    service.check(text)
    assert all(service._spelling.cached_suggestions(w) is not None for w in words)


def test_offsets_are_python_indices_with_emoji(make_service):
    text = "🎉👍 De kwaliteid 🇳🇱 van de persberigt."
    found = [(f.start, f.end) for f in make_service().check(text)]
    assert [text[s:e] for s, e in found] == ["kwaliteid", "persberigt"]


def test_missing_dictionary_gives_status_and_other_checks_go_on(monkeypatch, tmp_path):
    import enchant

    monkeypatch.setattr(enchant, "dict_exists", lambda tag: False)
    service = LanguageService(Settings(), user_words_path=tmp_path / "w.txt")
    status = service.load()
    assert status.spelling_state == NIET_BESCHIKBAAR
    assert "hunspell-nl" in status.spelling_reason
    text = "De kwaliteid is " + " ".join(["goed"] * 30) + "."
    assert [f.rule_id for f in service.check(text)] == ["leesbaarheid.lange-zin"]
    assert service.suggestions("kwaliteid") == []


def test_missing_enchant_gives_status(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "enchant", None)
    service = LanguageService(Settings(), user_words_path=tmp_path / "w.txt")
    status = service.load()
    assert status.spelling_state == NIET_BESCHIKBAAR
    assert "Enchant" in status.spelling_reason
    assert service.check("De kwaliteid is goed.") == []


def test_status_before_load_says_starting(tmp_path):
    status = LanguageService(Settings(), user_words_path=tmp_path / "w.txt").status()
    assert status.spelling_state == "starten"
    assert status.grammar_state == NIET_BESCHIKBAAR
    assert "LanguageTool" in status.grammar_reason


def test_user_word_list_file_format(tmp_path):
    path = tmp_path / "woordenlijst.txt"
    path.write_bytes(b"# mijn woorden\nQwartelplan\n\n  Oeverkrak \nQwartelplan\nbad\xffbyte\n")
    words = UserWordList(path)
    assert words.words[:2] == ("Qwartelplan", "Oeverkrak")
    assert len(words.words) == 3
    assert words.add("Nieuwwoord") is True
    assert words.add("Nieuwwoord") is False
    assert words.add("   ") is False
    assert "Nieuwwoord" in path.read_text(encoding="utf-8")


def test_user_word_list_lives_in_the_user_data_dir(isolated_dirs):
    assert default_path().name == "woordenlijst.txt"
    assert str(default_path()).startswith(str(isolated_dirs["data"]))


@pytest.mark.parametrize("text", [
    "beleid" * 20_000,  # a run of known words: the compound search stays bounded
    "x." * 50_000 + "y",  # dotted runs: addresses are looked for from their start only
    "www." * 30_000,
    "a.b-" * 30_000 + "@c.nl",
])
def test_a_pasted_run_of_characters_cannot_stall_the_check(make_service, text):
    service = make_service()
    started = time.perf_counter()
    service.check(text)
    assert time.perf_counter() - started < 5


def test_long_compounds_are_still_found(make_service):
    service = make_service()
    for word in ("klimaatadaptatiestrategie", "veiligheidsbeleid", "omgevingswetloket"):
        assert service.check(word) == [], word
    assert service.check("beleid" * 20)  # 120 letters is no word


def test_a_user_word_list_saved_with_a_byte_order_mark_keeps_its_first_word(tmp_path):
    path = tmp_path / "woordenlijst.txt"
    path.write_bytes("\ufeffZeeweringsplan\r\nDijkwacht\r\n".encode("utf-8"))
    assert UserWordList(path).words == ("Zeeweringsplan", "Dijkwacht")


def test_a_service_that_looks_up_no_suggestions_in_a_check_does_so_when_asked(make_service):
    service = make_service()
    service.suggestions_per_check = 0
    [finding] = service.check("De kwaliteid is goed.")
    assert finding.suggestions == ()
    assert service.look_up_suggestions(["kwaliteid"])
    [finding] = service.check("De kwaliteid is goed.")
    assert "kwaliteit" in finding.suggestions
    # Looked up once: asked again, there is nothing new to show.
    assert not service.look_up_suggestions(["kwaliteid"])
    # One word at a time.
    assert service.look_up_suggestions(["persberigt", "ambtenaaar"])
    assert service._spelling.cached_suggestions("ambtenaaar") is None
    assert service.look_up_suggestions(["persberigt", "ambtenaaar"])
    assert not service.look_up_suggestions(["persberigt", "ambtenaaar"])


def test_an_edit_in_one_line_scans_only_that_line_again(make_service, monkeypatch):
    service = make_service()
    text = "De kwaliteid is goed.\nHet persberigt komt morgen.\nDank aan iedereen."
    assert flagged(service, text) == ["kwaliteid", "persberigt"]
    scanned = []
    real = service._spelling._scan
    monkeypatch.setattr(service._spelling, "_scan", lambda line: scanned.append(line) or real(line))
    edited = text.replace("morgen", "overmorgn")
    assert flagged(service, edited) == ["kwaliteid", "persberigt", "overmorgn"]
    assert scanned == ["Het persberigt komt overmorgn."]
