"""The REST API and the web UI, served by one FastAPI app.

``create_app(db_path)`` builds the app (tests use it with TestClient); ``serve()``
runs it with uvicorn for ``eventwire serve``. Reads are open; writes need
``Authorization: Bearer <token>`` when a token is set. Every error is JSON:
``{"error": ..., "hint": ...}``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.background import BackgroundTask

from eventwire import __version__, export
from eventwire.api_errors import add_error_handlers, first_problem, plain_errors
from eventwire.api_ingest import code_and_store, documents_from_json, documents_from_upload
from eventwire.api_models import (
    MAX_PAGE,
    QUADS,
    ApiError,
    DocumentIn,
    event_types,
    page,
    plover_types,
    quad_of,
)
from eventwire.api_queries import Filter, refuse_unknown_parameters, shape_stats
from eventwire.api_security import (
    DEFAULT_MAX_REQUEST_BYTES,
    PRIVATE_URL_HINT,
    BodySizeLimit,
    RefusedURL,
    guarded_fetcher,
    is_loopback_host,
    token_matches,
)
from eventwire.errors import EventwireError
from eventwire.store import Store, queries

TOKEN_ENV = "EVENTWIRE_TOKEN"
WEB = resources.files("eventwire").joinpath("web")
# The UI loads nothing from elsewhere and runs no inline script: a document's markup can do nothing.
UI_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def open_store(request: Request) -> Iterator[Store]:
    """One connection per request, to the app's store."""
    with Store(request.app.state.settings["db"]) as opened:
        yield opened


def require_token(request: Request) -> None:
    """Writes need the bearer token, when the app has one."""
    token = request.app.state.settings["token"]
    if token and not token_matches(request.headers.get("authorization"), token):
        raise ApiError(
            401, "this endpoint needs a token", f"send 'Authorization: Bearer <token>' ({TOKEN_ENV})"
        )


StoreDep = Annotated[Store, Depends(open_store)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0)]


def create_app(
    db_path: str | Path,
    token: str | None = None,
    allow_private_urls: bool = False,
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
) -> FastAPI:
    """The API and UI over one store. ``token`` defaults to $EVENTWIRE_TOKEN; None leaves writes open."""
    token = token or os.environ.get(TOKEN_ENV) or None
    Store(db_path).close()  # create and migrate the store now, not on the first request
    app = FastAPI(
        dependencies=[Depends(refuse_unknown_parameters)],
        title="eventwire",
        version=__version__,
        description="Political event data (PLOVER) coded from news, with the evidence for every record.",
    )
    app.add_middleware(BodySizeLimit, max_bytes=max_request_bytes)
    app.state.settings = {"db": str(db_path), "token": token, "allow_private_urls": allow_private_urls}
    app.state.max_request_bytes = max_request_bytes
    add_error_handlers(app)
    _add_ui(app)

    _add_read_routes(app)
    _add_write_routes(app)
    return app


def _add_read_routes(app: FastAPI) -> None:
    @app.get("/health", tags=["meta"])
    def health(store: StoreDep) -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "counts": store.counts()}

    @app.get("/ontology", tags=["meta"])
    def ontology() -> dict[str, Any]:
        """PLOVER types with their quad class and base score, as the filters and legends use them."""
        return {"quads": list(QUADS), "types": plover_types()}

    @app.get("/documents", tags=["documents"])
    def list_documents(store: StoreDep, q: str | None = None, limit: Limit = 50, offset: Offset = 0) -> dict:
        """Documents, newest first; with ``q``, best full-text match first (FTS5 syntax)."""
        total, items = queries.documents(store, q or None, limit, offset)
        return page(total, items, limit, offset)

    @app.get("/documents/{doc_id:path}", tags=["documents"])  # JSONL ids may hold a slash
    def get_document(doc_id: str, store: StoreDep) -> dict:
        """A document with its clean text and every record coded from it."""
        record = queries.document(store, doc_id)
        if record is None:
            raise ApiError(404, f"no document {doc_id!r}", "GET /documents lists the stored ids")
        for event in record["events"]:
            event["quad"] = quad_of(event["type"])
        return record

    @app.get("/events", tags=["events"])
    def list_events(
        store: StoreDep, where: Filter, limit: Limit = 50, offset: Offset = 0, sort: str = "date"
    ) -> dict:
        """Events matching every filter given; negated events only with ``include_negated=true``."""
        total, items = queries.events(store, where, limit, offset, sort)
        for event in items:
            event["quad"] = quad_of(event["type"])
        return page(total, items, limit, offset)

    @app.get("/events/{event_id}", tags=["events"])
    def get_event(event_id: str, store: StoreDep) -> dict:
        event = queries.event(store, event_id)
        if event is None:
            raise ApiError(404, f"no event {event_id!r}", "GET /events lists events with their ids")
        return {**event, "quad": quad_of(event["type"])}

    @app.get("/actors", tags=["records"])
    def list_actors(
        store: StoreDep,
        q: str | None = None,
        country: str | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict:
        """The actor registry, most active first; ``q`` matches names, aliases and ids."""
        total, items = queries.actors(store, q, country, limit, offset)
        return page(total, items, limit, offset)

    @app.get("/quotes", tags=["records"])
    def list_quotes(
        store: StoreDep,
        q: str | None = None,
        speaker: str | None = None,
        doc_id: str | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict:
        total, items = queries.quotes(store, q, speaker, doc_id, limit, offset)
        return page(total, items, limit, offset)

    @app.get("/happenings", tags=["events"])
    def list_happenings(
        store: StoreDep, type: str | None = None, min_mentions: int = 1, limit: Limit = 50, offset: Offset = 0
    ) -> dict:
        """Events merged across reports: one record per happening, with mentions/documents/sources counts."""
        types = event_types([type] if type else None, None)  # as /events reads them: "consult" too
        total, items = queries.happenings(store, types, min_mentions=min_mentions, limit=limit, offset=offset)
        return page(total, items, limit, offset)

    @app.get("/stories", tags=["records"])
    def list_stories(store: StoreDep, limit: Limit = 100, offset: Offset = 0) -> dict:
        """Stories (documents grouped by topic), largest first, each with its documents' titles and dates."""
        total, items = queries.stories(store, limit, offset)
        documents = queries.story_documents(store, [item["id"] for item in items])
        return page(total, [{**item, "documents": documents[item["id"]]} for item in items], limit, offset)

    @app.get("/stats", tags=["events"])
    def stats(store: StoreDep, where: Filter) -> dict:
        """Matching events counted by day and quad class, by type, by dyad, and by place."""
        return shape_stats(queries.stats(store, where), queries.locations(store, where))

    @app.get("/export", tags=["records"])
    def export_records(
        kind: str, store: StoreDep, format: str = "jsonl", include_negated: bool = False
    ) -> FileResponse:
        """All stored records of a kind as a file: jsonl, csv or parquet (the CLI's `eventwire export`);
        negated events only with include_negated."""
        if kind not in export.KINDS or format not in export.FORMATS:
            raise ApiError(400, f"cannot export {kind!r} as {format!r}",
                           f"kind is one of {', '.join(export.KINDS)}; format one of {', '.join(export.FORMATS)}")  # fmt: skip
        folder = tempfile.mkdtemp(prefix="eventwire-export-")
        path = Path(folder) / f"{kind}.{'csv' if format == 'cameo' else format}"
        try:
            export.export_kind(store, kind, format, path, include_negated)
        except EventwireError as error:
            raise ApiError(400, str(error), "format=cameo exports events only") from None
        media = {
            "jsonl": "application/x-ndjson",
            "csv": "text/csv",
            "cameo": "text/csv",
            "parquet": "application/vnd.apache.parquet",
        }
        return FileResponse(path, media_type=media[format], filename=path.name,
                            background=BackgroundTask(_remove_folder, Path(folder)))  # fmt: skip


def _remove_folder(folder: Path) -> None:
    for file in folder.iterdir():
        file.unlink()
    folder.rmdir()


def _add_write_routes(app: FastAPI) -> None:
    settings = app.state.settings
    max_bytes = app.state.max_request_bytes

    @app.post(
        "/documents",
        tags=["documents"],
        status_code=201,
        dependencies=[Depends(require_token)],
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": DocumentIn.model_json_schema()},
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "required": ["file"],
                            "properties": {
                                "file": {"type": "string", "format": "binary"},
                                **{
                                    name: {"type": "string"}
                                    for name in ("id", "title", "published", "source")
                                },
                                "any_language": {"type": "boolean"},
                            },
                        }
                    },
                },
            }
        },
    )
    async def post_document(request: Request, store: StoreDep) -> JSONResponse:
        """Code a document (JSON text, html or url; or an uploaded .txt/.html/.jsonl file) and store it."""
        kind = request.headers.get("content-type", "")
        if kind.startswith("multipart/form-data"):
            form = await request.form()
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                raise ApiError(400, "the form has no file", "send the document as a form field named 'file'")
            fields = {key: value for key, value in form.items() if isinstance(value, str)}
            data = await upload.read()
            items = await run_in_threadpool(
                documents_from_upload, upload.filename or "", data, max_bytes, fields
            )
            any_language = fields.get("any_language", "").lower() in ("1", "true", "yes", "on")
        elif kind.startswith("application/json"):
            body = _document_body(await request.body())
            fetcher = guarded_fetcher(max_bytes, allow_private=settings["allow_private_urls"])
            try:
                items = await run_in_threadpool(documents_from_json, body, fetcher, max_bytes)
            except RefusedURL as refused:
                raise ApiError(400, str(refused), PRIVATE_URL_HINT) from None
            any_language = body.any_language
        else:
            raise ApiError(415, f"cannot read a body of type {kind or 'none'!r}",
                           "send application/json ({'text': ...}) or multipart/form-data with a 'file'")  # fmt: skip
        result = await run_in_threadpool(code_and_store, store, items, any_language)
        if not result["documents"]:
            refused = next((f for f in result["failed"] if f["error"].startswith("refused:")), None)
            hint = PRIVATE_URL_HINT if refused else "fix the input named in details and send it again"
            raise ApiError(
                422, "nothing could be coded: " + result["failed"][0]["error"], hint, result["failed"]
            )
        return JSONResponse(result, status_code=201)

    @app.post("/stories", tags=["records"], dependencies=[Depends(require_token)])
    def rebuild_stories(store: StoreDep) -> dict:
        """Group every stored document into stories again (replaces the stored grouping)."""
        from eventwire.stories import StoryInput, build_stories

        stories = build_stories([StoryInput(**row) for row in queries.story_inputs(store)])
        return {"stories": store.replace_stories(stories)}


def _document_body(raw: bytes) -> DocumentIn:
    try:
        body = DocumentIn.model_validate_json(raw or b"{}")
    except ValidationError as error:
        raise ApiError(422, "the document is not valid: " + first_problem(error.errors()),
                       "send JSON like {\"text\": \"...\", \"title\": \"...\", \"published\": \"2024-05-01\"}",
                       plain_errors(error.errors())) from None  # fmt: skip
    if not any(value and value.strip() for value in (body.text, body.html, body.url)):
        raise ApiError(422, "the document has no text, html or url", "give one of 'text', 'html' or 'url'")
    return body


def _add_ui(app: FastAPI) -> None:
    static = StaticFiles(directory=str(WEB))

    @app.middleware("http")
    async def ui_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if request.url.path == "/" or request.url.path.startswith("/static/"):
            response.headers.update(UI_SECURITY_HEADERS)
        return response

    app.mount("/static", static, name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(WEB.joinpath("index.html")), media_type="text/html")


def serve(
    db: str,
    host: str = "127.0.0.1",
    port: int = 8000,
    allow_private_urls: bool = False,
    max_request_mb: float = DEFAULT_MAX_REQUEST_BYTES / 1_048_576,
) -> None:
    """Run the API and UI with uvicorn. A host other than loopback needs $EVENTWIRE_TOKEN."""
    import uvicorn

    token = os.environ.get(TOKEN_ENV) or None
    if not is_loopback_host(host) and not token:
        raise EventwireError(
            f"refusing to serve on {host} without a token: anyone who can reach it could write to the store. "
            f"Set {TOKEN_ENV} to a long random secret, or serve on 127.0.0.1"
        )
    app = create_app(db, token=token, allow_private_urls=allow_private_urls,
                     max_request_bytes=int(max_request_mb * 1_048_576))  # fmt: skip
    uvicorn.run(app, host=host, port=port, log_level="info")
