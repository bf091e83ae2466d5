"""Named organisations the tables do not know, read from spaCy's ORG entities ("Asia-Pacific Economic
Cooperation"): the last rule of :func:`eventwire.actors.extract_actors` (split from it by subject)."""

from __future__ import annotations

from eventwire import actor_patterns as pat
from eventwire.actor_builder import ActorBuilder, named_organisation, organisation_actor, sector_actor
from eventwire.actor_clause import is_place
from eventwire.actor_igo_bodies import acronym_alias, igo_body
from eventwire.actor_names import entity_names_lexicon_body, is_common_noun_word
from eventwire.actor_org_words import has_labour_word
from eventwire.actor_sites import names_a_site
from eventwire.actor_tables import fold, role_mapping, role_words, roles
from eventwire.actor_towns import tagged_town
from eventwire.actor_transnational import after_transnational_prefix, transnational_body
from eventwire.actor_words import match_lexicon
from eventwire.countries import city_country, is_city
from eventwire.token_view import Words


def org_entity(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """A named organisation the tables do not know ("Asia-Pacific Economic Cooperation"), and the
    acronym in parentheses right after it ("(APEC)"), the same actor's alias."""
    count = len(builder.mentions)
    stop = _org_entity(doc, i, end, builder)
    if stop is not None and len(builder.mentions) > count:
        actor = builder.actors.get(builder.mentions[-1].actor_id)
        if actor is not None:
            stop = acronym_alias(doc, stop, end, builder, actor)
    return stop


def _org_entity(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    token = doc[i]
    if token.ent_iob_ != "B" or token.ent_type_ != "ORG":
        return None
    stop = i + 1
    while stop < end and doc[stop].ent_iob_ == "I":
        stop += 1
    of_country = country_after_name(doc, stop, end)
    if of_country is not None:  # "the Law Society" + "of Kenya": the tagger split one name in two
        stop = of_country[0]
    span, text = doc[i:stop], doc.text_of(i, stop)
    if len(span) == 1 and (span[0].lower_,) in roles().domains:
        return None
    if "\n" in text or not any(token.text[:1].isupper() for token in span):
        return stop  # across a line break or all lower case: page furniture, not a name
    if len(span) == 1 and is_common_noun_word(doc[i]):
        return None  # "Warplanes struck ...": a sentence's first word, not a name
    if is_city(text) and is_place(doc.span(i, stop).root):
        return stop  # "fired from Kharkiv": a city the small model tags ORG, used as a place
    town = tagged_town(doc, i, stop, builder)
    if town is not None:
        if town[1]:  # "the RSF shelled El Fasher": its people
            builder.mention(sector_actor(town[0], "CVL"), i, stop, "city")
        return stop
    body = entity_names_lexicon_body(doc, i, stop)
    if body is not None:  # "the Union State of Russia and Belarus" is the IGO of the tables
        builder.mention(
            builder.igo(body) if body.kind == "igo" else named_organisation(body), i, stop, "name"
        )
        return stop
    igo = igo_body(doc, i, stop)
    if igo is not None:  # "the U.N. Support Mission in Libya": a body of the UN
        org = _last_org_word(doc, i, stop)
        sector = (org[1] if org else None) or "GOV"
        builder.mention(organisation_actor(text, sector, "IGO", None, igo, named=True), i, stop, "name")
        return stop
    country = of_country[1] if of_country else None
    for k in range(i, stop):
        found = pat.match_lexicon(doc, k, stop)
        if found and found[1].kind in NAME_COUNTRY_KINDS and not after_transnational_prefix(doc, k):
            country = country or found[1].country or found[1].code
    org = _last_org_word(doc, i, stop)
    sector = org[1] if org else None
    if org and org[0][-1] in roles().labour_union_heads and has_labour_word(doc, i, stop):
        sector = "LAB"
    if sector is None and country is None and has_labour_word(doc, stop - 1, stop):
        sector = "LAB"  # "the United Steelworkers", "United Auto Workers": a union named by its members
    if country is None and sector == "LAB":
        # a union is a domestic body: of the country the story names most (not where it is filed from)
        country = builder.document_country
    if sector is None:
        sector = _state_body_sector(doc, i, stop, "state_body_words")
    if country is None and sector is not None:
        country = _opening_city_country(doc, i, stop)  # "the Los Angeles Police Department"
    if country is None and transnational_body(doc, i, stop, sector):
        # "the Pan-African Parliament": a body of a region's states
        body = organisation_actor(text, sector or "GOV", "IGO", None, None, named=True)
        builder.mention(body, i, stop, "name")
        return stop
    if country is None and is_scene_force(doc, i, stop):
        # "the Republican Guard", "the National Gendarmerie": the guard of the state the story is in
        country = builder.scene_country
    chamber = _state_body_sector(doc, i, stop, "state_chamber_words")
    if country is None and (sector == "PTY" or chamber or (sector and _opens_as_state_body(doc, i, stop))):
        # "the Popular Party accused ...", "the National Security Service": the story's country's
        country = _federal_country(doc, i, stop, builder) or builder.home_country
    sector = sector or chamber
    owner = _owner(doc, i, stop, builder) if country is None else None
    if owner is not None:  # "the Navy's Fifth Fleet", "the army's Ninth Brigade": a unit of its owner
        country, igo = owner.country, owner.igo
        sector = sector or (owner.sector if owner.sector in OWNED_UNIT_SECTORS else None)
        unit = builder.mention(
            organisation_actor(text, sector, country, None, igo, named=True), i, stop, "name"
        )
        builder.remember_body(unit)  # a later bare "the Fifth Fleet" is this unit
        return stop
    if country is None and sector in ARMED_SECTORS and not is_place(doc.span(i, stop).root):
        # "the Ambazonia Defence Forces", "the Zintan Militia": an armed body the tables do not know
        # fights where the story is, the country its text names most (not where it is filed from);
        # not a place or a craft named after a force ("aboard Air Force One")
        country = builder.body_country
    if sector is None and country is None and names_a_site(doc.span(i, stop).root):
        return stop  # "a summit at Hartwell Manor", "the Tarnak crossing": where, not who
    builder.mention(organisation_actor(text, sector, country, None, None, named=True), i, stop, "name")
    return stop


def _last_org_word(doc: Words, i: int, stop: int) -> tuple[tuple[str, ...], str | None] | None:
    """The last organisation word of the name and its sector ("Force": MIL), if any."""
    found = None
    for k in range(i, stop):
        org = pat.match_words(doc, k, stop, roles().organisations)
        if org:
            found = org[1], roles().organisations[org[1]]
    return found


def _owner(doc: Words, i: int, stop: int, builder: ActorBuilder):
    """The actor named as the possessor of the name ("the Navy's Qatar-based Sixth Fleet": the Navy
    this document means), when that possessor has a country; None otherwise."""
    possessor = next((child for child in doc.span(i, stop).root.children if child.dep_ == "poss"), None)
    if possessor is None or possessor.i >= i:
        return None
    start = possessor.idx
    for mention in reversed(builder.mentions):
        if mention.start <= start < mention.end:
            actor = builder.actors.get(mention.actor_id)
            return actor if actor is not None and actor.country else None
    return None


def country_after_name(doc: Words, stop: int, end: int) -> tuple[int, str] | None:
    """ "of Kenya" right after a capitalised name ("the Law Society of Kenya", "the Red Crescent Society
    of Iran"): (end of the country's name, its code) when that country's name ends the noun phrase;
    None otherwise ("Kenya Airways" goes on; "of Kenyan descent" is a demonym, no country's name)."""
    if stop + 1 >= end or doc[stop].text != "of" or not doc[stop - 1].text[:1].isupper():
        return None
    k = stop + 2 if doc[stop + 1].lower_ == "the" and stop + 2 < end else stop + 1
    found = pat.match_lexicon(doc, k, end)
    if found is None or found[1].kind != "country":
        return None
    after = found[0]
    if after < end and (doc[after].pos_ in {"PROPN", "NOUN"} or doc[after].text in {"'s", "’s"}):
        return None  # "of Kenya Airways", "of Kenya's ...": the country starts another name
    return after, found[1].code


def _state_body_sector(doc: Words, i: int, stop: int, key: str) -> str | None:
    """The sector of the last roles.yaml ``key`` entry inside the name ("Security Command" MIL)."""
    sector = None
    for k in range(i, stop):
        found = pat.match_words(doc, k, stop, role_mapping(key))
        if found:
            sector = role_mapping(key)[found[1]]
    return sector


def _opening_city_country(doc: Words, i: int, stop: int) -> str | None:
    """The country of a city the name of a body opens with ("the Los Angeles Police Department", "the
    Karachi Port Trust"): the longest run of its first words that names a city."""
    first = pat.after_leading_the(doc, i, stop)
    for end in range(min(stop - 1, first + 3), first, -1):
        country = city_country(doc.text_of(first, end))
        if country is not None:
            return country
    return None


def is_scene_force(doc: Words, i: int, stop: int) -> bool:
    """The name, after "the", is one every state gives its own guard or gendarmerie (roles.yaml
    ``scene_forces``: "Republican Guard", "presidential guard", "gendarmerie")."""
    first = pat.after_leading_the(doc, i, stop)
    return fold(doc.text_of(first, stop)) in role_words("scene_forces")


def _opens_as_state_body(doc: Words, i: int, stop: int) -> bool:
    """The name's first word after "the" is one of roles.yaml ``home_name_openers`` ("National")."""
    first = pat.after_leading_the(doc, i, stop)
    return doc[first].lower_ in role_words("home_name_openers")


def _federal_country(doc: Words, i: int, stop: int, builder: ActorBuilder) -> str | None:
    """The federation a "Federal ..." body belongs to (roles.yaml ``federal_states``): the story's
    country when it is one, else the federation the story names most; None for other names."""
    if doc[pat.after_leading_the(doc, i, stop)].lower_ not in role_words("federal_openers"):
        return None
    federations = role_words("federal_states")
    home = builder.home_country
    if home in federations:
        return home
    named = {code: count for code, count in builder.country_counts.items() if code in federations}
    return max(named, key=named.__getitem__) if named else None


# Table entries inside a name that give its country: "the Kenyan Red Cross", "the Islamabad High
# Court" (a capital names its state), "Moscow State University".
NAME_COUNTRY_KINDS = frozenset({"demonym", "country", "capital"})
# Sectors of armed bodies (roles.yaml organisations: "militia", "defence forces", "army").
ARMED_SECTORS = frozenset({"REB", "MIL", "UAF"})
# Sectors a unit takes from the body that owns it ("the Navy's Fifth Fleet" is MIL; "Gazprom's
# export arm" is no business of the sector's kind by itself: it keeps none).
OWNED_UNIT_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "UAF"})

LIST_WORDS = frozenset({",", "and", "or"})


def entity_lists_lexicon_entries(doc: Words, start: int) -> bool:
    """Whether the entity starting at ``start`` is a list of table entries the tagger read as one
    name ("blamed Kyiv and Chisinau" tagged one ORG): each entry is then an actor of its own."""
    k, entries = start, 0
    while k < len(doc) and (k == start or doc[k].ent_iob_ == "I"):
        if doc[k].text in LIST_WORDS or doc[k].lower_ in LIST_WORDS:
            k += 1
            continue
        found = match_lexicon(doc, k, len(doc))
        if found is None:
            return False
        entries, k = entries + 1, found[0]
    return entries > 1
