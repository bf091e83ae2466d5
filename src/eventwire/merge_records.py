"""The happening record: what the mentions of one happening add up to (see eventwire.merge)."""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any
from urllib.parse import urlparse

# Finer first: a happening takes the date of its most precise mentions.
PRECISION_RANK = {
    "time": 0, "day": 1, "week": 2, "month": 3, "season": 4, "quarter": 5, "year": 6, "decade": 7, "century": 8,
}  # fmt: skip


@dataclass(slots=True)
class Happening:
    """One happening and every report of it.

    ``mentions`` counts the events (sentences) that report it, ``documents`` the documents
    they come from and ``sources`` the distinct outlets of those documents. ``events`` are the
    member event ids, ``evidence`` every evidence span of every member.
    """

    id: str
    type: str
    mode: str | None = None
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    actor: list[dict[str, Any]] = field(default_factory=list)
    recipient: list[dict[str, Any]] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    location: dict[str, Any] | None = None
    mentions: int = 0
    documents: int = 0
    sources: int = 0
    evidence: list[dict[str, Any]] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    first_published: str | None = None
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (shallow: the members are plain data already, and deep copies cost)."""
        return {name.name: getattr(self, name.name) for name in fields(self)}


def happening_id(earliest_event_id: str) -> str:
    """Stable while the earliest report stays the earliest: a hash of its event id."""
    return hashlib.sha1(f"happening:{earliest_event_id}".encode()).hexdigest()[:16]


def build_happening(
    events: Sequence[dict[str, Any]], confidence: str = "combined", cap: float = 0.99
) -> Happening:
    """The happening that ``events`` (its mentions, as stored event records) report."""
    members = sorted(events, key=_report_order)
    first = members[0]
    date_value, precision = _most_precise_date(members)
    doc_ids = list(dict.fromkeys(event["doc_id"] for event in members))
    return Happening(
        id=happening_id(first["id"]),
        type=first["type"],
        mode=_most_common(event.get("mode") for event in members),
        negated=bool(first.get("negated")),
        future=bool(first.get("future")),
        hypothetical=bool(first.get("hypothetical")),
        actor=_union(members, "actor"),
        recipient=_union(members, "recipient"),
        date=date_value,
        date_precision=precision,
        location=_location(members),
        mentions=len(members),
        documents=len(doc_ids),
        sources=len({source_key(event) for event in members}),
        evidence=[dict(span) for event in members for span in event.get("evidence") or ()],
        events=[event["id"] for event in members],
        doc_ids=doc_ids,
        first_published=min((e["published"] for e in members if e.get("published")), default=None),
        confidence=_confidence(members, confidence, cap),
    )


def source_key(event: dict[str, Any]) -> str:
    """The outlet a mention comes from: its document's source, else its URL's host, else the document."""
    if event.get("source"):
        return str(event["source"]).strip().lower()
    host = urlparse(event.get("url") or "").hostname
    if host:
        return host.removeprefix("www.")
    return f"doc:{event.get('doc_id')}"


def _report_order(event: dict[str, Any]) -> tuple[bool, str, str]:
    """Earliest report first: by publication date (unknown last), then event id."""
    published = event.get("published") or ""
    return (not published, published, event["id"])


def _most_common(values: Any) -> Any:
    counts = Counter(value for value in values if value)
    return counts.most_common(1)[0][0] if counts else None


def _union(members: Sequence[dict[str, Any]], side: str) -> list[dict[str, Any]]:
    """Every party of one side across the mentions, once each (by actor id), in report order."""
    seen: dict[str, dict[str, Any]] = {}
    for event in members:
        for actor in event.get(side) or ():
            seen.setdefault(actor["id"], actor)
    return list(seen.values())


def _precision(event: dict[str, Any]) -> str:
    if event.get("date_precision"):
        return event["date_precision"]
    return "day" if len(event["date"]) >= 10 else ("month" if len(event["date"]) == 7 else "year")


def _most_precise_date(members: Sequence[dict[str, Any]]) -> tuple[str | None, str | None]:
    """The date the most precise mentions give; among those, the one most of them give, then the earliest."""
    dated = [event for event in members if event.get("date")]
    if not dated:
        return None, None
    best = min(PRECISION_RANK.get(_precision(event), 9) for event in dated)
    finest = [event for event in dated if PRECISION_RANK.get(_precision(event), 9) == best]
    counts = Counter(event["date"] for event in finest)
    value = min(counts, key=lambda v: (-counts[v], v))
    return value, _precision(next(event for event in finest if event["date"] == value))


def _location(members: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The place most mentions name, preferring places with coordinates."""
    places = [event["location"] for event in members if event.get("location")]
    if not places:
        return None
    counts = Counter((place.get("lat") is not None, place.get("name")) for place in places)
    located, name = max(counts, key=lambda key: (counts[key], key[0]))
    return next(p for p in places if p.get("name") == name and (p.get("lat") is not None) == located)


def _confidence(members: Sequence[dict[str, Any]], how: str, cap: float) -> float:
    """``max``: the strongest mention. ``combined``: documents as independent witnesses (noisy-or)."""
    scores = [float(event.get("confidence") or 0.0) for event in members]
    if how == "max":
        return max(scores)
    per_document: dict[str, float] = {}
    for event, score in zip(members, scores, strict=True):
        per_document[event["doc_id"]] = max(per_document.get(event["doc_id"], 0.0), score)
    doubt = math.prod(1.0 - score for score in per_document.values())
    return round(min(max(1.0 - doubt, max(scores)), cap if len(per_document) > 1 else 1.0), 4)
