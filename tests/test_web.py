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
from test_api import ARDENIA, fill_store

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


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = fill_store(tmp_path_factory.mktemp("web") / "web.db")
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
    assert page.locator(".doc-item").count() == 3
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
    assert page.locator("#events-table tbody tr").count() == 3
    assert page.locator("#timeline svg rect.bar").count() >= 2
    assert page.locator("#network svg path.edge").count() == 2
    assert page.locator("#network svg circle.node").count() == 2
    page.wait_for_selector("#map svg circle.place")
    assert page.locator("#map svg .land circle").count() > 1000
    page.screenshot(path=str(SHOTS / "events.png"), full_page=True)

    page.select_option("select[name=type]", "ASSAULT")
    page.click("#event-filters button[type=submit]")
    # (wait_for_function would evaluate a string, which the page's Content-Security-Policy forbids)
    playwright_api.expect(page.locator("#events-table tbody tr")).to_have_count(1)
    assert page.locator("#events-table tbody tr").get_attribute("data-type") == "ASSAULT"
    assert "type=ASSAULT" in page.url
    page.locator("#events-table tbody tr").click()
    page.wait_for_selector("#drawer:not([hidden]) #event-record")
    assert "Borvian artillery shelled Kastel" in page.locator("#drawer blockquote").text_content()
    page.screenshot(path=str(SHOTS / "events-assault.png"), full_page=True)


def test_empty_filters_say_so(page) -> None:
    page.goto(f"{page.base}/#/events?date_from=2030-01-01")
    page.wait_for_selector("#table .empty")
    assert "No events match" in page.locator("#table .empty").text_content()
    assert "No events match" in page.locator("#timeline .empty").text_content()
