"""Names whose country depends on the document (countries.yaml ``document_readings``): wire "Congo"."""

from __future__ import annotations

import pytest

from eventwire.actors import extract_actors
from eventwire.countries import country_of, lookup, read_in_document
from eventwire.places import find_places


def countries_of(nlp, text: str, surface: str) -> set[str | None]:
    """Countries of every actor mentioned by a mention containing ``surface``."""
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    return {by_id[mention.actor_id].country for mention in mentions if surface in mention.text}


def test_bare_congo_is_the_dr_congo_by_default():
    assert country_of("Congo") == country_of("the Congo") == "COD"
    assert country_of("Congolese") == "COD"
    assert country_of("Democratic Republic of the Congo") == "COD"
    assert country_of("Republic of Congo") == country_of("Congo Republic") == "COG"


def test_the_republic_of_congo_named_anywhere_turns_bare_congo():
    entry = lookup("Congo")
    assert read_in_document("Congo", entry, "Talks opened in Brazzaville. Congo said ...").code == "COG"
    assert read_in_document("Congo", entry, "BRAZZAVILLE (Wire) - Congo said ...").code == "COG"
    # The DR Congo's long name holds "Republic of the Congo" but is no cue for its neighbour.
    text = "The Democratic Republic of the Congo and Congo ..."
    assert read_in_document("Congo", entry, text).code == "COD"
    # A story naming Zaire is from 1971-1997, when "Congo" alone was the Republic of Congo.
    assert read_in_document("Congo", entry, "Zaire and Congo signed a river accord.").code == "COG"
    assert read_in_document("Rwanda", lookup("Rwanda"), "Brazzaville").code == "RWA"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Congo and Burundi signed a border accord on Friday.", "Congo", {"COD"}),
        ("Congolese soldiers shelled rebel positions near Bukavu.", "Congolese", {"COD"}),
        (
            "The Republic of Congo held a referendum. Congo's president said turnout was high.",
            "Congo's",
            {"COG"},
        ),
        ("Officials in Brazzaville said Congolese police detained a journalist.", "olice", {"COG"}),
    ],
)
def test_actor_country_of_congo(nlp, text, surface, expected):
    assert countries_of(nlp, text, surface) == expected


def test_places_read_bare_congo_like_actors(nlp):
    doc = nlp("Aid convoys reached eastern Congo on Monday.")
    assert [place.country for place in find_places(doc) if place.text == "Congo"] == ["COD"]
    doc = nlp("Flooding in Brazzaville forced Congo to declare an emergency.")
    assert [place.country for place in find_places(doc) if place.text == "Congo"] == ["COG"]


def test_the_west_is_the_group_but_not_inside_a_longer_name():
    import eventwire

    def mentions(text: str) -> list[tuple[str, str]]:
        coded = eventwire.code(text, published="2025-03-14")
        return [(m.text, m.actor_id) for m in coded.mentions]

    assert ("The West", "group:the-west") in mentions("The West has imposed sanctions on Moscow.")
    assert "group:the-west" not in {i for _, i in mentions("The West African bloc ECOWAS urged talks.")}


def test_the_dateline_names_no_actor():
    import eventwire

    coded = eventwire.code(
        "NIAMEY, March 14 (Wire) — Niger ordered Benin's ambassador to leave.", published="2025-03-14"
    )
    assert "NIAMEY" not in {mention.text for mention in coded.mentions}


def test_a_country_word_the_parser_tags_as_a_person_is_no_person(nlp):
    # the small English model tags the adjective PERSON in both sentences
    text = "India issued a notification on Saturday restricting Bangladeshi imports through land ports."
    assert countries_of(nlp, text, "Bangladeshi") <= {"BGD"}  # before: a person, of India
    text = "Armenia handed four border villages to Azerbaijani control that month."
    assert countries_of(nlp, text, "Azerbaijani") <= {"AZE"}
