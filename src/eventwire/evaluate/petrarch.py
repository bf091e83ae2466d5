"""PETRARCH2's unit-test records as a CAMEO regression suite for the event coder.

The records (``PETR.UnitTest.records.xml``) are stylised sentences, mostly about fictional
Middle-earth states (ARN Arnor, GON Gondor, ...), each with the CAMEO codings PETRARCH2 must
produce: source actor code, target code, event code. They are coded against toy dictionaries
(``PETR.Validate.actors.txt`` / ``agents.txt``) that no real-world lexicon knows, so we load the
toy actors as :class:`Actor` records: passed as ``known`` to the pipeline, and, because the actor
stage resolves names it cannot tell are actors only for people, also found in the parse by
dictionary lookup (as PETRARCH itself does) and merged over the actor stage's mentions. Our
events then go through the CAMEO export and are compared with the expected codings: on the
CAMEO root, and on the full code plus source and target.

This measures regressions of the event coder on CAMEO-style sentences; it is not an accuracy
benchmark (PLOVER is coarser than CAMEO and the sentences are synthetic).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.cameo import cameo_rows
from eventwire.errors import InputError
from eventwire.evaluate import Report, prf
from eventwire.evaluate.petrarch_dictionaries import (
    ToyAgent,
    ToyEntry,
    dictionary_actors,
    known_actors,
    read_actor_dictionary,
    read_agent_dictionary,
)
from eventwire.events import code_events
from eventwire.pipeline import Options, annotate, prepare
from eventwire.records import CodedDocument, Document, to_dict

if TYPE_CHECKING:
    from spacy.language import Language

RECORDS_FILE = "PETR.UnitTest.records.xml"
ACTORS_FILE = "PETR.Validate.actors.txt"
AGENTS_FILE = "PETR.Validate.agents.txt"


@dataclass(frozen=True, slots=True)
class Coding:
    """One expected (or produced) CAMEO coding: source, target and event code."""

    source: str
    target: str
    code: str

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(slots=True)
class UnitRecord:
    id: str
    date: str  # YYYYMMDD
    category: str
    text: str
    codings: list[Coding] = field(default_factory=list)

    @property
    def iso_date(self) -> str:
        return f"{self.date[:4]}-{self.date[4:6]}-{self.date[6:8]}"


@dataclass(slots=True)
class Outcome:
    """How one record fared: passes at root and full level, and the kind of failure if any."""

    record: UnitRecord
    produced: list[Coding]
    root_pass: bool
    full_pass: bool
    failure: str | None


def read_records(path: Path) -> list[UnitRecord]:
    """The unit-test records, in file order."""
    root = ET.parse(path).getroot()
    records = []
    for sentence in root.iter("Sentence"):
        codings = [
            Coding(
                coding.get("sourcecode", "").strip('"'),
                coding.get("targetcode", "").strip('"'),
                coding.get("eventcode", ""),
            )
            for coding in sentence.findall("EventCoding")
            if coding.get("noevents") is None and coding.get("eventcode")
        ]
        text = " ".join((sentence.findtext("Text") or "").split())
        records.append(
            UnitRecord(
                sentence.get("id", ""), sentence.get("date", ""), sentence.get("category", ""), text, codings
            )
        )
    return records


def in_scope(record: UnitRecord) -> bool:
    """Records PLOVER can express: every expected code in a CAMEO root PLOVER kept (03-20).

    The toy verb dictionary also uses made-up codes (roots 21+, 9xx) to test coder features,
    and PLOVER dropped CAMEO's 01 (statements) and 02 (appeals).
    """
    return all("03" <= coding.root <= "20" for coding in record.codings)


def code_record(
    record: UnitRecord,
    nlp: Language,
    entries: Sequence[ToyEntry],
    agents: Sequence[ToyAgent],
    dictionary: bool = True,
) -> list[Coding]:
    """Code one record with the pipeline and return its events as CAMEO codings (negations dropped)."""
    document = Document(id=record.id, text=record.text, published=record.iso_date)
    known = known_actors(entries, record.date)
    try:
        coded = prepare(document, Options(allow_any_language=True))
    except InputError:  # the cleaner drops a lone line without final punctuation: code it as it is
        coded = CodedDocument(id=record.id, content_hash="", text=record.text, published=record.iso_date)
    doc = nlp(coded.text)
    annotate(coded, doc, known)
    if dictionary:
        actors, mentions = dictionary_actors(doc, entries, agents, record.date, coded.actors, coded.mentions)
        coded.events = code_events(
            doc, coded.id, actors, mentions, coded.dates, coded.places, published=coded.published
        )
    produced = []
    for event in coded.events:
        if event.negated:
            continue  # CAMEO coders do not code negated events
        for row in cameo_rows(to_dict(event)):
            produced.append(Coding(row["actor1_code"], row["actor2_code"], row["cameo_code"]))
    return produced


def judge(record: UnitRecord, produced: list[Coding]) -> Outcome:
    """Root pass: every expected root was produced (none when none is expected). Full pass:
    every expected coding was produced exactly (code, source and target)."""
    if not record.codings:
        ok = not produced
        return Outcome(record, produced, ok, ok, None if ok else "event where none is expected")
    roots = {coding.root for coding in produced}
    root_pass = all(coding.root in roots for coding in record.codings)
    full_pass = all(coding in produced for coding in record.codings)
    return Outcome(
        record, produced, root_pass, full_pass, None if full_pass else _failure_kind(record, produced)
    )


def _failure_kind(record: UnitRecord, produced: list[Coding]) -> str:
    """The first thing that went wrong, checked from coarse (no event) to fine (code below root)."""
    if not produced:
        return "no event coded"
    pairs = [(mine, gold) for mine in produced for gold in record.codings if mine.root == gold.root]
    checks = (
        ("wrong CAMEO root", lambda mine, gold: True),
        ("right root, no source actor", lambda mine, gold: bool(mine.source)),
        ("right root, no target", lambda mine, gold: bool(mine.target)),
        ("right root, wrong source", lambda mine, gold: mine.source == gold.source),
        ("right root, wrong target", lambda mine, gold: mine.target == gold.target),
        ("right root and dyad, other code below the root", lambda mine, gold: mine.code == gold.code),
    )
    for kind, holds in checks:
        pairs = [(mine, gold) for mine, gold in pairs if holds(mine, gold)]
        if not pairs:
            return kind
    return "some expected codings missing"


def evaluate(
    gold: Path, limit: int | None = None, dictionary: bool = True, nlp: Language | None = None
) -> Report:
    """Code the unit-test records under ``gold`` (the petrarch_unittest folder) and compare.

    Only records in scope (:func:`in_scope`) count; ``limit`` takes the first N of them.

    ``dictionary=False`` leaves actors to the actor stage alone (with the toy actors as
    ``known``), which resolves few of the fictional names: it measures the event types only.
    """
    from eventwire.language import load_model

    nlp = nlp or load_model()
    gold = Path(gold)
    entries = read_actor_dictionary(gold / ACTORS_FILE)
    agents = read_agent_dictionary(gold / AGENTS_FILE)
    records = read_records(gold / RECORDS_FILE)
    scoped = [record for record in records if in_scope(record)][:limit]
    outcomes = [judge(record, code_record(record, nlp, entries, agents, dictionary)) for record in scoped]
    report = _report(gold, outcomes, dictionary)
    report.details.insert(
        0, f"  {len(scoped)} of {len(records)} records (in scope: expected codes in CAMEO roots 03-20)"
    )
    return report


def _report(gold: Path, outcomes: list[Outcome], dictionary: bool) -> Report:
    count = len(outcomes) or 1
    expected = [coding for outcome in outcomes for coding in outcome.record.codings]
    produced = [coding for outcome in outcomes for coding in outcome.produced]
    metrics = {
        "records_root_pass": sum(outcome.root_pass for outcome in outcomes) / count,
        "records_full_pass": sum(outcome.full_pass for outcome in outcomes) / count,
    }
    levels = (
        ("root", lambda c: c.root),
        ("dyad", lambda c: (c.root, c.source, c.target)),
        ("full", lambda c: c),
    )
    for level, key in levels:
        figures = _coding_prf(outcomes, key)
        metrics.update({f"codings_{level}_{name}": value for name, value in figures.items()})
    failures = Counter(outcome.failure for outcome in outcomes if outcome.failure)
    confusions = Counter(
        (gold_coding.root, _roots_text(outcome.produced))
        for outcome in outcomes
        if outcome.failure == "wrong CAMEO root"
        for gold_coding in outcome.record.codings[:1]
    )
    details = [
        f"  actors: {'toy dictionary + actor stage' if dictionary else 'actor stage only'}; "
        f"{len(expected)} expected codings, {len(produced)} produced",
        "  failure kinds (records): " + ", ".join(f"{kind} {n}" for kind, n in failures.most_common()),
        "  wrong roots (expected -> ours): "
        + ", ".join(f"{want}->{got} {n}" for (want, got), n in confusions.most_common(8)),
    ]
    return Report("petrarch", str(gold), len(outcomes), metrics, details)


def _coding_prf(outcomes: list[Outcome], key) -> dict[str, float]:
    true_positives = false_positives = false_negatives = 0
    for outcome in outcomes:
        want = Counter(key(coding) for coding in outcome.record.codings)
        got = Counter(key(coding) for coding in outcome.produced)
        hits = sum((want & got).values())
        true_positives += hits
        false_positives += sum(got.values()) - hits
        false_negatives += sum(want.values()) - hits
    return prf(true_positives, false_positives, false_negatives)


def _roots_text(produced: list[Coding]) -> str:
    return "/".join(sorted({coding.root for coding in produced})) or "-"
