"""A person described by age alone: "a 71-year-old man opened fire", "an 18-year-old student was
arrested". A rule of :func:`eventwire.actors.extract_actors`.

News names an attacker, a victim or a suspect it cannot (yet) name by age and a person noun
(roles.yaml ``aged_person_nouns``). Such a person is a civilian of the place the clause happens in,
else of the story's scene, like the crowds and residents of :mod:`eventwire.actor_groups`.
"""

from __future__ import annotations

from eventwire.actor_builder import ActorBuilder
from eventwire.actor_groups import local_place
from eventwire.actor_kinds import sector_actor
from eventwire.actor_tables import role_words
from eventwire.token_view import Words

ARTICLES = frozenset({"a", "an", "the"})


def aged_person(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "a 71-year-old man", "the 18-year-old student": a civilian of where they act."""
    if doc[i].lower_ not in ARTICLES:
        return None
    head = _after_age(doc, i + 1, end)
    if head is None or head >= end or doc[head].lower_ not in role_words("aged_person_nouns"):
        return None
    if doc[head].dep_ == "compound":
        return None  # "a 20-year-old student movement": the noun modifies another
    country = local_place(doc, doc[head]) or builder.collective_country("CVL", head)
    if country is None:
        return None
    builder.mention(sector_actor(country, "CVL"), i, head + 1, "description")
    return head + 1


def _after_age(doc: Words, k: int, end: int) -> int | None:
    """The token after "71-year-old" (one token, or "71", "-", "year", "-", "old") at ``k``."""
    if k < end and doc[k].lower_.endswith("-year-old") and doc[k].lower_[:1].isdigit():
        return k + 1
    words = [doc[j].lower_ for j in range(k, min(end, k + 5))]
    if len(words) == 5 and words[0].isdigit() and words[1:] == ["-", "year", "-", "old"]:
        return k + 5
    return None
