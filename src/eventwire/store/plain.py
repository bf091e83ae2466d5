"""Records as plain JSON-ready values, fast: what the store writes for annotations and events.

``dataclasses.asdict`` deep-copies every value it meets: under cProfile it was over a third of
Store.save (most of the rest is SQLite). The records are trees of dataclasses, lists, dicts and
immutable scalars, so a walk that copies the containers and keeps the scalars gives the same
values, and the same JSON, with less work (wall time of a save: -4% on average, within noise).
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any


@cache
def _field_names(record_type: type) -> tuple[str, ...]:
    return tuple(item.name for item in fields(record_type))


def plain(value: Any) -> Any:
    """``dataclasses.asdict`` for the store's records: dataclasses become dicts (fields in order),
    lists and tuples keep their type, dicts are copied; other values are kept as they are."""
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {plain(key): plain(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return type(value)(*map(plain, value)) if hasattr(value, "_fields") else tuple(map(plain, value))
    if is_dataclass(value) and not isinstance(value, type):
        return {name: plain(getattr(value, name)) for name in _field_names(type(value))}
    return value
