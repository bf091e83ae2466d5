"""The `eventwire` command line."""

from __future__ import annotations

import importlib
import inspect
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import click

from eventwire import __version__, export, views
from eventwire.errors import EventwireError, InputError
from eventwire.ingest import DEFAULT_MAX_BYTES, read_inputs, unique_ids
from eventwire.language import MODEL_ENV
from eventwire.pipeline import Options, Pipeline, Unchanged
from eventwire.records import CodedDocument
from eventwire.store import DEFAULT_DB, Store

EVAL_STAGES = (
    "cleaning",
    "chrome",
    "dates",
    "places",
    "actors",
    "quotes",
    "events",
    "wire",
    "stories",
    "petrarch",
)


db_option = click.option(
    "--db", default=DEFAULT_DB, show_default=True, envvar="EVENTWIRE_DB", help="The SQLite store to use."
)


def open_existing(db: str) -> Store:
    """The store at ``db`` for a command that only reads or corrects it: a mistyped --db must not
    quietly create an empty store and answer from it."""
    if db != ":memory:" and not Path(db).exists():
        raise click.ClickException(
            f"there is no store at {db}; `eventwire run INPUT... --db {db}` creates one, "
            "or give the store's path with --db (or EVENTWIRE_DB)"
        )
    return Store(db)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """eventwire: read news, write political event data (PLOVER) with the evidence for each record."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that do not say theirs.")
@click.option(
    "--model", envvar=MODEL_ENV, help="spaCy pipeline to load (default: en_core_web_sm if installed)."
)
@click.option("--max-size", type=click.FloatRange(0, min_open=True), default=DEFAULT_MAX_BYTES / 1_048_576, show_default=True,
              help="Largest single document to accept, in MB.")  # fmt: skip
@click.option("--any-language", is_flag=True, help="Store non-English documents instead of refusing them.")
@click.option(
    "--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes to code with."
)
@click.option("--clean-only", is_flag=True, help="Only clean and store the documents; no NLP stages.")
@click.option(
    "--type-model",
    is_flag=True,
    help="Let the learned event-type classifier revise the rules' types (measured: no better yet).",
)
@click.option("--event-filter", is_flag=True, help="Let the learned filter drop events it finds spurious.")
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable run summary.")
def run(
    inputs: tuple[str, ...],
    db: str,
    published: str | None,
    model: str | None,
    max_size: float,
    any_language: bool,
    workers: int,
    clean_only: bool,
    type_model: bool,
    event_filter: bool,
    as_json: bool,
) -> None:
    """Code INPUTS (.txt, .html, .jsonl files, folders, http(s) pages or RSS/Atom feeds; - reads one
    article from standard input) into the store."""
    if published:
        published = _valid_date(published)
    options = Options(
        default_published=published,
        allow_any_language=any_language,
        model=model,
        clean_only=clean_only,
        type_model=type_model,
        event_filter=event_filter,
    )
    items = read_inputs(inputs, max_bytes=int(max_size * 1_048_576))
    started = time.perf_counter()
    with Store(db) as store:
        pipeline = Pipeline(options, workers=workers, known=store.known_actors())
        copies: list[dict[str, str]] = []
        results = pipeline.code_stream(unique_ids(items, copies), stored=store.stored_hash)
        summary = _run_into(store, pipeline, results, quiet=as_json, copies=copies)
        # This run's events join the stored reports of the same happenings.
        store.refresh_happenings()
        summary.update(db=db, documents_in_store=store.counts()["documents"])
    summary["seconds"] = round(time.perf_counter() - started, 2)
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        click.echo(views.run_summary_line(summary), err=True)
    sys.exit(1 if summary["failed"] else 0)


def _valid_date(value: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date like 2022-06-24", param_hint="--published"
        ) from None


def _run_into(
    store: Store,
    pipeline: Pipeline,
    results: Iterator[CodedDocument | InputError | Unchanged],
    quiet: bool,
    copies: list[dict[str, str]] | None = None,
) -> dict:
    """Store each result and report it; ``copies`` fills with inputs left out as copies of others."""
    counts = {"added": 0, "updated": 0, "unchanged": 0, "duplicate": 0, "failed": 0}
    failures: list[dict[str, str]] = []
    duplicates: list[dict[str, str]] = []
    with views.progress(enabled=not quiet) as report:
        for result in results:
            if isinstance(result, InputError):
                store.record_failure(result.origin, result.reason)
                counts["failed"] += 1
                failures.append({"input": result.origin, "error": result.reason})
                report(f"failed     {result}", failed=True)
                continue
            if isinstance(result, Unchanged):
                store.clear_failure(result.origin)
                counts["unchanged"] += 1
                report(f"unchanged  {result.id}")
                continue
            outcome = store.save(result)
            counts[outcome] += 1
            if outcome == "duplicate":
                duplicates.append(_duplicate_note(store, result))
                report(duplicates[-1]["note"], notice=True)
                continue
            # Later documents of this run may use what this one taught the registry; an actor the
            # registry already had keeps its stored version (a user's corrections among it).
            for actor in result.actors:
                pipeline.known.setdefault(actor.id, actor)
            report(f"{outcome:<10} {result.id}  {result.title or ''}".rstrip())
        for copy in copies or ():
            report(copy["note"], notice=True)
    duplicates += copies or []
    counts["duplicate"] += len(copies or [])
    return {**counts, "failures": failures, "duplicates": duplicates}


def _duplicate_note(store: Store, coded: CodedDocument) -> dict[str, str]:
    """What to tell the user of an input whose text is already stored under another id."""
    twin = store.duplicate_note(coded) or {"same_as": "?", "note": f"{coded.origin}: a duplicate; skipped"}
    return {"input": coded.origin, "id": coded.id, **twin}


@main.command()
@click.argument("doc_id")
@db_option
@click.option("--why", is_flag=True, help="Also print each line cleaning removed, and the reason.")
def show(doc_id: str, db: str, why: bool) -> None:
    """Print a stored document with what eventwire found in it."""
    with open_existing(db) as store:
        document = store.document(doc_id)
        if document is None:
            raise click.ClickException(f"no document {doc_id!r} in {db}; `eventwire summary` lists them")
        actors = {row["id"]: row for row in store.rows("actors")}
    views.print_document(document, actors, why=why)


@main.command()
@db_option
def summary(db: str) -> None:
    """What the store holds: counts, documents, and failed inputs."""
    with open_existing(db) as store:
        views.print_summary(store)


@main.command(name="export")
@click.argument("kind", type=click.Choice(export.KINDS))
@db_option
@click.option("--format", "fmt", type=click.Choice(export.FORMATS), default="jsonl", show_default=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout)."
)
@click.option("--include-negated", is_flag=True, help="Events: also those coded as not having happened.")
def export_command(kind: str, db: str, fmt: str, output: Path | None, include_negated: bool) -> None:
    """Export stored records of KIND."""
    with open_existing(db) as store:
        count = export.export_kind(store, kind, fmt, output, include_negated)
    if output is not None:
        # a CAMEO row is one actor-recipient pair of an event: an event of two actors makes two rows
        what = "CAMEO rows (one per actor-recipient pair of an event)" if fmt == "cameo" else kind
        click.echo(f"wrote {count} {what} to {output}", err=True)


@main.command()
@db_option
def merge(db: str) -> None:
    """Merge every stored event into happenings again: the reports of one happening become one record."""
    started = time.perf_counter()
    with open_existing(db) as store:
        counts = store.rebuild_happenings()
    seconds = time.perf_counter() - started
    click.echo(f"{counts['events']} events -> {counts['happenings']} happenings in {seconds:.2f} s", err=True)


@main.command(name="eval")
@click.argument("stage", type=click.Choice(EVAL_STAGES))
@click.option(
    "--gold", required=True, type=click.Path(exists=True, path_type=Path), help="Gold data to score against."
)
@click.option("--limit", type=int, help="Score only the first N items (where the stage supports it).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option(
    "--type-model",
    is_flag=True,
    help="Let the learned event-type classifier revise the rules' types before scoring (events, wire).",
)
@click.option(
    "--event-filter", is_flag=True, help="Drop the events the learned filter finds spurious (events, wire)."
)
def eval_command(
    stage: str, gold: Path, limit: int | None, as_json: bool, type_model: bool, event_filter: bool
) -> None:
    """Score a STAGE against gold data: precision, recall, F1 and more."""
    module = importlib.import_module(f"eventwire.evaluate.{stage}")
    parameters = inspect.signature(module.evaluate).parameters
    kwargs: dict[str, object] = {"limit": limit} if limit and "limit" in parameters else {}
    if type_model:
        if "type_model" not in parameters:
            raise click.UsageError(f"--type-model applies to the events and wire evaluations, not {stage}")
        kwargs["type_model"] = True
    if event_filter:
        if "event_filter" not in parameters:
            raise click.UsageError(f"--event-filter applies to the events and wire evaluations, not {stage}")
        kwargs["event_filter"] = True
    report = module.evaluate(gold, **kwargs)
    if as_json:
        click.echo(
            json.dumps({"name": report.name, "gold": report.gold, "items": report.items, **report.metrics})
        )
    else:
        click.echo("\n".join(report.lines()))


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the stories as JSON Lines.")
def stories(db: str, as_json: bool) -> None:
    """Group stored documents about the same happening into stories (replaces the stored grouping)."""
    from eventwire.store import queries
    from eventwire.stories import StoryInput, build_stories

    with open_existing(db) as store:
        grouped = build_stories([StoryInput(**row) for row in queries.story_inputs(store)])
        store.replace_stories(grouped)
    if as_json:
        for story in grouped:
            click.echo(
                json.dumps(
                    {"id": story.id, "title": story.title, "terms": story.terms, "documents": story.doc_ids}
                )
            )
    else:
        views.print_stories(grouped)


@main.group()
def actors() -> None:
    """The actor registry: list, inspect and correct actors."""


@actors.command(name="list")
@db_option
@click.option("--country", help="Only actors of this country code (e.g. RUS, IGO).")
def actors_list(db: str, country: str | None) -> None:
    """List known actors."""
    with open_existing(db) as store:
        rows = [row for row in store.rows("actors") if not country or row["country"] == country.upper()]
    views.print_actors(rows)


@actors.command(name="show")
@click.argument("actor_id")
@db_option
def actors_show(actor_id: str, db: str) -> None:
    """Show one actor with its provenance."""
    with open_existing(db) as store:
        rows = [row for row in store.rows("actors") if row["id"] == actor_id]
    if not rows:
        raise click.ClickException(f"no actor {actor_id!r}; `eventwire actors list` shows their ids")
    click.echo(json.dumps(rows[0], ensure_ascii=False, indent=2))


@actors.command(name="set")
@click.argument("actor_id")
@click.argument("assignments", nargs=-1, required=True)
@db_option
def actors_set(actor_id: str, assignments: tuple[str, ...], db: str) -> None:
    """Correct an actor: eventwire actors set ID country=BLR sector=MIL. Later documents keep it."""
    fields = {}
    for assignment in assignments:
        name, sep, value = assignment.partition("=")
        if not sep:
            raise click.BadParameter(f"{assignment!r} is not FIELD=VALUE", param_hint="ASSIGNMENTS")
        fields[name.strip()] = value.strip() or None
    if fields.get("country"):
        fields["country"] = _country_code(fields["country"])
    with open_existing(db) as store:
        store.set_actor_fields(actor_id, **fields)
    click.echo(f"updated {actor_id}: " + ", ".join(f"{k}={v}" for k, v in fields.items()))


def _country_code(value: str) -> str:
    """A country correction as the registry keeps it: an ISO 3166 alpha-3 code (upper case), or IGO.
    A typo ('country=Belarus', 'country=BLS') would be kept by every later document."""
    from eventwire.countries import country_name

    code = value.upper()
    if code != "IGO" and country_name(code) == code:
        raise click.BadParameter(
            f"{value!r} is not a country code; give its ISO 3166 alpha-3 code (BLR, RUS...) or IGO",
            param_hint="country=",
        )
    return code


@main.command()
@db_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (other than loopback needs EVENTWIRE_TOKEN).",
)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--allow-private-urls", is_flag=True, help="Let POST /documents fetch loopback and private addresses."
)
@click.option(
    "--max-request-mb", type=float, default=10.0, show_default=True, help="Largest request body accepted."
)
def serve(db: str, host: str, port: int, allow_private_urls: bool, max_request_mb: float) -> None:
    """Serve the REST API (/docs, /openapi.json) and the web UI (/) over the store."""
    from eventwire.api import serve as run_server

    run_server(db, host=host, port=port, allow_private_urls=allow_private_urls, max_request_mb=max_request_mb)


def run_cli() -> None:
    """Entry point that turns eventwire's own errors into one clear line and exit code 2."""
    try:
        main(standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except (click.Abort, KeyboardInterrupt):
        click.echo(
            "aborted: what was stored before stays stored; run the same command again to go on "
            "(documents already stored are skipped as unchanged)",
            err=True,
        )
        sys.exit(130)
    except EventwireError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
