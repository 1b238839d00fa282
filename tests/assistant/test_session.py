"""The window's logic without a window: stale results, ignoring, the snapshot."""

from __future__ import annotations

from assistant.drafts import DraftMeta, disk_stamp, finding_keys, write_draft
from assistant.engine import Engine
from assistant.findings import Finding, Severity
from assistant.rules.spec import parse_rule
from assistant.session import CheckResult, DraftSession, run_checks
from assistant.settings import ChecklistItem, Identity, Settings
from assistant.summary import State

RULE = parse_rule({"id": "t.geheim", "type": "existence", "category": "c", "level": "fout",
                   "stelregel": 2, "tokens": ["geheim"], "message": "Geheim"})


def result(revision, text):
    findings = Engine(Settings(rules=(RULE,))).check(text, "prive", "blog")
    return CheckResult(revision, text, [f for f in findings if f.rule_id == "t.geheim"])


def test_results_for_an_older_revision_are_dropped():
    session = DraftSession()
    old = session.edited()
    session.edited()
    assert not session.accept(result(old, "geheim"))
    assert session.result is None
    assert session.accept(result(session.revision, "geheim"))


def test_ignore_undo_and_summary():
    session = DraftSession()
    session.accept(result(session.edited(), "Het is geheim, echt geheim."))
    first, second = (k for k, _f in session.visible())
    assert session.summary()[2].state == State.NIET_IN_ORDE
    session.ignore(first, "reden")
    session.ignore(second)
    assert session.visible() == [] and len(session.ignored()) == 2
    assert session.summary()[2].state == State.IN_ORDE
    assert session.undo_ignore() == second
    session.unignore(first)
    assert not session.can_undo_ignore
    assert session.undo_ignore() is None
    assert len(session.visible()) == 2


def test_snapshot_carries_findings_ignored_with_reasons_and_answers():
    text = "Dit is geheim."
    session = DraftSession(DraftMeta("functie", "x", {"vraag": "ja"}, {"oud|x|0": "weg"}))
    session.accept(result(session.edited(), text))
    key = session.visible()[0][0]
    session.ignore(key, "al openbaar")
    identity = Identity("A", "B", "C")
    snapshot = session.snapshot(text, identity)
    assert snapshot.findings[0].rule_id == "t.geheim"
    assert snapshot.ignored == {key: "al openbaar"}
    assert finding_keys(text, snapshot.findings) == [key]
    assert snapshot.checklist == {"vraag": "ja"} and snapshot.identity == identity
    assert session.snapshot("andere tekst", identity).findings == []


def test_run_checks_adds_language_findings_and_readability():
    class Language:
        def check(self, text):
            return [Finding("spelling.x", "spelling", None, Severity.TIP, 0, 3, "?", "")]

        def readability(self, text):
            return "score"

    checked = run_checks(7, "Dit is geheim.", Engine(Settings(rules=(RULE,))), "prive", "blog",
                         language=Language())
    assert checked.revision == 7 and checked.readability == "score"
    assert {"spelling.x", "t.geheim"} <= {f.rule_id for f in checked.findings}


def test_one_check_at_a_time_and_a_rerun_when_asked_meanwhile():
    session = DraftSession()
    first = session.begin_check()
    assert first == 0
    session.edited()
    assert session.begin_check() is None
    assert session.end_check() is True
    assert session.begin_check() == 1
    assert session.end_check() is False


def test_a_check_of_the_previous_draft_cannot_pass_for_the_next():
    session = DraftSession()
    running = session.begin_check()
    session.reset(DraftMeta("functie", "x"), None)
    assert not session.accept(result(running, "Dit was geheim."))
    assert session.end_check() is False
    assert session.meta.profile == "functie" and session.result is None


def test_a_session_notices_its_file_changed_elsewhere(tmp_path):
    path = tmp_path / "concept.txt"
    session = DraftSession()
    session.reset(DraftMeta(), path, disk_stamp(path))
    assert not session.changed_on_disk(path)  # not there yet: nothing to lose
    session.saved(path, write_draft(path, "Mijn tekst 😀"))
    assert not session.changed_on_disk(path)
    path.write_text("Mijn tekst 😀", encoding="utf-8")  # rewritten, but the same
    assert not session.changed_on_disk(path)
    path.write_text("Andermans tekst", encoding="utf-8")
    assert session.changed_on_disk(path)
    # Saving under another name overwrites nothing of anyone's.
    assert not session.changed_on_disk(tmp_path / "ander.txt")
    path.unlink()
    assert not session.changed_on_disk(path)


LEAK = "Het rapport over de sluis is nog vertrouwelijk, maar de kosten zijn hoger."


def test_run_checks_weighs_the_findings_the_author_did_not_ignore():
    from assistant.weighing import Level

    engine = Engine(Settings(rules=(RULE,)))
    checked = run_checks(1, LEAK, engine, "prive", "x")
    assert checked.reading.criterion("voorzienbaarheid").level is Level.HOOG
    leak = next(k for k, f in zip(finding_keys(LEAK, checked.findings), checked.findings)
                if f.category == "vertrouwelijk")
    ignored = run_checks(2, LEAK, engine, "prive", "x", ignored=frozenset({leak}))
    assert ignored.reading.criterion("voorzienbaarheid").level is Level.LAAG
    # Ignoring leaves the findings themselves as they are; the window hides them.
    assert ignored.findings == checked.findings
    assert run_checks(3, " \n", engine, "prive", "x").reading is None


def test_snapshot_carries_the_reading_of_the_same_text_only():
    session = DraftSession(DraftMeta("prive", "x"))
    checked = run_checks(session.edited(), LEAK, Engine(Settings(rules=(RULE,))), "prive", "x")
    session.accept(checked)
    identity = Identity("A", "B", "C")
    assert session.snapshot(LEAK, identity).reading is checked.reading
    assert session.snapshot(LEAK + " Echt.", identity).reading is None


def test_snapshot_keys_the_answers_by_the_question_the_author_saw():
    session = DraftSession(DraftMeta("prive", "blog", {"krant": "ja", "weg": "nee"}))
    items = [ChecklistItem("krant", "Zou je dit ook in een krant zeggen?"),
             ChecklistItem("open", "Een vraag zonder antwoord?")]
    snapshot = session.snapshot("Tekst.", Identity("A", "B", "C"), items)
    # A question no longer in the checklist keeps its id; an open one is left out.
    assert snapshot.checklist == {"Zou je dit ook in een krant zeggen?": "ja", "weg": "nee"}
    assert snapshot.published_at.tzinfo is not None
    assert session.snapshot("Tekst.", Identity("A", "B", "C")).checklist == {"krant": "ja",
                                                                            "weg": "nee"}


def test_the_keys_of_a_result_are_made_once_and_again_for_the_next(monkeypatch):
    import assistant.session

    made = []
    monkeypatch.setattr(assistant.session, "finding_keys",
                        lambda text, findings: made.append(text) or finding_keys(text, findings))
    session = DraftSession()
    session.accept(result(session.edited(), "Het is geheim."))
    visible, ignored, summary = session.visible(), session.ignored(), session.summary()
    assert made == ["Het is geheim."] and len(visible) == 1 and not ignored
    assert summary[2].state == State.NIET_IN_ORDE
    # A new result of the same text gets keys of its own.
    session.accept(result(session.edited(), "Het is geheim."))
    assert [k for k, _f in session.visible()] == [k for k, _f in visible]
    assert made == ["Het is geheim."] * 2
