"""Mentions folded into the person they name, once a document's actors are all known.

"ASEAN's special envoy on Myanmar, veteran Lao diplomat X" is X acting as that envoy; "Peters'
spokeswoman said ... Foreign Minister Winston Peters" names Winston Peters before his full name.
"""

from __future__ import annotations

from eventwire.actor_tables import fold
from eventwire.records import Actor, ActorMention

MAX_APPOSITION_WORDS = 2  # lower-case words between an office and its holder's title: "veteran"
MAX_COMPLEMENT_WORDS = 4  # "special envoy on Myanmar, ...": the office's complement
APPOSITION_PREPOSITIONS = frozenset({"on", "for", "to", "in", "of"})
NAMED = frozenset({"title", "apposition", "name", "registry"})  # how a person named in full was read
CLAUSE_WORDS = frozenset({"and", "or", "but", "while", "as", "who", "which", "when", "said", "says"})


def fold_office_appositions(actors: dict[str, Actor], mentions: list[ActorMention], text: str) -> None:
    """ "ASEAN's special envoy on Myanmar, veteran Lao diplomat X": an unnamed office followed
    by a comma and a named person is that person, acting in that office (its country, body,
    sector and role win over the description of the person's background)."""
    # only a person named there ("..., veteran Lao diplomat X"), not a later "he" or "the two leaders"
    people = [m for m in mentions if actors[m.actor_id].id.startswith("person:") and m.how in NAMED]
    for first in mentions:
        office = actors[first.actor_id]
        second = next((m for m in people if m.start >= first.end), None)
        if not office.id.startswith("office:") or second is None:
            continue
        person = actors[second.actor_id]
        if not _is_office_apposition(text[first.end : second.start]):
            continue
        person.country, person.igo, person.sector, person.role = (
            office.country,
            office.igo,
            office.sector,
            office.role,
        )
        first.actor_id = person.id


def fold_early_surnames(actors: dict[str, Actor], mentions: list[ActorMention]) -> None:
    """ "Peters' spokeswoman said ... Foreign Minister Winston Peters": a lone surname met before
    the full name is that person, when exactly one person of the document has that surname."""
    full_names: dict[str, set[str]] = {}
    for actor in actors.values():
        if actor.kind == "person" and actor.id.startswith("person:") and " " in actor.name.strip():
            full_names.setdefault(fold(actor.name.split()[-1]), set()).add(actor.id)
    for mention in mentions:
        actor = actors[mention.actor_id]
        name = actor.name.strip().removesuffix("'s").removesuffix("’s")
        # a lone surname, or one the model took for an organisation ("Osei's office")
        lone = actor.id.startswith("person:") or (actor.id.startswith("org:") and actor.country is None)
        if actor.kind == "group" or " " in name or not lone:
            continue
        holders = full_names.get(fold(name), set())
        if len(holders) == 1 and actor.id not in holders:
            mention.actor_id = next(iter(holders))


def _is_office_apposition(between: str) -> bool:
    """The text between an office and a person's mention makes the person its apposition: a comma,
    perhaps after the office's complement ("on Myanmar", "to the talks"), and at most two
    lower-case words after it ("veteran")."""
    before, comma, after = between.rpartition(",")
    if not comma or "," in before or "." in before:
        return False
    complement = before.split()
    if complement and (
        complement[0] not in APPOSITION_PREPOSITIONS or len(complement) > MAX_COMPLEMENT_WORDS
    ):
        return False
    words = after.split()
    return (
        len(words) <= MAX_APPOSITION_WORDS
        and all(word.isalpha() and word.islower() for word in words)
        and not set(words) & CLAUSE_WORDS
    )
