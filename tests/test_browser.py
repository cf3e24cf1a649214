"""End to end in a real browser: the web app served by waitress on loopback, driven by Chromium through
Playwright, over a real index of the sample corpus. Each test does what a user does (types, clicks, tabs)
and checks what that user relies on. Screenshots go to test-output/screenshots/ for a human to look at."""

from __future__ import annotations

import csv
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from indexer.index.build import build_index
from indexer.index.store import IndexLocation

try:
    from playwright.sync_api import Browser, Page, expect, sync_playwright
except ImportError:  # the module is skipped below
    sync_playwright = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
COVID_TOTAL = 15  # paragraphs of the sample corpus that match "covid"
TIMEOUT_MS = 10_000


@pytest.fixture(scope="module", autouse=True)
def _needs_browser() -> None:
    if sync_playwright is None:
        pytest.skip("the playwright package is not installed", allow_module_level=True)
    if not CHROMIUM.is_file():
        pytest.skip(f"no Chromium at {CHROMIUM} to drive", allow_module_level=True)


@pytest.fixture(scope="module")
def base_url(_needs_browser: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over a fresh index of the sample corpus, served by the production server on a free port."""
    from waitress.server import create_server

    from webapp import create_app

    index = tmp_path_factory.mktemp("browser-index")
    build_index(ROOT / "corpus", IndexLocation(index), jobs=1, progress=False)
    app = create_app(index, ROOT / "corpus")
    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, name="waitress", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        server.close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser(_needs_browser: None) -> Iterator[Browser]:
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    finally:
        playwright.stop()


class Console:
    """Everything the page said on the console or threw, to assert that nothing went wrong."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def csp(self) -> list[str]:
        return [error for error in self.errors if "Content Security Policy" in error or "Refused to" in error]


@pytest.fixture
def console() -> Console:
    return Console()


def _open(browser: Browser, base_url: str, console: Console, width: int = 1280, height: int = 900) -> Page:
    context = browser.new_context(base_url=base_url, viewport={"width": width, "height": height},
                                  accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and console.errors.append(message.text))
    page.on("pageerror", lambda error: console.errors.append(f"uncaught: {error}"))
    return page


@pytest.fixture
def page(browser: Browser, base_url: str, console: Console) -> Iterator[Page]:
    page = _open(browser, base_url, console)
    yield page
    page.context.close()


def total(page: Page) -> int:
    """The number of results the summary line states."""
    text = page.locator(".summary").inner_text()
    if text.strip().startswith("No results"):
        return 0
    found = re.match(r"\s*([\d,]+) results?\b", text)
    assert found, f"no result count in the summary: {text!r}"
    return int(found.group(1).replace(",", ""))


def query_args(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def hit_links(page: Page) -> list[str]:
    return page.locator(".hit h3 a").evaluate_all("links => links.map(link => link.getAttribute('href'))")


def search(page: Page, text: str) -> None:
    """From the home page, as a user does: type into the labelled box and press Enter."""
    page.goto("/")
    box = page.get_by_label("Search the minutes")
    box.fill(text)
    with page.expect_navigation():
        box.press("Enter")


FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {tag: el.tagName.toLowerCase(), id: el.id, cls: el.className, text: (el.innerText || '').trim(),
          href: el.getAttribute('href'), inHeader: !!el.closest('header.site'), inNav: !!el.closest('header.site nav'),
          inFacets: !!el.closest('.facets'), outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth};
}"""


def focus_is_visible(focused: dict[str, Any]) -> bool:
    return focused["outlineStyle"] != "none" and focused["outlineWidth"] not in ("0px", "")


def matches_listed(page: Page) -> int:
    """Paragraphs on the page: hits shown plus the "N more in this item" each group of an item holds back."""
    more = [int(text.split()[0]) for text in page.locator(".hit .more").all_inner_texts()]
    return page.locator(".hit").count() + sum(more)


# 1 ---------------------------------------------------------------------------------------------------------


def test_search_shows_results_with_marked_words(page: Page) -> None:
    search(page, "covid")
    assert query_args(page.url)["q"] == ["covid"]
    expect(page.locator(".summary")).to_contain_text(f"{COVID_TOTAL} results")
    assert total(page) == COVID_TOTAL
    assert matches_listed(page) == COVID_TOTAL  # all on one page of 20, grouped by item
    marks = page.locator(".hit .snippet mark")
    assert marks.count() >= 1
    assert all(word.lower().startswith("covid") for word in marks.all_inner_texts())
    for hit in page.locator(".hit").all():  # each hit shows why it matched: a marked word, or its item's title
        assert hit.locator(".snippet mark").count() or "covid" in hit.locator(".item").inner_text().lower()
    assert page.get_by_label("Search the minutes").input_value() == "covid"  # the box keeps the query
    assert "covid" in page.title()


# 2 ---------------------------------------------------------------------------------------------------------


def test_facet_narrows_and_chip_restores(page: Page) -> None:
    search(page, "covid")
    before = total(page)
    panel = page.locator(".facets section.facet").filter(has=page.locator("h3", has_text=re.compile("^Panel$", re.I)))
    choice = panel.locator("li a").last  # the smallest panel, so the count surely drops
    value = choice.locator(".value").inner_text()
    count = int(choice.locator(".count").inner_text().replace(",", ""))
    assert 0 < count < before

    with page.expect_navigation():
        choice.click()
    assert query_args(page.url)["panel"] == [value]
    assert total(page) == count
    headings = page.locator(".hit h3").all_inner_texts()
    assert all(heading.startswith(value) for heading in headings), f"hits of other panels shown: {headings}"
    assert matches_listed(page) == count
    selected = panel.locator("li a.selected")
    expect(selected).to_have_count(1)
    expect(selected).to_have_attribute("aria-current", "true")
    chip = page.locator(".chips .chip")
    expect(chip).to_have_count(1)
    expect(chip).to_contain_text(f"Panel: {value}")

    with page.expect_navigation():
        chip.click()
    assert "panel" not in query_args(page.url)
    assert query_args(page.url)["q"] == ["covid"]
    assert total(page) == before
    expect(page.locator(".chips .chip")).to_have_count(0)


# 3 ---------------------------------------------------------------------------------------------------------


def test_paging_next_and_previous(page: Page) -> None:
    page.goto("/")  # browsing: every paragraph, many pages
    assert total(page) > 20
    first = hit_links(page)
    assert len(first) == 20
    expect(page.locator("nav.pages a[rel=prev]")).to_have_count(0)

    with page.expect_navigation():
        page.locator("nav.pages a[rel=next]").click()
    assert query_args(page.url)["page"] == ["2"]
    expect(page.locator("nav.pages")).to_contain_text("Page 2 of")
    second = hit_links(page)
    assert second and not set(second) & set(first)

    with page.expect_navigation():
        page.locator("nav.pages a[rel=prev]").click()
    assert query_args(page.url).get("page", ["1"]) == ["1"]
    assert hit_links(page) == first


# 4 ---------------------------------------------------------------------------------------------------------


def test_result_opens_meeting_at_the_paragraph(page: Page) -> None:
    search(page, "covid")
    heading = page.locator(".hit h3 a").first
    with page.expect_navigation():
        heading.click()
    assert urlsplit(page.url).path.startswith("/meeting/")
    fragment = page.evaluate("location.hash")
    assert fragment.startswith("#p-")
    target = page.locator(f"[id='{fragment[1:]}']")
    expect(target).to_have_count(1)
    assert target.evaluate("el => el.matches('.paragraph:target')")
    words = target.locator("mark").all_inner_texts()
    assert words and all(word.lower().startswith("covid") for word in words)
    expect(target).to_be_in_viewport()


# 5 ---------------------------------------------------------------------------------------------------------


def test_trends_chart_bars_link_to_results(page: Page) -> None:
    search(page, "covid")
    with page.expect_navigation():
        page.locator(".summary").get_by_role("link", name="Trends").click()
    assert urlsplit(page.url).path == "/trends"
    assert query_args(page.url)["q"] == ["covid"]
    svg = page.locator("figure.chart svg")
    expect(svg).to_have_count(1)
    bars = svg.locator("a")
    assert bars.count() >= 1
    assert svg.locator("rect").count() == bars.count()

    heights = svg.locator("rect").evaluate_all("rects => rects.map(rect => rect.getBBox().height)")
    index = next(i for i, height in enumerate(heights) if height > 0)  # a bar tall enough to click
    label = bars.nth(index).locator("rect title").text_content() or ""
    period, count = (part.strip() for part in label.split(":"))
    with page.expect_navigation():
        bars.nth(index).locator("rect").click()
    assert urlsplit(page.url).path == "/"
    assert query_args(page.url)["year"] == [period]
    assert query_args(page.url)["q"] == ["covid"]
    assert total(page) == int(count)
    headings = page.locator(".hit h3").all_inner_texts()
    assert all(f"· {period}-" in heading for heading in headings), f"hits of other years shown: {headings}"
    assert len(headings) == min(int(count), 20)
    expect(page.locator(".chips .chip")).to_contain_text(f"Year: {period}")


# 6 ---------------------------------------------------------------------------------------------------------


def test_export_csv_has_every_result(page: Page, base_url: str) -> None:
    search(page, "covid")
    shown = total(page)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Export CSV").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    with open(download.path(), newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    assert {"panel", "date", "text", "link"} <= set(header)
    assert len(body) == shown == COVID_TOTAL
    link, text, title = header.index("link"), header.index("text"), header.index("item_title")
    assert all(row[link].startswith(f"{base_url}/meeting/") and "#p-" in row[link] for row in body)
    assert all("covid" in (row[text] + row[title]).lower() for row in body)


# 7 ---------------------------------------------------------------------------------------------------------


def test_keyboard_only(page: Page) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUSED)
    assert "skip" in focused["cls"] and focused["href"] == "#main", focused
    assert focus_is_visible(focused), focused
    assert page.locator("a.skip").evaluate("el => el.getBoundingClientRect().left >= 0")  # shown when focused

    header_links = []
    for _ in range(10):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if not focused["inHeader"]:
            break
        assert focus_is_visible(focused), focused
        header_links.append(focused["text"])
    nav = page.locator("header.site nav a").all_inner_texts()
    assert header_links[-len(nav):] == nav, header_links  # every site link, in order, before the search box
    assert focused["id"] == "q", focused  # then the search box
    assert focus_is_visible(focused), focused

    page.keyboard.type("covid")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert query_args(page.url)["q"] == ["covid"]

    for _ in range(30):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["inFacets"]:
            break
    else:
        pytest.fail("Tab never reached a filter")
    assert focused["tag"] == "a" and focus_is_visible(focused), focused
    before = page.url
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url != before
    assert query_args(page.url) == query_args(focused["href"])  # the filter that had the focus
    assert total(page) >= 1 and page.locator(".chips .chip").count() == 1


# 8 ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("payload", ["<script>window.__x=1</script>", '<img src=x onerror="window.__x=1">'],
                         ids=["script", "img-onerror"])
def test_no_script_runs_from_query(page: Page, console: Console, payload: str) -> None:
    search(page, payload)
    assert page.evaluate("typeof window.__x") == "undefined"
    assert page.get_by_label("Search the minutes").input_value() == payload  # shown as text, not markup
    assert page.locator(".results script, .results img, .summary img").count() == 0

    page.goto("/")
    meeting = page.locator("ul.meetings a").first.get_attribute("href")
    for path in (f"{meeting}?q={payload}", f"/trends?q={payload}", f"/decisions?q={payload}"):
        page.goto(path.replace("#", "%23"))
        assert page.evaluate("typeof window.__x") == "undefined", path
        assert page.locator("main script, main img").count() == 0, path
    assert console.csp() == [], console.csp()
    assert not [error for error in console.errors if error.startswith("uncaught")], console.errors


def test_app_assets_obey_its_own_policy(page: Page, console: Console) -> None:
    """The stylesheet loads under the CSP and no page of the app sets off a violation."""
    search(page, "covid")
    href = page.locator(".hit h3 a").first.get_attribute("href")
    page.goto(href or "/")
    page.goto("/trends?q=covid")
    page.goto("/help")
    page.goto("/decisions")
    assert page.evaluate("getComputedStyle(document.querySelector('header.site')).display") == "flex"  # CSS loaded
    assert console.csp() == [], console.csp()
    assert console.errors == [], console.errors


# 9 ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [360, 1280])
def test_screenshots_and_no_sideways_scroll(browser: Browser, base_url: str, console: Console, width: int) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = _open(browser, base_url, console, width=width, height=800)
    try:
        search(page, "covid")
        meeting = page.locator(".hit h3 a").first.get_attribute("href")
        overflowing = {}
        for name, path in (("results", "/?q=covid"), ("meeting", meeting), ("trends", "/trends?q=covid")):
            page.goto(path or "/")
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            if scroll_width > width + 1:
                overflowing[name] = scroll_width
        assert not overflowing, f"pages wider than the {width} px screen: {overflowing}"
    finally:
        page.context.close()
