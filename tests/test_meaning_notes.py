"""What the meaning checks hold a translator to is named in the catalog's notes and marked in the editor."""

from __future__ import annotations

from pipeline.editing import highlight
from pipeline.notes import source_notes


def test_notes_name_negations_medicines_sides_and_timing():
    notes = source_notes("Do not give ibuprofen. Put the ice pack on the left arm with food, and call 911 right away.")
    line = next(n for n in notes if n.startswith("Keep the meaning of:"))
    for words in ("Do not", "ibuprofen", "left arm", "with food", "call 911", "right away"):
        assert words in line


def test_a_sentence_with_nothing_to_keep_gets_no_meaning_note():
    assert not [n for n in source_notes("Bone marrow is soft tissue.") if n.startswith("Keep the meaning")]


def test_editor_marks_the_words_to_keep():
    html = str(highlight("Do not give ibuprofen in the evening."))
    assert '<mark class="sense" title="keep the negation">Do not</mark>' in html
    assert 'title="keep the meaning: ibuprofen">ibuprofen</mark>' in html
    assert 'title="keep the meaning: evening">in the evening</mark>' in html
    assert "sense" not in str(highlight("Ne donnez pas d'ibuprofène.", "fr_CA"))  # only the English is marked
