"""The cleaning stage reads a page's title, date, site name and URL as trafilatura's own
``extract_metadata`` does (clean._page_metadata skips only the fields we never read)."""

from __future__ import annotations

import gzip
from pathlib import Path

from tests.conftest import shared_path
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from eventwire.clean import _page_date_params, _page_metadata

FIXTURES = Path(__file__).parent / "fixtures" / "html"
FIELDS = ("title", "date", "sitename", "url")


def _pages() -> list[str]:
    pages = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.html"))]
    gold = shared_path("gold/cleaning/aeb/html")
    for path in sorted(gold.iterdir())[:40]:  # a subset: the full set is checked by bench/throughput runs
        data = path.read_bytes()
        pages.append((gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8", "replace"))
    return pages


def test_page_metadata_matches_trafilatura_on_every_field_we_read() -> None:
    pages = _pages()
    assert len(pages) > 40
    for html in pages:
        ours = _page_metadata(load_html(html))
        theirs = extract_metadata(load_html(html), date_config=_page_date_params())
        assert [getattr(ours, field) for field in FIELDS] == [getattr(theirs, field) for field in FIELDS]


def test_a_page_with_only_a_title_gives_that_title_and_no_date() -> None:
    page = _page_metadata(
        load_html("<html><head><title>Only a title</title></head><body><p>x</p></body></html>")
    )
    assert (page.title, page.date, page.url) == ("Only a title", None, None)
