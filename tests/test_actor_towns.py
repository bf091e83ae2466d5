"""Collectives located by a town take the town's country (eventwire.actor_towns)."""

from __future__ import annotations

from eventwire.actor_towns import town_country
from eventwire.actors import extract_actors


def actor_of(nlp, text: str, words: str) -> str | None:
    """The actor id of the first mention whose text contains ``words`` (None if there is none)."""
    _, mentions = extract_actors(nlp(text))
    return next((mention.actor_id for mention in mentions if words in mention.text), None)


def test_town_country_of_an_unambiguous_town():
    assert town_country("Malanville") == "BEN"
    assert town_country("Bakhmut") == "UKR"


def test_town_country_of_a_shared_name_prefers_the_story_country():
    # Gaya is a large city in India and a town in Niger: the story's country decides.
    assert town_country("Gaya", ["NER"]) == "NER"
    assert town_country("Gaya", ["IND"]) == "IND"
    assert town_country("Gaya") is None  # no namesake far larger than the others


def test_town_country_of_a_name_unknown_to_the_gazetteer():
    assert town_country("Qwertyville") is None


def test_traders_in_a_small_border_town_are_of_its_country(nlp):
    text = (
        "LAGOS, Aug 4 (Wire) — Nigeria kept its border shut. Traders in Malanville said sales had collapsed."
    )
    assert actor_of(nlp, text, "Traders") == "BEN-BUS"


def test_residents_of_a_city_the_model_tags_as_a_person(nlp):
    text = "MOSCOW, Aug 4 (Wire) — Russia said its forces had struck depots. Residents of Kherson said power was cut."
    assert actor_of(nlp, text, "Residents") == "UKR-CVL"


def test_farmers_near_a_town_shared_with_another_country(nlp):
    text = "NIAMEY, Aug 4 (Wire) — Nigeria closed the border. Farmers near Gaya protested on Monday."
    assert actor_of(nlp, text, "Farmers") == "NER-AGR"


def test_troops_in_a_town_keep_their_own_country(nlp):
    text = "KYIV, Aug 4 (Wire) — Russian troops in Kherson withdrew across the river."
    assert actor_of(nlp, text, "troops") == "RUS-MIL"


def test_workers_of_a_company_are_not_a_town(nlp):
    text = "DETROIT, Aug 4 (Wire) — Workers of Ford walked out on Monday."
    _, mentions = extract_actors(nlp(text))
    assert not any("Ford" in mention.text for mention in mentions)  # no town of Ford locates them


def test_a_city_struck_stands_for_its_people(nlp):
    assert actor_of(nlp, "Russian missiles struck Kharkiv on Sunday.", "Kharkiv") == "UKR-CVL"
    assert actor_of(nlp, "The shelling of Kharkiv went on overnight.", "Kharkiv") == "UKR-CVL"


def test_a_small_town_struck_by_rockets(nlp):
    assert actor_of(nlp, "Rockets hit Sderot on Monday.", "Sderot") == "ISR-CVL"


def test_a_capital_blockaded_is_its_people_but_a_capital_attacked_stays_its_government(nlp):
    assert actor_of(nlp, "Angry farmers vowed to blockade Rome next week.", "Rome") == "ITA-CVL"
    assert actor_of(nlp, "Russia attacked Kyiv with drones.", "Kyiv") == "UKR-GOV"


def test_a_city_that_is_only_a_place_stays_a_place(nlp):
    assert actor_of(nlp, "The two ministers held talks in Geneva on Friday.", "Geneva") is None
    assert actor_of(nlp, "Missiles were fired from Kharkiv on Friday.", "Kharkiv") is None
