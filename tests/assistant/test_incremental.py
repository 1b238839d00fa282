"""The incremental check gives exactly what a whole check of the same text gives
(same findings, same order), after any sequence of edits; and it checks again
only the lines an edit changed."""

from __future__ import annotations

import json
import random
from datetime import date
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.engine import Engine
from assistant.incremental import IncrementalCheck
from assistant.rules.code import personal_data
from assistant.settings import Identity, SensitivePeriod, Settings
from tests.assistant.rules.test_holdout import SETS
from tests.conftest import SHARED

TODAY = date(2026, 3, 2)
CORPUS = SHARED / "corpus" / "cases.jsonl"


@lru_cache(maxsize=1)
def _engine() -> Engine:
    # A sensitive period that lasts on TODAY, so the timing check has work to do.
    period = SensitivePeriod("verkiezingen", date(2026, 2, 1), date(2026, 3, 31),
                             ("verkiezingen", "stembus"))
    return Engine(Settings(sensitive_periods=(period,)))


def _drafts() -> list[tuple[str, str, str, Identity | None]]:
    """Drafts of a few dozen hold-out and sample texts each, per writer, profile
    and platform, joined by blank lines, line breaks or spaces."""
    groups: dict[tuple, list[str]] = {}
    for cases in SETS.values():
        for case in cases:
            groups.setdefault((case.profile, case.platform, case.identity), []).append(case.text)
    if CORPUS.exists():
        for line in CORPUS.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                key = (case["profile"], case["platform"], Identity(**case["identity"]))
                groups.setdefault(key, []).append(case["text"])
    rnd = random.Random(7)
    drafts = []
    for (profile, platform, identity), texts in sorted(groups.items(), key=repr):
        for first in range(0, len(texts), 40):
            parts = texts[first:first + 40]
            joined = parts[0]
            for part in parts[1:]:
                joined += rnd.choice(("\n\n", "\n", " ", "\n \n\n")) + part
            drafts.append((joined, profile, platform, identity))
    return drafts


# Personal data in every form, and split over lines: a postcode on the line after
# its street, an amount's sign on the line before a number, a signature.
PERSONAL = ("Bel me op 06-12345678.", "Mijn BSN is 123456782", "€", "euro", "123456782",
            "IBAN NL91ABNA0417164300 t.n.v. Belastingdienst", "NL91 ABNA 0417 1643 00",
            "mail jan.jansen@gmail.com", "info@gemeente.nl", "Kerkweg 5", "2345 CD Leiden",
            "2345 CD", "Haar postcode is", "(0318-123456)", "paspoort SPECI2014",
            "rijbewijs 5123456789", "Hij woont aan de Van Speijkstraat 3,", "+31 6 1234 5678",
            "Groet,\nSanne de Wit, beleidsadviseur BZK\n06-87654321 | s.dewit@minbzk.nl",
            "sanne.dewit@gmail.com", "Dank voor uw vraag.", "Mijn collega zei in het MT dat ")


def _personal_drafts() -> list[tuple[str, str, str, Identity | None]]:
    rnd = random.Random(11)
    sanne = Identity("Sanne de Wit", "beleidsadviseur", "Ministerie van BZK")
    drafts = []
    for profile, platform, identity in (("functie", "forum", sanne), ("prive", "blog", None),
                                        ("functie", "microblog", sanne)):
        for _ in range(3):
            drafts.append(("".join(rnd.choice(PERSONAL) + rnd.choice(("\n", "\n\n", " ", " ,\n"))
                                   for _ in range(60)), profile, platform, identity))
    return drafts


PERSONAL_DRAFTS = _personal_drafts()
DRAFTS = _drafts() + PERSONAL_DRAFTS
# Every fourth hold-out draft (they span all rounds and writers) and every draft of
# personal data: each hold-out round adds a few hundred drafts, and the test suite's
# time must stay within reach of CI.
EDITED = [i for i in range(len(DRAFTS))
          if i % 4 == 0 or i >= len(DRAFTS) - len(PERSONAL_DRAFTS)]


def _context(profile: str, platform: str, identity: Identity | None):
    return _engine().context(profile, platform, identity, today=TODAY)


def _same(check: IncrementalCheck, text: str, ctx) -> None:
    assert check.check_context(text, ctx) == _whole_check(text, ctx)


def _whole_check(text: str, ctx):
    """A whole check that uses nothing kept from the checks before it (the
    personal data check keeps what it found per line)."""
    with pytest.MonkeyPatch.context() as fresh:
        fresh.setattr(personal_data, "_known_stretches", {})
        fresh.setattr(personal_data, "_last_found", {})
        return _engine().check_context(text, ctx)


@pytest.mark.parametrize("index", EDITED)
def test_every_draft_and_edits_to_it_give_what_a_whole_check_gives(index):
    text, profile, platform, identity = DRAFTS[index]
    ctx = _context(profile, platform, identity)
    check = IncrementalCheck(_engine())
    _same(check, text, ctx)
    rnd = random.Random(index)
    for _ in range(4):
        text = _edit(text, rnd)
        _same(check, text, ctx)


def _edit(text: str, rnd: random.Random) -> str:
    """One edit of the kinds typing makes: a letter, a word, a line break, a
    join of two lines, an emoji, a deleted stretch."""
    pos = rnd.randrange(len(text) + 1)
    kind = rnd.randrange(6)
    if kind == 0:
        return text[:pos] + "e" + text[pos:]
    if kind == 1:
        return text[:pos] + " collega zei: niet doorvertellen " + text[pos:]
    if kind == 2:
        return text[:pos] + "\n" + text[pos:]
    if kind == 3 and "\n" in text:
        cut = text.find("\n", pos) if text.find("\n", pos) >= 0 else text.rfind("\n")
        return text[:cut] + " " + text[cut + 1:]
    if kind == 4:
        return text[:pos] + "👍🏽" + text[pos:]
    return text[:pos] + text[pos + rnd.randrange(1, 40):]


def test_matches_and_phrases_across_line_breaks_are_found_as_in_the_whole_text():
    # Every space a line break: each rule's words run across lines.
    text = "\n".join(DRAFTS[0][0].split(" ")[:400])
    ctx = _context(*DRAFTS[0][1:])
    check = IncrementalCheck(_engine())
    _same(check, text, ctx)
    _same(check, text.replace("\n", " ", 50), ctx)


def test_a_phrase_that_an_edit_completes_across_the_line_break_before_it_is_found():
    # "kan ik je vertellen" (a phrase of a word class) runs from the line before into
    # the edited line only once "jullie" becomes "je": the rule of the whole draft
    # that holds the phrase is checked again, as a whole check finds it.
    text = ("Die snackbar heeft mijn buurman ziek gemaakt. Als inspecteur van de NVWA kan\n"
            " ik jullie vertellen dat daar de hygiëne niet in orde is. Ga er niet heen.")
    ctx = _context("prive", "blog", None)
    check = IncrementalCheck(_engine())
    _same(check, text, ctx)
    edited = text.replace("jullie", "je")
    assert "rolvermenging.functie-in-eigen-geschil" in {f.rule_id for f in _whole_check(edited, ctx)}
    _same(check, edited, ctx)


@pytest.mark.parametrize("before, after, found", [
    ("Ja, die vallen tegen.", "Ja, de vallen tegen.", False),
    ("Ja, de vallen tegen.", "Ja, die vallen tegen.", True),
    ("Ja, de vallen tegen.", "Ja, de grote vallen tegen.", True),
])
def test_an_article_put_in_or_taken_out_before_a_verb_is_seen_by_a_rule_of_the_whole_draft(
        before, after, found):
    # An article makes the word after it a noun ("de vallen", traps), so the particle
    # after it is no longer the verb's ("tegenvallen"): the construction of the whole
    # draft that holds the verb is checked again, as a whole check finds it.
    hush = "Meer mag ik er niet over zeggen."
    ctx = _context("functie", "blog", None)
    check = IncrementalCheck(_engine())
    _same(check, f"{before}\n{hush}", ctx)
    rules = {f.rule_id for f in _whole_check(f"{after}\n{hush}", ctx)}
    assert ("vertrouwelijk.meer-zeg-ik-niet" in rules) is found
    _same(check, f"{after}\n{hush}", ctx)


SNIPPETS = ("Mijn collega zei in het MT dat ", "onder ons: ", "het besluit ", "\n", "\n\n",
            "niet ", "Bel 06-12345678. ", "verkiezingen ", "? ", "“", "”", "👍🏽 ", "de ",
            "Sanne de Wit, beleidsadviseur, Ministerie van BZK", "DAT IS SCHANDALIG ")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=st.integers(0, len(DRAFTS) - 1),
       edits=st.lists(st.tuples(st.floats(0, 1), st.sampled_from(SNIPPETS + ("",)),
                                st.integers(0, 30)), min_size=1, max_size=6))
def test_any_sequence_of_edits_gives_what_a_whole_check_gives(start, edits):
    text, profile, platform, identity = DRAFTS[start]
    text = text[:3000]
    ctx = _context(profile, platform, identity)
    check = IncrementalCheck(_engine())
    check.check_context(text, ctx)
    for where, insert, removed in edits:
        pos = int(where * len(text))
        text = text[:pos] + insert + text[pos + removed:]
        _same(check, text, ctx)


def test_another_context_is_checked_afresh():
    text = DRAFTS[0][0]
    check = IncrementalCheck(_engine())
    check.check_context(text, _context("prive", "blog", None))
    ctx = _context("functie", "microblog", Identity("Sanne de Wit", "beleidsadviseur",
                                                    "Ministerie van BZK"))
    _same(check, text, ctx)


@pytest.fixture
def checked_texts(monkeypatch):
    """The texts the incremental check runs rules on."""
    seen = []
    engine = _engine()
    real = engine.run_rule

    def recording(spec, doc, ctx, anywhere=True):
        seen.append(doc.text)
        return real(spec, doc, ctx, anywhere)

    monkeypatch.setattr(engine, "run_rule", recording)
    return seen


def test_an_edit_checks_again_only_the_line_it_changed(checked_texts):
    lines = [f"Regel {n}: mijn collega vond het besluit over de dijk prima." for n in range(30)]
    ctx = _context("prive", "blog", None)
    check = IncrementalCheck(_engine())
    check.check_context("\n".join(lines), ctx)
    checked_texts.clear()
    lines[12] = lines[12].replace("prima", "slecht")
    check.check_context("\n".join(lines), ctx)
    # The whole text (for the code checks) and the changed line.
    assert set(checked_texts) == {"\n".join(lines), lines[12]}


def test_a_whole_check_of_the_same_lines_checks_them_all(checked_texts):
    lines = [f"Regel {n}: mijn collega vond het besluit over de dijk prima." for n in range(30)]
    ctx = _context("prive", "blog", None)
    IncrementalCheck(_engine()).check_context("\n".join(lines), ctx)
    assert set(lines) <= set(checked_texts)


@pytest.mark.parametrize("index", range(0, len(DRAFTS), 14))
def test_words_taken_out_one_by_one_bring_hits_nearer_as_in_a_whole_check(index):
    # Fewer words between two hits can make a rule of ``near`` or of the whole
    # draft find what it did not before.
    text, profile, platform, identity = DRAFTS[index]
    ctx = _context(profile, platform, identity)
    check = IncrementalCheck(_engine())
    words = text[:4000].split(" ")
    for _ in range(12):
        middle = len(words) // 2
        words = words[:middle - 1] + words[middle + 1:]
        _same(check, " ".join(words), ctx)


@pytest.fixture
def rules_run(monkeypatch):
    """The rules the incremental check runs on the whole text."""
    seen = []
    engine = _engine()
    real = engine.run_rule

    def recording(spec, doc, ctx, anywhere=True):
        seen.append((spec.id, doc.text))
        return real(spec, doc, ctx, anywhere)

    monkeypatch.setattr(engine, "run_rule", recording)
    return seen


FILLER = "Het regende de hele dag en de kat sliep tevreden op de vensterbank."


def _checked_again(check, text, ctx, rules_run, rule_id: str) -> bool:
    """Checks ``text``, and says whether ``rule_id`` ran on the whole of it."""
    rules_run.clear()
    found = check.check_context(text, ctx)
    again = (rule_id, text) in rules_run
    assert found == _engine().check_context(text, ctx)
    return again


@pytest.mark.parametrize("rule_id, first, second", [
    # A pattern with its context within ``near`` words.
    ("vertrouwelijk.voorkennis", "Spoiler voor Prinsjesdag:", "de huurtoeslag gaat omhoog."),
    # A construction within ``near`` words.
    ("toezegging.prive-aanbod", "Stuur me je V-nummer,", "dan leg ik je dossier bovenop de stapel."),
])
def test_words_added_far_from_a_rule_of_near_leave_its_findings_as_they_are(
        rules_run, rule_id, first, second):
    ctx = _context("prive", "blog", None)
    lines = [f"{first} {second}"] + [FILLER] * 12
    check = IncrementalCheck(_engine())
    _same(check, "\n".join(lines), ctx)
    assert any(f.rule_id == rule_id for f in check.check_context("\n".join(lines), ctx))
    lines[-1] = "Gisteren " + lines[-1]
    assert not _checked_again(check, "\n".join(lines), ctx, rules_run, rule_id)


@pytest.mark.parametrize("rule_id, first, second", [
    ("vertrouwelijk.voorkennis", "Spoiler voor Prinsjesdag:", "de huurtoeslag gaat omhoog."),
    ("toezegging.prive-aanbod", "Stuur me je V-nummer,", "dan leg ik je dossier bovenop de stapel."),
])
def test_words_added_between_the_hits_of_a_rule_of_near_check_it_again(
        rules_run, rule_id, first, second):
    ctx = _context("prive", "blog", None)
    lines = [first, second] + [FILLER] * 12
    check = IncrementalCheck(_engine())
    _same(check, "\n".join(lines), ctx)
    assert any(f.rule_id == rule_id for f in check.check_context("\n".join(lines), ctx))
    # Far enough apart now that the rule no longer finds them together.
    lines[1] = FILLER + " " + FILLER + " " + lines[1]
    text = "\n".join(lines)
    assert _checked_again(check, text, ctx, rules_run, rule_id)
    assert not any(f.rule_id == rule_id for f in check.check_context(text, ctx))


def test_a_word_taken_out_far_from_a_pattern_of_the_whole_draft_leaves_it_as_it_is(rules_run):
    # A pattern without ``near`` does not count words.
    ctx = _context("prive", "blog", None)
    lines = ["Alleen voor intern gebruik. De cijfers over de wachtlijsten zijn slecht."]
    lines += [FILLER] * 12
    check = IncrementalCheck(_engine())
    _same(check, "\n".join(lines), ctx)
    assert any(f.rule_id == "vertrouwelijk.verspreiding"
               for f in check.check_context("\n".join(lines), ctx))
    lines[-1] = lines[-1].replace("tevreden ", "")
    assert not _checked_again(check, "\n".join(lines), ctx, rules_run,
                              "vertrouwelijk.verspreiding")


def test_a_word_taken_out_anywhere_checks_a_construction_of_the_whole_draft_again(rules_run):
    # Which words fill a construction best depends on the words between them.
    ctx = _context("prive", "wikipedia", Identity("Sanne de Wit", "beleidsadviseur",
                                                  "Ministerie van Infrastructuur en Waterstaat"))
    lines = ["Rijkswaterstaat beheert sinds 1798 de grote rivieren."] + [FILLER] * 12
    check = IncrementalCheck(_engine())
    _same(check, "\n".join(lines), ctx)
    assert any(f.rule_id == "beleidsterrein.wikipedia-belang"
               for f in check.check_context("\n".join(lines), ctx))
    lines[-1] = lines[-1].replace("tevreden ", "")
    assert _checked_again(check, "\n".join(lines), ctx, rules_run,
                          "beleidsterrein.wikipedia-belang")


def test_lines_an_edit_left_alone_are_not_analysed_again(monkeypatch):
    import assistant.nlp.analysis

    analysed = []
    real = assistant.nlp.analysis.Analysis

    def counting(text):
        analysed.append(text)
        return real(text)

    monkeypatch.setattr(assistant.nlp.analysis, "Analysis", counting)
    ctx = _context("prive", "blog", None)
    lines = [f"Regel {n}: mijn collega vond het besluit bij de dijk prima." for n in range(12)]
    check = IncrementalCheck(_engine())
    check.check_context("\n".join(lines), ctx)
    lines[6] = lines[6].replace("prima", "goed")
    check.check_context("\n".join(lines), ctx)
    analysed.clear()
    # The next keystroke in the same line: its neighbours were analysed for the last one.
    lines[6] = lines[6].replace("goed", "slecht")
    _same(check, "\n".join(lines), ctx)
    assert analysed and not any(lines[5] in text and lines[6] not in text for text in analysed)


@pytest.mark.parametrize("edit, looked", [
    # A letter within a word: as many words as before, all as far apart.
    (lambda line: line.replace("regende", "regenden"), False),
    # Another word: the words around the edit are counted again.
    (lambda line: line.replace("regende", "regende hard"), True),
])
def test_only_an_edit_that_changes_how_many_words_a_line_holds_looks_around_it(
        monkeypatch, edit, looked):
    import assistant.incremental

    around = []
    real = assistant.incremental._Change._filled
    monkeypatch.setattr(assistant.incremental._Change, "_filled",
                        lambda self, rule, *args: around.append(rule.spec.id) or real(
                            self, rule, *args))
    ctx = _context("prive", "blog", None)
    lines = ["Stuur me je V-nummer, dan leg ik je dossier bovenop de stapel."] + [FILLER] * 6
    check = IncrementalCheck(_engine())
    check.check_context("\n".join(lines), ctx)
    lines[3] = edit(lines[3])
    _same(check, "\n".join(lines), ctx)
    assert ("toezegging.prive-aanbod" in around) == looked


def test_the_next_keystroke_in_a_line_does_not_look_again_at_what_the_last_one_left(
        monkeypatch):
    import assistant.incremental
    from assistant.rules.constructions import CompiledConstruction

    looked = []
    for name in ("_fills", "_matched"):
        real = getattr(assistant.incremental._Change, name)
        monkeypatch.setattr(assistant.incremental._Change, name,
                            lambda self, rule, *args, real=real, name=name:
                            looked.append((name, id(rule), args[1])) or real(self, rule, *args))
    footprint = CompiledConstruction.footprint
    monkeypatch.setattr(CompiledConstruction, "footprint",
                        lambda self, analysis, classes, distances=False: looked.append(
                            (tuple(c.text for c in self.constructions + self.unless),
                             distances, analysis.text))
                        or footprint(self, analysis, classes, distances))
    ctx = _context("prive", "blog", None)
    lines = ["Stuur me je V-nummer, dan leg ik je dossier bovenop de stapel.",
             "Spoiler voor Prinsjesdag: de huurtoeslag gaat omhoog."] + [FILLER] * 8
    check = IncrementalCheck(_engine())
    check.check_context("\n".join(lines), ctx)
    # Two letters typed into one word of the second line.
    edits = []
    for typed in ("omhooog", "omhoooog"):
        looked.clear()
        before = lines[1]
        lines[1] = f"Spoiler voor Prinsjesdag: de huurtoeslag gaat {typed}."
        _same(check, "\n".join(lines), ctx)
        edits.append((before, list(looked)))
    (first_before, first), (_, second) = edits
    # The first compares the line with the line as it was; the second compares
    # it with what the first left, as the first found it.
    assert any(first_before in look[-1] for look in first)
    assert second and not set(second) & set(first)


def test_an_edit_does_not_search_the_unchanged_line_before_it_alone_again(monkeypatch):
    from assistant.rules.matchers import Matcher

    searched = []
    find = Matcher.find
    monkeypatch.setattr(Matcher, "find",
                        lambda self, text, *args: searched.append(text)
                        or find(self, text, *args))
    ctx = _context("prive", "blog", None)
    lines = [f"Regel {n}: mijn collega vond het besluit over de dijk prima." for n in range(8)]
    check = IncrementalCheck(_engine())
    check.check_context("\n".join(lines), ctx)
    assert lines[3] in searched
    searched.clear()
    lines[4] = lines[4].replace("prima", "slecht")
    _same(check, "\n".join(lines), ctx)
    # Whether a match runs from line 3 into the edited line 4 is decided again,
    # with line 3's own matches as the check before found them.
    assert any(text.startswith(lines[3] + "\n" + lines[4]) for text in searched)
    assert lines[3] not in searched


# A sample of the drafts: every other one of them is edited in the test above.
@pytest.mark.parametrize("index", range(0, len(DRAFTS), 40))
def test_edits_after_preparing_for_them_give_what_a_whole_check_gives(index):
    text, profile, platform, identity = DRAFTS[index]
    ctx = _context(profile, platform, identity)
    check = IncrementalCheck(_engine())
    check.check_context(text, ctx)
    rnd = random.Random(index)
    for _ in range(4):
        assert check.prepare_edit(text, ctx, rnd.randrange(len(text) + 1))
        text = _edit(text, rnd)
        _same(check, text, ctx)


def test_preparing_for_an_edit_fills_what_the_first_keystroke_compares_with():
    lines = [f"Regel {n}: mijn collega vond het besluit over de dijk prima." for n in range(30)]
    text = "\n".join(lines)
    ctx = _context("prive", "blog", None)
    check = IncrementalCheck(_engine())
    check.check_context(text, ctx)
    kept = len(check._looks)
    position = text.index("Regel 12") + len("Regel 12")
    assert check.prepare_edit(text, ctx, position)
    prepared = set(check._looks)
    assert len(prepared) > kept
    # The keystroke there finds what was prepared and uses it.
    _same(check, text[:position] + "x" + text[position:], ctx)
    assert check._used_looks & prepared


def test_preparing_for_an_edit_of_another_text_or_context_does_nothing():
    text = "Regel 1: mijn collega vond het besluit prima.\nRegel 2."
    ctx = _context("prive", "blog", None)
    check = IncrementalCheck(_engine())
    assert not check.prepare_edit(text, ctx, 3)  # nothing checked yet
    check.check_context(text, ctx)
    assert not check.prepare_edit(text + " meer", ctx, 3)
    assert not check.prepare_edit(text, _context("functie", "forum", None), 3)
    assert check.prepare_edit(text, ctx, len(text) + 10)  # past the end: the last line


def _footprints_after(monkeypatch, edit) -> set[str]:
    """The rules that compared footprints when ``edit`` changed a line of
    filler below a line about a colleague (the check gives what a whole check
    gives)."""
    import assistant.rules.constructions

    looked = []
    real = assistant.rules.constructions.CompiledConstruction.footprint
    monkeypatch.setattr(assistant.rules.constructions.CompiledConstruction, "footprint",
                        lambda self, *args, **kw: looked.append(self.spec.id) or real(
                            self, *args, **kw))
    ctx = _context("prive", "blog", None)
    lines = ["Die teamleider van ons kan nog geen Excel openen, ongelooflijk."] + [FILLER] * 6
    check = IncrementalCheck(_engine())
    check.check_context("\n".join(lines), ctx)
    lines[3] = edit(lines[3])
    _same(check, "\n".join(lines), ctx)
    return set(looked)


def _construction_rules(ctx, keep) -> set[str]:
    classes = _engine().classes_for(ctx)
    return {spec.id for spec in _engine().rules if spec.type == "construction"
            and keep(spec, _engine().compiled(spec), classes)}


@pytest.mark.parametrize("edit, compared", [
    # A letter typed in a word no slot can take: only rules that see every word compare.
    (lambda line: line.replace("vensterbank", "vensterbanken"), False),
    # A word that fills a slot, or a new word: the rule's slots are looked up again.
    (lambda line: line.replace("kat", "collega"), True),
    (lambda line: line.replace("kat", "kat nu"), True),
])
def test_an_edit_of_a_word_no_slot_can_take_compares_no_footprint(monkeypatch, edit, compared):
    looked = _footprints_after(monkeypatch, edit)
    # Rules whose matches are weighed by the words between hits see every word.
    every_word = _construction_rules(_context("prive", "blog", None), lambda spec, rule, classes:
                                     rule.sees({("qqq", "qqq")}, classes))
    assert bool(looked - every_word) == compared


@pytest.mark.parametrize("edit, compared", [
    # A word put in or taken out that no slot can take, away from any phrase: only
    # rules that count the words between their hits (near) may compare.
    (lambda line: line.replace("de hele dag", "de hele lange dag"), False),
    (lambda line: line.replace("kat sliep tevreden", "kat tevreden"), False),
    # A word put in that fills a slot: rules without near compare too.
    (lambda line: line.replace("kat sliep", "kat en mijn zieke collega sliepen"), True),
])
def test_a_word_put_in_that_no_slot_can_take_leaves_rules_without_near_alone(
        monkeypatch, edit, compared):
    looked = _footprints_after(monkeypatch, edit)
    counting = _construction_rules(_context("prive", "blog", None), lambda spec, rule, classes:
                                   spec.near is not None or rule.sees({("qqq", "qqq")}, classes))
    assert bool(looked - counting) == compared


def test_patterns_that_start_in_a_blank_line_are_found_as_in_the_whole_text():
    # A department's patterns that begin with the line break or the spaces of a blank
    # line: a blank line's seam with the next line is decided by where a match starts.
    from assistant.rules.spec import parse_rule

    rules = tuple(parse_rule({"id": f"dep.regel{i}", "type": "existence",
                              "category": "vertrouwelijk", "level": "fout",
                              "message": "Let op {match}.", "patterns": [pattern]})
                  for i, pattern in enumerate([r"\n\s*bron\s*:", r"\n[ \t]*\n\s*p\.s\.",
                                               r"[ \t]+\n\s*intern"]))
    engine = Engine(Settings(rules=rules))
    ctx = engine.context("prive", "blog", None, today=TODAY)
    check = IncrementalCheck(engine)
    text = ("Eerste alinea over de dijk.\n\nBron: intern stuk\n  \nP.S. tot morgen\n\nSlot."
            "\n  \nintern verslag van de dijk")
    assert check.check_context(text, ctx) == engine.check_context(text, ctx)
    rnd = random.Random(7)
    for _ in range(40):
        pos = rnd.randrange(len(text) + 1)
        insert = rnd.choice(["\n", " ", "\n\n", "x", "Bron: ", "p.s. ", "  \n", "intern ", ""])
        text = text[:pos] + insert + text[pos + rnd.randrange(3):]
        assert check.check_context(text, ctx) == engine.check_context(text, ctx), text


def test_an_edit_that_joins_two_words_brings_hits_either_side_of_it_near_enough():
    # "overslaan" and "Onze audit" fill a rule of the whole draft within 40
    # words: the deletion joins "w" to "huis", so the words after the edit are
    # counted from another word before and after it.
    ctx = _context("prive", "blog", None)
    filler = " ".join(["Het was een mooie dag aan zee."] * 5)
    text = (f"Ik zou die maatschappij deze zomer even overslaan. {filler}\n \n\n"
            "Wie wil, kan wat mij betreft meteen weer naar huis.\n\nOnze audit liep uit de hand.\n"
            + "\n".join([FILLER] * 12))
    edited = text.replace("wat mij betreft meteen weer naar huis", "whuis")
    rule = "vertrouwelijk.handhaving-tip"
    assert rule not in {f.rule_id for f in _whole_check(text, ctx)}
    assert rule in {f.rule_id for f in _whole_check(edited, ctx)}
    check = IncrementalCheck(_engine())
    _same(check, text, ctx)
    _same(check, edited, ctx)
