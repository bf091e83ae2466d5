"""Events of a short story as (actor countries, recipient countries) pairs, for tests that run the whole
pipeline (``eventwire.code``) on stories written for them."""

from __future__ import annotations

import eventwire


def country_pairs(
    text: str, event_type: str, published: str = "2025-03-14"
) -> list[tuple[set[str], set[str]]]:
    """The actor and recipient countries of every event of ``event_type`` ("?" for an actor with none)."""
    events = eventwire.code(text, published=published).events
    return [
        ({a.country or "?" for a in e.actor}, {a.country or "?" for a in e.recipient})
        for e in events
        if e.type == event_type
    ]
