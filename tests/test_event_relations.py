"""Diplomatic relations and withdrawals (session 6): an envoy pulled out is recalled (SANCTION), one's
own forces pulled out are withdrawn from the place named, and raising ties to a higher rank is
SUPPORT. Whole pipeline (``eventwire.code``) on sentences written for these tests."""

from __future__ import annotations

import eventwire


def coded(text: str, published: str = "2025-03-14"):
    return eventwire.code(text, published=published).events


def parties(actors) -> set[str]:
    return {actor.country or ("IGO" if actor.igo else "?") for actor in actors}


def test_an_envoy_pulled_out_of_a_capital_is_recalled_from_its_country():
    events = coded("Ghana pulled its ambassador out of Abuja on Tuesday.")
    assert [(event.type, event.mode) for event in events] == [("SANCTION", "withdraw")]
    assert parties(events[0].actor) == {"GHA"} and parties(events[0].recipient) == {"NGA"}


def test_own_troops_pulled_out_are_withdrawn_from_the_place_not_from_their_army():
    events = coded("Chad pulled its troops out of Sudan on Tuesday.")
    assert [event.type for event in events] == ["RETREAT"]
    assert parties(events[0].recipient) == {"SDN"}
    events = coded("Chad pulled its troops back on Tuesday.")
    assert [event.type for event in events] == ["RETREAT"] and not events[0].recipient


def test_raising_relations_to_a_higher_rank_is_support_between_both():
    for text in (
        "Chile and Peru upgraded their ties to a strategic partnership on Tuesday.",
        "Chile and Peru raised relations to the level of a comprehensive partnership on Tuesday.",
        "Chile and Peru elevated ties to an alliance on Tuesday.",
    ):
        events = coded(text)
        assert [event.type for event in events] == ["SUPPORT"], text
        assert parties(events[0].actor) | parties(events[0].recipient) == {"CHL", "PER"}


def test_raising_other_things_is_no_support():
    events = coded("Chile raised tariffs on Peruvian copper on Tuesday.")
    assert "SUPPORT" not in {event.type for event in events}


def test_a_government_disappointed_by_a_decision_disapproves_of_whoever_took_it():
    events = coded(
        "Ghana expelled two Nigerian diplomats on Monday. "
        "Nigeria said on Tuesday it was deeply disappointed by the decision."
    )
    disapproval = [event for event in events if event.type == "ACCUSE"]
    assert disapproval
    assert parties(disapproval[0].actor) == {"NGA"} and parties(disapproval[0].recipient) == {"GHA"}


def test_a_reaction_to_the_decision_skips_an_act_denied_since():
    # the latest act before "the decision" is one Beijing says it will not take: no decision to react to
    events = coded(
        "The European Union decided on Monday to impose tariffs on Chinese electric cars. Beijing said it "
        "would not retaliate against European farmers. On Tuesday, German Chancellor Olaf Scholz "
        "criticised the decision."
    )
    criticism = [event for event in events if event.type == "ACCUSE" and parties(event.actor) == {"DEU"}]
    assert criticism and parties(criticism[0].recipient) == {"IGO"}


def test_hauling_in_an_envoy_is_a_summons_and_hauling_in_suspects_an_arrest():
    summons = coded("Warsaw hauled in Belarus's ambassador on Monday over the balloon flights.")
    assert [event.type for event in summons] == ["ACCUSE"]
    assert parties(summons[0].recipient) == {"BLR"}
    arrests = coded("Polish police hauled in 12 suspected smugglers on Monday.")
    assert [event.type for event in arrests] == ["COERCE"]


def test_calling_off_a_trip_is_a_cancelled_visit():
    events = coded("Italy's defence minister called off his trip to Ankara on Tuesday.")
    assert [event.type for event in events] == ["REJECT"]


def test_an_envoy_named_after_his_title_ordered_out_is_expelled():
    events = coded("Managua ordered Mexican envoy Carlos Ruiz out of the country on Monday.")
    assert [event.type for event in events] == ["SANCTION"]
    assert parties(events[0].recipient) == {"MEX"}


def test_staying_away_from_celebrations_is_a_refusal_to_attend():
    events = coded("Peru's ambassador stayed away from Bolivia's independence day celebrations on Friday.")
    assert [event.type for event in events] == ["REJECT"]
