"""The web UI end to end in real headless Chromium (Debian's chromium, driven by Playwright).

Needs /usr/bin/chromium (`apt-get install chromium`); .ci/run installs it. Screenshots go to
test-output/.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright import sync_api as playwright_api

from eventwire.api import create_app
from eventwire.records import ActorMention, CodedDocument, Quote
from eventwire.store import Store
from eventwire.stories import Story
from test_api import ARDENIA, BORVIA, GENERAL, _event, accusation_document, fill_store

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent.parent / "test-output"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]  # fmt: skip

if not CHROMIUM.exists():
    if os.environ.get("CI") == "true":
        raise RuntimeError("/usr/bin/chromium is missing: .ci/run installs it with apt-get")
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def second_report() -> CodedDocument:
    """Another outlet's report of the shelling: it merges with acc's into one happening. Its quote
    names the speaker by actor id and holds a quoted phrase of its own (one badge, not two)."""
    text = (
        'Borvian guns shelled Kastel on Wednesday. Vell said the town was "a legitimate target" of the army.'
    )
    shelled = accusation_document().events[1]
    event = _event("rep", 1, text, text[: text.index(".") + 1], "shelled", type="ASSAULT", mode="aerial",
                   actor=[BORVIA], recipient=[ARDENIA], date=shelled.date, date_precision="day",
                   location=shelled.location, score=-9, rule="assault.verb.shell")  # fmt: skip
    said = text.index("said") + 5
    vell = text.index("Vell")
    return CodedDocument(
        id="rep", content_hash="rep-1", text=text, title="Kastel shelled, second wire", published="2024-03-07",
        source="Other Wire", origin="rep.txt", actors=[ARDENIA, BORVIA, GENERAL],
        mentions=[ActorMention(GENERAL.id, vell, vell + 4, "Vell")],
        quotes=[Quote(said, len(text) - 1, text[said:-1], GENERAL.id, vell, vell + 4, "say", False),
                Quote(text.index("a legit"), text.index('"', text.index("a legit")), "a legitimate target",
                      GENERAL.id, vell, vell + 4, "say", True)],
        events=[event],
    )  # fmt: skip


def fill_web_store(path: Path) -> Path:
    """test_api's store, a second report of the shelling merged into happenings, and one story."""
    fill_store(path)
    with Store(path) as store:
        store.save(second_report())
        store.rebuild_happenings()
        store.replace_stories(
            [Story("story-kastel", ["acc", "rep"], "Shelling of Kastel", ["kastel", "borvia"])]
        )
    return path


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = fill_web_store(tmp_path_factory.mktemp("web") / "web.db")
    port = _free_port()
    config = uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    opened = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.dialogs, opened.errors, opened.base = dialogs, errors, server
    SHOTS.mkdir(exist_ok=True)
    yield opened
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def test_documents_list_and_search(page) -> None:
    page.goto(f"{page.base}/#/documents")
    page.wait_for_selector(".doc-item")
    assert page.locator(".doc-item").count() == 4
    page.fill("input[name=q]", "artillery")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector(".doc-item mark")
    assert page.locator(".doc-item").count() == 1
    assert page.locator(".doc-item mark").first.text_content() == "artillery"
    page.screenshot(path=str(SHOTS / "documents.png"), full_page=True)


def test_article_marks_quote_with_speaker_and_shows_event_rule(page) -> None:
    page.goto(f"{page.base}/#/doc/acc")
    page.wait_for_selector("#article-text")
    quote = page.locator("#article-text .m.quote").first
    assert quote.get_attribute("data-speaker") == "General Mara Vell"
    assert page.locator("#article-text .quote-speaker").first.text_content() == "General Mara Vell"
    assert page.locator("#article-text .m.speaker").first.text_content() == "General Mara Vell"
    assert page.locator("#article-text .m.actor").first.text_content() == ARDENIA.name
    assert page.locator("#article-text .m.place").count() >= 1
    assert page.locator("#article-text .m.date").first.text_content() == "Tuesday"
    page.locator("#article-text .m.trigger", has_text="shelled").click()
    page.wait_for_selector("#drawer:not([hidden]) #event-record")
    assert page.locator("#event-record .rule").text_content() == "assault.verb.shell"
    assert page.locator("#event-record .trigger-words").text_content() == "shelled"
    page.screenshot(path=str(SHOTS / "article.png"), full_page=True)


def test_hostile_markup_is_shown_as_text_and_runs_nothing(page) -> None:
    page.goto(f"{page.base}/#/doc/hostile")
    page.wait_for_selector("#article-text")
    page.wait_for_timeout(300)  # give an injected handler (onerror on a broken image) time to fire
    assert "<script>window.__pwned = 1</script>" in page.locator("#article-text").text_content()
    assert "<img src=x onerror=" in page.locator("#doc-title").text_content()
    assert page.locator("#view script, #view img").count() == 0
    # A javascript: url is shown as text, never as a link to click.
    assert page.locator("#view a[href^='javascript']").count() == 0
    assert page.get_by_text("javascript:window.__pwned = 3").count() == 1
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []
    page.goto(f"{page.base}/#/documents")  # the list shows the hostile title too
    page.wait_for_selector(".doc-item")
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.screenshot(path=str(SHOTS / "hostile.png"), full_page=True)


def test_events_dashboard_filters_and_draws(page) -> None:
    page.goto(f"{page.base}/#/events")
    page.wait_for_selector("#events-table tbody tr")
    assert page.locator("#events-table tbody tr").count() == 4
    assert "(4)" in page.locator("#table").locator("xpath=..").locator("h2").text_content()
    assert page.locator("#timeline svg rect.bar").count() >= 2
    assert page.locator("#network svg path.edge").count() == 2
    assert page.locator("#network svg circle.node").count() == 2
    page.wait_for_selector("#map svg circle.place")
    assert page.locator("#map svg .land circle").count() > 1000
    page.screenshot(path=str(SHOTS / "events.png"), full_page=True)

    page.select_option("select[name=type]", "ASSAULT")
    page.click("#event-filters button[type=submit]")
    # (wait_for_function would evaluate a string, which the page's Content-Security-Policy forbids)
    playwright_api.expect(page.locator("#events-table tbody tr")).to_have_count(2)
    assert {row.get_attribute("data-type") for row in page.locator("#events-table tbody tr").all()} == {
        "ASSAULT"
    }
    assert "type=ASSAULT" in page.url
    page.locator("#events-table tbody tr", has_text="Borvian artillery").click()
    page.wait_for_selector("#drawer:not([hidden]) #event-record")
    assert "Borvian artillery shelled Kastel" in page.locator("#drawer blockquote").text_content()
    page.screenshot(path=str(SHOTS / "events-assault.png"), full_page=True)


def test_empty_filters_say_so(page) -> None:
    page.goto(f"{page.base}/#/events?date_from=2030-01-01")
    page.wait_for_selector("#table .empty")
    assert "No events match" in page.locator("#table .empty").text_content()
    assert "No events match" in page.locator("#timeline .empty").text_content()


def test_a_quote_names_its_speaker_actor_once(page) -> None:
    page.goto(f"{page.base}/#/doc/rep")
    page.wait_for_selector("#article-text")
    badges = page.locator("#article-text .quote-speaker")
    assert badges.count() == 1  # the quoted phrase inside the reported sentence adds no second badge
    assert badges.first.text_content() == GENERAL.name  # the actor's name, not its id
    assert page.locator("#article-text .m.quote").first.get_attribute("data-speaker") == GENERAL.name
    page.click(".tabs button[data-tab=quotes]")
    assert page.locator(".quote-item strong").first.text_content() == GENERAL.name


def test_happenings_show_reports_merged_across_sources(page) -> None:
    page.goto(f"{page.base}/#/happenings")
    page.wait_for_selector("#happenings-table tbody tr")
    shelling = page.locator("#happenings-table tbody tr[data-type=ASSAULT]")
    assert shelling.count() == 1  # two reports, one happening
    assert [node.text_content() for node in shelling.locator(".count").all()] == ["2", "2", "2"]
    shelling.click()
    page.wait_for_selector("#drawer:not([hidden]) #event-record")
    assert (
        page.locator("#event-record .report-counts").text_content() == "2 mentions · 2 documents · 2 sources"
    )
    assert page.locator("#drawer blockquote").count() == 2
    assert page.locator("#drawer blockquote a[href='#/doc/rep']").count() == 1
    page.screenshot(path=str(SHOTS / "happenings.png"), full_page=True)
    page.goto(f"{page.base}/#/happenings?min_mentions=2")
    playwright_api.expect(page.locator("#happenings-table tbody tr")).to_have_count(1)
    page.goto(f"{page.base}/#/happenings?type=AID&min_mentions=2")
    page.wait_for_selector("#happenings .empty")


def test_stories_list_documents_and_filter_events(page) -> None:
    page.goto(f"{page.base}/#/stories")
    page.wait_for_selector(".story")
    story = page.locator(".story[data-story=story-kastel]")
    assert story.locator("h3").text_content() == "Shelling of Kastel"
    assert story.locator(".story-docs a").all_text_contents() == [
        "Ardenia accuses Borvia",
        "Kastel shelled, second wire",
    ]
    page.screenshot(path=str(SHOTS / "stories.png"), full_page=True)
    story.locator(".button-link").click()
    page.wait_for_selector("#story-banner")
    assert "Shelling of Kastel" in page.locator("#story-banner").text_content()
    playwright_api.expect(page.locator("#events-table tbody tr")).to_have_count(3)
    assert page.locator("select[name=story]").input_value() == "story-kastel"
    assert page.locator("#view").evaluate("node => node.firstChild.textContent") == "Events"


def test_narrow_window_keeps_the_events_table_inside_the_page(browser, server) -> None:
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    narrow = context.new_page()
    narrow.goto(f"{server}/#/events")
    narrow.wait_for_selector("#events-table tbody tr")
    narrow.wait_for_selector("#map svg")
    assert narrow.evaluate("document.documentElement.scrollWidth") <= 1000
    narrow.screenshot(path=str(SHOTS / "events-1000.png"), full_page=True)
    context.close()
