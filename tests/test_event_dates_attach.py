"""Which time expression of a sentence dates an event (eventwire.date_attach), on sentences written here."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventwire.date_attach import attach_date, is_present_perfect
from eventwire.dates import resolve_dates

PUBLISHED = "2024-03-15"  # a Friday


def date_of(nlp, text: str, trigger_word: str) -> str | None:
    """The value attach_date gives the event whose trigger is ``trigger_word``, with the pipeline's dates."""
    doc = nlp(text)
    head = next(token for token in doc if token.text == trigger_word)
    when = attach_date(
        SimpleNamespace(head=head, type=None), head.sent, resolve_dates(doc, PUBLISHED), PUBLISHED
    )
    return when.value if when else None


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # a relative clause set off by commas is background about its noun
        (
            "The envoy, who toured the region last month, condemned the shelling on Monday.",
            "condemned",
            "2024-03-11",
        ),
        (
            "Rebel leader Omar Said, who says he won the January 12 vote, has accused the army of fraud.",
            "accused",
            None,
        ),
        # without commas it tells what the event's target was doing then
        (
            "Riot police fired tear gas at students who gathered outside the ministry on Monday.",
            "fired",
            "2024-03-11",
        ),
        # "since" opens a period: no single act's day
        ("The rebels have shelled the northern districts since January.", "shelled", None),
        # a present perfect is not dated by the verb that reports it ...
        (
            "Authorities have detained an aid worker, the state broadcaster reported on Thursday.",
            "detained",
            None,
        ),
        # ... but by a date of its own clause, and a past perfect by the dated saying
        (
            "Authorities have detained an aid worker on Tuesday, the state broadcaster reported.",
            "detained",
            "2024-03-12",
        ),
        ("The army said on Wednesday it had shot down a drone over the border.", "shot", "2024-03-13"),
        # a date of the trigger's own verb beats a nearer one of the verb it is coordinated with
        (
            "The president addressed parliament on Tuesday and held talks with the premier on Thursday.",
            "talks",
            "2024-03-14",
        ),
        (
            "The president condemned the raid on Tuesday and will visit the border next week.",
            "condemned",
            "2024-03-12",
        ),
        # "since" also through the noun a date hangs from
        (
            "A rights group said 30 protesters had been killed by police since the vote on March 3.",
            "killed",
            None,
        ),
        # a call told in the past was made before publication, whatever day it names; a date that
        # says which happening a noun names ("this month's vote") dates nothing else
        (
            "The opposition leader on Thursday rejected the results of this month's vote and called for a strike next week.",
            "called",
            "2024-03-14",
        ),
        # ... unless that noun does the act: the strikes' destruction is the strikes' day
        (
            "Monday's air strikes destroyed a bridge near the border, the governor said.",
            "destroyed",
            "2024-03-11",
        ),
        (
            "Monday's air strikes were condemned by the governor at a rally in the capital.",
            "condemned",
            None,
        ),
        (
            "The governor condemned Monday's air strikes at a rally in the capital.",
            "condemned",
            None,
        ),
        # a day told against another clause's
        (
            "The premier on Wednesday dissolved parliament, a day after protesters stormed it.",
            "stormed",
            "2024-03-12",
        ),
        (
            "The premier on Wednesday dissolved parliament, a day after protesters stormed it.",
            "dissolved",
            "2024-03-13",
        ),
        (
            "The army shelled the port two days after rebels seized a fuel depot on Monday.",
            "shelled",
            "2024-03-13",
        ),
        (
            "The army on Friday shelled the port two days after rebels seized a fuel depot.",
            "seized",
            "2024-03-13",
        ),
        (
            "The army shelled the port on Thursday, hours after rebels seized a fuel depot.",
            "seized",
            "2024-03-14",
        ),
        # an act placed by another happening is not dated by the report of it (the story dates it)
        (
            "Police detained dozens of people during the march, a police spokesman said on Thursday.",
            "detained",
            None,
        ),
        # a simple past keeps the nearest date of its sentence
        ("Police detained twelve activists on Tuesday, a spokesman said.", "detained", "2024-03-12"),
    ],
)
def test_attach_date(nlp, text, trigger, value):
    assert date_of(nlp, text, trigger) == value


def test_present_perfect_is_has_or_have_not_had(nlp):
    doc = nlp("The ministry has summoned the ambassador. The ministry had summoned the ambassador.")
    summoned = [token for token in doc if token.text == "summoned"]
    assert [is_present_perfect(token) for token in summoned] == [True, False]


def test_an_act_told_in_a_when_clause_of_a_date_happened_then(nlp):
    import eventwire

    coded = eventwire.code(
        "The border has stayed closed since July, when Niger's army seized power.", published="2025-03-14"
    )
    assert [(d.text, d.value) for d in coded.dates] == [("July", "2024-07")]  # "since" looks back
    assert [event.date for event in coded.events if event.type == "COERCE"] == ["2024-07"]


def test_a_which_clause_of_a_period_does_not_take_its_date(nlp):
    # only a "when" clause of a date tells what happened then; "which ended on ..." describes the period
    text = "The ministry blamed the drought for losses in the first quarter, which ended on March 2."
    assert date_of(nlp, text, "ended") == "2024-03-02"  # the clause's own date, not the quarter's
    when_clause = "Troops have guarded the border since January, when rebels seized the town of Kaya."
    assert date_of(nlp, when_clause, "seized") == "2024-01"
