""" "the coalition" after "the US-led coalition" is that coalition again (its leading country's
military); with no country-led group named before, the words are left alone."""

from __future__ import annotations

from eventwire.actors import extract_actors


def ids_of(nlp, text: str, words: str) -> list[str]:
    _, mentions = extract_actors(nlp(text))
    return [mention.actor_id for mention in mentions if mention.text.lower() == words]


def test_the_coalition_after_a_country_led_coalition(nlp):
    text = (
        "The French-led coalition shelled rebel positions near Gao. Later the coalition withdrew its tanks."
    )
    assert ids_of(nlp, text, "the coalition") == ["FRA-MIL"]


def test_a_chain_of_references_keeps_the_coalition(nlp):
    text = (
        "The Turkish-led alliance struck a depot on Monday. Rebels urged the alliance to stop. "
        "Officials said the alliance had fired forty missiles since May."
    )
    assert ids_of(nlp, text, "the alliance") == ["TUR-MIL", "TUR-MIL"]


def test_no_country_led_group_before(nlp):
    text = "Opposition parties formed a coalition on Monday. Later the coalition chose a leader."
    assert not [key for key in ids_of(nlp, text, "the coalition") if key.endswith("-MIL")]
