"""Trigger words whose meaning depends on their neighbours (events.yaml `cues`, `objects`,
`requires`): a strike by workers or by jets, expelling an envoy or a migrant, withdrawing troops or a
bill. Sentences written for these tests."""

from __future__ import annotations

from tests.test_events import code, countries


def types_of(nlp, text: str, surfaces: dict[str, str]) -> list[str]:
    return [event.type for event in code(nlp, text, surfaces)]


def test_a_labour_strike_is_a_protest(nlp):
    for text in (
        "Bolivian teachers began an open-ended strike over pay on Monday.",
        "Unions in Bolivia called a general strike against the fuel price rise.",
        "A strike by Bolivian dock workers closed the port for a second day.",
    ):
        assert "PROTEST" in types_of(nlp, text, {"Bolivian": "BOL", "Bolivia": "BOL"}), text


def test_strikes_after_an_air_raid_are_no_protest(nlp):
    text = "Jordanian jets hit depots in Syria on Friday. The strikes destroyed two warehouses, Amman said."
    assert "PROTEST" not in types_of(nlp, text, {"Jordanian": "JOR", "Syria": "SYR", "Amman": "JOR"})


def test_expelling_any_envoy_is_a_diplomatic_sanction(nlp):
    text = "Chile expelled Bolivia's consul and two diplomats on Tuesday."
    events = code(nlp, text, {"Chile": "CHL", "Bolivia": "BOL"})
    sanction = next(event for event in events if event.type == "SANCTION")
    assert sanction.mode == "expel" and countries(sanction.recipient) == {"BOL"}
    assert not [event for event in events if event.type == "COERCE"]


def test_withdrawing_an_ambassador_is_a_sanction_not_a_retreat(nlp):
    text = "Peru withdrew its ambassador from Mexico after the remarks."
    events = code(nlp, text, {"Peru": "PER", "Mexico": "MEX"})
    assert [event.mode for event in events if event.type == "SANCTION"] == ["withdraw"]
    assert not [event for event in events if event.type == "RETREAT"]


def test_withdrawing_a_bill_or_dropping_a_veto_is_a_concession(nlp):
    bill = "The Ghanaian government withdrew the tax bill after a week of protests."
    assert "CONCEDE" in types_of(nlp, bill, {"Ghanaian government": "GHA"})
    assert "RETREAT" not in types_of(nlp, bill, {"Ghanaian government": "GHA"})
    veto = "Slovakia dropped its veto on the aid package on Thursday."
    assert types_of(nlp, veto, {"Slovakia": "SVK"}) == ["CONCEDE"]


def test_forces_sent_to_another_country_are_aid_and_massed_forces_a_show_of_force(nlp):
    events = code(
        nlp, "Rwanda deployed 1,000 troops to Mozambique on Friday.", {"Rwanda": "RWA", "Mozambique": "MOZ"}
    )
    aid = next(event for event in events if event.type == "AID")
    assert countries(aid.actor) == {"RWA"} and countries(aid.recipient) == {"MOZ"}
    massed = "Rwanda deployed troops along the border on Friday."
    assert types_of(nlp, massed, {"Rwanda": "RWA"}) == ["MOBILIZE"]


def test_waging_war_is_an_attack_but_the_war_is_no_event(nlp):
    assert "ASSAULT" in types_of(nlp, "Sudan's army has waged war on the RSF since April.", {"Sudan": "SDN"})
    assert "ASSAULT" not in types_of(nlp, "The war has displaced millions of Sudanese.", {"Sudanese": "SDN"})


def test_a_finite_verb_after_a_demand_is_an_act_of_its_own(nlp):
    text = "The Kenyan president called on Sudan to stop the fighting and offered to host talks."
    events = code(nlp, text, {"Kenyan president": "KEN", "Sudan": "SDN"})
    assert {"REQUEST", "AGREE"} <= {event.type for event in events}


def test_a_charge_the_other_side_denies_was_still_made(nlp):
    text = "Uganda has blamed Kenya for the raids, a charge Kenya denies."
    accusation = next(
        event for event in code(nlp, text, {"Uganda": "UGA", "Kenya": "KEN"}) if event.type == "ACCUSE"
    )
    assert not accusation.negated


def test_diplomatic_threats_and_contacts(nlp):
    steps = "Ankara would take all necessary measures against the ban, Turkey's foreign ministry said."
    threat = next(
        event for event in code(nlp, steps, {"Ankara": "TUR", "Turkey": "TUR"}) if event.type == "THREATEN"
    )
    assert countries(threat.actor) == {"TUR"}
    assert "THREATEN" not in types_of(nlp, "Turkey took measures to contain the fire.", {"Turkey": "TUR"})
    right = "Egypt reserves the right to defend its water, the foreign minister said."
    assert "THREATEN" in types_of(nlp, right, {"Egypt": "EGY"})
    contact = "Norway said it was in close contact with Sweden about the missing ship."
    meeting = next(
        event for event in code(nlp, contact, {"Norway": "NOR", "Sweden": "SWE"}) if event.type == "CONSULT"
    )
    assert countries(meeting.actor) == {"NOR", "SWE"}


def test_what_happened_before_an_agreement_is_not_its_content(nlp):
    text = "The ministers agreed the budget on Friday after Slovakia dropped its objections."
    events = code(nlp, text, {"Slovakia": "SVK"})
    concession = next(event for event in events if event.type == "CONCEDE")
    assert countries(concession.actor) == {"SVK"}


def test_calling_supporters_out_is_a_protest_not_a_demand(nlp):
    text = "The Zambian opposition leader called on his supporters to stage a nationwide strike on Monday."
    events = code(nlp, text, {"Zambian opposition leader": "ZMB"})
    assert [event.type for event in events] == ["PROTEST"]
    assert "REQUEST+PROTEST->PROTEST" in events[0].evidence[0].rule
    rights = "Norway called on Zambia to respect the right to protest."
    assert types_of(nlp, rights, {"Norway": "NOR", "Zambia": "ZMB"}) == ["REQUEST"]


def test_a_government_ordering_its_own_forces_acts(nlp):
    order = "The Chadian president ordered troops to pull back from the border on Friday."
    assert types_of(nlp, order, {"Chadian president": "TCD"}) == ["RETREAT"]
    demand = "The court ordered Chad to release the detained journalists."
    assert types_of(nlp, demand, {"Chad": "TCD"}) == ["REQUEST"]


def test_saying_a_move_is_a_provocation_is_disapproval(nlp):
    text = "Belarus said the exercise was a dangerous provocation."
    assert types_of(nlp, text, {"Belarus": "BLR"}) == ["ACCUSE"]
    assert "ACCUSE" not in types_of(nlp, "Belarus said the talks were a success.", {"Belarus": "BLR"})


def test_being_deeply_concerned_by_an_act_is_disapproval(nlp):
    text = "Canada said it was deeply concerned by the arrests in Tbilisi."
    accusation = next(event for event in code(nlp, text, {"Canada": "CAN"}) if event.type == "ACCUSE")
    assert countries(accusation.actor) == {"CAN"}
    assert "ACCUSE" not in types_of(nlp, "Concerned parents met the mayor.", {})


def test_an_announced_response_is_a_threat_but_in_response_to_is_not(nlp):
    assert "THREATEN" in types_of(nlp, "Tehran said a firm response would follow.", {"Tehran": "IRN"})
    assert "THREATEN" in types_of(nlp, "Hamas said it would respond to the raid.", {"Hamas": "PSE"})
    curfew = "The mayor will extend the curfew in response to the unrest, Kenya's police said."
    assert "THREATEN" not in types_of(nlp, curfew, {"Kenya": "KEN"})


def test_armed_forces_targeting_a_place_attack_it(nlp):
    text = "Sudanese army drones targeted Nyala airport on Sunday."
    assert "ASSAULT" in types_of(nlp, text, {"Sudanese army": "SDN"})
    assert "ASSAULT" not in types_of(nlp, "The new sanctions target Iranian banks.", {"Iranian": "IRN"})


def test_a_later_pledge_goes_where_the_earlier_aid_went(nlp):
    text = (
        "Japan delivered relief supplies to Fiji on Monday after the cyclone. "
        "Japanese officials said Japan was ready to help. Japan's envoy visited Japan's aid depot. "
        "Australia also pledged $3 million on Tuesday."
    )
    events = code(nlp, text, {"Japan": "JPN", "Japanese officials": "JPN", "Fiji": "FJI", "Australia": "AUS"})
    pledge = next(event for event in events if countries(event.actor) == {"AUS"})
    assert pledge.type == "AGREE" and countries(pledge.recipient) == {"FJI"}


def test_an_announced_threat_is_made_now(nlp):
    events = code(nlp, "Hamas said it would respond to the raid.", {"Hamas": "PSE"})
    threat = next(event for event in events if event.type == "THREATEN")
    assert not threat.future


def test_an_offer_made_with_a_demand_goes_to_the_same_parties(nlp):
    text = "The AU chairman called on Chad and Sudan to show restraint and offered to mediate."
    events = code(nlp, text, {"AU chairman": "IGO", "Chad": "TCD", "Sudan": "SDN"})
    offer = next(event for event in events if event.type == "AGREE")
    assert countries(offer.recipient) == {"TCD", "SDN"}


def test_a_seat_claimed_for_someone_is_no_demand_made_of_them(nlp):
    text = "The French minister said Ukraine must have a seat at any talks."
    demand = next(
        event
        for event in code(nlp, text, {"French minister": "FRA", "Ukraine": "UKR"})
        if event.type == "REQUEST"
    )
    assert countries(demand.actor) == {"FRA"} and demand.recipient == []
    order = "The French minister said Russia must withdraw its troops."
    demand = next(
        event
        for event in code(nlp, order, {"French minister": "FRA", "Russia": "RUS"})
        if event.type == "REQUEST"
    )
    assert countries(demand.recipient) == {"RUS"}


def test_members_listed_after_an_event_noun_do_not_own_it(nlp):
    text = "Britain imposed sanctions on 30 firms, including several in Turkey, on Friday."
    sanction = next(
        event for event in code(nlp, text, {"Britain": "GBR", "Turkey": "TUR"}) if event.type == "SANCTION"
    )
    assert countries(sanction.actor) == {"GBR"}


def test_what_a_measure_is_called_is_no_new_event(nlp):
    text = "Beijing condemned the tariffs as illegal unilateral sanctions."
    assert types_of(nlp, text, {"Beijing": "CHN"}) == ["ACCUSE"]


def test_victims_named_in_the_passive_do_not_make_the_speaker_the_attacker(nlp):
    text = "Two aides of the Kenyan opposition leader were shot dead by unidentified gunmen, Kenya's police said."
    attack = next(
        event
        for event in code(nlp, text, {"Kenyan opposition leader": "KEN", "Kenya": "KEN"})
        if event.type == "ASSAULT"
    )
    assert attack.actor == []


def test_what_a_reported_must_demands_is_its_content(nlp):
    text = "The Chilean senator said Peru's ambassador must resign over the scandal."
    events = code(nlp, text, {"Chilean senator": "CHL", "Peru's ambassador": "PER"})
    assert [event.type for event in events] == ["REQUEST"]
    assert "resign" in events[0].evidence[0].triggers


def test_an_ultimatum_is_made_now(nlp):
    text = "The Malian junta will expel the French envoy unless Paris apologises, a spokesman said."
    threats = [
        event
        for event in code(nlp, text, {"Malian junta": "MLI", "Paris": "FRA"})
        if event.type == "THREATEN"
    ]
    assert threats and not threats[0].hypothetical and not threats[0].future


def test_a_threat_with_a_condition_is_made_now(nlp):
    surfaces = {"Ghana": "GHA", "Togo": "TGO"}
    for text in (
        "Ghana threatened tariffs on Togo if it kept the border closed.",
        "Ghana warned Togo of severe penalties if the agreement was broken.",
    ):
        threats = [event for event in code(nlp, text, surfaces) if event.type == "THREATEN"]
        assert threats and not threats[0].hypothetical, text
    # ... but a threat that is itself only possible, or itself a condition, is not made
    possible = [event for event in code(nlp, "Ghana could threaten Togo with tariffs.", surfaces)]
    assert possible and all(event.hypothetical for event in possible)


def test_blocking_exports_is_a_trade_sanction(nlp):
    events = code(nlp, "Benin blocked Niger's oil exports in May.", {"Benin": "BEN", "Niger": "NER"})
    assert [event.type for event in events] == ["SANCTION"]


def test_a_visit_is_hosted_by_the_place_visited():
    import eventwire

    text = "The Iraqi foreign minister arrived in Amman on Sunday on a two-day visit."
    visit = next(
        event for event in eventwire.code(text, published="2025-05-07").events if event.type == "CONSULT"
    )
    assert visit.mode == "visit" and countries(visit.recipient) == {"JOR"}
    text = "Kenya's president Ruto made a state visit to Pretoria in May."
    visit = next(
        event for event in eventwire.code(text, published="2025-07-07").events if event.type == "CONSULT"
    )
    assert countries(visit.recipient) == {"ZAF"}


def test_the_host_of_a_meeting_told_by_another_verb_takes_part():
    import eventwire

    text = (
        "Macron met Ukrainian President Volodymyr Zelenskiy in Doha on Monday, "
        "in a meeting hosted by Qatar's emir Sheikh Tamim bin Hamad Al Thani."
    )
    meeting = next(
        event for event in eventwire.code(text, published="2025-05-07").events if event.type == "CONSULT"
    )
    assert countries(meeting.actor) | countries(meeting.recipient) == {"FRA", "UKR", "QAT"}


def test_withdrawing_a_bill_or_rejecting_results_is_domestic(nlp):
    bill = "The Ghanaian president withdrew the tax bill on Wednesday."
    concession = next(e for e in code(nlp, bill, {"Ghanaian president": "GHA"}) if e.type == "CONCEDE")
    assert countries(concession.recipient) == {"GHA"}
    results = "The Ghanaian opposition rejected the official results on Tuesday."
    rejection = next(e for e in code(nlp, results, {"Ghanaian opposition": "GHA"}) if e.type == "REJECT")
    assert countries(rejection.recipient) == {"GHA"}


def test_easing_one_s_own_measure_is_a_concession(nlp):
    for text in (
        "Mexico suspended the new steel tariffs on Friday after talks with Brazil.",
        "Indonesia said it would lift its export curbs on nickel to Australia.",
        # cutting one eases it too; the measure named as the object is no second event
        "Mexico cut its tariffs on Brazilian steel by half on Friday.",
        "Mexico suspended tariffs on Brazilian steel.",
        "Indonesia slashed duties on Australian wheat.",
    ):
        events = code(nlp, text, {"Mexico": "MEX", "Brazil": "BRA", "Indonesia": "IDN", "Australia": "AUS"})
        assert "CONCEDE" in [event.type for event in events], text
        assert "SANCTION" not in [event.type for event in events], text


def test_a_ban_on_another_country_s_goods_is_a_trade_sanction(nlp):
    text = "Russia imposed a ban on Moldovan wine imports on Tuesday."
    events = code(nlp, text, {"Russia": "RUS", "Moldovan": "MDA"})
    assert [(event.type, countries(event.recipient)) for event in events] == [("SANCTION", {"MDA"})]


def test_closing_the_border_with_a_neighbour_is_a_sanction(nlp):
    text = "Finland closed all its border crossings with Russia on Thursday."
    events = code(nlp, text, {"Finland": "FIN", "Russia": "RUS"})
    assert [(event.type, countries(event.recipient)) for event in events] == [("SANCTION", {"RUS"})]


def test_a_concession_goes_to_the_other_side_of_the_story(nlp):
    text = (
        "Canada imposed a surcharge on power exports to the United States on Monday. The United States "
        "threatened Canada with new tariffs. On Tuesday Canada suspended the surcharge."
    )
    events = code(nlp, text, {"Canada": "CAN", "United States": "USA"})
    concessions = [event for event in events if event.type == "CONCEDE"]
    assert concessions and countries(concessions[0].recipient) == {"USA"}


def test_relief_teams_landing_and_supplies_flown_in_are_aid(nlp):
    text = (
        "A Japanese rescue team landed in Manila on Sunday, and Korea flew in 20 tonnes of tents and "
        "medicine the same day."
    )
    events = code(nlp, text, {"Japanese": "JPN", "Manila": "PHL", "Korea": "KOR"})
    assert sorted(tuple(countries(e.actor)) for e in events if e.type == "AID") == [("JPN",), ("KOR",)]


def test_troops_landing_are_no_aid(nlp):
    text = "Russian troops landed in Crimea on Sunday."
    assert "AID" not in types_of(nlp, text, {"Russian troops": "RUS", "Crimea": "UKR"})


def test_lashing_out_at_someone_is_an_accusation(nlp):
    text = "Lula lashed out at the Israeli government on Sunday."
    events = code(nlp, text, {"Lula": "BRA", "Israeli government": "ISR"})
    assert [(e.type, countries(e.recipient)) for e in events] == [("ACCUSE", {"ISR"})]


def test_a_missile_fired_into_the_sea_is_a_show_of_force_not_an_attack(nlp):
    test = "North Korea fired a ballistic missile into the sea off its east coast on Monday."
    assert types_of(nlp, test, {"North Korea": "PRK"}) == ["MOBILIZE"]
    attack = "Iran fired missiles at a base in northern Iraq on Monday."
    assert types_of(nlp, attack, {"Iran": "IRN", "Iraq": "IRQ"}) == ["ASSAULT"]


def test_regretting_someone_else_s_decision_is_disapproval_not_remorse(nlp):
    other = "Guterres deeply regretted Moscow's decision on Monday."
    assert types_of(nlp, other, {"Guterres": "IGO", "Moscow": "RUS"}) == ["ACCUSE"]
    own = "Tokyo regretted its decision to delay the talks."
    assert types_of(nlp, own, {"Tokyo": "JPN"}) == ["CONCEDE"]


def test_calling_an_act_by_a_damning_name_is_disapproval(nlp):
    surfaces = {"Vilnius": "LTU", "Minsk": "BLR", "Belarus": "BLR", "Lithuanian": "LTU"}
    for text in (
        "Vilnius called Minsk's decision heavy-handed.",
        "The Lithuanian foreign minister called the Belarusian order a smear campaign.",
        "The Lithuanian foreign minister called the order by Belarus a constitutional coup.",
        "Vilnius described the expulsions by Minsk as xenophobic.",
    ):
        assert types_of(nlp, text, surfaces) == ["ACCUSE"], text


def test_calling_an_accusation_baseless_is_a_denial_not_an_accusation(nlp):
    text = "Minsk called the Lithuanian accusations baseless and false."
    events = code(nlp, text, {"Lithuanian": "LTU", "Minsk": "BLR"})
    assert not [event for event in events if event.evidence[0].rule == "accuse.verb.call-names"]


def test_standing_with_or_behind_a_named_party_is_support(nlp):
    surfaces = {"Chile": "CHL", "Bolivia": "BOL"}
    for text in (
        "Chile said it stood with Bolivia.",
        "Chile stands firmly behind Bolivia, the minister said.",
    ):
        events = code(nlp, text, surfaces)
        support = [event for event in events if event.type == "SUPPORT"]
        assert support and countries(support[0].recipient) == {"BOL"}, text
    for text in (
        "Chile stood by its decision to close the border.",
        "Chilean troops stood by as crowds gathered.",
    ):
        assert "SUPPORT" not in types_of(nlp, text, {"Chile": "CHL", "Chilean": "CHL"}), text


def test_valuing_another_partys_role_is_praise(nlp):
    events = code(nlp, "Chile valued Bolivia's mediation in the dispute.", {"Chile": "CHL", "Bolivia": "BOL"})
    assert [(event.type, countries(event.recipient)) for event in events] == [("SUPPORT", {"BOL"})]
    assert "SUPPORT" not in types_of(
        nlp, "Analysts valued the Chilean miner at $2 billion.", {"Chilean": "CHL"}
    )


def test_what_a_party_would_have_to_do_is_a_demand_made_now(nlp):
    surfaces = {"Chilean minister": "CHL", "Peru": "PER", "Chile": "CHL"}
    for text in (
        "The Chilean minister said Peru would have to close its consulate.",
        "The Chilean minister said Peru needs to return to the talks.",
    ):
        demands = [event for event in code(nlp, text, surfaces) if event.type == "REQUEST"]
        assert len(demands) == 1, text
        assert countries(demands[0].actor) == {"CHL"} and countries(demands[0].recipient) == {"PER"}
        assert not demands[0].future and not demands[0].hypothetical
    wish = "The Chilean minister said prices would have to fall."
    assert "REQUEST" not in types_of(nlp, wish, surfaces)


def test_a_price_to_pay_is_a_threat_to_the_other_side_only(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER", "Chilean minister": "CHL"}
    for text in (
        "The Chilean minister said Peru would pay a heavy price for the incursion.",
        "The Chilean minister said Peru would pay dearly for the incursion.",
        "The Chilean minister said Chile would exact a heavy price from Peru.",
    ):
        threats = [event for event in code(nlp, text, surfaces) if event.type == "THREATEN"]
        assert [countries(event.recipient) for event in threats] == [{"PER"}], text
    for text in (
        "The Chilean minister said Chile would pay a high price for the loan.",
        "Peru paid a heavy price for the drought, the Chilean minister said.",
    ):
        assert "THREATEN" not in types_of(nlp, text, surfaces), text


def test_barring_someone_from_entering_is_a_refusal_not_a_restriction(nlp):
    for text in (
        "Chile barred the Peruvian senator from entering the country.",
        "Chile banned two Peruvian officials from entry.",
    ):
        events = code(nlp, text, {"Chile": "CHL", "Peruvian senator": "PER", "Peruvian officials": "PER"})
        assert [(event.type, countries(event.recipient)) for event in events] == [("REJECT", {"PER"})], text
    assert types_of(nlp, "Chile banned the Peruvian party.", {"Chile": "CHL", "Peruvian party": "PER"}) == [
        "COERCE"
    ]


def test_drills_with_a_named_partner_are_cooperation_drills_near_one_a_show_of_force(nlp):
    surfaces = {"Chilean": "CHL", "Peru": "PER", "Peruvian navy": "PER"}
    joint = code(nlp, "Chilean warships held drills with the Peruvian navy on Monday.", surfaces)
    assert [(event.type, countries(event.actor)) for event in joint] == [("COOPERATE", {"CHL", "PER"})]
    show = code(nlp, "Chilean warships held drills near Peru on Monday.", surfaces)
    assert [event.type for event in show] == ["MOBILIZE"]


def test_suspending_a_partnership_is_one_sanction(nlp):
    text = "Chile suspended the Chilean strategic partnership with Peru."
    assert types_of(nlp, text, {"Chile": "CHL", "Chilean": "CHL", "Peru": "PER"}) == ["SANCTION"]


def test_police_charging_a_crowd_accuse_no_one(nlp):
    text = "Chilean riot police charged the crowd outside the Peruvian embassy."
    assert "ACCUSE" not in types_of(nlp, text, {"Chilean riot police": "CHL", "Peruvian embassy": "PER"})


def test_expecting_a_named_party_to_act_is_a_demand(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER"}
    demands = [
        e for e in code(nlp, "Chile expects Peru to withdraw its troops.", surfaces) if e.type == "REQUEST"
    ]
    assert demands and countries(demands[0].recipient) == {"PER"}
    assert not code(nlp, "Chilean analysts expect prices to rise.", {"Chilean analysts": "CHL"})


def test_taking_a_dispute_to_a_court_accuses_the_other_side_not_the_court(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER", "ICJ": "IGO", "International Court of Justice": "IGO"}
    for text in (
        "Chile took Peru to the ICJ in June over the maritime border.",
        "Chile filed a case against Peru at the International Court of Justice.",
    ):
        accusations = [event for event in code(nlp, text, surfaces) if event.type == "ACCUSE"]
        assert accusations and countries(accusations[0].recipient) == {"PER"}, text


def test_cutting_off_exports_is_a_sanction_and_a_note_of_protest_a_complaint(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER"}
    assert types_of(nlp, "Chile cut off gas exports to Peru last week.", surfaces) == ["SANCTION"]
    assert types_of(nlp, "Chilean troops cut off the town.", {"Chilean troops": "CHL"}) == ["COERCE"]
    notes = code(nlp, "Chile sent a note of protest to Peru on Tuesday.", surfaces)
    assert [(event.type, countries(event.recipient)) for event in notes] == [("ACCUSE", {"PER"})]


def test_troops_sent_to_shore_up_a_named_ally_are_military_aid(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER", "Peruvian": "PER", "Chilean": "CHL"}
    aid = code(nlp, "Chile sent troops to prop up the Peruvian government in 2019.", surfaces)
    assert [(event.type, countries(event.recipient)) for event in aid] == [("AID", {"PER"})]
    home = code(nlp, "Chile sent troops to support the Chilean police.", surfaces)
    assert "AID" not in [event.type for event in home]


def test_the_troops_a_country_sends_are_not_its_recipient(nlp):
    events = code(nlp, "Chile sent troops to the border on Monday.", {"Chile": "CHL", "Chilean": "CHL"})
    assert [(event.type, event.recipient) for event in events] == [("MOBILIZE", [])]


def test_a_state_saying_what_it_needs_to_do_demands_nothing_and_keeps_its_accusation(nlp):
    surfaces = {"Lima": "PER", "Peruvian minister": "PER", "the West": "USA"}
    text = "Lima needs to take urgent measures in the face of an undeclared war by the West, the Peruvian minister said."
    events = code(nlp, text, surfaces)
    assert "REQUEST" not in [event.type for event in events]
    assert [event.type for event in events if "war" in event.evidence[0].triggers] == ["ACCUSE"]


def test_visa_bans_are_sanctions_and_shunning_goods_a_boycott(nlp):
    surfaces = {"Chile": "CHL", "Peruvian officials": "PER", "Chilean shoppers": "CHL", "Peruvian": "PER"}
    assert types_of(nlp, "Chile imposed visa restrictions on Peruvian officials.", surfaces) == ["SANCTION"]
    assert types_of(nlp, "Chilean shoppers have shunned Peruvian products.", surfaces) == ["PROTEST"]
    assert types_of(nlp, "Chile shunned the talks.", surfaces) == ["REJECT"]


def test_ordering_the_border_closed_is_closing_it(nlp):
    surfaces = {"The Chilean president": "CHL", "Peru": "PER"}
    text = "The Chilean president ordered the closure of the border with Peru on Thursday."
    assert types_of(nlp, text, surfaces) == ["SANCTION"]


def test_the_expulsion_of_a_diplomat_is_a_sanction_of_migrants_a_deportation(nlp):
    surfaces = {"Chile": "CHL", "Peruvian diplomats": "PER", "Peruvian migrants": "PER"}
    assert types_of(nlp, "Chile ordered the expulsion of two Peruvian diplomats.", surfaces) == ["SANCTION"]
    assert types_of(nlp, "Chile ordered the expulsion of 300 Peruvian migrants.", surfaces) == ["COERCE"]
