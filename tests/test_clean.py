"""The cleaning stage: article text, title and publication date from HTML and from plain text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire import clean
from eventwire.clean import clean_document, drop_leading_title, normalise_date
from eventwire.errors import InputError
from eventwire.records import Cleaned, Document

HTML_FIXTURES = Path(__file__).parent / "fixtures" / "html"


def html_document(name: str, **fields) -> Document:
    path = HTML_FIXTURES / name
    return Document(id=path.stem, html=path.read_text(encoding="utf-8"), origin=str(path), **fields)


# --- HTML pages ------------------------------------------------------------------------------


def test_news_page_keeps_the_article_and_drops_the_chrome():
    cleaned = clean_document(html_document("news_page.html"))
    assert cleaned.extractor == "trafilatura"
    assert "met again on Wednesday" in cleaned.text
    assert '"We came back because the ships are waiting' in cleaned.text
    assert "neighbouring terminals along the coast" in cleaned.text
    for chrome in ("cookies", "Business", "Related stories", "record grain exports", "newsletter", "Privacy"):
        assert chrome not in cleaned.text


def test_news_page_title_site_and_date_come_from_the_page():
    cleaned = clean_document(html_document("news_page.html"))
    assert cleaned.title == "Harbour talks resume in Velmora"
    assert cleaned.site == "The Coastal Ledger"
    assert (cleaned.published, cleaned.published_from) == ("2023-09-14", "html")


def test_html_body_has_blank_lines_between_paragraphs_and_no_repeated_headline():
    cleaned = clean_document(html_document("news_page.html"))
    paragraphs = cleaned.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("Negotiators from the port workers' union")
    assert all(paragraph.strip() == paragraph and "\n" not in paragraph for paragraph in paragraphs)


def test_page_without_a_date_has_none_and_the_copyright_year_is_not_taken():
    cleaned = clean_document(html_document("no_date.html"))
    assert "flood barriers along the river" in cleaned.text
    assert cleaned.published is None
    assert cleaned.published_from == "unknown"


def test_a_dated_byline_in_the_text_counts_when_the_markup_has_no_date():
    cleaned = clean_document(html_document("byline_date.html"), default_published="2024-01-02")
    assert (cleaned.published, cleaned.published_from) == ("2022-03-07", "text")
    assert "called off the strike" in cleaned.text


def test_cli_date_fills_in_only_when_the_page_has_none():
    undated = clean_document(html_document("no_date.html"), default_published="2024-01-02")
    assert (undated.published, undated.published_from) == ("2024-01-02", "cli")
    dated = clean_document(html_document("news_page.html"), default_published="2024-01-02")
    assert (dated.published, dated.published_from) == ("2023-09-14", "html")


def test_truncated_html_is_read_as_far_as_it_goes():
    cleaned = clean_document(html_document("truncated.html"))
    assert "reopened to freight traffic on Monday" in cleaned.text
    assert "publish daily figures on its website" in cleaned.text
    assert "<" not in cleaned.text


def test_page_without_text_is_an_input_error_naming_the_origin():
    document = html_document("no_text.html")
    with pytest.raises(InputError, match="no article text found in the HTML") as raised:
        clean_document(document)
    assert raised.value.origin == document.origin


@pytest.mark.parametrize(
    "html",
    [
        "<html",
        "<<<>>> </p></div>",
        "<html><body></body></html>",
        "<p>\x00\x00</p>" * 5,
        "<html><body><table><tr><td><div><p>",
        "\ufeff<?xml version='1.0'?><!DOCTYPE x><x/>",
    ],
)
def test_malformed_html_never_crashes(html):
    """Broken markup gives either whatever text it holds or an InputError naming the input."""
    try:
        cleaned = clean_document(Document(id="broken", html=html, origin="pages/broken.html"))
    except InputError as error:
        assert error.origin == "pages/broken.html"
    else:
        assert cleaned.text.strip()
        assert "\x00" not in cleaned.text


def test_origin_falls_back_to_the_document_id():
    with pytest.raises(InputError, match=r"^doc-17: "):
        clean_document(Document(id="doc-17", html="<html><body></body></html>"))


def test_readability_takes_over_when_trafilatura_finds_too_little(monkeypatch):
    monkeypatch.setattr(clean, "_extract_with_trafilatura", lambda html: Cleaned(text="", title="From meta"))
    cleaned = clean_document(html_document("no_date.html"))
    assert cleaned.extractor == "readability"
    assert "Councillor Ida Marsh, who proposed the plan" in cleaned.text
    assert "\n\n" in cleaned.text
    assert cleaned.title == "From meta"


# --- the record's own fields -----------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "2024-02-01",
        "2024-02-01T23:50:00-08:00",
        "Thu, 01 Feb 2024 10:00:00 GMT",
        "1 February 2024",
        "20240201",
    ],
)
def test_record_date_wins_over_the_page_and_is_normalised(written):
    cleaned = clean_document(
        html_document("news_page.html", published=written), default_published="2020-05-05"
    )
    assert (cleaned.published, cleaned.published_from) == ("2024-02-01", "record")


def test_unreadable_record_date_is_an_input_error_naming_origin_and_value():
    document = html_document("news_page.html", published="last Thursday")
    with pytest.raises(InputError, match="last Thursday") as raised:
        clean_document(document)
    assert raised.value.origin == document.origin


@pytest.mark.parametrize("written", ["yesterday", "March 2024", "2024-13-40", "soon", "2024"])
def test_relative_partial_or_impossible_dates_are_refused(written):
    with pytest.raises(InputError):
        normalise_date(written, "feed.xml:3")


def test_unreadable_cli_date_is_an_input_error():
    with pytest.raises(InputError, match="--published"):
        clean_document(html_document("no_date.html"), default_published="next week")


def test_record_title_wins_over_the_page_title():
    cleaned = clean_document(html_document("no_date.html", title="Brennick flood barriers approved"))
    assert cleaned.title == "Brennick flood barriers approved"
    # The page's own headline is still lifted out of the body.
    assert cleaned.text.startswith("The town council of Brennick approved")


def test_a_body_opening_with_the_record_title_loses_that_copy():
    html = (
        "<html><body><article><h2>Ferry service suspended</h2>"
        + "<p>The island ferry service was suspended after a storm damaged the northern pier.</p>" * 8
        + "</article></body></html>"
    )
    cleaned = clean_document(Document(id="f1", html=html, title="Ferry service suspended"))
    assert cleaned.text.startswith("The island ferry service")


def test_drop_leading_title_only_drops_an_exact_repeat():
    body = "Dam talks stall\n\nThe talks on the dam stalled on Friday."
    assert drop_leading_title(body, ["Dam talks stall."]) == "The talks on the dam stalled on Friday."
    assert drop_leading_title(body, ["Dam talks"]) == body
    assert drop_leading_title("Dam talks stall", ["Dam talks stall"]) == "Dam talks stall"


def test_no_date_from_the_page_is_ever_in_the_future():
    html = (
        '<html><head><meta property="article:published_time" content="2999-01-01"></head><body>'
        + "<p>The mayor opened the new bridge over the canal to cyclists and walkers.</p>" * 8
        + "</body></html>"
    )
    cleaned = clean_document(Document(id="future", html=html))
    assert cleaned.published is None or cleaned.published <= date.today().isoformat()


# --- plain text ------------------------------------------------------------------------------

TEXT_PAGE = (
    "Mining strike ends in Dovrak\n"
    "12 March 2022\n"
    "Miners at the Dovrak copper pit returned to work on Friday after managers agreed to review "
    "the safety rules that had triggered a three-week strike.\n\n"
    "The workers' committee said it would hold a vote on the final agreement next month."
)


def test_text_path_uses_the_chrome_cleaner_and_its_dateline():
    cleaned = clean_document(Document(id="t1", text=TEXT_PAGE, origin="inbox/t1.txt"))
    assert cleaned.extractor == "text"
    assert cleaned.title == "Mining strike ends in Dovrak"
    assert cleaned.text.startswith("Miners at the Dovrak copper pit")
    assert (cleaned.published, cleaned.published_from) == ("2022-03-12", "text")


def test_text_path_record_fields_win():
    document = Document(id="t2", text=TEXT_PAGE, title="Dovrak miners back at work", published="2022-03-13")
    cleaned = clean_document(document, default_published="2000-01-01")
    assert cleaned.title == "Dovrak miners back at work"
    assert (cleaned.published, cleaned.published_from) == ("2022-03-13", "record")


@pytest.mark.parametrize("text", ["", "   \n\n\t  ", None])
def test_empty_text_is_an_input_error(text):
    with pytest.raises(InputError, match="no text") as raised:
        clean_document(Document(id="e1", text=text, origin="inbox/empty.txt"))
    assert raised.value.origin == "inbox/empty.txt"


def test_a_page_of_navigation_a_cookie_banner_and_a_footer_has_no_article() -> None:
    page = (
        "<html><head><title>Start</title></head><body><nav><ul><li><a href='/'>Start</a></li>"
        "<li><a href='/world'>World</a></li></ul></nav><div class='consent'>This site uses cookies to "
        "improve your visit. Accept all cookies. Manage preferences.</div><footer>© 2026 Example "
        "News Group. All rights reserved. Privacy policy. Terms of use.</footer></body></html>"
    )
    with pytest.raises(InputError, match="no article text"):
        clean.clean_html(page, "start.html")
