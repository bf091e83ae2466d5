"""A recent story that names Zaire once, as the DR Congo's old name, still reads "Congo" and
"Congolese" as the DR Congo; a story that mostly says Zaire is of the Zaire era (countries.yaml
``document_readings``, ``unless_mostly``)."""

from __future__ import annotations

from tests.test_actor_readings import countries_of

from eventwire.countries import lookup, read_in_document

RECENT = (
    "Congolese soldiers retook the parliament in Kinshasa on Sunday after gunmen waved the old flag of "
    "Zaire, as the country was called until 1997. The Congolese army said Congo would try the suspects."
)


def test_zaire_named_once_as_the_old_name_leaves_congo_the_dr_congo():
    assert read_in_document("Congo", lookup("Congo"), RECENT).code == "COD"
    assert read_in_document("Congolese", lookup("Congolese"), RECENT).code == "COD"


def test_actors_of_a_recent_story_naming_zaire_are_of_the_dr_congo(nlp):
    assert countries_of(nlp, RECENT, "Congolese") == {"COD"}


def test_a_story_that_mostly_says_zaire_reads_congo_as_its_neighbour():
    text = "Zaire accused Congo of sheltering rebels. Zaire closed its river border on Monday."
    assert read_in_document("Congo", lookup("Congo"), text).code == "COG"
