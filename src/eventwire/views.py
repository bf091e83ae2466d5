"""How the CLI shows things to a person: progress, summaries, documents, actors."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Column, Table
from rich.text import Text

from eventwire.store import Store

Reporter = Callable[..., None]
# Piped into a file or a pager, tables get room instead of a terminal's default 80 columns.
PIPED_WIDTH = 160


def _stdout() -> Console:
    return Console(highlight=False, file=sys.stdout, width=None if sys.stdout.isatty() else PIPED_WIDTH)


@contextmanager
def progress(enabled: bool = True) -> Iterator[Reporter]:
    """A reporter for per-document outcomes: a live rich bar on a terminal, plain lines otherwise.

    Failures and notices (an input skipped as a duplicate) are always printed, as one line each,
    on stderr.
    """
    console = Console(stderr=True)
    if not enabled:
        yield lambda message, failed=False, notice=False: None
        return
    if not console.is_terminal:

        def plain(message: str, failed: bool = False, notice: bool = False) -> None:
            click.echo(message, err=True)

        yield plain
        return
    columns = (SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, TextColumn("{task.description}"), console=console, transient=True) as bar:
        task = bar.add_task("", total=None)

        def live(message: str, failed: bool = False, notice: bool = False) -> None:
            if failed:
                bar.console.print(f"[red]{message}[/red]", markup=True, highlight=False)
            elif notice:
                bar.console.print(message, markup=False, highlight=False)
            bar.update(task, advance=1, description=message[:60])

        yield live


def run_summary_line(summary: dict[str, Any]) -> str:
    parts = [f"{summary[key]} {key}" for key in ("added", "updated", "unchanged", "failed")]
    if summary.get("duplicate"):
        parts.insert(3, f"{summary['duplicate']} skipped as duplicates")
    return (
        f"{', '.join(parts)} in {summary['seconds']} s; "
        f"{summary['documents_in_store']} documents in {summary['db']}"
    )


MARK_STYLES = {"actor": "bold cyan", "quote": "green", "date": "magenta", "place": "yellow underline"}


def marked_text(document: dict[str, Any]) -> Text:
    """The article text with actors, quotes, dates and places styled in place."""
    text = Text(document["text"])
    spans = [("quote", q) for q in document.get("quotes", [])]
    spans += [("actor", m) for m in document.get("mentions", [])]
    spans += [("date", d) for d in document.get("dates", [])]
    spans += [("place", p) for p in document.get("places", [])]
    for kind, span in spans:
        text.stylize(MARK_STYLES[kind], span["start"], span["end"])
    return text


def print_document(document: dict[str, Any], actors: dict[str, dict[str, Any]], why: bool = False) -> None:
    """The article with what eventwire found in it marked; with ``why``, what cleaning removed and why."""
    out = _stdout()
    out.print(f"[bold]{document['title'] or '(no title)'}[/bold]  [dim]{document['id']}[/dim]")
    published = document["published"] or "unknown"
    out.print(
        f"published {published} (from {document['published_from']})  source {document['source'] or '-'}"
    )
    out.print(f"input {document['origin']}  extractor {document['extractor']}")
    out.print("marks: " + "  ".join(f"[{style}]{kind}[/{style}]" for kind, style in MARK_STYLES.items()))
    out.print()
    out.print(marked_text(document), soft_wrap=True)
    _print_records(out, document, actors)
    if why:
        removed = document["removed"] or []
        out.print()
        out.print(f"[bold]Removed by cleaning[/bold] ({len(removed)} lines)")
        for line in removed:
            out.print(f"  line {line['line_no']:>4}  [yellow]{line['reason']}[/yellow]: ", end="")
            out.print(_shorten(line["text"]), markup=False)


def _actor_label(actor_id: str | None, actors: dict[str, dict[str, Any]]) -> str:
    if actor_id is None:
        return "(unknown)"
    actor = actors.get(actor_id)
    if actor is None:
        return actor_id
    codes = " ".join(filter(None, (actor["country"], actor.get("igo"), actor["sector"])))
    return f"{actor['name']} [{codes}]" if codes else actor["name"]


def _print_records(out: Console, document: dict[str, Any], actors: dict[str, dict[str, Any]]) -> None:
    mentioned = dict.fromkeys(m["actor_id"] for m in document.get("mentions", []))
    sections: list[tuple[str, list[str]]] = [
        (
            "Actors",
            [f"{_actor_label(a, actors)}  {actors.get(a, {}).get('role') or ''}".rstrip() for a in mentioned],
        ),
        (
            "Quotes",
            [
                f"{_actor_label(q['speaker'], actors)} ({q['cue'] or 'no cue'}, {'direct' if q['direct'] else 'reported'}): "
                f"{_shorten(q['text'], 90)}"
                for q in document.get("quotes", [])
            ],
        ),
        (
            "Dates",
            [
                f"{d['text']} -> {d['value'] or 'unresolved'} ({d['precision']})"
                for d in document.get("dates", [])
            ],
        ),
        (
            "Places",
            [
                f"{p['text']} -> {p['name']}, {p['country'] or '?'} ({p['lat']:.2f}, {p['lon']:.2f})"
                if p["lat"] is not None
                else f"{p['text']} -> {p['name']}"
                for p in document.get("places", [])
            ],
        ),
        ("Events", [_event_line(e) for e in document.get("events", [])]),
    ]
    for title, lines in sections:
        out.print()
        out.print(f"[bold]{title}[/bold] ({len(lines)})")
        for line in lines:
            out.print(f"  {line}", markup=False)


def _event_line(event: dict[str, Any]) -> str:
    def side(actors: list[dict[str, Any]]) -> str:
        return (
            " + ".join(
                f"{a['name']} [{a.get('country') or '?'} {a.get('sector') or ''}]".replace(" ]", "]")
                for a in actors
            )
            or "-"
        )

    flags = [flag for flag in ("negated", "future", "hypothetical", "historical") if event.get(flag)]
    evidence = event["evidence"][0] if event.get("evidence") else {}
    where = f" in {event['location']['name']}" if event.get("location") else ""
    return (
        f"{event['type']}{'/' + event['mode'] if event.get('mode') else ''}: {side(event['actor'])} -> "
        f"{side(event['recipient'])}, {event.get('date') or 'undated'}{where}"
        f"{' (' + ', '.join(flags) + ')' if flags else ''}; trigger {' '.join(evidence.get('triggers', []))!r}"
        f" by rule {evidence.get('rule')}"
    )


def _shorten(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_summary(store: Store) -> None:
    out = _stdout()
    counts = store.counts()
    out.print("  ".join(f"{name} {number}" for name, number in counts.items()))
    table = Table("id", "published", "title", "chars", title=f"Documents in {store.path}")
    for document in store.documents():
        table.add_row(
            document["id"],
            document["published"] or "unknown",
            document["title"] or "",
            str(len(document["text"])),
        )
    out.print(table)
    events = store.rows("events")
    if events:
        table = Table("type", "actor", "recipient", "date", "where", "document", title="Events")
        for event in events[:40]:
            table.add_row(
                event["type"] + (" (negated)" if event.get("negated") else ""),
                " + ".join(a["name"] for a in event["actor"]) or "-",
                " + ".join(a["name"] for a in event["recipient"]) or "-",
                event.get("date") or "undated",
                (event.get("location") or {}).get("name", ""),
                event["doc_id"],
            )
        out.print(table)
        if len(events) > 40:
            out.print(f"… and {len(events) - 40} more: `eventwire export events`")
    failures = store.failures()
    if failures:
        table = Table("input", "error", title="Inputs that failed")
        for failure in failures:
            table.add_row(failure["origin"], failure["error"])
        out.print(table)


def print_actors(rows: list[dict[str, Any]]) -> None:
    # The id is what `eventwire actors show|set` take: never shortened.
    table = Table(Column("id", no_wrap=True), "name", "kind", "country", "sector", "role", "documents")
    for row in rows:
        table.add_row(
            row["id"], row["name"], row["kind"], row["country"] or "", row["sector"] or "", row["role"] or "",
            str(len(row["documents"])),
        )  # fmt: skip
    _stdout().print(table)


def print_stories(stories: list[Any]) -> None:
    table = Table("story", "documents", "label", "terms", title=f"{len(stories)} stories")
    for story in sorted(stories, key=lambda story: -len(story.doc_ids)):
        table.add_row(story.id, str(len(story.doc_ids)), story.title or "", ", ".join(story.terms))
    _stdout().print(table)
