"""Document: sentences and words with offsets into the draft as handed in."""

from __future__ import annotations

import time

import pytest

from assistant.text import Document


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_kind_of_line_end_ends_a_sentence(newline):
    text = newline.join(["Kop zonder punt", "Eerste zin. Tweede zin", "Slot"])
    doc = Document(text)
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "Kop zonder punt", "Eerste zin.", "Tweede zin", "Slot"]
    assert len(doc.text) == len(text) and "\r" not in doc.text


def test_offsets_count_characters_not_bytes():
    doc = Document("Zon 🙂 en maan.")
    assert [doc.text[w.start:w.end] for w in doc.words] == ["Zon", "en", "maan"]
    assert doc.sentence_at(6) == (0, len(doc.text))


@pytest.mark.parametrize("marks", ["!", ".", "…", "?!"])
def test_a_page_of_punctuation_is_split_in_linear_time(marks):
    text = marks * 100_000 + "x"
    started = time.perf_counter()
    assert len(Document(text).sentences) == 1
    assert time.perf_counter() - started < 2
