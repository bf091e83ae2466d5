"""Temporal expressions: detection, tense-aware anchoring, precision, and no-publication-date behaviour."""

from __future__ import annotations

import pytest

from eventwire.dates import find_timexes, resolve_dates

PUBLISHED = "2024-03-15"  # a Friday


def values(nlp, text: str, published: str | None = PUBLISHED) -> dict[str, tuple[str | None, str | None]]:
    doc = nlp(text)
    return {e.text: (e.value, e.precision) for e in resolve_dates(doc, published)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The foreign minister arrived on Saturday for two days of talks.", "Saturday", "2024-03-09"),
        ("The president will host him on Monday in the capital.", "Monday", "2024-03-18"),
        ("Troops shelled the border villages on Thursday.", "Thursday", "2024-03-14"),
        ("The envoy is meeting rebel leaders on Tuesday.", "Tuesday", "2024-03-19"),
        ("The opposition is going to march on Sunday.", "Sunday", "2024-03-17"),
        ("The cabinet plans to vote on Wednesday.", "Wednesday", "2024-03-20"),
        ("Officials said the ceasefire collapsed on Wednesday.", "Wednesday", "2024-03-13"),
        ("Police detained the journalist on Friday.", "Friday", "2024-03-15"),
        ("The ministers met last Friday.", "last Friday", "2024-03-08"),
        ("The summit opens next Monday.", "next Monday", "2024-03-18"),
    ],
)
def test_weekdays_follow_the_tense(nlp, text, phrase, value):
    assert values(nlp, text)[phrase] == (value, "day")


@pytest.mark.parametrize(
    ("text", "phrase", "value", "precision"),
    [
        ("On October 10, protesters stormed the ministry.", "October 10", "2023-10-10", "day"),
        ("Elections will be held on October 10.", "October 10", "2024-10-10", "day"),
        ("The talks will resume in early December.", "early December", "2024-12", "month"),
        ("The rebels withdrew in early December.", "early December", "2023-12", "month"),
        ("Fireworks were banned on New Year's Eve.", "New Year's Eve", "2023-12-31", "day"),
        ("Crowds will gather on Christmas Day.", "Christmas Day", "2024-12-25", "day"),
        ("The army withdrew last year.", "last year", "2023", "year"),
        ("The mission ends next week.", "next week", "2024-W12", "week"),
        ("The ministry confirmed the arrests yesterday.", "yesterday", "2024-03-14", "day"),
        ("The court rules today.", "today", "2024-03-15", "day"),
        ("The town fell two days ago.", "two days ago", "2024-03-13", "day"),
        ("The treaty was signed in 1999.", "1999", "1999", "year"),
        ("Inflation soared in the 1990s.", "the 1990s", "199", "decade"),
        ("The accord was signed on June 24, 2022.", "June 24, 2022", "2022-06-24", "day"),
        ("The decree is dated 2022-06-24.", "2022-06-24", "2022-06-24", "day"),
        ("The strike began on 24 Jun, 2022.", "24 Jun, 2022", "2022-06-24", "day"),
        ("Fighting resumed last summer.", "last summer", "2023-SU", "season"),
        ("Growth slowed in the first quarter of 2023.", "the first quarter of 2023", "2023-Q1", "quarter"),
        ("The reactor was built in the 20th century.", "the 20th century", "19", "century"),
        ("The blast happened at 8 p.m. on the border.", "8 p.m.", "2024-03-15T20:00", "time"),
        ("The memo of 7/8/21 was leaked.", "7/8/21", "2021-07-08", "day"),
        ("Prices rose in June 2021.", "June 2021", "2021-06", "month"),
    ],
)
def test_normalisation(nlp, text, phrase, value, precision):
    assert values(nlp, text)[phrase] == (value, precision)


def test_offsets_point_into_the_text(nlp):
    text = "Negotiators met on Monday and will meet again on March 30."
    doc = nlp(text)
    for expression in resolve_dates(doc, PUBLISHED):
        assert text[expression.start : expression.end] == expression.text


def test_month_and_weekday_names_that_are_words_are_not_dates(nlp):
    found = values(nlp, "Supporters may march to the square, where a man sat.")
    assert found == {}


def test_without_publication_date_only_absolute_dates_resolve(nlp):
    found = values(nlp, "The treaty of June 24, 2022 was broken on Saturday, two days ago.", published=None)
    assert found["June 24, 2022"] == ("2022-06-24", "day")
    assert found["Saturday"] == (None, "day")
    assert found["two days ago"] == (None, "day")


def test_a_longer_timestamp_as_publication_date_is_accepted(nlp):
    assert values(nlp, "He resigned yesterday.", "2024-03-15T09:30:00Z")["yesterday"] == ("2024-03-14", "day")


def test_durations_sets_and_vague_words_are_not_anchored_dates(nlp):
    text = "He ruled for three years, visits every week, and is now recently retired."
    assert values(nlp, text) == {}
    kinds = {t.text: (t.timex_type, t.value) for t in find_timexes(nlp(text), PUBLISHED)}
    assert kinds["three years"] == ("DURATION", "P3Y")
    assert kinds["every week"] == ("SET", "P1W")
    assert kinds["now"] == ("DATE", "PRESENT_REF")


def test_part_of_day_is_kept_for_timeml_and_dropped_for_the_pipeline(nlp):
    doc = nlp("Gunmen attacked the base on Sunday night.")
    timex = find_timexes(doc, PUBLISHED)[0]
    assert (timex.timex_type, timex.value) == ("TIME", "2024-03-10TNI")
    assert resolve_dates(doc, PUBLISHED)[0].value == "2024-03-10"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Riot police dispersed the marchers on Thursday night.", "Thursday night", "2024-03-14"),
        (
            "Students occupied the rectorate on Monday evening, organisers said.",
            "Monday evening",
            "2024-03-11",
        ),
    ],
)
def test_a_part_of_a_past_weekday_keeps_that_day(nlp, text, phrase, value):
    assert values(nlp, text)[phrase] == (value, "day")


def test_overnight_is_the_night_ending_on_the_publication_morning(nlp):
    found = values(nlp, "Artillery pounded the port town overnight, the regional governor said.")
    assert found["overnight"] == (PUBLISHED, "day")
    assert values(nlp, "Overnight, rebels cut the main road north.")["Overnight"] == (PUBLISHED, "day")


def test_overnight_before_a_noun_is_no_date(nlp):
    assert values(nlp, "The delegates took an overnight flight to Doha.") == {}
    assert values(nlp, "After overnight talks the parties signed nothing.") == {}


@pytest.mark.parametrize("adjective", ["straight", "consecutive", "working", "more", "full"])
def test_a_duration_may_have_any_adjective_between_count_and_unit(nlp, adjective):
    text = f"The strike has lasted for three {adjective} weeks."
    durations = [t for t in find_timexes(nlp(text), PUBLISHED) if t.timex_type == "DURATION"]
    assert [(t.text, t.value) for t in durations] == [(f"three {adjective} weeks", "P3W")]
