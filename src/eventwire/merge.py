"""Happenings: the reports of one happening merged into one record.

Every coded event is one *mention*: a sentence of a document that reports something.
The same meeting reported by three outlets, or twice in one article, is three or two
mentions of one *happening*. Two mentions are the same happening when

* they have the same PLOVER type and the same polarity (actual, negated, future or
  hypothetical: "did not meet" never merges with "met");
* their parties agree, compared by identity (:func:`party_identity`): an actor of a
  state sector is its country's state ("RUS GOV"), so a defence minister, the army
  and "Russia" are one party; anyone else is their registry id. For symmetric types
  (meetings, cooperation, agreements) the two sides are pooled and one mention's
  parties must be a subset of the other's; for the others the actor sides must
  overlap, or the recipient sides, with the other side overlapping or unknown;
* their dates agree: day-dated mentions within ``date_tolerance_days`` of the
  happening's first day; a mention dated only to a month, week or year merges only
  with mentions of the same period; an undated mention joins a dated happening only
  when its document was published within the tolerance window.

Mentions with all their parties known are placed first, each joining the best
happening open for it (same parties first, then nearest day) or opening one. A
mention missing a side, or undated, waits until every happening it could join has
been opened and joins one only when exactly one fits; an ambiguous one stays alone.

Memory: :func:`merge_sorted` reads events ordered by (type, :func:`sort_day`) and
holds only the happenings of one type within 3 x tolerance days, plus the events of
one (type, day) group. Settings: ``data/merge.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import groupby
from typing import Any

import yaml

from eventwire.merge_records import Happening, build_happening

__all__ = ["Happening", "MergeRules", "happening_key", "merge_events", "merge_sorted", "party_identity"]


@dataclass(frozen=True, slots=True)
class MergeRules:
    """Settings of merging (see ``data/merge.yaml`` for what each one does)."""

    date_tolerance_days: int = 1
    undated_joins_by_publication: bool = True
    symmetric_types: frozenset[str] = frozenset({"CONSULT", "COOPERATE", "AGREE"})
    min_symmetric_parties: int = 2
    state_sectors: frozenset[str] = frozenset({"GOV", "MIL"})
    state_identity_sector: str = "GOV"
    confidence: str = "combined"
    confidence_cap: float = 0.99


@lru_cache(maxsize=1)
def load_rules() -> MergeRules:
    """The settings shipped in ``eventwire/data/merge.yaml``."""
    raw = yaml.safe_load(resources.files("eventwire").joinpath("data/merge.yaml").read_text("utf-8"))
    for key in ("symmetric_types", "state_sectors"):
        raw[key] = frozenset(raw[key])
    return MergeRules(**raw)


def party_identity(actor: dict[str, Any], rules: MergeRules | None = None) -> str:
    """Who an actor is for merging: "RUS GOV" for a state-sector actor of Russia, "IGO EU", else its id."""
    rules = rules or load_rules()
    country, sector = actor.get("country"), actor.get("sector")
    if country == "IGO":
        return f"IGO {actor.get('igo') or actor['id']}"
    if country and (sector in rules.state_sectors or (actor.get("kind") == "state" and not sector)):
        return f"{country} {rules.state_identity_sector}"
    return actor["id"]


def polarity(event: dict[str, Any]) -> str:
    """Which reality a mention is about; only mentions of one polarity merge."""
    for flag in ("negated", "hypothetical", "future"):
        if event.get(flag):
            return flag
    return "actual"


def happening_key(
    event: dict[str, Any], rules: MergeRules | None = None
) -> tuple[str, str, frozenset[str], frozenset[str]]:
    """(type, polarity, actor identities, recipient identities) of one event record."""
    rules = rules or load_rules()
    return (
        event["type"],
        polarity(event),
        frozenset(party_identity(actor, rules) for actor in event.get("actor") or ()),
        frozenset(party_identity(actor, rules) for actor in event.get("recipient") or ()),
    )


def event_day(event: dict[str, Any]) -> str | None:
    """The day an event is dated to ("2024-03-14"), or None when it has no day-precise date."""
    value = event.get("date")
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        return value[:10]
    return None


def sort_day(event: dict[str, Any]) -> str:
    """The order key within a type: its day, its coarse date ("2024-10"), else its publication day."""
    return event_day(event) or event.get("date") or (event.get("published") or "")[:10]


def merge_events(events: Iterable[dict[str, Any]], rules: MergeRules | None = None) -> list[Happening]:
    """Merge event records (as the store holds them) into happenings, in any input order."""
    rules = rules or load_rules()
    ordered = sorted(events, key=lambda event: (event["type"], sort_day(event)))
    return list(merge_sorted(ordered, rules))


def merge_sorted(events: Iterable[dict[str, Any]], rules: MergeRules | None = None) -> Iterator[Happening]:
    """Merge events already ordered by (type, sort_day), yielding happenings as their window closes."""
    rules = rules or load_rules()
    seen_types: set[str] = set()
    for event_type, of_type in groupby(events, key=lambda event: event["type"]):
        if event_type in seen_types:
            raise ValueError(
                f"events of type {event_type} are not contiguous: order them by (type, sort_day)"
            )
        seen_types.add(event_type)
        yield from _TypeMerger(rules, symmetric=event_type in rules.symmetric_types).run(of_type)


# -- one type ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Mention:
    event: dict[str, Any]
    polarity: str
    actors: frozenset[str]
    recipients: frozenset[str]
    day: date | None  # the event's own day
    coarse: str | None  # a coarser date ("2024-10", "2024-W40")
    published: date | None

    @property
    def parties(self) -> frozenset[str]:
        return self.actors | self.recipients


@dataclass(slots=True)
class _Open:
    """A happening being built: its members and the union of their parties."""

    day: date | None
    coarse: str | None
    polarity: str
    members: list[_Mention] = field(default_factory=list)
    actors: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()

    def add(self, mention: _Mention) -> None:
        self.members.append(mention)
        self.actors |= mention.actors
        self.recipients |= mention.recipients

    @property
    def parties(self) -> frozenset[str]:
        return self.actors | self.recipients


class _TypeMerger:
    """Merges the mentions of one type, read in day order, with a window of open happenings."""

    def __init__(self, rules: MergeRules, symmetric: bool) -> None:
        self.rules = rules
        self.symmetric = symmetric
        self.tolerance = rules.date_tolerance_days
        self.open_days: list[_Open] = []
        self.open_coarse: list[_Open] = []
        self.pending: list[_Mention] = []

    def run(self, events: Iterable[dict[str, Any]]) -> Iterator[Happening]:
        previous = ""
        for day_key, group in groupby(events, key=sort_day):
            if day_key < previous:
                raise ValueError(f"events out of order ({day_key} after {previous}): order them by sort_day")
            previous = day_key
            mentions = sorted((self._mention(event) for event in group), key=self._placement_order)
            yield from self._close_coarse()
            current = _parse_day(day_key)
            if current is not None:
                yield from self._advance_to(current)
            for mention in mentions:
                yield from self._place(mention)
        yield from self._close_coarse()
        yield from self._advance_to(None)

    def _mention(self, event: dict[str, Any]) -> _Mention:
        _, pole, actors, recipients = happening_key(event, self.rules)
        day = event_day(event)
        return _Mention(
            event=event,
            polarity=pole,
            actors=actors,
            recipients=recipients,
            day=_parse_day(day),
            coarse=None if day else event.get("date"),
            published=_parse_day((event.get("published") or "")[:10]),
        )

    def _placement_order(self, mention: _Mention) -> tuple[bool, str]:
        return (not self._complete(mention), mention.event["id"])

    # -- what fits what ---------------------------------------------------------------

    def _complete(self, mention: _Mention) -> bool:
        """All parties known, and a date of its own."""
        if mention.day is None and mention.coarse is None:
            return False
        if self.symmetric:
            return len(mention.parties) >= self.rules.min_symmetric_parties
        return bool(mention.actors and mention.recipients)

    def _mergeable(self, mention: _Mention) -> bool:
        if self.symmetric:
            return len(mention.parties) >= self.rules.min_symmetric_parties
        return bool(mention.parties)

    def _parties_fit(self, mention: _Mention, happening: _Open) -> bool:
        if self.symmetric:
            mine, theirs = mention.parties, happening.parties
            return len(theirs) >= self.rules.min_symmetric_parties and (mine <= theirs or theirs <= mine)
        sides = ((mention.actors, happening.actors), (mention.recipients, happening.recipients))
        if any(mine and theirs and not mine & theirs for mine, theirs in sides):
            return False  # both sides known and different: another happening
        return any(mine & theirs for mine, theirs in sides)

    def _candidates(self, mention: _Mention) -> list[_Open]:
        if mention.coarse is not None:
            pool = [h for h in self.open_coarse if h.coarse == mention.coarse]
        else:
            anchor = mention.day or (mention.published if self.rules.undated_joins_by_publication else None)
            if anchor is None:
                return []
            pool = [h for h in self.open_days if abs((anchor - h.day).days) <= self.tolerance]
        return [h for h in pool if h.polarity == mention.polarity and self._parties_fit(mention, h)]

    def _best(self, mention: _Mention, candidates: list[_Open]) -> _Open:
        def rank(happening: _Open) -> tuple[bool, int]:
            same = (happening.actors, happening.recipients) == (mention.actors, mention.recipients)
            distance = abs((mention.day - happening.day).days) if mention.day else 0
            return (not same, distance)

        return min(candidates, key=rank)  # min keeps the earliest opened among equals

    # -- placing -------------------------------------------------------------------

    def _place(self, mention: _Mention) -> Iterator[Happening]:
        if not self._mergeable(mention):
            yield self._finish([mention])
        elif not self._complete(mention):
            if mention.coarse is not None:
                yield from self._resolve(mention)  # coarse periods are never reopened: decide now
            else:
                self.pending.append(mention)
        else:
            candidates = self._candidates(mention)
            if candidates:
                self._best(mention, candidates).add(mention)
            else:
                self._open(mention)

    def _open(self, mention: _Mention) -> None:
        happening = _Open(day=mention.day, coarse=mention.coarse, polarity=mention.polarity)
        happening.add(mention)
        (self.open_coarse if mention.coarse is not None else self.open_days).append(happening)

    def _resolve(self, mention: _Mention) -> Iterator[Happening]:
        """Place a mention missing a side or a date: join the one happening that fits, if only one does."""
        candidates = self._candidates(mention)
        if len(candidates) == 1:
            candidates[0].add(mention)
        elif not candidates and (mention.day is not None or mention.coarse is not None):
            self._open(mention)
        else:
            yield self._finish([mention])

    def _advance_to(self, current: date | None) -> Iterator[Happening]:
        """Resolve the waiting mentions and close the happenings that nothing from ``current`` on can join."""
        ready, waiting_mentions = [], []
        for mention in self.pending:
            due = current is None or _anchor_days(mention, current) > self.tolerance
            (ready if due else waiting_mentions).append(mention)
        self.pending = waiting_mentions
        for mention in sorted(ready, key=lambda m: (_anchor(m) or date.min, m.event["id"])):
            yield from self._resolve(mention)
        waiting = [_anchor(m) for m in self.pending if _anchor(m) is not None]
        horizon = min([current, *waiting]) if current is not None else None
        keep = []
        for happening in self.open_days:
            if horizon is not None and (horizon - happening.day).days <= self.tolerance:
                keep.append(happening)
            else:
                yield self._finish(happening.members)
        self.open_days = keep

    def _close_coarse(self) -> Iterator[Happening]:
        for happening in self.open_coarse:
            yield self._finish(happening.members)
        self.open_coarse = []

    def _finish(self, members: list[_Mention]) -> Happening:
        return build_happening([m.event for m in members], self.rules.confidence, self.rules.confidence_cap)


def _anchor(mention: _Mention) -> date | None:
    return mention.day or mention.published


def _anchor_days(mention: _Mention, current: date) -> int:
    anchor = _anchor(mention)
    return (current - anchor).days if anchor else 10**6


def _parse_day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
