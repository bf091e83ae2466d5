"""Reactions to earlier actions (session 15): "condemned the raid", "called the resolution biased"
are aimed at whoever raided or resolved, found among the story's earlier events, even when the
noun names whom the act was aimed at; a definite event noun that only places something in time
("hurt during the raid") is no event of its own. Whole pipeline (``eventwire.code``) on short
stories written for these tests."""

from __future__ import annotations

import eventwire


def coded(text: str, published: str = "2025-03-14"):
    return eventwire.code(text, published=published).events


def parties(actors) -> set[str]:
    return {actor.country or "?" for actor in actors}


RAID = (
    "CARACAS, March 9 (Wire) - Venezuelan soldiers stormed the Argentine ambassador's residence in "
    "Caracas on Friday and detained two opposition aides who had sheltered there.\n\n"
    "Chile and Uruguay condemned the raid on the residence on Saturday.\n\n"
    "Argentina's foreign ministry called the raid a grave violation of international law."
)


def accusations(events) -> dict[frozenset[str], set[str]]:
    return {frozenset(parties(e.actor)): parties(e.recipient) for e in events if e.type == "ACCUSE"}


def test_a_condemned_raid_on_a_named_target_is_aimed_at_the_raider():
    # the noun names the residence raided (Argentina's), but the raider is condemned
    assert accusations(coded(RAID, "2025-03-09"))[frozenset({"CHL", "URY"})] == {"VEN"}


def test_a_reaction_is_not_aimed_at_an_earlier_reaction_to_the_same_act():
    # "condemned the raid" holds the word "raid", but Chile and Uruguay did not raid anything
    assert accusations(coded(RAID, "2025-03-09"))[frozenset({"ARG"})] == {"VEN"}


def test_a_resolution_passed_against_a_state_is_the_one_its_reply_is_aimed_at():
    text = (
        "GENEVA, Oct 9 (Wire) - The U.N. Human Rights Council on Wednesday adopted a resolution "
        "condemning Eritrea for arbitrary detentions.\n\n"
        "Canada and the Netherlands urged Eritrea to free the detainees.\n\n"
        "Eritrea's information ministry on Thursday called the resolution unacceptable and biased."
    )
    assert accusations(coded(text, "2025-10-09"))[frozenset({"ERI"})] == {"IGO"}


def test_an_event_noun_that_only_tells_when_is_no_event_of_its_own():
    text = (
        "NAIROBI, May 6 (Wire) - Kenyan police raided the Nairobi offices of a Somali broadcaster on "
        "Monday.\n\nSomalia's information minister said two Somali reporters had been hurt during the raid."
    )
    events = coded(text, "2025-05-06")
    assert [event for event in events if event.type in {"COERCE", "ASSAULT"}]
    assert not [event for event in events if event.evidence[0].triggers == ["raid"]]


def test_a_threat_to_answer_an_attack_is_aimed_at_the_attackers():
    text = (
        "SANAA, Feb 3 (Wire) - U.S. and British jets struck Houthi targets in Yemen on Saturday.\n\n"
        "A Houthi military spokesman said the group would respond to the aggression."
    )
    threats = [event for event in coded(text, "2024-02-04") if event.type == "THREATEN"]
    assert threats and parties(threats[0].recipient) == {"GBR", "USA"}
