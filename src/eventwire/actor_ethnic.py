"""Ethnic and religious communities: "Iraqi Kurds", "ethnic Albanians in Serbia", "Bosnian Serb forces".

PLOVER (like CAMEO) codes a community with the country it lives in, not with a kin state:
"Bosnian Serbs" are Bosnia's civilians, "ethnic Albanians in Serbia" Serbia's. The country is,
in order: a country word before the community ("Iraqi Kurds"), the place after "in"/"of"
("Kurds in Syria", "the Albanians of southern Serbia"), the community's home country from
countries.yaml ``ethnic_groups`` ("Tamil civilians" LKA), then, for a community marked as a
minority ("ethnic Albanians") or without a kin state ("Kurds"), the place of the clause, the
state named last before it in the sentence, or the story's country. A collective noun after the community gives the sector ("Kurdish rebels" REB,
"Serb refugees" REF); otherwise they are civilians (CVL).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire import actor_patterns as pat
from eventwire.actor_builder import ActorBuilder, sector_actor
from eventwire.actor_groups import clause_place, collective_noun
from eventwire.actor_tables import _read
from eventwire.countries import city_country
from eventwire.dateline import dateline_country
from eventwire.token_view import Words

#: Lexicon kinds that say where a community lives ("Iraqi", "Bosnia", "Darfur").
RESIDENCE_KINDS = frozenset({"demonym", "country", "region"})
#: Words between "in"/"of" and the place: "in southern Serbia", "of east Bosnia".
DIRECTION_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "the"}
    | {"northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest"}
    | {"southeast", "southwest"}
)


@dataclass(frozen=True, slots=True)
class Community:
    """A community word at a position: its end, its kin state (a country's own people) or home country."""

    end: int
    kin: str | None  # the state whose people these are ("Serbs" SRB); None for "Kurds"
    home: str | None  # where the community mostly lives, from the table ("Tamils" LKA)
    plural: bool  # a noun for the people ("Kurds", "Albanians"), not an adjective ("Kurdish")


@lru_cache(maxsize=1)
def community_words() -> dict[str, str | None]:
    """Surface word -> home country (or None) for the ``ethnic_groups`` of countries.yaml."""
    table: dict[str, str | None] = {}
    for spec in _read("countries.yaml").get("ethnic_groups", {}).values():
        for word in spec["words"]:
            table[word] = spec.get("country")
    return table


def ethnic_group(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """A community phrase at ``i`` as its country's civilians (or the sector of its collective noun)."""
    k = pat.after_leading_the(doc, i, end)
    marked = doc[k].lower_ == "ethnic" and k + 1 < end
    k += marked
    residence = None
    if not marked:
        found = pat.match_lexicon(doc, k, end)
        if found is not None and found[1].kind in RESIDENCE_KINDS and doc[found[0] - 1].whitespace_:
            candidate = _community_at(doc, found[0], end)
            if candidate is not None and candidate.kin != (found[1].country or found[1].code):
                residence, k = found[1].country or found[1].code, found[0]
    community = _community_at(doc, k, end)
    if community is None:
        return None
    stop, sector = community.end, "CVL"
    noun = collective_noun(doc, stop, end) if stop < end and doc[stop].text[:1].islower() else None
    if noun is not None:
        stop, sector = noun[0] + 1, noun[1] or "CVL"
    elif not community.plural:
        if community.kin is None and stop < end and doc[stop].text[:1].islower():
            if residence is not None and _title_follows(doc, stop, end, residence):
                return None  # "Iraqi Kurdish commander X": a title the prefix rules read
            return stop  # "a Sikh activist", "Kurdish areas": an adjective, never a person's name
        return None  # "Albanian" is left to the organisation rules; "Karen Walsh" to the name rules
    if residence is None and not marked and community.kin is not None:
        residence = _place_after(doc, stop, end, prepositions={"of"})
        if residence is None:
            return None  # "Albanians", "Serb forces": a country's own people, coded elsewhere
    country = residence or _community_country(doc, i, stop, end, community, builder)
    if country is None:
        return stop
    builder.mention(sector_actor(country, sector), i, stop, "description")
    return stop


def _title_follows(doc: Words, k: int, end: int, country: str) -> bool:
    return pat.parse_title(doc, k, end, pat.Prefix(end=k, country=country)) is not None


def _community_at(doc: Words, k: int, end: int) -> Community | None:
    if k >= end:
        return None
    token = doc[k]
    words = community_words()
    if token.text in words:
        plural = token.tag_ in {"NNS", "NNPS"} or token.text.endswith("s")
        return Community(k + 1, None, words[token.text], plural)
    found = pat.match_lexicon(doc, k, end)
    if found is None or found[1].kind not in {"demonym", "people"}:
        return None
    return Community(found[0], found[1].code, None, found[1].kind == "people")


def _community_country(
    doc: Words, i: int, stop: int, end: int, community: Community, builder: ActorBuilder
) -> str | None:
    """Where a community named without a country word before it lives."""
    after = _place_after(doc, stop, end, prepositions={"in", "of", "from"})
    if after is not None:
        return after
    if community.home is not None:
        return community.home
    # a community of several states ("Druze villages") in a story filed from one of them is that state's
    filed = dateline_country(doc.text)
    candidates = (
        clause_place(doc, doc.span(i, stop).root),
        _state_before(builder),
        filed,
        builder.document_country,
    )
    return next((code for code in candidates if code is not None and code != community.kin), community.kin)


def _state_before(builder: ActorBuilder) -> str | None:
    """The state named last before the phrase in its sentence ("Macedonia's offensive against ethnic
    Albanian guerrillas"): a minority is usually named with the state it lives in."""
    for item in reversed(builder.seen):
        if item.sentence != builder.sentence:
            return None
        if item.actor.kind == "state" and item.actor.country:
            return item.actor.country
    return None


def _place_after(doc: Words, stop: int, end: int, prepositions: set[str]) -> str | None:
    """The country of "[living] in/of [southern] <country, region or city>" right after a phrase."""
    if stop + 2 < end and doc[stop].tag_ in {"VBG", "VBN"} and doc[stop + 1].lower_ in prepositions:
        stop += 1  # "guerrillas operating in Macedonia", "Kurds living in Germany"
    if stop + 1 >= end or doc[stop].lower_ not in prepositions:
        return None
    k = stop + 1
    while k < end - 1 and doc[k].lower_ in DIRECTION_WORDS:
        k += 1
    found = pat.match_lexicon(doc, k, end)
    if found is None or found[1].kind not in {"country", "region", "capital"}:
        return city_country(doc[k].text) if doc[k].ent_type_ in {"GPE", "LOC"} else None
    return found[1].country or found[1].code
