"""Event coding measured on PLOVER gold standard records (``plover_gsr_dev.json``).

Each gold record is one sentence with one event: its type, its actors ("source") and
recipients ("target") as country codes and sectors. We run our pipeline on the sentence
(parse, actors, dates and places when those stages are installed, events) and compare:

* ``type_accuracy``: our highest-confidence event of the sentence has the gold type
  (a sentence where we code nothing counts as wrong; a gold ``NONE`` sentence, as in
  ``tests/fixtures/lexicon_blind``, is right when we code nothing). Negated events ("did not meet")
  are left out, as ``eventwire export events`` leaves them out by default.
* ``type_recall_any``: the gold type is among all our events of the sentence.
* actor / recipient country precision, recall, F1: per sentence, the set of country codes of
  the *matched* event (our highest-confidence event of the gold type, else our
  highest-confidence event) against the gold set; counts are summed over sentences. For
  CONSULT the codebook puts every participant in ``actor``, so gold source and target are
  merged and compared with our actor and recipient merged.
* ``sector_accuracy``: of gold actors/recipients with a sector whose country we found in the
  matched event, the share where one of our actors of that country has the same sector.

The gold file uses PLOVER's draft names and some old country codes; both are mapped.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.evaluate import Report, learned_parts, prf
from eventwire.events import code_events
from eventwire.records import Actor, ActorMention, Event

DRAFT_TYPES = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
SKIPPED_TYPES = {"DOCUMENT"}


def gold_type(record: dict[str, Any]) -> str:
    return DRAFT_TYPES.get(record["event"], record["event"])


def gold_parties(value: Any) -> list[dict[str, Any]]:
    """Source/target entries as a list (the file has lists, empty strings and nulls)."""
    return [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []


def country_code(code: str | None) -> str | None:
    return OLD_CODES.get(code, code) if code else None


def gold_sector(entry: dict[str, Any]) -> str | None:
    sector = (entry.get("sector") or "").strip("*").upper()[:3]
    return sector or None


def our_code(actor: Actor) -> str | None:
    return actor.country or ("IGO" if actor.igo else None)


def load_gold(gold: Path) -> list[dict[str, Any]]:
    records = json.loads(Path(gold).read_text(encoding="utf-8"))
    return [r for r in records if r.get("text") and r.get("event") not in SKIPPED_TYPES]


# ---------------------------------------------------------------- running the pipeline


def find_actors(doc: Any) -> tuple[list[Actor], list[ActorMention], str]:
    """The actor stage when it is installed, else a small entity-based stand-in (named in the report)."""
    try:
        from eventwire.actors import extract_actors
    except ImportError:
        return (*entity_actors(doc), "entity stand-in (eventwire.actors missing)")
    actors, mentions = extract_actors(doc)
    return list(actors), list(mentions), "eventwire.actors"


def entity_actors(doc: Any) -> tuple[list[Actor], list[ActorMention]]:
    """Countries and IGOs named by spaCy entities, through the shared country vocabulary."""
    from eventwire.countries import lookup

    actors: dict[str, Actor] = {}
    mentions: list[ActorMention] = []
    for ent in doc.ents:
        if ent.label_ not in {"GPE", "NORP", "ORG", "LOC"}:
            continue
        text = ent.text[4:] if ent.text.startswith("the ") else ent.text
        entry = lookup(text)
        if entry is None:
            continue
        country = entry.country if entry.kind == "igo" else entry.code
        igo = entry.code if entry.kind == "igo" else None
        actor_id = f"{entry.kind}:{entry.code}"
        actors.setdefault(
            actor_id, Actor(actor_id, entry.name, "state", country=country, sector=entry.sector, igo=igo)
        )
        mentions.append(ActorMention(actor_id, ent.start_char, ent.end_char, ent.text, how="entity"))
    return list(actors.values()), mentions


def optional_context(doc: Any) -> tuple[list[Any], list[Any]]:
    """Dates and places from their stages when installed (events work without them)."""
    dates: list[Any] = []
    places: list[Any] = []
    try:
        from eventwire.dates import resolve_dates

        dates = list(resolve_dates(doc, None))
    except ImportError:
        pass
    try:
        from eventwire.places import find_places

        places = list(find_places(doc))
    except ImportError:
        pass
    return dates, places


def code_sentence(
    nlp: Any, record: dict[str, Any], type_model: bool = False, event_filter: bool = False
) -> tuple[list[Event], str]:
    """Our events of one gold sentence (with ``type_model``: revised by the event-type classifier; with
    ``event_filter``: without those the spurious-event filter drops, read as a one-sentence story)."""
    doc = nlp(record["text"])
    actors, mentions, actor_source = find_actors(doc)
    dates, places = optional_context(doc)
    events = code_events(doc, record["id"], actors, mentions, dates, places)
    if type_model:
        from eventwire.type_model import retype

        events = retype(events)
    if event_filter:
        from eventwire.event_filter import filter_events
        from eventwire.records import CodedDocument

        events = filter_events(events, CodedDocument(id=record["id"], content_hash="", text=record["text"]))
    return events, actor_source


# ---------------------------------------------------------------- scoring


def top_event(events: Sequence[Event], event_type: str | None = None) -> Event | None:
    pool = [e for e in events if event_type is None or e.type == event_type]
    return max(pool, key=lambda e: e.confidence) if pool else None


def _codes(entries: Sequence[dict[str, Any]]) -> set[str]:
    return {code for entry in entries if (code := country_code(entry.get("code")))}


def _our_codes(actors: Sequence[Actor]) -> set[str]:
    return {code for actor in actors if (code := our_code(actor))}


class Tally:
    """Counts summed over sentences."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.confusion: dict[str, Counter[str]] = defaultdict(Counter)

    def add_sets(self, role: str, ours: set[str], gold: set[str]) -> None:
        self.counts[f"{role}_tp"] += len(ours & gold)
        self.counts[f"{role}_fp"] += len(ours - gold)
        self.counts[f"{role}_fn"] += len(gold - ours)

    def add_sectors(self, entries: Sequence[dict[str, Any]], actors: Sequence[Actor]) -> None:
        for entry in entries:
            sector, code = gold_sector(entry), country_code(entry.get("code"))
            same_country = [a for a in actors if our_code(a) == code]
            if sector and same_country:
                self.counts["sector_total"] += 1
                self.counts["sector_right"] += any(a.sector == sector for a in same_country)


def score_record(record: dict[str, Any], events: Sequence[Event], tally: Tally) -> str:
    expected = gold_type(record)
    events = [event for event in events if not event.negated]  # as `eventwire export events` lists them
    top = top_event(events)
    predicted = top.type if top else "NONE"
    tally.counts["items"] += 1
    tally.counts["type_right"] += predicted == expected
    tally.counts["type_any"] += any(e.type == expected for e in events)
    tally.confusion[expected][predicted] += 1
    matched = top_event(events, expected) or top
    sources, targets = gold_parties(record.get("source")), gold_parties(record.get("target"))
    ours_actor = matched.actor if matched else []
    ours_recipient = matched.recipient if matched else []
    if expected == "CONSULT":
        sources, targets = sources + targets, []
        ours_actor, ours_recipient = [*ours_actor, *ours_recipient], []
    tally.add_sets("actor", _our_codes(ours_actor), _codes(sources))
    tally.add_sets("recipient", _our_codes(ours_recipient), _codes(targets))
    tally.add_sectors(sources, ours_actor)
    tally.add_sectors(targets, ours_recipient)
    return predicted


def confusion_lines(confusion: dict[str, Counter[str]]) -> list[str]:
    lines = ["  confusion (gold type: our top type x count)"]
    for expected in sorted(confusion):
        row = confusion[expected]
        total = sum(row.values())
        cells = ", ".join(f"{ours} {count}" for ours, count in row.most_common())
        lines.append(f"    {expected:<10} {row[expected]}/{total}  [{cells}]")
    return lines


def evaluate(
    gold: Path,
    nlp: Any = None,
    limit: int | None = None,
    type_model: bool = False,
    event_filter: bool = False,
) -> Report:
    """Run the pipeline on every gold sentence (or the first ``limit``) and compare with the gold events
    (with ``type_model``: after :func:`eventwire.type_model.retype`; with ``event_filter``: after
    :func:`eventwire.event_filter.filter_events`)."""
    if nlp is None:
        from eventwire.language import load_model

        nlp = load_model()
    records = load_gold(gold)[:limit] if limit else load_gold(gold)
    tally = Tally()
    actor_source = ""
    for record in records:
        events, actor_source = code_sentence(nlp, record, type_model, event_filter)
        score_record(record, events, tally)
    counts = tally.counts
    items = counts["items"]
    metrics = {
        "type_accuracy": counts["type_right"] / items if items else 0.0,
        "type_recall_any": counts["type_any"] / items if items else 0.0,
    }
    for role in ("actor", "recipient"):
        figures = prf(counts[f"{role}_tp"], counts[f"{role}_fp"], counts[f"{role}_fn"])
        metrics.update({f"{role}_{name}": value for name, value in figures.items()})
    metrics["sector_accuracy"] = (
        counts["sector_right"] / counts["sector_total"] if counts["sector_total"] else 0.0
    )
    details = [f"  actors from: {actor_source}", f"  sectors compared: {counts['sector_total']}"]
    details += confusion_lines(tally.confusion)
    name = "events" + learned_parts(type_model, event_filter)
    return Report(name, str(gold), items, metrics, details)
