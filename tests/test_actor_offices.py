"""Offices and government organisations named without a country take it from the text before them
(eventwire.actor_offices), not from the dateline alone."""

from __future__ import annotations

from eventwire.actor_offices import institution_words
from eventwire.actors import extract_actors


def country_of(nlp, text: str, words: str) -> str | None:
    """The country of the actor of the first mention whose text contains ``words``."""
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    mention = next(mention for mention in mentions if words in mention.text)
    return by_id[mention.actor_id].country


def test_institution_words_of_an_office():
    assert institution_words("Foreign Ministry Spokesman", "spokesman") == {"foreign", "ministry"}
    assert institution_words("Defense Minister", "minister") == {"defence", "ministry"}
    assert institution_words("Government Spokesman", "spokesman") == frozenset()


def test_spokesman_takes_the_ministry_of_the_paragraph_not_the_dateline(nlp):
    text = (
        "OTTAWA, May 2 (Wire) — Canada added six firms to its export blacklist on Tuesday.\n\n"
        "Japan's trade ministry on Wednesday called the listing unjustified. Foreign ministry "
        "spokeswoman Keiko Arai urged Ottawa to reconsider."
    )
    assert country_of(nlp, text, "Keiko Arai") == "JPN"


def test_spokesman_of_an_institution_named_in_an_earlier_paragraph(nlp):
    text = (
        "RIGA, June 9 (Wire) — Latvia closed a border crossing on Monday.\n\n"
        "Belarus's foreign ministry said the move would hurt ordinary travellers.\n\n"
        "Later, Foreign Ministry spokesman Oleg Varenko said Minsk would respond."
    )
    assert country_of(nlp, text, "Oleg Varenko") == "BLR"


def test_without_earlier_evidence_the_dateline_country_stays(nlp):
    text = (
        "LIMA, Jan 4 (Wire) — Chile recalled its ambassador on Sunday after a dispute over fishing.\n\n"
        "Foreign Minister Rosa Quispe said the recall was regrettable."
    )
    assert country_of(nlp, text, "Rosa Quispe") == "PER"


def test_a_foreign_minister_named_before_is_no_evidence(nlp):
    # Two foreign ministers: the unmarked one is the host's, not the visitor's.
    text = (
        "ACCRA, Feb 2 (Wire) — Nigerian Foreign Minister Ade Balogun held talks on Monday with "
        "Foreign Minister Kofi Mensah on trade."
    )
    assert country_of(nlp, text, "Kofi Mensah") == "GHA"


def test_an_object_of_the_paragraph_is_no_evidence(nlp):
    text = (
        "ANKARA, Feb 2 (Wire) — Turkey's interior ministry criticised Athens on Monday. "
        "The defence minister told reporters the patrols would go on."
    )
    assert country_of(nlp, text, "defence minister") == "TUR"


def test_the_foreign_ministry_takes_the_place_it_speaks_from(nlp):
    text = (
        "QUITO, March 3 (Wire) — Ecuador protested on Sunday.\n\n"
        "In Bogota, the foreign ministry rejected the protest."
    )
    assert country_of(nlp, text, "foreign ministry") == "COL"


def test_the_foreign_ministry_without_other_evidence_is_the_dateline_country(nlp):
    text = "VILNIUS, May 3 (Wire) — The foreign ministry summoned a Russian diplomat on Friday."
    assert country_of(nlp, text, "foreign ministry") == "LTU"


def test_a_lower_case_office_before_a_name_takes_its_institution_country(nlp):
    text = (
        "TALLINN, Feb 20 (Wire) — Estonia expelled a diplomat on Monday.\n\n"
        "Russia's embassy in Tallinn called the step unfriendly.\n\n"
        '"This will not go unanswered," embassy spokesman Pavel Orlov told reporters.'
    )
    assert country_of(nlp, text, "Pavel Orlov") == "RUS"


def test_a_spokesman_of_a_named_leader_takes_the_leader_country(nlp):
    text = (
        "MADRID, May 22 (Wire) — Spain recalled its envoy. Erdogan's spokesman, Kemal Aydin, "
        "said on Monday that no apology would come."
    )
    assert country_of(nlp, text, "Kemal Aydin") == "TUR"


def test_a_participle_between_a_country_and_a_title_keeps_the_country(nlp):
    text = "Israel's president met Spain's visiting King Felipe on Monday."
    assert country_of(nlp, text, "Felipe") == "ESP"


def test_an_exiled_leader_is_a_title_not_a_name(nlp):
    actors, mentions = extract_actors(nlp("Exiled opposition leader Maria Petrova called for new elections."))
    assert "person:exiled" not in {actor.id for actor in actors}
    assert any(mention.text.endswith("Maria Petrova") for mention in mentions)
