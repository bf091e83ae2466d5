"""Names that open with a military rank ("Rear Admiral", "Air Chief Marshal") and surnames that are
also capitals ("Santiago"): neither the rank's first word nor the surname is an actor of its own."""

from __future__ import annotations

import pytest

from eventwire.actors import extract_actors


def people(nlp, text: str) -> dict[str, tuple[str | None, str]]:
    """Person actors by name: (country, mention text of their first mention)."""
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    found: dict[str, tuple[str | None, str]] = {}
    for mention in mentions:
        actor = by_id[mention.actor_id]
        if actor.kind == "person":
            found.setdefault(actor.name, (actor.country, mention.text))
    return found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Chile's navy commander, Rear Admiral Pedro Soto, warned Peru on Monday.", "Pedro Soto", "CHL"),
        (
            "Sweden's air force chief, Air Chief Marshal Erik Lund, accused Russia of spying.",
            "Erik Lund",
            "SWE",
        ),
        (
            "Kenya's army commander, Lieutenant General Peter Otieno, said troops had arrived.",
            "Peter Otieno",
            "KEN",
        ),
        ("Egypt's army spokesman, Brigadier General Yusuf Amin, denied the report.", "Yusuf Amin", "EGY"),
    ],
)
def test_rank_in_an_apposition_is_no_person(nlp, text, name, country):
    found = people(nlp, text)
    assert set(found) == {name}  # no person named "Rear", "Air", "Lieutenant" or "Brigadier"
    assert found[name][0] == country


def test_rank_after_a_counterpart_is_no_name(nlp):
    found = people(nlp, "Greece's defence minister met his counterpart, Vice Admiral Ana Costa, on Monday.")
    assert "Ana Costa" in found
    assert not any(name in {"Vice", "Admiral"} for name in found)


@pytest.mark.parametrize(
    "text",
    [
        "Rear Admiral Ana Cruz told reporters that the navy would escort the convoy.",
        "Air Vice Marshal Tom Reed said the jets had returned to base.",
    ],
)
def test_rank_opening_a_sentence_is_the_title(nlp, text):
    assert set(people(nlp, text)) <= {"Ana Cruz", "Tom Reed"}
    assert len(people(nlp, text)) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "MANILA (Wire) - Bureau director Jaime Santiago said agents had detained a suspect.",
            "Jaime Santiago",
        ),
        ("Former minister Michelle Santiago criticised the government in Manila.", "Michelle Santiago"),
    ],
)
def test_capital_as_surname_is_part_of_the_name(nlp, text, name):
    actors, mentions = extract_actors(nlp(text))
    assert name in [mention.text for mention in mentions]
    assert "CHL" not in {actor.country for actor in actors}  # Santiago names no one from Chile
