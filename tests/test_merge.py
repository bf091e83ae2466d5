"""Happenings: reports of one happening merged into one record (eventwire.merge and the store)."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from pathlib import Path

import pytest

from eventwire.export import export_kind
from eventwire.merge import happening_key, load_rules, merge_events, party_identity
from eventwire.records import Actor, CodedDocument, Event, Evidence, to_dict
from eventwire.store import Store

RUS = Actor(id="RUS", name="Russia", kind="state", country="RUS")
BLR = Actor(id="BLR", name="Belarus", kind="state", country="BLR")
UKR = Actor(id="UKR", name="Ukraine", kind="state", country="UKR")
SHOIGU = Actor(id="person:shoigu", name="Shoigu", kind="person", country="RUS", sector="GOV")
KHRENIN = Actor(id="person:khrenin", name="Khrenin", kind="person", country="BLR", sector="MIL")
RUS_MIL = Actor(id="RUS-MIL", name="Military of Russia", kind="organisation", country="RUS", sector="MIL")
REBELS_A = Actor(id="org:SDN:group-a", name="Group A", kind="group", country="SDN", sector="REB")
REBELS_B = Actor(id="org:SDN:group-b", name="Group B", kind="group", country="SDN", sector="REB")
_ids = itertools.count()


def _event(
    doc: str,
    type_: str = "CONSULT",
    actor: tuple[Actor, ...] = (SHOIGU, KHRENIN),
    recipient: tuple[Actor, ...] = (),
    date: str | None = "2024-03-14",
    published: str | None = "2024-03-14",
    source: str | None = None,
    **flags: object,
) -> dict:
    """An event record as the store hands it to merging (event fields + document date and source)."""
    event_id = f"{doc}-e{next(_ids)}"
    event = Event(
        id=event_id,
        type=type_,
        actor=list(actor),
        recipient=list(recipient),
        date=date,
        date_precision="day" if date and len(date) == 10 else ("month" if date else None),
        evidence=[Evidence(doc_id=doc, sentence=f"Sentence of {event_id}.", start=0, end=20)],
        confidence=0.6,
        **flags,
    )
    return {**to_dict(event), "doc_id": doc, "published": published, "source": source or f"outlet-{doc}"}


# -- identities and keys ---------------------------------------------------------------


def test_state_sector_actors_are_their_country_and_others_keep_their_id() -> None:
    rules = load_rules()
    assert {party_identity(to_dict(a), rules) for a in (RUS, SHOIGU, RUS_MIL)} == {"RUS GOV"}
    assert party_identity(to_dict(REBELS_A), rules) == "org:SDN:group-a"
    eu = Actor(id="IGO:EU", name="EU", kind="organisation", country="IGO", sector="GOV", igo="EU")
    assert party_identity(to_dict(eu), rules) == "IGO EU"
    key = happening_key(_event("a", type_="ACCUSE", actor=(SHOIGU,), recipient=(UKR,), negated=True))
    assert key == ("ACCUSE", "negated", frozenset({"RUS GOV"}), frozenset({"UKR GOV"}))


# -- merging hand-made records ----------------------------------------------------------


def test_a_person_and_their_government_report_one_meeting() -> None:
    first = _event("a", actor=(SHOIGU, KHRENIN))
    next_day = _event("b", actor=(RUS, BLR), published="2024-03-15")
    [happening] = merge_events([first, next_day])
    assert (happening.mentions, happening.documents, happening.sources) == (2, 2, 2)
    assert {actor["id"] for actor in happening.actor} == {"person:shoigu", "person:khrenin", "RUS", "BLR"}
    assert len(happening.evidence) == 2 and set(happening.events) == {first["id"], next_day["id"]}


def test_dates_one_day_apart_merge_and_a_week_apart_do_not() -> None:
    events = [
        _event("a", date="2024-03-14"),
        _event("b", date="2024-03-15", published="2024-03-15"),
        _event("c", date="2024-03-21", published="2024-03-21"),
    ]
    happenings = sorted(merge_events(events), key=lambda h: h.date)
    assert [(h.date, h.mentions) for h in happenings] == [("2024-03-14", 2), ("2024-03-21", 1)]


def test_tolerance_is_measured_from_the_first_day_so_daily_meetings_do_not_chain() -> None:
    events = [
        _event(f"d{day}", date=f"2024-03-{day:02d}", published=f"2024-03-{day:02d}") for day in range(10, 15)
    ]
    assert [h.mentions for h in sorted(merge_events(events), key=lambda h: h.date)] == [2, 2, 1]


def test_negated_future_and_actual_reports_never_merge() -> None:
    events = [_event("a"), _event("b", negated=True), _event("c", future=True), _event("d", negated=True)]
    happenings = merge_events(events)
    assert sorted(h.mentions for h in happenings) == [1, 1, 2]
    assert next(h for h in happenings if h.mentions == 2).negated


def test_different_parties_or_types_stay_apart() -> None:
    events = [
        _event("a", type_="ASSAULT", actor=(REBELS_A,), recipient=(RUS_MIL,)),
        _event("b", type_="ASSAULT", actor=(REBELS_B,), recipient=(RUS_MIL,)),
        _event("c", type_="ACCUSE", actor=(REBELS_A,), recipient=(RUS_MIL,)),
        _event("d", type_="ASSAULT", actor=(REBELS_A,), recipient=(UKR,)),
    ]
    assert [h.mentions for h in merge_events(events)] == [1, 1, 1, 1]


def test_a_mention_missing_a_side_joins_only_an_unambiguous_happening() -> None:
    complete = _event("a", type_="SANCTION", actor=(RUS,), recipient=(UKR,))
    partial = _event("b", type_="SANCTION", actor=(RUS,), recipient=())
    assert [h.mentions for h in merge_events([complete, partial])] == [2]
    other = _event("c", type_="SANCTION", actor=(RUS,), recipient=(BLR,))
    assert sorted(h.mentions for h in merge_events([complete, partial, other])) == [1, 1, 1]


def test_undated_mentions_join_by_publication_day_within_the_tolerance() -> None:
    dated = _event("a", date="2024-03-14")
    same_week = _event("b", date=None, published="2024-03-15")
    late = _event("c", date=None, published="2024-03-20")
    happenings = sorted(merge_events([dated, same_week, late]), key=lambda h: -h.mentions)
    assert [h.mentions for h in happenings] == [2, 1]
    assert happenings[0].date == "2024-03-14"


def test_one_source_two_documents_and_one_party_meetings() -> None:
    first = _event("a", source="Wire")
    again = _event("b", source="Wire", published="2024-03-15")
    [happening] = merge_events([first, again])
    assert (happening.documents, happening.sources) == (2, 1)
    alone = [_event("c", actor=(SHOIGU,)), _event("d", actor=(SHOIGU,))]
    assert [h.mentions for h in merge_events(alone)] == [1, 1]


def test_happening_id_is_the_earliest_reports_and_order_does_not_matter() -> None:
    events = [
        _event("b", published="2024-03-15"),
        _event("a"),
        _event("c", date="2024-03-15", published="2024-03-16"),
    ]
    forward, backward = merge_events(events), merge_events(list(reversed(events)))
    assert [h.to_dict() for h in forward] == [h.to_dict() for h in backward]
    assert forward[0].events[0] == events[1]["id"]


# -- the store -------------------------------------------------------------------------


def _document(doc_id: str, events: list[dict], published: str, content: str = "v1") -> CodedDocument:
    records = [
        Event(**{k: v for k, v in e.items() if k not in {"doc_id", "published", "source"}}) for e in events
    ]
    return CodedDocument(
        id=doc_id,
        content_hash=content,
        text=f"Text of {doc_id}.",  # one text under two ids would be a duplicate
        published=published,
        source=f"src-{doc_id}",
        events=records,
    )


def test_store_rebuild_update_in_place_and_rerun(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save(_document("a", [_event("a")], "2024-03-14"))
        store.save(_document("b", [_event("b", published="2024-03-15")], "2024-03-15"))
        store.save(_document("c", [_event("c", date="2024-03-21")], "2024-03-21"))
        assert store.rebuild_happenings() == {"types": 1, "events": 3, "happenings": 2}
        merged = next(store.happenings(min_mentions=2))
        assert (merged["mentions"], merged["documents"], merged["sources"]) == (2, 2, 2)

        # b is rewritten: its meeting is now a week later. No happening may still count b's old event.
        store.save(
            _document("b", [_event("b", date="2024-03-22", published="2024-03-22")], "2024-03-22", "v2")
        )
        members = {row[0] for row in store.db.execute("SELECT event_id FROM happening_events")}
        assert members <= {row[0] for row in store.db.execute("SELECT id FROM events")}
        assert store.refresh_happenings()["types"] == 1
        assert sorted((h["date"], h["mentions"]) for h in store.happenings()) == [
            ("2024-03-14", 1),
            ("2024-03-21", 2),
        ]
        before = [json.dumps(h, sort_keys=True) for h in store.happenings()]
        store.save(
            _document("b", [_event("b", date="2024-03-22", published="2024-03-22")], "2024-03-22", "v2")
        )
        assert store.refresh_happenings()["types"] == 0  # nothing changed, nothing to merge
        assert store.rebuild_happenings(doc_ids=["a"])["happenings"] == 2
        assert [json.dumps(h, sort_keys=True) for h in store.happenings()] == before


def test_export_happenings_as_csv(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.save(_document("a", [_event("a")], "2024-03-14"))
        store.save(_document("b", [_event("b", published="2024-03-15")], "2024-03-15"))
        store.rebuild_happenings()
        assert export_kind(store, "happenings", "csv", tmp_path / "h.csv") == 1
    header, row = (tmp_path / "h.csv").read_text().splitlines()[:2]
    assert header.startswith("id,type,mode") and ",2,2,2," in row


@pytest.mark.parametrize("tolerance", [0, 1])
def test_tolerance_comes_from_the_rules(tolerance: int) -> None:
    rules = replace(load_rules(), date_tolerance_days=tolerance)
    events = [_event("a"), _event("b", date="2024-03-15", published="2024-03-15")]
    assert len(merge_events(events, rules)) == 2 - tolerance


# -- real coding: `eventwire run` then `eventwire merge` -----------------------------------

REPORTS = [
    {"id": "wire-1", "published": "2024-03-14", "source": "North Wire",
     "text": "Russian Defence Minister Sergei Shoigu met his Belarusian counterpart Viktor Khrenin in Minsk "
             "on Thursday to discuss joint air defence."},
    {"id": "paper-2", "published": "2024-03-15", "source": "Daily Ledger",
     "text": "Russia and Belarus held defence talks in Minsk on Thursday, officials said."},
    {"id": "wire-3", "published": "2024-03-21", "source": "North Wire",
     "text": "Russian Defence Minister Sergei Shoigu met Belarusian Defence Minister Viktor Khrenin in Moscow "
             "on Thursday."},
    {"id": "blog-4", "published": "2024-03-15", "source": "Border Blog",
     "text": "Russian Defence Minister Sergei Shoigu did not meet Viktor Khrenin in Minsk on Thursday, "
             "a spokesman said."},
]  # fmt: skip


def _meetings(db: str) -> list[tuple]:
    with Store(db) as store:
        return sorted(
            (h["date"], h["negated"], h["mentions"], h["documents"], h["sources"], tuple(h["doc_ids"]))
            for h in store.happenings(types=["CONSULT"])
        )


def test_coded_reports_of_one_meeting_merge_and_a_rerun_changes_nothing(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    inputs, db = tmp_path / "reports.jsonl", str(tmp_path / "s.db")
    inputs.write_text("".join(json.dumps(report) + "\n" for report in REPORTS))
    assert CliRunner().invoke(main, ["run", str(inputs), "--db", db]).exit_code == 0
    expected = [
        ("2024-03-14", False, 2, 2, 2, ("wire-1", "paper-2")),  # the next-day report's "Thursday" is the 14th
        ("2024-03-14", True, 1, 1, 1, ("blog-4",)),  # a denial is not a report of the meeting
        ("2024-03-21", False, 1, 1, 1, ("wire-3",)),  # the same pair a week later: another meeting
    ]
    assert _meetings(db) == expected
    assert CliRunner().invoke(main, ["run", str(inputs), "--db", db]).exit_code == 0
    assert _meetings(db) == expected
    result = CliRunner().invoke(main, ["merge", "--db", db])
    assert result.exit_code == 0 and "happenings" in result.output
    assert _meetings(db) == expected

    # The next-day report is corrected in place: it now reports talks in Moscow a week later.
    corrected = {
        **REPORTS[1],
        "published": "2024-03-22",
        "text": REPORTS[1]["text"].replace("Minsk", "Moscow"),
    }
    inputs.write_text(json.dumps(corrected) + "\n")
    assert CliRunner().invoke(main, ["run", str(inputs), "--db", db]).exit_code == 0
    assert _meetings(db) == [
        ("2024-03-14", False, 1, 1, 1, ("wire-1",)),
        ("2024-03-14", True, 1, 1, 1, ("blog-4",)),
        ("2024-03-21", False, 2, 2, 2, ("wire-3", "paper-2")),
    ]


# -- many events: incremental equals full, and it is quick ----------------------------------


def _synthetic_documents(count: int, version: str = "v1", seed: int = 7) -> list[CodedDocument]:
    """Documents of five events each between ten states, over 60 days (a fifth undated)."""
    import random

    rng = random.Random(seed)
    states = [
        Actor(id=c, name=c, kind="state", country=c) for c in ("RUS", "BLR", "UKR", "POL", "USA", "CHN")
    ]
    documents = []
    for number in range(count):
        day = f"2024-{1 + number % 2:02d}-{1 + rng.randrange(28):02d}"
        events = []
        for _ in range(5):
            actor, recipient = rng.sample(states, 2)
            dated = rng.random() < 0.8
            record = _event(
                f"d{number}", type_=rng.choice(["CONSULT", "ACCUSE", "SANCTION"]), actor=(actor,),
                recipient=(recipient,) if rng.random() < 0.7 else (), date=day if dated else None,
                published=day, negated=rng.random() < 0.05,
            )  # fmt: skip
            events.append(record)
        documents.append(_document(f"d{number}", events, day, version))
    return documents


def test_refreshing_after_updates_gives_what_a_full_rebuild_gives_and_is_quick(tmp_path: Path) -> None:
    import time

    with Store(tmp_path / "s.db") as store:
        for document in _synthetic_documents(400):
            store.save(document)
        started = time.perf_counter()
        counts = store.rebuild_happenings()
        assert time.perf_counter() - started < 3.0  # measured 0.12 s for these 2,000 events
        assert counts["events"] == 2000 and counts["happenings"] < 2000
        for document in _synthetic_documents(400, version="v2", seed=8)[:40]:  # 40 documents rewritten
            store.save(document)
        store.refresh_happenings()
        refreshed = sorted(json.dumps(h, sort_keys=True) for h in store.happenings())
        store.rebuild_happenings()
        assert refreshed == sorted(json.dumps(h, sort_keys=True) for h in store.happenings())
        members = store.db.execute("SELECT count(*) FROM happening_events").fetchone()[0]
        assert members == store.counts()["events"]


def test_merge_sorted_refuses_events_out_of_order() -> None:
    from eventwire.merge import merge_sorted

    with pytest.raises(ValueError, match="out of order"):
        list(merge_sorted([_event("a", date="2024-03-20"), _event("b", date="2024-03-10")]))
    with pytest.raises(ValueError, match="not contiguous"):
        list(merge_sorted([_event("a", type_="ACCUSE"), _event("b"), _event("c", type_="ACCUSE")]))


def test_happenings_query_counts_and_pages(tmp_path: Path) -> None:
    from eventwire.store import queries

    with Store(tmp_path / "s.db") as store:
        for document in _synthetic_documents(20):
            store.save(document)
        store.rebuild_happenings()
        total, page = queries.happenings(store, types=["ACCUSE"], date_from="2024-02", limit=3)
        assert total == len(list(store.happenings(types=["ACCUSE"], date_from="2024-02")))
        assert total > 3 and len(page) == 3
        assert all(h["type"] == "ACCUSE" and (h["date"] or "9") >= "2024-02" for h in page)
