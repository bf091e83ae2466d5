"""Actors: every mention of a person, organisation, state or group, resolved to an :class:`Actor`.

Actor ids are stable across documents (they are the registry's keys):

==============================  ==================================================
``RUS``                         the state of Russia ("Russia", "the Russian Federation")
``RUS-GOV``                     Russia's government as an actor ("Moscow said", "the
                                Kremlin", "the Russian government"); likewise
                                ``ISR-MIL`` ("Israeli troops"), ``RUS-CVL`` ("Russians")
``person:vladimir-putin``       a person, by canonical full name (slug of the name)
``office:BLR:foreign-minister`` an unnamed office holder ("Belarus's foreign minister")
``org:RUS:embassy:BLR``         a national organisation (here: Russia's embassy in Belarus);
``org:RUS:security-council``    ``org:<slug>`` when the organisation has no known country
``IGO:NATO``, ``NGO:ICRC``      international organisations (``country`` "IGO", ``igo`` "NATO")
``group:the-west``              multi-country groups; ``group:allies-of-USA`` for "its allies"
==============================  ==================================================

Country, demonym and capital tables win over spaCy's NER label (the small model
tags "Kyiv" or "Belarus" as PERSON in some sentences). The stage is pure: ``known``
is a read-only snapshot of the registry and the leaders table is read-only data.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc

from eventwire import actor_patterns as pat
from eventwire.actor_builder import (
    ActorBuilder,
    named_organisation,
    organisation_actor,
    sector_actor,
    state_actor,
)
from eventwire.actor_clause import authored_by_state, capital_acts, headline_source, is_place
from eventwire.actor_entities import entity_lists_lexicon_entries, org_entity
from eventwire.actor_ethnic import ethnic_group
from eventwire.actor_gate import starts_no_actor
from eventwire.actor_groups import (
    bare_description,
    clause_place,
    collective,
    collective_in_country,
    country_pair,
    crowd,
    name_used_as_place,
)
from eventwire.actor_juntas import capitalised_junta
from eventwire.actor_kinds import GOVERNMENT_WORDS
from eventwire.actor_names import (
    can_start_name,
    is_name_token,
    is_plural_common_noun_start,
    name_run,
)
from eventwire.actor_ngos import ngo_description
from eventwire.actor_offices import organisation_country
from eventwire.actor_pairs import pair_reference
from eventwire.actor_plural_refs import plural_title_reference
from eventwire.actor_possessed import described_name, document_body, possessed_name
from eventwire.actor_refs import group_reference, igo_reference, possessed_collective, whose_collective
from eventwire.actor_regions import acting_members
from eventwire.actor_tables import fold, role_words, roles, seat_at_home
from eventwire.actor_titles import counterpart, title_after_org, titled
from eventwire.actor_towns import city_target, collective_in_town, town_ending_with
from eventwire.coref import (
    SUBJECT_DEPS,
    resolve_clause_subject,
    resolve_organisation,
    resolve_possessor,
    resolve_pronoun_all,
    resolve_ruling_military,
    resolve_sector,
    ruling_military_words,
)
from eventwire.coref_groups import resolve_allies
from eventwire.countries import LexEntry, is_city, is_country_word
from eventwire.dateline import dateline_end
from eventwire.records import Actor, ActorMention
from eventwire.token_view import Words

ALLY_NOUNS = frozenset({"allies", "partners"})
# Unnamed organisations of these sectors ("the foreign ministry", "a state court", "the ruling
# party") are of the place they speak in or of the story's country when no country word says otherwise.
DOMESTIC_ORG_SECTORS = frozenset({"GOV", "JUD", "LEG", "COP", "PTY", "OPP"})
# A state's armed and security bodies: "its air force" is the possessor country's force (X-MIL).
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
REGISTRY_NAME_WORDS = 8  # longest organisation name looked up in the registry, in tokens


def extract_actors(
    doc: Doc, known: Mapping[str, Actor] | None = None
) -> tuple[list[Actor], list[ActorMention]]:
    """All actors in a parsed document and every mention of them, in text order."""
    words = Words.of(doc)  # the rules read each token many times: read its attributes once
    builder = ActorBuilder(words, known)
    # The dateline ("NIAMEY, March 14 (Wire) —") names where the story was filed: no actor.
    story_start = dateline_end(words.text)  # Doc.text joins every token anew
    for sentence_index, sentence in enumerate(doc.sents):
        builder.sentence = sentence_index
        i = sentence.start
        while i < sentence.end and words[i].idx < story_start:
            i += 1
        while i < sentence.end:
            if words[i].is_punct or words[i].is_space or starts_no_actor(words, i):
                i += 1  # most tokens of news start no actor: punctuation, "said", "on", "talks" ...
                continue
            i = _match_at(words, i, sentence.end, builder) or i + 1
    return builder.result()


def _match_at(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    for rule in RULES:
        consumed = rule(doc, i, end, builder)
        if consumed:
            return consumed
    return None


# -- rules, tried in order at each token --------------------------------------------------


def _pronoun(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    token = doc[i]
    if token.pos_ != "PRON" or token.dep_ not in SUBJECT_DEPS:
        return None
    if token.lower_ == "it" and token.head.lemma_.lower() in role_words("it_not_actor_verbs"):
        return None  # "it is unclear", "it emerged that": no actor
    # "they" after "X and Y said" is a mention of each (the event stage reads every actor of a span)
    antecedents = resolve_clause_subject(builder.seen, token, builder.sentence) or resolve_pronoun_all(
        builder.seen, token.text, builder.sentence
    )
    if not antecedents:
        return None
    plural = i if len(antecedents) > 1 else None  # a later "they" takes them all again
    for actor in antecedents:
        builder.mention(actor, i, i + 1, "pronoun", together=plural)
    return i + 1


def _allies(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "its allies" after a state: the allies of that state, as a group."""
    if i + 1 >= end or doc[i].lower_ not in {"its", "their"} or doc[i + 1].lower_ not in ALLY_NOUNS:
        return None
    patron = resolve_allies(builder.seen, builder.sentence)
    if patron is None:
        return None
    code = patron.igo or patron.country or patron.id
    group = Actor(id=f"group:allies-of-{code}", name=f"Allies of {patron.name}", kind="group")
    builder.mention(group, i, i + 2, "group")
    return i + 2


def _registry_name(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """An organisation or group another document taught the registry ("the Arakan Army").

    A country word before the name is what the text says, and wins over the registry's
    country ("Russia's Wagner Group", "the Sudanese Wagner Group").
    """
    if not builder.known_bodies:
        return None
    prefix = pat.parse_prefix(doc, i, end)
    k = prefix.end if prefix.igo is None and prefix.sector is None else i
    if k >= end or not doc[k].text[:1].isupper():
        return None
    for stop in range(min(end, k + REGISTRY_NAME_WORDS), k, -1):
        known = builder.known_body(doc.text_of(k, stop))
        if known is not None:
            builder.mention(builder.from_registry(known, prefix.country), i, stop, "registry")
            return stop
    return None


def _prefixed(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """Country/IGO-prefixed or determiner-led titles and organisations, or a bare lexicon entry."""
    prefix = pat.parse_prefix(doc, i, end)
    title = pat.parse_title(doc, prefix.end, end, prefix)
    adjectives = 2 if prefix.country else 0
    org = (
        pat.parse_org(doc, prefix.end, end, adjectives)
        if prefix.end > i or doc[i].text[:1].isupper()
        else None
    )
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


def _inside_longer_org_name(doc: Words, i: int, j: int) -> bool:
    """ "the Palestine Liberation Organization": a country word that only starts an ORG name."""
    return (
        doc[i].ent_type_ == "ORG"
        and doc[i].ent_iob_ == "B"
        and j < len(doc)
        and doc[j].ent_iob_ == "I"
        and not entity_lists_lexicon_entries(doc, i)
    )


def _organisation(doc: Words, i: int, prefix: pat.Prefix, org: pat.OrgWord, builder: ActorBuilder) -> int:
    country = prefix.country or org.country
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
    if country is None and prefix.igo is None and fold(org.words) in roles().bare_descriptions:
        # "the army": the army just named or of the sentence's leader, else of the text's country
        earlier = resolve_sector(builder.seen, org.sector, builder.sentence) if prefix.determiner else None
        country = earlier or builder.collective_country(org.sector)
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
    actor = organisation_actor(org.words, org.sector, country, org.located_in, prefix.igo)
    builder.mention(actor, i if prefix.country else org.start, org.end, "name")
    return org.end


def _force_named_just_before(prefix: pat.Prefix, org: pat.OrgWord, builder: ActorBuilder) -> str | None:
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


def _unnamed_government(prefix: pat.Prefix, org: pat.OrgWord) -> bool:
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
    elif entry.kind == "org":
        builder.mention(named_organisation(entry), i, j, "name")
    elif entry.kind == "group" and entry.members:  # "aid for Central Asia": each member state
        for code in acting_members(root, entry):
            builder.mention(state_actor(code), i, j, "group", together=i)
    elif entry.kind == "group":
        builder.mention(Actor(id=entry.code, name=entry.name, kind="group"), i, j, "group")
    # a region on its own ("in Darfur") is a place: consumed, no mention
    return j


def _name(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """A person's name, with an apposition after it ("Alexander Volfovich, State Secretary of ...")."""
    if not can_start_name(doc, i, end):
        return None  # no name run starts here (the test below would say None too, at more cost)
    if i > 0 and is_name_token(doc[i - 1]) and doc[i - 1].whitespace_:
        return None  # inside a name run we did not take
    stop = name_run(doc, i, end)
    if stop is None:
        return None
    title = _apposition(doc, stop, end)
    is_person = any(token.ent_type_ == "PERSON" for token in doc[i:stop]) or title is not None
    name = doc.text_of(i, stop)
    single = stop - i == 1
    # An untagged single word is a person only if this document named them already; a city's
    # name tagged PERSON ("Giza") is a place unless this document named such a person.
    if single and is_city(name) and not builder.is_known_person(name, in_document_only=True):
        return None
    if single and is_country_word(name):
        return None  # "restricting Bangladeshi imports", "to Azerbaijani control" tagged PERSON
    if single and name_used_as_place(doc.span(i, stop).root):
        return None  # "Austin is a city in Texas": a leader's one-word alias used as a place
    if is_plural_common_noun_start(doc[i]) and not builder.is_known_person(name, in_document_only=True):
        return None  # "Rockets hit Kharkiv": a plural common noun starting the sentence
    # A leader's one-word alias (unique in leaders.yaml: "Maduro") counts even if the model tagged it ORG.
    listed_alias = single and doc[i].ent_type_ in {"", "ORG"} and builder.is_known_person(name)
    if not is_person and not listed_alias and not builder.is_known_person(name, in_document_only=single):
        return None
    if title is None:
        builder.mention(builder.person(name), i, stop, builder.name_how(name))
        return stop
    person = builder.person(name, role=title.role, country=title.country, sector=title.sector, igo=title.igo)
    builder.mention(person, i, title.end, "apposition")
    return title.end


def _apposition(doc: Words, stop: int, end: int) -> pat.Title | None:
    if stop + 1 >= end or doc[stop].text != ",":
        return None
    prefix = pat.parse_prefix(doc, stop + 1, end)
    title = pat.parse_title(doc, prefix.end, end, prefix)
    if title is None or (title.country is None and prefix.determiner is None and title.end == prefix.end):
        return None
    after = title.end + 1 if title.end + 1 < end and doc[title.end].text == "," else title.end
    if after < end and name_run(doc, after, end):
        return None  # "On Monday, Russian President Vladimir Putin": the title is the next name's
    return title


# The rules in the order they are tried at each token (the first that matches wins). A module constant,
# not a tuple built anew at each of the ~100,000 tokens of a long text.
RULES = (
    pair_reference,
    group_reference,
    igo_reference,
    whose_collective,
    possessed_collective,
    _pronoun,
    plural_title_reference,
    counterpart,
    _allies,
    ethnic_group,
    collective,
    collective_in_country,
    collective_in_town,
    country_pair,
    crowd,
    _registry_name,
    document_body,
    possessed_name,
    described_name,
    ngo_description,
    city_target,
    capitalised_junta,
    _prefixed,
    bare_description,
    _name,
    org_entity,
)
