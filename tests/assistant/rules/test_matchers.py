"""Compiled data rules: whole words, compounds, capitals, context, near, fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import cache
from assistant.rules import matchers
from assistant.rules.matchers import CompiledRule, Matcher, token_regex
from assistant.rules.spec import RuleSpecError, parse_rule
from assistant.text import Document


def found(tokens=(), patterns=(), text="", case_sensitive=False):
    matcher = Matcher(tuple(tokens), tuple(patterns), case_sensitive, "patterns")
    return [m.text for m in matcher.find(text)]


def rule(**data):
    base = {"id": "test.regel", "type": "existence", "category": "test", "message": "m"}
    return CompiledRule(parse_rule(base | data))


def hits(compiled, text):
    return [(text[m.start:m.end], replacement) for m, replacement in
            compiled.matches(Document(text))]


def test_token_matches_whole_words_only():
    assert found(["dom"], text="Wat dom. De Domtoren en het domein.") == ["dom"]


def test_star_lets_a_token_run_into_compounds():
    assert found(["kut*"], text="Wat een kutbeleid, kut!") == ["kutbeleid", "kut"]
    assert found(["*zooi"], text="Een teringzooi en een zooi.") == ["teringzooi", "zooi"]


def test_capital_token_matches_only_in_capitals():
    assert found(["MT"], text="Het MT vergadert; mt staat voor iets anders.") == ["MT"]


def test_whitespace_in_a_token_matches_line_breaks():
    assert found(["intern gebruik"], text="voor intern\ngebruik") == ["intern\ngebruik"]


def test_pattern_starting_with_punctuation_may_follow_a_word():
    assert found(patterns=["!{3,}"], text="Ongelooflijk!!! Echt!") == ["!!!"]


def test_a_rejected_match_inside_a_word_does_not_hide_a_later_one():
    assert found(["geheim"], text="staatsgeheim en geheim") == ["geheim"]


def test_a_longer_alternative_inside_a_word_does_not_hide_a_shorter_one():
    # "krijgt vergoed" would run into "vergoeding"; "krijgt" alone ends on a boundary.
    assert found(patterns=[r"krijgt\s+(?:\S+\s+)?vergoed", "krijgt"],
                 text="U krijgt de vergoeding.") == ["krijgt"]
    assert found(patterns=["kabinet(?:je)?s?"], text="Het kabinetsbesluit.") == []


def test_many_patterns_are_searched_in_groups_with_the_same_result():
    # A Unicode class at the end of each pattern keeps their programs apart, so
    # together they need several groups.
    patterns = ["lange"] + [rf"k{i}\p{{L}}" for i in range(600)] + [r"lange\s+zin"]
    matcher = Matcher((), tuple(patterns), False, "patterns")
    assert len(matcher._regexes) > 1
    text = "De lange zin met k5a en k599b, niet k12; lange dagen."
    assert [m.text for m in matcher.find(text)] == ["lange zin", "k5a", "k599b", "lange"]


@pytest.mark.parametrize("tokens, patterns", [
    (["dom", "kut*", "lange zin"], []),
    ([], [r"\s+bron\s*:", r"(?m:^)[ \t]*concept", r"[.!?]\s+maar"]),
    ([], [rf"k{i}\p{{L}}" for i in range(600)] + [r"\n\s*lange"]),
])
def test_a_match_that_may_start_by_a_place_is_never_ruled_out(tokens, patterns):
    matcher = Matcher(tuple(tokens), tuple(patterns), False, "patterns")
    texts = ["\nBron: intern", "\n\nconcept", "   \nlange zin", "\nWat dom", "Ja. Maar",
             "\n k5a", "x\n", "", "\n\n", "  lange zin dom"]
    for text in texts:
        starts = [m.start for m in matcher.find(text)]
        for last in range(len(text) + 1):
            if any(start <= last for start in starts):
                assert matcher.may_start_by(text, last), (text, last)


def test_no_match_starting_by_a_place_is_said_so():
    matcher = Matcher(("dom",), (r"\s+bron",), False, "patterns")
    assert not matcher.may_start_by("\nwat dom", 0)
    assert matcher.may_start_by("\nwat dom", 5)
    assert matcher.may_start_by("\n bron", 0)
    assert not Matcher(("dom",), (), False, "patterns").may_start_by("", 0)


def _counting_compiles(monkeypatch) -> list[int]:
    sizes = []
    real = matchers._compile

    def counting(alternatives, *args, **kwargs):
        sizes.append(len(alternatives))
        return real(alternatives, *args, **kwargs)

    monkeypatch.setattr(matchers, "_compile", counting)
    return sizes


def test_the_groups_of_a_long_list_are_compiled_straight_away_the_next_time(monkeypatch):
    patterns = tuple(rf"m{i}\p{{L}}" for i in range(600))
    compiled = _counting_compiles(monkeypatch)
    def memo():
        return cache.Memo("pattern-groups", [Path(matchers.__file__)])

    monkeypatch.setattr(matchers, "_SPLITS", memo())
    first = Matcher((), patterns, False, "patterns")
    # Finding the groups compiled the whole list and halves that were too large.
    assert compiled[0] == len(patterns) and len(compiled) > len(first._regexes) > 1
    compiled.clear()
    # The next run reads where the list was split.
    monkeypatch.setattr(matchers, "_SPLITS", memo())
    again = Matcher((), patterns, False, "patterns")
    assert len(compiled) == len(again._regexes) == len(first._regexes)
    assert all(regex.programsize <= matchers._GROUP_PROGRAM_SIZE for regex in again._regexes)
    text = "Zie m5a, m599b en m12."
    assert [m.text for m in again.find(text)] == [m.text for m in first.find(text)] == [
        "m5a", "m599b"]


def test_a_lazy_matcher_compiled_whole_finds_the_same_and_compiles_no_more(monkeypatch):
    tokens = tuple(f"woord{i}" for i in range(300))
    lazy = Matcher(tokens, (r"lange\s+zin",), False, "patterns", lazy=True)
    text = "Een lange zin met woord7 en woord250."
    before = [m.text for m in lazy.find(text)]
    lazy.compile_all()
    compiled = _counting_compiles(monkeypatch)
    assert [m.text for m in lazy.find(text)] == before == ["lange zin", "woord7", "woord250"]
    assert [m.text for m in lazy.find("Nog een woord12.")] == ["woord12"]
    assert compiled == []


def test_a_lazy_matcher_compiles_what_a_short_text_needs(monkeypatch):
    tokens = tuple(f"woord{i}x" for i in range(300))
    lazy = Matcher(tokens, (), False, "patterns", lazy=True)
    compiled = _counting_compiles(monkeypatch)
    assert [m.text for m in lazy.find("Alleen woord12x.")] == ["woord12x"]
    # The one alternative whose word the text holds.
    assert compiled == [1]


def test_groups_remembered_too_large_are_split_again(monkeypatch):
    patterns = [rf"n{i}\p{{L}}" for i in range(600)]
    monkeypatch.setattr(matchers._SPLITS, "get", lambda key: (600,))
    regexes = matchers._compile_groups([f"(?:{p})" for p in patterns], False, "patterns")
    assert len(regexes) > 1
    assert all(regex.programsize <= matchers._GROUP_PROGRAM_SIZE for regex in regexes)


def test_remembered_groups_of_another_list_are_not_used(monkeypatch):
    monkeypatch.setattr(matchers._SPLITS, "get", lambda key: (1, 1))
    regexes = matchers._compile_groups(["(?:a)", "(?:b)", "(?:c)"], False, "patterns")
    assert len(regexes) == 1


def test_offsets_are_python_indices_after_emoji():
    text = "👍🏽 dom 🎉 dom"
    matcher = Matcher(("dom",), (), False, "patterns")
    assert [(m.start, m.end) for m in matcher.find(text)] == [(3, 6), (9, 12)]
    assert all(text[m.start:m.end] == "dom" for m in matcher.find(text))


def test_inline_case_flag_in_a_pattern():
    assert found(patterns=["(?-i:Zeer Geheim)"], text="zeer geheim, Zeer Geheim") == [
        "Zeer Geheim"]


def test_token_regex_escapes_regex_syntax():
    assert found(["Dep. V."], text="Dep. V. en DepxV.") == ["Dep. V."]
    assert token_regex("a.b") == r"a\.b"


def test_bad_pattern_names_the_key():
    with pytest.raises(RuleSpecError) as err:
        Matcher((), ("(unclosed",), False, "patterns")
    assert err.value.key == "patterns"


def test_look_ahead_is_refused():
    with pytest.raises(RuleSpecError):
        Matcher((), ("a(?=b)",), False, "patterns")


def test_context_must_be_in_the_same_sentence():
    compiled = rule(type="cooccurrence", tokens=["overleg"], context_tokens=["zei"])
    assert hits(compiled, "In het overleg zei de directeur iets.") == [("overleg", None)]
    assert hits(compiled, "Ik heb een overleg. Mijn zoon zei iets.") == []


def test_near_limits_the_distance_to_the_context():
    compiled = rule(type="cooccurrence", tokens=["foto"], context_tokens=["collega's"], near=3)
    assert hits(compiled, "Een foto van mijn collega's.") == [("foto", None)]
    assert hits(compiled, "Een foto van de nieuwe brug, gebouwd samen met collega's.") == []
    assert hits(compiled, "Collega's op de foto.") == [("foto", None)]


def test_unless_silences_the_sentence():
    compiled = rule(tokens=["staatsgeheim"], unless_tokens=["geen"])
    assert hits(compiled, "Het is geen staatsgeheim.") == []
    assert hits(compiled, "Het is staatsgeheim. Er is geen twijfel.") == [("staatsgeheim", None)]


def test_exception_skips_a_match_by_its_own_text():
    compiled = rule(patterns=[r"\p{Lu}{4,}"], case_sensitive=True, exceptions=["NVWA|RIVM"])
    assert hits(compiled, "De NVWA en het RIVM zijn BELANGRIJK") == [("BELANGRIJK", None)]


def test_fix_with_lower_keeps_a_capital_at_sentence_start():
    compiled = rule(patterns=[r"\p{Lu}{4,}(?:\s+\p{Lu}{2,})*"], case_sensitive=True,
                    fix="{lower}")
    assert hits(compiled, "Dit is SCHANDALIG. ECHT NIET OK") == [
        ("SCHANDALIG", "schandalig"), ("ECHT NIET OK", "Echt niet ok")]


def test_fix_with_match_inserts_around_it():
    compiled = rule(tokens=["ik vind zelf"], fix="{match} (op persoonlijke titel)")
    assert hits(compiled, "Ik vind zelf dat het moet.") == [
        ("Ik vind zelf", "Ik vind zelf (op persoonlijke titel)")]


def test_fix_with_first_lower_puts_text_before_it():
    compiled = rule(tokens=["ik vind zelf"], fix="op persoonlijke titel: {first_lower}")
    assert hits(compiled, "Ik vind zelf dat het moet.") == [
        ("Ik vind zelf", "Op persoonlijke titel: ik vind zelf")]
    assert hits(compiled, "Maar ik vind zelf dat het moet.") == [
        ("ik vind zelf", "op persoonlijke titel: ik vind zelf")]


def test_plain_fix_follows_the_capital_of_a_sentence_start():
    compiled = rule(tokens=["namens het ministerie"], fix="op persoonlijke titel")
    assert hits(compiled, "Namens het ministerie: dank!") == [
        ("Namens het ministerie", "Op persoonlijke titel")]
    assert hits(compiled, "Ik zeg namens het ministerie dank.") == [
        ("namens het ministerie", "op persoonlijke titel")]


def test_substitution_keeps_the_capital():
    compiled = rule(type="substitution", swap={"wij zorgen ervoor dat": "wij streven ernaar dat"})
    assert hits(compiled, "Wij zorgen ervoor dat het klopt.") == [
        ("Wij zorgen ervoor dat", "Wij streven ernaar dat")]


def test_swap_in_a_rule_replaces_words_of_the_match():
    compiled = rule(patterns=[r"is\s+\S+\s+gebeurt"], swap={"gebeurt": "gebeurd", "Hun": "zij"})
    assert hits(compiled, "Het is gisteren gebeurt.") == [
        ("is gisteren gebeurt", "is gisteren gebeurd")]
    compiled = rule(tokens=["hun hebben"], swap={"hun": "zij"})
    assert hits(compiled, "Hun hebben gelijk.") == [("Hun hebben", "Zij hebben")]


def test_rule_without_fix_has_no_replacement():
    assert hits(rule(tokens=["dom"]), "dom") == [("dom", None)]


def test_offsets_with_mixed_scripts_and_windows():
    text = "Café één 👍🏽 dom — naïef dom ☕ dom €5 dom"
    matcher = Matcher(("dom",), (), False, "patterns")
    starts = [i for i in range(len(text)) if text.startswith("dom", i)]
    assert [m.start for m in matcher.find(text)] == starts
    # A window that starts and ends among multi-byte characters.
    window = [m.start for m in matcher.find(text, starts[1] - 2, starts[3] + 3)]
    assert window == starts[1:4]
    assert matcher.search(text, starts[2], starts[2] + 3)
    assert not matcher.search(text, starts[2] + 1, starts[3])


def test_skipped_word_start_after_non_ascii():
    matcher = Matcher(("geheim",), (), False, "patterns")
    assert [m.text for m in matcher.find("één staatsgeheim — geheim")] == ["geheim"]


class CountingMatcher:
    """Stands in for a rule's context matcher and adds up the text it searches."""

    def __init__(self, matcher):
        self.matcher = matcher
        self.chars = 0

    def search(self, text, start=0, end=None):
        end = len(text) if end is None else end
        self.chars += end - start
        return self.matcher.search(text, start, end)


def context_searched(size: int) -> tuple[int, int]:
    """Characters the context matcher searched, and the matches, in one line of
    ``size`` characters without a sentence end."""
    compiled = rule(type="cooccurrence", tokens=["bravo"], context_tokens=["minister"])
    counting = compiled.context = CountingMatcher(compiled.context)
    # The context word once, at the end: each match looks for it in its sentence.
    text = "bravo hoor zeg " * (size // 15) + "minister."
    found = len(list(compiled.matches(Document(text))))
    return counting.chars, found


def test_a_line_without_sentence_ends_costs_each_match_a_bounded_search():
    # The sentence of a match is its context; a long line counts as sentences of
    # at most MAX_SENTENCE characters, so n matches cost O(n), not O(n * length).
    small, small_matches = context_searched(15_000)
    large, large_matches = context_searched(60_000)
    # Only the matches in the last stretch have the context in their sentence.
    assert 0 < small_matches < 100 and 0 < large_matches < 100
    assert small <= 1000 * 15_000 / 15 * 1.1
    assert large <= small * 4.4


def test_a_context_that_is_nowhere_in_the_draft_is_looked_for_once():
    compiled = rule(type="cooccurrence", tokens=["bravo"], context_tokens=["minister"])
    counting = compiled.context = CountingMatcher(compiled.context)
    text = "bravo hoor zeg. " * 1000
    assert list(compiled.matches(Document(text))) == []
    assert counting.chars == len(text)
