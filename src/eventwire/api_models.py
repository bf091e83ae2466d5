"""Request and response shapes of the API, its JSON errors, and the PLOVER type table it filters on."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from fastapi import HTTPException
from pydantic import BaseModel, ConfigDict, Field

QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
MAX_PAGE = 500
_DATE_BOUND = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class ApiError(HTTPException):
    """An error a person can act on: what went wrong, and a hint about what to do instead."""

    def __init__(self, status: int, error: str, hint: str = "", details: Any = None) -> None:
        super().__init__(status_code=status, detail=error)
        self.error = error
        self.hint = hint
        self.details = details

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"error": self.error, "hint": self.hint}
        if self.details is not None:
            body["details"] = self.details
        return body


class DocumentIn(BaseModel):
    """A document to code: its text, its HTML, or a URL to fetch (when neither text nor html is given)."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(None, max_length=200, description="Document id (default: a hash of the content).")
    text: str | None = Field(
        None, description="Plain text; the first line is the headline if it reads like one."
    )
    html: str | None = Field(None, description="A web page; the article is extracted from it.")
    url: str | None = Field(None, description="Fetched when neither text nor html is given; else provenance.")
    title: str | None = None
    published: str | None = Field(None, description="Publication date, ISO 8601 (YYYY-MM-DD).")
    source: str | None = None
    any_language: bool = Field(False, description="Store non-English documents instead of refusing them.")
    metadata: dict[str, Any] = Field(default_factory=dict)


def page(total: int, items: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """A page of results with where the next one starts (None on the last page)."""
    following = offset + len(items)
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": following if following < total else None,
        "items": items,
    }


@lru_cache(maxsize=1)
def plover_types() -> dict[str, dict[str, Any]]:
    """PLOVER types from data/events.yaml: quad category and base score of each."""
    raw = yaml.safe_load(resources.files("eventwire").joinpath("data/events.yaml").read_text("utf-8"))
    return {
        name: {"quad": spec.get("quad"), "base_score": (spec.get("scores") or {}).get("base")}
        for name, spec in raw["types"].items()
    }


def quad_of(event_type: str) -> str | None:
    return plover_types().get(event_type, {}).get("quad")


def normalise_quad(value: str) -> str:
    """'material-conflict', 'Material_Conflict' and 'material conflict' are one quad class."""
    quad = re.sub(r"[-_\s]+", " ", value.strip().lower())
    if quad not in QUADS:
        raise ApiError(
            400,
            f"unknown quad class {value!r}",
            "use one of: " + ", ".join(q.replace(" ", "-") for q in QUADS),
        )
    return quad


def event_types(types: list[str] | None, quad: str | None) -> list[str]:
    """The PLOVER types to filter on: those named (comma-separated or repeated), within the quad class."""
    known = plover_types()
    named = [part.strip().upper() for value in types or [] for part in value.split(",") if part.strip()]
    unknown = [name for name in named if name not in known]
    if unknown:
        raise ApiError(
            400, f"unknown event type {', '.join(unknown)}", "use PLOVER types: " + ", ".join(known)
        )
    if quad is None:
        return named
    in_quad = [name for name, spec in known.items() if spec["quad"] == normalise_quad(quad)]
    chosen = [name for name in named if name in in_quad] if named else in_quad
    return chosen or ["(none)"]  # a type outside the quad class: nothing can match


def date_bound(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not _DATE_BOUND.match(value) or not _is_calendar_date(value):
        raise ApiError(400, f"{name}={value!r} is not a date", f"write {name} as YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _is_calendar_date(value: str) -> bool:
    """``2025-02-30`` and ``2025-13`` have the shape of a date but name none."""
    from datetime import date

    year, month, day = [*value.split("-"), "01", "01"][:3]
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True
