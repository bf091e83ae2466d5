"""The REST API over a store filled with hand-made coded documents, through FastAPI's TestClient."""

from __future__ import annotations

import json
import sqlite3
import warnings
from dataclasses import asdict
from pathlib import Path

import pytest

from eventwire.records import (
    Actor,
    ActorMention,
    CodedDocument,
    Event,
    Evidence,
    Place,
    Quote,
    TimeExpression,
)
from eventwire.store import Store, _statements, schema

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note about httpx2: not ours to act on
    from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.api_security import check_url, public_address_problem

ARDENIA = Actor("state:ARD", "Ardenia", "state", country="ARD", sector="GOV")
BORVIA = Actor("state:BOR", "Borvia", "state", country="BOR", sector="GOV")
GENERAL = Actor("person:mara-vell", "Mara Vell", "person", country="BOR", sector="MIL", role="general")
HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def _event(doc: str, number: int, text: str, sentence: str, trigger: str, **fields) -> Event:
    start = text.index(sentence)
    return Event(
        id=f"{doc}-e{number}",
        evidence=[
            Evidence(doc, sentence, start, start + len(sentence), [trigger], fields.pop("rule", "test.rule"))
        ],
        confidence=fields.pop("confidence", 0.9),
        **fields,
    )


def accusation_document() -> CodedDocument:
    """Ardenia accuses Borvia (verbal conflict), a Borvian general is quoted, Borvia shells a town."""
    text = (
        "Ardenia accused Borvia of massing troops on Tuesday.\n"
        '"We will defend every village," said General Mara Vell in Kastel.\n'
        "Borvian artillery shelled Kastel on Wednesday.\n"
        "Ardenia did not impose sanctions."
    )
    kastel = Place(
        text.index("Kastel"), text.index("Kastel") + 6, "Kastel", "Kastel", "ARD", 48.2, 21.5, "city"
    )
    quote_text = '"We will defend every village,"'
    q_start = text.index(quote_text)
    speaker_start = text.index("General Mara Vell")
    events = [
        _event("acc", 1, text, "Ardenia accused Borvia of massing troops on Tuesday.", "accused", type="ACCUSE",
               mode="allege", actor=[ARDENIA], recipient=[BORVIA], date="2024-03-05", date_precision="day",
               score=-3.5, rule="accuse.verb.allege"),
        _event("acc", 2, text, "Borvian artillery shelled Kastel on Wednesday.", "shelled", type="ASSAULT",
               mode="aerial", actor=[BORVIA], recipient=[ARDENIA], date="2024-03-06", date_precision="day",
               location=kastel, score=-9, rule="assault.verb.shell"),
        _event("acc", 3, text, "Ardenia did not impose sanctions.", "impose", type="SANCTION", actor=[ARDENIA],
               recipient=[BORVIA], negated=True, date="2024-03-06", date_precision="day", score=-6),
    ]  # fmt: skip
    return CodedDocument(
        id="acc",
        content_hash="acc-1",
        text=text,
        title="Ardenia accuses Borvia",
        published="2024-03-06",
        source="Test Wire",
        origin="acc.txt",
        actors=[ARDENIA, BORVIA, GENERAL],
        mentions=[
            ActorMention(ARDENIA.id, 0, 7, "Ardenia"),
            ActorMention(BORVIA.id, 16, 22, "Borvia"),
            ActorMention(GENERAL.id, speaker_start, speaker_start + 17, "General Mara Vell"),
        ],
        quotes=[
            Quote(
                q_start,
                q_start + len(quote_text),
                quote_text,
                "General Mara Vell",
                speaker_start,
                speaker_start + 17,
                "said",
            )
        ],
        dates=[
            TimeExpression(text.index("Tuesday"), text.index("Tuesday") + 7, "Tuesday", "2024-03-05", "day")
        ],
        places=[kastel],
        events=events,
    )


def aid_document() -> CodedDocument:
    text = "Borvia sent food aid to Ardenia, officials said in March 2024."
    return CodedDocument(
        id="aid",
        content_hash="aid-1",
        text=text,
        title="Borvia sends aid",
        published="2024-03-20",
        origin="aid.txt",
        actors=[ARDENIA, BORVIA],
        mentions=[ActorMention(BORVIA.id, 0, 6, "Borvia"), ActorMention(ARDENIA.id, 24, 31, "Ardenia")],
        events=[
            _event(
                "aid",
                1,
                text,
                text,
                "sent",
                type="AID",
                actor=[BORVIA],
                recipient=[ARDENIA],
                date="2024-03",
                date_precision="month",
                score=10,
            )
        ],
    )


def hostile_document() -> CodedDocument:
    """A document whose text is markup that would run if a page ever parsed it as HTML."""
    text = f"Markup test {HOSTILE} ends here."
    return CodedDocument(
        id="hostile",
        content_hash="h-1",
        text=text,
        title=f"Hostile {HOSTILE}",
        origin="h.txt",
        url="javascript:window.__pwned = 3",  # a record's url field can hold anything
    )


def fill_store(path: Path) -> Path:
    with Store(path) as store:
        for coded in (accusation_document(), aid_document(), hostile_document()):
            store.save(coded)
    return path


@pytest.fixture()
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(fill_store(tmp_path / "api.db")))


def test_documents_list_search_and_pagination(client: TestClient) -> None:
    first = client.get("/documents", params={"limit": 2}).json()
    assert first["total"] == 3 and len(first["items"]) == 2 and first["next_offset"] == 2
    second = client.get("/documents", params={"limit": 2, "offset": 2}).json()
    assert len(second["items"]) == 1 and second["next_offset"] is None
    found = client.get("/documents", params={"q": "artillery"}).json()
    assert [doc["id"] for doc in found["items"]] == ["acc"]
    assert "\x02artillery\x03" in found["items"][0]["snippet"]


def test_a_document_comes_with_its_records(client: TestClient) -> None:
    doc = client.get("/documents/acc").json()
    assert doc["quotes"][0]["speaker"] == "General Mara Vell"
    assert {actor["id"] for actor in doc["actors"]} == {ARDENIA.id, BORVIA.id, GENERAL.id}
    assert [event["quad"] for event in doc["events"]][:2] == ["verbal conflict", "material conflict"]
    assert doc["places"][0]["name"] == "Kastel" and doc["dates"][0]["value"] == "2024-03-05"


def test_unknown_ids_are_json_404s_with_a_hint(client: TestClient) -> None:
    for path in ("/documents/nope", "/events/nope", "/no-such-endpoint"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.json()["error"] and response.json()["hint"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["acc-e1", "acc-e2", "aid-e1"]),
        ({"include_negated": "true"}, ["acc-e1", "acc-e2", "acc-e3", "aid-e1"]),
        ({"type": "ACCUSE,AID"}, ["acc-e1", "aid-e1"]),
        ({"type": ["ACCUSE", "ASSAULT"]}, ["acc-e1", "acc-e2"]),
        ({"quad": "material-conflict"}, ["acc-e2"]),
        ({"quad": "material cooperation"}, ["aid-e1"]),
        ({"actor_country": "bor"}, ["acc-e2", "aid-e1"]),
        ({"recipient_country": "BOR"}, ["acc-e1"]),
        ({"sector": "GOV", "actor_country": "ARD"}, ["acc-e1"]),
        ({"date_from": "2024-03-06"}, ["acc-e2", "aid-e1"]),
        ({"date_to": "2024-03-05"}, ["acc-e1", "aid-e1"]),  # March overlaps
        ({"date_from": "2024-04"}, []),
        ({"date_from": "2024-03", "date_to": "2024-03"}, ["acc-e1", "acc-e2", "aid-e1"]),
        ({"q": "artillery"}, ["acc-e2"]),
        ({"doc_id": "aid"}, ["aid-e1"]),
    ],
)
def test_event_filters(client: TestClient, params: dict, expected: list[str]) -> None:
    response = client.get("/events", params=params)
    assert response.status_code == 200, response.json()
    assert sorted(event["id"] for event in response.json()["items"]) == expected


def test_events_sort_and_paginate(client: TestClient) -> None:
    by_score = client.get("/events", params={"sort": "-score"}).json()["items"]
    assert [event["score"] for event in by_score] == [10, -3.5, -9]
    page = client.get("/events", params={"limit": 1, "offset": 1, "sort": "date"}).json()
    assert page["total"] == 3 and page["items"][0]["id"] == "acc-e1" and page["next_offset"] == 2
    assert client.get("/events", params={"limit": 100_000}).status_code == 422


def test_one_event_has_its_evidence(client: TestClient) -> None:
    event = client.get("/events/acc-e2").json()
    assert event["evidence"][0]["rule"] == "assault.verb.shell"
    assert event["evidence"][0]["triggers"] == ["shelled"]
    assert event["location"]["name"] == "Kastel" and event["quad"] == "material conflict"


@pytest.mark.parametrize(
    ("params", "in_error"),
    [
        ({"type": "BOMB"}, "unknown event type"),
        ({"quad": "friendly"}, "unknown quad"),
        ({"date_from": "March"}, "is not a date"),
        ({"sort": "colour"}, "cannot sort"),
        ({"q": '"unclosed'}, "cannot read the search"),
        ({"limit": "many"}, "not valid"),
        ({"date_from": "2025-13-01"}, "is not a date"),
        ({"date_to": "2025-02-30"}, "is not a date"),
        ({"date_from": "2025-03-01", "date_to": "2024"}, "is after"),
        ({"country": "RUS"}, "unknown query parameter 'country'"),
    ],
)
def test_bad_parameters_are_json_errors_with_hints(client: TestClient, params: dict, in_error: str) -> None:
    response = client.get("/events", params=params)
    assert response.status_code in (400, 422)
    body = response.json()
    assert in_error in body["error"] and body["hint"]


def test_a_misspelt_parameter_is_named_on_every_endpoint(client: TestClient) -> None:
    """An unknown parameter used to be ignored: a typo answered 200 with every record."""
    for path in (
        "/events?type=ASSAULT&actor_contry=RUS",
        "/happenings?date_from=2024",
        "/documents?search=x",
    ):
        response = client.get(path)
        assert response.status_code == 400, path
        assert "unknown query parameter" in response.json()["error"] and "takes:" in response.json()["hint"]
    assert "actor_country" in client.get("/stats?counry=X").json()["hint"]
    # Dates that overlap the same span are fine both ways round.
    assert client.get("/events", params={"date_from": "2024-03-05", "date_to": "2024-03"}).status_code == 200


def test_stats_count_by_day_type_dyad_and_place(client: TestClient) -> None:
    stats = client.get("/stats").json()
    assert stats["total"] == 3 and stats["undated"] == 1  # the AID event is dated to a month only
    days = {row["day"]: row for row in stats["by_day"]}
    assert days["2024-03-05"]["verbal conflict"] == 1 and days["2024-03-06"]["material conflict"] == 1
    assert {(d["source"], d["target"], d["count"]) for d in stats["by_dyad"]} == {
        ("ARD", "BOR", 1), ("BOR", "ARD", 2)
    }  # fmt: skip
    assert stats["locations"] == [
        {"name": "Kastel", "country": "ARD", "lat": 48.2, "lon": 21.5, "count": 1, "mean_score": -9.0}
    ]
    filtered = client.get("/stats", params={"quad": "verbal-conflict"}).json()
    assert [row["type"] for row in filtered["by_type"]] == ["ACCUSE"]


def test_actors_and_quotes(client: TestClient) -> None:
    actors = client.get("/actors").json()
    assert actors["total"] == 3 and actors["items"][0]["events"] == 4  # Borvia, negated events included
    assert [a["id"] for a in client.get("/actors", params={"q": "vell"}).json()["items"]] == [GENERAL.id]
    quotes = client.get("/quotes", params={"speaker": "Vell"}).json()
    assert quotes["total"] == 1 and quotes["items"][0]["doc_title"] == "Ardenia accuses Borvia"


def test_export_reuses_the_cli_exporter(client: TestClient) -> None:
    response = client.get("/export", params={"kind": "events", "format": "jsonl"})
    assert response.status_code == 200 and len(response.text.strip().splitlines()) == 3  # not the negated
    everything = client.get("/export", params={"kind": "events", "format": "jsonl", "include_negated": True})
    assert len(everything.text.strip().splitlines()) == 4
    assert client.get("/export", params={"kind": "events", "format": "xml"}).status_code == 400


def test_stories_are_rebuilt_and_filter_events(client: TestClient) -> None:
    assert client.post("/stories").json()["stories"] >= 1
    stories = client.get("/stories").json()["items"]
    story = next(s for s in stories if "acc" in s["doc_ids"])
    events = client.get("/events", params={"story": story["id"]}).json()["items"]
    assert {event["doc_id"] for event in events} <= set(story["doc_ids"])


def test_post_text_and_html_code_and_store_documents(client: TestClient) -> None:
    text = "Ardenia and Borvia signed a trade agreement in Kastel on Monday, officials said."
    response = client.post("/documents", json={"id": "posted", "text": text, "published": "2024-04-02"})
    assert response.status_code == 201, response.json()
    assert response.json()["documents"][0]["outcome"] == "added"
    assert client.get("/documents/posted").json()["text"].startswith("Ardenia and Borvia")
    again = client.post("/documents", json={"id": "posted", "text": text, "published": "2024-04-02"})
    assert again.json()["documents"][0]["outcome"] == "unchanged"
    twin = client.post("/documents", json={"id": "posted-again", "text": text}).json()["documents"][0]
    assert twin["outcome"] == "duplicate" and twin["same_as"] == "posted"
    assert "already stored as doc id posted; skipped" in twin["note"]
    assert client.get("/documents/posted-again").status_code == 404
    html = (
        "<html><head><title>Talks resume</title></head><body><nav>Home | World</nav><article>"
        "<h1>Talks resume</h1><p>Delegations from the two neighbours met again on Thursday to discuss "
        "the border crossings, and both sides described the talks as constructive.</p></article></body></html>"
    )
    posted = client.post("/documents", json={"html": html, "published": "2024-04-04"}).json()["documents"][0]
    stored = client.get(f"/documents/{posted['id']}").json()
    assert "Delegations from the two neighbours" in stored["text"] and stored["title"] == "Talks resume"


def test_a_document_whose_id_holds_a_slash_can_be_read_back(client: TestClient) -> None:
    """JSONL ids such as 'wire/2024/0412' were stored but answered 404 at /documents/{id}."""
    text = "Ardenia and Borvia signed a trade agreement in Kastel on Monday, officials said."
    assert client.post("/documents", json={"id": "wire/2024/0412", "text": text}).status_code == 201
    response = client.get("/documents/wire%2F2024%2F0412")
    assert response.status_code == 200 and response.json()["id"] == "wire/2024/0412"
    assert client.get("/documents/wire/2024/none").status_code == 404


def test_post_a_file_upload(client: TestClient) -> None:
    body = b"Borvia recalled its ambassador from Ardenia on Friday after the border incident."
    response = client.post(
        "/documents", files={"file": ("recall.txt", body, "text/plain")}, data={"title": "Recall"}
    )
    assert response.status_code == 201, response.json()
    assert client.get("/documents/recall").json()["title"] == "Recall"


def test_an_upload_with_one_id_twice_keeps_the_first_record(client: TestClient) -> None:
    first = {"id": "twice", "text": "Ardenia and Borvia signed a fishing accord in Kastel on Monday."}
    second = {"id": "twice", "text": "Borvia expelled two Ardenian diplomats on Friday, officials said."}
    lines = "\n".join(json.dumps(record) for record in (first, second, first)) + "\n"
    body = client.post("/documents", files={"file": ("two.jsonl", lines.encode(), "application/json")}).json()
    assert [item["outcome"] for item in body["documents"]] == ["added", "duplicate"]
    assert (
        body["failed"][0]["input"] == "upload:two.jsonl:2" and "already used by" in body["failed"][0]["error"]
    )
    assert client.get("/documents/twice").json()["text"].startswith("Ardenia and Borvia signed")


def test_post_errors_are_actionable(client: TestClient) -> None:
    empty = client.post("/documents", json={"title": "no body"})
    assert empty.status_code == 422 and "no text, html or url" in empty.json()["error"]
    unknown = client.post("/documents", json={"text": "x", "colour": "red"})
    assert unknown.status_code == 422 and "colour" in unknown.json()["error"]
    broken = client.post("/documents", content=b"{not json", headers={"content-type": "application/json"})
    assert broken.status_code == 422 and broken.json()["hint"]
    plain = client.post("/documents", content=b"hello", headers={"content-type": "text/plain"})
    assert plain.status_code == 415 and "multipart" in plain.json()["hint"]


def test_a_text_too_long_to_parse_is_a_422_not_a_500(client: TestClient) -> None:
    long_text = "Talks resumed on Monday. " * 56_000
    posted = client.post("/documents", json={"id": "long", "text": long_text})
    assert posted.status_code == 422 and "split it" in posted.json()["details"][0]["error"]
    uploaded = client.post("/documents", files={"file": ("long.txt", long_text.encode(), "text/plain")})
    assert uploaded.status_code == 422 and uploaded.json()["details"][0]["input"] == "upload:long.txt"


def test_urls_to_loopback_are_refused_by_default(client: TestClient) -> None:
    response = client.post("/documents", json={"url": "http://127.0.0.1:9/page.html"})
    assert response.status_code == 422
    assert "loopback" in response.json()["error"] and "--allow-private-urls" in response.json()["hint"]


@pytest.mark.parametrize(
    ("address", "problem"),
    [("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("169.254.169.254", "link-local"),
     ("::1", "loopback"), ("::ffff:192.168.0.1", "private"), ("fe80::1", "link-local"), ("0.0.0.0", "unspecified")],
)  # fmt: skip
def test_non_public_addresses_are_named(address: str, problem: str) -> None:
    assert problem in (public_address_problem(address) or "")


def test_every_resolved_address_is_checked() -> None:
    assert public_address_problem("93.184.216.34") is None
    check_url("https://news.example/a", resolver=lambda host, port: ["93.184.216.34"])
    with pytest.raises(Exception, match="private"):
        check_url("https://news.example/a", resolver=lambda host, port: ["93.184.216.34", "10.0.0.5"])
    with pytest.raises(Exception, match="http"):
        check_url("file:///etc/passwd")


def test_writes_need_the_token_when_one_is_set(tmp_path: Path) -> None:
    client = TestClient(create_app(fill_store(tmp_path / "t.db"), token="s3cret"))
    body = {"id": "t", "text": "Ardenia praised Borvia on Monday."}
    refused = client.post("/documents", json=body)
    assert refused.status_code == 401 and "Bearer" in refused.json()["hint"]
    wrong = client.post("/documents", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert client.post("/stories").status_code == 401
    accepted = client.post("/documents", json=body, headers={"Authorization": "Bearer s3cret"})
    assert accepted.status_code == 201
    assert client.get("/events").status_code == 200  # reads stay open


def test_token_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_TOKEN", "from-env")
    client = TestClient(create_app(tmp_path / "e.db"))
    assert client.post("/documents", json={"text": "x"}).status_code == 401


def test_request_size_limit(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path / "s.db", max_request_bytes=2000))
    response = client.post("/documents", json={"text": "word " * 1000})
    assert response.status_code == 413
    assert "limit" in response.json()["error"] and response.json()["hint"]

    def chunks():  # no Content-Length: the limit must hold on the streamed body too
        yield b'{"text": "'
        for _ in range(100):
            yield b"word " * 10
        yield b'"}'

    streamed = client.post("/documents", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_serve_refuses_a_public_host_without_a_token(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from eventwire.api import serve
    from eventwire.errors import EventwireError

    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    with pytest.raises(EventwireError, match="without a token"):
        serve(str(tmp_path / "x.db"), host="0.0.0.0")


def test_openapi_and_ui_are_served_offline(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/documents", "/events", "/stats", "/export"} <= set(spec["paths"])
    page = client.get("/")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    assert "http" not in "".join(line for line in page.text.splitlines() if "src=" in line or "href=" in line
                                 if "/docs" not in line)  # fmt: skip
    assert client.get("/static/world.json").json()["cells"]


def test_migration_2_backfills_events_stored_before_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    for statement in _statements(schema.MIGRATIONS[0]):
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    coded = accusation_document()
    db.execute(
        "INSERT INTO documents (id, content_hash, text, created_at, updated_at) VALUES (?, ?, ?, '', '')",
        (coded.id, coded.content_hash, coded.text),
    )
    db.executemany(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)",
        [(e.id, coded.id, e.type, e.mode, e.date, json.dumps(asdict(e))) for e in coded.events],
    )
    db.commit()
    db.close()
    client = TestClient(create_app(path))  # opening the store runs migration 2
    ids = [e["id"] for e in client.get("/events", params={"actor_country": "ARD"}).json()["items"]]
    assert ids == ["acc-e1"]  # acc-e3 is ARD's too, but negated
    assert client.get("/events", params={"q": "artillery"}).json()["total"] == 1


def test_posted_reports_of_one_meeting_become_one_happening(client: TestClient) -> None:
    reports = [
        ("first-report", "Russian Defense Minister Sergei Shoigu met Belarusian Defense Minister Viktor Khrenin "
         "in Moscow on Thursday, the ministry said.", "2022-06-24"),
        ("second-report", "Sergei Shoigu held talks with Viktor Khrenin in Moscow on Thursday, officials said.",
         "2022-06-25"),
    ]  # fmt: skip
    for doc_id, text, published in reports:
        response = client.post("/documents", json={"id": doc_id, "text": text, "published": published})
        assert response.status_code == 201, response.json()
    assert (
        client.get("/happenings", params={"type": "consult,Agree"}).json()
        == client.get("/happenings", params={"type": "CONSULT,AGREE"}).json()
    )  # types read as /events reads them
    assert client.get("/happenings", params={"type": "CONSUL"}).status_code == 400
    body = client.get("/happenings", params={"type": "CONSULT"}).json()
    merged = [item for item in body["items"] if item["documents"] == 2]
    assert merged, body
    assert merged[0]["mentions"] == 2
