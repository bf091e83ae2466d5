"""The command line end to end: run, rerun, bad input, URLs and feeds, exports, show."""

from __future__ import annotations

import csv
import http.server
import io
import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import click
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import EventwireError
from eventwire.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

PAGE = """<!DOCTYPE html><html><head><title>Ministers meet in Vienna | Test Wire</title>
<meta property="article:published_time" content="2023-05-04T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Ministers meet in Vienna</h1>
<p>The foreign ministers of Austria and Hungary met in Vienna on Wednesday to discuss border controls and
energy supplies, both governments said in statements after the talks.</p>
<p>"We agreed to open a new crossing point before the summer," the Austrian minister told reporters.</p>
<p>The two countries will hold a further round of talks in Budapest in June, officials said.</p>
</article><footer>Copyright 2023 Test Wire. Cookies help us deliver our services.</footer></body></html>"""

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>{base}</link><description>t</description>
<item><title>Ministers meet in Vienna</title><link>{base}/vienna.html</link>
<pubDate>Thu, 04 May 2023 10:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing.html</link></item>
</channel></rss>"""


FRENCH = (
    "Le ministre des Affaires étrangères a déclaré jeudi à Paris que les discussions avec le gouvernement "
    "allemand se poursuivraient. Les deux parties se sont mises d'accord sur un nouveau calendrier, a indiqué "
    "le ministère. La prochaine réunion aura lieu à l'automne."
)


def _invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _run_json(*args: str) -> tuple[int, dict]:
    result = _invoke("run", "--json", *args)
    return result.exit_code, json.loads(result.stdout)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")


def test_examples_run_then_rerun_adds_nothing(db: str) -> None:
    code, first = _run_json(str(EXAMPLES), "--db", db)
    assert code == 0, first["failures"]
    assert first["added"] == first["documents_in_store"] >= 5
    code, second = _run_json(str(EXAMPLES), "--db", db)
    assert code == 0
    assert second["added"] == second["updated"] == 0
    assert second["unchanged"] == first["added"]


def test_changed_text_updates_in_place(tmp_path: Path, db: str) -> None:
    path = tmp_path / "update.html"
    path.write_text(PAGE, encoding="utf-8")
    assert _run_json(str(path), "--db", db)[1]["added"] == 1
    path.write_text(PAGE.replace("new crossing point", "second crossing point"), encoding="utf-8")
    summary = _run_json(str(path), "--db", db)[1]
    assert (summary["updated"], summary["documents_in_store"]) == (1, 1)
    with Store(db) as store:
        assert "second crossing point" in store.document("update")["text"]


def test_bad_inputs_are_named_recorded_and_nothing_else_is_lost(tmp_path: Path, db: str) -> None:
    good = tmp_path / "good"
    good.mkdir()
    (good / "vienna.html").write_text(PAGE, encoding="utf-8")
    _run_json(str(good), "--db", db)

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.html").write_bytes(bytes(range(256)) * 64)
    (bad / "broken.html").write_text(
        "<html><head><title>x</title><body><div><script>var a = 1;", encoding="utf-8"
    )
    # Malformed but with an article inside: parsed like a browser would, and stored.
    # (each good page its own text: the same text under a second name would be skipped as a duplicate)
    (bad / "unclosed.html").write_text(
        PAGE.replace("</p>", "").replace("</article>", "").replace("Vienna", "Graz")[:-40], encoding="utf-8"
    )
    (bad / "lines.jsonl").write_text('{"id": "ok-line", "html": "' + PAGE.replace("Vienna", "Linz").replace('"', '\\"').replace("\n", " ") + '"}\n{oops\n{"id": "x"}\n', encoding="utf-8")  # fmt: skip
    code, summary = _run_json(str(bad), "--db", db, "--max-size", "1")
    assert code == 1
    named = {failure["input"] for failure in summary["failures"]}
    assert {str(bad / "empty.txt"), str(bad / "binary.html"), str(bad / "broken.html")} <= named
    assert {f"{bad / 'lines.jsonl'}:2", f"{bad / 'lines.jsonl'}:3"} <= named
    assert summary["added"] == 2
    with Store(db) as store:
        assert store.document("vienna") is not None
        assert "new crossing point" in store.document("unclosed")["text"]
        assert store.counts()["documents"] == 3
        assert len(store.failures()) == summary["failed"]
    # A second run records the same failures once each, and still keeps the good documents.
    _run_json(str(bad), "--db", db)
    with Store(db) as store:
        assert len(store.failures()) == summary["failed"]
        assert store.counts()["documents"] == 3


def test_a_text_too_long_to_parse_is_named_and_its_batch_is_kept(tmp_path: Path, db: str) -> None:
    """A 1.4 MB text is under --max-size but over the parser's length: it used to abort the whole run
    with a traceback, losing the documents of its batch."""
    shutil.copy(EXAMPLES / "summit-statement.html", tmp_path / "summit.html")
    (tmp_path / "whole-archive.txt").write_text("Talks resumed on Monday. " * 56_000, encoding="utf-8")
    code, summary = _run_json(str(tmp_path), "--db", db)
    assert code == 1 and summary["added"] == 1
    (failure,) = summary["failures"]
    assert failure["input"] == str(tmp_path / "whole-archive.txt") and "split it" in failure["error"]


@pytest.mark.parametrize("size", ["0", "-1"])
def test_a_size_limit_that_admits_nothing_is_a_usage_error(db: str, size: str) -> None:
    result = CliRunner().invoke(main, ["run", str(EXAMPLES), "--db", db, "--max-size", size])
    assert result.exit_code == 2 and "--max-size" in result.output
    assert not Path(db).exists()


def test_an_article_piped_to_standard_input(db: str) -> None:
    article = (EXAMPLES / "baltic-port-inspections.txt").read_bytes()
    for expected in ("added", "unchanged"):
        result = CliRunner().invoke(main, ["run", "-", "--db", db, "--json"], input=article)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)[expected] == 1
    with Store(db) as store:
        (document,) = store.documents()
    assert document["origin"] == "-" and "Gulf of Finland" in document["text"]


def test_non_english_text_is_refused_with_its_language(tmp_path: Path, db: str) -> None:
    path = tmp_path / "german.jsonl"
    text = (
        "Der Außenminister sagte am Donnerstag in Berlin, dass die Gespräche mit der Regierung in Warschau "
        "fortgesetzt würden. Beide Seiten hätten sich auf einen neuen Zeitplan geeinigt, teilte das Ministerium "
        "mit. Die nächste Runde soll im Herbst stattfinden."
    )
    path.write_text(json.dumps({"id": "de", "text": text}) + "\n", encoding="utf-8")
    code, summary = _run_json(str(path), "--db", db)
    assert code == 1
    assert "language 'de'" in summary["failures"][0]["error"]


def test_duplicate_ids_in_one_run_are_refused(tmp_path: Path, db: str) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.html").write_text(PAGE.replace("Vienna", folder.upper()), encoding="utf-8")
    code, summary = _run_json(str(tmp_path / "a"), str(tmp_path / "b"), "--db", db)
    assert code == 1 and summary["added"] == 1
    assert "already used by" in summary["failures"][0]["error"]
    assert "rename one of the files" in summary["failures"][0]["error"]  # a file cannot say its id
    records = tmp_path / "records.jsonl"
    record = {
        "id": "same",
        "text": "The foreign ministers of Austria and Hungary met in Vienna on Wednesday.",
    }
    other = {**record, "text": record["text"].replace("Vienna", "Graz")}  # one id, two texts
    records.write_text(json.dumps(record) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    code, summary = _run_json(str(records), "--db", db)
    assert summary["failures"][0]["input"] == f"{records}:2"
    assert "give the record an 'id' of its own" in summary["failures"][0]["error"]


def test_the_same_text_under_two_file_names_is_stored_once_and_named(tmp_path: Path, db: str) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE.replace("<nav>", "<nav><a href='/x'>More</a> "), encoding="utf-8")
    code, summary = _run_json(str(tmp_path / "a.html"), str(tmp_path / "b.html"), "--db", db)
    assert code == 0 and summary["added"] == 1 and summary["duplicate"] == 1
    (note,) = summary["duplicates"]
    assert (
        note["note"]
        == f"{tmp_path / 'b.html'}: same text as {tmp_path / 'a.html'}, already stored as doc id a; skipped"
    )
    result = _invoke("run", str(tmp_path / "b.html"), "--db", db)
    assert "same text as" in result.stderr and "1 skipped as duplicates" in result.stderr
    with Store(db) as store:
        assert store.counts()["documents"] == 1


def test_a_copy_of_a_file_in_a_folder_also_given_is_a_duplicate_not_a_failure(
    tmp_path: Path, db: str
) -> None:
    (tmp_path / "folder").mkdir()
    for path in (tmp_path / "page.html", tmp_path / "folder" / "page.html"):
        path.write_text(PAGE, encoding="utf-8")
    code, summary = _run_json(str(tmp_path / "page.html"), str(tmp_path / "folder"), "--db", db)
    assert (code, summary["added"], summary["duplicate"], summary["failed"]) == (0, 1, 1, 0)
    assert summary["duplicates"][0]["note"].startswith(f"{tmp_path / 'folder' / 'page.html'}: same text as")


def test_published_option_fills_unknown_dates_only(tmp_path: Path, db: str) -> None:
    dated = tmp_path / "dated.html"
    dated.write_text(PAGE, encoding="utf-8")
    undated = tmp_path / "undated.html"
    undated.write_text(
        PAGE.replace('<meta property="article:published_time" content="2023-05-04T10:00:00Z">', "").replace(
            "Budapest", "Szeged"
        )  # a text of its own: the same text under a second name would be skipped as a duplicate
    )
    _run_json(str(dated), str(undated), "--db", db, "--published", "2023-06-01")
    with Store(db) as store:
        assert store.document("dated")["published"] == "2023-05-04"
        assert store.document("undated")["published"] == "2023-06-01"
    assert _invoke("run", str(dated), "--published", "June").exit_code == 2


class _Site(http.server.BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[str, str]]] = {}

    def do_GET(self) -> None:
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/vienna.html")
            self.end_headers()
            return
        if self.path not in self.pages:
            self.send_error(404)
            return
        content_type, body = self.pages[self.path]
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    _Site.pages = {
        "/vienna.html": ("text/html; charset=utf-8", PAGE),
        "/feed.xml": ("application/rss+xml", FEED.format(base=base)),
    }
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


def test_url_and_feed_inputs(site: str, db: str) -> None:
    code, summary = _run_json(f"{site}/vienna.html", "--db", db)
    assert code == 0 and summary["added"] == 1
    code, summary = _run_json(f"{site}/feed.xml", "--db", db)
    assert code == 1
    # The same page, reached through the feed: one document, updated with the feed's title and date.
    assert (summary["updated"], summary["documents_in_store"]) == (1, 1)
    assert summary["failures"][0]["input"] == f"{site}/missing.html"
    assert "HTTP 404" in summary["failures"][0]["error"]


def test_redirects_are_followed_to_the_page(site: str, db: str) -> None:
    code, summary = _run_json(f"{site}/moved", "--db", db)
    assert code == 0 and summary["added"] == 1
    with Store(db) as store:
        (document,) = store.documents()
    assert document["url"] == f"{site}/vienna.html"


def test_unreachable_url_is_named(db: str) -> None:
    code, summary = _run_json("http://127.0.0.1:9/nothing-listens-here", "--db", db)
    assert code == 1
    assert summary["failures"][0]["input"] == "http://127.0.0.1:9/nothing-listens-here"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_documents_in_every_format(tmp_path: Path, db: str, fmt: str) -> None:
    shutil.copy(EXAMPLES / "summit-statement.html", tmp_path / "summit.html")
    _run_json(str(tmp_path / "summit.html"), "--db", db)
    out = tmp_path / f"documents.{fmt}"
    assert _invoke("export", "documents", "--db", db, "--format", fmt, "-o", str(out)).exit_code == 0
    if fmt == "jsonl":
        (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    elif fmt == "csv":
        (row,) = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    else:
        import pyarrow.parquet as pq

        (row,) = pq.read_table(out).to_pylist()
    assert {"id", "title", "published", "url", "source", "text"} <= set(row)
    assert row["published"] == "2024-09-06"
    assert "intelligence sharing" in row["text"]


@pytest.mark.parametrize("kind", ["events", "quotes", "actors", "places"])
def test_other_exports_exist_on_an_empty_store(db: str, kind: str) -> None:
    Store(db).close()
    result = _invoke("export", kind, "--db", db)
    assert result.exit_code == 0


@pytest.mark.parametrize(
    "command", [["summary"], ["export", "events"], ["show", "some-doc"], ["stories"], ["actors", "list"]]
)
def test_reading_a_store_that_is_not_there_says_so_and_creates_nothing(db: str, command: list[str]) -> None:
    """A mistyped --db used to create an empty store and answer from it (an empty export, exit 0)."""
    result = CliRunner().invoke(main, [*command, "--db", db])
    assert result.exit_code == 1
    assert f"there is no store at {db}" in result.output and "eventwire run" in result.output
    assert not Path(db).exists()


@pytest.mark.parametrize("fmt", ["jsonl", "parquet", "cameo"])
def test_export_to_a_folder_that_is_not_there_is_one_clear_line(tmp_path: Path, db: str, fmt: str) -> None:
    Store(db).close()
    target = tmp_path / "no-such-folder" / "events.out"
    result = CliRunner().invoke(main, ["export", "events", "--db", db, "--format", fmt, "-o", str(target)])
    assert result.exit_code != 0
    assert isinstance(result.exception, EventwireError) and not isinstance(result.exception, OSError)
    assert f"cannot write {target}" in str(result.exception)


def test_show_why_lists_removed_lines_with_reasons(db: str) -> None:
    _run_json(str(EXAMPLES / "ceasefire-scraped-page.txt"), "--db", db)
    result = _invoke("show", "ceasefire-scraped-page", "--db", db, "--why")
    assert result.exit_code == 0
    assert "Removed by cleaning" in result.stdout
    assert "Subscribe to our newsletter" in result.stdout.split("Removed by cleaning")[1]
    assert (
        "agreed on Thursday to a three-day humanitarian truce"
        in result.stdout.split("Removed by cleaning")[0]
    )


def test_events_export_as_cameo_csv_and_only_for_events(tmp_path: Path, db: str) -> None:
    _run_json(str(EXAMPLES / "summit-statement.html"), "--db", db)
    out = tmp_path / "events.csv"
    result = _invoke("export", "events", "--db", db, "--format", "cameo", "-o", str(out))
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert f"wrote {len(rows)} CAMEO rows (one per actor-recipient pair of an event)" in result.stderr
    assert rows, "the summit page codes at least one event"
    assert {"actor1_code", "actor2_code", "cameo_code", "quad_class", "plover_type"} <= set(rows[0])
    consult = [row for row in rows if row["plover_type"] == "CONSULT"]
    assert consult and consult[0]["cameo_code"].startswith("04")
    # One line a row: an evidence sentence's trailing paragraph break is not carried into its cell.
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(rows) + 1
    assert all(row["source_sentence"] == row["source_sentence"].strip() for row in rows)
    result = CliRunner().invoke(main, ["export", "documents", "--db", db, "--format", "cameo"])
    assert result.exit_code != 0
    assert "cameo is for events" in str(result.exception) + result.output


def test_an_interrupted_run_says_what_was_kept_and_how_to_go_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from eventwire import cli

    def interrupted(**_: object) -> None:
        raise click.Abort  # what click makes of Ctrl-C

    monkeypatch.setattr(cli, "main", interrupted)
    with pytest.raises(SystemExit) as stopped:
        cli.run_cli()
    assert stopped.value.code == 130
    assert "run the same command again" in capsys.readouterr().err


def test_stories_groups_stored_documents(tmp_path: Path, db: str) -> None:
    first = PAGE
    second = PAGE.replace("Ministers meet in Vienna", "Austria and Hungary talk borders").replace(
        "new crossing point", "further crossing point"
    )
    for name, page in (("first", first), ("second", second)):
        (tmp_path / f"{name}.html").write_text(page, encoding="utf-8")
    (tmp_path / "other.jsonl").write_text(
        json.dumps({"id": "quake", "text": "A strong earthquake struck southern Chile on Monday, "
                    "damaging roads and bridges near the port city of Valdivia, officials said."}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    _run_json(str(tmp_path), "--db", db)
    result = _invoke("stories", "--db", db, "--json")
    assert result.exit_code == 0
    stories = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(sorted(story["documents"]) for story in stories) == [["first", "second"], ["quake"]]


def test_workers_code_the_same_as_one_process(tmp_path: Path) -> None:
    """Through the installed `eventwire` script, as a user runs it, with bad inputs among the good:
    the first failed input used to hang `--workers 2` forever (its error could not cross processes)."""
    inputs = tmp_path / "inputs"
    shutil.copytree(EXAMPLES, inputs)
    (inputs / "empty.txt").write_bytes(b"")  # refused while reading, before the workers
    (inputs / "french.txt").write_text(FRENCH, encoding="utf-8")  # refused inside a worker
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    assert _run_json(str(inputs), "--db", one)[0] == 1
    script = Path(sys.executable).with_name("eventwire")
    done = subprocess.run(
        [str(script), "run", str(inputs), "--db", two, "--workers", "2", "--json"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    summary = json.loads(done.stdout)
    assert done.returncode == 1 and summary["added"] >= 5 and summary["failed"] == 2, done.stderr[-2000:]
    with Store(one) as first, Store(two) as second:
        for kind in ("events", "quotes", "places", "mentions", "dates"):
            assert first.rows(kind) == second.rows(kind), kind


def test_rerun_skips_coding_of_unchanged_documents(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _run_json(str(EXAMPLES / "summit-statement.html"), "--db", db)

    def no_coding(*args, **kwargs):
        raise AssertionError("an unchanged document was coded again")

    monkeypatch.setattr("eventwire.pipeline.prepare", no_coding)
    code, summary = _run_json(str(EXAMPLES / "summit-statement.html"), "--db", db)
    assert code == 0 and summary["unchanged"] == 1


def test_type_model_flag_is_refused_where_it_does_not_apply(tmp_path):
    result = CliRunner().invoke(main, ["eval", "dates", "--gold", str(tmp_path), "--type-model"])
    assert result.exit_code != 0 and "applies to the events and wire" in result.output


def test_type_model_run_codes_and_switching_it_recodes(tmp_path: Path, db: str) -> None:
    path = tmp_path / "vienna.html"
    path.write_text(PAGE, encoding="utf-8")
    code, first = _run_json(str(path), "--db", db, "--type-model")
    assert code == 0 and first["added"] == 1
    with Store(db) as store:
        assert store.rows("events")
    second = _run_json(str(path), "--db", db)[1]
    assert (second["updated"], second["unchanged"]) == (1, 0)  # other options, other coding


def test_negated_events_are_exported_only_when_asked(tmp_path: Path, db: str) -> None:
    path = tmp_path / "denial.txt"
    path.write_text(
        "Peru's government denied on Monday that its police had arrested the Chilean consul in Lima.\n",
        encoding="utf-8",
    )
    assert _run_json(str(path), "--db", db, "--published", "2025-01-08")[0] == 0
    plain = _invoke("export", "events", "--db", db).stdout.splitlines()
    everything = _invoke("export", "events", "--db", db, "--include-negated").stdout.splitlines()
    negated = [json.loads(line) for line in everything if json.loads(line)["negated"]]
    assert negated and len(plain) == len(everything) - len(negated)


def test_an_actor_correction_takes_a_country_code_only(db: str) -> None:
    _run_json(str(EXAMPLES / "summit-statement.html"), "--db", db)
    for typo in ("Belarus", "BLS"):
        result = CliRunner().invoke(
            main, ["actors", "set", "person:fumio-kishida", f"country={typo}", "--db", db]
        )
        assert result.exit_code == 2 and "ISO 3166 alpha-3" in result.output, result.output
    result = CliRunner().invoke(main, ["actors", "set", "person:fumio-kishida", "country=blr", "--db", db])
    assert result.exit_code == 0
    with Store(db) as store:
        (kishida,) = [row for row in store.rows("actors") if row["id"] == "person:fumio-kishida"]
    assert kishida["country"] == "BLR"
