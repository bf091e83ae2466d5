"""Leaders of a region who meet as its regional body: "West African leaders ordered a standby force",
"Southeast Asian leaders welcomed Timor-Leste". Coders code the body they meet as (ECOWAS, ASEAN),
or each member state of a region that has no body of its own (roles.yaml ``regional_bodies``).
"""

from __future__ import annotations

from functools import cache

from eventwire.actor_builder import ActorBuilder, state_actor
from eventwire.actor_tables import _read, fold, role_words
from eventwire.countries import LexEntry, lookup
from eventwire.token_view import Words

LONGEST_ADJECTIVE = 2  # "Southeast Asian", "West African"
LONGEST_PEOPLE_NOUN = 3  # "heads of state"


def regional_leaders(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "Southeast Asian leaders", "West African heads of state": the regional body, or its members."""
    if not doc[i].text[:1].isupper() or (i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha):
        return None  # the adjective starts the phrase: not "the Economic Community of West African States"
    for width in range(LONGEST_ADJECTIVE, 0, -1):
        entry = _regional_bodies().get(fold(doc.text_of(i, min(end, i + width))))
        if entry is None or i + width >= end:
            continue
        stop = _people_noun_end(doc, i + width, end)
        if stop is None:
            return None
        if entry.kind == "group":  # a region with no body: each member state, as one party
            for code in entry.members:
                builder.mention(state_actor(code), i, stop, "group", together=i)
        else:
            builder.mention(builder.igo(entry), i, stop, "description")
        return stop
    return None


def _people_noun_end(doc: Words, k: int, end: int) -> int | None:
    nouns = role_words("regional_body_people")
    for stop in range(min(end, k + LONGEST_PEOPLE_NOUN), k, -1):
        if fold(doc.text_of(k, stop)) in nouns:
            return stop
    return None


@cache
def _regional_bodies() -> dict[str, LexEntry]:
    """roles.yaml ``regional_bodies``: a region's adjective -> the table entry of its body or group."""
    bodies: dict[str, LexEntry] = {}
    for adjective, name in (_read("roles.yaml").get("regional_bodies") or {}).items():
        entry = lookup(name)
        if entry is not None and (entry.kind == "igo" or entry.members):
            bodies[fold(adjective)] = entry
    return bodies
