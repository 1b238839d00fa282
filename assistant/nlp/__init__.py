"""A model of Dutch for the guideline rules: tokens with their lemmas, sentences
and clauses, negation, questions and quoted speech (``analysis``), word classes
written once and shared by all rules (``classes``).

Pure Python; the lemma dictionary comes from simplemma (PyPI)."""
