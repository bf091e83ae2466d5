"""The per-document text kept with a Doc (token_view.doc_text): the same answer as ``Doc.text``, held
by the Doc itself, so one document's text never answers for another; and Words.any_in, whose running
counts are kept per document and test."""

from __future__ import annotations

import spacy

from eventwire.token_view import TEXT_KEY, Words, doc_text


def test_doc_text_is_the_docs_own_text_kept_with_it():
    nlp = spacy.blank("en")
    first = nlp("The mayor of Ghent opened the new bridge.\n\nTraffic resumed at noon.")
    second = nlp("Farmers in Leuven blocked a motorway with tractors.")
    assert doc_text(first) == first.text and doc_text(second) == second.text
    assert first.user_data[TEXT_KEY] == first.text  # kept on the Doc, not in a module-wide table
    assert second.user_data[TEXT_KEY] == second.text
    assert doc_text(first) is doc_text(first)  # read once
    assert Words(second).text == second.text


def test_any_in_answers_as_a_scan_of_the_words_would():
    nlp = spacy.blank("en")
    doc = nlp("Rain fell on Monday. Crowds gathered in the square and Police watched from the roofs.")
    words = Words(doc)

    def capitalised(word):
        return word.text[:1].isupper()

    for start in range(len(words) + 1):
        for end in range(start, len(words) + 1):
            expected = any(capitalised(word) for word in words[start:end])
            assert words.any_in("capitalised", start, end, capitalised) is expected


def test_any_in_keeps_one_count_per_test_with_the_document():
    nlp = spacy.blank("en")
    words = Words(nlp("Ships docked at dawn and sailed at dusk."))
    for start in range(len(words)):
        words.any_in("long", start, len(words), lambda word: len(word.text) > 5)
        words.any_in("short", start, len(words), lambda word: len(word.text) < 3)
    assert set(words.counts) == {"long", "short"}  # bounded by the tests asked, not by the questions
    assert all(len(counts) == len(words) + 1 for counts in words.counts.values())
    other = Words(nlp("Nothing here."))
    assert other.counts == {}  # kept with its own document, never shared
