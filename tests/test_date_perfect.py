"""A present perfect made known by a dated statement takes the statement's day (eventwire.date_perfect),
on sentences written for these tests (published 2024-03-15, a Friday)."""

from __future__ import annotations

import pytest
from tests.test_date_narrative_main_act import event as narrative_event
from tests.test_event_dates_attach import date_of

from eventwire.date_narrative import inherit_narrative_dates


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        (
            "Chile has halted all copper shipments to Peru, the economy ministry said on Friday.",
            "halted",
            "2024-03-15",
        ),
        (
            "Norway has suspended its funding for the dam, a government spokesman said on Tuesday night.",
            "suspended",
            "2024-03-12",
        ),
        (
            "The foreign ministry said on Wednesday that Japan has frozen the assets of three firms.",
            "frozen",
            "2024-03-13",
        ),
    ],
)
def test_a_perfect_reported_by_a_dated_statement_takes_its_day(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the act is spread over time or its time is left open
        ("Brazil has accused Argentina for years of dumping steel, the minister said on Monday.", "accused"),
        ("Kenya has repeatedly denied the claims, officials said on Monday.", "denied"),
        ("Rebels have shelled the town since March, the army said on Monday.", "shelled"),
        ("Ghana has already sent troops to the border, the minister said on Monday.", "sent"),
        # the statement is itself told as undated news
        ("Chile has halted copper shipments, officials have said since Monday.", "halted"),
        # not a verb of saying
        ("Chile has halted copper shipments, the agency estimated on Monday.", "halted"),
    ],
)
def test_a_perfect_whose_time_is_left_open_stays_undated(nlp, text, trigger):
    assert date_of(nlp, text, trigger) is None


def test_a_perfect_dated_by_its_statement_anchors_no_later_act():
    lead = (
        "Norway has suspended its funding for the dam, an official said on Tuesday, two days after "
        "ministers of both countries met in Oslo."
    )
    met = narrative_event("CONSULT", lead, "met", ["NOR", "ETH"], "2024-03-10")
    suspended = narrative_event("SANCTION", lead, "suspended", ["NOR"], "2024-03-12")
    later = "Norway's minister then cancelled a visit to the site."
    cancelled = narrative_event("REJECT", later, "cancelled", ["NOR"])
    inherit_narrative_dates([suspended, met, cancelled], narrated={id(cancelled)})
    assert cancelled.date == "2024-03-10"
