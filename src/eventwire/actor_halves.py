"""One half of a divided country by its compass word: "urged the North to halt", "defend the South".

A rule of :func:`eventwire.actors.extract_actors`. Only in a document that names a state of the pair
(countries.yaml ``divided_halves``), and only as a noun of its own: "the North Atlantic", "the South
China Sea" and "the North of the country" are places.
"""

from __future__ import annotations

from functools import lru_cache

from eventwire.actor_builder import ActorBuilder
from eventwire.actor_kinds import state_actor
from eventwire.actor_tables import _read
from eventwire.token_view import Words


@lru_cache(maxsize=1)
def _halves() -> tuple[dict[str, str], ...]:
    return tuple(dict(pair) for pair in _read("countries.yaml").get("divided_halves", []))


def divided_half(doc: Words, i: int, end: int, builder: ActorBuilder) -> int | None:
    """ "the North" / "the South" as the state of that half, when the document names either state."""
    if i + 1 >= end or doc[i].lower_ != "the":
        return None
    word = doc[i + 1]
    if word.text not in {"North", "South", "East", "West"}:
        return None
    if _names_a_region(doc, i + 2, end):
        return None
    counts = builder.country_counts
    for pair in _halves():
        code = pair.get(word.text)
        if code and any(counts.get(state) for state in pair.values()):
            builder.mention(state_actor(code), i, i + 2, "description")
            return i + 2
    return None


def _names_a_region(doc: Words, k: int, end: int) -> bool:
    """The compass word opens a place's name or names a region of a place: "the North Atlantic", "the
    South China Sea", "the North of the country", "the South of France" (but "accusing the South of
    staging drills" is the state)."""
    if k >= end:
        return False
    after = doc[k]
    if after.text[:1].isupper() or after.text == "-":
        return True
    return (
        after.lower_ == "of" and k + 1 < end and (doc[k + 1].lower_ == "the" or doc[k + 1].text[:1].isupper())
    )
