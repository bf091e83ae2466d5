"""Coding a stream keeps no per-document state: spaCy's string table does not grow batch by batch."""

from __future__ import annotations

from eventwire import pipeline
from eventwire.language import load_model
from eventwire.pipeline import Options, code_batch, parse_groups
from eventwire.records import CodedDocument, Document


def _batch(seed: int) -> list[Document]:
    # Invented names and words: every batch brings strings the model has never seen.
    return [
        Document(
            id=f"m{seed}-{n}",
            text=f"Minister Qorvath{seed}x{n} met envoy Lindqu{seed}z{n} in Zarvo{seed}q{n} on Monday "
            f"to discuss the Brellik{seed}w{n} accord.",
            published="2025-01-08",
        )
        for n in range(8)
    ]


def test_new_words_of_a_batch_are_not_kept_after_it():
    strings = load_model().vocab.strings
    code_batch(_batch(1), Options())
    before = len(strings)
    coded = code_batch(_batch(2), Options())
    assert len(strings) == before
    assert all(document.events for document in coded)  # the batch was really coded


def test_threads_coding_at_once_do_not_corrupt_each_other():
    # The API codes requests in a thread pool with one shared model: a batch's memory zone must not
    # free the strings of a document another thread is parsing.
    from concurrent.futures import ThreadPoolExecutor

    batches = [_batch(10 + n) for n in range(6)]
    with ThreadPoolExecutor(3) as pool:
        coded = list(pool.map(lambda batch: code_batch(batch, Options()), batches))
    alone = [code_batch(batch, Options()) for batch in batches]
    assert [[d.events for d in batch] for batch in coded] == [[d.events for d in batch] for batch in alone]


def _coded(sizes: list[int]) -> list[CodedDocument]:
    return [CodedDocument(id=f"d{n}", content_hash="", text="x" * size) for n, size in enumerate(sizes)]


def test_parse_groups_cap_the_text_in_flight_and_keep_order():
    groups = list(parse_groups(_coded([40, 50, 30, 200, 10, 10]), max_chars=100))
    assert [[doc.id for doc in group] for group in groups] == [["d0", "d1"], ["d2"], ["d3"], ["d4", "d5"]]
    assert list(parse_groups([], max_chars=100)) == []


def test_grouping_the_parse_does_not_change_what_is_coded(monkeypatch):
    batch = _batch(30)
    together = code_batch(batch, Options())
    monkeypatch.setattr(pipeline, "PARSE_CHARS", 1)  # every document parsed in a group of its own
    alone = code_batch(batch, Options())
    assert [(d.actors, d.mentions, d.dates, d.places, d.events) for d in alone] == [
        (d.actors, d.mentions, d.dates, d.places, d.events) for d in together
    ]
