""" "the council" / "the union" after an international body whose name ends in that word refer back to
it; after a state's own council they are left to the other rules."""

from __future__ import annotations

from eventwire.actors import extract_actors


def ids_of(nlp, text: str, words: str) -> list[str]:
    _, mentions = extract_actors(nlp(text))
    return [mention.actor_id for mention in mentions if mention.text.lower() == words]


def test_the_council_after_the_security_council_is_the_security_council(nlp):
    text = "The U.N. Security Council debated the blockade on Tuesday. Chile asked the council to act."
    assert ids_of(nlp, text, "the council") == ["IGO:UNSC"]


def test_the_union_after_the_african_union_is_the_african_union(nlp):
    text = "The African Union suspended Guinea in 2021. Guinea's leaders asked the union to lift the measure."
    assert ids_of(nlp, text, "the union") == ["IGO:AU"]


def test_the_council_after_a_national_council_is_no_international_body(nlp):
    text = "Nepal's National Security Council met on Friday. The council asked the army to patrol the border."
    assert "IGO:UNSC" not in ids_of(nlp, text, "the council")
