"""Which time expression dates an event, checked against TLINKs of TimeML gold written by others.

The wire fixture's coders are few and its articles were used to write the attachment rules
(eventwire.date_attach); TempEval-3 platinum and MEANTIME were not. Their TLINKs say, for a verb
event and a time expression of the same sentence, whether the time includes the event
(IS_INCLUDED, SIMULTANEOUS, DURING, IDENTITY) or only bounds or precedes it ("since March":
BEGUN_BY; "rose from Monday's close": AFTER). For every verb event with such a link to a time
expression our date finder also finds, ``attach_date`` should pick an including one, and none that
is linked otherwise. Measured November 2026: TempEval-3 0.924 of 66 events, MEANTIME 0.845 of 161.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from conftest import shared_path
from eventwire.date_attach import attach_date
from eventwire.dates import resolve_dates
from eventwire.evaluate.timeml import _detokenise, _iso_dct
from eventwire.event_lexicon import load_lexicon
from eventwire.eventflags import clause_chain, is_future, load_flag_cues

INCLUDING = frozenset({"IS_INCLUDED", "SIMULTANEOUS", "DURING", "IDENTITY"})
# a link written from the time to the event, read from the event's side
INVERSE = {"INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "BEFORE": "AFTER", "AFTER": "BEFORE"}
Span = tuple[int, int]


@dataclass
class Annotated:
    text: str
    dct: str | None
    spans: dict[str, tuple[int, int, str]]  # id -> start, end, "EVENT" or the TIMEX3 type
    links: list[tuple[str, str, str]]  # event id, time id, relation from the event's side


def read_tml(path: Path) -> Annotated:
    root = ET.parse(path).getroot()
    pieces: list[str] = []
    spans: dict[str, tuple[int, int, str]] = {}

    def walk(element: ET.Element) -> None:
        start = sum(len(piece) for piece in pieces)
        pieces.append(element.text or "")
        for child in element:
            walk(child)
            pieces.append(child.tail or "")
        end = start + len("".join(element.itertext()))
        if element.tag == "EVENT":
            spans[element.get("eid", "")] = (start, end, "EVENT")
        elif element.tag == "TIMEX3":
            spans[element.get("tid", "")] = (start, end, element.get("type", ""))

    walk(root.find("TEXT"))
    dct = next(
        (
            _iso_dct(t.get("value"))
            for t in root.iter("TIMEX3")
            if t.get("functionInDocument") == "CREATION_TIME"
        ),
        None,
    )
    instance = {m.get("eiid"): m.get("eventID", "") for m in root.iter("MAKEINSTANCE")}
    links = []
    for link in root.iter("TLINK"):
        relation = link.get("relType", "")
        if link.get("eventInstanceID") and link.get("relatedToTime"):
            links.append(
                (instance.get(link.get("eventInstanceID"), ""), link.get("relatedToTime", ""), relation)
            )
        elif link.get("timeID") and link.get("relatedToEventInstance"):
            event = instance.get(link.get("relatedToEventInstance"), "")
            links.append((event, link.get("timeID", ""), INVERSE.get(relation, relation)))
    return Annotated("".join(pieces), dct, spans, links)


def read_cat(path: Path) -> Annotated:
    root = ET.parse(path).getroot()
    text, offsets = _detokenise(root.findall("token"))
    dct, spans = None, {}
    for element in root.iter():
        if element.tag == "TIMEX3" and element.get("functionInDocument") == "CREATION_TIME":
            dct = _iso_dct(element.get("value"))
        elif element.tag in {"EVENT_MENTION", "TIMEX3"}:
            anchors = [
                offsets[a.get("t_id", "")]
                for a in element.findall("token_anchor")
                if a.get("t_id") in offsets
            ]
            if anchors:
                kind = "EVENT" if element.tag == "EVENT_MENTION" else element.get("type", "")
                spans[element.get("m_id", "")] = (
                    min(a[0] for a in anchors),
                    max(a[1] for a in anchors),
                    kind,
                )
    links = []
    for link in root.iter("TLINK"):
        source, target = link.find("source"), link.find("target")
        if source is None or target is None:
            continue
        ends = (source.get("m_id", ""), target.get("m_id", ""))
        kinds = tuple(spans.get(end, (0, 0, ""))[2] for end in ends)
        relation = link.get("reltype", "")
        if kinds[0] == "EVENT" and kinds[1] not in {"", "EVENT"}:
            links.append((ends[0], ends[1], relation))
        elif kinds[1] == "EVENT" and kinds[0] not in {"", "EVENT"}:
            links.append((ends[1], ends[0], INVERSE.get(relation, relation)))
    return Annotated(text, dct, spans, links)


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def anchoring_accuracy(nlp, documents: list[Annotated]) -> tuple[float, int]:
    """Share of linked verb events for which attach_date picks an including time and no other one."""
    lexicon, cues = load_lexicon(), load_flag_cues()["future"]
    right = total = 0
    for document in documents:
        doc = nlp(document.text)
        expressions = [e for e in resolve_dates(doc, document.dct) if e.value]
        by_event: dict[str, list[tuple[Span, str]]] = {}
        for event, time, relation in document.links:
            if event in document.spans and document.spans.get(time, (0, 0, ""))[2] in {"DATE", "TIME"}:
                by_event.setdefault(event, []).append((document.spans[time][:2], relation))
        for event, linked in by_event.items():
            span = doc.char_span(*document.spans[event][:2], alignment_mode="expand")
            if span is None or span.root.pos_ not in {"VERB", "AUX"}:
                continue
            head, sent = span.root, span.root.sent
            ours = [(e.start, e.end) for e in expressions if sent.start_char <= e.start < sent.end_char]
            linked = [(time, rel) for time, rel in linked if any(_overlap(time, found) for found in ours)]
            if not linked:
                continue
            trigger = SimpleNamespace(head=head, type=None)
            future = is_future(clause_chain(head), cues, lexicon)
            pick = attach_date(trigger, sent, expressions, document.dct, future)
            picked = (pick.start, pick.end) if pick else None
            including = [time for time, rel in linked if rel in INCLUDING]
            if including:
                right += bool(picked and any(_overlap(picked, time) for time in including))
            else:
                right += not (picked and any(_overlap(picked, time) for time, _ in linked))
            total += 1
    return right / total, total


def test_attachment_agrees_with_tempeval3_tlinks(nlp):
    folder = shared_path("gold/dates/tempeval3_platinum/te3-platinum")
    accuracy, events = anchoring_accuracy(nlp, [read_tml(path) for path in sorted(folder.glob("*.tml"))])
    assert events >= 50
    # 59 of 67 (0.881) since a year naming a noun ("a 2010 commando raid") dates no other act: "arrived on
    # Friday after scoring a coup" now takes Friday, which the TLINK calls BEFORE (the day is right), where
    # the unlinked 2010 it took before was counted right as overlapping no linked time
    assert accuracy >= 0.87


def test_attachment_agrees_with_meantime_tlinks(nlp):
    folder = shared_path("gold/dates/meantime_en/intra-doc_annotation")
    accuracy, events = anchoring_accuracy(nlp, [read_cat(path) for path in sorted(folder.rglob("*.xml"))])
    assert events >= 120
    assert accuracy >= 0.81
