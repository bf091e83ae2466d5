"""The API's errors: every one is JSON with what went wrong and a hint about what to do."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire.api_models import ApiError
from eventwire.errors import EventwireError
from eventwire.store.queries import QueryError


def plain_errors(errors: Any) -> list[dict[str, Any]]:
    return [
        {"where": ".".join(str(part) for part in e.get("loc", ())), "problem": e.get("msg", "")}
        for e in errors
    ]


def first_problem(errors: Any) -> str:
    first = plain_errors(errors)[:1]
    return f"{first[0]['where']}: {first[0]['problem']}" if first else "unreadable"


def add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> JSONResponse:
        return JSONResponse(error.body(), status_code=error.status_code)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        hints = {
            404: "see /docs or /openapi.json for the endpoints",
            405: "see /openapi.json for allowed methods",
        }
        return JSONResponse({"error": str(error.detail), "hint": hints.get(error.status_code, "")},
                            status_code=error.status_code)  # fmt: skip

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        body = {"error": "the request is not valid: " + first_problem(error.errors()),
                "hint": "see /openapi.json for each parameter's type and range",
                "details": plain_errors(error.errors())}  # fmt: skip
        return JSONResponse(body, status_code=422)

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, error: QueryError) -> JSONResponse:
        return JSONResponse({"error": str(error), "hint": error.hint}, status_code=400)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        return JSONResponse(
            {
                "error": f"internal error ({type(error).__name__})",
                "hint": "the server log has the details; please report it",
            },
            status_code=500,
        )

    @app.exception_handler(EventwireError)
    async def eventwire_error(request: Request, error: EventwireError) -> JSONResponse:
        return JSONResponse(
            {"error": str(error), "hint": "check the input named in the error"}, status_code=400
        )
