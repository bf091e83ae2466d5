"""Whom a reaction or a protest is aimed at (session 17): "welcomed the resolution" goes to the body
that adopted it, not to the latest act of anyone else; a protest against another side's act ("took to
the streets to condemn the closure") is aimed at whoever closed, not at the protesters' own state.
Whole pipeline (``eventwire.code``) on short stories written for these tests."""

from __future__ import annotations

import eventwire


def coded(text: str, published: str):
    return eventwire.code(text, published=published).events


def parties(actors) -> set[str]:
    return {actor.country or "?" for actor in actors}


def aimed(events, event_type: str) -> dict[frozenset[str], set[str]]:
    return {frozenset(parties(e.actor)): parties(e.recipient) for e in events if e.type == event_type}


COUNCIL = (
    "UNITED NATIONS, May 7 (Wire) - The U.N. Security Council on Tuesday passed a resolution "
    "demanding that Libyan militias stop shelling Tripoli.\n\n"
    "The text, drafted by France, was adopted with 13 votes in favour. Russia and China abstained.\n\n"
    "Fighters loyal to the eastern commander shelled a school in Tripoli on Monday, the Red Cross said.\n\n"
    "Libya's unity government welcomed the resolution on Wednesday, while the eastern parliament "
    "rejected the vote as biased."
)


def test_a_vote_rejected_is_the_council_s_not_the_rejecter_s_own():
    # "the vote" would otherwise be read as a domestic vote of the rejecter's own country
    assert aimed(coded(COUNCIL, "2024-05-08"), "REJECT")[frozenset({"LBY"})] == {"IGO"}


def test_a_force_welcomed_goes_to_the_council_that_approved_it_not_to_the_latest_act():
    text = (
        "ADDIS ABABA, Jan 14 (Wire) - The African Union's Peace and Security Council on Monday approved "
        "a new stabilisation force for Somalia to replace its outgoing mission.\n\n"
        "Ethiopian troops shelled militant positions near Baidoa on Tuesday, a local official said.\n\n"
        "Somalia's president welcomed the force on Wednesday."
    )
    assert aimed(coded(text, "2025-01-16"), "SUPPORT")[frozenset({"SOM"})] == {"IGO"}


BORDER = (
    "BERLIN, May 8 (Wire) - Poland on Tuesday closed its last two border crossings with Belarus, "
    "citing a surge of migrants.\n\n"
    "In Minsk, thousands of people took to the streets on Wednesday to condemn the closure."
)


def test_a_protest_against_a_foreign_act_is_aimed_at_its_doer():
    assert aimed(coded(BORDER, "2024-05-08"), "PROTEST")[frozenset({"BLR"})] == {"POL"}


def test_a_protest_against_its_own_government_s_act_stays_at_home():
    text = (
        "NAIROBI, June 20 (Wire) - Kenya's government on Tuesday raised the tax on fuel and bread, "
        "the finance ministry said.\n\n"
        "In Nairobi, thousands of people took to the streets on Wednesday to condemn the increase."
    )
    assert aimed(coded(text, "2024-06-20"), "PROTEST")[frozenset({"KEN"})] == {"KEN"}


def test_a_judgement_said_of_another_side_s_act_is_aimed_at_its_doer():
    # the minister's own country is only where the tariffs hurt; the tariffs are Washington's
    text = (
        "WASHINGTON, March 12 (Wire) - The United States on Monday imposed a 25 percent tariff on "
        "Mexican steel, the Commerce Department said.\n\n"
        "Mexico's economy minister said on Tuesday that the tariffs were an attack on Mexican workers."
    )
    assert aimed(coded(text, "2025-03-12"), "ACCUSE")[frozenset({"MEX"})] == {"USA"}
