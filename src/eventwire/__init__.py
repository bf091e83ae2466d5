"""eventwire: read news, write political event data.

    >>> import eventwire
    >>> doc = eventwire.code("Japan and South Korea held talks in Seoul on Friday.", published="2024-09-06")
    >>> [(event.type, [actor.country for actor in event.actor]) for event in doc.events]

``code`` codes one text or HTML page and returns a :class:`CodedDocument` with its
actors, quotes, dates, places and events; :class:`Pipeline` codes many, batched,
in one or more processes. Nothing is stored: :class:`Store` does that.
"""

from __future__ import annotations

__version__ = "0.1.0"

from eventwire.errors import EventwireError, InputError
from eventwire.pipeline import Options, Pipeline, code_document
from eventwire.records import (
    Actor,
    ActorMention,
    CodedDocument,
    Document,
    Event,
    Place,
    Quote,
    TimeExpression,
    to_dict,
)
from eventwire.store import Store

__all__ = [
    "Actor",
    "ActorMention",
    "CodedDocument",
    "Document",
    "Event",
    "EventwireError",
    "InputError",
    "Options",
    "Pipeline",
    "Place",
    "Quote",
    "Store",
    "TimeExpression",
    "code",
    "code_document",
    "to_dict",
]


def code(
    text: str | None = None,
    *,
    html: str | None = None,
    published: str | None = None,
    title: str | None = None,
    id: str = "document",
    url: str | None = None,
    source: str | None = None,
    model: str | None = None,
) -> CodedDocument:
    """Code one article given as text (or as an HTML page) and return what eventwire found in it."""
    if (text is None) == (html is None):
        raise EventwireError("give eventwire.code() either text or html=, not both and not neither")
    document = Document(id=id, text=text, html=html, title=title, published=published, url=url, source=source)
    return code_document(document, Options(model=model))
