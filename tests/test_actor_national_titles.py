"""Offices only one state has (roles.yaml ``national_titles``) give their holder that state, not the
country of the story's dateline (eventwire.actor_titles.national_title_country)."""

from __future__ import annotations

from eventwire.actors import extract_actors


def countries_of(nlp, text: str, words: str) -> set[str | None]:
    """Countries of the actors of the mentions whose text is exactly ``words``."""
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    return {by_id[mention.actor_id].country for mention in mentions if mention.text == words}


def test_a_us_cabinet_title_in_a_foreign_dateline_is_american(nlp):
    text = (
        "LIMA, March 3 (Wire) — Treasury Secretary Janet Orwell said on Monday the loans to Peru "
        "would be frozen until the vote."
    )
    assert countries_of(nlp, text, "Treasury Secretary Janet Orwell") == {"USA"}


def test_a_modifier_before_the_title_keeps_its_state(nlp):
    text = "NAIROBI, May 2 (Wire) — Deputy Chief Cabinet Secretary Kenji Morita told Kenya's envoy to leave."
    assert countries_of(nlp, text, "Deputy Chief Cabinet Secretary Kenji Morita") == {"JPN"}


def test_irish_and_vatican_titles(nlp):
    text = (
        "ACCRA, June 9 (Wire) — Tanaiste Brendan Foley criticised the ruling. "
        "Pope Clement urged Ghana's leaders to pardon the prisoners."
    )
    assert countries_of(nlp, text, "Tanaiste Brendan Foley") == {"IRL"}
    assert countries_of(nlp, text, "Pope Clement") == {"VAT"}


def test_chancellor_of_the_exchequer_is_one_british_title(nlp):
    text = "ROME, July 1 (Wire) — Chancellor of the Exchequer Edward Hale met Italian officials on Tuesday."
    assert countries_of(nlp, text, "Chancellor of the Exchequer Edward Hale") == {"GBR"}


def test_an_unnamed_holder_of_a_national_office(nlp):
    text = "SEOUL, Aug 8 (Wire) — The Unification Minister said talks with the North would resume."
    assert countries_of(nlp, text, "The Unification Minister") == {"KOR"}


def test_titles_several_states_use_still_follow_the_story(nlp):
    text = "MANILA, April 4 (Wire) — Defence Secretary Ramon Cruz lashed out at Beijing on Monday."
    assert countries_of(nlp, text, "Defence Secretary Ramon Cruz") == {"PHL"}


def test_a_british_secretary_of_state_with_a_portfolio_is_not_american(nlp):
    text = "LONDON, Jan 5 (Wire) — Secretary of State for Wales Gareth Pryce criticised the plan."
    assert countries_of(nlp, text, "Secretary of State for Wales Gareth Pryce") != {"USA"}
