"""The Python API: eventwire.code() and eventwire.Pipeline, as the README shows them."""

from __future__ import annotations

import pytest

import eventwire

TEXT = (
    "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held talks in Seoul "
    'on Friday. "Our cooperation is indispensable," Kishida told reporters after the meeting.'
)


def test_code_returns_typed_records_for_a_text() -> None:
    doc = eventwire.code(TEXT, published="2024-09-06", title="Leaders meet")
    assert isinstance(doc, eventwire.CodedDocument)
    assert (doc.title, doc.published) == ("Leaders meet", "2024-09-06")
    assert {actor.country for actor in doc.actors} >= {"JPN", "KOR"}
    assert any(quote.speaker and "kishida" in quote.speaker for quote in doc.quotes)
    assert any(place.name == "Seoul" and place.country == "KOR" for place in doc.places)
    assert any(date.value == "2024-09-06" for date in doc.dates)
    consult = [event for event in doc.events if event.type == "CONSULT"]
    assert consult and {actor.country for actor in consult[0].actor} == {"JPN", "KOR"}
    assert eventwire.to_dict(doc)["events"][0]["evidence"][0]["doc_id"] == "document"


def test_code_reads_html_too() -> None:
    html = (
        f"<html><head><title>Leaders meet</title></head><body><article><p>{TEXT}</p></article></body></html>"
    )
    doc = eventwire.code(html=html, published="2024-09-06")
    assert "held talks in Seoul" in doc.text


def test_code_needs_exactly_one_of_text_and_html() -> None:
    with pytest.raises(eventwire.EventwireError, match="either text or html"):
        eventwire.code()


def test_pipeline_codes_a_stream_and_names_bad_documents() -> None:
    documents = [
        eventwire.Document(id="a", text=TEXT, published="2024-09-06"),
        eventwire.Document(id="b", text="   ", origin="empty-one"),
    ]
    results = list(eventwire.Pipeline().code_stream(documents))
    assert isinstance(results[0], eventwire.CodedDocument) and results[0].id == "a"
    assert isinstance(results[1], eventwire.InputError) and results[1].origin == "empty-one"


def test_editing_a_rule_file_changes_what_stored_codings_are_keyed_by(tmp_path, monkeypatch) -> None:
    import shutil

    from eventwire import pipeline

    data = tmp_path / "data"
    shutil.copytree(pipeline.DATA_DIR, data)
    monkeypatch.setattr(pipeline, "DATA_DIR", data)
    document = eventwire.Document(id="a", text=TEXT)
    pipeline.rules_fingerprint.cache_clear()
    before = pipeline.coded_hash(document, eventwire.Options())
    with (data / "events.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n# a political scientist's edit\n")
    pipeline.rules_fingerprint.cache_clear()
    try:
        assert pipeline.coded_hash(document, eventwire.Options()) != before
    finally:
        monkeypatch.undo()
        pipeline.rules_fingerprint.cache_clear()


def test_the_two_leaders_are_both_parties_of_their_agreement():
    coded = eventwire.code(
        "Chilean President Gabriel Boric spoke by telephone with Peruvian President Dina Boluarte on "
        "Monday, and the two leaders agreed to reopen the border crossing.",
        published="2025-03-04",
    )
    agree = [event for event in coded.events if event.type == "AGREE"]
    assert agree and {actor.country for actor in agree[0].actor} == {"CHL", "PER"}


def test_an_undated_event_told_in_the_simple_past_takes_the_story_date():
    coded = eventwire.code(
        "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Tuesday.\n\n"
        "Boric praised Peru's offer of help. Boluarte has accused Bolivia of smuggling.",
        published="2025-03-06",
    )
    by_type = {event.type: event for event in coded.events}
    assert (by_type["CONSULT"].date, by_type["CONSULT"].date_from) == ("2025-03-04", "sentence")
    assert (by_type["SUPPORT"].date, by_type["SUPPORT"].date_from) == ("2025-03-04", "narrative")
    assert (by_type["ACCUSE"].date, by_type["ACCUSE"].date_from) == (None, None)  # a perfect: undated


def test_a_visit_is_to_the_country_of_the_place_visited():
    coded = eventwire.code(
        "Chilean Foreign Minister Ana Ruiz visited Lima on Monday.", published="2025-03-06"
    )
    visit = next(event for event in coded.events if event.type == "CONSULT")
    assert [a.country for a in visit.actor] == ["CHL"] and [a.country for a in visit.recipient] == ["PER"]


def test_an_input_error_survives_the_trip_to_a_worker_process_and_back() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(eventwire.InputError("a.txt", "the input is empty")))
    assert (error.origin, error.reason, str(error)) == (
        "a.txt",
        "the input is empty",
        "a.txt: the input is empty",
    )


def test_an_html_page_that_cleans_to_too_much_text_is_named_not_crashed() -> None:
    paragraphs = (
        "<p>"
        + " ".join(f"Report {n}.{k}: the minister met envoy {n * 100 + k} on Monday." for k in range(40))
        + "</p>"
        for n in range(500)
    )
    page = "<html><body><article>" + "\n".join(paragraphs) + "</article></body></html>"
    documents = [eventwire.Document(id="long", html=page, origin="long.html", published="2024-09-06")]
    results = list(eventwire.Pipeline().code_stream(documents))
    assert isinstance(results[0], eventwire.InputError) and results[0].origin == "long.html"
    assert "split it" in results[0].reason


def test_a_short_text_in_another_script_is_refused_as_not_english() -> None:
    documents = [
        eventwire.Document(
            id="ru", text="ВИЛЬНЮС, 3 марта — Министр обороны Литвы встретился с коллегой из Польши."
        ),
        eventwire.Document(id="en", text="VILNIUS, March 3 (Wire) — Lithuania and Poland signed a deal."),
    ]
    results = list(eventwire.Pipeline().code_stream(documents))
    assert isinstance(results[0], eventwire.InputError) and "language" in results[0].reason
    assert isinstance(results[1], eventwire.CodedDocument)
