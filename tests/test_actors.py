"""Actor extraction: titles, appositions, counterparts, possessives, coreference, capitals, groups, seeds."""

from __future__ import annotations

import pytest
from tests.conftest import shared_path

from eventwire.actors import extract_actors
from eventwire.countries import country_of, lookup
from eventwire.records import Actor


def run(nlp, text: str, known=None):
    actors, mentions = extract_actors(nlp(text), known)
    return {actor.id: actor for actor in actors}, mentions


def actor_for(nlp, text: str, surface: str, known=None) -> Actor | None:
    """The actor of the first mention that contains ``surface``."""
    actors, mentions = run(nlp, text, known)
    for mention in mentions:
        if surface in mention.text:
            return actors[mention.actor_id]
    return None


def test_country_tables_know_names_demonyms_capitals():
    assert country_of("Belarus") == "BLR"
    assert country_of("Belarusian") == "BLR"
    assert country_of("Kyiv") == country_of("Kiev") == "UKR"
    assert country_of("the United States") == "USA"
    assert lookup("the Kremlin").kind == "seat"
    assert lookup("NATO").code == "NATO"
    assert country_of("turkey") is None  # case matters: the bird is not the country


def test_title_and_name(nlp):
    person = actor_for(
        nlp, "Polish Deputy Foreign Minister Jan Kowalczyk arrived in Vilnius on Monday.", "Kowalczyk"
    )
    assert person.kind == "person"
    assert person.name == "Jan Kowalczyk"
    assert (person.country, person.sector, person.role) == ("POL", "GOV", "Deputy Foreign Minister")


def test_defence_ministers_are_government_and_generals_military(nlp):
    actors, _ = run(
        nlp,
        "Ukrainian Defense Minister Ivan Petrenko met Lithuanian General Tomas Jonaitis in Kaunas on Friday.",
    )
    assert actors["person:ivan-petrenko"].sector == "GOV"
    assert actors["person:tomas-jonaitis"].sector == "MIL"
    assert actors["person:tomas-jonaitis"].country == "LTU"


def test_apposition_with_organisation(nlp):
    text = "Later, Marta Novak, Deputy Chair of the Slovak National Security Council, told journalists the plan was ready."
    person = actor_for(nlp, text, "Marta Novak")
    assert (person.country, person.sector) == ("SVK", "GOV")
    assert person.role.startswith("Deputy Chair")


def test_apposition_after_a_description(nlp):
    person = actor_for(nlp, "The minister, Jane Roe, flew to Oslo for the talks.", "Jane Roe")
    assert person.id == "person:jane-roe"
    assert person.role == "Minister"


def test_counterpart_takes_role_from_antecedent_and_country_from_phrase(nlp):
    text = (
        "Finnish Foreign Minister Elina Virtanen said on Tuesday she had spoken with her counterpart "
        "from Estonia, Kaarel Tamm."
    )
    actors, _ = run(nlp, text)
    counterpart = actors["person:kaarel-tamm"]
    assert (counterpart.country, counterpart.role, counterpart.sector) == ("EST", "Foreign Minister", "GOV")


def test_possessive_offices(nlp):
    actors, mentions = run(
        nlp, "Belarus's charge d'affaires was summoned after Russia's foreign minister spoke."
    )
    offices = {mention.text: actors[mention.actor_id] for mention in mentions}
    charge = offices["Belarus's charge d'affaires"]
    assert (charge.country, charge.sector, charge.kind) == ("BLR", "GOV", "person")
    assert offices["Russia's foreign minister"].id == "office:RUS:foreign-minister"


def test_surname_description_and_pronoun_coreference(nlp):
    text = (
        "Latvian Defence Minister Andris Ozols visited the base on Monday. "
        "Ozols told reporters the drills would continue. "
        "The defence minister said the allies were ready. "
        "He added that new equipment would arrive in spring."
    )
    _, mentions = run(nlp, text)
    resolved = {mention.how: mention.actor_id for mention in mentions}
    assert resolved["surname"] == "person:andris-ozols"
    assert resolved["description"] == "person:andris-ozols"
    assert resolved["pronoun"] == "person:andris-ozols"


def test_demonym_description_refers_back(nlp):
    text = "Serbian Interior Minister Petar Lazic met officials. The Serbian official said talks went well."
    _, mentions = run(nlp, text)
    assert [m.actor_id for m in mentions if m.how == "description"] == ["person:petar-lazic"]


def test_registry_resolves_a_bare_surname(nlp):
    known = {
        "person:vladimir-putin": Actor(
            id="person:vladimir-putin",
            name="Vladimir Putin",
            kind="person",
            country="RUS",
            sector="GOV",
            role="President",
            aliases=["Putin"],
        )
    }
    person = actor_for(nlp, "Putin said the sanctions had failed.", "Putin", known)
    assert (person.id, person.country, person.sector) == ("person:vladimir-putin", "RUS", "GOV")


def test_leaders_table_alone_resolves_a_bare_surname(nlp):
    person = actor_for(nlp, "Putin said the sanctions had failed.", "Putin")
    assert (person.id, person.country, person.sector) == ("person:vladimir-putin", "RUS", "GOV")


def test_what_the_text_says_beats_the_leaders_table(nlp):
    actors, _ = run(nlp, "Rutte arrived late. Dutch Prime Minister Mark Rutte then said the budget was fair.")
    person = actors["person:mark-rutte"]
    assert (person.country, person.role, person.igo) == ("NLD", "Prime Minister", None)


def test_capital_as_place_is_not_an_actor(nlp):
    actors, mentions = run(nlp, "The two delegations held a long meeting in Minsk on Wednesday.")
    assert not any("Minsk" in mention.text for mention in mentions)
    assert "BLR-GOV" not in actors


def test_conjoined_capitals_as_subjects_are_governments(nlp):
    actors, mentions = run(nlp, "Minsk and Moscow agreed to expand their air defence cooperation.")
    capitals = [mention for mention in mentions if mention.how == "capital"]
    assert [mention.actor_id for mention in capitals] == ["BLR-GOV", "RUS-GOV"]
    assert actors["RUS-GOV"].kind == "organisation" and actors["RUS-GOV"].sector == "GOV"


def test_capital_tagged_person_does_not_become_a_person(nlp):
    doc = nlp("According to Kyiv, the drones were shot down.")
    assert any(ent.text == "Kyiv" and ent.label_ == "PERSON" for ent in doc.ents)  # the trap is real
    actors, mentions = extract_actors(doc)
    assert all(actor.kind != "person" for actor in actors)
    assert [mention.actor_id for mention in mentions] == ["UKR-GOV"]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The Kremlin rejected the claim on Sunday.", "Kremlin", "RUS-GOV"),
        ("Downing Street declined to comment.", "Downing Street", "GBR-GOV"),
        ("The White House announced new tariffs.", "White House", "USA-GOV"),
        ("Beijing said the drills were routine.", "Beijing", "CHN-GOV"),
    ],
)
def test_seats_of_power_and_capitals_stand_for_governments(nlp, text, surface, expected):
    assert actor_for(nlp, text, surface).id == expected


def test_seat_as_place_is_not_an_actor(nlp):
    _, mentions = run(nlp, "The two leaders had dinner at the White House.")
    assert not any("White House" in mention.text for mention in mentions)


def test_groups(nlp):
    actors, _ = run(nlp, "Sanctions imposed by Western countries and the Japanese government hurt exports.")
    assert actors["group:the-west"].kind == "group"
    assert actors["JPN-GOV"].sector == "GOV"
    actors, _ = run(nlp, "Tehran criticised the United States and its allies for the new embargo.")
    assert "group:allies-of-USA" in actors
    assert "USA" in actors and actors["USA"].kind == "state"


def test_organisations(nlp):
    actors, _ = run(nlp, "A statement from the Turkish Embassy in Baghdad said the consulate would reopen.")
    embassy = actors["org:TUR:embassy:IRQ"]
    assert (embassy.kind, embassy.country, embassy.sector) == ("organisation", "TUR", "GOV")
    organisation = actor_for(nlp, "The Defense Ministry said two drones were downed.", "Defense Ministry")
    assert (organisation.kind, organisation.sector) == ("organisation", "GOV")
    council = actor_for(nlp, "The Moldovan Security Council met on Friday.", "Security Council")
    assert (council.country, council.sector) == ("MDA", "GOV")


def test_igos_and_their_officials(nlp):
    actors, _ = run(nlp, "NATO warned Minsk, and EU Foreign Policy Chief Ana Lind called for calm.")
    assert (actors["IGO:NATO"].country, actors["IGO:NATO"].igo) == ("IGO", "NATO")
    assert actors["person:ana-lind"].igo == "EU"


def test_states_and_collectives(nlp):
    actors, _ = run(nlp, "Senior Greek and Bulgarian officials said Greece would send troops.")
    assert {"GRC-GOV", "BGR-GOV", "GRC"} <= set(actors)
    assert actors["GRC"].kind == "state"


def test_country_as_location_is_marked_place(nlp):
    _, mentions = run(nlp, "Fighting resumed in Yemen, and Oman offered to mediate.")
    how = {mention.text: mention.how for mention in mentions}
    assert how == {"Yemen": "place", "Oman": "name"}


def test_more_title_shapes(nlp):
    actors, _ = run(nlp, "Queen Ingrid of Denmark opened the session.")
    assert actors["person:ingrid"].country == "DNK"
    person = actor_for(nlp, "Dutch Senate speaker Anna de Vries criticised the bill.", "Anna de Vries")
    assert (person.country, person.sector) == ("NLD", "LEG")
    assert actor_for(nlp, "Portugal's new government resigned.", "government").id == "PRT-GOV"
    assert actor_for(nlp, "Planning and Trade Minister Ali Noor resigned.", "Ali Noor").role.startswith(
        "Planning"
    )


def test_collectives_take_the_specific_sector(nlp):
    assert actor_for(nlp, "Chilean police officers detained him.", "Chilean").id == "CHL-COP"
    assert actor_for(nlp, "Rebels in Mali seized a town.", "Rebels").id == "MLI-REB"
    peacekeepers = actor_for(nlp, "UN peacekeepers withdrew from the border.", "peacekeepers")
    assert (peacekeepers.country, peacekeepers.igo, peacekeepers.sector) == ("IGO", "UN", "MIL")


def test_former_office_holders_are_elites(nlp):
    person = actor_for(nlp, "Former Swedish Prime Minister Karl Berg criticised the deal.", "Karl Berg")
    assert (person.country, person.sector, person.role) == ("SWE", "ELI", "Former Prime Minister")


def test_named_organisations_and_their_officials(nlp):
    actors, _ = run(nlp, "Hezbollah commander Samir Aziz said the IDF had shelled the village.")
    assert (
        actors["org:ISR:israel-defense-forces"].country,
        actors["org:ISR:israel-defense-forces"].sector,
    ) == (
        "ISR",
        "MIL",
    )
    commander = actors["person:samir-aziz"]
    assert (commander.country, commander.sector) == ("LBN", "REB")


def test_institutions_honorifics_and_cities_are_not_people(nlp):
    actors, _ = run(nlp, "Mr Tomas Ruiz was treated at Saint Anne University Hospital in Giza.")
    people = [actor.name for actor in actors.values() if actor.kind == "person"]
    assert people == ["Tomas Ruiz"]


def test_description_is_not_the_subject_of_its_own_verb(nlp):
    _, mentions = run(nlp, "President Ana Silva received the envoy on Monday.")
    assert [mention.how for mention in mentions] == ["title"]


# -- acceptance on the seed reports -----------------------------------------------------


def article_prose(text: str) -> str:
    """Paragraph lines of a scraped page: long lines with sentence punctuation and no icon chrome."""
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(
        line for line in lines if len(line) > 150 and "icon" not in line and line.endswith((".", '"'))
    )


@pytest.fixture(scope="module")
def seed_actors(nlp):
    folder = shared_path("corpus/seeds")
    found: dict[str, Actor] = {}
    all_mentions = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        text = article_prose(text) if path.name.startswith("001") else text
        actors, mentions = extract_actors(nlp(text))
        found.update({actor.id: actor for actor in actors})
        all_mentions.extend((path.name, mention) for mention in mentions)
    return found, all_mentions


@pytest.mark.parametrize(
    ("actor_id", "country", "sector"),
    [
        ("person:sergey-shoigu", "RUS", "GOV"),
        ("person:viktor-khrenin", "BLR", "GOV"),
        ("person:andrey-zhuk", "BLR", "GOV"),
        ("person:alexander-volfovich", "BLR", "GOV"),
        ("person:vladimir-putin", "RUS", "GOV"),
        ("person:alexander-lukashenko", "BLR", "GOV"),
        ("org:RUS:embassy:BLR", "RUS", "GOV"),
    ],
)
def test_seed_actors(seed_actors, actor_id, country, sector):
    actors, _ = seed_actors
    assert actor_id in actors
    assert (actors[actor_id].country, actors[actor_id].sector) == (country, sector)


def test_seed_capitals_and_west(seed_actors):
    actors, mentions = seed_actors
    assert {"RUS-GOV", "BLR-GOV", "group:the-west"} <= set(actors)
    assert not any(
        m.text == "Moscow" and m.how == "capital" and "meeting in Moscow" in m.text for _, m in mentions
    )
    assert all(
        actors[m.actor_id].kind != "person" for _, m in mentions if m.text in {"Minsk", "Moscow", "Belarus"}
    )


# -- hyphenated country pairs, bare descriptions, clause words ------------------------------


def test_hyphenated_demonym_pair_gives_each_country_a_mention(nlp):
    actors, _ = run(nlp, "A Kazakh-Uzbek border commission met in Tashkent on Friday.")
    assert {"KAZ", "UZB"} <= set(actors)
    actors, _ = run(nlp, "Serbian-Hungarian joint patrols began work along the river.")
    assert {"SRB-MIL", "HUN-MIL"} <= set(actors)
    actors, _ = run(nlp, "Chinese-Indian negotiations ended without a statement.")
    assert {"CHN", "IND"} <= set(actors)


def test_a_spaced_dash_joins_no_countries(nlp):
    actors, _ = run(nlp, "The talks were tense - Turkish officials left early.")
    assert "TUR-GOV" in actors
    assert "TUR" not in actors


def test_bare_descriptions_take_the_documents_country(nlp):
    text = "Fighting spread across Chad on Sunday. Rebels overran a garrison and police arrested protesters."
    _, mentions = run(nlp, text)
    texts = {mention.text: mention.actor_id for mention in mentions}
    assert texts["Rebels"] == "TCD-REB"
    assert texts["police"] == "TCD-COP"
    assert texts["protesters"] == "TCD-CVL"


def test_definite_state_bodies_take_the_documents_country(nlp):
    actors, _ = run(nlp, "In Gabon the army seized the radio station and the government fled.")
    assert {"GAB-MIL", "GAB-GOV"} <= set(actors)


def test_the_phrase_country_beats_the_documents_country(nlp):
    actors, _ = run(nlp, "Kenya said rebels in Somalia had crossed the border near Mandera.")
    assert "SOM-REB" in actors
    assert "KEN-REB" not in actors


def test_bare_descriptions_without_any_country_are_not_mentions(nlp):
    _, mentions = run(nlp, "Rebels attacked a convoy on the main road, witnesses said.")
    assert not [mention for mention in mentions if mention.text == "Rebels"]


def test_a_large_city_gives_the_country_when_no_country_is_named(nlp):
    actors, _ = run(nlp, "Protesters blocked the main road into Nairobi on Monday.")
    assert "KEN-CVL" in actors


def test_regions_give_their_country(nlp):
    actors, _ = run(nlp, "Chechen separatists and Tigrayan fighters were named in the report.")
    assert {"RUS-REB", "ETH-REB"} <= set(actors)
    _, mentions = run(nlp, "Aid workers returned to Darfur last week.")
    assert not [mention for mention in mentions if mention.text == "Darfur"]  # a region alone is a place


def test_mentions_do_not_start_with_a_clause_word(nlp):
    _, mentions = run(nlp, "The envoy said that the Peruvian government had agreed.")
    assert "the Peruvian government" in [mention.text for mention in mentions]
    assert not [mention for mention in mentions if mention.text.lower().startswith("that ")]


# -- the registry snapshot: organisations and groups other documents named --------------------


def _registry() -> dict[str, Actor]:
    bodies = [
        Actor(
            "org:karen-national-union", "Karen National Union", "organisation", "MMR", "REB", aliases=["KNU"]
        ),
        Actor("org:NGA:jama-atu-ansarul", "Ansaru", "organisation", "NGA", "REB"),
        Actor("org:PSE:hamas", "Hamas", "organisation", "PSE", "OPP"),  # a user's correction of the table
        Actor("RUS-GOV", "Government of Russia", "organisation", "RUS", "GOV", aliases=["Moscow"]),
    ]
    return {actor.id: actor for actor in bodies}


def test_registry_organisations_resolve_by_name_and_alias(nlp):
    known = _registry()
    knu = actor_for(nlp, "The Karen National Union said it had shot down a drone.", "Karen", known)
    assert (knu.id, knu.country, knu.sector) == ("org:karen-national-union", "MMR", "REB")
    assert actor_for(nlp, "Fighters of the KNU withdrew.", "KNU", known).id == "org:karen-national-union"
    assert actor_for(nlp, "Ansaru claimed the kidnapping.", "Ansaru", known).country == "NGA"


def test_registry_corrections_beat_the_tables_but_not_the_text(nlp):
    known = _registry()
    assert actor_for(nlp, "Hamas rejected the proposal.", "Hamas", known).sector == "OPP"
    thai = actor_for(nlp, "The Thai Karen National Union office was closed.", "Karen", known)
    assert (thai.id, thai.country) == ("org:karen-national-union", "THA")


def test_registry_country_sector_actors_do_not_make_capitals_names(nlp):
    _, mentions = run(nlp, "Talks were held in Moscow on Monday.", _registry())
    assert not [mention for mention in mentions if mention.text == "Moscow"]


def test_a_capital_after_a_headlines_closing_colon_is_its_source(nlp):
    actors, _ = run(nlp, "Grain exports will resume next month: Kyiv")
    assert "UKR-GOV" in actors
    _, mentions = run(nlp, "Delegates met in Kyiv on Monday.")
    assert not [mention for mention in mentions if mention.text == "Kyiv"]


def test_an_unnamed_igo_official_belongs_to_the_igo(nlp):
    actors, _ = run(nlp, "A UN envoy arrived in Juba on Tuesday.")
    assert "IGO:UN-GOV" in actors


# -- local offices, crowds, unnamed people (wire benchmark findings; own sentences) ---------------


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Izmir Mayor Cemil Tugay told reporters the budget was frozen.", "Tugay", "TUR"),
        ("Odesa regional governor Oleh Kiper said the port was damaged.", "Kiper", "UKR"),
    ],
)
def test_a_citys_local_office_takes_the_citys_country(nlp, text, surface, country):
    person = actor_for(nlp, text, surface)
    assert person is not None and (person.country, person.sector) == (country, "GOV")


def test_a_city_before_another_title_gives_no_country(nlp):
    person = actor_for(nlp, "Chicago businessman Tom Parker donated to the campaign.", "Parker")
    assert person is None or person.country != "USA" or person.sector != "GOV"


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        ("Hundreds marched in Bogota on Friday to demand new elections.", "Hundreds", "COL-CVL"),
        ("Tens of thousands of people rallied in Belgrade.", "people", "SRB-CVL"),
        ("Riot police detained dozens of Kenyan students in Nairobi.", "students", "KEN-EDU"),
        ("Authorities in Tehran detained a Swedish national last month.", "national", "SWE-CVL"),
        ("Demonstrators gathered outside the Turkish embassy in Stockholm.", "Demonstrators", "SWE-CVL"),
    ],
)
def test_crowds_and_unnamed_people_are_civilians_of_a_country(nlp, text, surface, actor_id):
    _, mentions = run(nlp, text)
    assert any(surface in mention.text and mention.actor_id == actor_id for mention in mentions), mentions


def test_numbers_of_things_are_no_crowd(nlp):
    _, mentions = run(nlp, "Thousands of homes in Peru were flooded after the storm.")
    assert not any("Thousands" in mention.text for mention in mentions)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        ("Kataib Hezbollah claimed the drone strike on the base.", "Kataib", "IRQ", "REB"),
        ("Hezbollah said it had fired rockets at the base.", "Hezbollah", "LBN", "REB"),
        ("The Houthis said Houthi forces had seized a tanker.", "Houthi forces", "YEM", "REB"),
        ("Gunmen from al-Shabaab stormed a hotel in the port.", "al-Shabaab", "SOM", "REB"),
        ("The Taliban closed girls' schools again.", "Taliban", "AFG", "GOV"),
        ("Wagner mercenaries left the town in June.", "Wagner", "RUS", "PRM"),
        ("JNIM fighters ambushed a convoy near the border.", "JNIM", "MLI", "REB"),
    ],
)
def test_named_armed_and_political_movements_have_a_country(nlp, text, surface, country, sector):
    actor = actor_for(nlp, text, surface)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Demonstrators gathered outside the Japanese embassy in Lima.", "embassy", "JPN"),
        ("Police guarded Sweden's embassy in Baghdad overnight.", "embassy", "SWE"),
        ("China's military began drills in the strait on Monday.", "China's military", "CHN"),
        ("Russian drones hit a power station near the city.", "Russian drones", "RUS"),
    ],
)
def test_the_owner_of_an_embassy_or_military_is_the_named_country(nlp, text, surface, country):
    actor = actor_for(nlp, text, surface)
    assert actor is not None and actor.country == country


def test_the_military_refers_back_to_the_most_recent_force_named(nlp):
    text = (
        "Turkish President Recep Tayyip Erdogan spoke in Ankara on Monday. "
        "Syrian troops shelled villages near Idlib. The military said it had hit militant positions."
    )
    _, mentions = run(nlp, text)
    military = [mention for mention in mentions if mention.text.lower().endswith("military")]
    assert [mention.actor_id for mention in military] == ["SYR-MIL"]


def test_only_forces_refer_back_by_sector():
    from eventwire.actor_builder import sector_actor
    from eventwire.coref import Seen, resolve_sector

    seen = [Seen(sector_actor("USA", "GOV"), 0, 0, True), Seen(sector_actor("SYR", "MIL"), 5, 1, True)]
    assert resolve_sector(seen, "MIL", 2) == "SYR"
    assert resolve_sector(seen, "GOV", 2) is None  # "the government" keeps the document's country
    assert resolve_sector(seen, "MIL", 9) is None  # beyond the window


def test_the_diplomat_is_not_linked_across_countries_by_a_generic_noun(nlp):
    text = (
        "Indian Foreign Minister Subrahmanyam Jaishankar spoke on Monday. "
        "Canada's high commissioner Sarah Lane was summoned. The diplomat said nothing."
    )
    actors, mentions = run(nlp, text)
    diplomat = [m for m in mentions if m.text == "The diplomat"]
    assert all(actors[m.actor_id].country != "IND" for m in diplomat)


def test_the_diplomat_links_to_the_most_recent_diplomat_by_role_word(nlp):
    text = (
        "Egyptian Foreign Minister Sameh Shoukry met officials. "
        "Later, Qatari diplomat Majed Al-Ansari arrived. The diplomat said talks were useful."
    )
    actor = actor_for(nlp, text, "The diplomat")
    assert actor is not None and actor.id == "person:majed-al-ansari"


def test_a_conditional_clause_does_not_place_refugees(nlp):
    actor = actor_for(
        nlp, "Jordan says it will not admit more refugees if fighting spreads to Syria.", "refugees"
    )
    assert actor is not None and actor.country == "JOR"


# -- unions, determiners before abbreviations, sentence-initial common nouns, aliases as places --


def test_union_is_labour_only_with_a_labour_word(nlp):
    teachers = actor_for(nlp, "The Ghana Union of Nurses threatened a walkout over unpaid wages.", "Union")
    assert teachers.sector == "LAB"
    dockers = actor_for(nlp, "In Lagos the dockworkers' union rejected the new port tariff.", "union")
    assert dockers.sector == "LAB"
    pacific = actor_for(nlp, "The Andean Trade Bloc Union approved a common tariff on steel.", "Union")
    assert pacific is None or pacific.sector != "LAB"
    african = actor_for(nlp, "Delegates of the African Union arrived in Addis Ababa on Tuesday.", "African")
    assert (african.id, african.sector) == ("IGO:AU", "GOV")


def test_union_state_with_its_members_is_the_igo(nlp):
    actors, _ = run(nlp, "Envoys from the Union State of Russia and Belarus toured the new air base.")
    assert "IGO:UNION_STATE" in actors
    assert all(actor.sector != "LAB" for actor in actors.values())
    possessive = actor_for(nlp, "The Union State's budget for 2031 was cut by a tenth.", "Union State")
    assert (possessive.id, possessive.sector) == ("IGO:UNION_STATE", "GOV")


def test_determiner_belongs_to_the_country_abbreviation(nlp):
    _, mentions = run(nlp, "Venezuela protested, but the US and its partners renewed the oil embargo.")
    texts = [mention.text for mention in mentions]
    assert "the US" in texts and "the" not in texts
    _, mentions = run(nlp, "Officials said the UAE and the DRC would sign a mining accord.")
    assert {"the UAE", "the DRC"} <= {mention.text for mention in mentions}


def test_counterpart_apposition_is_one_actor(nlp):
    actors, mentions = run(
        nlp, "Austria's interior minister Karl Huber phoned his counterpart from Slovenia, Mateja Kranjc."
    )
    people = [actor for actor in actors.values() if actor.kind == "person"]
    assert {person.name for person in people} == {"Karl Huber", "Mateja Kranjc"}
    kranjc = [mention for mention in mentions if "Kranjc" in mention.text]
    assert len(kranjc) == 1 and kranjc[0].text.endswith("Mateja Kranjc")


@pytest.mark.parametrize(
    "text",
    [
        "Missiles struck Kyiv on Sunday.",  # the small model tags "Missiles" PERSON here
        "Warplanes struck Raqqa.",  # ... and "Warplanes" ORG here
        "Rockets slammed into Kharkiv before dawn.",
        "Helicopters ferried the wounded to Lviv.",
    ],
)
def test_sentence_initial_common_noun_is_no_name(nlp, text):
    actors, mentions = run(nlp, text)
    first = text.split()[0]
    assert not any(mention.text == first for mention in mentions)
    assert not any(actor.name == first for actor in actors.values())


def test_leader_alias_used_as_a_place_is_no_person(nlp):
    text = (
        "Lloyd Austin toured a shipyard. Austin is a city where the firm has its offices. "
        "Investors gathered in Austin, a hub for chip makers. Then the board flew to Austin. "
        "Austin later told reporters the deal was done."
    )
    _, mentions = run(nlp, text)
    austin = [mention.text for mention in mentions if mention.actor_id == "person:lloyd-austin"]
    assert austin == ["Lloyd Austin", "Austin"]  # the last one only: the man who told reporters


def test_a_person_of_unknown_country_takes_the_dateline_country(nlp):
    text = (
        "ASUNCION, March 3 (Wire) — President Tomas Benitez met farmers' unions on Monday, and "
        "Ambassador Clara Ruiz said Brazil's offer still stood."
    )
    president = actor_for(nlp, text, "Benitez")
    assert (president.country, president.inferred) == ("PRY", ["country"])
    assert actor_for(nlp, text, "Clara Ruiz").country is None  # an envoy may serve anywhere


def test_registry_country_wins_over_the_dateline(nlp):
    known = {"person:lena-marsh": Actor("person:lena-marsh", "Lena Marsh", "person", country="NZL")}
    text = "SUVA, May 9 (Wire) — Prime Minister Lena Marsh arrived for talks with Fiji's leaders."
    marsh = actor_for(nlp, text, "Lena Marsh", known)
    assert (marsh.country, marsh.inferred) == ("NZL", [])


def test_no_dateline_falls_back_to_the_country_named_most(nlp):
    text = "Uruguay's economy grew. President Tomas Benitez said Uruguay would cut taxes in Uruguay."
    assert actor_for(nlp, text, "Benitez").country == "URY"


def test_the_two_leaders_are_the_last_two_sides_named(nlp):
    text = (
        "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. "
        "The two leaders agreed to reopen the border."
    )
    actors, mentions = run(nlp, text)
    pair = [actors[m.actor_id].country for m in mentions if m.text == "The two leaders"]
    assert sorted(pair) == ["CHL", "PER"]


def test_both_neighbours_skips_the_noun_it_describes(nlp):
    text = "Peru blamed Chile for the delay. Brazil, which has ties with both neighbours, offered help."
    actors, mentions = run(nlp, text)
    pair = [actors[m.actor_id].country for m in mentions if m.text == "both neighbours"]
    assert sorted(pair) == ["CHL", "PER"]


def test_both_countries_are_states_and_not_the_body_that_speaks_to_them(nlp):
    text = (
        "Kenya accused Ethiopia of sending troops across the border. "
        "The African Union called on both countries to show restraint."
    )
    actors, mentions = run(nlp, text)
    pair = [actors[m.actor_id].country for m in mentions if m.text == "both countries"]
    assert sorted(pair) == ["ETH", "KEN"]


def test_the_foreign_minister_unnamed_is_the_dateline_country_office(nlp):
    text = "QUITO, May 2 (Wire) — The foreign minister condemned the attack on Tuesday."
    assert actor_for(nlp, text, "foreign minister").id == "office:ECU:foreign-minister"
    earlier = (
        "Peruvian Foreign Minister Ana Ruiz arrived on Monday. The foreign minister condemned the attack."
    )
    assert actor_for(nlp, "QUITO, May 2 (Wire) — " + earlier, "The foreign minister").country == "PER"


def test_a_leaders_one_word_alias_is_that_leader(nlp):
    person = actor_for(nlp, "Venezuela's Maduro accused Guyana of provoking a crisis.", "Maduro")
    assert person is not None and (person.kind, person.country) == ("person", "VEN")
