"""The other party of a domestic act is often the state's own people named without a country word:
paramilitaries, gangs, a person's allies, the prosecutors of a town. They are actors of the country
they belong to, so that the act has a domestic recipient (session 18)."""

from __future__ import annotations

from tests.conftest import mentioned_actors, mentioned_ids


def test_paramilitaries_are_of_the_story_country(nlp):
    text = (
        "Chad's president promised on Friday to disarm the paramilitaries within a year. "
        "Chad's army has fought them in the east."
    )
    assert mentioned_ids(nlp, text, "the paramilitaries") == ["TCD-UAF"]


def test_a_gunman_is_of_the_story_country(nlp):
    text = (
        "Ecuador's president declared a state of emergency on Tuesday. "
        "Two buses burned in Guayaquil, Ecuador's police said, and a gunman shot a guard."
    )
    assert mentioned_ids(nlp, text, "gunman") == ["ECU-UAF"]


def test_his_allies_are_of_the_persons_country(nlp):
    text = (
        "Zambian opposition leader Hakainde Hichilema was questioned by police on Monday. "
        "His allies were detained overnight, a lawyer said."
    )
    assert [actor.country for said, actor in mentioned_actors(nlp, text) if said == "His allies"] == ["ZMB"]


def test_her_aides_without_a_person_named_are_no_one(nlp):
    text = "Germany said on Monday that her aides had been told of the plan."
    assert mentioned_ids(nlp, text, "her aides") == []


def test_a_towns_prosecutors_are_of_the_towns_country(nlp):
    text = (
        "TAIPEI, March 3 (Reuters) - Tainan prosecutors charged the Chinese captain of a cargo ship on "
        "Monday. China said the charges were groundless and China's coast guard would protect its people."
    )
    assert mentioned_ids(nlp, text, "Tainan prosecutors") == ["TWN-JUD"]


def test_a_towns_police_in_a_story_about_another_country(nlp):
    text = (
        "Marseille police detained three Algerian men on Sunday. Algeria's foreign ministry said "
        "Algeria would ask for consular access, and Algerian media called the arrests unjust."
    )
    assert mentioned_ids(nlp, text, "Marseille police") == ["FRA-COP"]


def test_the_last_word_of_a_firms_name_is_no_town(nlp):
    text = (
        "QUITO, May 4 (Wire) - Ecuador's navy seized a trawler on Saturday. On Sunday, dozens of "
        "Pesquera Sydney workers protested outside the port authority in Manta."
    )
    assert mentioned_ids(nlp, text, "Sydney workers") == []


def test_the_towns_police_after_the(nlp):
    text = "The Lyon police detained two Algerian men on Sunday, and Algeria protested."
    assert mentioned_ids(nlp, text, "The Lyon police") == ["FRA-COP"]
