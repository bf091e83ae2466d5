"""Later references to several actors at once, or to a body: "the two sides", "both countries",
"the three countries", "the bloc", "the US and its allies".

"The two sides" are the two parties last named together as sides ("X and Y agreed", "between X and
Y", "X met with Y"), not mediators or observers named since; "the three countries" the states last
named together as a list. The mentions come from :class:`eventwire.coref.Seen`.
"""

from __future__ import annotations

from eventwire.actor_tables import fold
from eventwire.coref import SIDES_WINDOW_SENTENCES, WINDOW_SENTENCES, Seen
from eventwire.records import Actor


def resolve_allies(seen: list[Seen], sentence: int) -> Actor | None:
    """Whose allies in "the US and its allies": the most recent state or IGO in the sentence."""
    for item in reversed(seen):
        if item.sentence == sentence and item.actor.kind == "state":
            return item.actor
        if item.sentence == sentence and item.actor.country == "IGO":
            return item.actor
    return None


def resolve_pair(
    seen: list[Seen],
    sentence: int,
    people_only: bool,
    governors: frozenset[int] = frozenset(),
    states_only: bool = False,
) -> list[Actor]:
    """ "the two leaders", "both sides": the two parties last named together as sides ("X and Y
    agreed", "talks between X and Y", "X met with Y"), else the two most recent actors of different
    sides; people only for nouns of people, states for "countries"; nothing when there are fewer
    than two. Mentions at ``governors`` (the words the phrase hangs from: "China, which has ties
    with both neighbours") are not among them."""

    def eligible(item: Seen) -> bool:
        actor = item.actor
        if (people_only and actor.kind != "person") or item.token in governors:
            return False
        # "both countries", "the two neighbours": not an international body
        return not (states_only and (actor.igo or actor.country in {None, "IGO"}))

    candidates = [item for item in reversed(seen) if eligible(item)]
    if states_only:
        main = _main_pair(candidates)
        if main:
            return main
    return (
        _named_together(candidates, sentence)
        or _listed_pair(candidates, sentence)
        or _two_sides([item for item in candidates if sentence - item.sentence <= WINDOW_SENTENCES])
    )


def _main_pair(candidates: list[Seen]) -> list[Actor]:
    """ "the two countries": the story's two main countries, when two countries are named clearly more
    often than any other so far (at least twice each, and the third at most half as often)."""
    counts: dict[str, int] = {}
    first: dict[str, Actor] = {}
    for item in candidates:
        country = item.actor.country
        if country:
            counts[country] = counts.get(country, 0) + 1
            first.setdefault(country, item.actor)
    ranked = sorted(counts, key=lambda code: -counts[code])
    if len(ranked) < 2 or counts[ranked[1]] < 2:
        return []
    if len(ranked) > 2 and counts[ranked[2]] * 2 > counts[ranked[1]]:
        return []
    return [first[ranked[0]], first[ranked[1]]]


def _listed_pair(candidates: list[Seen], sentence: int) -> list[Actor]:
    """The two actors of the most recent list of exactly two ("X and Y shook hands" when the parser
    did not make them one subject), in text order; nothing if there is none within the window."""
    for item in candidates:
        if sentence - item.sentence > SIDES_WINDOW_SENTENCES:
            break
        if item.listed < 0:
            continue
        members = sorted(
            (other for other in candidates if (other.sentence, other.listed) == (item.sentence, item.listed)),
            key=lambda other: other.token,
        )
        pair = list(dict.fromkeys(other.actor.id for other in members))
        if len(pair) == 2:
            by_id = {other.actor.id: other.actor for other in members}
            return [by_id[key] for key in pair]
    return []


def _side(actor: Actor) -> str:
    return actor.igo or actor.country or actor.id


def _two_sides(items: list[Seen]) -> list[Actor]:
    """The first two actors of different sides among ``items``, or nothing."""
    pair: list[Actor] = []
    sides: set[str] = set()
    for item in items:
        side = _side(item.actor)
        if side not in sides:
            pair.append(item.actor)
            sides.add(side)
            if len(pair) == 2:
                return pair
    return []


def _named_together(candidates: list[Seen], sentence: int) -> list[Actor]:
    """The two sides of the most recent phrase naming exactly two sides together, in text order.

    A phrase's parties share ``Seen.sides`` (a facing preposition's object shares it with the
    clause's subject, whose token index it is)."""
    tried: set[tuple[int, int]] = set()
    for item in candidates:
        if sentence - item.sentence > SIDES_WINDOW_SENTENCES:
            break
        group = (item.sentence, item.sides)
        if item.sides < 0 or group in tried:
            continue
        tried.add(group)
        members = [
            other
            for other in reversed(candidates)  # text order: the pair's own mentions keep theirs
            if other.sentence == item.sentence and item.sides in {other.sides, other.token}
        ]
        # Two actors named as sides may share a country: "the army and the RSF" in a civil war.
        pair = list(dict.fromkeys(other.actor.id for other in sorted(members, key=lambda o: o.token)))
        if len(pair) == 2:
            by_id = {other.actor.id: other.actor for other in members}
            return [by_id[key] for key in pair]
    return []


def resolve_igo(seen: list[Seen], sentence: int, sector: str | None = None) -> Actor | None:
    """The international body "the bloc" refers back to: the most recent one named within the sides
    window (a story's bloc is named once in full and then described); with ``sector`` "MIL", the
    peace mission "the mission" refers back to."""
    for item in reversed(seen):
        if sentence - item.sentence > SIDES_WINDOW_SENTENCES:
            return None
        actor = item.actor
        # a body ("IGO:AU") or its leaders ("ECOWAS leaders": IGO:ECOWAS-GOV), not its forces ("IGO:UN-MIL")
        is_body = actor.id.startswith("IGO:") and ("-" not in actor.id or actor.id.endswith("-GOV"))
        if is_body and (sector is None or actor.sector == sector):
            return actor
    return None


def resolve_igo_by_head(seen: list[Seen], noun: str, sentence: int) -> Actor | None:
    """The international body "the fund" refers back to: the organisation named last (within the sides
    window) whose name ends in ``noun`` ("International Monetary Fund"), if it is international;
    None when that organisation is a state's ("Kenya's High Court" before "the court")."""
    for item in reversed(seen):
        if sentence - item.sentence > SIDES_WINDOW_SENTENCES:
            return None
        actor = item.actor
        if actor.kind == "organisation" and fold(actor.name).split()[-1:] == [noun]:
            return actor if actor.id.startswith("IGO:") else None
    return None


def resolve_group(
    seen: list[Seen], sentence: int, count: int | None, region: frozenset[str] | None = None
) -> list[Actor]:
    """ "the three countries", "all three", "the juntas": the states last named together as a list
    ("Mali, Burkina Faso and Niger"), with exactly ``count`` countries when a number is given, else
    at least two; nothing when no such list was named within the sides window. With ``region``
    ("the Europeans"), the last list whose states all lie in it."""
    tried: set[tuple[int, int]] = set()
    for item in reversed(seen):
        if sentence - item.sentence > SIDES_WINDOW_SENTENCES:
            break
        key = (item.sentence, item.listed)
        if item.listed < 0 or key in tried:
            continue
        tried.add(key)
        members: dict[str, Actor] = {}
        for other in seen:
            country = other.actor.country
            if (other.sentence, other.listed) == key and country not in {None, "IGO", "NGO", "IMG"}:
                members.setdefault(country, other.actor)
        if region is not None and not set(members) <= region:
            continue
        if (count is None and len(members) >= 2) or len(members) == count:
            return list(members.values())
    return []
