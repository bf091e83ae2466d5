"""Actor resolution measured on the actor spans of the PLOVER gold standard records.

For each gold actor span (``source``/``target`` entries with ``actorText``, ``code``
and ``sector``) we look for our mention that overlaps it most in the same sentence,
then score: coverage (share of gold spans we resolved at all), country accuracy and
sector accuracy (each over resolved spans, and over all spans). Sector is scored only
where the gold record gives a usable one.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from eventwire.evaluate import Report

#: Old CAMEO/PLOVER-draft codes in the gold file -> what we emit.
#: JAP/ITL/VTN are pre-ISO country codes; UNO/EUR are PLOVER's UN/EU codes, which we
#: emit as country "IGO" with the short name in ``igo``.
GOLD_CODE_TO_OURS = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "UNO": "IGO", "EUR": "IGO"}
#: Old sector codes -> PLOVER's: CIV was civilians (now CVL); MOS (Muslim) is a religion code.
GOLD_SECTOR_TO_OURS = {"CIV": "CVL", "MOS": "REL"}
VALID_SECTORS = frozenset(
    [
        "GOV",
        "MIL",
        "LEG",
        "JUD",
        "COP",
        "SPY",
        "REB",
        "OPP",
        "PTY",
        "CVL",
        "BUS",
        "JRN",
        "MED",
        "EDU",
        "REL",
        "LAB",
        "REF",
        "ELI",
        "SOC",
        "AGR",
        "CRM",
        "PRM",
        "UAF",
        "UNK",
        "PRE",
    ]
)


def gold_spans(record: dict) -> list[dict]:
    """The record's actor entries (source and target) that carry an ``actorText``."""
    spans = []
    for field in ("source", "target"):
        value = record.get(field)
        if isinstance(value, list):
            spans.extend(item for item in value if isinstance(item, dict) and item.get("actorText"))
    return spans


def normalise_code(code: str | None) -> str | None:
    return GOLD_CODE_TO_OURS.get(code, code) if code else None


def normalise_sector(sector: str | None) -> str | None:
    """First three letters of a gold sector ("CVLalb" -> CVL), mapped to PLOVER; None if unusable."""
    if not sector:
        return None
    base = GOLD_SECTOR_TO_OURS.get(sector[:3].upper(), sector[:3].upper())
    return base if base in VALID_SECTORS else None


def locate(text: str, actor_text: str) -> tuple[int, int] | None:
    """Character span of a gold actor text (its first fragment when the gold elides with "..")."""
    fragment = actor_text.split("..")[0].strip()
    for haystack, needle in ((text, fragment), (text.lower(), fragment.lower())):
        start = haystack.find(needle)
        if start >= 0 and needle:
            return start, start + len(needle)
    return None


def best_mention(mentions: list, span: tuple[int, int]):
    """Our mention that overlaps the gold span most (None if none overlaps)."""
    best, best_overlap = None, 0
    for mention in mentions:
        overlap = min(mention.end, span[1]) - max(mention.start, span[0])
        if overlap > best_overlap:
            best, best_overlap = mention, overlap
    return best


def evaluate(gold: Path, limit: int | None = None, nlp=None) -> Report:
    """Coverage, country and sector accuracy of our actors on the gold actor spans."""
    from eventwire.actors import extract_actors
    from eventwire.language import load_model, parse

    records = [record for record in json.loads(Path(gold).read_text(encoding="utf-8")) if record.get("text")]
    records = records[:limit] if limit else records
    nlp = nlp or load_model()
    counts: Counter[str] = Counter()
    country_confusion: Counter[tuple] = Counter()
    sector_confusion: Counter[tuple] = Counter()
    for record, doc in zip(records, parse(nlp, [record["text"] for record in records]), strict=True):
        actors, mentions = extract_actors(doc)
        by_id = {actor.id: actor for actor in actors}
        for entry in gold_spans(record):
            counts["spans"] += 1
            span = locate(record["text"], entry["actorText"])
            mention = best_mention(mentions, span) if span else None
            if mention is None:
                continue
            counts["resolved"] += 1
            actor = by_id[mention.actor_id]
            gold_country, gold_sector = (
                normalise_code(entry.get("code")),
                normalise_sector(entry.get("sector")),
            )
            if gold_country:
                counts["country_scored"] += 1
                counts["country_correct"] += actor.country == gold_country
                if actor.country != gold_country:
                    country_confusion[(gold_country, actor.country)] += 1
            if gold_sector:
                counts["sector_scored"] += 1
                counts["sector_correct"] += actor.sector == gold_sector
                if actor.sector != gold_sector:
                    sector_confusion[(gold_sector, actor.sector)] += 1
        counts["sector_gold"] += sum(
            1 for entry in gold_spans(record) if normalise_sector(entry.get("sector"))
        )
    return _report(gold, len(records), counts, country_confusion, sector_confusion)


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _report(gold: Path, items: int, counts: Counter, countries: Counter, sectors: Counter) -> Report:
    metrics = {
        "coverage": _ratio(counts["resolved"], counts["spans"]),
        "country_accuracy": _ratio(counts["country_correct"], counts["country_scored"]),
        "sector_accuracy": _ratio(counts["sector_correct"], counts["sector_scored"]),
        "country_accuracy_all": _ratio(counts["country_correct"], counts["spans"]),
        "sector_accuracy_all": _ratio(counts["sector_correct"], counts["sector_gold"]),
    }
    details = [
        f"  gold spans {counts['spans']}, resolved {counts['resolved']}, "
        f"country scored {counts['country_scored']}, sector scored {counts['sector_scored']}",
        "  country confusions (gold -> ours): "
        + ", ".join(f"{gold}->{ours}: {n}" for (gold, ours), n in countries.most_common(10)),
        "  sector confusions (gold -> ours): "
        + ", ".join(f"{gold}->{ours}: {n}" for (gold, ours), n in sectors.most_common(10)),
    ]
    return Report(name="actors", gold=str(gold), items=items, metrics=metrics, details=details)
