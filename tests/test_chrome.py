"""The text cleaner: site chrome out, the article's prose kept, title and dateline found."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, shared_path
from eventwire.chrome import clean_text
from eventwire.chrome_rules import line_verdict, reads_as_prose
from eventwire.evaluate.chrome import evaluate
from eventwire.textdate import find_dates

BODY = [
    "The parliament approved the new electoral law on Tuesday by a narrow margin.",
    "“This is a dark day for our democracy,” the opposition leader said after the vote.",
    "The president is expected to sign the law within two weeks.",
]


def page(*lines: str) -> str:
    return "\n".join(lines)


def removed_reasons(text: str, title: str | None = None) -> dict[str, str]:
    return {line.text: line.reason for line in clean_text(text, title).removed}


# --- one test per kind of chrome -------------------------------------------------------------

CHROME_KINDS = [
    ("closeicon menuicon searchicon shareicon chevron downicon", "icon-name run"),
    ("We use cookies to improve your experience on our website.", "cookie notice"),
    ("Accept all cookies", "cookie notice"),
    ("© 2023 Northern Herald Media Ltd. All rights reserved.", "copyright notice"),
    ("Sign up for our free weekly newsletter", "newsletter sign-up"),
    ("Download our app for the latest news", "app promotion"),
    ("Share this article", "share buttons"),
    ("Facebook Twitter WhatsApp Email", "share buttons"),
    ("ADVERTISEMENT", "advertisement"),
    ("READ MORE: Fishermen protest new quotas", "read-more link"),
    ("Floods close schools READ MORE: Floods close schools", "read-more link"),
    ("12:07", "audio timing"),
    ("41:5", "audio timing"),
    ("EnglishРусскийالعربية", "language switcher (several scripts glued together)"),
    ("English Français Español Deutsch", "language switcher"),
    ("HomeEurope & Asia", "breadcrumb"),
    ("Regions › Northern provinces › Elections", "breadcrumb"),
    ("By Priya Raman and Carlos Mendes", "byline"),
    ("Photo: Alexei Petrov / Reuters", "photo or video credit"),
    ("4 min read", "reading or listening time"),
    ("Tags: elections, parliament", "tag or topic list"),
    ("Skip to main content", "accessibility or page link"),
]


@pytest.mark.parametrize(("line", "reason"), CHROME_KINDS)
def test_each_kind_of_chrome_is_named(line: str, reason: str) -> None:
    verdict = line_verdict(line)
    assert verdict is not None and verdict.reason == reason


def test_teaser_block_after_a_section_heading_is_removed() -> None:
    text = page(
        "Parliament passes electoral law",
        *BODY,
        "Most read",
        "Storm batters the coast",
        "Ten things to do this weekend",
        "Podcasts",
        "The Week in Review",
        "0:00",
        "33:12",
    )
    cleaned = clean_text(text)
    reasons = removed_reasons(text)
    assert cleaned.text == "\n\n".join(BODY)
    assert reasons["Storm batters the coast"] == "teaser after 'Most read'"
    assert reasons["The Week in Review"] == "teaser after 'Podcasts'"
    assert reasons["33:12"] == "audio timing"


def test_a_teaser_block_ends_when_long_prose_comes_back() -> None:
    resumed = (
        "Lawmakers from the governing coalition defended the reform, arguing that the old system "
        "had favoured large parties and left millions of votes without representation in parliament."
    )
    text = page(
        "Parliament passes electoral law", *BODY, "Related", "Storm batters the coast", resumed, BODY[0]
    )
    cleaned = clean_text(text)
    assert resumed in cleaned.text
    assert "Storm batters the coast" not in cleaned.text


def test_teaser_duplicates_are_removed() -> None:
    text = page(
        "Parliament passes electoral law",
        *BODY,
        "Top stories",
        "Why the harvest failed",
        "Why the harvest failed FEATURE",
    )
    reasons = removed_reasons(text)
    assert reasons["Why the harvest failed"].startswith("teaser")
    dup = page(
        "Parliament passes electoral law",
        *BODY,
        "Glacier retreat speeds up",
        "Glacier retreat speeds up",
        BODY[0],
    )
    assert "repeated line" in removed_reasons(dup)["Glacier retreat speeds up"]


# --- prose is never dropped -----------------------------------------------------------------

PROSE_LINES = [
    "“Belarus is our partner,” he said.",
    "“We will not back down.”",
    "Nobody was hurt.",
    "It did not.",
    "Read the wrong way, the figures suggest a recovery that has not happened, economists said.",
    "Reading the report, the judge said the evidence was thin.",
    "Share prices fell sharply after the announcement.",
    "Related talks will take place in Vienna next month.",
    "Subscribers to the service were told about the outage on Monday.",
    "The regulator fined the company for setting cookies without consent.",
    "Copyright law was last reformed in 2019, the minister noted.",
    "By Thursday evening, the troops had withdrawn from the village.",
    "Top stories in the state media ignored the protest.",
    "Watch the vote count, an observer said: the rural districts will decide it.",
    "The minister listed three conditions for a ceasefire:",
]


@pytest.mark.parametrize("line", PROSE_LINES)
def test_prose_lines_are_never_dropped(line: str) -> None:
    text = page("Parliament passes electoral law", BODY[0], line, *BODY[1:])
    cleaned = clean_text(text)
    assert line in cleaned.text.split("\n\n"), removed_reasons(text).get(line)


def test_quote_line_is_prose_but_read_more_is_chrome() -> None:
    assert reads_as_prose("“Belarus is our partner,” he said.")
    assert line_verdict("“Belarus is our partner,” he said.") is None
    assert line_verdict("Read more: Belarus is our partner") is not None


# --- title ----------------------------------------------------------------------------------


def test_first_line_is_the_title_when_it_reads_like_a_headline() -> None:
    cleaned = clean_text(page("Parliament passes electoral law", *BODY))
    assert cleaned.title == "Parliament passes electoral law"
    assert cleaned.text == "\n\n".join(BODY)


def test_title_after_leading_chrome_and_teasers() -> None:
    text = page(
        "menuicon searchicon closeicon shareicon",
        "Farmers block motorway in fuel protest",  # a teaser for another story
        "3 March 2023 14:05",
        "HomeEurope",
        "Parliament passes electoral law",
        *BODY,
    )
    cleaned = clean_text(text)
    reasons = removed_reasons(text)
    assert cleaned.title == "Parliament passes electoral law"
    assert reasons["Farmers block motorway in fuel protest"] == "teaser headline before the title"
    assert cleaned.text == "\n\n".join(BODY)


def test_a_line_repeated_near_the_top_is_the_title() -> None:
    text = page(
        "Farmers block motorway in fuel protest",
        "Parliament passes electoral law",
        "Opposition says the reform favours the ruling party",
        "Parliament passes electoral law",
        *BODY,
    )
    cleaned = clean_text(text)
    assert cleaned.title == "Parliament passes electoral law"
    assert "Opposition says the reform favours the ruling party" in cleaned.text  # the standfirst
    assert "duplicate of the title" in removed_reasons(text).values()


def test_given_title_is_used_and_its_copy_removed() -> None:
    text = page("Parliament passes electoral law | The Daily Ledger", *BODY)
    cleaned = clean_text(text, title="Parliament passes electoral law")
    assert cleaned.title == "Parliament passes electoral law"
    assert cleaned.text == "\n\n".join(BODY)


def test_no_title_when_the_page_starts_with_prose() -> None:
    cleaned = clean_text(page(*BODY))
    assert cleaned.title is None
    assert cleaned.text == "\n\n".join(BODY)


# --- datelines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dateline",
    [
        "24 Jun, 2022 01:25",
        "date 2022-06-24",
        "Published: June 24, 2022",
        "Updated 3:05 PM EDT, Fri June 24, 2022",
        "2022-06-24T01:25:00Z",
        "By Amina Yusuf | 24 June 2022",
        "24.06.2022",
    ],
)
def test_datelines_are_normalised(dateline: str) -> None:
    cleaned = clean_text(page("Parliament passes electoral law", dateline, *BODY))
    assert cleaned.published == "2022-06-24"
    assert cleaned.published_from == "text"


def test_published_label_beats_updated_label() -> None:
    text = page("Parliament passes electoral law", "Updated: 25 June 2022", "Published: 23 June 2022", *BODY)
    assert clean_text(text).published == "2022-06-23"


def test_labelled_dateline_in_another_language_is_parsed_with_dateparser() -> None:
    text = page(
        "Le budget adopté", "Publié le 24 juin 2022 à 10h15", "Le parlement a adopté le budget mardi soir."
    )
    assert clean_text(text).published == "2022-06-24"


def test_agency_dateline_opening_the_first_paragraph() -> None:
    first = "WARSAW, June 24, 2022 (Wire) — Polish lawmakers approved the budget on Friday."
    assert clean_text(page("Budget approved", first)).published == "2022-06-24"


@pytest.mark.parametrize(
    "text",
    [
        page("Parliament passes electoral law", *BODY),
        page(
            "Parliament passes electoral law", "On June 24, 2022 the minister said the law was needed.", *BODY
        ),
        page("Parliament passes electoral law", "2 hours ago", *BODY),
        page("Parliament passes electoral law", "03/04/2022", *BODY),  # day or month first?
        page("Parliament passes electoral law", "June 24", *BODY),  # no year
    ],
)
def test_no_dateline_gives_none(text: str) -> None:
    cleaned = clean_text(text)
    assert cleaned.published is None
    assert cleaned.published_from == "unknown"


def test_find_dates_rejects_impossible_dates() -> None:
    assert find_dates("31 February 2022") == []
    assert [hit.iso for hit in find_dates("Sept. 3, 2021 and 2020-01-05")] == ["2021-09-03", "2020-01-05"]


# --- evaluation floor -----------------------------------------------------------------------


def test_evaluation_figures_stay_above_their_floor() -> None:
    report = evaluate(FIXTURES / "chrome" / "lines.tsv")
    assert report.metrics["prose_kept"] == 1.0
    assert report.metrics["chrome_precision"] >= 0.98
    assert report.metrics["chrome_recall"] >= 0.95
    assert report.metrics["title_accuracy"] >= 0.9
    assert report.metrics["date_accuracy"] >= 0.9
    assert report.metrics["body_exact"] >= 0.8


# --- acceptance on the seed reports ---------------------------------------------------------


def seed(prefix: str) -> Path:
    return next(shared_path("corpus/seeds").glob(f"{prefix}_*.txt"))


def test_seed_scraped_page() -> None:
    text = seed("001").read_text(encoding="utf-8")
    cleaned = clean_text(text)
    assert cleaned.title == "Russia and Belarus discuss joint defense plans"
    assert cleaned.published == "2022-06-24"
    assert cleaned.published_from == "text"
    paragraphs = cleaned.text.split("\n\n")
    prose = [line.strip() for line in text.splitlines() if reads_as_prose(line) and len(line.split()) > 12]
    kept_prose = [line for line in prose if line_verdict(line) is None]
    assert kept_prose and all(line in paragraphs for line in kept_prose)
    assert any("Shoigu" in paragraph and "undeclared war" in paragraph for paragraph in paragraphs)
    assert any(
        paragraph.startswith("Russia and Belarus signed the Union State treaty") for paragraph in paragraphs
    )
    for chrome in ("icon", "cookies", "0:00", "28:6", "Top stories", "Podcasts", "FEATURE", "READ MORE", "©"):
        assert chrome not in cleaned.text, chrome
    assert "Transport aircraft crashes" not in cleaned.text
    assert all(line.reason for line in cleaned.removed)


def test_seed_clean_article() -> None:
    text = seed("000").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    cleaned = clean_text(text)
    assert cleaned.title == lines[0]
    assert cleaned.published is None
    removed_prose = [line for line in cleaned.removed if reads_as_prose(line.text)]
    assert removed_prose == []
    assert all(line in cleaned.text.split("\n\n") for line in lines[1:] if reads_as_prose(line))
