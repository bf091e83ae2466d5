"""Both sides of a one-sided meeting while the story is dated.

"Petro put his name to the memorandum after two hours of talks with Xi": the talks are told from one
side (Xi's), and the other (Colombia's) is given them later, from the story
(:func:`eventwire.events_counterpart.complete_meetings`). Narrative dating carries a side's last dated
act over to its further acts (:mod:`eventwire.date_narrative`), so it must see the meeting's other
side, or the talks take the day of an older act of the told side ("a day after Xi offered ...") rather
than that of the other side's act they belong to ("Colombia signed up on Wednesday"). The sides are
given for the dating only: repeated mentions of a meeting are then folded with the sides the text
gave them, and the meetings that remain are completed again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from eventwire.records import Event


@contextmanager
def meetings_completed(
    events: Sequence[Event], complete: Callable[[Sequence[Event]], None]
) -> Iterator[None]:
    """Within the block, each event has the parties ``complete`` gives it (the other side of a
    one-sided meeting); after it, the parties its text gave it again."""
    told = [event.actor for event in events]
    complete(events)
    try:
        yield
    finally:
        for event, actor in zip(events, told, strict=True):
            event.actor = actor
