"""References back to lists and bodies ('the bloc', 'the three countries', 'it'), lists after a head
noun, community prefixes, given names and surnames met before the full name, and table additions."""

from __future__ import annotations

from eventwire.actors import extract_actors


def mentions_of(nlp, text: str, words: str) -> list[tuple[str, str | None, str | None]]:
    """(actor id, country, sector) of every mention whose text is ``words``, in text order."""
    actors, mentions = extract_actors(nlp(text))
    by_id = {actor.id: actor for actor in actors}
    return [
        (m.actor_id, by_id[m.actor_id].country, by_id[m.actor_id].sector) for m in mentions if m.text == words
    ]


def countries_of(nlp, text: str, words: str) -> list[str | None]:
    return [country for _, country, _ in mentions_of(nlp, text, words)]


def test_a_list_after_a_head_noun_names_each_country(nlp):
    text = "The army rulers of Chad, Sudan and Libya said they would quit the African Union."
    assert countries_of(nlp, text, "army rulers of Chad") == ["TCD"]
    assert countries_of(nlp, text, "Sudan") == ["SDN"]
    assert countries_of(nlp, text, "Libya") == ["LBY"]
    assert sorted(countries_of(nlp, text, "they")) == ["LBY", "SDN", "TCD"]


def test_the_bloc_is_the_body_named_last(nlp):
    text = "Egypt complained to the Arab League on Monday. Two days later the 22-member bloc rejected the complaint."
    assert mentions_of(nlp, text, "the 22-member bloc")[0][0] == "IGO:ARAB_LEAGUE"
    assert mentions_of(nlp, "The bloc met in Rome.", "The bloc") == []


def test_numbered_and_plural_references_take_the_list(nlp):
    text = (
        "The generals who rule Guinea, Gabon and Chad met in Conakry on Friday. "
        "The three countries agreed to share intelligence. Italy has since sent advisers to all three."
    )
    assert sorted(countries_of(nlp, text, "The three countries")) == ["GAB", "GIN", "TCD"]
    assert sorted(countries_of(nlp, text, "all three")) == ["GAB", "GIN", "TCD"]
    # a number that does not fit the list links nothing
    assert (
        countries_of(nlp, text.replace("The three countries", "The four countries"), "The four countries")
        == []
    )


def test_it_refers_to_a_body_that_was_a_subject(nlp):
    text = "The African Union suspended Gabon on Tuesday. It also threatened sanctions. It is unclear why."
    assert mentions_of(nlp, text, "It")[0][0] == "IGO:AU"
    assert len(mentions_of(nlp, text, "It")) == 1  # "It is unclear": no actor


def test_a_community_after_a_demonym_lives_in_the_first_country(nlp):
    text = "Bosnian Croat leader Ivo Maric rejected the ruling. Iraqi Kurdish commander Aso Karim agreed."
    assert countries_of(nlp, text, "Bosnian Croat leader Ivo Maric") == ["BIH"]
    assert countries_of(nlp, text, "Iraqi Kurdish commander Aso Karim") == ["IRQ"]


def test_given_names_and_early_surnames_are_the_person(nlp):
    text = (
        "Vientiane said Deputy Prime Minister Saleumxay Kommasith would travel. Saleumxay met the king. "
        "Osei's office said Ghana's Foreign Minister Kwame Osei would attend."
    )
    assert countries_of(nlp, text, "Saleumxay") == ["LAO"]
    assert mentions_of(nlp, text, "Osei's")[0][0] == "person:kwame-osei"


def test_new_bodies_and_parties_of_the_tables(nlp):
    assert mentions_of(nlp, "Caricom leaders met on Sunday.", "Caricom leaders")[0][1] == "IGO"
    assert mentions_of(nlp, "The Caribbean Community backed Belize.", "The Caribbean Community")[0][0] == (
        "IGO:CARICOM"
    )
    assert countries_of(nlp, "The BNP called a general strike.", "The BNP") == ["BGD"]
    assert countries_of(nlp, "Republika Srpska troops were deployed.", "Republika Srpska troops") == ["BIH"]


def test_a_paragraph_opening_with_a_place_sets_its_collectives_there(nlp):
    text = (
        "LIMA, May 3 (Wire) — Peru and Chile argued over fishing rights. Peru said Chile broke the deal. "
        "Peru's president and Peru's navy backed the fishermen.\n\n"
        "In Santiago, hundreds of fishermen marched on Friday. Police detained 12 students near the port.\n\n"
        "Students also marched later."
    )
    assert countries_of(nlp, text, "Police") == ["CHL"]
    assert countries_of(nlp, text, "Students") == ["PER"]  # the next paragraph is the story's again


def test_an_office_followed_by_a_named_person_is_that_person(nlp):
    text = "Kenya's special envoy on Sudan, veteran Ugandan diplomat Moses Okello, met the generals."
    (actor_id, country, _), *_ = mentions_of(nlp, text, "Kenya's special envoy")
    assert (actor_id, country) == ("person:moses-okello", "KEN")


def test_unnamed_courts_and_supporters_are_of_the_story_country(nlp):
    text = (
        "TIRANA, May 2 (Wire) — Albania's crisis deepened. A court jailed the mayor of Durres. "
        "Thousands of his supporters rallied. A mission of observers arrived."
    )
    assert countries_of(nlp, text, "court") == ["ALB"]
    assert countries_of(nlp, text, "Thousands of his supporters") == ["ALB"]
    assert countries_of(nlp, text, "mission") == [None]  # a mission comes from elsewhere


def test_a_civilian_modifier_does_not_make_police_civilians(nlp):
    text = "Albania's prosecutors ordered national police to detain the mayor."
    assert mentions_of(nlp, text, "national police")[0][1:] == ("ALB", "COP")


def test_whose_collective_is_each_antecedent_country(nlp):
    text = "The test was a warning to Tokyo and Canberra, whose navies began joint patrols on Monday."
    assert sorted(countries_of(nlp, text, "whose navies")) == ["AUS", "JPN"]


def test_a_landmark_named_after_a_city_places_a_crowd(nlp):
    text = "LIMA, May 2 (Wire) — Peru's president met Peru's generals. Hundreds of protesters gathered near Quito City Hall."
    assert countries_of(nlp, text, "Hundreds of protesters") == ["ECU"]


def test_two_people_listed_together_are_the_two_sides(nlp):
    text = (
        "Ghanaian President Kofi Mensah and Togolese President Yao Agbeko shook hands in Accra. "
        "Nigeria's leader said the two sides had agreed to reopen the border."
    )
    pair = mentions_of(nlp, text, "the two sides")
    assert sorted(country for _, country, _ in pair) == ["GHA", "TGO"]


def test_bare_collectives_with_a_modifier_and_containers(nlp):
    text = (
        "DAKAR, May 2 (Wire) — Senegal's president met Senegal's generals. Opposition leaders called "
        "for a rally. A coalition of opposition parties backed them. The army held joint military exercises."
    )
    assert mentions_of(nlp, text, "Opposition leaders")[0][1:] == ("SEN", "OPP")
    assert mentions_of(nlp, text, "A coalition of opposition parties")[0][1:] == ("SEN", "OPP")
    assert mentions_of(nlp, text, "joint military exercises") == []  # exercises are no people


def test_an_unlisted_portfolio_between_a_body_and_a_title(nlp):
    text = "EU enlargement commissioner Anna Berg urged calm."
    assert mentions_of(nlp, text, "EU enlargement commissioner Anna Berg")[0][1] == "IGO"


def test_an_office_in_a_sentence_opening_with_a_capital_is_that_country(nlp):
    text = (
        "CANBERRA, June 2 (Wire) — Australia froze aid to Fiji. In Beijing, foreign ministry "
        "spokesman Wu Dan said China's cooperation with Fiji targets no one."
    )
    assert countries_of(nlp, text, "foreign ministry spokesman Wu Dan") == ["CHN"]


def test_regional_leaders_of_the_table_are_their_state(nlp):
    assert countries_of(nlp, "Dodik said he would not appear in court.", "Dodik") == ["BIH"]
    assert countries_of(nlp, "A Houthi spokesman said the group would respond.", "A Houthi spokesman") == [
        "YEM"
    ]
