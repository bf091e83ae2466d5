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

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.cameo import cameo_rows, load_cameo_table
from eventwire.errors import InputError
from eventwire.evaluate import Report, prf
from eventwire.events import code_events
from eventwire.pipeline import Options, annotate, prepare
from eventwire.records import Actor, ActorMention, CodedDocument, Document, to_dict

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

NULL_CODES = {"---", "+++", "###"}  # the toy dictionary's "not an actor" codes
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


# ----------------------------------------------------------------------------- toy dictionaries


@dataclass(frozen=True, slots=True)
class ToyEntry:
    """An actor of the toy dictionary: its phrases and its codes, some limited to a date range."""

    phrases: tuple[tuple[tuple[str, ...], bool], ...]  # (words, last word exact?)
    codes: tuple[tuple[str, str, str], ...]  # (code, from YYYYMMDD, until YYYYMMDD)


@dataclass(frozen=True, slots=True)
class ToyAgent:
    """An agent noun of the toy dictionary ("president" -> GOV) with its plural."""

    words: tuple[str, ...]
    plural: tuple[str, ...]
    sector: str | None


def read_actor_dictionary(path: Path) -> list[ToyEntry]:
    """Entries of a PETRARCH actor dictionary: a name line, "+synonym" lines, "[CODE date]" blocks."""
    entries: list[tuple[list, list]] = []
    for line in _dictionary_lines(path):
        name, codes = line.split("[", 1)[0].strip(), re.findall(r"\[([^\]]*)\]", line)
        if name.startswith("+") and entries:
            entries[-1][0].append(_phrase(name[1:]))
        elif name:
            entries.append(([_phrase(name)], []))
        if codes and entries:
            entries[-1][1].extend(_code_block(block) for block in codes)
    return [ToyEntry(tuple(phrases), tuple(codes)) for phrases, codes in entries if codes]


def read_agent_dictionary(path: Path) -> list[ToyAgent]:
    """Agents ("PRESIDENT [~GOV]", "TROOPS {} [~MIL]"); macro lines with "!" are left out."""
    agents = []
    for line in _dictionary_lines(path):
        match = re.match(r"^([^\[{!]+?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*)\]", line)
        if not match:
            continue
        words = _phrase(match.group(1))[0]
        plural = _phrase(match.group(2))[0] if match.group(2) else (*words[:-1], words[-1] + "s")
        code = match.group(3).strip()
        sector = _plover_sector(code[1:4]) if code.startswith("~") else None
        agents.append(ToyAgent(words, plural, sector))
    return agents


def _dictionary_lines(path: Path) -> list[str]:
    """Lines without comments (``#`` to the end, ``<!-- ... -->`` blocks), blank ones dropped."""
    lines, in_comment = [], False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw
        if in_comment or line.lstrip().startswith("<!"):
            in_comment = "-->" not in line
            continue
        line = line.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return lines


def _phrase(text: str) -> tuple[tuple[str, ...], bool]:
    words = tuple(word for word in re.split(r"[\s_]+", text.strip().lower()) if word)
    return words, text.strip().endswith("_")


def _code_block(block: str) -> tuple[str, str, str]:
    """ "HOBGOV 19950601 - 19990815", "HOB < 950601", "ZBW": a code and the dates it holds."""
    parts = block.split(None, 1)
    code = parts[0].split("/")[0].upper() if parts else "---"
    limit = parts[1].replace(" ", "") if len(parts) > 1 else ""
    dates = [_full_date(found) for found in re.findall(r"\d{6,8}", limit)]
    if limit.startswith("<") and dates:
        return code, "", dates[0]
    if limit.startswith(">") and dates:
        return code, dates[0], "99999999"
    if len(dates) == 2:
        return code, dates[0], dates[1]
    return code, "", "99999999"


def _full_date(value: str) -> str:
    return value if len(value) == 8 else "19" + value


def code_at(entry: ToyEntry, date: str) -> str | None:
    """The entry's code on a date: the first date-limited code that holds, else the open one."""
    limited = [code for code, start, end in entry.codes if (start, end) != ("", "99999999")]
    open_codes = [code for code, start, end in entry.codes if (start, end) == ("", "99999999")]
    for code, start, end in entry.codes:
        if code in limited and start <= date < end:
            return None if code in NULL_CODES else code
    chosen = open_codes[0] if open_codes else None
    return None if chosen in NULL_CODES else chosen


def _plover_sector(agent: str) -> str | None:
    reverse = {cameo: plover for plover, cameo in load_cameo_table()["agents"].items() if plover != "SOC"}
    return reverse.get(agent)


def toy_actor(code: str, name: str, aliases: Sequence[str] = ()) -> Actor:
    """An Actor for a toy CAMEO code: the first three letters are the country (or IGO + its
    organisation), the first later three-letter part that is a known agent the sector."""
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    igo = chunks[1] if chunks[0] == "IGO" and len(chunks) > 1 else None
    sector = next((found for chunk in chunks[1:] if (found := _plover_sector(chunk))), None)
    kind = "organisation" if igo or sector else "state"
    return Actor(f"toy:{code}", name, kind, country=chunks[0], sector=sector, igo=igo, aliases=list(aliases))


def known_actors(entries: Sequence[ToyEntry], date: str) -> dict[str, Actor]:
    """The toy dictionary as a registry snapshot on a date (id -> Actor)."""
    known: dict[str, Actor] = {}
    for entry in entries:
        code = code_at(entry, date)
        if code:
            names = [" ".join(words).title() for words, _ in entry.phrases]
            known.setdefault(f"toy:{code}", toy_actor(code, names[0], names[1:]))
    return known


def dictionary_actors(
    doc: Doc,
    entries: Sequence[ToyEntry],
    agents: Sequence[ToyAgent],
    date: str,
    actors: Sequence[Actor],
    mentions: Sequence[ActorMention],
) -> tuple[list[Actor], list[ActorMention]]:
    """The actor stage's mentions, overlaid with toy-dictionary matches (longest match first)."""
    found: dict[str, Actor] = {}
    spans: list[ActorMention] = []
    i = 0
    while i < len(doc):
        match = _match_entry(doc, i, entries, date)
        if match is None:
            i += 1
            continue
        end, code, name = match
        start, end, code = _with_agent(doc, i, end, code, agents)
        actor = toy_actor(code, name)
        found[actor.id] = actor
        spans.append(
            ActorMention(actor.id, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), doc[start:end].text)
        )
        i = end
    kept = [m for m in mentions if not any(m.start < s.end and s.start < m.end for s in spans)]
    by_id = {actor.id: actor for actor in actors}
    merged = sorted([*kept, *spans], key=lambda mention: mention.start)
    used = {mention.actor_id for mention in merged}
    return [actor for ident, actor in {**by_id, **found}.items() if ident in used], merged


def _match_entry(doc: Doc, i: int, entries: Sequence[ToyEntry], date: str) -> tuple[int, str, str] | None:
    """The longest entry phrase at token i (a capitalised word starts it): end, code, name."""
    if not doc[i].text[:1].isupper():
        return None
    best: tuple[int, str, str] | None = None
    for entry in entries:
        code = code_at(entry, date)
        for words, exact in entry.phrases:
            end = _match_words(doc, i, words, exact)
            if code and end and (best is None or end > best[0]):
                best = (end, code, " ".join(entry.phrases[0][0]).title())
    return best


def _match_words(doc: Doc, i: int, words: Sequence[str], exact: bool) -> int | None:
    """End of the match of ``words`` at token i; the last word is a stem unless marked exact."""
    if i + len(words) > len(doc):
        return None
    for k, word in enumerate(words):
        token = doc[i + k].lower_
        last = k == len(words) - 1
        if token != word and not (last and not exact and len(word) >= 4 and token.startswith(word)):
            return None
    return i + len(words)


def _with_agent(
    doc: Doc, start: int, end: int, code: str, agents: Sequence[ToyAgent]
) -> tuple[int, int, str]:
    """Extend an actor match with an agent after it: "Arnor's police", "Gondor border police"."""
    after = end + 1 if end < len(doc) and doc[end].tag_ == "POS" else end
    for offset in (0, 1):  # one modifier may come between ("senior", "border")
        for agent in agents:
            for words in (agent.words, agent.plural):
                stop = _match_words(doc, after + offset, words, True)
                if stop and agent.sector:
                    return start, stop, _with_sector(code, agent.sector)
    return start, end, code


def _with_sector(code: str, sector: str) -> str:
    agent = load_cameo_table()["agents"].get(sector, "")
    return code[:3] + agent if len(code) == 3 else code


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
