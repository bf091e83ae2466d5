"""Fetching pages and feeds over HTTP(S), with limits and errors that name the URL."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser
import httpx

from eventwire import __version__
from eventwire.errors import InputError

USER_AGENT = f"eventwire/{__version__} (+https://pypi.org/project/eventwire/)"
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
TIMEOUT_SECONDS = 20.0
MAX_REDIRECTS = 5


@dataclass(slots=True)
class FeedEntry:
    link: str
    title: str | None
    published: str | None
    source: str | None


def make_fetcher(
    max_bytes: int,
    timeout: float = TIMEOUT_SECONDS,
    check_url: Callable[[str], None] | None = None,
) -> Callable[[str], tuple[str, str, bytes]]:
    """A function URL -> (final URL, content type, body) that enforces a size limit.

    Redirects are followed by hand so that ``check_url`` (which raises InputError to refuse a
    URL, e.g. one that resolves to a private address) sees every hop, not just the first.
    """
    client = httpx.Client(follow_redirects=False, timeout=timeout, headers={"User-Agent": USER_AGENT})

    def fetch(url: str) -> tuple[str, str, bytes]:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            if check_url is not None:
                check_url(current)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise InputError(url, f"the server answered HTTP {response.status_code}")
                    body = _read_limited(response, url, max_bytes)
                    return current, response.headers.get("content-type", ""), body
            except httpx.TimeoutException:
                raise InputError(url, f"no answer within {timeout:.0f} s; try again later") from None
            except httpx.HTTPError as error:
                raise InputError(url, f"cannot fetch the URL ({type(error).__name__}: {error})") from None
        raise InputError(url, f"more than {MAX_REDIRECTS} redirects")

    return fetch


def _read_limited(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, f"the page is over the limit of {max_bytes / 1_048_576:.1f} MB")
        chunks.append(chunk)
    return b"".join(chunks)


def looks_like_feed(content_type: str, body: bytes) -> bool:
    """True for RSS/Atom, by content type or by the document's root element."""
    kind = content_type.split(";")[0].strip().lower()
    if kind in FEED_TYPES:
        return True
    head = body[:1024].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def feed_entries(body: bytes) -> list[FeedEntry]:
    """Entries of an RSS/Atom feed that link to a page."""
    parsed = feedparser.parse(body)
    source = parsed.feed.get("title") if parsed.get("feed") else None
    entries = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", stamp) if stamp else None
        entries.append(FeedEntry(link=link, title=entry.get("title"), published=published, source=source))
    return entries
