"""What keeps the API safe to expose: bearer tokens, a request size limit, and URL fetching that
refuses to reach into the server's own network (server-side request forgery).
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.errors import InputError
from eventwire.fetch import TIMEOUT_SECONDS, make_fetcher

DEFAULT_MAX_REQUEST_BYTES = 10 * 1_048_576
PRIVATE_URL_HINT = (
    "the server fetches only public addresses; start it with --allow-private-urls to fetch this one, "
    "or send the page's text or html instead"
)

Resolver = Callable[[str, int], list[str]]


class RefusedURL(InputError):
    """A URL the server will not fetch because of where it points."""


def token_matches(header: str | None, token: str) -> bool:
    """Whether an Authorization header carries the bearer token (compared in constant time)."""
    scheme, _, given = (header or "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve(host: str, port: int) -> list[str]:
    """Every address a host name resolves to."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({info[4][0] for info in infos})


def public_address_problem(address: str) -> str | None:
    """Why an address must not be fetched (loopback, private, link-local, ...), or None if it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return f"a {kind.replace('_', '-')} address"
    if not ip.is_global:
        return "not a public address"
    return None


def check_url(url: str, resolver: Resolver = resolve) -> None:
    """Raise RefusedURL unless the URL is http(s) and every address of its host is public."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RefusedURL(url, "only http:// and https:// URLs with a host name can be fetched")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        addresses = resolver(parts.hostname, port)
    except (OSError, UnicodeError) as error:
        raise InputError(url, f"cannot resolve the host name {parts.hostname!r} ({error})") from None
    for address in addresses:
        problem = public_address_problem(address)
        if problem:
            raise RefusedURL(url, f"refused: {parts.hostname} resolves to {address}, {problem}")


def guarded_fetcher(
    max_bytes: int,
    allow_private: bool = False,
    resolver: Resolver = resolve,
    timeout: float = TIMEOUT_SECONDS,
) -> Callable[[str], tuple[str, str, bytes]]:
    """eventwire.fetch.make_fetcher, with every hop of a redirect chain checked first.

    A name could still resolve differently between the check and the connection (DNS
    rebinding); closing that needs connecting to the checked address, which TLS makes awkward.
    """
    check = None if allow_private else (lambda url: check_url(url, resolver))
    return make_fetcher(max_bytes, timeout=timeout, check_url=check)


class BodySizeLimit:
    """ASGI middleware: a request body over ``max_bytes`` gets 413, whether or not it says its length."""

    def __init__(self, app: ASGIApp, max_bytes: int = DEFAULT_MAX_REQUEST_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except _TooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        mb = self.max_bytes / 1_048_576
        body = json.dumps(
            {
                "error": f"the request is larger than the limit of {mb:.1f} MB",
                "hint": "send a smaller document, or start the server with a larger --max-request-mb",
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    """Raised inside the app when the streamed body passes the limit."""
