"""Without a publication date, a wire dateline's day is what events are told against
(eventwire.dates.reference_day and the pipeline). Texts written for these tests."""

from __future__ import annotations

from eventwire.dates import reference_day
from eventwire.pipeline import Options, code_document
from eventwire.records import Document

FILED = (
    "LIMA, March 14 (Wire) — Peru's government expelled Chile's ambassador on Tuesday, a week after "
    "talks in Santiago on March 5, 2024 failed. Peru expelled Chile's consul in 2019 as well, the "
    "ministry said."
)


def test_the_publication_date_comes_first():
    assert reference_day(FILED, "2024-03-20T08:00:00") == "2024-03-20T08:00:00"


def test_without_one_the_datelines_day_stands_in():
    assert reference_day(FILED, None) == "2024-03-14"
    assert reference_day("GENEVA (Wire) — Diplomats met on Tuesday.", None) is None


def test_events_of_an_undated_text_are_told_against_its_filing_day(nlp):
    coded = code_document(Document(id="filed", text=FILED), Options(), nlp)
    assert coded.published is None  # the record still says the text gave no publication date
    by_date = {event.date: event for event in coded.events}
    assert not by_date["2024-03-12"].historical
    assert by_date["2019"].historical  # five years before the filing day
