"""The cleaning stage: from an ingested Document to the article body, title and publication date.

HTML goes through trafilatura (with readability-lxml as the fallback when trafilatura finds
nothing or only a scrap); plain text goes through :func:`eventwire.chrome.clean_text`, which
strips the site chrome that scraping leaves in flattened pages.

The publication date is taken from the first of these that has one, and ``published_from``
says which: the record's own ``published`` field ("record"), what the page itself says
("html" metadata or a "text" dateline), the CLI's ``--published`` ("cli"); otherwise it is
``None`` ("unknown"). We never fall back to today's date or to a date in a URL the page does
not itself declare: an unknown date is better than an invented one, because every relative
expression ("last Tuesday") is resolved against it.
"""

from __future__ import annotations

import contextlib
import logging
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from eventwire.errors import InputError
from eventwire.records import Cleaned

if TYPE_CHECKING:
    from eventwire.records import Document

# The extractors log (readability with a traceback) for every page they cannot parse. We report
# such pages ourselves with an InputError, so their records reach only the handlers an
# application configured, instead of Python's last-resort printing to stderr.
for _library in ("readability", "htmldate", "trafilatura"):
    logging.getLogger(_library).addHandler(logging.NullHandler())

# A trafilatura body shorter than this (about 80 words) may be a teaser, a caption or a
# fragment of a page whose layout it misread: readability gets a try, and the longer text wins.
# On AEB this rescued one page in 181 (F1 0.964 -> 0.969) and changed no other.
MIN_BODY_CHARS = 500

# trafilatura settings chosen on the article-extraction benchmark (see evaluate/cleaning.py):
# favouring precision and leaving out reader comments gave the best shingle F1 (0.964 vs
# 0.953 for the defaults), and comments are not the article in any case.
# fast: no second extraction by trafilatura's own fallbacks (readability, jusText) to compare with.
# Measured: AEB F1 0.971 -> 0.973, trafilatura_eval_en 0.924 -> 0.926, and ~11 ms less per page; our
# own readability fallback below still runs when trafilatura finds too little.
TRAFILATURA_OPTIONS = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "fast": True,
}

ISO_DATE = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])")
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "figcaption",
        "dd",
        "dt",
    }
)
WHITESPACE = re.compile(r"\s+")


def clean_document(document: Document, default_published: str | None = None) -> Cleaned:
    """Clean one document: its body text, title, site and publication date.

    Raises :class:`InputError` naming the input when its ``published`` field cannot be read
    as a date, or when no article text is left after cleaning.
    """
    origin = document.origin or document.id
    record_date = normalise_date(document.published, origin) if document.published else None
    if document.html:
        cleaned = clean_html(document.html, origin)
        cleaned.text = drop_leading_title(cleaned.text, [document.title, cleaned.title])
    else:
        cleaned = _clean_plain_text(document.text or "", document.title)
    if not cleaned.text.strip():
        raise InputError(origin, "the document has no text left after cleaning (is it empty?)")
    if document.title and document.title.strip():
        cleaned.title = document.title.strip()
    _choose_published(cleaned, record_date, default_published, origin)
    return cleaned


def _choose_published(cleaned: Cleaned, record_date: str | None, cli_date: str | None, origin: str) -> None:
    """Apply the date priority: record field > the page itself > --published > unknown."""
    if record_date:
        cleaned.published, cleaned.published_from = record_date, "record"
    elif cleaned.published and _page_date(cleaned.published):
        cleaned.published = _page_date(cleaned.published)
    elif cli_date:
        cleaned.published, cleaned.published_from = normalise_date(cli_date, "--published"), "cli"
    else:
        cleaned.published, cleaned.published_from = None, "unknown"


def _page_date(value: str) -> str | None:
    """A date found in the page, normalised; a page date we cannot read counts as none."""
    try:
        return normalise_date(value, "page")
    except InputError:
        return None


def _clean_plain_text(text: str, title: str | None) -> Cleaned:
    from eventwire.chrome import clean_text

    cleaned = clean_text(text, title=title)
    if not cleaned.text.strip() and cleaned.title and not title:
        # A text that is one headline-like line ("Japan and Korea hold talks") is all the
        # document there is: it is the body as well as the title, not chrome to drop.
        cleaned.text = cleaned.title
    return cleaned


def drop_leading_title(text: str, titles: list[str | None]) -> str:
    """The body without a first paragraph that repeats the title.

    Extractors keep the page's <h1> as the first paragraph; the text path already lifts the
    headline out of the body, and both paths should give the same kind of body.
    """
    first, _, rest = text.partition("\n\n")
    wanted = {_comparable(title) for title in titles if title}
    if rest.strip() and _comparable(first) in wanted:
        return rest
    return text


def _comparable(text: str) -> str:
    return WHITESPACE.sub(" ", text).strip().rstrip(".:").casefold()


# --- dates -----------------------------------------------------------------------------------


def normalise_date(value: str, origin: str) -> str:
    """An ISO ``YYYY-MM-DD`` for a date written in a common format, as the publisher wrote it.

    Accepts ISO 8601 (with or without a time and zone), RFC 2822 as in RSS feeds
    ("Tue, 05 Mar 2024 14:00:00 GMT") and written dates ("5 March 2024", "March 5, 2024").
    The day is kept as written, not converted to another time zone. Relative or partial
    dates ("yesterday", "March 2024") are refused: they would need today's date to complete.
    """
    text = value.strip()
    parsed = _parse_iso(text) or _parse_rfc2822(text) or _parse_written(text)
    if parsed is None:
        raise InputError(
            origin,
            f"cannot read the publication date {value!r}: give a full date such as 2024-03-05",
        )
    return parsed.isoformat()


def _parse_iso(text: str) -> date | None:
    match = ISO_DATE.match(text)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _parse_rfc2822(text: str) -> date | None:
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _parse_written(text: str) -> date | None:
    import dateparser  # slow to import; most records carry ISO dates

    settings = {
        # Only absolute dates: "relative-time" would read "yesterday" against today's clock.
        "PARSERS": ["custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if isinstance(parsed, datetime) else None


# --- HTML ------------------------------------------------------------------------------------


def clean_html(html: str, origin: str) -> Cleaned:
    """The article in an HTML page: trafilatura first, readability-lxml when that finds too little."""
    html = html.replace("\x00", "")  # NUL bytes make lxml refuse the whole page
    cleaned = _extract_with_trafilatura(html)
    if len(cleaned.text) < MIN_BODY_CHARS:
        fallback = _without_chrome(_extract_with_readability(html))
        if fallback is not None and len(fallback.text) > len(cleaned.text):
            fallback.title = cleaned.title or fallback.title
            fallback.published, fallback.published_from = cleaned.published, cleaned.published_from
            fallback.site = cleaned.site
            cleaned = fallback
    if not cleaned.published:
        cleaned.published = dateline_in_page(html)
        cleaned.published_from = "text" if cleaned.published else "unknown"
    if not cleaned.text.strip():
        raise InputError(
            origin, "no article text found in the HTML (is it a full page, not a stub or an index?)"
        )
    return cleaned


def _without_chrome(fallback: Cleaned | None) -> Cleaned | None:
    """Readability keeps what trafilatura would have dropped as boilerplate (a cookie banner, the
    footer of a page with no article): the text path's chrome rules remove it."""
    from eventwire.chrome import clean_text

    if fallback is None:
        return None
    fallback.text = clean_text(fallback.text, title=fallback.title).text
    return fallback


def _extract_with_trafilatura(html: str) -> Cleaned:
    import trafilatura
    from trafilatura.settings import DEFAULT_CONFIG
    from trafilatura.utils import load_html

    tree = load_html(html, DEFAULT_CONFIG.getint("DEFAULT", "MAX_FILE_SIZE"))
    if tree is None:
        return Cleaned(text="", extractor="trafilatura")
    page = _page_metadata(tree)
    # bare_extraction works on a copy of the tree our metadata steps have read, as it would on its own.
    result = trafilatura.bare_extraction(tree, url=page.url, **TRAFILATURA_OPTIONS)
    if result is None:
        return Cleaned(text="", extractor="trafilatura")
    published = page.date or None
    return Cleaned(
        text=_paragraphs(result.text or ""),
        title=(page.title or "").strip() or None,
        published=published,
        published_from="html" if published else "unknown",
        site=(page.sitename or "").strip() or None,
        extractor="trafilatura",
    )


def _page_metadata(tree):
    """The page's title, date, site name and canonical URL, as trafilatura's ``extract_metadata``
    (2.3) finds them, step for step, without the fields we never read: author, categories, tags,
    licence and host name took over a third of the cleaning stage's time.
    Returns a trafilatura ``Document`` with those four fields set."""
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
        find_date,
    )

    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None  # as trafilatura does: the JSON-LD step below reads it
    with contextlib.suppress(Exception):  # trafilatura's own guard: bugs in its JSON-LD parsing
        metadata = extract_meta_json(tree, metadata)
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, None)
    metadata.date = find_date(tree, **{**_page_date_params(), "url": metadata.url})
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")  # a Twitter handle
        if "." not in metadata.sitename and not metadata.sitename[:1].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url and (match := META_URL.match(metadata.url)):
        metadata.sitename = match[1]
    metadata.clean_and_trim()
    return metadata


def _page_date_params() -> dict[str, object]:
    """htmldate options that accept only a date the page itself states.

    Extensive search is off: it scans all the text for any date-like string and ends with
    the copyright year as "January 1st", which is a guess, not a publication date. What is
    left reads the page's metadata, JSON-LD, <time> elements, its own canonical URL and
    date-stamped bylines. ``max_date`` only rejects dates in the future.
    """
    return {
        "extensive_search": False,
        "original_date": True,
        "max_date": date.today().isoformat(),
    }


def dateline_in_page(html: str) -> str | None:
    """A date the page states in its visible text near the article's start, or None.

    For pages whose markup carries no date (no metadata, no <time>, no dated byline class)
    but whose text has a dateline such as "Published September 14, 2023": the page is
    flattened to one line per block and read by the same dateline rules as plain-text inputs.
    """
    from lxml import etree
    from lxml import html as lxml_html

    from eventwire.chrome import clean_text

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, etree.ParserError):
        return None
    for element in tree.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    flat = _tree_text(tree)
    return clean_text(flat).published if flat else None


def _extract_with_readability(html: str) -> Cleaned | None:
    from lxml import etree
    from lxml import html as lxml_html
    from readability import Document as ReadabilityDocument
    from readability.readability import Unparseable

    try:
        page = ReadabilityDocument(html)
        summary = page.summary(html_partial=True)
        title = page.short_title()
        tree = lxml_html.fromstring(summary)
    except (Unparseable, ValueError, etree.ParserError):
        return None
    return Cleaned(text=_tree_text(tree), title=(title or "").strip() or None, extractor="readability")


def _tree_text(tree) -> str:
    """The text of an HTML tree with one block element per paragraph."""
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "br" or element.tag in BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
        if element.tag in BLOCK_TAGS:
            element.text = "\n" + (element.text or "")
    return _paragraphs(tree.text_content())


def _paragraphs(text: str) -> str:
    """One paragraph per non-empty line, paragraphs separated by a blank line."""
    lines = (WHITESPACE.sub(" ", line).strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)
