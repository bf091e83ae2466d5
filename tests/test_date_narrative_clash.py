"""The other side's act in a clash the story just dated takes its day; a crowd "outside the summit" is
there on the summit's day; a present perfect spread over time, reported by a past verb of saying, is
not told in the story's time (eventwire.date_narrative). Sentences written for these tests."""

from __future__ import annotations

from eventwire.date_narrative import inherit_narrative_dates, told_in_simple_past
from eventwire.records import Actor, Event, Evidence


def side(code: str, sector: str | None = None) -> Actor:
    return Actor(
        f"a:{code}:{sector}", code, "state" if sector is None else "group", country=code, sector=sector
    )


def event(
    kind: str,
    sentence: str,
    trigger: str,
    actor: list[Actor],
    recipient: list[Actor] = (),
    date: str | None = None,
) -> Event:
    return Event(
        id=f"{kind}-{trigger}",
        type=kind,
        actor=list(actor),
        recipient=list(recipient),
        date=date,
        date_precision="day" if date else None,
        date_from="sentence" if date else None,
        evidence=[Evidence("d", sentence, 0, len(sentence), triggers=[trigger])],
    )


MARCH = "Thousands of teachers marched on the education ministry in Quito on Tuesday."
TEACHERS = side("ECU", "EDU")
POLICE = side("ECU", "COP")


def test_the_police_act_after_a_dated_march_takes_its_day():
    march = event("PROTEST", MARCH, "marched", [TEACHERS], [side("ECU", "GOV")], "2026-03-10")
    detained = event(
        "COERCE", "Police detained 30 of them near the palace.", "detained", [POLICE], [TEACHERS]
    )
    inherit_narrative_dates([march, detained], narrated={id(detained)})
    assert (detained.date, detained.date_from) == ("2026-03-10", "narrative")


def test_the_crowds_answer_to_a_dated_charge_takes_its_day():
    charge = event(
        "ASSAULT", "Riot police charged the crowd on Friday.", "charged", [POLICE], [TEACHERS], "2026-03-13"
    )
    stones = event("ASSAULT", "Protesters threw stones at the officers.", "threw", [TEACHERS], [POLICE])
    inherit_narrative_dates([charge, stones], narrated={id(stones)})
    assert stones.date == "2026-03-13"


def test_a_statement_after_the_march_stays_undated():
    march = event("PROTEST", MARCH, "marched", [TEACHERS], [side("ECU", "GOV")], "2026-03-10")
    said = event(
        "ACCUSE", "The interior minister blamed the union for the chaos.", "blamed", [POLICE], [TEACHERS]
    )
    inherit_narrative_dates([march, said], narrated={id(said)})
    assert said.date is None


def test_another_crowd_after_the_march_is_no_clash():
    march = event("PROTEST", MARCH, "marched", [TEACHERS], [side("ECU", "GOV")], "2026-03-10")
    nurses = event("PROTEST", "Nurses rallied in Guayaquil.", "rallied", [side("ECU", "MED")], [side("ECU")])
    inherit_narrative_dates([march, nurses], narrated={id(nurses)})
    assert nurses.date is None


def test_an_act_with_no_known_doer_takes_no_clash_day():
    march = event("PROTEST", MARCH, "marched", [TEACHERS], [side("ECU", "GOV")], "2026-03-10")
    shots = event("ASSAULT", "Two marchers were shot dead.", "shot", [], [TEACHERS])
    inherit_narrative_dates([march, shots], narrated={id(shots)})
    assert shots.date is None


def test_a_crowd_outside_the_summit_is_there_on_the_summits_day():
    summit = event(
        "CONSULT",
        "Andean leaders opened their summit in Lima on Monday.",
        "summit",
        [side("PER")],
        [],
        "2026-03-09",
    )
    crowd = "Hundreds of farmers protested outside the summit venue."
    protest = event("PROTEST", crowd, "protested", [side("PER", "AGR")], [side("PER")])
    inherit_narrative_dates([summit, protest], narrated={id(protest)})
    assert protest.date == "2026-03-09"


def test_a_perfect_spread_over_time_is_not_told_in_the_story_time(nlp):
    text = "The two navies have been exchanging radar data for more than a year, officials said."
    head = next(token for token in nlp(text) if token.text == "exchanging")
    assert not told_in_simple_past(head)


def test_a_bare_perfect_reported_in_the_past_is_told_in_the_story_time(nlp):
    text = '"We have agreed to reopen the crossing," the minister told reporters.'
    head = next(token for token in nlp(text) if token.text == "agreed")
    assert told_in_simple_past(head)
