"""A sentence that dates two acts, one told against the other ("met on Thursday ..., two days after
clashes killed 12"): the story's narrative date is the main act's, not the background act's
(eventwire.date_narrative). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.date_narrative import in_background_clause, inherit_narrative_dates, narrative_cues
from eventwire.records import Actor, Event, Evidence


def event(kind: str, sentence: str, trigger: str, actors: list[str], date: str | None = None) -> Event:
    return Event(
        id=f"{kind}-{trigger}",
        type=kind,
        actor=[Actor(f"a:{code}", code, "state", country=code) for code in actors],
        date=date,
        date_precision="day" if date else None,
        date_from="sentence" if date else None,
        evidence=[Evidence("d", sentence, 0, len(sentence), triggers=[trigger])],
    )


LEAD = (
    "Kenyan and Ethiopian ministers met on Thursday and signed a memorandum on joint patrols, "
    "two days after clashes between herders killed 12 people."
)
FRONTED = "After rebels shelled the border post on Tuesday, the two defence ministers met on Thursday."


@pytest.mark.parametrize(
    ("sentence", "main", "background"),
    [
        (LEAD, [("CONSULT", "met"), ("AGREE", "signed")], ("ASSAULT", "clashes")),
        (FRONTED, [("CONSULT", "met")], ("ASSAULT", "shelled")),
    ],
)
def test_later_acts_take_the_main_acts_day(sentence, main, background):
    acts = [event(kind, sentence, word, ["KEN", "ETH"], "2024-02-29") for kind, word in main]
    told_against = event(background[0], sentence, background[1], ["ETH"], "2024-02-27")
    in_order = sorted([*acts, told_against], key=lambda e: sentence.index(e.evidence[0].triggers[0]))
    praised = event("SUPPORT", "Ethiopia's defence minister praised the deal.", "praised", ["ETH"])
    inherit_narrative_dates([*in_order, praised], narrated={id(praised)})
    assert (praised.date, praised.date_from) == ("2024-02-29", "narrative")


def test_an_act_of_a_later_sentence_still_becomes_the_anchor():
    lead = event("CONSULT", LEAD, "met", ["KEN", "ETH"], "2024-02-29")
    later = event("ASSAULT", "Herders attacked a police post on Friday.", "attacked", ["ETH"], "2024-03-01")
    praised = event("SUPPORT", "Ethiopia's defence minister praised the police.", "praised", ["ETH"])
    inherit_narrative_dates([lead, later, praised], narrated={id(praised)})
    assert praised.date == "2024-03-01"


def test_a_participle_clause_of_the_background_is_background_too():
    lead = (
        "Indonesia's president apologised to Malaysia on Monday, after a ferry sank off Batam on Friday, "
        "killing 12 Malaysian tourists."
    )
    apology = event("CONCEDE", lead, "apologised", ["IDN"], "2026-05-04")
    deaths = event("ASSAULT", lead, "killing", ["MYS"], "2026-05-01")
    call = event("CONSULT", "The two leaders held a phone call.", "held", ["IDN", "MYS"])
    inherit_narrative_dates([apology, deaths, call], narrated={id(call)})
    assert call.date == "2026-05-04"


def test_a_participle_clause_of_the_main_act_is_the_main_act():
    lead = "Police fired on marchers in Lagos on Monday, killing three."
    fired = event("ASSAULT", lead, "fired", ["NGA"], "2026-05-04")
    killing = event("ASSAULT", lead, "killing", ["NGA"], "2026-05-04")
    assert not in_background_clause(killing, narrative_cues())
    assert not in_background_clause(fired, narrative_cues())
