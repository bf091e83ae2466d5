"""The event coder on hand-written sentences (tests/fixtures/events): types, modes, dyads, flags,
the meeting rule, date and place attachment. Actors are built by hand, so these tests do not
depend on the actor stage."""

from __future__ import annotations

import re

import pytest
import yaml
from tests.conftest import FIXTURES

from eventwire.event_lexicon import load_lexicon
from eventwire.events import code_events, event_id
from eventwire.records import Actor, ActorMention, Event, Place, TimeExpression

CASES = yaml.safe_load((FIXTURES / "events" / "sentences.yaml").read_text(encoding="utf-8"))


def hand_actors(text: str, surfaces: dict[str, str]) -> tuple[list[Actor], list[ActorMention]]:
    """One actor per surface form, one mention per occurrence of it in the text."""
    actors, mentions = [], []
    for surface, country in surfaces.items():
        actor_id = f"test:{surface}"
        code = None if country == "IGO" else country
        actors.append(Actor(actor_id, surface, "state", country=code, igo="EU" if country == "IGO" else None))
        for match in re.finditer(rf"\b{re.escape(surface)}\b", text):
            mentions.append(ActorMention(actor_id, match.start(), match.end(), surface))
    return actors, mentions


def countries(actors: list[Actor]) -> set[str]:
    return {actor.country or "IGO" for actor in actors}


def code(nlp, text: str, surfaces: dict[str, str], **kwargs) -> list[Event]:
    actors, mentions = hand_actors(text, surfaces)
    return code_events(nlp(text), "doc-1", actors, mentions, **kwargs)


@pytest.mark.parametrize("case", CASES, ids=[case["text"][:40] for case in CASES])
def test_sentence(nlp, case):
    expect = case["expect"]
    events = code(nlp, case["text"], case["actors"])
    found = [event for event in events if event.type == expect["type"]]
    assert found, f"no {expect['type']} in {[(e.type, e.evidence[0].rule) for e in events]}"
    event = max(found, key=lambda e: e.confidence)
    if "mode" in expect:
        assert event.mode == expect["mode"]
    if "actor" in expect:
        assert countries(event.actor) == set(expect["actor"])
    if "recipient" in expect:
        assert countries(event.recipient) == set(expect["recipient"])
    for flag in ("negated", "future", "hypothetical", "historical"):
        if flag in expect:
            assert getattr(event, flag) is expect[flag], flag


def test_common_types_have_two_sentences_each():
    counts: dict[str, int] = {}
    for case in CASES:
        counts[case["expect"]["type"]] = counts.get(case["expect"]["type"], 0) + 1
    common = "CONSULT AGREE SUPPORT COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT"
    assert all(counts.get(name, 0) >= 2 for name in common.split()), counts


def test_meeting_puts_every_participant_in_actor(nlp):
    text = "The Japanese prime minister met the Indian prime minister in Tokyo."
    events = code(nlp, text, {"Japanese prime minister": "JPN", "Indian prime minister": "IND"})
    meeting = next(event for event in events if event.type == "CONSULT")
    assert countries(meeting.actor) == {"JPN", "IND"} and meeting.recipient == []


def test_two_titled_ministers_joined_by_and_both_meet():
    # The parser hangs the second titled name on the first name's apposition, not on the subject.
    import eventwire

    text = (
        "Turkish Foreign Minister Hakan Fidan and Greek Foreign Minister Giorgos Gerapetritis met in "
        "Ankara on Wednesday."
    )
    events = eventwire.code(text, published="2025-05-15").events
    meeting = next(event for event in events if event.type == "CONSULT")
    assert countries(meeting.actor) == {"TUR", "GRC"}


def test_visit_keeps_visitor_and_host(nlp):
    events = code(
        nlp, "The Korean president visited Vietnam on Sunday.", {"Korean president": "KOR", "Vietnam": "VNM"}
    )
    visit = next(event for event in events if event.type == "CONSULT")
    assert (visit.mode, countries(visit.actor), countries(visit.recipient)) == ("visit", {"KOR"}, {"VNM"})


def test_speaker_side_is_the_actor_of_an_announced_offer(nlp):
    text = "Egypt is ready to provide any assistance to Sudan, the Egyptian foreign minister said."
    events = code(nlp, text, {"Egypt": "EGY", "Sudan": "SDN", "Egyptian foreign minister": "EGY"})
    top = max(events, key=lambda e: e.confidence)
    assert top.type == "AGREE" and countries(top.actor) == {"EGY"} and countries(top.recipient) == {"SDN"}


def test_speech_act_content_is_folded_into_one_event(nlp):
    events = code(
        nlp, "Russia threatened to impose sanctions on Moldova.", {"Russia": "RUS", "Moldova": "MDA"}
    )
    assert [event.type for event in events] == ["THREATEN"]
    assert "sanctions" in events[0].evidence[0].triggers
    assert events[0].mode == "relations" and countries(events[0].recipient) == {"MDA"}


def test_lifting_sanctions_is_a_concession_not_a_sanction(nlp):
    events = code(nlp, "Washington lifted sanctions on Caracas.", {"Washington": "USA", "Caracas": "VEN"})
    assert [event.type for event in events] == ["CONCEDE"]


def test_historical_event_from_dates(nlp):
    text = "Ecuador and Peru signed the peace treaty in 1998."
    start = text.index("1998")
    dates = [TimeExpression(start, start + 4, "1998", value="1998", precision="year")]
    events = code(nlp, text, {"Ecuador": "ECU", "Peru": "PER"}, dates=dates, published="2022-03-01")
    signed = next(event for event in events if event.type == "SUPPORT")
    assert signed.historical and signed.date == "1998" and signed.date_precision == "year"


def test_recent_event_is_not_historical_and_date_is_never_the_publication_date(nlp):
    text = "Estonia expelled a Russian diplomat on Friday. Latvia protested."
    start = text.index("Friday")
    dates = [TimeExpression(start, start + 6, "Friday", value="2022-02-25", precision="day")]
    events = code(
        nlp,
        text,
        {"Estonia": "EST", "Russian diplomat": "RUS", "Latvia": "LVA"},
        dates=dates,
        published="2022-03-01",
    )
    expelled = next(event for event in events if event.type == "SANCTION")
    assert expelled.date == "2022-02-25" and not expelled.historical
    later = [event for event in events if event.evidence[0].start > expelled.evidence[0].start]
    # an undated reaction of another side keeps no date (session 3: narrative dates carry over only to
    # the same side's acts, data/dates.yaml 'narrative'), and never the publication date
    assert later and all(e.date is None for e in later)


def test_location_is_the_place_introduced_by_in(nlp):
    text = "Cuba hosted talks between the government and the rebels in Havana."
    start = text.index("Havana")
    places = [Place(start, start + 6, "Havana", "Havana", country="CUB")]
    events = code(nlp, text, {"Cuba": "CUB", "government": "COL", "rebels": "COL"}, places=places)
    assert events and events[0].location is not None and events[0].location.name == "Havana"


def test_evidence_score_and_stable_id(nlp):
    text = "Protesters blocked the main road into Lima. Police arrested ten of them."
    events = code(nlp, text, {"Police": "PER", "Protesters": "PER"})
    arrest = next(event for event in events if event.type == "COERCE")
    evidence = arrest.evidence[0]
    assert text[evidence.start : evidence.end] == evidence.sentence == "Police arrested ten of them."
    assert evidence.rule == "coerce.verb.arrest" and evidence.triggers == ["arrested"]
    assert arrest.score == load_lexicon().score("COERCE", "arrest") == -7
    assert arrest.id == event_id("doc-1", evidence.start, "COERCE", ["arrested"])
    assert 0 < arrest.confidence <= 1


def test_scores_follow_the_codebook_table():
    lexicon = load_lexicon()
    assert lexicon.score("AID", None) == 10
    assert lexicon.score("CONSULT", "visit") == 4
    assert lexicon.score("ASSAULT", "unconventional") == -10
    assert lexicon.score("PROTEST", "vandalize") == -5
    assert len(lexicon.scores) == 16


def test_no_events_without_triggers(nlp):
    assert code(nlp, "The weather in Oslo was mild on Sunday.", {}) == []


def test_hosting_is_the_guest_visiting_the_host(nlp):
    events = code(
        nlp, "Qatar hosted the Afghan delegation in Doha.", {"Qatar": "QAT", "Afghan delegation": "AFG"}
    )
    visit = next(event for event in events if event.type == "CONSULT")
    assert (visit.mode, countries(visit.actor), countries(visit.recipient)) == ("visit", {"AFG"}, {"QAT"})


def test_hosted_talks_with_a_partner_name_the_guest(nlp):
    events = code(nlp, "Oman hosted talks with Yemen on Monday.", {"Oman": "OMN", "Yemen": "YEM"})
    visit = next(event for event in events if event.type == "CONSULT")
    assert (countries(visit.actor), countries(visit.recipient)) == ({"YEM"}, {"OMN"})


def test_hosting_without_a_guest_keeps_the_host_as_actor(nlp):
    events = code(nlp, "Rwanda hosted a regional summit.", {"Rwanda": "RWA"})
    summit = next(event for event in events if event.type == "CONSULT")
    assert countries(summit.actor) == {"RWA"} and summit.recipient == []


def test_a_later_definite_mention_of_the_meeting_joins_it_with_its_place(nlp):
    text = (
        "Border trade must grow, the Thai foreign minister said on Friday, after meeting with his Lao "
        "counterpart, Somsack Vong. The Thai foreign minister spoke to reporters after the meeting in Vientiane."
    )
    day = text.index("Friday")
    city = text.index("Vientiane")
    dates = [TimeExpression(day, day + 6, "Friday", value="2023-03-03", precision="day")]
    places = [Place(city, city + 9, "Vientiane", "Vientiane", country="LAO")]
    surfaces = {"Thai foreign minister": "THA", "Lao counterpart": "LAO"}
    events = code(nlp, text, surfaces, dates=dates, places=places)
    meetings = [event for event in events if event.type == "CONSULT"]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert countries(meeting.actor) == {"THA", "LAO"} and meeting.recipient == []
    assert meeting.date == "2023-03-03" and meeting.location is not None
    assert meeting.location.name == "Vientiane" and len(meeting.evidence) == 2


def test_a_meeting_of_other_parties_is_not_merged(nlp):
    text = "Chad met Niger in March. Later, Mali and Togo said the meeting was useful."
    events = code(nlp, text, {"Chad": "TCD", "Niger": "NER", "Mali": "MLI", "Togo": "TGO"})
    assert len([event for event in events if event.type == "CONSULT"]) == 2


def test_speech_accusation_is_no_assault_but_a_reported_attack_is(nlp):
    said = "The Armenian minister said the blockade by Azerbaijan amounted to aggression."
    events = code(nlp, said, {"Armenian minister": "ARM", "Azerbaijan": "AZE"})
    accusation = next(event for event in events if event.type == "ACCUSE")
    assert countries(accusation.actor) == {"ARM"} and countries(accusation.recipient) == {"AZE"}
    # coded by the judgement rule ("said ... amounted to aggression") or as a speech accusation
    assert "accuse" in accusation.evidence[0].rule.lower() and not any(e.type == "ASSAULT" for e in events)
    fact = "The Armenian minister said the attack by Azerbaijan killed four soldiers."
    events = code(nlp, fact, {"Armenian minister": "ARM", "Azerbaijan": "AZE"})
    assert any(event.type == "ASSAULT" for event in events)
    assert not any(event.type == "ACCUSE" for event in events)


def test_sanctions_on_a_capital_name_its_government(nlp):
    text = "Several European states imposed sanctions on Tehran."
    start = text.index("Tehran")
    places = [Place(start, start + 6, "Tehran", "Tehran", country="IRN")]
    events = code(nlp, text, {"European states": "IGO"}, places=places)
    sanction = next(event for event in events if event.type == "SANCTION")
    assert [(actor.country, actor.sector) for actor in sanction.recipient] == [("IRN", "GOV")]


def test_negation_and_place_stay_in_their_own_clause(nlp):
    surfaces = {"Austria": "AUT", "Hungary": "HUN", "Slovakia": "SVK", "Ukraine": "UKR"}
    text = "Austria was not involved in the dispute in Vienna, but Hungary and Slovakia sanctioned Ukraine."
    vienna = text.index("Vienna")
    places = [Place(vienna, vienna + 6, "Vienna", "Vienna", country="AUT")]
    events = code(nlp, text, surfaces, places=places)
    sanction = next(event for event in events if event.type == "SANCTION")
    assert not sanction.negated and sanction.location is None
    assert countries(sanction.actor) == {"HUN", "SVK"} and countries(sanction.recipient) == {"UKR"}


def test_an_act_governed_by_an_intention_denied_with_no_is_negated(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER"}
    for text in (
        "The minister said Chile had no plan to invade Peru.",
        "The minister said Chile has no desire to sanction Peru.",
    ):
        events = code(nlp, text, surfaces)
        assert events and all(event.negated for event in events), text
    events = code(nlp, "The minister said Chile had a plan to invade Peru.", surfaces)
    assert events and not any(event.negated for event in events)


def test_an_act_named_as_the_subject_of_a_judgement_is_a_topic_not_an_event(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER"}
    assert not code(nlp, "Blaming Chile and Peru is politically convenient, an analyst said.", surfaces)
    assert code(nlp, "Peru blamed Chile for the unrest.", surfaces)


def test_calling_on_a_person_with_nothing_asked_is_a_visit(nlp):
    surfaces = {"Ishaq Dar": "PAK", "Muhammad Yunus": "BGD", "Pakistan": "PAK", "Bangladesh": "BGD"}
    visit = code(nlp, "Pakistan's foreign minister Ishaq Dar called on Muhammad Yunus on Sunday.", surfaces)
    assert [event.type for event in visit] == ["CONSULT"]
    for text in (
        "Ishaq Dar called on Muhammad Yunus to release the detained students.",
        "Bangladesh called on Pakistan to apologise for the war.",
    ):
        assert [event.type for event in code(nlp, text, surfaces)][:1] == ["REQUEST"], text


def test_joint_drills_are_military_cooperation_of_every_participant(nlp):
    text = "Egypt and Greece began joint naval drills. A second phase will be joint exercises at sea."
    events = code(nlp, text, {"Egypt": "EGY", "Greece": "GRC"})
    first, second = [event for event in events if "joint" in event.evidence[0].rule]
    assert first.type == "COOPERATE" and "military" in first.context
    assert {(actor.country, actor.sector) for actor in first.actor} == {("EGY", "MIL"), ("GRC", "MIL")}
    assert second.type == "AGREE"  # codebook: future cooperation is AGREE
    assert {actor.id for actor in second.actor} == {actor.id for actor in first.actor}


# ---------------------------------------------------------------- document context (events_context)


def test_dateline_is_neither_actor_nor_event_date(nlp):
    text = "OSLO, Sept 9 (Wire) — Norway on Monday condemned Iran over the execution of a dissident."
    actors, mentions = hand_actors(text, {"OSLO": "NOR", "Norway": "NOR", "Iran": "IRN"})
    oslo = next(a for a in actors if a.name == "OSLO")
    oslo.country = None  # a dateline city the actor stage could not place
    dates = [
        TimeExpression(text.index("Sept 9"), text.index("Sept 9") + 6, "Sept 9", "2024-09-09", "day"),
        TimeExpression(text.index("Monday"), text.index("Monday") + 6, "Monday", "2024-09-02", "day"),
    ]
    events = code_events(nlp(text), "doc-1", actors, mentions, dates, published="2024-09-09")
    accusation = next(event for event in events if event.type == "ACCUSE")
    assert countries(accusation.actor) == {"NOR"} and countries(accusation.recipient) == {"IRN"}
    assert accusation.date == "2024-09-02"


def test_a_war_named_in_passing_is_no_event(nlp):
    events = code(nlp, "The tariffs will raise the cost of the war for Ethiopia.", {"Ethiopia": "ETH"})
    assert not [event for event in events if event.type == "ASSAULT"]


def test_condemning_the_decision_is_directed_at_whoever_took_it(nlp):
    text = (
        "Canada imposed new sanctions on Venezuela on Monday. "
        "Venezuela condemned the decision and called it illegal."
    )
    events = code(nlp, text, {"Canada": "CAN", "Venezuela": "VEN"})
    accusation = next(event for event in events if event.type == "ACCUSE")
    assert countries(accusation.actor) == {"VEN"} and countries(accusation.recipient) == {"CAN"}


def test_condemning_the_attack_is_aimed_at_whoever_struck_last(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}
    text = "Chilean jets fired missiles at a Peruvian garrison on Monday. Bolivia condemned the attack."
    accusation = next(event for event in code(nlp, text, surfaces) if event.type == "ACCUSE")
    assert countries(accusation.recipient) == {"CHL"}
    # an attack the noun names the target of is no back-reference to the last one
    text = (
        "Chilean jets fired missiles at a Peruvian garrison on Monday. Bolivia condemned the attack on a bus."
    )
    accusation = next(event for event in code(nlp, text, surfaces) if event.type == "ACCUSE")
    assert countries(accusation.recipient) != {"CHL"}


def test_a_noun_of_a_kind_of_act_refers_to_the_last_act_of_that_kind(nlp):
    # "the suspension" is the aid cut, not the meeting told after it
    text = (
        "Canada suspended its aid to Haiti on Monday. Chile and Peru met in Lima on Tuesday. "
        "Venezuela welcomed the suspension."
    )
    events = code(
        nlp, text, {"Canada": "CAN", "Haiti": "HTI", "Chile": "CHL", "Peru": "PER", "Venezuela": "VEN"}
    )
    welcome = next(event for event in events if event.type == "SUPPORT")
    assert countries(welcome.actor) == {"VEN"} and countries(welcome.recipient) == {"CAN"}


def test_arresting_unnamed_people_and_protesting_are_domestic(nlp):
    text = "Serbian police detained 14 people after Serbian students protested in Novi Sad."
    events = code(nlp, text, {"Serbian police": "SRB", "Serbian students": "SRB"})
    arrest = next(event for event in events if event.type == "COERCE")
    protest = next(event for event in events if event.type == "PROTEST")
    assert countries(arrest.recipient) == {"SRB"} and countries(protest.recipient) == {"SRB"}
    assert protest.recipient[0].sector == "GOV"


def test_a_later_date_in_a_coordinated_clause_is_not_the_date_of_a_past_act(nlp):
    text = "Kenya praised Uganda on Friday and invited its president to a summit next year."
    start, end = text.index("next year"), text.index("next year") + 9
    dates = [
        TimeExpression(text.index("Friday"), text.index("Friday") + 6, "Friday", "2024-03-01", "day"),
        TimeExpression(start, end, "next year", "2025", "year"),
    ]
    actors, mentions = hand_actors(text, {"Kenya": "KEN", "Uganda": "UGA"})
    events = code_events(nlp(text), "doc-1", actors, mentions, dates, published="2024-03-04")
    praise = next(event for event in events if event.type == "SUPPORT")
    assert praise.date == "2024-03-01"


# ---------------------------------------------------------------- wire-copy precision rules (new sentences)


def test_denying_an_accusation_is_not_a_rejection(nlp):
    text = "Ecuador denied the allegations. It is a charge that Peru also denies."
    events = code(nlp, text, {"Ecuador": "ECU", "Peru": "PER"})
    assert not [event for event in events if event.type == "REJECT"]


def test_rejecting_or_dismissing_an_accusation_is_a_rejection_denying_it_is_not(nlp):
    surfaces = {"Ecuador": "ECU", "Peru": "PER", "Quito": "ECU"}
    for text in (
        "Ecuador rejected the allegations as baseless on Monday.",
        "Quito dismissed the charge on Monday.",
        "Ecuador rebuffed the accusations by Peru.",
        "Quito waved away the allegations on Monday.",
    ):
        assert [event.type for event in code(nlp, text, surfaces)] == ["REJECT"], text
    assert not code(nlp, "Ecuador denied the allegations on Monday.", surfaces)


def test_rejecting_a_proposal_is_still_a_rejection(nlp):
    events = code(nlp, "Ecuador rejected Peru's proposal.", {"Ecuador": "ECU", "Peru": "PER"})
    assert [event for event in events if event.type == "REJECT"]


def test_persona_non_grata_and_an_order_to_leave_are_expulsions(nlp):
    for text in (
        "Latvia on Friday declared a Belarusian consul persona non grata.",
        "Latvia ordered a Belarusian diplomat to leave within two days.",
    ):
        events = code(nlp, text, {"Latvia": "LVA", "Belarusian": "BLR"})
        sanctions = [event for event in events if event.type == "SANCTION"]
        assert sanctions and sanctions[0].mode == "expel", text
        assert not [event for event in events if event.type == "REQUEST"], text


def test_a_news_conference_is_no_meeting(nlp):
    events = code(nlp, "The Kenyan minister told a news conference in Nairobi that talks would go on.", {
        "Kenyan": "KEN"})  # fmt: skip
    assert not [event for event in events if "conference" in event.evidence[0].triggers]


def test_a_date_before_called_is_no_call_on(nlp):
    events = code(nlp, "Chile's ministry on Monday called the decision unfair.", {"Chile": "CHL"})
    assert not [event for event in events if event.type == "REQUEST"]


def test_a_partyless_noun_repeating_a_coded_type_is_left_out(nlp):
    text = "Armenian and Azerbaijani troops clashed on the border. The fighting lasted two hours."
    events = code(nlp, text, {"Armenian": "ARM", "Azerbaijani": "AZE"})
    assaults = [event for event in events if event.type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].actor


def test_a_partyless_noun_alone_is_kept(nlp):
    events = code(nlp, "Heavy fighting broke out near the border overnight.", {})
    assert [event for event in events if event.type == "ASSAULT"]


def test_an_implicit_recipient_is_the_documents_main_counterpart(nlp):
    text = (
        "A cyclone struck Mozambique on Sunday. Mozambique said thousands were homeless. "
        "Portugal sent humanitarian aid on Tuesday. Portugal also criticised the slow response."
    )
    events = code(nlp, text, {"Mozambique": "MOZ", "Portugal": "PRT"})
    aid = [event for event in events if event.type == "AID"]
    assert aid and countries(aid[0].recipient) == {"MOZ"}
    assert aid[0].confidence < 0.95  # inferred, so less sure


def test_no_counterpart_is_invented_from_a_single_mention(nlp):
    text = "Floods hit Mozambique. Portugal sent humanitarian aid on Tuesday."
    events = code(nlp, text, {"Portugal": "PRT", "Mozambique": "MOZ"})
    aid = [event for event in events if event.type == "AID"]
    assert aid and aid[0].recipient == []


@pytest.mark.parametrize(
    ("text", "surfaces", "actor"),
    [
        (
            "Syrian jets struck a market town in Jordan on Monday.",
            {"Syrian": "SYR", "Jordan": "JOR"},
            {"SYR"},
        ),
        ("Iran hit an Iraqi border town with ballistic missiles.", {"Iran": "IRN", "Iraqi": "IRQ"}, {"IRN"}),
        ("Ukrainian artillery pounded Russian positions near the river.", {"Ukrainian": "UKR"}, {"UKR"}),
        ("Armenian soldiers fired mortar rounds at an Azerbaijani post.", {"Armenian": "ARM"}, {"ARM"}),
    ],
)
def test_struck_hit_pounded_fired_by_armed_agents_are_attacks(nlp, text, surfaces, actor):
    assaults = [event for event in code(nlp, text, surfaces) if event.type == "ASSAULT"]
    assert assaults and countries(assaults[0].actor) == actor


@pytest.mark.parametrize(
    "text",
    [
        "Peru struck a trade deal with Chile on Monday.",
        "A heavy storm hit the coast of Chile on Friday.",
        "Lower copper prices hit the markets in Chile.",
        "The United States hit Chile with new tariffs.",
        "Chile hit back at the criticism on Friday.",
        "The president of Chile fired his defence minister.",
    ],
)
def test_deals_storms_markets_tariffs_and_dismissals_are_no_attacks(nlp, text):
    events = code(nlp, text, {"Peru": "PER", "Chile": "CHL", "United States": "USA"})
    assert not [event for event in events if event.type == "ASSAULT"]


def test_a_definite_reference_to_the_lead_event_is_folded_into_it_with_both_sentences(nlp):
    text = (
        "Peruvian troops attacked a Chilean border post on Monday. Chile closed the crossing. "
        "The Peruvian attack on the Chilean post was the first in a decade."
    )
    start = text.index("Monday")
    dates = [TimeExpression(start, start + 6, "Monday", value="2025-03-03", precision="day")]
    events = code(nlp, text, {"Peruvian": "PER", "Chilean": "CHL", "Chile": "CHL"}, dates=dates)
    attacks = [event for event in events if event.type == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].date == "2025-03-03" and len(attacks[0].evidence) == 2


def test_a_later_report_dated_by_the_story_is_folded_into_the_lead_event(nlp):
    # the third sentence has no date of its own: told in the simple past, it takes the story's
    # (Monday's), and is then the lead event again (same type, parties and date)
    text = (
        "Peruvian troops attacked a Chilean border post on Monday. Chile closed the crossing. "
        "In Lima, the army said Peruvian soldiers attacked the Chilean post after a patrol was fired on."
    )
    start = text.index("Monday")
    dates = [TimeExpression(start, start + 6, "Monday", value="2025-03-03", precision="day")]
    events = code(nlp, text, {"Peruvian": "PER", "Chilean": "CHL", "Chile": "CHL"}, dates=dates)
    attacks = [event for event in events if event.type == "ASSAULT" and countries(event.actor) == {"PER"}]
    assert len(attacks) == 1
    assert attacks[0].date == "2025-03-03" and len(attacks[0].evidence) == 2


def test_a_perfect_or_undated_second_report_stays_a_happening_of_its_own(nlp):
    text = (
        "Chile accused Peru of spying on its navy on Monday. "
        "Chile has repeatedly accused Peru of planting agents in its ports. "
        "Chile accused Peru of bribing its officials."
    )
    start = text.index("Monday")
    dates = [TimeExpression(start, start + 6, "Monday", value="2025-03-03", precision="day")]
    events = code(nlp, text, {"Chile": "CHL", "Peru": "PER"}, dates=dates)
    assert len([event for event in events if event.type == "ACCUSE"]) == 3


def test_a_charge_daffaires_is_a_diplomat_not_a_charge(nlp):
    events = code(nlp, "Peru summoned Chile's charge d'affaires in Lima.", {"Peru": "PER", "Chile": "CHL"})
    assert not [event for event in events if "charge" in event.evidence[0].triggers]
    events = code(nlp, "Peru dropped the charge against Chile's consul.", {"Peru": "PER", "Chile": "CHL"})
    assert "charge" in {word for event in events for word in event.evidence[0].triggers}


def test_delivering_relief_supplies_is_aid_to_the_receiving_country(nlp):
    text = "Kenya delivered 40 tonnes of flour and medical supplies to Somalia on Friday."
    aid = [e for e in code(nlp, text, {"Kenya": "KEN", "Somalia": "SOM"}) if e.type == "AID"]
    assert aid and countries(aid[0].actor) == {"KEN"} and countries(aid[0].recipient) == {"SOM"}
    events = code(nlp, "Kenya delivered a speech to Somali lawmakers.", {"Kenya": "KEN", "Somali": "SOM"})
    assert not [event for event in events if event.type == "AID"]


def test_firing_weapons_at_counted_people_is_a_domestic_assault(nlp):
    text = "Bolivian police fired rubber bullets at hundreds of striking miners."
    assaults = [e for e in code(nlp, text, {"Bolivian": "BOL"}) if e.type == "ASSAULT"]
    assert assaults and countries(assaults[0].recipient) == {"BOL"}


@pytest.mark.parametrize(
    "text",
    [
        "Chile called the ruling unfair and illegal on Monday.",
        "Chile described the naval exercise as a dangerous provocation.",
        "Chile conveyed its concerns to Peru about the border fence.",
    ],
)
def test_calling_something_unfair_or_a_provocation_and_conveying_concerns_are_disapproval(nlp, text):
    accusations = [e for e in code(nlp, text, {"Chile": "CHL", "Peru": "PER"}) if e.type == "ACCUSE"]
    assert accusations and accusations[0].mode == "disapprove" and countries(accusations[0].actor) == {"CHL"}


def test_calling_talks_a_success_is_no_accusation(nlp):
    events = code(nlp, "Chile called the talks with Peru a success.", {"Chile": "CHL", "Peru": "PER"})
    assert not [event for event in events if event.type == "ACCUSE"]


def test_an_invitation_is_agree_and_not_being_invited_is_no_rejection(nlp):
    text = "Brazil invited Argentina to attend the summit in Belem. Chile was not invited."
    events = code(nlp, text, {"Brazil": "BRA", "Argentina": "ARG", "Chile": "CHL"})
    agree = [event for event in events if event.type == "AGREE" and not event.negated]
    assert agree and countries(agree[0].actor) == {"BRA"} and countries(agree[0].recipient) == {"ARG"}
    assert not [event for event in events if event.type == "REJECT"]


def test_countries_listed_with_including_are_the_recipients(nlp):
    text = "Bolivia expelled diplomats from five neighbouring countries that had criticised the vote, including Brazil and Chile."
    events = code(nlp, text, {"Bolivia": "BOL", "Brazil": "BRA", "Chile": "CHL"})
    expulsions = [event for event in events if event.type == "SANCTION"]
    assert expulsions and countries(expulsions[0].recipient) == {"BRA", "CHL"}


def test_aid_for_victims_in_a_country_goes_to_that_country(nlp):
    events = code(nlp, "Norway sent aid for flood victims in Pakistan.", {"Norway": "NOR", "Pakistan": "PAK"})
    aid = [event for event in events if event.type == "AID"]
    assert aid and countries(aid[0].recipient) == {"PAK"}


def test_a_coordinated_verb_is_an_act_of_its_own_not_the_content_of_the_first(nlp):
    text = "Chile praised the Peruvian reforms and invited Peru to a summit in Santiago."
    events = code(nlp, text, {"Chile": "CHL", "Peruvian": "PER", "Peru": "PER"})
    assert {"SUPPORT", "AGREE"} <= {event.type for event in events}
    text = "Chile threatened to impose sanctions on Peru."  # content of a speech act stays folded
    assert [event.type for event in code(nlp, text, {"Chile": "CHL", "Peru": "PER"})] == ["THREATEN"]


# ---------------------------------------------------------------- reporting rules (events_report)


def test_reporting_floor_drops_low_confidence_events(nlp):
    from eventwire.events_report import ReportingRules, keep_reportable

    events = code(nlp, "Portugal condemned the raid on the harbour.", {"Portugal": "PRT"})
    assert events and all(event.confidence > 0 for event in events)
    floor = max(event.confidence for event in events)
    assert keep_reportable(events, rules=ReportingRules(0.0, False, False, False)) == events
    kept = keep_reportable(events, rules=ReportingRules(floor + 0.01, False, False, False))
    assert kept == []


def test_one_sided_noun_event_gives_way_to_a_reported_event_of_its_sentence(nlp):
    surfaces = {"Uruguay": "URY", "Paraguay": "PRY"}
    text = "Uruguay urged Paraguay on Monday to return to the talks."
    assert [event.type for event in code(nlp, text, surfaces)] == ["REQUEST"]
    alone = code(nlp, "Uruguay's talks ended without a statement.", surfaces)
    assert [event.type for event in alone] == ["CONSULT"]  # the sentence's only event stays


def test_partyless_verbal_trigger_is_dropped_only_when_asked(nlp):
    from eventwire.eventparts import find_triggers
    from eventwire.events_report import ReportingRules, keep_with_parties
    from eventwire.trigger_folding import fold_triggers

    text = "The smugglers were arrested by coastguards near the pier."
    doc = nlp(text)
    events = code_events(doc, "doc-1", [], [])
    assert [event.type for event in events] == ["COERCE"] and not events[0].actor
    lexicon = load_lexicon()
    triggers = fold_triggers(find_triggers(next(iter(doc.sents)), lexicon), lexicon)
    pairs = list(zip(triggers, events, strict=True))
    assert keep_with_parties(pairs, ReportingRules(0.0, False, False, False)) == pairs
    assert keep_with_parties(pairs, ReportingRules(0.0, False, True, False)) == []


def test_partyless_event_is_dropped_from_a_story_that_names_parties(nlp):
    from eventwire.events_report import ReportingRules, keep_reportable

    text = "Chile expelled Peru's ambassador on Monday. The three fishermen were later released."
    events = code(nlp, text, {"Chile": "CHL", "Peru": "PER"})
    assert [event.type for event in events] == ["SANCTION"]
    alone = code(nlp, "The three fishermen were later released.", {})
    assert [event.type for event in alone] == ["RETREAT"]  # no party anywhere: the type is still news
    keep_all = ReportingRules(0.0, False, False, False, story_needs_party=False)
    both = code_events(nlp(text), "doc-1", *hand_actors(text, {"Chile": "CHL", "Peru": "PER"}))
    assert keep_reportable([*both, *alone], rules=keep_all) == [*both, *alone]


@pytest.mark.parametrize(
    ("text", "surfaces", "expected"),
    [
        (
            "Armenia launched an invasion of Georgia last year.",
            {"Armenia": "ARM", "Georgia": "GEO"},
            "ASSAULT",
        ),
        (
            "Brazil carried out the detention of Paraguay's consul.",
            {"Brazil": "BRA", "Paraguay": "PRY"},
            "COERCE",
        ),
    ],
)
def test_of_on_an_event_noun_names_its_recipient_not_its_agent(nlp, text, surfaces, expected):
    event = next(event for event in code(nlp, text, surfaces) if event.type == expected)
    first, second = surfaces.values()
    assert countries(event.actor) == {first} and countries(event.recipient) == {second}


@pytest.mark.parametrize("where", ["around", "near", "off"])
def test_a_show_of_force_around_a_country_is_aimed_at_it(nlp, where):
    text = f"Serbia staged military drills {where} Croatia on Monday."
    event = next(e for e in code(nlp, text, {"Serbia": "SRB", "Croatia": "HRV"}) if e.type == "MOBILIZE")
    assert countries(event.actor) == {"SRB"} and countries(event.recipient) == {"HRV"}


def test_speaking_with_reporters_is_no_consultation(nlp):
    events = code(
        nlp,
        "The Kenyan foreign minister spoke with reporters in Nairobi.",
        {"Kenyan foreign minister": "KEN"},
    )
    assert not [event for event in events if event.type == "CONSULT"]


def test_retaliation_carried_out_is_no_threat(nlp):
    events = code(nlp, "Togo retaliated against Ghana on Monday.", {"Togo": "TGO", "Ghana": "GHA"})
    assert not [event for event in events if event.type == "THREATEN"]


def test_a_wish_with_no_party_is_no_demand(nlp):
    events = code(nlp, "The violence must stop, the Chilean minister said.", {"Chilean minister": "CHL"})
    assert not [event for event in events if event.evidence[0].rule == "request.modal"]


def test_accepting_an_earlier_invitation_is_agreement_with_whoever_invited(nlp):
    text = "Peru invited Chile to a summit in Lima. Chile accepted the invitation on Friday."
    events = code(nlp, text, {"Peru": "PER", "Chile": "CHL"})
    accepted = [event for event in events if "accepted" in event.evidence[0].triggers]
    assert accepted and countries(accepted[0].recipient) == {"PER"}


def test_a_nationality_on_an_unknown_noun_names_its_country(nlp):
    events = code(nlp, "Canada imposed sanctions on Iranian drone makers on Tuesday.", {"Canada": "CAN"})
    sanction = next(event for event in events if event.type == "SANCTION")
    assert countries(sanction.recipient) == {"IRN"}


def test_coordinated_nationalities_on_an_unknown_noun_name_every_country(nlp):
    events = code(
        nlp, "Norway protested against the Iranian and Syrian shipments on Friday.", {"Norway": "NOR"}
    )
    protest = next(event for event in events if event.type in {"PROTEST", "ACCUSE"})
    assert countries(protest.recipient) == {"IRN", "SYR"}


def test_denying_an_accusation_is_not_an_accusation(nlp):
    events = code(nlp, "Hanoi denied the accusations on Monday.", {"Hanoi": "VNM"})
    assert not [event for event in events if event.type == "ACCUSE"]


def test_a_government_that_protests_complains_and_crowds_demonstrate(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER"}
    official = code(nlp, "Chile protested to Peru on Monday.", surfaces)
    assert [event.type for event in official] == ["ACCUSE"]
    crowd = Actor("test:crowd", "students", "group", country="PER", sector="EDU")
    text = "Students protested in Lima on Monday."
    mentions = [ActorMention("test:crowd", 0, 8, "Students")]
    assert [e.type for e in code_events(nlp(text), "doc-1", [crowd], mentions)] == ["PROTEST"]


def test_what_a_protest_demands_is_part_of_it(nlp):
    text = (
        "Thousands of Chileans marched through Santiago on Sunday demanding the resignation of the minister."
    )
    assert [event.type for event in code(nlp, text, {"Chileans": "CHL"})] == ["PROTEST"]


def test_signing_a_decree_supports_nobody(nlp):
    events = code(nlp, "The Bolivian president signed a decree on Monday.", {"Bolivian president": "BOL"})
    assert not [event for event in events if event.type == "SUPPORT"]


def test_denying_a_claim_is_no_rejection_and_denying_entry_is(nlp):
    surfaces = {"Israel": "ISR", "Jordan": "JOR"}
    denial = code(nlp, "Israel denied that its troops had crossed into Jordan.", surfaces)
    assert not [event for event in denial if event.type == "REJECT"]
    refusal = code(nlp, "Israel denied entry to Jordan's envoy on Monday.", surfaces)
    assert [event.type for event in refusal] == ["REJECT"]


def test_a_past_tense_verb_does_not_share_a_coordinated_would_not(nlp):
    surfaces = {"Lima": "PER", "Quito": "ECU", "Peruvian minister": "PER"}
    text = "The Peruvian minister said Lima would not tolerate any violation and urged Quito to withdraw its troops."
    request = next(event for event in code(nlp, text, surfaces) if event.type == "REQUEST")
    assert not request.negated and not request.future


def test_an_event_dated_this_week_is_not_historical_whatever_its_clause_recalls(nlp):
    text = "Ghana and Togo held talks on Monday after a decade of border disputes."
    start = text.index("Monday")
    dates = [TimeExpression(start, start + 6, "Monday", value="2022-02-28", precision="day")]
    events = code(nlp, text, {"Ghana": "GHA", "Togo": "TGO"}, dates=dates, published="2022-03-01")
    talks = next(event for event in events if event.type == "CONSULT")
    assert talks.date == "2022-02-28" and not talks.historical


def test_an_act_with_nobody_acting_is_kept_only_where_unknown_perpetrators_are_news(nlp):
    text = (
        "Chile expelled Peru's ambassador on Monday. A Peruvian trawler captain was detained near Arica. "
        "Two Peruvian fishermen were shot dead near the border."
    )
    surfaces = {"Chile": "CHL", "Peru": "PER", "Peruvian": "PER"}
    kept = [
        (event.type, countries(event.actor), countries(event.recipient))
        for event in code(nlp, text, surfaces)
    ]
    assert kept == [("SANCTION", {"CHL"}, {"PER"}), ("ASSAULT", set(), {"PER"})]
    alone = code(nlp, "A Peruvian trawler captain was detained near Arica.", {"Peruvian": "PER"})
    assert [event.type for event in alone] == ["COERCE"]  # nobody acts anywhere: the type is still news


def test_what_an_act_prompted_another_to_do_is_that_other_s_act(nlp):
    text = "Kenya accused Uganda of arming rebels, prompting Uganda to summon Kenya's ambassador."
    surfaces = {"Kenya": "KEN", "Uganda": "UGA"}
    coded = [
        (event.type, countries(event.actor), countries(event.recipient))
        for event in code(nlp, text, surfaces)
    ]
    assert ("ACCUSE", {"KEN"}, {"UGA"}) in coded
    assert ("ACCUSE", {"UGA"}, {"KEN"}) in coded  # the summons, not folded into the accusation
    text = "Chad threatened to expel the French envoy, forcing France to recall its ambassador."
    recall = next(
        event
        for event in code(nlp, text, {"Chad": "TCD", "French": "FRA", "France": "FRA"})
        if event.type == "SANCTION"
    )
    assert countries(recall.actor) == {"FRA"}


def test_an_attack_after_another_is_its_own_happening(nlp):
    text = "Israel struck Gaza after Hamas fired rockets at Ashkelon."
    events = code(nlp, text, {"Israel": "ISR", "Hamas": "PSE", "Gaza": "PSE"})
    assert sorted(tuple(sorted(countries(event.actor))) for event in events if event.type == "ASSAULT") == [
        ("ISR",),
        ("PSE",),
    ]


def test_a_ship_named_by_its_flag_is_the_flag_state_s(nlp):
    surfaces = {"Venezuela": "VEN", "Guyana": "GUY"}
    text = "Venezuela's navy seized a Liberian-flagged tanker off Guyana on Friday."
    seizure = next(event for event in code(nlp, text, surfaces) if event.type == "COERCE")
    assert countries(seizure.actor) == {"VEN"} and countries(seizure.recipient) == {"LBR"}
    text = "Venezuela's navy captured the Marshall Islands-flagged tanker Aurora on Friday."
    capture = code(nlp, text, surfaces)
    assert [(event.type, countries(event.recipient)) for event in capture] == [("COERCE", {"MHL"})]


def test_neither_nor_negates_both_verbs(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER"}
    events = code(nlp, "Chile neither signed the deal with Peru nor met its envoy.", surfaces)
    assert events and all(event.negated or event.type == "REJECT" for event in events)
    refusal = code(
        nlp, "The Chilean minister said Chile would neither resign nor withdraw its troops.", surfaces
    )
    assert [event.type for event in refusal] == ["REJECT"]


def test_deriding_or_ridiculing_a_party_is_disapproval(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER"}
    for text in ("Chile derided Peru's navy on Monday.", "Chile ridiculed Peru's proposal on Monday."):
        assert [event.type for event in code(nlp, text, surfaces)] == ["ACCUSE"], text


def test_a_speaker_foretelling_that_another_will_regret_it_threatens(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER", "Chilean president": "CHL"}
    threat = code(nlp, "The Chilean president said Peru would regret its decision.", surfaces)
    assert [(event.type, countries(event.recipient)) for event in threat] == [("THREATEN", {"PER"})]
    remorse = code(nlp, "The Chilean president said he regretted the decision.", surfaces)
    assert "THREATEN" not in {event.type for event in remorse}


def test_pressing_an_offensive_attacks_and_pressing_charges_accuses(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER", "Chilean prosecutors": "CHL"}
    assert [e.type for e in code(nlp, "Chile is pressing its offensive against Peru.", surfaces)] == [
        "ASSAULT"
    ]
    text = "Chilean prosecutors pressed charges against Peru's former consul."
    assert [e.type for e in code(nlp, text, surfaces)] == ["ACCUSE"]
    assert [e.type for e in code(nlp, "Chile pressed Peru to withdraw.", surfaces)] == ["REQUEST"]
