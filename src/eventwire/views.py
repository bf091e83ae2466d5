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
from rich.table import Table

from eventwire.store import Store

Reporter = Callable[..., None]


@contextmanager
def progress(enabled: bool = True) -> Iterator[Reporter]:
    """A reporter for per-document outcomes: a live rich bar on a terminal, plain lines otherwise.

    Failures are always printed, as one line each, on stderr.
    """
    console = Console(stderr=True)
    if not enabled:
        yield lambda message, failed=False: None
        return
    if not console.is_terminal:

        def plain(message: str, failed: bool = False) -> None:
            click.echo(message, err=True)

        yield plain
        return
    columns = (SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, TextColumn("{task.description}"), console=console, transient=True) as bar:
        task = bar.add_task("", total=None)

        def live(message: str, failed: bool = False) -> None:
            if failed:
                bar.console.print(f"[red]{message}[/red]", markup=True, highlight=False)
            bar.update(task, advance=1, description=message[:60])

        yield live


def run_summary_line(summary: dict[str, Any]) -> str:
    parts = [f"{summary[key]} {key}" for key in ("added", "updated", "unchanged", "failed")]
    return (
        f"{', '.join(parts)} in {summary['seconds']} s; "
        f"{summary['documents_in_store']} documents in {summary['db']}"
    )


def print_document(document: dict[str, Any], why: bool = False) -> None:
    """The article as stored, with its metadata; with ``why``, what cleaning removed and why."""
    out = Console(highlight=False)
    out.print(f"[bold]{document['title'] or '(no title)'}[/bold]  [dim]{document['id']}[/dim]")
    published = document["published"] or "unknown"
    out.print(
        f"published {published} (from {document['published_from']})  source {document['source'] or '-'}"
    )
    out.print(f"input {document['origin']}  extractor {document['extractor']}")
    out.print()
    out.print(document["text"], markup=False, soft_wrap=True)
    if why:
        removed = document["removed"] or []
        out.print()
        out.print(f"[bold]Removed by cleaning[/bold] ({len(removed)} lines)")
        for line in removed:
            out.print(f"  line {line['line_no']:>4}  [yellow]{line['reason']}[/yellow]: ", end="")
            out.print(_shorten(line["text"]), markup=False)


def _shorten(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_summary(store: Store) -> None:
    out = Console(highlight=False)
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
    failures = store.failures()
    if failures:
        table = Table("input", "error", title="Inputs that failed")
        for failure in failures:
            table.add_row(failure["origin"], failure["error"])
        out.print(table)


def print_actors(rows: list[dict[str, Any]]) -> None:
    table = Table("id", "name", "kind", "country", "sector", "role", "documents")
    for row in rows:
        table.add_row(
            row["id"], row["name"], row["kind"], row["country"] or "", row["sector"] or "", row["role"] or "",
            str(len(row["documents"])),
        )  # fmt: skip
    Console(highlight=False, file=sys.stdout).print(table)
