"""Every page and its JSON twin through Flask's test client, over a real index of the sample corpus."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from bench.generate import generate
from indexer.index.build import build_index
from indexer.index.store import IndexLocation
from indexer.model import meeting_id
from indexer.search.api import Searcher, SearchRequest
from webapp import create_app
from webapp.exports import _cell

ROOT = Path(__file__).resolve().parents[1]
ATOM = "{http://www.w3.org/2005/Atom}"
LOCALITY_MEETING = meeting_id("003_0338bd580726c24e.txt")  # the scrutiny panel, 22 November 2021


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    index = tmp_path_factory.mktemp("web-index")
    build_index(ROOT / "corpus", IndexLocation(index), jobs=1, progress=False)
    return create_app(index, ROOT / "corpus").test_client()


def page(client: FlaskClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.data[:500])
    return response.get_data(as_text=True)


def links(html: str, css_class: str) -> list[str]:
    return [href.replace("&amp;", "&") for href in re.findall(rf'<a href="([^"]+)"[^>]*class="{css_class}"', html)]


def test_browsing_with_no_query_lists_the_latest_meetings_and_facets_over_everything(client: FlaskClient) -> None:
    html = page(client, "/")
    assert "Latest meetings" in html and "2022-03-21" in html
    assert "188 results" in html  # every paragraph of the five sample meetings
    browsing = client.get("/api/search").get_json()
    assert browsing["sort"] == "newest" and browsing["hits"][0]["date"] == "2022-03-21"
    assert "Corporate Parenting Board" in html and "Search tips" in html


def test_a_facet_value_toggles_its_filter_and_a_chip_removes_it(client: FlaskClient) -> None:
    html = page(client, "/?q=covid")
    assert "15 results" in html
    board = next(link for link in re.findall(r'<a href="([^"]+)"', html) if "Corporate+Parenting+Board" in link)
    filtered = page(client, board.replace("&amp;", "&"))
    assert "6 results" in filtered and 'class="chip"' in filtered
    chip = re.search(r'<a href="([^"]+)" class="chip"', filtered).group(1).replace("&amp;", "&")
    assert "15 results" in page(client, chip)
    twin = client.get("/api/search?q=covid&panel=Corporate+Parenting+Board").get_json()
    assert twin["total"] == 6 and twin["chips"][0]["value"] == "Corporate Parenting Board"
    panel = next(facet for facet in twin["facets"] if facet["name"] == "panel")
    assert {value["value"]: value["count"] for value in panel["values"]} == {
        "Children and Young People's Social Care and Services Scrutiny Panel": 9, "Corporate Parenting Board": 6}


def test_results_carry_marked_snippets_badges_speakers_and_a_link_to_the_paragraph(client: FlaskClient) -> None:
    data = client.get("/api/search?q=locality+working&group=0").get_json()
    hit = data["hits"][0]
    assert "<mark>" in hit["snippet"].lower() or "<mark>" in hit["snippet"]
    assert hit["link"].startswith(f"/meeting/{hit['meeting_id']}?q=locality+working#p-{hit['id']}")
    html = page(client, "/?q=locality+working")
    assert "<mark>" in html and 'class="badge kind-' in html and "Export CSV" in html


def test_a_misspelt_query_shows_its_correction_s_results_and_a_way_back(client: FlaskClient) -> None:
    html = page(client, "/?q=localty+working")
    assert "Showing results for <strong>locality working</strong>" in html
    back = re.findall(r'Search instead for <a href="([^"]+)">localty working</a>', html)
    assert back and "as_typed=1" in back[0]
    typed = page(client, back[0].replace("&amp;", "&"))
    assert "Showing results for" not in typed and "Did you mean" in typed


def test_queries_and_minutes_text_are_escaped(client: FlaskClient) -> None:
    html = page(client, "/?q=%3Cscript%3Ealert(1)%3C/script%3E+%22%3Cimg+src=x+onerror=alert(2)%3E")
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_bad_parameters_are_refused_with_a_message_naming_them(client: FlaskClient) -> None:
    for url, name in (("/?page=0", "page"), ("/?page=x", "page"), ("/?page=%C2%B2", "page"), ("/?size=1000", "size"),
                      ("/?from=banana", "from"), ("/?sort=sideways", "sort"), ("/trends?by=week", "by"),
                      ("/?group=yes", "group"), ("/?year=abc", "year"), ("/?month=2021-13", "month"),
                      ("/meeting/x?q=" + "a" * 1001, "q")):
        assert f"Parameter “{name}”" in page(client, url, 400)
    error = client.get("/api/search?to=2021-13-45")
    assert error.status_code == 400 and error.get_json()["parameter"] == "to"


def test_a_page_past_the_end_leads_back_to_the_last(client: FlaskClient) -> None:
    html = page(client, "/?q=covid&page=3&group=0")
    assert "Page 3 is past the last page of these results (1)" in html
    assert 'href="/?q=covid&amp;group=0&amp;page=1"' in html


def test_a_page_about_one_speaker_or_kind_is_not_widened_by_a_parameter(client: FlaskClient) -> None:
    everything = client.get("/api/speaker/A%20Hill?size=100").get_json()["total"]
    hill = client.get("/api/speaker/A%20Hill?speaker=H+Clark&size=100").get_json()
    assert 0 < hill["total"] < everything  # a selection narrows the page
    assert all("A Hill" in hit["speakers"] + hit["presenters"] for hit in hill["hits"])
    decisions = client.get("/api/decisions?kind=commitment&size=100").get_json()
    assert all("decision" in hit["kinds"] for hit in decisions["hits"])


def test_the_meeting_page_anchors_every_paragraph_and_marks_the_query(client: FlaskClient) -> None:
    html = page(client, f"/meeting/{LOCALITY_MEETING}?q=locality")
    assert html.count('class="paragraph" id="p-') == 52
    assert "<mark>Locality</mark>" in html or "<mark>locality</mark>" in html
    assert "Attendance" in html and "Councillor Davison" in html
    assert "← Previous meeting (2021-10-25)" in html and "Next meeting (2022-03-21) →" in html
    data = client.get(f"/api/meeting/{LOCALITY_MEETING}").get_json()
    assert data["previous"]["date"] == "2021-10-25" and len(data["commitments"]) == 3
    source = client.get(data["source_link"])
    assert source.status_code == 200 and b"Locality" in source.data


def test_unknown_meetings_and_paths_outside_the_site_are_not_found(client: FlaskClient) -> None:
    assert "No meeting" in page(client, "/meeting/no-such-id", 404)
    for url in ("/meeting/..%2F..%2Fetc%2Fpasswd", "/source/..%2F..%2Fetc%2Fpasswd", "/static/..%2F__init__.py",
                "/source/../../etc/passwd"):
        assert client.get(url).status_code == 404, url
    assert client.get("/api/meeting/nope").get_json()["status"] == 404


def test_a_speaker_page_holds_what_they_presented_too(client: FlaskClient) -> None:
    # R Farnham, Director of Children's Care, attended both locality working items (25 October 2021, 000, and
    # 22 November 2021, 003) to present them, while named as a speaker in few of their paragraphs.
    data = client.get("/api/speaker/R%20Farnham?size=100").get_json()
    presented = [hit for hit in data["hits"] if "R Farnham" in hit["presenters"]]
    assert {(hit["source"][:3], hit["item_title"].lower()[:16]) for hit in presented} == {
        ("000", "locality working"), ("003", "locality working")}
    meeting = client.get(f"/api/meeting/{LOCALITY_MEETING}").get_json()["meeting"]
    item = next(item for item in meeting["items"] if item["title"].lower().startswith("locality working"))
    assert {hit["id"] for hit in presented if hit["source"].startswith("003")} == {
        paragraph["id"] for paragraph in item["paragraphs"]}  # every paragraph of the item he presented
    assert any("R Farnham" not in hit["speakers"] for hit in presented)
    exported = client.get("/export.csv?person=R+Farnham").get_data(as_text=True)
    assert len(list(csv.DictReader(io.StringIO(exported)))) == data["total"]  # the page's CSV link: the same


def test_a_speaker_page_shows_what_they_said_newest_first(client: FlaskClient) -> None:
    html = page(client, "/speaker/Councillor%20Davison")
    assert "<h1>Councillor Davison</h1>" in html
    data = client.get("/api/speaker/Councillor%20Davison").get_json()
    assert data["total"] > 0
    assert all("Councillor Davison" in hit["speakers"] + hit["presenters"] for hit in data["hits"])
    dates = [hit["date"] for hit in data["hits"] if hit["date"]]
    assert dates == sorted(dates, reverse=True)


def test_the_registers_list_decisions_and_commitments_with_who_and_when(client: FlaskClient) -> None:
    decisions = client.get("/api/decisions?size=100").get_json()
    assert decisions["total"] > 0 and all("decision" in hit["kinds"] for hit in decisions["hits"])
    assert not any(facet["name"] == "kind" for facet in decisions["facets"])  # fixed by the page
    commitments = client.get("/api/commitments?size=100").get_json()
    assert all("commitment" in hit["kinds"] for hit in commitments["hits"])
    owed = [entry for hit in commitments["hits"] for entry in hit["commitments"]]
    assert any(entry["to_whom"] == "Panel" for entry in owed)
    assert "Commitments" in page(client, "/commitments") and "Decisions" in page(client, "/decisions?q=minutes")


def test_trends_count_every_year_and_link_each_bar_to_its_results(client: FlaskClient) -> None:
    data = client.get("/api/trends?q=covid").get_json()
    assert [(bar["period"], bar["count"]) for bar in data["bars"]] == [("2021", 7)]
    assert data["undated"] == 8  # the Corporate Parenting Board's six and 002's two state no date
    months = client.get("/api/trends?q=minutes&by=month").get_json()["bars"]
    periods = [bar["period"] for bar in months]
    assert periods[0] == "2021-10" and periods[-1] == "2022-03" and len(periods) == 6  # gaps filled
    html = page(client, "/trends?q=covid")
    assert "<svg" in html and "<rect" in html and "year=2021" in html


def test_the_csv_export_holds_every_match_with_a_link_to_each(client: FlaskClient) -> None:
    response = client.get("/export.csv?q=covid")
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert response.headers["Content-Type"].startswith("text/csv") and len(rows) == 15
    assert {"panel", "date", "item_title", "speakers", "kinds", "text", "link"} <= set(rows[0])
    assert all(re.search(r"/meeting/\w+#p-", row["link"]) for row in rows)
    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _cell("plain") == "plain"


def test_the_feed_and_opensearch_are_advertised_and_well_formed(client: FlaskClient) -> None:
    html = page(client, "/?q=covid")
    assert re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]+href="/feed.atom\?q=covid"', html)
    assert 'type="application/opensearchdescription+xml"' in html
    feed = ET.fromstring(client.get("/feed.atom?q=covid").data)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 15 and all(entry.find(f"{ATOM}link").get("href").startswith("http") for entry in entries)
    description = ET.fromstring(client.get("/opensearch.xml").data)
    assert "{searchTerms}" in description.find("{http://a9.com/-/spec/opensearch/1.1/}Url").get("template")


def test_security_headers_on_every_response(client: FlaskClient) -> None:
    for url in ("/", "/api/search?q=x", "/no-such-page"):
        headers = client.get(url).headers
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "same-origin"


def test_a_site_started_before_any_index_says_how_to_build_one(tmp_path: Path) -> None:
    client = create_app(tmp_path / "none", ROOT / "corpus").test_client()
    response = client.get("/?q=covid")
    assert response.status_code == 503 and b"minutes index" in response.data
    assert client.get("/api/search").get_json()["status"] == 503


def test_a_long_facet_lists_a_hundred_values_and_says_how_many_more(tmp_path: Path) -> None:
    generate(tmp_path / "corpus", 1500, seed=11)
    build_index(tmp_path / "corpus", IndexLocation(tmp_path / "index"), jobs=1, progress=False)
    many = create_app(tmp_path / "index", tmp_path / "corpus").test_client()
    data = many.get("/api/search?q=council").get_json()
    speaker = next(facet for facet in data["facets"] if facet["name"] == "speaker")
    counted = Searcher(tmp_path / "index").search(SearchRequest("council", facet_size=None)).facets["speaker"]
    assert len(counted) > 100  # the generated corpus has the hundreds of speakers that need it
    assert len(speaker["values"]) == 100 and speaker["more"] == len(counted) - 100
    assert [value["count"] for value in speaker["values"]] == sorted(value.count for value in counted)[::-1][:100]
    html = page(many, "/?q=council")
    assert f"{len(counted) - 100:,} others with fewer matches are not listed" in html


def test_results_list_every_matching_paragraph_unless_grouped_by_item(client: FlaskClient) -> None:
    flat = client.get("/api/search?q=covid&size=50").get_json()
    assert not flat["grouped"] and len(flat["hits"]) == flat["total"]
    assert not any(hit["more_in_item"] for hit in flat["hits"])
    grouped = client.get(flat["grouping"]["two per item"]).get_json()
    assert grouped["grouped"] and grouped["total"] == flat["total"]
    shown = len(grouped["hits"]) + sum(hit["more_in_item"] or 0 for hit in grouped["hits"])
    assert shown == flat["total"] and len(grouped["hits"]) < flat["total"]  # some items hold back paragraphs
    html = page(client, "/?q=covid&group=1")
    assert re.search(r'Show:\s*<a href="[^"]*">every paragraph</a> · <strong aria-current="true">two per item', html)
