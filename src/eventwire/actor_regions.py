"""Regions and groups that stand for a fixed set of states ("Central Asia", "the Baltic states").

countries.yaml ``groups`` entries with ``members`` list the states. Coders list each member as a
party when the group acts or is acted on ("aid for Central Asia", "the Baltic states protested");
named as a place ("in Central Asia") or as a thing's object ("a railway linking Central Asia to the
sea") the group is no party.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actor_clause import capital_acts, effective, is_place
from eventwire.countries import LexEntry


def acting_members(root: Token, entry: LexEntry) -> tuple[str, ...]:
    """The member states a group's words stand for at ``root``, or () where they name a place."""
    if capital_acts(root) or (effective(root).dep_ == "pobj" and not is_place(root)):
        return entry.members
    return ()
