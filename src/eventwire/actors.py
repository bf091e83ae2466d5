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
from eventwire.actor_aged import aged_person
from eventwire.actor_builder import ActorBuilder
from eventwire.actor_entities import org_entity
from eventwire.actor_ethnic import ethnic_group
from eventwire.actor_gate import starts_no_actor
from eventwire.actor_groups import (
    bare_description,
    collective,
    collective_in_country,
    country_pair,
    crowd,
    name_used_as_place,
)
from eventwire.actor_halves import divided_half
from eventwire.actor_juntas import capitalised_junta
from eventwire.actor_names import (
    can_start_name,
    is_name_token,
    is_plural_common_noun_start,
    name_run,
    particle_name_run,
)
from eventwire.actor_ngos import ngo_description
from eventwire.actor_pairs import pair_reference
from eventwire.actor_plural_refs import plural_title_reference
from eventwire.actor_possessed import described_name, document_body, owned_name, possessed_name
from eventwire.actor_prefixed import prefixed
from eventwire.actor_refs import (
    all_sides,
    followers,
    group_reference,
    igo_reference,
    led_group_reference,
    named_possessor_collective,
    possessed_collective,
    whose_collective,
)
from eventwire.actor_regional import regional_leaders
from eventwire.actor_self_named import self_named_group
from eventwire.actor_sites import water_body
from eventwire.actor_tables import role_words
from eventwire.actor_titles import counterpart
from eventwire.actor_towns import city_target, collective_in_town, town_modified_collective
from eventwire.coref import (
    CLAUSE_CLIMB,
    OBJECT_PRONOUNS,
    SUBJECT_DEPS,
    resolve_clause_subject,
    resolve_object_pronoun,
    resolve_pronoun_all,
)
from eventwire.coref_groups import resolve_allies
from eventwire.countries import is_city, is_country_word
from eventwire.dateline import dateline_end
from eventwire.records import Actor, ActorMention
from eventwire.token_view import Words

ALLY_NOUNS = frozenset({"allies", "partners"})
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


OBJECT_DEPS = frozenset({"dobj", "dative"})
# "it" / "them" as an object is a party only when told to do something ("urged it to", "called on them to")
# or blamed for doing it ("accused it of");
# otherwise it is as often the thing acted on ("rejected it", "signed them").
TOLD_PRONOUNS = frozenset({"it", "them"})


def _object_pronoun(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """A pronoun as the object of a verb ("urged him to resign", "asking it to", "called on them to"),
    resolved to the actor named before that suits it (coref.resolve_object_pronoun)."""
    token = doc[i]
    lower = token.lower_
    if token.pos_ != "PRON" or lower not in OBJECT_PRONOUNS:
        return None
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in {"on", "upon"}:
        verb = verb.head
    elif token.dep_ not in OBJECT_DEPS:
        return None
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    # told to do something ("urged it to"), or blamed for doing it ("accused them of backing")
    told = i + 2 < end and (
        (doc[i + 1].lower_ == "to" and doc[i + 2].pos_ in {"VERB", "AUX"})
        or (doc[i + 1].lower_ == "of" and doc[i + 2].tag_ == "VBG")
    )
    if lower in TOLD_PRONOUNS and not (told or verb.i != token.head.i):
        return None
    antecedents = resolve_object_pronoun(builder.seen, lower, builder.sentence, _clause_subjects(verb))
    if not antecedents:
        return None
    plural = i if len(antecedents) > 1 else None
    for actor in antecedents:
        builder.mention(actor, i, i + 1, "pronoun", together=plural)
    return i + 1


def _clause_subjects(verb) -> set[int]:
    """Token indices of the subjects of ``verb``'s clause, climbing coordinated and controlled verbs
    ("The minister met X and criticized him": the minister)."""
    subjects: set[int] = set()
    for _ in range(CLAUSE_CLIMB):
        subjects |= {child.i for child in verb.children if child.dep_ in SUBJECT_DEPS}
        for child in list(verb.children):
            if child.dep_ in SUBJECT_DEPS:
                subjects |= {conj.i for conj in child.conjuncts}
        if verb.dep_ not in {"conj", "xcomp"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return subjects


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


def _particle_name(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """A known person named by a surname that starts with its particles ("thanked von der Leyen")."""
    stop = particle_name_run(doc, i, end)
    name = doc.text_of(i, stop) if stop is not None else None
    if name is None or not builder.is_known_person(name):
        return None
    builder.mention(builder.person(name), i, stop, builder.name_how(name))
    return stop


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
    water_body,
    pair_reference,
    divided_half,
    group_reference,
    all_sides,
    led_group_reference,
    igo_reference,
    regional_leaders,
    whose_collective,
    possessed_collective,
    followers,
    named_possessor_collective,
    _pronoun,
    _object_pronoun,
    plural_title_reference,
    counterpart,
    _allies,
    ethnic_group,
    collective,
    collective_in_country,
    collective_in_town,
    town_modified_collective,
    country_pair,
    crowd,
    _registry_name,
    document_body,
    self_named_group,
    possessed_name,
    owned_name,
    described_name,
    ngo_description,
    city_target,
    capitalised_junta,
    prefixed,
    aged_person,
    bare_description,
    _particle_name,
    _name,
    org_entity,
)
