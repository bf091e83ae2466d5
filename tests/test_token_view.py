"""The per-document text kept with a Doc (token_view.doc_text): the same answer as ``Doc.text``, held
by the Doc itself, so one document's text never answers for another."""

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
