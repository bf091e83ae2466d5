"""Actors named by a country word, an international body or a determiner before a title or an
organisation word ("Russian President ...", "the Kenyan police", "the foreign ministry", "NATO's
secretary-general"), or by one table entry on its own ("Russia", "an Indian proposal", "Kyiv said"):
the :func:`prefixed` rule of :func:`eventwire.actors.extract_actors` (split from it by subject)."""

from __future__ import annotations

from eventwire import actor_patterns as pat
from eventwire.actor_builder import (
    ActorBuilder,
    named_organisation,
    organisation_actor,
    sector_actor,
    state_actor,
)
from eventwire.actor_clause import authored_by_state, capital_acts, headline_source, is_place
from eventwire.actor_entities import entity_lists_lexicon_entries
from eventwire.actor_groups import clause_place
from eventwire.actor_kinds import GOVERNMENT_WORDS
from eventwire.actor_offices import organisation_country
from eventwire.actor_org_words import OrgWord, parse_org
from eventwire.actor_regions import acting_members
from eventwire.actor_tables import fold, role_words, roles, seat_at_home
from eventwire.actor_titles import title_after_org, titled
from eventwire.actor_towns import is_seated_body, town_ending_with
from eventwire.coref import (
    resolve_organisation,
    resolve_possessor,
    resolve_ruling_military,
    resolve_sector,
    ruling_military_words,
)
from eventwire.countries import LexEntry
from eventwire.records import Actor
from eventwire.token_view import Words

# Unnamed organisations of these sectors ("the foreign ministry", "a state court", "the ruling
# party") are of the place they speak in or of the story's country when no country word says otherwise.
DOMESTIC_ORG_SECTORS = frozenset({"GOV", "JUD", "LEG", "COP", "PTY", "OPP"})
# A state's armed and security bodies: "its air force" is the possessor country's force (X-MIL).
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})


def prefixed(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """Country/IGO-prefixed or determiner-led titles and organisations, or a bare lexicon entry."""
    prefix = pat.parse_prefix(doc, i, end)
    title = pat.parse_title(doc, prefix.end, end, prefix)
    adjectives = 2 if prefix.country else 0
    org = parse_org(doc, prefix.end, end, adjectives) if prefix.end > i or doc[i].text[:1].isupper() else None
    if org is None and title is None and prefix.determiner and not prefix.country:
        org = _modified_government(doc, prefix.end, end)
    if title and (org is None or title.end > org.end):
        return titled(doc, i, end, prefix, title, builder)
    if org and (prefix.country or prefix.determiner or org.country):
        title = title_after_org(doc, end, prefix, org)
        if title is not None:
            return titled(doc, i, end, prefix, title, builder)
        return _organisation(doc, i, prefix, org, builder)
    found = pat.match_lexicon(doc, i, end)
    if found is None or _inside_longer_org_name(doc, i, found[0]):
        return None
    return _bare_entry(doc, i, found[0], found[1], builder)


def _modified_government(doc: Words, k: int, end: int) -> OrgWord | None:
    """ "the federal government", "the interim government": a government body after one of roles.yaml's
    ``unnamed_body_modifiers``, read as if the adjective were not there (no country named)."""
    if k >= end or doc[k].lower_ not in role_words("unnamed_body_modifiers"):
        return None
    org = parse_org(doc, k, end, 1)
    return org if org is not None and org.sector == "GOV" and org.start < org.end else None


def _inside_longer_org_name(doc: Words, i: int, j: int) -> bool:
    """ "the Palestine Liberation Organization": a country word that only starts an ORG name."""
    return (
        doc[i].ent_type_ == "ORG"
        and doc[i].ent_iob_ == "B"
        and j < len(doc)
        and doc[j].ent_iob_ == "I"
        and not entity_lists_lexicon_entries(doc, i)
    )


def _organisation(doc: Words, i: int, prefix: pat.Prefix, org: OrgWord, builder: ActorBuilder) -> int:
    country = prefix.country or org.country
    if country is None and prefix.igo is None and org.located_in and is_seated_body(org.words):
        # "the government in Kinshasa", "the junta in Bamako": the state whose capital seats it
        actor = organisation_actor(org.words, org.sector, org.located_in, None, None)
        builder.mention(actor, i, org.end, "description")
        return org.end
    possessor = (
        resolve_possessor(builder.seen, prefix.determiner or "", builder.sentence) if not country else None
    )
    earlier = None
    if org.located_in is None and possessor is None and not _unnamed_government(prefix, org):
        # "the embassy" after "the Russian embassy"; not "his government" (its possessor's); "the
        # junta" after "Niger's junta", however long ago
        earlier = resolve_organisation(builder.seen, org.words, prefix.country) or (
            None if prefix.country else resolve_ruling_military(builder.seen, org.words)
        )
    force = _force_named_just_before(prefix, org, builder) if possessor is None and not country else None
    if force is not None:
        force = _same_word_force(doc, org, builder) or force
    if force is not None and (earlier is None or earlier.country != force):
        # "Defence Minister X warned ... The military said": the force of the last few sentences,
        # mentioned over the words the rule it overrides would have taken
        start = i if earlier is not None else org.start
        builder.mention(sector_actor(force, org.sector), start, org.end, "description")
        return org.end
    if earlier is not None:
        builder.mention(earlier, i, org.end, "description")
        return org.end
    if possessor is not None and org.sector in FORCE_SECTORS:
        # "Russia's defence ministry said its air force struck ...": the possessor's country's force
        builder.mention(sector_actor(possessor.country, org.sector), i, org.end, "description")
        return org.end
    if possessor is not None:
        # "the UN said its mission would leave", "the party said its office was raided"
        country, igo = possessor.country, possessor.igo
        actor = organisation_actor(org.words, org.sector, country, org.located_in, igo)
        builder.mention(actor, i, org.end, "description")
        return org.end
    if country is None and prefix.igo is None and fold(org.words) in role_words("scene_forces"):
        # "the presidential guard", "the gendarmerie": every state has its own, so the one of the
        # state the story is in, not of a foreign counterpart the story names more often
        actor = organisation_actor(org.words, org.sector, builder.scene_country, org.located_in, None)
        builder.mention(actor, i, org.end, "description")
        return org.end
    if country is None and prefix.igo is None and fold(org.words) in roles().bare_descriptions:
        # "the army": the army just named or of the sentence's leader, else of the text's country
        earlier = resolve_sector(builder.seen, org.sector, builder.sentence) if prefix.determiner else None
        country = earlier or builder.collective_country(org.sector, org.end - 1)
        if country is not None:
            builder.mention(sector_actor(country, org.sector), org.start, org.end, "description")
            return org.end
    if (
        country is None
        and prefix.igo is None
        and org.sector in DOMESTIC_ORG_SECTORS
        # "a mission", "a delegation" come from elsewhere: only "the" for government bodies
        and (prefix.determiner == "the" or (prefix.determiner == "a" and org.sector != "GOV"))
    ):
        # "In Caracas, the foreign ministry said": where it speaks; else the government the text was
        # just talking about; else the story's country ("a state court", "the ruling party" too)
        country = (
            clause_place(doc, doc[org.end - 1])
            or organisation_country(builder.doc, builder.seen, org.words, i)
            or builder.home_country
        )
    actor = organisation_actor(org.words, org.sector, country, org.located_in, prefix.igo or org.igo)
    builder.mention(actor, i if prefix.country else org.start, org.end, "name")
    return org.end


def _force_named_just_before(prefix: pat.Prefix, org: OrgWord, builder: ActorBuilder) -> str | None:
    """The country of "the military" / "the police" from the force, or the office answering for it,
    named within the last few sentences (:func:`resolve_sector`); None for other descriptions."""
    if (
        prefix.determiner != "the"
        or prefix.igo is not None
        or fold(org.words) not in roles().bare_descriptions
        or fold(org.words) in ruling_military_words()  # "the junta": the one named before, however long ago
    ):
        return None
    return resolve_sector(builder.seen, org.sector, builder.sentence)


def _same_word_force(doc: Words, org: OrgWord, builder: ActorBuilder) -> str | None:
    """The country of the force this document named earlier by the same word: "the U.S. Navy said
    ... Iranian forces ... the Navy's Fifth Fleet" is the U.S. Navy, not the force named last."""
    head = doc[org.end - 1].lower_
    for item in reversed(builder.seen):
        actor = item.actor
        if actor.sector == org.sector and actor.country and doc[item.token].lower_ == head:
            return None if actor.country == "IGO" else actor.country
    return None


def _unnamed_government(prefix: pat.Prefix, org: OrgWord) -> bool:
    """ "the government" with no country word: not whichever government was named last ("Brussels
    hopes ... forced the government to back down"), but the one the rules below find (the place it
    acts in, the story's country)."""
    return prefix.country is None and org.country is None and fold(org.words) in GOVERNMENT_WORDS


def _bare_entry(doc: Words, i: int, j: int, entry: LexEntry, builder: ActorBuilder) -> int | None:
    root = doc.span(i, j).root
    town = town_ending_with(doc, i, j, builder) if entry.kind in {"country", "demonym"} else None
    if town is not None:  # "Port Sudan", "New Mexico": a town's name, not the country
        if town[1]:
            builder.mention(sector_actor(town[0], "CVL"), i - 1, j, "city")
        return j
    if entry.kind == "demonym":
        if not authored_by_state(root):
            return None  # an adjective on its own; let a named organisation ("the Palestinian ...") match
        builder.mention(state_actor(entry.code), i, j, "demonym")  # "an Indian proposal"
        return j
    if entry.kind == "country":
        builder.mention(state_actor(entry.code), i, j, "place" if is_place(root) else "name")
    elif entry.kind == "people":
        builder.mention(sector_actor(entry.code, "CVL"), i, j, "demonym")
    elif entry.kind == "capital" and (capital_acts(root) or headline_source(doc, i, j)):
        builder.mention(sector_actor(entry.code, "GOV"), i, j, "capital")
    elif entry.kind == "seat" and (not is_place(root) or headline_source(doc, i, j)):
        country, sector = seat_at_home(doc.text_of(i, j), builder.home_country) or (
            entry.country or entry.code,
            entry.sector or "GOV",
        )
        builder.mention(sector_actor(country, sector), i, j, "seat")
    elif entry.kind == "igo":
        builder.mention(builder.igo(entry), i, j, "name")
    elif entry.kind == "org" and entry.sector == "BUS" and not capital_acts(root):
        return j  # "posted on Facebook", "50 Boeing jets": the firm's platform or product, not the firm
    elif entry.kind == "org":
        builder.mention(named_organisation(entry), i, j, "name")
    elif entry.kind == "group" and entry.members:  # "aid for Central Asia": each member state
        for code in acting_members(root, entry):
            builder.mention(state_actor(code), i, j, "group", together=i)
    elif entry.kind == "group":
        builder.mention(Actor(id=entry.code, name=entry.name, kind="group"), i, j, "group")
    # a region on its own ("in Darfur") is a place: consumed, no mention
    return j
