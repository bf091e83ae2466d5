"""Plural and distributive references to sides named before: "the three European powers", "the two
regional powers", "either side", "each government" (eventwire.actor_pairs, eventwire.actor_refs)."""

from __future__ import annotations

from eventwire.actors import extract_actors


def countries_of(nlp, text: str, words: str) -> set[str]:
    """Countries of the mentions whose text is exactly ``words``."""
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    return {by_id[mention.actor_id].country for mention in mentions if mention.text == words}


def test_the_three_powers_with_an_adjective_are_the_list_named_before(nlp):
    text = (
        "Spain, Italy and Portugal asked the Commission to delay the rules on Monday. "
        "The three southern powers said farmers needed more time."
    )
    assert countries_of(nlp, text, "The three southern powers") == {"ESP", "ITA", "PRT"}


def test_the_two_regional_powers_are_the_pair_named_before(nlp):
    text = (
        "Egypt and Turkey restored full diplomatic ties on Tuesday. "
        "Relations between the two regional powers had been frozen for a decade."
    )
    assert countries_of(nlp, text, "the two regional powers") == {"EGY", "TUR"}


def test_either_side_is_each_of_the_pair(nlp):
    text = (
        "Thailand and Cambodia agreed to a ceasefire on Monday. "
        "Washington warned of penalties for either side if the truce was broken."
    )
    assert countries_of(nlp, text, "either side") == {"THA", "KHM"}


def test_each_government_is_each_of_the_pair(nlp):
    text = (
        "Armenia and Azerbaijan signed the border protocol on Friday. "
        "Each government said the other had to ratify it first."
    )
    assert countries_of(nlp, text, "Each government") == {"ARM", "AZE"}
