"""A date in a clause opened by a bare "after"/"before" is the day of the act it tells the event came
after or before (eventwire.date_offsets.sequence_clauses_below), on sentences written for these tests."""

from __future__ import annotations

from tests.test_event_dates_attach import date_of


def test_an_after_clause_does_not_date_the_participle_above_it(nlp):
    text = (
        "The administration last month imposed sanctions on three court officials, accusing the tribunal "
        "of bias, after the president authorised such measures in January."
    )
    assert date_of(nlp, text, "accusing") == "2024-02"


def test_a_measured_offset_still_counts_from_its_clause(nlp):
    text = "The minister resigned on Thursday, two days after police raided his office on Tuesday."
    assert date_of(nlp, text, "raided") == "2024-03-12"
