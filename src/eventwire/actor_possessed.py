"""Named organisations whose country the words around the name give, and later bare mentions of them.

* A possessor before a name: "Vietnam's Maritime Safety Bureau", "Moscow's Chechnya Reconstruction
  Agency", "the island's Security Affairs Board" (the island, the country ... = the story's country).
  The possessor wins over a country word inside the name ("Beijing's Hong Kong Liaison Office" is
  China's office).
* A description before a name: "Russian oil company Rosneft", "Chinese telecoms giant Huawei": the name
  is the organisation, of the description's country and sector.
* A later bare mention of such a name ("Rosneft said ...") is the same organisation
  (:func:`document_body`), by the names :class:`eventwire.actor_builder.ActorBuilder` remembers.

The words are data: roles.yaml ``possessed_name_heads``, ``home_place_possessors`` and
``name_descriptions``.
"""

from __future__ import annotations

from functools import lru_cache

from eventwire import actor_patterns as pat
from eventwire.actor_builder import ActorBuilder
from eventwire.actor_kinds import organisation_actor
from eventwire.actor_org_words import parse_org
from eventwire.actor_tables import _read, fold, roles
from eventwire.actor_titles import titled
from eventwire.actor_words import match_lexicon, match_words
from eventwire.token_view import Words

POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
POSSESSOR_KINDS = frozenset({"country", "capital", "seat", "region"})
NAME_JOINERS = frozenset({"of", "for", "and", "on"})
MAX_NAME_WORDS = 7
MAX_DESCRIPTION_WORDS = 3


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str], dict[str, str | None]]:
    data = _read("roles.yaml")
    heads = frozenset(fold(word) for word in data.get("possessed_name_heads", []))
    heads |= frozenset(key[-1] for key in roles().organisations)
    places = frozenset(fold(word) for word in data.get("home_place_possessors", []))
    descriptions = {fold(word): sector for word, sector in (data.get("name_descriptions") or {}).items()}
    return heads, places, descriptions


def possessed_name(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "Taiwan's Ocean Affairs Council": one organisation of the possessor's country."""
    possessor = _possessor(doc, i, end, builder)
    if possessor is None:
        return None
    country, start = possessor
    prefix = pat.parse_prefix(doc, i, end)
    if pat.parse_title(doc, prefix.end, end, prefix):
        return None  # "Russia's Defence Ministry spokesman": a title, read by the title rules
    if prefix.country is None:
        # "the island's president (Lai Ching-te)": a title of the story's country
        home = pat.Prefix(end=start, country=country, determiner="the")
        title = pat.parse_title(doc, start, end, home)
        if title is not None:
            return titled(doc, i, end, home, title, builder)
    org = parse_org(doc, start, end, 2)
    if org is not None and prefix.country is None:
        # "the country's Supreme Court": a body of the tables, of the story's country
        actor = organisation_actor(org.words, org.sector, country, org.located_in, None)
        builder.mention(actor, i, org.end, "name")
        return org.end
    if org is not None:
        return None  # "Russia's Defence Ministry": the tables' organisation, read by the prefix rules
    stop = _organisation_name(doc, start, end)
    if stop is None or builder.is_known_person(doc.text_of(start, stop)):
        return None  # "Venezuela's Maduro", tagged ORG: a leader the tables know
    words = doc.text_of(start, stop)
    actor = organisation_actor(words, _sector(doc, start, stop), country, None, None, named=True)
    builder.remember_body(builder.mention(actor, i, stop, "name"))
    return stop


def described_name(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "Russian gas giant Gazprom": a country word, up to three lower-case words ending in a
    description noun, then the organisation's name."""
    found = match_lexicon(doc, i, end)
    if found is None or found[1].kind not in {"demonym", "country"}:
        return None
    return _described_firm(doc, i, found[0], end, found[1].country or found[1].code, builder)


def owned_name(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "Elon Musk's social network X", "the tycoon's mining firm Acme Metals": a firm named with its
    owner, a person of known country just mentioned before the possessive, is of the owner's country."""
    if i < 2 or doc[i - 1].text not in POSSESSIVE_MARKS or builder.last_mention_end() != i - 1:
        return None
    owner = builder.seen[-1].actor
    if owner.kind != "person" or owner.country in {None, "IGO"}:
        return None
    return _described_firm(doc, i, i, end, owner.country, builder, not_a_person=True)


def _described_firm(
    doc: Words,
    i: int,
    after: int,
    end: int,
    country: str | None,
    builder: ActorBuilder,
    not_a_person: bool = False,
) -> int | None:
    """The organisation named after up to three lower-case words from ``after`` that end in a
    description noun ("gas giant Gazprom", "social network X"), of ``country``, mentioned from ``i``;
    with ``not_a_person``, not a name already known as a person's. The end of its name, else None."""
    descriptions = _tables()[2]
    for stop in range(after + 1, min(end, after + MAX_DESCRIPTION_WORDS + 1)):
        word = doc[stop - 1]
        if not word.text.islower():
            return None
        if fold(word.text) in descriptions and stop < end and doc[stop].text[:1].isupper():
            name_end = _proper_name(doc, stop, end)
            if name_end is None or (not_a_person and builder.is_known_person(doc.text_of(stop, name_end))):
                return None
            sector = descriptions[fold(word.text)]
            actor = organisation_actor(doc.text_of(stop, name_end), sector, country, None, None, named=True)
            builder.remember_body(builder.mention(actor, i, name_end, "name"))
            return name_end
    return None


def document_body(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """A bare name of an organisation this document named earlier with its country."""
    if not builder.bodies:
        return None
    # "the Fifth Fleet" after "the Navy's Fifth Fleet"; a name the tables know ("the Taliban") is theirs
    first = i + 1 if doc[i].lower_ == "the" and i + 1 < end and match_lexicon(doc, i + 1, end) is None else i
    if not doc[first].text[:1].isupper():
        return None
    for stop in range(min(end, i + MAX_NAME_WORDS), i, -1):
        actor = builder.document_body(doc.text_of(i, stop))
        if actor is not None:
            builder.mention(actor, i, stop, "name")
            return stop
    return _shortened_body(doc, i, first, end, builder)


def _shortened_body(doc: Words, i: int, first: int, end: int, builder: ActorBuilder) -> int | None:
    """A name run that is the first words of one organisation this document named with its country:
    "First Quantum said ..." after "Canadian miner First Quantum Minerals". A run the tables know
    ("Sudan" after "Sudan Doctors Network") or a lone untagged word ("First") is not such a name."""
    stop = first
    while stop < end and doc[stop].text[:1].isupper() and doc[stop].is_alpha:
        stop += 1
    if stop == first or (stop - first == 1 and not doc[first].ent_type_):
        return None
    if any(match_lexicon(doc, k, stop) is not None for k in range(first, stop)):
        return None
    key = fold(doc.text_of(first, stop)) + " "
    found = {id(actor): actor for name, actor in builder.bodies.items() if name.startswith(key)}
    if len(found) != 1:
        return None
    builder.mention(next(iter(found.values())), i, stop, "name")
    return stop


def _possessor(doc: Words, i: int, end: int, builder: ActorBuilder) -> tuple[str, int] | None:
    """The country of "Taiwan's" / "Beijing's" / "the island's" at i and where the name starts."""
    found = match_lexicon(doc, i, end)
    if found is not None:
        if found[1].kind not in POSSESSOR_KINDS:
            return None
        country, k = found[1].country or found[1].code, found[0]
    elif doc[i].lower_ == "the" and i + 1 < end and fold(doc[i + 1].text) in _tables()[1]:
        # "On Myanmar, the leaders called on the country's military government": the country this
        # sentence named last; with none, the story's
        country, k = _state_named_in_sentence(builder) or builder.home_country, i + 2
    else:
        return None
    if country is None or k + 1 >= end or doc[k].text not in POSSESSIVE_MARKS:
        return None
    return country, k + 1


def _state_named_in_sentence(builder: ActorBuilder) -> str | None:
    """The country of the state named last, by its name, earlier in the current sentence."""
    for item in reversed(builder.seen):
        if item.sentence != builder.sentence:
            return None
        if item.actor.kind == "state" and item.actor.country and builder.doc[item.token].pos_ != "PRON":
            return item.actor.country  # named, not "they" referring back
    return None


def _organisation_name(doc: Words, start: int, end: int) -> int | None:
    """End of a capitalised name of two words or more ending in an organisation head ("Ocean Affairs
    Council"), or of a named organisation the tagger saw ("Gazprom")."""
    heads = _tables()[0]
    k, last_head = start, None
    while k < end and k - start < MAX_NAME_WORDS:
        word = doc[k]
        if word.text[:1].isupper() and word.text.isalpha():
            if fold(word.text) in heads:
                last_head = k + 1
        elif not (word.lower_ in NAME_JOINERS and k + 1 < end and doc[k + 1].text[:1].isupper()):
            break
        k += 1
    if last_head is not None and last_head - start >= 2:
        return last_head
    if doc[start].ent_type_ == "ORG" and doc[start].ent_iob_ == "B" and doc[start].text[:1].isupper():
        stop = start + 1
        while stop < end and doc[stop].ent_iob_ == "I":
            stop += 1
        return stop
    return None


def _proper_name(doc: Words, start: int, end: int) -> int | None:
    """End of a run of capitalised proper nouns naming an organisation ("Gazprom", "China Mobile")."""
    k = start
    while k < end and doc[k].text[:1].isupper() and doc[k].pos_ in {"PROPN", "NOUN", "X"}:
        k += 1
    return k if k > start and k - start <= MAX_NAME_WORDS else None


def _sector(doc: Words, start: int, stop: int) -> str | None:
    """The sector of an organisation word in the name ("Defence Intelligence Agency"), if any."""
    table = roles().organisations
    for k in range(start, stop):
        found = match_words(doc, k, stop, table)
        if found is not None and found[0] == stop:
            return table[found[1]]
    return None
