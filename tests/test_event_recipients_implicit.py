"""Recipients the sentence leaves to the story, and tolls that are no one's act (session 4). Whole
pipeline (``eventwire.code``) on short stories written for these tests."""

from __future__ import annotations

import eventwire


def coded(text: str, published: str = "2025-03-14"):
    return eventwire.code(text, published=published).events


def parties(actors) -> set[str]:
    return {actor.country or ("IGO" if actor.igo else "?") for actor in actors}


def test_aid_flown_from_a_territory_goes_to_the_country_in_need():
    text = (
        "A strong cyclone hit Tonga on Monday. Australia sent two aircraft with relief supplies to Tonga "
        "on Tuesday. France flew tents and a medical team from its island of Reunion on the same day."
    )
    aid = [event for event in coded(text) if event.type == "AID" and parties(event.actor) == {"FRA"}]
    assert aid and parties(aid[0].recipient) == {"TON"}


def test_a_disaster_that_kills_is_no_assault():
    text = "A landslide killed 30 people in northern Peru on Sunday, officials said."
    assert not [event for event in coded(text) if event.type == "ASSAULT"]
    text = "Gang violence has killed more than 400 people in Ecuador this year, the government said."
    assert not [event for event in coded(text) if event.type == "ASSAULT"]


def test_an_attack_that_kills_is_still_an_assault():
    text = "Gunmen killed 12 villagers in northern Burkina Faso on Sunday, officials said."
    assert [event for event in coded(text) if event.type == "ASSAULT"]


def test_own_acts_with_no_one_named_fall_on_the_actor_s_country():
    cases = {
        "Peruvian Prime Minister Alberto Otarola resigned on Tuesday.": "RETREAT",
        "Kazakh authorities cut mobile internet across Almaty on Wednesday.": "COERCE",
        "The Gabonese junta pardoned 300 prisoners on Monday.": "CONCEDE",
    }
    for text, kind in cases.items():
        events = [event for event in coded(text) if event.type == kind]
        assert events, text
        actor = parties(events[0].actor)
        assert len(actor) == 1 and parties(events[0].recipient) == actor, text


def test_a_state_of_emergency_after_a_disaster_is_no_coercion_but_martial_law_is():
    quake = (
        "A powerful earthquake struck southern Albania on Monday. Rescue teams searched the rubble. "
        "Prime Minister Edi Rama declared a state of emergency in the region on Tuesday."
    )
    assert not [event for event in coded(quake) if event.type == "COERCE"]
    coup = (
        "Bolivian President Luis Arce declared a state of emergency in La Paz on Tuesday amid the protests."
    )
    emergency = [event for event in coded(coup) if event.type == "COERCE"]
    assert emergency and parties(emergency[0].recipient) == {"BOL"}


def test_an_observing_organisation_is_not_the_implicit_other_side():
    text = (
        "Kenyan police fired tear gas at protesters in Nairobi on Tuesday. The United Nations said it was "
        "alarmed. Protesters later attacked a police station, a U.N. official said in Nairobi."
    )
    attacks = [event for event in coded(text) if event.type == "ASSAULT"]
    assert attacks and all("IGO" not in parties(event.recipient) for event in attacks)


def test_condemning_the_attack_is_aimed_at_the_attacker_named_in_an_absorbed_word():
    text = (
        "Azerbaijan launched drones and rockets at Armenia late on Monday in its heaviest attack in a year. "
        "The European Union condemned the attack on Tuesday."
    )
    accusations = [event for event in coded(text) if event.type == "ACCUSE"]
    assert accusations and parties(accusations[0].recipient) == {"AZE"}


def test_a_situation_that_began_is_a_date_not_an_act_but_fighting_that_broke_out_is():
    for dated in (
        "Around 50 Jordanian trucks carrying flour crossed into Gaza on Friday, the biggest delivery since "
        "the fighting began.",
        "Jordan's aid agency said the convoy was the largest since the fighting began in October.",
    ):
        assert not [event for event in coded(dated) if event.type == "ASSAULT"], dated
    clash = "Fighting broke out between Thai and Cambodian troops along the border on Thursday."
    assert [event for event in coded(clash) if event.type == "ASSAULT"]


def test_a_state_speaking_of_itself_is_not_its_own_recipient():
    text = "Trump ruled out any U.S. role in a Turkish operation in northern Syria on Sunday."
    refusals = [event for event in coded(text) if event.type == "REJECT"]
    assert refusals and "USA" not in parties(refusals[0].recipient)


def test_the_opposition_accusing_its_own_government_stays_domestic():
    text = "Turkish opposition leader Ozgur Ozel accused the Turkish government of staging a judicial coup."
    accusations = [event for event in coded(text) if event.type == "ACCUSE"]
    assert accusations and parties(accusations[0].recipient) == {"TUR"}


def test_police_acting_with_no_one_named_act_at_home():
    text = (
        "Belgian police fired water cannon near the summit venue on Thursday. Ukraine's president thanked "
        "Belgium for the aid and Ukraine asked Belgium for more."
    )
    events = coded(text)
    attacks = [event for event in events if event.type == "ASSAULT"]
    assert attacks and parties(attacks[0].recipient) == {"BEL"}
    assert not [
        event for event in events if event.type == "CONSULT"
    ]  # a summit venue is no meeting of theirs


def test_a_retreat_or_a_show_of_force_in_a_two_sided_story_concerns_the_other_side():
    text = (
        "Thai and Cambodian troops clashed along the border on Thursday. Thailand accused Cambodia of "
        "firing first. Cambodian troops pulled back from two hills on Saturday."
    )
    retreats = [event for event in coded(text) if event.type == "RETREAT"]
    assert retreats and parties(retreats[0].recipient) == {"THA"}


def test_fighting_that_broke_out_before_another_act_dates_it():
    text = "Chad closed its border crossings with Sudan in April 2023, weeks after fighting broke out in Khartoum."
    assert [event.type for event in coded(text)] == ["SANCTION"]


def test_a_fight_between_two_named_sides_takes_no_third_one_from_the_story():
    text = (
        "Chinese President Xi Jinping hosted the leaders of Kyrgyzstan and Tajikistan on Friday. "
        "China pledged new loans to both. Kyrgyz and Tajik troops fought a border war in 2022."
    )
    fights = [event for event in coded(text) if event.type == "ASSAULT"]
    assert fights and parties(fights[0].actor) == {"KGZ", "TJK"} and fights[0].recipient == []


def test_a_protest_outside_a_foreign_mission_is_aimed_at_its_country():
    text = "Hundreds of Chilean students rallied outside the Peruvian embassy in Santiago on Tuesday."
    protest = next(event for event in coded(text) if event.type == "PROTEST")
    assert parties(protest.actor) == {"CHL"} and parties(protest.recipient) == {"PER"}
    text = "Hundreds of Chilean students rallied outside parliament in Santiago on Tuesday."
    protest = next(event for event in coded(text) if event.type == "PROTEST")
    assert parties(protest.recipient) == {"CHL"}


def test_casualties_of_fighting_told_by_a_participle_are_its_toll_not_another_attack():
    text = (
        "Fighting between Peruvian and Ecuadorian troops broke out on Thursday and spread along the "
        "border, killing at least 20 people."
    )
    events = coded(text)
    assaults = [event for event in events if event.type == "ASSAULT"]
    assert len(assaults) == 1 and parties(assaults[0].actor) == {"PER", "ECU"}


def test_a_partyless_mention_of_another_kind_is_no_second_event_in_a_story():
    text = (
        "Chile and Peru agreed on Tuesday to a ceasefire along their border. "
        "The truce is due to take effect at midnight on Sunday."
    )
    events = coded(text)
    assert events and all(event.actor or event.recipient for event in events)


def test_a_demand_naming_no_addressee_is_made_of_the_other_side():
    text = (
        "Peru detained a Chilean trader in Lima last week, Peru's police said. Peru accused him of "
        "smuggling. Chile's foreign ministry on Wednesday demanded the immediate release of the trader."
    )
    demands = [event for event in coded(text) if event.type == "REQUEST"]
    assert demands and parties(demands[0].recipient) == {"PER"}
    text = (
        "Peru detained a Chilean trader in Lima last week, Peru's police said. Peru accused him of "
        "smuggling. Chile's foreign minister urged Western partners to speak up on Wednesday."
    )
    demands = [event for event in coded(text) if event.type == "REQUEST"]
    assert demands and demands[0].recipient == []


def test_in_a_story_about_one_country_an_act_with_no_one_named_is_aimed_at_home():
    # Ethiopia is named a dozen times, Kenya twice in passing: the air strike is a domestic act.
    text = (
        "ADDIS ABABA, March 14 (Wire) - Ethiopia's air force bombed a market on Thursday, killing 20 "
        "people, a regional official said. Ethiopian police detained dozens of people in Bahir Dar on "
        "Friday. Ethiopia's government blamed Fano militias for the unrest. Ethiopian officials said the "
        "campaign would continue until order was restored in Ethiopia. An aid worker who fled to Kenya "
        "said the Ethiopian army had sealed off roads. Ethiopia's parliament extended a state of emergency "
        "last year. Ethiopian Prime Minister Abiy Ahmed has vowed to disarm regional forces, and Ethiopia's "
        "federal troops have fought in Amhara since August. The Ethiopian Human Rights Commission called "
        "for an inquiry. Kenya has hosted refugees from Ethiopia for years."
    )
    strikes = [event for event in coded(text) if event.type == "ASSAULT"]
    assert strikes and parties(strikes[0].recipient) == {"ETH"}


def test_in_a_story_about_two_countries_the_other_side_stays_the_recipient():
    text = (
        "Thailand's army shelled positions on Thursday, Thai officials said. Cambodia said the shells "
        "hit villages. Cambodian officials said two civilians were killed. Thailand said it had fired "
        "in self-defence after Cambodian troops crossed the line. Cambodia denied it."
    )
    strikes = [event for event in coded(text) if event.type == "ASSAULT" and parties(event.actor) == {"THA"}]
    assert strikes and parties(strikes[0].recipient) == {"KHM"}


def test_violence_by_no_one_named_strikes_those_who_live_where_it_happened():
    text = "Unidentified gunmen shot dead two election officials in Tamale on Saturday, police said."
    attacks = [event for event in coded(text) if event.type == "ASSAULT"]
    assert attacks and not attacks[0].actor and parties(attacks[0].recipient) == {"GHA"}


def test_in_a_story_naming_no_other_country_a_warning_to_no_one_named_is_domestic():
    text = (
        "Nigerian police arrested 40 people in Kano on Thursday after crowds torched a police station. "
        "The army warned on Friday of a severe response to any further violence."
    )
    warnings = [event for event in coded(text) if event.type == "THREATEN"]
    assert warnings and parties(warnings[0].recipient) == {"NGA"}


def test_a_story_of_one_country_and_an_international_body_is_no_domestic_story():
    text = (
        "The European Union added 25 Belarusian officials to its sanctions list on Monday. The EU said "
        "the officials were responsible for repression in Belarus. Belarus's foreign ministry warned of "
        "a tough response, and Belarusian state media called the move illegal. The EU first imposed "
        "sanctions on Belarus in 2020."
    )
    warnings = [event for event in coded(text) if event.type == "THREATEN"]
    assert warnings and "BLR" not in parties(warnings[0].recipient)


def test_in_a_story_about_one_country_an_arrest_by_no_one_named_is_the_state_s():
    story = (
        "Ecuador's interior minister was attacked outside his home in Quito on Tuesday, Ecuadorean "
        "officials said. Opposition lawmaker Ana Ruiz of Ecuador was detained hours later. {reaction}"
    )
    home = coded(story.format(reaction="Ecuador's president called the attack terrorism."))
    arrest = next(event for event in home if event.type == "COERCE")
    assert parties(arrest.actor) == {"ECU"} and parties(arrest.recipient) == {"ECU"}
    abroad = coded(story.format(reaction="Peru's president called the attack terrorism."))
    # in a story about two countries no state is known to have made it: an arrest by nobody is not coded
    assert "COERCE" not in {event.type for event in abroad}
    # unnamed violence is left with no doer: none is known
    assert not next(event for event in home if event.evidence[0].triggers == ["attacked"]).actor


def test_an_investigation_naming_no_suspect_is_aimed_at_no_one():
    text = (
        "A Russian-flagged tanker dragged its anchor across a Finnish power cable on Monday. Finnish police "
        "opened an investigation into suspected sabotage on Tuesday. Russia denied any role, and Russian "
        "officials called the claims absurd."
    )
    inquiry = next(event for event in coded(text) if "investigation" in event.evidence[0].triggers)
    assert parties(inquiry.actor) == {"FIN"} and not inquiry.recipient


def test_a_country_s_opposition_and_rebels_aim_at_their_own_state_in_a_story_about_another():
    text = (
        "NAIROBI, May 6 (Wire) — Kenya and Tanzania signed a border agreement on Monday. Kenyan President "
        "William Ruto said Kenya would open two crossings, and Kenya's trade ministry welcomed the deal. "
        "Kenyan officials said Kenya expected trade to double. Ugandan rebels overran a garrison near the "
        "border on Sunday. The Ugandan opposition party accused the ministers of fraud on Monday."
    )
    events = coded(text, published="2025-05-07")
    assault = [event for event in events if event.type == "ASSAULT"]
    accusation = [event for event in events if event.type == "ACCUSE" and parties(event.actor) == {"UGA"}]
    assert assault and parties(assault[0].recipient) == {"UGA"}
    assert accusation and parties(accusation[0].recipient) == {"UGA"}


def test_a_recipient_guessed_for_one_act_is_no_precedent_for_the_next():
    text = (
        "An earthquake struck western Nepal on Monday. India flew tents and medicines to Nepal on Tuesday. "
        "Indian officials praised the response. Nepal's army airlifted the injured to hospitals in Kathmandu. "
        "India's foreign minister spoke with his Nepali counterpart. Britain pledged one million pounds on Tuesday."
    )
    pledge = next(event for event in coded(text) if event.type == "AGREE")
    assert parties(pledge.actor) == {"GBR"} and parties(pledge.recipient) == {"NPL"}


def test_foreigners_detained_by_no_one_named_are_detained_by_the_state_where_it_happened():
    # The suspects are Georgian, the arrests Lithuania's: at the place the sentence names, or where
    # the story's places lie when the sentence names none.
    text = "Three Georgian nationals were arrested in Kaunas on Friday."
    arrests = [event for event in coded(text) if event.type == "COERCE"]
    assert arrests and parties(arrests[0].actor) == {"LTU"} and parties(arrests[0].recipient) == {"GEO"}
    text = (
        "A fire destroyed a warehouse in Klaipeda on Thursday. Firefighters from Palanga and Klaipeda "
        "fought it for hours. Two Georgian nationals suspected of arson were detained on Friday."
    )
    arrests = [event for event in coded(text) if event.type == "COERCE"]
    assert arrests and parties(arrests[0].actor) == {"LTU"}


def test_a_ship_or_business_owned_by_a_state_s_people_is_that_state_s_owner_before_its_flag():
    text = "Estonia detained a Greek-owned, Maltese-flagged tanker in the Gulf of Finland on Sunday."
    arrests = [event for event in coded(text) if event.type == "COERCE"]
    assert arrests and parties(arrests[0].recipient) == {"GRC"}
    text = "Rioters torched Chinese-run shops in Honiara on Monday, police said."
    attacks = [event for event in coded(text) if event.type == "ASSAULT"]
    assert attacks and parties(attacks[0].recipient) == {"CHN"}


def test_an_arrest_of_someone_of_no_named_country_falls_on_the_other_side_of_the_story():
    text = (
        "TOKYO, March 14 (Wire) — Japan protested to China on Wednesday after a Chinese fishing boat "
        "entered waters off the Senkaku islands. The Japanese coast guard detained the captain on "
        "Tuesday night, the coast guard said. China demanded his release."
    )
    arrests = [event for event in coded(text) if event.type == "COERCE"]
    assert arrests and parties(arrests[0].actor) == {"JPN"}
    assert parties(arrests[0].recipient) == {"CHN"}


def test_a_delegation_led_by_someone_acts_for_its_leader_s_side():
    text = (
        "A delegation led by African Union Commission chairperson Moussa Faki arrived in Khartoum on "
        "Monday and held talks with Sudan's army chief Abdel Fattah al-Burhan."
    )
    talks = [event for event in coded(text) if event.type == "CONSULT"]
    assert talks and parties(talks[0].actor) == {"IGO", "SDN"}


def test_a_party_named_in_the_circumstances_of_a_signing_is_no_recipient():
    text = "Kenya and Uganda signed agreements on Tuesday to expand trade amid rising friction with Tanzania."
    signings = [event for event in coded(text) if event.type == "SUPPORT"]
    assert signings and parties(signings[0].actor) == {"KEN", "UGA"}
    assert not signings[0].recipient


def test_an_attack_told_in_a_where_clause_falls_on_the_place_it_hangs_on():
    text = (
        "Residents of Kharkiv, where Russian missiles killed five people in 2022, were told to take shelter."
    )
    attacks = [event for event in coded(text) if event.type == "ASSAULT"]
    assert attacks and parties(attacks[0].actor) == {"RUS"}
    assert parties(attacks[0].recipient) == {"UKR"}


def test_a_flagged_ship_named_like_a_person_is_still_its_flag_state_s():
    text = "Iran's navy captured the Marshall Islands-flagged tanker Advantage Sweet on Thursday."
    seizures = [event for event in coded(text) if event.type == "COERCE"]
    assert seizures and parties(seizures[0].actor) == {"IRN"}
    assert parties(seizures[0].recipient) == {"MHL"}


def test_forces_sent_in_the_passive_are_their_owner_s_act_not_its_target():
    text = "Estonian fighter jets were scrambled on Tuesday after a Russian plane entered its airspace."
    moves = [event for event in coded(text) if event.type == "MOBILIZE"]
    assert moves and parties(moves[0].actor) == {"EST"}
    assert "EST" not in parties(moves[0].recipient)


def test_an_embargo_given_as_an_order_is_aimed_at_the_trade_partner_named_in_the_order():
    for text, target in (
        ("Beijing ordered state firms to halt trade with Lithuania.", "LTU"),
        ("Cambodia told importers to stop buying Thai fuel.", "THA"),
    ):
        embargoes = [event for event in coded(text) if event.type == "SANCTION"]
        assert embargoes and parties(embargoes[0].recipient) == {target}, text


def test_gangs_named_without_a_country_fight_at_home_in_a_story_about_two_countries():
    text = (
        "PORT-AU-PRINCE, June 3 (Wire) — Haiti and the United States agreed on Monday to expand the police "
        "support mission. Haitian Prime Minister Alix Didier Fils-Aime said Haiti would recruit 2,000 "
        "officers, and Haiti's transition council welcomed the deal. U.S. officials said the United States "
        "would send armoured vehicles. Gangs torched two police stations in the capital on Sunday."
    )
    attacks = [event for event in coded(text, published="2025-06-04") if event.type == "ASSAULT"]
    assert attacks and parties(attacks[0].actor) == {"HTI"} and parties(attacks[0].recipient) == {"HTI"}
