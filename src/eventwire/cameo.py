"""CAMEO export: PLOVER events as GDELT-style dyadic rows with CAMEO event and actor codes.

CAMEO is the older event ontology that GDELT, ICEWS and Phoenix use; many users' tools expect
its codes. A PLOVER event becomes one row per actor x recipient pair (CAMEO events are dyads);
an event without a recipient gives rows with an empty recipient. The codes come from
``data/cameo.yaml``, derived from the PLOVER project's CAMEO->PLOVER table read in reverse, so
the mapping is lossy: PLOVER types are coarser than CAMEO's 3- and 4-digit codes, and the
export gives the most general CAMEO code that fits the PLOVER type, mode and context.

The intensity column is the PLOVER score the event carries (``plover_score``), not a Goldstein
score: we do not invent one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from eventwire.records import Actor, Event, to_dict

CAMEO_COLUMNS = (
    "event_id", "date",
    "actor1_code", "actor1_name", "actor1_country",
    "actor2_code", "actor2_name", "actor2_country",
    "cameo_code", "cameo_root", "quad_class", "plover_score", "plover_type", "plover_mode",
    "negated", "doc_id", "source_sentence",
)  # fmt: skip
MILITARY_SECTOR = "MIL"


@lru_cache(maxsize=1)
def load_cameo_table() -> dict[str, Any]:
    """The CAMEO mapping table (data/cameo.yaml), read once."""
    text = resources.files("eventwire.data").joinpath("cameo.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def cameo_event_code(
    plover_type: str, mode: str | None = None, contexts: Sequence[str] = (), military: bool = False
) -> str | None:
    """The CAMEO event code for a PLOVER type, mode and contexts (None for an unknown type).

    A mode the table lists picks its code; otherwise the type's default (its military default
    when an actor is military). A context then narrows the code where the table distinguishes
    ("AID" + economic -> 071); the first of the event's contexts that does so wins.
    """
    spec = load_cameo_table()["types"].get(plover_type)
    if spec is None:
        return None
    if mode and mode in spec["modes"]:
        code, context_key = spec["modes"][mode], mode
    else:
        code, context_key = spec["default"], "-"
        if military and "military" in spec:
            code = spec["military"]
    narrower = spec["contexts"].get(context_key, {})
    for context in contexts:
        if context in narrower:
            return narrower[context]
    return code


def quad_class(root: str | None) -> int | None:
    """GDELT's QuadClass for a CAMEO root: 1 verbal coop, 2 material coop, 3 verbal, 4 material conflict."""
    return load_cameo_table()["quad_classes"].get(root) if root else None


def cameo_country(actor: Mapping[str, Any]) -> str:
    """The CAMEO country (or international organisation) code of an actor, "" when it has none."""
    table = load_cameo_table()
    country = actor.get("country")
    if country == "IGO":
        return table["igos"].get(actor.get("igo") or "", "IGO")
    if not country:
        return ""
    return table["countries"].get(country, country)


def cameo_actor_code(actor: Mapping[str, Any] | Actor | None) -> str:
    """Country plus agent, CAMEO style: "RUSGOV", "USAMIL", "UNO", "COP" (no country known)."""
    if actor is None:
        return ""
    record = _as_dict(actor)
    agent = load_cameo_table()["agents"].get(record.get("sector") or "", "")
    return cameo_country(record) + agent


def cameo_rows(event: Mapping[str, Any] | Event) -> list[dict[str, Any]]:
    """One GDELT-like row per actor x recipient pair of an event (columns: :data:`CAMEO_COLUMNS`).

    ``event_id`` is the eventwire event id, shared by the rows of one event so they join back.
    """
    record = _as_dict(event)
    actors = record.get("actor") or [None]
    recipients = record.get("recipient") or [None]
    military = any((actor or {}).get("sector") == MILITARY_SECTOR for actor in actors)
    code = cameo_event_code(record["type"], record.get("mode"), record.get("context") or (), military)
    base = _event_columns(record, code)
    rows = []
    for actor in actors:
        for recipient in recipients:
            if actor and recipient and actor.get("id") == recipient.get("id"):
                continue  # a reciprocal listing of the same actor is no dyad
            rows.append({**base, **_actor_columns("actor1", actor), **_actor_columns("actor2", recipient)})
    return [{column: row[column] for column in CAMEO_COLUMNS} for row in rows]


def cameo_export_rows(events: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    """CAMEO rows for a stream of stored events (``eventwire export events --format cameo``)."""
    for event in events:
        yield from cameo_rows(event)


def _event_columns(record: Mapping[str, Any], code: str | None) -> dict[str, Any]:
    evidence = record.get("evidence") or [{}]
    root = code[:2] if code else None
    return {
        "event_id": record.get("id", ""),
        "date": _cameo_date(record.get("date")),
        "cameo_code": code or "",
        "cameo_root": root or "",
        "quad_class": quad_class(root),
        "plover_score": record.get("score"),
        "plover_type": record["type"],
        "plover_mode": record.get("mode") or "",
        "negated": int(bool(record.get("negated"))),
        "doc_id": record.get("doc_id") or evidence[0].get("doc_id", ""),
        "source_sentence": evidence[0].get("sentence", ""),
    }


def _actor_columns(prefix: str, actor: Mapping[str, Any] | None) -> dict[str, str]:
    if actor is None:
        return {f"{prefix}_code": "", f"{prefix}_name": "", f"{prefix}_country": ""}
    return {
        f"{prefix}_code": cameo_actor_code(actor),
        f"{prefix}_name": actor.get("name") or "",
        f"{prefix}_country": cameo_country(actor),
    }


def _cameo_date(value: str | None) -> str:
    """ "2022-06-23" -> "20220623" (GDELT's SQLDATE); a coarser ISO prefix stays as it is."""
    if not value:
        return ""
    return value.replace("-", "") if len(value) == 10 else value


def _as_dict(record: Any) -> dict[str, Any]:
    return to_dict(record) if isinstance(record, Event | Actor) else dict(record)
