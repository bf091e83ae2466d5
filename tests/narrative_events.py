"""Events as the narrative dater sees them, for tests of eventwire.date_narrative: one state as actor,
one sentence as evidence, a day when the sentence gives one."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.records import Actor, Event, Evidence


def state_event(
    kind: str, sentence: str, actor: str, triggers: Sequence[str] = (), date: str | None = None
) -> Event:
    return Event(
        id=f"{kind}-{actor}-{date}",
        type=kind,
        actor=[Actor(f"a:{actor}", actor, "state", country=actor)],
        date=date,
        date_precision="day" if date else None,
        date_from="sentence" if date else None,
        evidence=[Evidence("d", sentence, 0, len(sentence), list(triggers))],
    )
