"""Who did it to whom (eventdyads, events_args, events_nouns) on hand-written sentences: parse
shapes the dyad finder must read. Actors are built by hand, so the actor stage does not matter."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from tests.test_events import code, countries, hand_actors

from eventwire.events_args import children_by_prep, coordinated
from eventwire.events_mentions import MentionIndex

# (sentence, actors by surface, event type, expected actor countries, expected recipient countries)
CASES = [
    # an ultimatum is addressed to the subject of its condition
    (
        "Moldova threatened to suspend the gas talks if Belarus goes ahead with the new pipeline.",
        {"Moldova": "MDA", "Belarus": "BLR"},
        "THREATEN",
        {"MDA"},
        {"BLR"},
    ),
    (
        "Chile warned it would recall its ambassador unless Peru withdrew the complaint.",
        {"Chile": "CHL", "Peru": "PER"},
        "THREATEN",
        {"CHL"},
        {"PER"},
    ),
    # a noun trigger modifying another noun: the phrase's arguments are the trigger's
    (
        "A Norwegian envoy began a mediation mission between Sudan and Chad on Monday.",
        {"Norwegian envoy": "NOR", "Sudan": "SDN", "Chad": "TCD"},
        "CONSULT",
        {"NOR", "SDN", "TCD"},
        set(),
    ),
    # a list of owners begun inside the phrase's own mention: every listed country is a party
    (
        "Kenya thanked the leaders of Uganda, Rwanda and Burundi for their support on Monday.",
        {"Kenya": "KEN", "leaders of Uganda": "UGA", "Rwanda": "RWA", "Burundi": "BDI"},
        "SUPPORT",
        {"KEN"},
        {"UGA", "RWA", "BDI"},
    ),
    # a nationality coordinated with the name that modifies the noun: both are parties
    (
        "Chile and Argentine diplomats met in Santiago on Monday.",
        {"Chile": "CHL", "Argentine diplomats": "ARG"},
        "CONSULT",
        {"CHL", "ARG"},
        set(),
    ),
    # an event measured out ("ten days of war games"): the measure's verb has the agents
    (
        "Greek and Cypriot warships on Friday launched ten days of war games near Crete.",
        {"Greek": "GRC", "Cypriot warships": "CYP"},
        "MOBILIZE",
        {"GRC", "CYP"},
        set(),
    ),
    # a quantity "up to 12" the parser reads as a particle and a preposition is still the object
    (
        "Insurgents have abducted up to 16 Turkish truck drivers from a road near the city.",
        {"Insurgents": "SYR", "Turkish truck drivers": "TUR"},
        "ASSAULT",
        {"SYR"},
        {"TUR"},
    ),
    # two verbs sharing one object and its phrases
    (
        "Norway donated and delivered two field hospitals to Yemen last week.",
        {"Norway": "NOR", "Yemen": "YEM"},
        "AID",
        {"NOR"},
        {"YEM"},
    ),
    # ... but not a verb with a complement of its own: the second verb's object is not the first's
    (
        "Italy was ready to host talks and urged Libya to join them.",
        {"Italy": "ITA", "Libya": "LBY"},
        "AGREE",
        {"ITA"},
        set(),
    ),
    # an act done to an end is aimed at whom the end is aimed at
    (
        "Jordan reopened the border crossing to allow deliveries of fuel to Syria.",
        {"Jordan": "JOR", "Syria": "SYR"},
        "RETREAT",
        {"JOR"},
        {"SYR"},
    ),
    (
        "Poland mobilized reservists for a possible war against Belarus.",
        {"Poland": "POL", "Belarus": "BLR"},
        "MOBILIZE",
        {"POL"},
        {"BLR"},
    ),
    (
        "Zambian police fired tear gas to disperse Malawian traders at the market.",
        {"Zambian police": "ZMB", "Malawian traders": "MWI"},
        "ASSAULT",
        {"ZMB"},
        {"MWI"},
    ),
    (
        "Chile refused to send troops to Haiti.",
        {"Chile": "CHL", "Haiti": "HTI"},
        "REJECT",
        {"CHL"},
        {"HTI"},
    ),
    # the owner of what is rejected, named by a nationality
    ("Mali rejected an Algerian peace plan on Friday.", {"Mali": "MLI"}, "REJECT", {"MLI"}, {"DZA"}),
    # a demand is made of the subject of its clause, not of a party inside the clause's content
    (
        "Chadian officials demanded that France match the European Union's support for the transition.",
        {"Chadian officials": "TCD", "France": "FRA", "European Union": "IGO"},
        "REQUEST",
        {"TCD"},
        {"FRA"},
    ),
    # a complaint about what another party did to the speaker's own side is aimed at that party
    (
        "Mongolia complained that Brazil had blacklisted Mongolian exporters without evidence.",
        {"Mongolia": "MNG", "Brazil": "BRA"},
        "ACCUSE",
        {"MNG"},
        {"BRA"},
    ),
    # the speaker's own description names no addressee of what the speaker welcomes
    (
        "Ana Ruiz, the U.N. special rapporteur on human rights in Laos, welcomed the new road on Monday.",
        {"Ana Ruiz": "IGO", "Laos": "LAO"},
        "SUPPORT",
        {"IGO"},
        set(),
    ),
    # a verb that carries its event noun out has the agent; "in X" says where ...
    (
        "The army enforced a curfew in Kashmir.",
        {"army": "IND", "Kashmir": "PAK"},
        "COERCE",
        {"IND"},
        {"PAK"},
    ),
    # ... but a reaction to it does not: the protests are X's
    (
        "Georgia condemned protests in Abkhazia.",
        {"Georgia": "GEO", "Abkhazia": "RUS"},
        "ACCUSE",
        {"GEO"},
        {"RUS"},
    ),
    # in an offer's complement, another side before the actor's own troops
    (
        "Spain is ready to contribute 500 Spanish troops to a peace force in Mali.",
        {"Spain": "ESP", "Spanish troops": "ESP", "Mali": "MLI"},
        "AGREE",
        {"ESP"},
        {"MLI"},
    ),
    # an act that is the purpose of a movement is aimed where the movement went
    (
        "The African Union has sent 30 observers to Burundi to investigate the killings.",
        {"The African Union": "IGO", "Burundi": "BDI"},
        "ACCUSE",
        {"IGO"},
        {"BDI"},
    ),
    # what an act did ("..., killing 40") was done to the act's target
    (
        "Ethiopian troops launched heavy fire against Eritrean positions near the border, killing or wounding 40.",
        {"Ethiopian troops": "ETH", "Eritrean positions": "ERI"},
        "ASSAULT",
        {"ETH"},
        {"ERI"},
    ),
    # a demand is made of whom the demanded act is expected from, not of a party inside its content
    (
        "Kenyan MPs demanded an admission by Uganda that Kenyan herders were shot by its police.",
        {"Kenyan MPs": "KEN", "Uganda": "UGA", "Kenyan herders": "KEN"},
        "REQUEST",
        {"KEN"},
        {"UGA"},
    ),
    (
        "Fiji renewed its demand that Vanuatu return the Tongan fishing boats.",
        {"Fiji": "FJI", "Vanuatu": "VUT", "Tongan fishing boats": "TON"},
        "REQUEST",
        {"FJI"},
        {"VUT"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case[0][:50] for case in CASES])
def test_dyad(nlp, case):
    text, surfaces, event_type, actor, recipient = case
    events = [event for event in code(nlp, text, surfaces) if event.type == event_type]
    assert events, f"no {event_type} event"
    event = max(events, key=lambda e: e.confidence)
    assert countries(event.actor) == actor
    assert countries(event.recipient) == recipient


def test_condition_subject_across_a_comma_is_no_addressee(nlp):
    """A subject the parser hangs on a condition across a comma is the reporting speaker, not X."""
    text = "The Commission may halt its aid if cooperation fails, Austrian Minister Klaus Berger said."
    events = code(nlp, text, {"Commission": "IGO", "Austrian Minister Klaus Berger": "AUT"})
    assert all("AUT" not in countries(event.recipient) for event in events)


def test_event_noun_phrase_head_keeps_its_own_arguments(nlp):
    """ "ended its defence cooperation agreement with X": the agreement's parties are no cooperation."""
    text = "Mali on Tuesday ended its defence cooperation agreement with France."
    events = code(nlp, text, {"Mali": "MLI", "France": "FRA"})
    assert not [event for event in events if event.type == "COOPERATE" and event.actor]


def test_passive_subject_is_agent_of_a_coordinated_active_verb(nlp):
    """ "X was censured by Y and will resign": X resigns (not Y, not the last name before)."""
    text = "The Kenyan minister was censured by the Ugandan parliament and will resign next week."
    events = code(nlp, text, {"Kenyan minister": "KEN", "Ugandan parliament": "UGA"})
    resign = [event for event in events if "resign" in event.evidence[0].triggers]
    assert resign and countries(resign[0].actor) == {"KEN"}


def test_stranded_preposition_takes_the_phrase_after_it(nlp):
    """A preposition the parser left without an object, its phrase made the subject of a later verb
    ("granted asylum to five officers hiding there"), still names that phrase."""
    words = ["Peru", "granted", "asylum", "to", "five", "officers", "hiding", "there"]
    heads = [1, 1, 1, 1, 5, 6, 1, 6]
    deps = ["nsubj", "ROOT", "dobj", "prep", "nummod", "nsubj", "advcl", "advmod"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "NUM", "NOUN", "VERB", "ADV"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
    assert [(prep, obj.text) for prep, obj in children_by_prep(doc[1], {"to"})] == [("to", "officers")]


def test_a_coordinated_clause_with_its_own_subject_is_an_act_of_its_own(nlp):
    text = "Armenia handed over 12 detainees on Monday, and Azerbaijan released 30 soldiers hours later."
    events = code(nlp, text, {"Armenia": "ARM", "Azerbaijan": "AZE"})
    assert sorted(tuple(sorted(countries(event.actor))) for event in events if event.type == "RETREAT") == [
        ("ARM",),
        ("AZE",),
    ]


def test_parallel_clauses_share_the_target_and_a_reply_answers_the_first_actor(nlp):
    surfaces = {"Bolivia": "BOL", "Israel": "ISR", "Belize": "BLZ", "Ruto": "KEN", "Museveni": "UGA"}
    parallel = code(
        nlp, "Bolivia severed ties with Israel in October, and Belize suspended relations.", surfaces
    )
    assert [countries(event.recipient) for event in parallel] == [{"ISR"}, {"ISR"}]
    reply = code(nlp, "Ruto invited Museveni to a summit in Nairobi, and Museveni accepted.", surfaces)
    assert [(countries(e.actor), countries(e.recipient)) for e in reply if e.type == "AGREE"][-1] == (
        {"UGA"},
        {"KEN"},
    )


def test_coordinated_prepositions_name_every_owner(nlp):
    text = "Oman hosted the heads of Iran's navy and of Saudi intelligence in Muscat."
    events = code(nlp, text, {"Oman": "OMN", "Iran": "IRN", "Saudi": "SAU"})
    meeting = next(event for event in events if event.type == "CONSULT")
    assert countries(meeting.actor) | countries(meeting.recipient) == {"OMN", "IRN", "SAU"}


def test_a_relative_clause_that_carries_the_act_out_names_its_doer(nlp):
    surfaces = {"Sudan": "SDN", "Chad": "TCD", "African Union": "IGO", "Mali": "MLI"}
    deal = code(nlp, "The swap followed a deal that Sudan and Chad accepted on Monday.", surfaces)
    assert [countries(event.actor) for event in deal if event.type == "AGREE"] == [{"SDN", "TCD"}]
    imposed = code(nlp, "The sanctions that the African Union imposed last year remain in force.", surfaces)
    assert [countries(event.actor) for event in imposed if event.type == "SANCTION"] == [{"IGO"}]


def test_an_act_someone_calls_something_is_not_the_caller_s(nlp):
    text = "Macron called the releases a first step and thanked Qatar."
    events = code(nlp, text, {"Macron": "FRA", "Qatar": "QAT"})
    assert not [event for event in events if event.type == "RETREAT" and countries(event.actor) == {"FRA"}]


def test_two_titled_names_the_parser_nests_are_coordinated(nlp):
    # the small parser's reading of "Minister Keir Starmer and President Emmanuel Macron signed":
    # "Starmer" a modifier (nmod) of "Macron", with the "and" on "Starmer"
    words = ["Minister", "Starmer", "and", "President", "Macron", "signed"]
    heads = [1, 4, 1, 4, 5, 5]
    deps = ["compound", "nmod", "cc", "compound", "nsubj", "ROOT"]
    pos = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [token.text for token in coordinated(doc[4])] == ["Macron", "Starmer"]


def test_a_list_whose_second_name_is_parsed_as_a_modifier_is_still_a_list(nlp):
    # the small parser's reading of "Chile, Peru, Bolivia and Ecuador condemned": "Peru" a modifier
    # (npadvmod) of "Chile", the rest of the list coordinated to it
    words = ["Chile", ",", "Peru", ",", "Bolivia", "and", "Ecuador", "condemned"]
    heads = [7, 0, 0, 2, 2, 4, 4, 7]
    deps = ["nsubj", "punct", "npadvmod", "punct", "conj", "cc", "conj", "ROOT"]
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [token.text for token in coordinated(doc[0])] == ["Chile", "Peru", "Bolivia", "Ecuador"]


def test_a_statement_issued_says_what_its_issuer_says(nlp):
    text = "Uruguay, Chile and Brazil issued statements condemning Paraguay's decision."
    events = code(nlp, text, {"Uruguay": "URY", "Chile": "CHL", "Brazil": "BRA", "Paraguay": "PRY"})
    accusation = next(event for event in events if event.type == "ACCUSE")
    assert countries(accusation.actor) == {"URY", "CHL", "BRA"} and countries(accusation.recipient) == {"PRY"}


def test_a_call_partner_hung_on_the_object_is_a_participant(nlp):
    text = "President William Ruto discussed the attacks with Somalia's president, Hassan Sheikh Mohamud, in a phone call."
    events = code(nlp, text, {"President William Ruto": "KEN", "Somalia": "SOM"})
    call = next(event for event in events if event.type == "CONSULT")
    assert countries(call.actor) | countries(call.recipient) == {"KEN", "SOM"}


def test_an_adverbial_clause_with_its_own_subject_names_no_recipient(nlp):
    text = "Chile and Peru signed a fisheries pact on Monday, as Lima seeks to curb Bolivia's influence."
    events = code(nlp, text, {"Chile": "CHL", "Peru": "PER", "Lima": "PER", "Bolivia": "BOL"})
    signing = next(event for event in events if event.type == "SUPPORT")
    assert "BOL" not in countries(signing.recipient)


def test_a_currency_named_by_a_nationality_is_no_party(nlp):
    # the small parser's reading of "grants worth 2.4 billion Sri Lankan rupees": the currency an
    # apposition of "grants", its nationality a compound of it
    words = ["grants", "worth", "2.4", "billion", "Sri", "Lankan", "rupees"]
    heads = [0, 0, 3, 6, 5, 6, 0]
    deps = ["ROOT", "amod", "compound", "nummod", "compound", "compound", "appos"]
    pos = ["NOUN", "ADJ", "NUM", "NUM", "PROPN", "PROPN", "NOUN"]
    lemmas = ["grant", "worth", "2.4", "billion", "Sri", "Lankan", "rupee"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    actors, mentions = hand_actors(doc.text, {"Sri Lankan": "LKA"})
    assert MentionIndex(actors, mentions).of_phrase(doc[0], members=False) == []


def test_refusing_a_meeting_named_for_its_partner_is_aimed_at_that_partner(nlp):
    text = "The minister said Chile would not put the opening of EU accession talks on its agenda."
    events = code(nlp, text, {"Chile": "CHL", "EU": "IGO"})
    refusal = next(event for event in events if event.type == "REJECT")
    assert countries(refusal.actor) == {"CHL"} and countries(refusal.recipient) == {"IGO"}


def test_a_reaction_to_what_someone_authored_is_aimed_at_its_author(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}
    events = code(nlp, "Chile rejected a plan that Peru had drafted with Bolivia's help.", surfaces)
    refusal = next(event for event in events if event.type == "REJECT")
    assert countries(refusal.recipient) == {"PER"}


def test_meetings_held_separately_are_one_per_partner(nlp):
    surfaces = {"Chilean president": "CHL", "Peru": "PER", "Bolivia": "BOL"}
    text = "The Chilean president spoke separately by phone with Peru and Bolivia on Saturday."
    calls = [event for event in code(nlp, text, surfaces) if event.type == "CONSULT"]
    assert sorted(tuple(sorted(countries(call.actor))) for call in calls) == [("BOL", "CHL"), ("CHL", "PER")]
    assert len({call.id for call in calls}) == 2
    separate = "The Chilean president held separate talks with Peru and Bolivia on Saturday."
    assert len([event for event in code(nlp, separate, surfaces) if event.type == "CONSULT"]) == 2
    together = "The Chilean president spoke by phone with Peru and Bolivia on Saturday."
    calls = [event for event in code(nlp, together, surfaces) if event.type == "CONSULT"]
    assert [countries(call.actor) for call in calls] == [{"CHL", "PER", "BOL"}]


def test_talks_with_one_and_with_another_are_two_meetings(nlp):
    # the repeated "with" is parsed as a conjunct of the first: both partners are found, one meeting each
    surfaces = {"The Chilean president": "CHL", "Peru": "PER", "Bolivia": "BOL"}
    text = "The Chilean president held talks on Saturday with Peru and with Bolivia."
    talks = [event for event in code(nlp, text, surfaces) if event.type == "CONSULT"]
    assert sorted(tuple(sorted(countries(talk.actor))) for talk in talks) == [("BOL", "CHL"), ("CHL", "PER")]


def test_what_two_sides_do_to_each_other_is_one_act_per_side(nlp):
    surfaces = {"Ghana": "GHA", "Togo": "TGO"}
    for text in (
        "Ghana and Togo expelled two of each other's diplomats on Friday.",
        "Ghana and Togo accused one another of breaking the border accord.",
    ):
        acts = code(nlp, text, surfaces)
        assert sorted((tuple(countries(a.actor)), tuple(countries(a.recipient))) for a in acts) == [
            (("GHA",), ("TGO",)),
            (("TGO",), ("GHA",)),
        ], text
        assert len({act.id for act in acts}) == 2
    # what they agree on with each other stays one act of both
    pact = code(nlp, "Ghana and Togo agreed not to use force against each other.", surfaces)
    assert [countries(act.actor) for act in pact] == [{"GHA", "TGO"}]


def test_a_simple_past_after_a_reported_perfect_is_the_speakers_own_act(nlp):
    surfaces = {"Chilean minister": "CHL", "Peru": "PER", "Bolivia": "BOL"}
    text = "The Chilean minister said Peru had failed to consult Bolivia, and called on Peru to reopen the border."
    demands = [event for event in code(nlp, text, surfaces) if event.type == "REQUEST"]
    assert demands and countries(demands[0].actor) == {"CHL"} and not demands[0].negated
    text = "The Chilean minister said the attacks were outrageous and urged Peru to halt them."
    demands = [event for event in code(nlp, text, surfaces) if event.type == "REQUEST"]
    assert demands and countries(demands[0].actor) == {"CHL"} and countries(demands[0].recipient) == {"PER"}


def test_a_noun_act_of_a_verb_coordinated_with_a_speech_act_is_its_own(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER", "Chilean president": "CHL"}
    text = "The Chilean president called the Peruvian moves provocative and put the army on high alert against Peru."
    types = sorted(event.type for event in code(nlp, text, {**surfaces, "Peruvian": "PER"}))
    assert types == ["ACCUSE", "MOBILIZE"]


def test_what_two_countries_agree_on_together_names_no_third_side(nlp):
    surfaces = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}
    text = "Chile and Peru agreed to begin negotiations on the railway to Bolivia."
    agreements = [event for event in code(nlp, text, surfaces) if event.type == "AGREE"]
    assert agreements and agreements[0].recipient == []
    pledge = "Chile and Peru pledged aid to Bolivia."
    agreements = [event for event in code(nlp, pledge, surfaces) if event.type == "AGREE"]
    assert agreements and countries(agreements[0].recipient) == {"BOL"}


def test_a_participle_accusation_goes_with_an_order_and_is_dated_by_it_not_by_what_it_alleges(nlp):
    from eventwire.events import code_events
    from eventwire.records import TimeExpression

    surfaces = {"The Chilean president": "CHL", "Peru": "PER"}
    text = "The Chilean president ordered the closure of the border on Friday, accusing Peru of breaching a 1929 treaty."
    doc = nlp(text)
    friday = text.index("Friday")
    year = text.index("1929")
    dates = [
        TimeExpression(start=friday, end=friday + 6, text="Friday", value="2025-03-14", precision="day"),
        TimeExpression(start=year, end=year + 4, text="1929", value="1929", precision="year"),
    ]
    actors, mentions = hand_actors(text, surfaces)
    events = code_events(doc, "d", actors, mentions, dates, published="2025-03-15")
    accusations = [event for event in events if event.type == "ACCUSE"]
    assert accusations and countries(accusations[0].recipient) == {"PER"}
    assert accusations[0].date == "2025-03-14"
