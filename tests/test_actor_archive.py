"""Actors of archive news: past leaders, movements named without a country, ethnic groups."""

from __future__ import annotations

from eventwire.actor_tables import fold, leaders
from eventwire.actors import extract_actors
from eventwire.records import Actor


def actor_for(nlp, text: str, surface: str) -> Actor | None:
    """The actor of the first mention that contains ``surface``."""
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    return next((by_id[m.actor_id] for m in mentions if surface in m.text), None)


def test_no_two_leaders_share_a_name_or_alias():
    owners: dict[str, set[str]] = {}
    for leader in leaders().by_name.values():
        for form in (leader.name, *leader.aliases):
            owners.setdefault(fold(form), set()).add(leader.name)
    assert [form for form, names in owners.items() if len(names) > 1] == []


def test_past_president_keeps_his_country_in_a_story_about_another(nlp):
    text = "President Reagan praised Brazil's new trade policy on Friday."
    person = actor_for(nlp, text, "Reagan")
    assert person is not None and person.country == "USA" and person.sector == "GOV"


def test_past_leader_by_surname(nlp):
    person = actor_for(nlp, "Mubarak met Jordanian officials in Cairo to discuss the border.", "Mubarak")
    assert person is not None and person.country == "EGY"


def test_fold_transliterates_letters_without_a_decomposition():
    assert fold("Zoran Đinđić") == "zoran dindic"
    assert fold("Lech Wałęsa") == "lech walesa"


def test_movement_named_without_its_country(nlp):
    group = actor_for(nlp, "The Tamil Tigers attacked an army camp near the coast overnight.", "Tamil Tigers")
    assert group is not None and group.country == "LKA" and group.sector == "REB"
    party = actor_for(nlp, "Renamo said it would take part in the next vote.", "Renamo")
    assert party is not None and party.country == "MOZ"


def test_european_community_is_the_eu(nlp):
    body = actor_for(nlp, "The European Community lifted its ban on imports of beef.", "European Community")
    assert body is not None and body.country == "IGO" and body.igo == "EU"


def test_full_movement_name_gives_the_story_its_country(nlp):
    text = "President Mendoza offered talks to the Revolutionary United Front on Tuesday."
    person = actor_for(nlp, text, "Mendoza")
    assert person is not None and person.country == "SLE"


def test_community_with_a_country_word_before_it_lives_there(nlp):
    kurds = actor_for(nlp, "Syrian Kurds marched through the town on Sunday.", "Kurds")
    assert kurds is not None and kurds.id == "SYR-CVL"
    serbs = actor_for(nlp, "Croatian Serb refugees returned to their villages last week.", "refugees")
    assert serbs is not None and serbs.id == "HRV-REF"


def test_ethnic_minority_takes_the_country_it_lives_in(nlp):
    text = "Ethnic Russians in northern Kazakhstan asked for more schools in their language."
    minority = actor_for(nlp, text, "Russians")
    assert minority is not None and minority.country == "KAZ" and minority.sector == "CVL"
    text = "Georgia's police detained ethnic Armenian activists near the border."
    activists = actor_for(nlp, text, "activists")
    assert activists is not None and activists.country == "GEO"


def test_a_peoples_noun_of_a_country_is_coded_with_that_country(nlp):
    text = "The Hungarians of southern Slovakia want bilingual road signs."
    assert actor_for(nlp, text, "Hungarians").country == "SVK"
    # without "of" or "ethnic" a people noun stays its own country's
    assert actor_for(nlp, "Hungarians voted on Sunday.", "Hungarians").country == "HUN"


def test_community_with_a_home_country_and_an_adjective_alone(nlp):
    rebels = actor_for(nlp, "Tamil rebels ambushed a patrol on Friday.", "rebels")
    assert rebels is not None and rebels.id == "LKA-REB"
    _actors, mentions = extract_actors(nlp("The Kurdish areas were quiet on Friday."))
    assert not any("Kurdish" in mention.text for mention in mentions)


def test_group_nouns_of_archive_wires(nlp):
    text = "Islamic fundamentalists in Tunisia called a strike on Monday."
    assert actor_for(nlp, text, "fundamentalists").id == "TUN-CVL"
    assert actor_for(nlp, "The Greek side rejected the proposal.", "side").id == "GRC-GOV"
    text = "Villagers in East Timor demanded independence from Indonesian rule."
    assert actor_for(nlp, text, "Indonesian rule").id == "IDN-GOV"


def test_forced_is_not_a_force(nlp):
    _actors, mentions = extract_actors(nlp("Jakarta forced the agency to leave the country."))
    assert all(mention.actor_id != "IDN-MIL" for mention in mentions)


def test_a_country_led_force_is_the_leading_countrys(nlp):
    assert actor_for(nlp, "Saudi-led forces shelled the port.", "forces").id == "SAU-MIL"
    assert actor_for(nlp, "A French-led coalition bombed the airfield.", "coalition").id == "FRA-MIL"


def test_former_state_names(nlp):
    assert actor_for(nlp, "Zaire closed its border on Monday.", "Zaire").country == "COD"
    assert actor_for(nlp, "Soviet troops left the city.", "troops").id == "RUS-MIL"


def test_unnamed_and_named_ngos(nlp):
    group = actor_for(nlp, "A human rights group said the prison was overcrowded.", "rights group")
    assert group is not None and group.country == "NGO"
    text = "The Northern Lakes Foundation sent water to the villages."
    body = actor_for(nlp, text, "Foundation")
    assert body is not None and body.country == "NGO"
    # a country word before the description makes it that country's
    local = actor_for(nlp, "A Russian human rights group said the trial was unfair.", "group")
    assert local is None or local.country == "RUS"


def test_peacekeepers_in_a_country_are_not_its_own(nlp):
    text = "Peacekeepers in Cyprus were withdrawn from the buffer zone."
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    assert all(by_id[m.actor_id].id != "CYP-MIL" for m in mentions)
    assert any(m.text == "Cyprus" and m.actor_id == "CYP" for m in mentions)
    # other collectives still belong to the country they are in
    assert actor_for(nlp, "Rebels in Chad seized a border town.", "Rebels").id == "TCD-REB"


def test_karen_is_a_community_only_before_a_collective_noun(nlp):
    assert actor_for(nlp, "Karen rebels attacked an army post.", "rebels").id == "MMR-REB"
    person = actor_for(nlp, "Karen Walsh, a local teacher, said the school was closed.", "Walsh")
    assert person is None or person.kind == "person"


def test_titles_of_international_relief_and_rights_offices(nlp):
    office = actor_for(nlp, "The UN relief coordinator said the convoy was blocked.", "coordinator")
    assert office is not None and office.country == "IGO" and office.igo == "UN"
    text = "The EU special representative met the president on Monday."
    assert actor_for(nlp, text, "representative").igo == "EU"


def test_a_community_living_somewhere_is_coded_there(nlp):
    text = "Armed ethnic Albanian guerrillas operating in Montenegro handed in their weapons."
    assert actor_for(nlp, text, "guerrillas").country == "MNE"


def test_a_community_adjective_is_never_a_person(nlp):
    _actors, mentions = extract_actors(nlp("A Sikh activist was detained at the airport."))
    assert not any(mention.actor_id.startswith("person:") for mention in mentions)
    assert actor_for(nlp, "Karen Walsh said the school was closed.", "Walsh").kind == "person"
