"""A capital that does what a verb's infinitive names is its government (actor_clause.controls_infinitive);
"the capital" of a story filed from a capital is that capital (actor_scene.place_country)."""

from __future__ import annotations

from eventwire.actors import extract_actors


def countries_of(nlp, text: str, words: str) -> set[str | None]:
    """Countries of the actors of the mentions whose text is exactly ``words``."""
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    return {by_id[mention.actor_id].country for mention in mentions if mention.text == words}


def test_a_capital_made_to_act_is_its_government(nlp):
    text = "The border clash forced Bamako to recall its envoy from Algiers on Monday."
    assert countries_of(nlp, text, "Bamako") == {"MLI"}


def test_a_capital_prompted_to_act_is_its_government(nlp):
    text = "Togo accused Ghana of shielding the plotters, prompting Accra to expel two Togolese diplomats."
    assert countries_of(nlp, text, "Accra") == {"GHA"}


def test_a_capital_as_a_plain_object_is_still_a_place(nlp):
    text = "The minister visited Bamako to sign the accord on Monday."
    assert countries_of(nlp, text, "Bamako") == set()


def test_the_capital_of_a_dateline_capital_sets_a_crowd(nlp):
    text = (
        "NIAMEY, Aug 3 (Wire) — France said on Tuesday it would close its embassy, and Paris "
        "recalled its staff. France said the decision was final. Thousands of protesters rallied "
        "in the capital on Sunday, burning French flags."
    )
    assert countries_of(nlp, text, "Thousands of protesters") == {"NER"}


def test_the_capital_with_a_country_word_names_its_own(nlp):
    text = (
        "NIAMEY, Aug 3 (Wire) — France said on Tuesday it would close its embassy, and Paris "
        "recalled its staff. France said the decision was final. Thousands of protesters rallied "
        "in the French capital on Sunday."
    )
    assert countries_of(nlp, text, "Thousands of protesters") == {"FRA"}
