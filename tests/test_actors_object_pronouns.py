"""Pronouns as objects ("urged him to", "asked it to", "called on them to") refer to an actor named before,
never to the subject of their own clause."""

from __future__ import annotations

from eventwire.actors import extract_actors


def object_pronoun_actors(nlp, text: str, pronoun: str) -> list[list[str]]:
    """Actor ids of each resolved occurrence of ``pronoun`` (one list per occurrence, in text order)."""
    _, mentions = extract_actors(nlp(text))
    by_start: dict[int, list[str]] = {}
    for mention in mentions:
        if mention.text.lower() == pronoun and mention.how == "pronoun":
            by_start.setdefault(mention.start, []).append(mention.actor_id)
    return [by_start[start] for start in sorted(by_start)]


def test_it_told_to_act_is_the_state_spoken_to_in_the_same_sentence(nlp):
    text = "Norway phoned Venezuela on Friday and asked it to free the detained sailors."
    assert object_pronoun_actors(nlp, text, "it") == [["VEN"]]


def test_it_told_to_act_is_the_earlier_subject_not_the_speaker(nlp):
    text = "Eritrea moved troops to the border. Kenya urged it to pull them back."
    assert object_pronoun_actors(nlp, text, "it") == [["ERI"]]


def test_him_is_the_leader_named_before(nlp):
    text = "President Erdogan threatened Greece on Monday. Austria criticized him for the remarks."
    ids = object_pronoun_actors(nlp, text, "him")
    assert len(ids) == 1 and ids[0][0].startswith("person:") and "erdogan" in ids[0][0]


def test_them_called_on_takes_every_party_of_a_coordinated_subject(nlp):
    text = "Peru and Ecuador exchanged fire on the frontier. Chile called on them to show restraint."
    assert object_pronoun_actors(nlp, text, "them") == [["PER", "ECU"]]


def test_it_as_the_thing_acted_on_is_no_actor(nlp):
    text = "Serbia offered a new border plan. Kosovo rejected it on Tuesday."
    assert object_pronoun_actors(nlp, text, "it") == []


def test_it_blamed_for_doing_something_is_the_body_named_before(nlp):
    text = (
        "The African Union suspended Gabon on Monday. Gabon's junta accused it of serving foreign interests."
    )
    assert object_pronoun_actors(nlp, text, "it") == [["IGO:AU"]]
