"""Query parameters of the event endpoints, and the shape of the statistics they answer with.

``Filter`` is the dependency that reads the event filters (type, quad, countries, sector, actor,
dates, text, story) from the query string into a :class:`~eventwire.store.queries.EventFilter`;
``/events`` and ``/stats`` share it. :func:`shape_stats` turns the store's raw counts into the
series the UI draws.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query, Request

from eventwire.api_models import QUADS, ApiError, date_bound, event_types, quad_of
from eventwire.store.queries import EventFilter


def event_filter(
    type: Annotated[list[str] | None, Query(description="PLOVER types, comma-separated or repeated.")] = None,
    quad: Annotated[str | None, Query(description="verbal-cooperation, material-conflict, ...")] = None,
    actor_country: Annotated[str | None, Query(description="ISO 3166 alpha-3 (or IGO) of an actor.")] = None,
    recipient_country: Annotated[
        str | None, Query(description="ISO alpha-3 (or IGO) of a recipient.")
    ] = None,
    sector: Annotated[
        str | None, Query(description="PLOVER sector of an actor or recipient (GOV, MIL...).")
    ] = None,
    actor: Annotated[str | None, Query(description="Actor id, as actor or recipient.")] = None,
    date_from: Annotated[str | None, Query(description="YYYY[-MM[-DD]]; events whose date overlaps.")] = None,
    date_to: Annotated[
        str | None, Query(description="YYYY[-MM[-DD]], inclusive; overlap as date_from.")
    ] = None,
    q: Annotated[str | None, Query(description="Full-text search in the evidence sentences (FTS5).")] = None,
    story: Annotated[str | None, Query(description="Only events of this story's documents.")] = None,
    doc_id: str | None = None,
    include_negated: bool = False,
) -> EventFilter:
    """The event filters of a request's query string."""
    first, last = date_bound(date_from, "date_from"), date_bound(date_to, "date_to")
    if first and last and first[: len(last)] > last[: len(first)]:
        raise ApiError(400, f"date_from={first} is after date_to={last}", "swap them, or leave one out")
    return EventFilter(
        types=event_types(type, quad),
        actor_country=actor_country,
        recipient_country=recipient_country,
        sector=sector,
        actor_id=actor,
        date_from=first,
        date_to=last,
        text=q or None,
        story=story,
        doc_id=doc_id,
        include_negated=include_negated,
    )


Filter = Annotated[EventFilter, Depends(event_filter)]


def refuse_unknown_parameters(request: Request) -> None:
    """A misspelt filter (``?country=RUS`` for ``actor_country``) would otherwise be ignored and
    answer with every record, as if it had matched: name it and list the parameters there are."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = _query_names(dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise ApiError(
            400,
            f"unknown query parameter {', '.join(map(repr, unknown))} for {request.url.path}",
            f"this endpoint takes: {', '.join(sorted(known)) or 'no query parameters'} (see /openapi.json)",
        )


def _query_names(dependant: Any) -> set[str]:
    """The query parameter names of an endpoint, its dependencies' included."""
    names = {field.alias for field in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def shape_stats(raw: dict[str, Any], locations: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts by day (split by quad class), type, dyad and place, with the total and the undated."""
    by_day: dict[str | None, dict[str, Any]] = {}
    for row in raw["by_day_type"]:
        day = by_day.setdefault(row["day"], {"day": row["day"], **dict.fromkeys(QUADS, 0)})
        day[quad_of(row["type"]) or "other"] = day.get(quad_of(row["type"]) or "other", 0) + row["count"]
    undated = by_day.pop(None, None)
    for row in raw["by_type"]:
        row["quad"] = quad_of(row["type"])
    return {
        "total": sum(row["count"] for row in raw["by_type"]),
        "undated": sum(undated[q] for q in QUADS) if undated else 0,
        "by_day": sorted(by_day.values(), key=lambda row: row["day"]),
        "by_type": raw["by_type"],
        "by_dyad": raw["by_dyad"],
        "locations": locations,
    }
