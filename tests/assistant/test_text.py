"""Document: sentences and words with offsets into the draft as handed in."""

from __future__ import annotations

import time

import pytest

from assistant.text import MAX_SENTENCE, Document, break_long_lines, longest_line


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_kind_of_line_end_ends_a_sentence(newline):
    text = newline.join(["Kop zonder punt", "Eerste zin. Tweede zin", "Slot"])
    doc = Document(text)
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "Kop zonder punt", "Eerste zin.", "Tweede zin", "Slot"]
    assert len(doc.text) == len(text) and "\r" not in doc.text


@pytest.mark.parametrize("text, sentences", [
    # An initial before a lower-case word, or a known abbreviation, ends nothing.
    ("Mijn collega K. is ziek. Dat zei dhr. de Vries.",
     ["Mijn collega K. is ziek.", "Dat zei dhr. de Vries."]),
    ("Zie bijv. de site. Klaar.", ["Zie bijv. de site.", "Klaar."]),
    # An initial before a capital, a plain word before a lower-case one: sentence ends.
    ("Ik ben A. Jansen. Hallo.", ["Ik ben A.", "Jansen.", "Hallo."]),
    ("ik ging weg. toen kwam hij.", ["ik ging weg.", "toen kwam hij."]),
    ("Plan B. Dat werkt.", ["Plan B.", "Dat werkt."]),
])
def test_an_initial_or_abbreviation_inside_a_sentence_does_not_end_it(text, sentences):
    doc = Document(text)
    assert [text[s.start:s.end] for s in doc.sentences] == sentences


@pytest.mark.parametrize("text, sentences", [
    # An emoji before a capital stands for the full stop.
    ("Lunch met de DG 😄 Wat er gezegd is, houd ik voor me.",
     ["Lunch met de DG 😄", "Wat er gezegd is, houd ik voor me."]),
    ("Top 👍🏽 Morgen weer ❤️ Tot dan.", ["Top 👍🏽", "Morgen weer ❤️", "Tot dan."]),
    # Before a lower-case word, or inside a run of emoji, it ends nothing.
    ("Top 👍🏽 ik ga 😂😂 naar huis.", ["Top 👍🏽 ik ga 😂😂 naar huis."]),
    ("Zon 🙂 en maan.", ["Zon 🙂 en maan."]),
])
def test_an_emoji_before_a_capital_ends_a_sentence(text, sentences):
    doc = Document(text)
    assert [text[s.start:s.end] for s in doc.sentences] == sentences


def test_offsets_count_characters_not_bytes():
    doc = Document("Zon 🙂 en maan.")
    assert [doc.text[w.start:w.end] for w in doc.words] == ["Zon", "en", "maan"]
    assert doc.sentence_at(6) == (0, len(doc.text))


@pytest.mark.parametrize("marks", ["!", ".", "…", "?!"])
def test_a_page_of_punctuation_is_split_in_linear_time(marks):
    text = marks * 100_000 + "x"
    started = time.perf_counter()
    # One sentence, cut in pieces of MAX_SENTENCE characters.
    assert len(Document(text).sentences) == -(-len(text) // MAX_SENTENCE)
    assert time.perf_counter() - started < 2


def test_a_stretch_without_a_sentence_end_is_cut_at_spaces_into_bounded_pieces():
    text = "Een regel zonder einde " * 200 + "en nog wat."
    doc = Document(text)
    assert len(doc.sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in doc.sentences)
    # Every cut falls between words: no word is split over two pieces.
    assert " ".join(text[s.start:s.end] for s in doc.sentences) == text.rstrip()
    assert Document("Kort. Ook kort.").sentences == [(0, 5), (6, 15)]


def test_a_long_word_is_cut_where_it_must_be():
    doc = Document("x" * (2 * MAX_SENTENCE + 5))
    assert [s.end - s.start for s in doc.sentences] == [MAX_SENTENCE, MAX_SENTENCE, 5]


def test_a_long_line_is_broken_after_sentence_ends_without_moving_any_offset():
    text = "Kort.\n" + "De dijk wordt versterkt. " * 100 + "\nEinde."
    broken = break_long_lines(text, limit=300)
    assert longest_line(broken) <= 300
    assert len(broken) == len(text)
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, broken))
    assert all(line.rstrip().endswith(".") for line in broken.split("\n"))


def test_without_a_sentence_end_a_long_line_breaks_at_a_space():
    text = "woord " * 200
    broken = break_long_lines(text, limit=100)
    assert longest_line(broken) <= 100
    assert broken.replace("\n", " ") == text


def test_a_long_line_without_any_space_is_cut_by_inserting_breaks():
    broken = break_long_lines("x" * 250, limit=100)
    assert [len(line) for line in broken.split("\n")] == [100, 100, 50]


def test_lines_up_to_the_limit_are_left_as_they_are():
    text = "a" * 100 + "\n" + "b c. " * 20
    assert break_long_lines(text, limit=100) == text
    assert longest_line(text) == 100
    assert longest_line("") == 0
